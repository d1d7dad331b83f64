"""The breathing pacer: animates only while open and running, finishes once."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import UTC, datetime

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from spasmguard.core.breathing import Pace
from spasmguard.core.clock import FakeClock
from spasmguard.ui.breathing_pacer import FRAME_MS, BreathingPacer

Make = Callable[..., tuple[BreathingPacer, FakeClock]]
DEFAULT_PACE = Pace(4, 6)


@pytest.fixture
def make(qtbot: QtBot) -> Iterator[Make]:
    windows: list[BreathingPacer] = []

    def build(pace: Pace = DEFAULT_PACE, minutes: int = 1) -> tuple[BreathingPacer, FakeClock]:
        clock = FakeClock(datetime(2026, 3, 2, 10, 0, tzinfo=UTC))
        window = BreathingPacer(pace, minutes, monotonic=clock.monotonic)
        windows.append(window)
        with qtbot.waitActive(window):
            window.show()
            window.activateWindow()
        return window, clock

    yield build
    for window in windows:
        if shiboken6.isValid(window):
            window.close()


def button(window: BreathingPacer, name: str) -> QPushButton:
    found = [b for b in window.findChildren(QPushButton) if b.accessibleName() == name]
    assert len(found) == 1, name
    return found[0]


def test_it_animates_at_about_thirty_frames_a_second_while_shown(make: Make) -> None:
    window, _ = make()
    assert window.timer.isActive()
    assert 25 <= 1000 / FRAME_MS <= 40


def test_the_circle_follows_the_breath(qtbot: QtBot, make: Make) -> None:
    window, clock = make(Pace(4, 6))
    assert window.circle.words == "Breathe in"
    clock.advance(2)
    qtbot.waitUntil(lambda: window.circle.size_share == pytest.approx(0.5), timeout=1000)
    clock.advance(2.5)
    qtbot.waitUntil(lambda: window.circle.words == "Breathe out", timeout=1000)
    assert window.circle.size_share > 0.9
    assert window.circle.accessibleName() == "Breathe out"


def test_the_time_left_counts_down_whole_breaths(qtbot: QtBot, make: Make) -> None:
    window, clock = make(Pace(4, 7), minutes=1)
    assert window.status.text() == "1:06 left"
    clock.advance(6)
    qtbot.waitUntil(lambda: window.status.text() == "1:00 left", timeout=1000)


def test_space_pauses_without_animating_and_resumes(qtbot: QtBot, make: Make) -> None:
    window, clock = make()
    clock.advance(1)
    qtbot.keyClick(window, Qt.Key.Key_Space)
    assert not window.timer.isActive()
    assert window.status.text().startswith("Paused")
    size = window.circle.size_share
    clock.advance(30)
    qtbot.wait(100)
    assert window.circle.size_share == size
    qtbot.keyClick(window, Qt.Key.Key_Space)
    assert window.timer.isActive()
    assert button(window, "Pause").isEnabled()


def test_finishing_emits_the_stress_habit_once_and_stops_the_timer(
    qtbot: QtBot, make: Make
) -> None:
    window, clock = make(minutes=1)
    finished: list[str] = []
    window.finished.connect(finished.append)
    clock.advance(59)
    qtbot.wait(100)
    assert finished == []
    clock.advance(1)
    qtbot.waitUntil(lambda: finished != [], timeout=1000)
    assert not window.timer.isActive()
    window.toggle_pause()
    qtbot.wait(100)
    assert finished == ["stress"]
    assert window.circle.words == "Well done"
    assert button(window, "Close").isEnabled()


def test_closing_stops_the_timer_and_records_nothing(qtbot: QtBot, make: Make) -> None:
    window, clock = make()
    finished: list[str] = []
    window.finished.connect(finished.append)
    timer = window.timer
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert not timer.isActive()
    clock.advance(600)
    qtbot.waitUntil(lambda: not shiboken6.isValid(window), timeout=2000)
    assert finished == []


def test_a_hidden_pacer_does_not_animate(make: Make) -> None:
    window, _ = make()
    window.hide()
    assert not window.timer.isActive()
    window.show()
    assert window.timer.isActive()
