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

import pytest
from PySide6.QtDBus import QDBusConnection
from pytestqt.qtbot import QtBot

from spasmguard.engine import timewatch as timewatch_module
from tests.qt.conftest import periodic_timers
from tests.qt.test_controller import MakeRig, make_rig

__all__ = ["make_rig"]  # the session tests' fixture, used here


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
