"""TimeWatch: suspends, resumes, clock jumps and zone changes reach the engine once each.

The planner is real and sees a FakeClock (``jump`` moves only the wall clock, as a suspend does);
the engine is a stand-in that applies the planner's gap rules and counts re-plans. logind is a
stand-in too: a second connection on a private D-Bus bus that owns logind's name and emits
``PrepareForSleep``, so the real QtDBus wiring (sender, path, interface, slot) is exercised.
The timerfd is proven with this machine's clock set for real (tests/wallclock.py), briefly.
"""

from __future__ import annotations

import logging
import select
import time
from collections.abc import Iterator
from datetime import datetime, timedelta, tzinfo
from datetime import time as clock_time
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt
from PySide6.QtDBus import QDBusConnection, QDBusMessage
from pytestqt.qtbot import QtBot

from spasmguard.core import planner
from spasmguard.core.clock import FakeClock
from spasmguard.core.planner import HabitPlan, PlanConfig, TimeWarp, WorkingHours
from spasmguard.core.state import RuntimeState
from spasmguard.engine import timewatch as timewatch_module
from spasmguard.engine.timewatch import (
    HEARTBEAT_ENV,
    HEARTBEAT_SECONDS,
    LOGIND_MANAGER,
    LOGIND_PATH,
    LOGIND_SERVICE,
    ClockSetWatch,
    TimeWatch,
    heartbeat_seconds,
)
from tests.qt.conftest import periodic_timers
from tests.wallclock import MachineClock

ALWAYS = WorkingHours(clock_time(0), clock_time(0), frozenset(range(7)))
CONFIG = PlanConfig(
    (HabitPlan("posture", True, 30, ALWAYS), HabitPlan("stress", True, 180, ALWAYS)), ALWAYS
)
START = datetime(2026, 11, 25, 9, 0, tzinfo=ZoneInfo("Europe/Berlin"))
AWAY = timedelta(hours=2, minutes=10)


class ZoneClock(FakeClock):
    """A FakeClock whose zone can change behind the app's back, like the system's."""

    def __init__(self, start: datetime) -> None:
        super().__init__(start)
        self.system_zone: tzinfo = self.zone

    def refresh_zone(self) -> bool:
        changed = self.system_zone != self.zone
        self.zone = self.system_zone
        return changed


class FakeEngine:
    """The engine's two methods over the real planner; counts re-plans."""

    def __init__(self, clock: FakeClock) -> None:
        self.clock = clock
        self.state = RuntimeState()
        planner.start(CONFIG, self.state, clock.now(), clock.monotonic())
        self.warps: list[TimeWarp] = []
        self.replans = 0
        self.looks = 0

    def check_clock(self) -> bool:
        self.looks += 1
        warp = planner.observe_clock(CONFIG, self.state, self.clock.now(), self.clock.monotonic())
        if warp is not None:
            self.warps.append(warp)
        return warp is not None

    def wake(self) -> None:
        self.check_clock()
        self.replans += 1


@pytest.fixture
def clock() -> ZoneClock:
    return ZoneClock(START)


@pytest.fixture
def engine(clock: ZoneClock) -> FakeEngine:
    return FakeEngine(clock)


@pytest.fixture
def watch(qtbot: QtBot, clock: ZoneClock, engine: FakeEngine) -> Iterator[TimeWatch]:
    del qtbot  # only for the QApplication
    watch = TimeWatch(clock, engine)
    yield watch
    watch.stop()


# --- the heartbeat's period --------------------------------------------------------------------


def test_the_fallback_heartbeat_is_a_very_coarse_timer_at_most_once_a_minute(
    watch: TimeWatch,
) -> None:
    assert heartbeat_seconds({}) is None  # production: the path is chosen by what exists
    assert HEARTBEAT_SECONDS >= 60
    assert watch.heartbeat.interval() >= 60_000
    assert watch.heartbeat.timerType() == Qt.TimerType.VeryCoarseTimer
    assert not watch.heartbeat.isSingleShot()


def test_tests_may_shorten_the_heartbeat_through_the_environment() -> None:
    assert heartbeat_seconds({HEARTBEAT_ENV: "1.5"}) == 1.5


