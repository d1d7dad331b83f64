"""TimeWatch: suspends, resumes, clock jumps and zone changes reach the engine once each.

The planner is real and sees a FakeClock (``jump`` moves only the wall clock, as a suspend does);
the engine is a stand-in that applies the planner's gap rules and counts re-plans. logind is a
stand-in too: a second connection on a private D-Bus bus that owns logind's name and emits
``PrepareForSleep``, so the real QtDBus wiring (sender, path, interface, slot) is exercised.
"""

from __future__ import annotations

import logging
import subprocess
from collections.abc import Iterator
from datetime import datetime, timedelta, tzinfo
from datetime import time as clock_time
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt
from PySide6.QtDBus import QDBusConnection, QDBusMessage
from pytestqt.qtbot import QtBot

from spasmguard.core import planner
from spasmguard.core.clock import FakeClock
from spasmguard.core.planner import HabitPlan, PlanConfig, TimeWarp, WorkingHours
from spasmguard.core.state import RuntimeState
from spasmguard.engine.timewatch import (
    HEARTBEAT_ENV,
    HEARTBEAT_SECONDS,
    LOGIND_MANAGER,
    LOGIND_PATH,
    LOGIND_SERVICE,
    TimeWatch,
    heartbeat_seconds,
)

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

    def check_clock(self) -> bool:
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


def test_production_heartbeat_is_a_very_coarse_timer_at_most_once_a_minute(
    watch: TimeWatch,
) -> None:
    assert heartbeat_seconds({}) == HEARTBEAT_SECONDS >= 60
    assert watch.heartbeat.interval() >= 60_000
    assert watch.heartbeat.timerType() == Qt.TimerType.VeryCoarseTimer
    assert not watch.heartbeat.isSingleShot()


def test_tests_may_shorten_the_heartbeat_through_the_environment() -> None:
    assert heartbeat_seconds({HEARTBEAT_ENV: "1.5"}) == 1.5


@pytest.mark.parametrize("raw", ["", "soon", "0", "-3", "nan", "inf"])
def test_a_bad_heartbeat_value_falls_back_to_once_a_minute(
    raw: str, caplog: pytest.LogCaptureFixture
) -> None:
    assert heartbeat_seconds({HEARTBEAT_ENV: raw}) == HEARTBEAT_SECONDS
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
    watch = TimeWatch(clock, engine, period_seconds=0.05)
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


@pytest.fixture
def private_bus() -> Iterator[str]:
    """A throw-away dbus-daemon; its address."""
    daemon = subprocess.Popen(
        ["dbus-daemon", "--session", "--nofork", "--print-address=1"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    assert daemon.stdout is not None
    with daemon.stdout:
        try:
            yield daemon.stdout.readline().strip()
        finally:
            daemon.terminate()
            daemon.wait(timeout=5)


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


def test_no_system_bus_is_one_log_line_and_the_heartbeat_still_runs(
    qtbot: QtBot, watch: TimeWatch, caplog: pytest.LogCaptureFixture
) -> None:
    del qtbot
    caplog.set_level(logging.INFO)
    watch.start(bus=QDBusConnection.connectToBus("unix:path=/nonexistent", "missing"))
    try:
        assert watch.heartbeat.isActive()
        assert [r.message for r in caplog.records if "no system bus" in r.message] != []
    finally:
        QDBusConnection.disconnectFromBus("missing")


def test_starting_without_a_bus_listens_on_the_system_bus_or_says_why_not(
    watch: TimeWatch, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO)
    watch.start()
    assert watch.heartbeat.isActive()
    said = [r.message for r in caplog.records if r.name == "spasmguard.engine.timewatch"]
    assert len(said) == 1
    assert "PrepareForSleep" in said[0] or "no system bus" in said[0]
