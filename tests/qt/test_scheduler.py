"""The reminder engine on a real Qt event loop, a real APScheduler and the real planner.

Time is real here: APScheduler compares run times with ``datetime.now()``, so a fake wall clock
would only put the planner and the scheduler in different worlds. Intervals are minutes, so a
habit is made due "in 200 ms" the honest way: its anchor (the moment its timer last started) is
set to one interval minus 200 ms ago, and the planner computes the rest. A suspend is what the
planner sees when wall time moved and monotonic time did not since its last look at the clocks;
the time-warp tests write exactly that last look into the state and fake nothing else.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from datetime import time as clock_time
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, QTimer
from pytestqt.qtbot import QtBot

from spasmguard.core import planner
from spasmguard.core.clock import Clock, FakeClock, SystemClock
from spasmguard.core.history import History
from spasmguard.core.planner import HabitPlan, PlanConfig, WorkingHours
from spasmguard.core.state import RuntimeState
from spasmguard.core.tracker import Preferences, Tracker
from spasmguard.engine.qt_scheduler import PlannerTrigger, QtTimerScheduler
from spasmguard.engine.scheduler import ReminderEngine

ALWAYS = WorkingHours(clock_time(0), clock_time(0), frozenset(range(7)))
INTERVALS = {"posture": 30, "hydration": 45, "stretch": 60, "stress": 90}
HABIT_IDS = tuple(INTERVALS)
PREFS = Preferences(snooze_minutes=10, glass_ml=250, water_goal_ml=2000)


def make_config(intervals: dict[str, int], disabled: frozenset[str] = frozenset()) -> PlanConfig:
    habits = tuple(
        HabitPlan(habit_id, habit_id not in disabled, minutes, ALWAYS)
        for habit_id, minutes in intervals.items()
    )
    return PlanConfig(habits, ALWAYS)


def make_tracker(history_path: Path, clock: Clock) -> Tracker:
    """A real tracker (and history) at the start of a session, as the engine is given one."""
    tracker = Tracker(History(history_path), clock, make_config(INTERVALS), PREFS)
    tracker.start()
    return tracker


@dataclass
class World:
    tracker: Tracker
    fired: list[tuple[str, threading.Thread]] = field(default_factory=list)
    engine: ReminderEngine = field(init=False)

    @property
    def clock(self) -> Clock:
        return self.tracker.clock

    @property
    def config(self) -> PlanConfig:
        return self.tracker.config

    @config.setter
    def config(self, config: PlanConfig) -> None:
        self.tracker.config = config

    @property
    def state(self) -> RuntimeState:
        return self.tracker.state

    def due_in(self, habit_id: str, seconds: float) -> None:
        """Restart the habit's timer so that the planner makes it due in ``seconds``."""
        interval = timedelta(minutes=self.config.plan(habit_id).interval_minutes)
        self.state.habit(habit_id).anchor = self.clock.now() - interval + timedelta(seconds=seconds)
        self.engine.replan()

    def timer(self) -> QTimer:
        """The scheduler's one timer (a second one would be the leak coming back)."""
        (timer,) = self.engine.findChildren(QTimer)
        return timer


@pytest.fixture
def world(qtbot: QtBot, tmp_path: Path) -> Iterator[World]:
    holder = World(make_tracker(tmp_path / "history.sqlite3", SystemClock()))
    engine = ReminderEngine(holder.tracker)
    engine.due.connect(lambda habit_id: holder.fired.append((habit_id, threading.current_thread())))
    holder.engine = engine
    engine.start()
    yield holder
    engine.shutdown()
    engine.deleteLater()
    holder.tracker.history.close()


def settle(qtbot: QtBot, world: World) -> None:
    """Let the scheduler process the wakeup that replan() asked for (a zero-delay timer)."""
    qtbot.waitUntil(lambda: world.timer().remainingTime() > 1000, timeout=2000)


def assert_armed_at_earliest(world: World) -> None:
    """The one timer is armed and points at the earliest moment the planner has for any habit."""
    now = world.clock.now()
    earliest = planner.next_wakeup(world.config, world.state, now)
    assert earliest is not None
    timer = world.timer()
    assert timer.isActive()
    expected_ms = (earliest - now).total_seconds() * 1000
    assert timer.remainingTime() == pytest.approx(expected_ms, abs=250)