@pytest.mark.parametrize("raw", ["", "soon", "0", "-3", "nan", "inf"])
def test_a_bad_heartbeat_value_is_ignored(raw: str, caplog: pytest.LogCaptureFixture) -> None:
    assert heartbeat_seconds({HEARTBEAT_ENV: raw}) is None
    assert HEARTBEAT_ENV in caplog.text


# --- the one handler ---------------------------------------------------------------------------


def test_time_passing_normally_wakes_nothing(
    watch: TimeWatch, clock: ZoneClock, engine: FakeEngine
) -> None:
    clock.advance(timedelta(minutes=1))
    assert watch.check() is False
    assert engine.replans == 0


def test_one_suspend_reported_by_every_source_re_plans_once(
    watch: TimeWatch, clock: ZoneClock, engine: FakeEngine
) -> None:
    watch.prepare_for_sleep(True)
    clock.jump(AWAY)
    watch.prepare_for_sleep(False)
    watch.prepare_for_sleep(False)
    watch.check()
    assert engine.replans == 1
    [warp] = engine.warps
    assert (warp.kind, warp.size, warp.restarted) == ("forward", AWAY, ("posture",))
    assert engine.state.habits["posture"].anchor == clock.now()


def test_a_resume_wakes_the_engine_even_after_a_sleep_too_short_to_see(
    watch: TimeWatch, clock: ZoneClock, engine: FakeEngine
) -> None:
    watch.prepare_for_sleep(True)
    clock.jump(timedelta(seconds=20))
    watch.prepare_for_sleep(False)
    assert (engine.replans, engine.warps) == (1, [])


def test_a_clock_set_back_is_seen_once_and_keeps_the_wait(
    watch: TimeWatch, clock: ZoneClock, engine: FakeEngine
) -> None:
    clock.advance(timedelta(minutes=10))
    clock.jump(-timedelta(hours=3))
    assert watch.check() is True
    assert watch.check() is False
    assert engine.replans == 1
    due = planner.next_due(CONFIG, engine.state, "posture", clock.now())
    assert due == clock.now() + timedelta(minutes=20)


def test_a_time_zone_change_re_plans_once_and_is_logged(
    watch: TimeWatch, clock: ZoneClock, engine: FakeEngine, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO)
    clock.system_zone = ZoneInfo("Asia/Tokyo")
    assert watch.check() is True
    assert watch.check() is False
    assert engine.replans == 1
    assert clock.now().tzinfo == ZoneInfo("Asia/Tokyo")
    assert "time zone changed: Europe/Berlin -> Asia/Tokyo" in caplog.text


def test_the_heartbeat_timer_runs_the_handler(
    qtbot: QtBot, clock: ZoneClock, engine: FakeEngine
) -> None:
    watch = TimeWatch(clock, engine, forced_heartbeat_s=0.05)
    watch.start(bus=QDBusConnection.connectToBus("unix:path=/nonexistent", "no-bus"))
    try:
        clock.jump(AWAY)
        qtbot.waitUntil(lambda: engine.replans == 1, timeout=3000)
        qtbot.wait(200)  # a few more beats find nothing new
        assert engine.replans == 1
        with qtbot.waitSignal(watch.beat, timeout=1000) as beat:
            pass
        assert beat.args == [0.05]  # lent to the gate, with the period it rounds to
    finally:
        watch.stop()
        QDBusConnection.disconnectFromBus("no-bus")


# --- logind on a bus ---------------------------------------------------------------------------


def _emit(bus: QDBusConnection, going: bool) -> None:
    signal = QDBusMessage.createSignal(LOGIND_PATH, LOGIND_MANAGER, "PrepareForSleep")
    signal.setArguments([going])
    assert bus.send(signal)


