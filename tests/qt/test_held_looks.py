"""A held reminder is looked at again on the event-driven time watch, where no heartbeat runs.

The gate decides to hold a reminder (a fullscreen window, a silenced server) only when the
desktop's answers come, which may be long after the reminder fell due. On the heartbeat path
the next heartbeat took the look a minute later; on the event-driven path the time watch arms
one single-shot timer for the moment the gate names, so the gate must say when that moment is
set. The desktop's answer comes here from the event loop, half a second late, as a slow D-Bus
service or the compositor's IPC gives it.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QTimer
from pytestqt.qtbot import QtBot

from spasmguard.engine.gate import MIN_CHECK_SECONDS
from spasmguard.engine.readings import Detector, FlagAnswer
from tests.qt.test_controller import MakeRig, make_rig

__all__ = ["make_rig"]  # the session tests' fixture, used here

ANSWER_MS = 500


def _hold_later(_detector: Detector, done: FlagAnswer) -> None:
    """Every detector says "hold", half a second after it was asked."""
    QTimer.singleShot(ANSWER_MS, lambda: done(True))


def test_a_reminder_held_when_late_answers_come_gets_its_look_a_minute_later(
    qtbot: QtBot, make_rig: MakeRig, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(Detector, "read", _hold_later)
    rig = make_rig()
    watch, gate = rig.session.timewatch, rig.session.gate
    assert watch.event_driven
    beats: list[float] = []
    watch.beat.connect(beats.append)
    rig.restart_timer("hydration", minutes_ago=24 * 60)  # due now, through the scheduler
    qtbot.waitUntil(lambda: list(gate.held) == ["hydration"], timeout=5000)
    qtbot.wait(300)  # the queued hand-over of the gate's next look to the time watch
    armed = [
        timer.remainingTime()
        for timer in watch.findChildren(QTimer)
        if timer.isActive() and timer.isSingleShot()
    ]
    assert len(armed) == 1
    # A very coarse timer: Qt rounds it to whole seconds.
    assert abs(armed[0] - MIN_CHECK_SECONDS * 1000) < 5000
    assert beats == []  # no look was taken while the answers were on their way
    assert rig.sent == []
