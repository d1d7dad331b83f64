"""A pausable countdown through a sequence of timed steps, with no event loop of its own.

The stretch window and the breathing pacer keep all their timing here and only render what
this says, so every rule (pause, back, skip, finishing exactly once) is unit-tested with a
fake clock instead of real waiting. Time comes from an injected monotonic clock
(``Clock.monotonic``); the window calls :meth:`Countdown.update` on each tick of its timer, and
if ticks come late (a busy machine) the countdown catches up across as many steps as passed.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from enum import StrEnum

Monotonic = Callable[[], float]


class Event(StrEnum):
    """What a call changed, for the window to react to (chime, emit finished)."""

    STEP = "step"
    FINISHED = "finished"


class Countdown:
    """Runs through ``durations`` (seconds, each > 0) from the moment it is built.

    It ends either by running out (FINISHED, reported once) or by :meth:`stop` (no event);
    after that every call is a no-op that returns None.
    """

    def __init__(self, durations: Sequence[float], monotonic: Monotonic) -> None:
        """ValueError for no steps or a step that is not longer than zero."""
        if not durations or min(durations) <= 0:
            raise ValueError(f"durations must be positive and not empty, got {list(durations)}")
        self._durations = tuple(float(d) for d in durations)
        self._monotonic = monotonic
        self._index = 0
        self._used = 0.0  # seconds of the current step that ran before the last (re)start
        self._since: float | None = monotonic()  # None while paused or over
        self._over = False
        self._finished = False

    # --- reading ------------------------------------------------------------------------------

    @property
    def index(self) -> int:
        """The current step (the last one once finished)."""
        return self._index

    @property
    def step_count(self) -> int:
        return len(self._durations)

    @property
    def paused(self) -> bool:
        return not self._over and self._since is None

    @property
    def finished(self) -> bool:
        """Ran to the end (not stopped)."""
        return self._finished

    @property
    def over(self) -> bool:
        """Finished or stopped: nothing will change any more."""
        return self._over

    def remaining(self) -> float:
        """Seconds left in the current step, as of now (0 once over)."""
        if self._over:
            return 0.0
        return max(0.0, self._durations[self._index] - self._elapsed())

    def total_remaining(self) -> float:
        """Seconds left in the whole countdown, as of now."""
        return self.remaining() + sum(self._durations[self._index + 1 :])

    def elapsed_total(self) -> float:
        """Seconds of the whole countdown already run, as of now."""
        return sum(self._durations) - self.total_remaining()

    # --- acting -------------------------------------------------------------------------------

    def update(self) -> Event | None:
        """Catch up with the clock: move past every step whose time ran out."""
        if self._over or self._since is None:
            return None
        moved = False
        while self._elapsed() >= self._durations[self._index]:
            if self._index == len(self._durations) - 1:
                return self._finish()
            # The next step starts when this one ran out, not at this (possibly late) tick.
            self._since += self._durations[self._index] - self._used
            self._used = 0.0
            self._index += 1
            moved = True
        return Event.STEP if moved else None

    def pause(self) -> None:
        if self._over or self._since is None:
            return
        self._used = self._elapsed()
        self._since = None

    def resume(self) -> None:
        if self._over or self._since is not None:
            return
        self._since = self._monotonic()

    def toggle_pause(self) -> None:
        """Pause if running, resume if paused."""
        if self.paused:
            self.resume()
        else:
            self.pause()

    def back(self) -> Event | None:
        """Go to the start of the previous step (the first step restarts); pause is kept."""
        if self._over:
            return None
        self._go_to(max(0, self._index - 1))
        return Event.STEP

    def skip(self) -> Event | None:
        """Go to the start of the next step; skipping the last step finishes the countdown."""
        if self._over:
            return None
        if self._index == len(self._durations) - 1:
            return self._finish()
        self._go_to(self._index + 1)
        return Event.STEP

    def stop(self) -> None:
        """End early: nothing more happens and FINISHED is never reported."""
        self._over = True
        self._since = None

    # --- inside -------------------------------------------------------------------------------

    def _elapsed(self) -> float:
        """Seconds the current step has run."""
        if self._since is None:
            return self._used
        return self._used + self._monotonic() - self._since

    def _go_to(self, index: int) -> None:
        self._index = index
        self._used = 0.0
        if self._since is not None:
            self._since = self._monotonic()

    def _finish(self) -> Event:
        self._over = self._finished = True
        self._since = None
        self._used = self._durations[self._index]
        return Event.FINISHED