# --- One timer, one pending round ---------------------------------------------------------------


def count_runs(qtbot: QtBot, owner: QObject) -> tuple[int, int]:
    """(scheduler rounds, job runs) in one second, five jobs due together every 250 ms."""
    runs = jobs = 0

    class Counting(QtTimerScheduler):
        def _process_jobs(self) -> float | None:
            nonlocal runs
            runs += 1
            return super()._process_jobs()

    def job() -> None:
        nonlocal jobs
        jobs += 1

    scheduler = Counting(timer_parent=owner, timezone=UTC)
    scheduler.start()
    first = datetime.now(UTC) + timedelta(seconds=0.25)
    for index in range(5):
        scheduler.add_job(job, "interval", seconds=0.25, start_date=first, id=str(index))
    qtbot.wait(1100)
    measured = runs, jobs
    scheduler.shutdown()
    return measured


def test_many_wakeups_share_one_timer_and_one_round_per_due_moment(qtbot: QtBot) -> None:
    owner = QObject()
    runs, jobs = count_runs(qtbot, owner)
    # Four due moments in 1.1 s, five jobs each (a coarse CI clock may lose one moment).
    assert jobs >= 15
    # One round for start() and the five add_job wakeups together (they restart one timer),
    # then one per due moment, at which all five jobs run (one spare for an early wakeup).
    # A scheduler starting a timer per wakeup (APScheduler's QtScheduler) runs 30 to 115.
    assert runs <= jobs // 5 + 2
    assert len(owner.findChildren(QTimer)) == 1


def test_jobs_run_on_the_gui_thread(qtbot: QtBot) -> None:
    threads: list[threading.Thread] = []
    owner = QObject()
    scheduler = QtTimerScheduler(timer_parent=owner, timezone=UTC)
    scheduler.start()
    scheduler.add_job(lambda: threads.append(threading.current_thread()))
    qtbot.waitUntil(lambda: threads != [], timeout=2000)
    scheduler.shutdown()
    assert threads == [threading.main_thread()]


def test_our_timer_is_active_exactly_while_a_job_is_pending(qtbot: QtBot) -> None:
    owner = QObject()
    scheduler = QtTimerScheduler(timer_parent=owner, timezone=UTC)
    (timer,) = owner.findChildren(QTimer)
    assert not timer.isActive()
    scheduler.start()
    for index in range(5):
        scheduler.add_job(lambda: None, "interval", minutes=index + 1, id=str(index))
    qtbot.waitUntil(lambda: timer.remainingTime() > 1000, timeout=2000)
    assert timer.isActive()
    assert timer.remainingTime() == pytest.approx(60_000, abs=250)

    for index in range(5):
        scheduler.pause_job(str(index))
    qtbot.waitUntil(lambda: not timer.isActive(), timeout=2000)

    scheduler.resume_job("3")
    qtbot.waitUntil(lambda: timer.remainingTime() > 1000, timeout=2000)
    assert timer.remainingTime() == pytest.approx(4 * 60_000, abs=250)
    assert owner.findChildren(QTimer) == [timer]

    scheduler.shutdown()
    assert not timer.isActive()


# --- The trigger and the engine -------------------------------------------------------------------


def test_trigger_ends_apschedulers_catch_up_walk_until_the_planner_moves_on() -> None:
    now = datetime.now(UTC)
    later = now + timedelta(minutes=5)
    assert PlannerTrigger(lambda: now).get_next_fire_time(None, now) == now
    assert PlannerTrigger(lambda: now).get_next_fire_time(now, now) is None
    assert PlannerTrigger(lambda: later).get_next_fire_time(now, now) == later
    assert PlannerTrigger(lambda: None).get_next_fire_time(None, now) is None


def test_a_clock_that_stands_still_fires_an_overdue_habit_once(
    qtbot: QtBot, tmp_path: Path
) -> None:
    # The planner answers "now" for an overdue habit; with a frozen clock that answer never
    # passes APScheduler's own now, which must not make it replay the run forever.
    clock = FakeClock(datetime.now(UTC))
    tracker = make_tracker(tmp_path / "history.sqlite3", clock)
    engine = ReminderEngine(tracker)
    fired: list[str] = []
    engine.due.connect(fired.append)
    engine.start()
    tracker.state.habit("posture").anchor = clock.now() - timedelta(hours=1)
    engine.replan()
    qtbot.waitUntil(lambda: fired != [], timeout=3000)
    qtbot.wait(200)
    assert fired == ["posture"]
    assert engine.next_run_times()["posture"] == clock.now() + timedelta(minutes=30)
    engine.shutdown()
    tracker.history.close()