def test_logind_signals_from_logind_alone_reach_the_handler(
    qtbot: QtBot, private_bus: str, watch: TimeWatch, clock: ZoneClock, engine: FakeEngine
) -> None:
    logind = QDBusConnection.connectToBus(private_bus, "logind")
    impostor = QDBusConnection.connectToBus(private_bus, "impostor")
    app_bus = QDBusConnection.connectToBus(private_bus, "app")
    try:
        assert logind.registerService(LOGIND_SERVICE)
        watch.start(bus=app_bus)
        _emit(logind, True)
        qtbot.wait(200)
        clock.jump(AWAY)
        _emit(impostor, False)
        qtbot.wait(300)
        assert engine.replans == 0
        _emit(logind, False)
        qtbot.waitUntil(lambda: engine.replans == 1, timeout=3000)
        assert [warp.size for warp in engine.warps] == [AWAY]
    finally:
        watch.stop()
        for name in ("logind", "impostor", "app"):
            QDBusConnection.disconnectFromBus(name)


def test_no_system_bus_is_one_log_line_and_timerfd_alone_is_the_event_path(
    qtbot: QtBot, watch: TimeWatch, caplog: pytest.LogCaptureFixture
) -> None:
    del qtbot
    caplog.set_level(logging.INFO)
    watch.start(bus=QDBusConnection.connectToBus("unix:path=/nonexistent", "missing"))
    try:
        assert watch.event_driven
        assert periodic_timers(watch) == []
        assert [r.message for r in caplog.records if "no system bus" in r.message] != []
        assert "time watch: event-driven (timerfd: clock sets and resumes); no" in caplog.text
    finally:
        QDBusConnection.disconnectFromBus("missing")


def test_starting_without_a_bus_listens_on_the_system_bus_or_says_why_not(
    watch: TimeWatch, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO)
    watch.start()
    said = [r.message for r in caplog.records if r.name == "spasmguard.engine.timewatch"]
    assert len(said) == 2
    assert "PrepareForSleep" in said[0] or "no system bus" in said[0]
    assert said[1].startswith("time watch: ")  # which path is in use
    assert watch.heartbeat.isActive() == said[1].startswith("time watch: heartbeat")


# --- the event-driven path ---------------------------------------------------------------------


def test_with_timerfd_and_logind_no_heartbeat_runs_and_the_log_says_so(
    logind_bus: QDBusConnection, watch: TimeWatch, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO)
    watch.start(bus=logind_bus)
    assert watch.event_driven
    assert periodic_timers(watch) == []
    assert "time watch: event-driven (timerfd: clock sets and resumes; logind: s" in caplog.text


def test_a_bus_without_logind_leaves_timerfd_alone_as_the_event_path(
    qtbot: QtBot, private_bus: str, watch: TimeWatch, caplog: pytest.LogCaptureFixture
) -> None:
    """As on CI and in containers: the kernel's timerfd also tells of resumes."""
    del qtbot
    caplog.set_level(logging.INFO)
    app_bus = QDBusConnection.connectToBus(private_bus, "lonely")
    try:
        watch.start(bus=app_bus)
        assert watch.event_driven
        assert periodic_timers(watch) == []
        assert "logind is not running" in caplog.text
        assert "time watch: event-driven (timerfd: clock sets and resumes); no" in caplog.text
    finally:
        QDBusConnection.disconnectFromBus("lonely")


def test_a_test_period_takes_the_heartbeat_path_without_timerfd(
    logind_bus: QDBusConnection,
    clock: ZoneClock,
    engine: FakeEngine,
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.INFO)
    watch = TimeWatch(clock, engine, forced_heartbeat_s=1.0)
    watch.start(bus=logind_bus)
    try:
        assert watch.heartbeat.isActive()
        assert not watch.event_driven  # the fallback, proven where timerfd exists
        assert "time watch: heartbeat every 1 s (test request: no timerfd)" in caplog.text
    finally:
        watch.stop()


def _request_a_beat(watch: TimeWatch, bus: QDBusConnection) -> list[float]:
    """Start the watch on `bus` and ask for a look 30 ms ahead; the list the beats go to."""
    watch.start(bus=bus)
    beats: list[float] = []
    watch.beat.connect(beats.append)
    watch.request_beat(30)
    return beats


