"""The door every due reminder passes: shown now, or held until the user is back and free.

The scheduler says *when* a habit is due; this gate says whether *now* is a moment to show it.
A reminder is held while the user is away from the keyboard, while their own "do not disturb"
is on, while the active window is fullscreen (if that setting is on) or while the notification
server is silenced. Held reminders come once, together, when the last reason ends; coming back
from time away also restarts the break habits' timers (the policy is in core.presence).

A look at the desktop asks every source at once, and their answers may come later (a D-Bus
service, the compositor): the reminders that fell due meanwhile wait in the gate, and when the
last answer is in, :meth:`ReminderGate._decide` is the one place that shows or holds them. A
look already under way serves every reminder and check that comes while it lasts, so a slow
service delays reminders by its answer time but never piles up questions, and nothing waits on
the GUI thread.

The platform is asked only when a reminder falls due, when an event-driven idle source says the
user went away or came back, and on the time watch's heartbeat (:meth:`ReminderGate.beat`),
never more often than once a minute: while the user is at the keyboard, not before they could
have been idle for the threshold; while they are away or reminders are held, once a minute;
with no idle time (or event-driven idle time) and nothing held, not at all. The gate owns no
timer: one of its own would add a wakeup a minute to the heartbeat's, which runs anyway. The
price is coarseness: a reading (a return, the end of a timed "do not disturb") is taken on a
beat, up to a minute after the moment it became worth taking.
"""

from __future__ import annotations

import functools
import logging
import math
from collections.abc import Callable, Mapping
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
from spasmguard.engine.capabilities import DesktopCapabilities
from spasmguard.engine.dnd import fullscreen_detector, inhibit_detector
from spasmguard.engine.idle import idle_source
from spasmguard.engine.readings import Detector, IdleSource

_LOG = logging.getLogger(__name__)

#: A look whose answers have not all come after this long is given up (a source that broke its
#: promise to answer); the next reminder or check starts a fresh one.
STALE_LOOK_SECONDS = 30.0

Ask = Callable[[Callable[[object], None]], None]


@dataclass(frozen=True)
class Sources:
    """What the gate asks the platform; the defaults never hold anything (tests, fallbacks)."""

    idle: IdleSource = field(default_factory=IdleSource)
    fullscreen: Detector = field(default_factory=Detector)
    inhibited: Detector = field(default_factory=Detector)

    def capabilities(self) -> DesktopCapabilities:
        """What this desktop lets the gate know (idle time only once its source is picked)."""
        return DesktopCapabilities(self.idle.capability, self.fullscreen.capability)


def desktop_sources() -> Sources:
    """The real adapters for this desktop; their picks finish from the event loop."""
    return Sources(idle_source(), fullscreen_detector(), inhibit_detector())


def gather(questions: Mapping[str, Ask], finish: Callable[[dict[str, object]], None]) -> None:
    """Ask every question at once; ``finish`` gets all the answers when the last one came."""
    answers: dict[str, object] = {}

    def answer(name: str, value: object) -> None:
        if name in answers:
            return
        answers[name] = value
        if len(answers) == len(questions):
            finish(answers)

    if not questions:
        finish(answers)
    for name, ask in questions.items():
        ask(functools.partial(answer, name))


