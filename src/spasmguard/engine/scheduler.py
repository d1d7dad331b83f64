"""APScheduler drives the reminders; :mod:`spasmguard.core.planner` decides when they are due.

One job per habit (job id = habit id) whose trigger asks the planner, so a settings or state
change is seen the moment anything asks for a time. The scheduler arms exactly one ``QTimer``,
set to the earliest due time: nothing polls. Jobs run on the GUI thread and only record, emit
and re-plan; what a reminder looks like is the UI's business, reached through :attr:`due`.
"""

from __future__ import annotations

import logging
import math
from collections.abc import Callable
from datetime import datetime
from functools import partial
from typing import Any

from apscheduler.events import EVENT_JOB_REMOVED, JobEvent
from apscheduler.executors.debug import DebugExecutor
from apscheduler.schedulers.base import BaseScheduler
from apscheduler.triggers.base import BaseTrigger
from PySide6.QtCore import QObject, Qt, QTimer, Signal

from spasmguard.core import planner
from spasmguard.core.away import format_duration
from spasmguard.core.clock import Clock
from spasmguard.core.planner import PlanConfig
from spasmguard.core.state import RuntimeState

_LOG = logging.getLogger(__name__)

# QTimer takes a signed 32-bit millisecond count (about 24.8 days). A later wakeup fires early,
# finds nothing due and re-arms itself, which is harmless.
_MAX_TIMER_MS = 2**31 - 1

# Set explicitly because APScheduler's defaults are wrong for reminders: with a 1 s
# misfire_grace_time a run that fell due during a suspend is dropped (only the planner still
# calling the habit due would bring it back, a round later), and without coalescing a long sleep
# would replay every missed run. Here a missed reminder is run exactly once when the event loop
# wakes; whether it is still wanted is the planner's call (its gap rules), not APScheduler's.
# With the DebugExecutor (QtTimerScheduler's default) a run finishes before the next can start,
# so max_instances=1 only states the obvious.
JOB_DEFAULTS: dict[str, Any] = {"coalesce": True, "misfire_grace_time": None, "max_instances": 1}


class QtTimerScheduler(BaseScheduler):  # type: ignore[misc]
    """An APScheduler scheduler run by one single-shot ``QTimer`` of its own, on the GUI thread.

    Built on APScheduler's documented extension points for custom schedulers: ``wakeup`` (asks
    for a round "now"), ``_process_jobs`` (one round; returns the seconds until the next) and
    ``shutdown``. ``wakeup`` and each round restart the same timer, so at most one round is ever
    pending, however many jobs are added (the stock ``QtScheduler`` starts a new timer chain on
    each wakeup). ``PreciseTimer`` because a reminder firing a few percent of its wait early
    would find nothing due and have to re-arm.
    """

    def __init__(self, timer_parent: QObject | None = None, **options: Any) -> None:
        # Jobs run inline on the GUI thread, where the timer fires (the default is a thread pool).
        options.setdefault("executors", {"default": DebugExecutor()})
        self._round_timer = QTimer(timer_parent)
        self._round_timer.setSingleShot(True)
        self._round_timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._round_timer.timeout.connect(self._run_round)
        super().__init__(**options)

    def wakeup(self) -> None:
        """Run a round as soon as the event loop is free (replacing any armed wakeup).

        APScheduler calls this from ``start``, ``add_job`` and friends; all of them are called on
        the GUI thread here, the thread that owns the timer.
        """
        self._round_timer.start(0)

    def shutdown(self, wait: bool = True) -> None:
        """Shut APScheduler down, then disarm the timer so no round follows."""
        super().shutdown(wait)
        self._round_timer.stop()

    def _run_round(self) -> None:
        """Run the due jobs, then arm the timer for the next round (``None``: nothing pending)."""
        wait_seconds = self._process_jobs()
        if wait_seconds is None:
            self._round_timer.stop()
            return
        # Round up: waking a millisecond early would only find nothing due and spin once more.
        self._round_timer.start(min(math.ceil(wait_seconds * 1000), _MAX_TIMER_MS))


class PlannerTrigger(BaseTrigger):  # type: ignore[misc]
    """Asks the planner, through ``next_due``, when its habit is next due.

    APScheduler asks a trigger twice around a run. Before it, it walks forward from the missed
    run time, asking again with ``previous_fire_time`` set, until the answer is in the future;
    until the run marks the habit fired the planner answers "now" for an overdue habit, so an
    answer not later than ``previous_fire_time`` (a clock that stands still, or one coarser than
    APScheduler's) ends that walk with ``None``: one run, never a spin. After the run the
    planner gives the next due time. ``None`` there makes APScheduler remove the job, which
    :class:`ReminderEngine` turns into a paused job.
    """

    __slots__ = ("_next_due",)

    def __init__(self, next_due: Callable[[], datetime | None]) -> None:
        self._next_due = next_due

    def get_next_fire_time(
        self, previous_fire_time: datetime | None, _now: datetime
    ) -> datetime | None:
        due = self._next_due()
        if due is not None and previous_fire_time is not None and due <= previous_fire_time:
            return None
        return due


