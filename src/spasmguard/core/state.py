"""Runtime state: what the user did and when, as opposed to what they configured.

It lives in the data dir (inside ``history.sqlite3``, table ``runtime_state``), never in the
settings file, so that a settings save never races with a button press and a user's edits to
``settings.toml`` are never rewritten because a reminder fired.
All datetimes are aware. ``to_dict``/``from_dict`` give a JSON-safe form (ISO 8601 strings).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any


@dataclass
class HabitState:
    """Per-habit runtime state.

    anchor: the moment the habit's timer last (re)started: app start, done, skipped, fired,
        or a break long enough to count. The next reminder is one interval after it.
    snoozed_until: when set, the habit is next due at this moment instead.
    last_fired: when the last reminder for it was shown.
    last_done: when the user last marked it done.
    """

    anchor: datetime | None = None
    snoozed_until: datetime | None = None
    last_fired: datetime | None = None
    last_done: datetime | None = None


@dataclass
class RuntimeState:
    """Global runtime state.

    paused_until: nothing is due before this moment.
    paused_indefinitely: paused until the user resumes (paused_until is then None).
    wall_seen / mono_seen: the last (wall, monotonic) reading the planner saw; comparing
        deltas of the two reveals suspends and clock changes.
    """

    habits: dict[str, HabitState] = field(default_factory=dict)
    paused_until: datetime | None = None
    paused_indefinitely: bool = False
    wall_seen: datetime | None = None
    mono_seen: float | None = None

    def habit(self, habit_id: str) -> HabitState:
        """The state of one habit, created empty on first use."""
        return self.habits.setdefault(habit_id, HabitState())

    def to_dict(self) -> dict[str, Any]:
        """A JSON-safe dict (datetimes as ISO 8601 with offset)."""
        return {
            "paused_until": _iso(self.paused_until),
            "paused_indefinitely": self.paused_indefinitely,
            "wall_seen": _iso(self.wall_seen),
            "mono_seen": self.mono_seen,
            "habits": {
                hid: {
                    "anchor": _iso(h.anchor),
                    "snoozed_until": _iso(h.snoozed_until),
                    "last_fired": _iso(h.last_fired),
                    "last_done": _iso(h.last_done),
                }
                for hid, h in self.habits.items()
            },
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> RuntimeState:
        """Rebuild from ``to_dict`` output; unreadable fields fall back to empty, never raise."""
        habits_raw = data.get("habits")
        habits: dict[str, HabitState] = {}
        if isinstance(habits_raw, dict):
            for hid, raw in habits_raw.items():
                if isinstance(hid, str) and isinstance(raw, dict):
                    habits[hid] = HabitState(
                        anchor=_parse(raw.get("anchor")),
                        snoozed_until=_parse(raw.get("snoozed_until")),
                        last_fired=_parse(raw.get("last_fired")),
                        last_done=_parse(raw.get("last_done")),
                    )
        mono = data.get("mono_seen")
        return cls(
            habits=habits,
            paused_until=_parse(data.get("paused_until")),
            paused_indefinitely=data.get("paused_indefinitely") is True,
            wall_seen=_parse(data.get("wall_seen")),
            mono_seen=float(mono) if isinstance(mono, int | float) else None,
        )


def _iso(moment: datetime | None) -> str | None:
    return moment.isoformat() if moment is not None else None


def _parse(text: object) -> datetime | None:
    """An aware datetime from ISO text; None for anything else (naive times are not trusted)."""
    if not isinstance(text, str):
        return None
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        return None
    return moment if moment.tzinfo is not None else None
