"""Whether a reminder may be shown now: the user's presence, "do not disturb", held reminders.

Pure policy, no I/O: the engine reads the platform (idle time, fullscreen window, notification
server) and feeds the readings in; what they mean lives and is tested here.

- Away: no keyboard or mouse input for at least the threshold. Coming back after that counts as
  a break for the habits in :data:`BREAK_HABITS` (their timers restart, see
  :func:`spasmguard.core.planner.natural_break`).
- A reminder that falls due while the user is away or must not be disturbed is *held*, and every
  held reminder is shown once, together, when that ends. A held reminder of a habit that the
  break itself satisfied is dropped: showing "get up and stretch" to someone who is just back
  from a walk is the nagging this app must not do.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta

BREAK_HABITS = ("posture", "stretch")
"""The habits that time away from the keyboard satisfies (moving about, not sitting)."""

MIN_CHECK_SECONDS = 60.0
"""Idle time is read at most once a minute between reminders (a tray app must not poll)."""


@dataclass(frozen=True)
class Return:
    """The user came back after being away from ``since`` until ``at``."""

    since: datetime
    at: datetime

    @property
    def away(self) -> timedelta:
        return self.at - self.since


class PresenceWatch:
    """Turns idle-time readings into "went away" and "came back".

    A reading of ``None`` means the platform cannot tell: the user then counts as present, so an
    unsupported desktop behaves as if the user never left (reminders are never held for it).
    """

    def __init__(self, threshold: timedelta) -> None:
        self.threshold = threshold
        self.away_since: datetime | None = None

    @property
    def away(self) -> bool:
        return self.away_since is not None

    def observe(self, idle_seconds: float | None, now: datetime) -> Return | None:
        """Take one reading; returns the :class:`Return` when it shows the user just came back."""
        idle = None if idle_seconds is None else timedelta(seconds=max(idle_seconds, 0.0))
        if idle is not None and idle >= self.threshold:
            if self.away_since is None:
                self.away_since = now - idle
            return None
        if self.away_since is None:
            return None
        # The last input ended the absence: that is ``idle`` ago (or now, when unknown).
        back = now - (idle or timedelta(0))
        came_back = Return(self.away_since, max(back, self.away_since))
        self.away_since = None
        return came_back

    def next_check(self, idle_seconds: float | None) -> float | None:
        """Seconds until the next reading is worth taking; ``None``: readings are useless.

        Away: once a minute, to notice the return. Present: not before the user could have
        been idle for the threshold, and never more often than once a minute.
        """
        if idle_seconds is None:
            return None
        if self.away:
            return MIN_CHECK_SECONDS
        left = self.threshold.total_seconds() - max(idle_seconds, 0.0)
        return max(left, MIN_CHECK_SECONDS)


class HeldReminders:
    """The reminders waiting for the user, each habit at most once, in the order they fell due."""

    def __init__(self) -> None:
        self._held: dict[str, None] = {}

    def hold(self, habit_id: str) -> bool:
        """Keep a reminder for later; False if that habit was already waiting (no duplicates)."""
        if habit_id in self._held:
            return False
        self._held[habit_id] = None
        return True

    def settle(self, habit_ids: Iterable[str]) -> tuple[str, ...]:
        """Drop the reminders that something else satisfied; the ids that were held."""
        dropped = tuple(hid for hid in habit_ids if hid in self._held)
        for habit_id in dropped:
            del self._held[habit_id]
        return dropped

    def release(self) -> tuple[str, ...]:
        """Every held reminder, once: the holder is empty afterwards."""
        released = tuple(self._held)
        self._held.clear()
        return released

    def __len__(self) -> int:
        return len(self._held)

    def __iter__(self) -> Iterator[str]:
        return iter(tuple(self._held))


@dataclass(frozen=True)
class DoNotDisturb:
    """The user's own "do not disturb" switch (runtime state, never saved in the settings).

    ``until`` None with ``on`` True means "until I turn it off".
    """

    on: bool = False
    until: datetime | None = None

    @classmethod
    def from_choice(cls, choice: str, now: datetime) -> DoNotDisturb:
        """From a menu choice: a number of minutes, "on" (until turned off) or "off"."""
        if choice == "off":
            return cls()
        if choice == "on":
            return cls(True)
        return cls(True, now + timedelta(minutes=int(choice)))

    def active(self, now: datetime) -> bool:
        return self.on and (self.until is None or now < self.until)