class ReminderEngine(QObject):
    """The Qt face of the scheduler: keeps one job per habit and emits :attr:`due`.

    ``config`` and ``state`` are providers, called whenever a time is needed, so the engine never
    holds a stale copy. Call :meth:`replan` after any change to either; call :meth:`wake` when a
    suspend or clock change is noticed (Qt timers run on the monotonic clock, which stands still
    during a suspend, so the armed wakeup would otherwise come late).
    """

    #: A habit is due (its id). Emitted inside the job, on the GUI thread: a slot that opens a
    #: nested event loop (a modal dialog) should connect queued, or the scheduler is re-entered.
    due = Signal(str)
    #: The planner saw a time warp (a :class:`~spasmguard.core.planner.TimeWarp`), whoever asked
    #: first (a job or :meth:`check_clock`): each warp is seen, and emitted, exactly once.
    warped = Signal(object)

    def __init__(
        self,
        clock: Clock,
        config: Callable[[], PlanConfig],
        state: Callable[[], RuntimeState],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._clock = clock
        self._config = config
        self._state = state
        self._scheduler = QtTimerScheduler(
            timer_parent=self,
            job_defaults=JOB_DEFAULTS,
            timezone=clock.now().tzinfo,
        )
        self._scheduler.add_listener(self._keep_removed_job, EVENT_JOB_REMOVED)

    def start(self) -> None:
        """Start the planner's timers and the scheduler, with one job per habit."""
        planner.start(self._config(), self._state(), self._clock.now(), self._clock.monotonic())
        self._scheduler.start()
        self.replan()

    def replan(self) -> None:
        """Re-plan every habit at once from the current settings and state (no restart).

        Disabled or paused habits keep their job, paused (no next run time), so a later
        ``replan`` re-arms them under the same id.
        """
        for habit in self._config().habits:
            self._schedule(habit.habit_id, self._next_due(habit.habit_id))

    def wake(self) -> None:
        """Re-evaluate now: let the planner see the clock, then re-plan (due jobs run at once)."""
        self.check_clock()
        self.replan()

    def check_clock(self) -> bool:
        """Show the planner the clocks (its gap rules apply); True if it saw a time warp."""
        return self._observe_clock(self._config(), self._state(), self._clock.now())

    def shutdown(self) -> None:
        """Stop the scheduler and its timer; calling it twice is harmless."""
        if self._scheduler.running:
            self._scheduler.shutdown(wait=False)

    def next_run_times(self) -> dict[str, datetime | None]:
        """When each habit's job runs next, by habit id (``None``: paused)."""
        return {job.id: job.next_run_time for job in self._scheduler.get_jobs()}

    def _schedule(self, habit_id: str, run_time: datetime | None) -> None:
        """Add or replace the habit's job; a ``None`` run time adds it paused."""
        self._scheduler.add_job(
            self._run,
            PlannerTrigger(partial(self._next_due, habit_id)),
            args=(habit_id,),
            id=habit_id,
            name=habit_id,
            next_run_time=run_time,
            replace_existing=True,
        )

    def _next_due(self, habit_id: str) -> datetime | None:
        return planner.next_due(self._config(), self._state(), habit_id, self._clock.now())

    def _run(self, habit_id: str) -> None:
        """The job: let the planner see the clock, then fire the habit if it is still due.

        "Still due" is the same question the trigger asks, so a run that does not fire leaves
        the planner's answer in the future and the job is never re-run in a loop.
        """
        config, state, now = self._config(), self._state(), self._clock.now()
        warped = self._observe_clock(config, state, now)
        due = planner.next_due(config, state, habit_id, now)
        if due is not None and due <= now:
            planner.mark_fired(state, habit_id, now)
            _LOG.info("reminder fired: %s", habit_id)
            self.due.emit(habit_id)
        if warped:
            self.replan()

    def _observe_clock(self, config: PlanConfig, state: RuntimeState, now: datetime) -> bool:
        """Show the planner the clocks; True if it saw a time warp (suspend or clock change)."""
        warp = planner.observe_clock(config, state, now, self._clock.monotonic())
        if warp is not None:
            restarted = ", ".join(warp.restarted) or "none"
            size = format_duration(warp.size)
            _LOG.info("time warp seen: %s %s (timers restarted: %s)", warp.kind, size, restarted)
            self.warped.emit(warp)
        return warp is not None

    def _keep_removed_job(self, event: JobEvent) -> None:
        """Re-add, paused, a job APScheduler dropped because its trigger had no next time.

        That happens when a habit was disabled or everything paused indefinitely before
        :meth:`replan` was called. The job keeps its id and the next ``replan`` re-arms it.
        """
        _LOG.info("job kept paused: %s", event.job_id)
        self._schedule(event.job_id, None)