class ReminderGate(QObject):
    """Shows due reminders now or holds them; notices the user coming back."""

    #: Show this habit's reminder now (a due one that may be shown, or a held one released).
    deliver = Signal(str)
    #: The user is back from time away: restart these habits' timers (a tuple of ids).
    came_back = Signal(object)
    #: The user's own "do not disturb" was switched on or off.
    changed = Signal()
    #: A look ended and set when the next one is due (:meth:`next_check_ms`): the answers may
    #: come long after whatever asked for the look, so whoever runs the timer learns it here.
    rearmed = Signal()

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
        # Reminders that fell due and wait for the look under way (an ordered set).
        self._waiting: dict[str, None] = {}
        # When (monotonic) the look under way began, and which one it is; None: no look.
        self._look_began: float | None = None
        self._look_number = 0
        self._again = False  # a fresh look is wanted when the one under way is done
        self._stopped = False
        # When (on the monotonic clock) the next reading is worth taking; None: not at all.
        self._check_at: float | None = None
        sources.idle.watch(self.presence.threshold.total_seconds())
        sources.idle.changed.connect(self.check)

    def capabilities(self) -> DesktopCapabilities:
        return self._sources.capabilities()

    def configure(self, threshold_minutes: int, detect_fullscreen: bool) -> None:
        """Take changed settings (applied from the next reading on)."""
        self.presence.threshold = timedelta(minutes=threshold_minutes)
        self._detect_fullscreen = detect_fullscreen
        self._sources.idle.watch(self.presence.threshold.total_seconds())

    def start(self) -> None:
        """Take the first reading; it sets when the next one is worth taking."""
        self._stopped = False
        self.check()

    def stop(self) -> None:
        """Take no more readings; answers still on their way are dropped."""
        self._stopped = True
        self._check_at = None
        self._look_began = None

    @property
    def looking(self) -> bool:
        """Whether a look at the desktop is under way (answers still to come)."""
        return self._look_began is not None

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
        """A reminder fell due: it is shown or held when the look at the desktop is done."""
        self._waiting[habit_id] = None
        self._look(fresh=False)

    def set_do_not_disturb(self, dnd: DoNotDisturb) -> None:
        """Switch the user's own "do not disturb"; turning it off releases what it held."""
        self.dnd = dnd
        _LOG.info("do not disturb: %s", "off" if not dnd.on else dnd.until or "until turned off")
        self.changed.emit()
        self.check()

    def check(self) -> None:
        """One reading: notice a return, release held reminders if nothing holds them now.

        Something may have changed since a look under way read the sources (the user came
        back, "do not disturb" ended), so another look follows that one.
        """
        self._look(fresh=True)

    # --- looking and deciding --------------------------------------------------------------

    def _look(self, *, fresh: bool) -> None:
        """Ask the sources, unless a look under way answers for this too (or, if ``fresh``
        is needed, is followed by another one)."""
        if self._stopped:
            return
        now = self._clock.monotonic()
        if self._look_began is not None and now - self._look_began < STALE_LOOK_SECONDS:
            self._again = self._again or fresh
            return
        self._again = False
        self._look_began = now
        self._look_number += 1
        questions: dict[str, Ask] = {"idle": self._sources.idle.read}
        if self._needs_detectors():
            if self._detect_fullscreen:
                questions["fullscreen"] = self._sources.fullscreen.read
            questions["inhibited"] = self._sources.inhibited.read
        gather(questions, functools.partial(self._answered, self._look_number))

    def _deciding(self) -> bool:
        return bool(self._waiting) or len(self.held) > 0

    def _needs_detectors(self) -> bool:
        """Only a reminder to show or hold needs them; "do not disturb" holds it anyway."""
        return self._deciding() and not self.dnd.active(self._clock.now())

    def _answered(self, number: int, answers: dict[str, object]) -> None:
        if number != self._look_number or self._look_began is None:
            return  # a look given up, or the gate stopped
        self._look_began = None
        answer = answers["idle"]
        idle = float(answer) if isinstance(answer, int | float) else None
        self._observe(idle)
        if self._needs_detectors() and "inhibited" not in answers:
            self._look(fresh=False)  # a reminder came during a look that did not ask the detectors
            return
        self._decide(answers)
        self._arm(idle)
        if self._again:
            self._look(fresh=False)

    def _observe(self, idle: float | None) -> None:
        """Note the idle time; a return from time away settles the break habits."""
        back = self.presence.observe(idle, self._clock.now())
        if back is None:
            return
        settled = self.held.settle(BREAK_HABITS)
        _LOG.info(
            "natural break: away %d min; timers restart for %s; held and settled: %s",
            back.away // timedelta(minutes=1),
            ", ".join(BREAK_HABITS),
            ", ".join(settled) or "none",
        )
        self.came_back.emit(BREAK_HABITS)

    def _decide(self, answers: Mapping[str, object]) -> None:
        """The one place where due and held reminders are shown or held."""
        waiting = tuple(self._waiting)
        self._waiting.clear()
        if not waiting and not len(self.held):
            return
        reason = self._hold_reason(answers)
        if reason is not None:
            for habit_id in waiting:
                if self.held.hold(habit_id):
                    _LOG.info("reminder held: %s (%s)", habit_id, reason)
            return
        if len(self.held):
            _LOG.info("held reminders released: %s", ", ".join(self.held))
        for habit_id in waiting:
            self.held.hold(habit_id)  # one reminder per habit, in the order they fell due
        for habit_id in self.held.release():
            self.deliver.emit(habit_id)

    def _hold_reason(self, answers: Mapping[str, object]) -> str | None:
        """Why a reminder must wait right now, or None."""
        if self.dnd.active(self._clock.now()):
            return "do not disturb"
        if self.presence.away:
            return "away"
        if answers.get("fullscreen") is True:
            return "fullscreen window"
        if answers.get("inhibited") is True:
            return "notifications inhibited"
        return None

    def _arm(self, idle: float | None) -> None:
        """Note when the earliest reading worth taking is (the heartbeat takes it), if any."""
        event_driven = self._sources.idle.event_driven
        waits = [None if event_driven else self.presence.next_check(idle)]
        if len(self.held):
            waits.append(MIN_CHECK_SECONDS)
            if self.dnd.on and self.dnd.until is not None:
                left = (self.dnd.until - self._clock.now()).total_seconds()
                waits.append(max(left, 1.0))
        wait = min((w for w in waits if w is not None), default=None)
        self._check_at = None if wait is None else self._clock.monotonic() + wait
        self.rearmed.emit()
