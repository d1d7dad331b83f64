"""Telling the user about a break the app noticed (a suspend or a long clock jump).

When the planner restarts a habit's timer because the user was away longer than its interval,
that habit's next reminder says so ("Welcome back - you were away 2 h 10 min."), instead of a
notification popping up the moment the user returns: the reminder is the one message the break
produced, so nothing extra nags and nothing floods.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from spasmguard.core.planner import PlanConfig, TimeWarp

_MINUTE = 60
_HOUR = 60 * _MINUTE
_DAY = 24 * _HOUR


def format_duration(size: timedelta) -> str:
    """A length of time as a person says it: "45 min", "2 h 10 min", "3 d 4 h"."""
    return " ".join(f"{count} {unit}" for count, unit in duration_parts(size))


def duration_parts(size: timedelta) -> tuple[tuple[int, str], ...]:
    """A length of time as one or two (count, unit) pairs, unit "d", "h" or "min".

    Rounded to the minute (a positive length never reads "0 min"); past a day, minutes are
    dropped because nobody cares about them then. The ui words each pair in its language.
    """
    seconds = size.total_seconds()
    if seconds < 0:
        raise ValueError("a duration cannot be negative")
    minutes = round(seconds / _MINUTE)
    if minutes == 0 and seconds > 0:
        minutes = 1
    if minutes < 60:
        return ((minutes, "min"),)
    if minutes * _MINUTE < _DAY:
        return _pair(minutes // 60, "h", minutes % 60, "min")
    hours = round(seconds / _HOUR)
    return _pair(hours // 24, "d", hours % 24, "h")


def _pair(big: int, big_unit: str, small: int, small_unit: str) -> tuple[tuple[int, str], ...]:
    return ((big, big_unit), (small, small_unit)) if small else ((big, big_unit),)


@dataclass(frozen=True)
class _Note:
    size: timedelta
    expires: datetime


class AwayNotes:
    """Which habits' next reminder should say how long the user was away.

    A note is kept for the reminder the restart produced, which comes one interval after the
    return; it may be held up by up to one more interval (a snooze, do-not-disturb) and is
    dropped after that, so a reminder the next morning does not greet the user for yesterday.
    """

    def __init__(self) -> None:
        self._notes: dict[str, _Note] = {}

    def record(self, warp: TimeWarp, config: PlanConfig, now: datetime) -> None:
        """Note a forward warp for every habit it restarted (a newer warp replaces older notes)."""
        if warp.kind != "forward":
            return
        for habit_id in warp.restarted:
            interval = timedelta(minutes=config.plan(habit_id).interval_minutes)
            self._notes[habit_id] = _Note(warp.size, now + 2 * interval)

    def take(self, habit_id: str, now: datetime) -> timedelta | None:
        """How long the user was away, for this habit's reminder now; None if nothing to say.

        Taking removes the note: only one reminder per break mentions it.
        """
        note = self._notes.pop(habit_id, None)
        if note is None or now > note.expires:
            return None
        return note.size
