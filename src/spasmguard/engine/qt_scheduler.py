"""APScheduler's side of the reminder engine: a scheduler run by one ``QTimer``, and a trigger
that asks the planner.

Kept apart from :mod:`spasmguard.engine.scheduler` so that APScheduler (and the ``asyncio`` and
``importlib.metadata`` it loads) is imported when the engine starts, after the tray icon shows,
not while the tray app starts.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from datetime import datetime
from typing import Any

from apscheduler.executors.debug import DebugExecutor
from apscheduler.schedulers.base import BaseScheduler
from apscheduler.triggers.base import BaseTrigger
from PySide6.QtCore import QObject, Qt, QTimer

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
    until the run restarts the habit's timer the planner answers "now" for an overdue habit, so an
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