def test_a_requested_beat_comes_once_on_the_event_driven_path(
    qtbot: QtBot, logind_bus: QDBusConnection, watch: TimeWatch
) -> None:
    beats = _request_a_beat(watch, logind_bus)
    # Very coarse, as the heartbeat: the OS may round it to a whole second.
    qtbot.waitUntil(lambda: len(beats) == 1, timeout=3000)
    qtbot.wait(1200)
    assert len(beats) == 1
    watch.request_beat(30)
    watch.request_beat(None)  # the gate no longer wants a look
    qtbot.wait(1200)
    assert len(beats) == 1


@pytest.fixture
def no_bus() -> Iterator[QDBusConnection]:
    """A connection to a bus that is not there (no logind)."""
    yield QDBusConnection.connectToBus("unix:path=/nonexistent", "none")
    QDBusConnection.disconnectFromBus("none")


def test_a_requested_beat_rides_on_the_heartbeat_where_one_runs(
    qtbot: QtBot, no_bus: QDBusConnection, clock: ZoneClock, engine: FakeEngine
) -> None:
    watch = TimeWatch(clock, engine, forced_heartbeat_s=60.0)
    try:
        beats = _request_a_beat(watch, no_bus)
        qtbot.wait(1200)
        assert beats == []  # the heartbeat brings it, once a minute
    finally:
        watch.stop()


def test_the_clock_set_watch_is_a_working_realtime_timerfd() -> None:
    """The ctypes structures are right: an alarm 0.1 s ahead fires then, and only then."""
    alarm = ClockSetWatch()
    try:
        assert alarm.consume() == "nothing"  # armed for 2033: nothing to read
        alarm.arm(int(time.time()) + 1)
        assert select.select([alarm.fd], [], [], 0.0)[0] == []
        assert select.select([alarm.fd], [], [], 3.0)[0] == [alarm.fd]
        assert alarm.consume() == "fired"
        assert select.select([alarm.fd], [], [], 0.1)[0] == []  # re-armed far away
    finally:
        alarm.close()


def test_a_real_clock_set_cancels_the_timerfd(machine_clock: MachineClock) -> None:
    """What the kernel does on a clock set, and on a resume (timekeeping_resume)."""
    alarm = ClockSetWatch()
    try:
        machine_clock.shift(timedelta(hours=1))
        machine_clock.restore()
        assert select.select([alarm.fd], [], [], 3.0)[0] == [alarm.fd]
        assert alarm.consume() == "clock set"
        assert select.select([alarm.fd], [], [], 0.1)[0] == []  # re-armed: nothing more
    finally:
        alarm.close()


def test_a_real_clock_set_reaches_the_handler_without_logind(
    qtbot: QtBot,
    no_bus: QDBusConnection,
    watch: TimeWatch,
    engine: FakeEngine,
    machine_clock: MachineClock,
) -> None:
    watch.start(bus=no_bus)
    assert watch.event_driven  # no heartbeat: only the timerfd can ask the engine to look
    machine_clock.shift(-timedelta(hours=1))
    machine_clock.restore()
    # The fake clock saw no warp (only the machine's moved), but the engine was asked to look.
    qtbot.waitUntil(lambda: engine.looks == 1, timeout=3000)


@pytest.fixture
def zone_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, no_bus: QDBusConnection, watch: TimeWatch
) -> Path:
    """A stand-in for /etc/localtime, which the started time watch watches instead."""
    localtime = tmp_path / "localtime"
    localtime.write_text("Europe/Berlin")
    monkeypatch.setattr(timewatch_module, "LOCALTIME", localtime)
    watch.start(bus=no_bus)
    return localtime


def test_a_replaced_zone_file_re_plans_once(
    qtbot: QtBot, zone_file: Path, clock: ZoneClock, engine: FakeEngine
) -> None:
    clock.system_zone = ZoneInfo("Asia/Tokyo")
    replacement = zone_file.with_name("localtime.new")
    replacement.write_text("Asia/Tokyo")
    replacement.rename(zone_file)  # as timedatectl does: a new file, renamed over
    qtbot.waitUntil(lambda: engine.replans == 1, timeout=3000)
    clock.system_zone = ZoneInfo("America/New_York")
    zone_file.write_text("America/New_York")  # the new file is watched too
    qtbot.waitUntil(lambda: engine.replans == 2, timeout=3000)
