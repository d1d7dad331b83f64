"""The idle app sets up no periodic timer on Linux's event-driven path (timerfd, with or without
logind).

Every wakeup of a resting tray app costs battery; between reminders the physical limit is
none. The app's own timers are inspected through Qt (every QTimer among the session's
and the desktop's children, which own the engine, the gate, the time watch, the notifier and
the tray): none may be running and repeating. That holds where logind runs and where it does
not (CI, containers): the kernel's timerfd tells of resumes as of clock sets. The heartbeat
path, where there is no timerfd, is the exception tested in test_timewatch.py.
"""

from __future__ import annotations

import os
import subprocess
import time
from datetime import timedelta

import pytest
from PySide6.QtCore import QObject, QTimer
from PySide6.QtDBus import QDBusConnection
from pytestqt.qtbot import QtBot

from spasmguard.engine import timewatch as timewatch_module
from spasmguard.engine.gate import Sources
from spasmguard.engine.idle import DesktopIdle, X11Idle
from spasmguard.engine.readings import FlagAnswer, IdleAnswer, IdleSource
from spasmguard.engine.x11 import XServer
from tests.qt.conftest import periodic_timers
from tests.qt.test_controller import TITLES, MakeRig, make_rig

__all__ = ["make_rig"]  # the session tests' fixture, used here

AWAY_S = 1.5  # the away threshold, shortened (the setting counts whole minutes)
FIVE_MINUTES_MS = 5 * 60_000


def test_the_idle_app_keeps_no_periodic_timer(
    qtbot: QtBot,
    make_rig: MakeRig,
    system_bus: QDBusConnection,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(timewatch_module, "_system_bus", lambda: system_bus)
    rig = make_rig()
    qtbot.wait(300)  # let start-up's queued calls and single shots run
    assert rig.session.timewatch.event_driven
    assert periodic_timers(rig.session) == []
    assert periodic_timers(rig.desktop) == []


class LatePick(IdleSource):
    """A source read on demand (no events) that says it works only when the test lets it, as a
    D-Bus service answers later: the pick comes after the session started."""

    def __init__(self) -> None:
        super().__init__()
        self.probes: list[FlagAnswer] = []

    def probe(self, done: FlagAnswer) -> None:
        self.probes.append(done)

    def read(self, done: IdleAnswer) -> None:
        done(0.0)


def test_a_source_read_on_demand_picked_after_start_gets_its_reading_at_the_threshold(
    qtbot: QtBot,
    make_rig: MakeRig,
    logind_bus: QDBusConnection,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The fallback path: without events, the first reading worth taking is when the user
    could have been away for the threshold (5 minutes), on the time watch's one-shot timer."""
    monkeypatch.setattr(timewatch_module, "_system_bus", lambda: logind_bus)
    source = LatePick()
    rig = make_rig(sources=Sources(DesktopIdle([source])))
    qtbot.wait(300)
    assert short_timers(rig.session) == []
    source.probes.pop()(True)
    # Qt's default coarse timers may fire up to 5 % late, and remainingTime() says so.
    latest_ms = int(FIVE_MINUTES_MS * 1.05)
    qtbot.waitUntil(lambda: bool(timers_due_within(rig.session, latest_ms + 1)))
    (due_ms,) = timers_due_within(rig.session, latest_ms + 1)
    assert FIVE_MINUTES_MS - 5000 < due_ms <= latest_ms
    assert periodic_timers(rig.session) == []


def timers_due_within(owner: QObject, limit_ms: int) -> list[int]:
    """When each running QTimer among `owner`'s children is due, if within `limit_ms`."""
    return [
        timer.remainingTime()
        for timer in owner.findChildren(QTimer)
        if timer.isActive() and timer.remainingTime() < limit_ms
    ]


def short_timers(owner: QObject) -> list[str]:
    """Every running QTimer among `owner`'s children due within five minutes (a reading on a
    minute's beat would be one; the reminders' own timer is set for much later)."""
    return [
        f"{type(timer.parent()).__name__}: {timer.remainingTime()} ms"
        for timer in owner.findChildren(QTimer)
        if timer.isActive() and timer.remainingTime() < FIVE_MINUTES_MS
    ]


def test_the_app_takes_no_reading_on_a_timer_while_the_user_is_away_on_x11(
    qtbot: QtBot,
    xvfb: str,
    make_rig: MakeRig,
    logind_bus: QDBusConnection,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The real X server source on Xvfb: the away threshold passes, a reminder falls due and is
    held, and no timer is set for any of it; input (xdotool) brings the return as an event."""
    monkeypatch.setattr(timewatch_module, "_system_bus", lambda: logind_bus)
    monkeypatch.setenv("DISPLAY", xvfb)
    server = XServer.open(xvfb)
    assert server is not None
    idle = DesktopIdle([X11Idle(server)])
    qtbot.waitUntil(lambda: idle.describe() != "nothing")
    try:
        assert idle.event_driven, idle.describe()
        rig = make_rig(sources=Sources(idle))
        gate = rig.session.gate
        gate.presence.threshold = timedelta(seconds=AWAY_S)
        idle.watch(AWAY_S)
        move_pointer(xvfb)
        qtbot.waitUntil(lambda: gate.presence.away, timeout=round(AWAY_S * 1000) + 5000)
        rig.restart_timer("hydration", minutes_ago=24 * 60)  # due now, through the scheduler
        qtbot.waitUntil(lambda: list(gate.held) == ["hydration"])
        qtbot.wait(300)  # the queued hand-over of the gate's next look to the time watch
        assert short_timers(rig.session) == []
        assert short_timers(rig.desktop) == []
        assert periodic_timers(rig.session) == []
        back = time.monotonic()
        with qtbot.waitSignal(gate.came_back, timeout=5000):
            move_pointer(xvfb)
        assert time.monotonic() - back < 2.0
        assert [r.title for r in rig.sent] == [TITLES["hydration"]]
    finally:
        idle.close()
        server.close()


def move_pointer(display: str) -> None:
    """Real input through the X server's XTEST extension, as a user's mouse would give."""
    env = {**os.environ, "DISPLAY": display}
    subprocess.run(["xdotool", "mousemove_relative", "--", "3", "3"], env=env, check=True)