def test_start_plans_one_paused_or_armed_job_per_habit(qtbot: QtBot, world: World) -> None:
    settle(qtbot, world)
    runs = world.engine.next_run_times()
    assert set(runs) == set(HABIT_IDS)
    now = world.clock.now()
    for habit_id, run_time in runs.items():
        assert run_time == planner.next_due(world.config, world.state, habit_id, now)
    assert_armed_at_earliest(world)


def test_reloading_settings_fifty_times_keeps_four_jobs_and_one_timer(
    qtbot: QtBot, world: World
) -> None:
    first_timer = world.timer()
    for reload in range(50):
        # The shortest interval wanders between habits; after the last reload `stretch` is the
        # earliest, later than the 5-minute posture of the first reload.
        intervals = {
            habit_id: 20 + (reload * 7 + offset * 11) % 40
            for offset, habit_id in enumerate(HABIT_IDS)
        }
        intervals["posture"] = 5 if reload == 0 else intervals["posture"]
        world.config = make_config(intervals)
        world.engine.replan()
    settle(qtbot, world)
    assert min(intervals, key=intervals.__getitem__) == "stretch"
    assert set(world.engine.next_run_times()) == set(HABIT_IDS)
    assert world.timer() is first_timer
    assert_armed_at_earliest(world)


def test_a_due_habit_fires_once_on_the_gui_thread_and_moves_one_interval_on(
    qtbot: QtBot, world: World
) -> None:
    world.due_in("stretch", 0.2)
    with qtbot.waitSignal(world.engine.due, timeout=3000) as blocker:
        pass
    assert blocker.args == ["stretch"]
    qtbot.wait(300)  # a second emission would show up here
    assert world.fired == [("stretch", threading.main_thread())]

    # The tracker restarted the timer and saved it; "fired" is recorded only when shown.
    restarted = world.state.habit("stretch").anchor
    assert restarted is not None
    assert abs(world.clock.now() - restarted) < timedelta(seconds=2)
    assert world.tracker.history.load_state().habit("stretch").anchor == restarted
    assert world.state.habit("stretch").last_fired is None
    interval = timedelta(minutes=INTERVALS["stretch"])
    assert world.engine.next_run_times()["stretch"] == restarted + interval
    assert_armed_at_earliest(world)


def test_disabling_and_pausing_keep_the_jobs_paused_and_resuming_rearms(
    qtbot: QtBot, world: World
) -> None:
    world.config = make_config(INTERVALS, disabled=frozenset({"posture"}))
    world.engine.replan()
    settle(qtbot, world)
    runs = world.engine.next_run_times()
    assert set(runs) == set(HABIT_IDS)
    assert runs["posture"] is None
    assert all(runs[habit_id] is not None for habit_id in HABIT_IDS if habit_id != "posture")
    assert_armed_at_earliest(world)

    planner.pause(world.state, None)
    world.engine.replan()
    qtbot.waitUntil(lambda: not world.timer().isActive(), timeout=2000)
    assert world.engine.next_run_times() == dict.fromkeys(HABIT_IDS)

    world.config = make_config(INTERVALS)
    planner.resume(world.state, world.clock.now())
    world.engine.replan()
    settle(qtbot, world)
    assert all(run is not None for run in world.engine.next_run_times().values())
    assert_armed_at_earliest(world)


def test_a_habit_disabled_without_replan_keeps_its_job_paused(qtbot: QtBot, world: World) -> None:
    # APScheduler removes a job whose trigger has no next time; the engine must keep it.
    world.due_in("hydration", 0.2)
    world.config = make_config(INTERVALS, disabled=frozenset({"hydration"}))
    qtbot.wait(600)
    assert world.fired == []
    runs = world.engine.next_run_times()
    assert set(runs) == set(HABIT_IDS)
    assert runs["hydration"] is None

    world.config = make_config(INTERVALS)
    world.engine.replan()
    settle(qtbot, world)
    assert world.engine.next_run_times()["hydration"] is not None


