"""APScheduler drives the reminders; :mod:`spasmguard.core.planner` decides when they are due.

One job per habit (job id = habit id) whose trigger asks the planner, so a settings or state
change is seen the moment anything asks for a time. The scheduler arms exactly one ``QTimer``,
set to the earliest due time: nothing polls. Jobs run on the GUI thread: they tell the tracker
that the habit fell due (the tracker restarts its timer and saves), emit :attr:`ReminderEngine.due`
and re-plan. Whether and when the reminder is shown, and recording it, is the session's business.
"""

from __future__ import annotations

import logging
from datetime import datetime
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from spasmguard.core.away import format_duration
from spasmguard.core.tracker import Tracker
from spasmguard.engine.asyncio_import import import_asyncio_without_tls

if TYPE_CHECKING:
    from apscheduler.events import JobEvent

    from spasmguard.engine.qt_scheduler import QtTimerScheduler

_LOG = logging.getLogger(__name__)


class ReminderEngine(QObject):
    """The Qt face of the scheduler: keeps one job per habit and emits :attr:`due`.

    The tracker is asked whenever a time is needed, so the engine never holds a stale copy, and
    it decides and saves every change of state: the engine holds none. Call :meth:`replan` after
    any change to the settings or the state; call :meth:`wake` when a suspend or clock change is
    noticed (Qt timers run on the monotonic clock, which stands still during a suspend, so the
    armed wakeup would otherwise come late).
    """

    #: A habit fell due (its id), its timer already restarted by the tracker. Emitted inside the
    #: job, on the GUI thread: a slot that opens a nested event loop (a modal dialog) should
    #: connect queued, or the scheduler is re-entered.
    due = Signal(str)
    #: The planner saw a time warp (a :class:`~spasmguard.core.planner.TimeWarp`), whoever asked
    #: first (a job or :meth:`check_clock`): each warp is seen, and emitted, exactly once.
    warped = Signal(object)

    def __init__(self, tracker: Tracker, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._tracker = tracker
        #: Built by :meth:`start`: APScheduler is imported then, after the tray icon shows.
        self._scheduler: QtTimerScheduler | None = None

    def start(self) -> None:
        """Start the scheduler with one job per habit (after :meth:`Tracker.start`)."""
        import_asyncio_without_tls()  # APScheduler imports asyncio
        from apscheduler.events import EVENT_JOB_REMOVED  # noqa: PLC0415 - see _scheduler

        from spasmguard.engine.qt_scheduler import JOB_DEFAULTS, QtTimerScheduler  # noqa: PLC0415

        self._scheduler = QtTimerScheduler(
            timer_parent=self,
            job_defaults=JOB_DEFAULTS,
            timezone=self._tracker.clock.now().tzinfo,
        )
        self._scheduler.add_listener(self._keep_removed_job, EVENT_JOB_REMOVED)
        self._scheduler.start()
        self.replan()

    def replan(self) -> None:
        """Re-plan every habit at once from the current settings and state (no restart).

        Disabled or paused habits keep their job, paused (no next run time), so a later
        ``replan`` re-arms them under the same id. Before :meth:`start` there is nothing to
        re-plan: starting plans every habit.
        """
        for habit in self._tracker.config.habits:
            self._schedule(habit.habit_id, self._tracker.next_due(habit.habit_id))

    def wake(self) -> None:
        """Re-evaluate now: let the planner see the clock, then re-plan (due jobs run at once)."""
        self.check_clock()
        self.replan()

    def check_clock(self) -> bool:
        """Show the planner the clocks (its gap rules apply); True if it saw a time warp.

        Each warp is seen, logged and emitted exactly once, whoever asks first (a job or the
        time watch); the tracker saves what its gap rules changed.
        """
        warp = self._tracker.observe_clock()
        if warp is not None:
            restarted = ", ".join(warp.restarted) or "none"
            size = format_duration(warp.size)
            _LOG.info("time warp seen: %s %s (timers restarted: %s)", warp.kind, size, restarted)
            self.warped.emit(warp)
        return warp is not None

    def shutdown(self) -> None:
        """Stop the scheduler and its timer; calling it twice is harmless."""
        if self._scheduler is not None and self._scheduler.running:
            self._scheduler.shutdown(wait=False)

    def next_run_times(self) -> dict[str, datetime | None]:
        """When each habit's job runs next, by habit id (``None``: paused); empty before start."""
        jobs = self._scheduler.get_jobs() if self._scheduler is not None else []
        return {job.id: job.next_run_time for job in jobs}

    def _schedule(self, habit_id: str, run_time: datetime | None) -> None:
        """Add or replace the habit's job; a ``None`` run time adds it paused."""
        if self._scheduler is None:
            return
        from spasmguard.engine.qt_scheduler import PlannerTrigger  # noqa: PLC0415

        self._scheduler.add_job(
            self._run,
            PlannerTrigger(partial(self._tracker.next_due, habit_id)),
            args=(habit_id,),
            id=habit_id,
            name=habit_id,
            next_run_time=run_time,
            replace_existing=True,
        )

    def _run(self, habit_id: str) -> None:
        """The job: let the planner see the clock, then tell that the habit fell due, if it is.

        "Still due" is the same question the trigger asks. A due habit's timer is restarted by
        the tracker before :attr:`due` is emitted, so the planner's answer moves into the future
        and the job is never re-run in a loop.
        """
        warped = self.check_clock()
        due = self._tracker.next_due(habit_id)
        if due is not None and due <= self._tracker.clock.now():
            self._tracker.fell_due(habit_id)
            _LOG.info("reminder due: %s", habit_id)
            self.due.emit(habit_id)
        if warped:
            self.replan()

    def _keep_removed_job(self, event: JobEvent) -> None:
        """Re-add, paused, a job APScheduler dropped because its trigger had no next time.

        That happens when a habit was disabled or everything paused indefinitely before
        :meth:`replan` was called. The job keeps its id and the next ``replan`` re-arms it.
        """
        _LOG.info("job kept paused: %s", event.job_id)
        self._schedule(event.job_id, None)
