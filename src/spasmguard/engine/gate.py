"""The door every due reminder passes: shown now, or held until the user is back and free.

The scheduler says *when* a habit is due; this gate says whether *now* is a moment to show it.
A reminder is held while the user is away from the keyboard, while their own "do not disturb"
is on, while the active window is fullscreen (if that setting is on) or while the notification
server is silenced. Held reminders come once, together, when the last reason ends; coming back
from time away also restarts the break habits' timers (the policy is in core.presence).

The platform is asked only when a reminder falls due and on the time watch's heartbeat
(:meth:`ReminderGate.beat`), never more often than once a minute: while the user is at the
keyboard, not before they could have been idle for the threshold; while they are away or
reminders are held, once a minute; with no idle time on this desktop and nothing held, not at
all. The gate owns no timer: one of its own would add a wakeup a minute to the heartbeat's,
which runs anyway. The price is coarseness: a reading (a return, the end of a timed "do not
disturb") is taken on a beat, up to a minute after the moment it became worth taking.
"""

from __future__ import annotations

import logging
import math
from dataclasses import dataclass, field
from datetime import timedelta

from PySide6.QtCore import QObject, Signal

from spasmguard.core.clock import Clock
from spasmguard.core.presence import (
    BREAK_HABITS,
    MIN_CHECK_SECONDS,
    DoNotDisturb,
    HeldReminders,
    PresenceWatch,
)
from spasmguard.engine.dnd import Detector, Never, fullscreen_detector, inhibit_detector
from spasmguard.engine.idle import IdleSource, NeverIdle, idle_source

_LOG = logging.getLogger(__name__)


@dataclass(frozen=True)
class Sources:
    """What the gate asks the platform; the defaults never hold anything (tests, fallbacks)."""

    idle: IdleSource = field(default_factory=NeverIdle)
    fullscreen: Detector = field(default_factory=Never)
    inhibited: Detector = field(default_factory=Never)


def desktop_sources() -> Sources:
    """The real adapters for this desktop, picked once at start."""
    return Sources(idle_source(), fullscreen_detector(), inhibit_detector())


class ReminderGate(QObject):
    """Shows due reminders now or holds them; notices the user coming back."""

    #: Show this habit's reminder now (a due one that may be shown, or a held one released).
    deliver = Signal(str)
    #: The user is back from time away: restart these habits' timers (a tuple of ids).
    came_back = Signal(object)
    #: The user's own "do not disturb" was switched on or off.
    changed = Signal()

    def __init__(
        self,
        clock: Clock,
        sources: Sources,
        threshold_minutes: int,
        detect_fullscreen: bool,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._clock = clock
        self._sources = sources
        self._detect_fullscreen = detect_fullscreen
        self.presence = PresenceWatch(timedelta(minutes=threshold_minutes))
        self.held = HeldReminders()
        self.dnd = DoNotDisturb()
        # When (on the monotonic clock) the next reading is worth taking; None: not at all.
        self._check_at: float | None = None

    def configure(self, threshold_minutes: int, detect_fullscreen: bool) -> None:
        """Take changed settings (applied from the next reading on)."""
        self.presence.threshold = timedelta(minutes=threshold_minutes)
        self._detect_fullscreen = detect_fullscreen

    def start(self) -> None:
        """Take the first reading; it sets when the next one is worth taking."""
        self.check()

    def stop(self) -> None:
        self._check_at = None

    def next_check_ms(self) -> int | None:
        """Milliseconds until the gate next wants to ask the platform; None when it will not."""
        if self._check_at is None:
            return None
        return max(0, math.ceil((self._check_at - self._clock.monotonic()) * 1000))

    def beat(self, period_seconds: float) -> None:
        """A heartbeat (every ``period_seconds``): take the reading if it is due by half a beat.

        Rounding to the nearest beat keeps a reading due every minute at one a minute on a
        once-a-minute heartbeat, instead of every other beat when the phases differ.
        """
        if self._check_at is None:
            return
        if self._clock.monotonic() + period_seconds / 2 >= self._check_at:
            self.check()

    def offer(self, habit_id: str) -> None:
        """A reminder fell due: deliver it now, or hold it until it may be shown."""
        idle = self._read_idle()
        reason = self._hold_reason()
        if reason is None:
            self.deliver.emit(habit_id)
        elif self.held.hold(habit_id):
            _LOG.info("reminder held: %s (%s)", habit_id, reason)
        self._arm(idle)

    def set_do_not_disturb(self, dnd: DoNotDisturb) -> None:
        """Switch the user's own "do not disturb"; turning it off releases what it held."""
        self.dnd = dnd
        _LOG.info("do not disturb: %s", "off" if not dnd.on else dnd.until or "until turned off")
        self.changed.emit()
        self.check()

    def check(self) -> None:
        """One reading: notice a return, release held reminders if nothing holds them now."""
        idle = self._read_idle()
        if len(self.held) and self._hold_reason() is None:
            released = self.held.release()
            _LOG.info("held reminders released: %s", ", ".join(released))
            for habit_id in released:
                self.deliver.emit(habit_id)
        self._arm(idle)

    def _read_idle(self) -> float | None:
        """Ask for idle time; a return from time away settles the break habits."""
        idle = self._sources.idle.idle_seconds()
        back = self.presence.observe(idle, self._clock.now())
        if back is not None:
            settled = self.held.settle(BREAK_HABITS)
            _LOG.info(
                "natural break: away %d min; timers restart for %s; held and settled: %s",
                back.away // timedelta(minutes=1),
                ", ".join(BREAK_HABITS),
                ", ".join(settled) or "none",
            )
            self.came_back.emit(BREAK_HABITS)
        return idle

    def _hold_reason(self) -> str | None:
        """Why a reminder must wait right now, or None (cheapest checks first)."""
        if self.dnd.active(self._clock.now()):
            return "do not disturb"
        if self.presence.away:
            return "away"
        if self._detect_fullscreen and self._sources.fullscreen.active():
            return "fullscreen window"
        if self._sources.inhibited.active():
            return "notifications inhibited"
        return None

    def _arm(self, idle: float | None) -> None:
        """Note when the earliest reading worth taking is (the heartbeat takes it), if any."""
        waits = [self.presence.next_check(idle)]
        if len(self.held):
            waits.append(MIN_CHECK_SECONDS)
            if self.dnd.on and self.dnd.until is not None:
                left = (self.dnd.until - self._clock.now()).total_seconds()
                waits.append(max(left, 1.0))
        wait = min((w for w in waits if w is not None), default=None)
        self._check_at = None if wait is None else self._clock.monotonic() + wait