def test_a_reminder_missed_while_the_loop_was_blocked_runs_once(
    qtbot: QtBot, world: World, caplog: pytest.LogCaptureFixture
) -> None:
    # The event loop does not run for 1.5 s after the habit fell due: longer than APScheduler's
    # default 1 s misfire grace time, which would drop that run (and warn that it was missed).
    world.due_in("posture", 0.1)
    time.sleep(1.5)
    with caplog.at_level(logging.INFO), qtbot.waitSignal(world.engine.due, timeout=3000):
        pass
    qtbot.wait(300)
    assert [habit_id for habit_id, _ in world.fired] == ["posture"]
    assert [r.getMessage() for r in caplog.records if r.levelno >= logging.WARNING] == []
    run = world.engine.next_run_times()["posture"]
    assert run is not None
    assert run - world.clock.now() > timedelta(minutes=INTERVALS["posture"] - 1)


def test_wake_after_a_suspend_restarts_the_habits_it_outlasted(qtbot: QtBot, world: World) -> None:
    # The planner last looked at the clocks when a 45-minute suspend began: since then wall time
    # moved 45 minutes and monotonic time did not.
    now = world.clock.now()
    suspended_at = now - timedelta(minutes=45)
    world.state.wall_seen, world.state.mono_seen = suspended_at, world.clock.monotonic()
    world.state.habit("posture").anchor = suspended_at - timedelta(minutes=5)
    world.state.habit("stress").anchor = suspended_at - timedelta(minutes=35)
    world.engine.wake()
    settle(qtbot, world)
    assert world.fired == []
    runs = world.engine.next_run_times()
    now = world.clock.now()
    # The 45-minute break outlasted posture's 30-minute interval: its timer starts over.
    posture = runs["posture"]
    assert posture is not None
    assert abs(posture - now - timedelta(minutes=30)) < timedelta(seconds=5)
    # It did not outlast stress's 90 minutes: stress stays due in about 10 minutes.
    stress = runs["stress"]
    assert stress is not None
    assert abs(stress - now - timedelta(minutes=10)) < timedelta(seconds=5)
    assert_armed_at_earliest(world)


def test_shutdown_disarms_the_timer_and_is_idempotent(qtbot: QtBot, world: World) -> None:
    settle(qtbot, world)
    world.engine.shutdown()
    assert not world.timer().isActive()
    world.engine.shutdown()


def test_wake_after_the_clock_was_set_back_keeps_every_wait(qtbot: QtBot, world: World) -> None:
    # The clock was set back 20 minutes since the planner last looked at it (no monotonic time
    # passed). Anchors were written in the old time, so without a look at the clocks every wait
    # would grow by those 20 minutes; nothing is due, so no job run would notice either.
    now = world.clock.now()
    before = now + timedelta(minutes=20)
    world.state.wall_seen, world.state.mono_seen = before, world.clock.monotonic()
    world.state.habit("posture").anchor = before - timedelta(minutes=5)
    world.state.habit("stress").anchor = before - timedelta(minutes=80)
    world.engine.wake()
    settle(qtbot, world)
    runs = world.engine.next_run_times()
    posture, stress = runs["posture"], runs["stress"]
    assert posture is not None
    assert stress is not None
    assert abs(posture - now - timedelta(minutes=25)) < timedelta(seconds=5)
    assert abs(stress - now - timedelta(minutes=10)) < timedelta(seconds=5)
    assert_armed_at_earliest(world)


def test_a_time_warp_seen_by_a_running_job_replans_the_other_habits(
    qtbot: QtBot, world: World
) -> None:
    world.due_in("posture", 0.2)
    stress_before = world.engine.next_run_times()["stress"]
    assert stress_before is not None
    # The clock is set back 20 minutes before the posture job runs: the job sees it first.
    world.state.wall_seen = world.clock.now() + timedelta(minutes=20)
    world.state.mono_seen = world.clock.monotonic()
    with qtbot.waitSignal(world.engine.due, timeout=3000):
        pass
    settle(qtbot, world)
    stress = world.engine.next_run_times()["stress"]
    assert stress is not None
    assert abs(stress_before - stress - timedelta(minutes=20)) < timedelta(seconds=5)
    assert_armed_at_earliest(world)
