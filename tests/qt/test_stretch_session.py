"""The stretch break window: keys and buttons drive the countdown, finishing reports once."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import UTC, datetime

import pytest
import shiboken6
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from spasmguard.core.clock import FakeClock
from spasmguard.core.languages import SOURCE_LANGUAGE
from spasmguard.core.stretch import load_stretch
from spasmguard.ui.i18n import use_language
from spasmguard.ui.stretch_session import StretchSession, clock_text

ROUTINES = load_stretch()
Make = Callable[..., tuple[StretchSession, FakeClock, list[str]]]


@pytest.fixture
def make(qtbot: QtBot) -> Iterator[Make]:
    windows: list[StretchSession] = []
    chimes: list[str] = []

    def build(chime: bool = True) -> tuple[StretchSession, FakeClock, list[str]]:
        clock = FakeClock(datetime(2026, 3, 2, 10, 0, tzinfo=UTC))
        window = StretchSession(
            ROUTINES,
            monotonic=clock.monotonic,
            chime=(lambda: chimes.append("chime")) if chime else None,
        )
        windows.append(window)
        with qtbot.waitActive(window):
            window.show()
            window.activateWindow()
        return window, clock, chimes

    yield build
    for window in windows:
        if shiboken6.isValid(window):
            window.close()


def button(window: StretchSession, name: str) -> QPushButton:
    found = [b for b in window.findChildren(QPushButton) if b.accessibleName() == name]
    assert len(found) == 1, name
    return found[0]


def press(qtbot: QtBot, window: StretchSession, key: Qt.Key) -> None:
    qtbot.keyClick(window.focusWidget() or window, key)


def test_nothing_runs_until_started_and_the_first_step_is_the_gentle_opening(make: Make) -> None:
    window, _clock, _ = make()
    assert window.countdown is None
    assert not window.timer.isActive()
    assert window.title.text() == ROUTINES[0].steps[0].title
    assert window.drawing.path == ROUTINES[0].steps[0].drawing
    assert not button(window, "Skip").isEnabled()


def test_the_picker_offers_each_routine_with_its_minutes(make: Make) -> None:
    window, _, _ = make()
    items = [window.picker.itemText(i) for i in range(window.picker.count())]
    assert items == [f"{r.minutes} min: {r.title}" for r in ROUTINES]
    window.picker.setCurrentIndex(2)
    assert window.routine is ROUTINES[2]
    assert window.position.text() == f"Step 1 of {len(ROUTINES[2].steps)}"


def test_space_starts_pauses_and_resumes(qtbot: QtBot, make: Make) -> None:
    window, clock, _ = make()
    press(qtbot, window, Qt.Key.Key_Space)
    assert window.countdown is not None
    assert window.timer.isActive()
    assert not window.picker.isEnabled()
    assert button(window, "Pause").isEnabled()
    press(qtbot, window, Qt.Key.Key_Space)
    assert window.countdown.paused
    assert not window.timer.isActive()
    clock.advance(100)
    press(qtbot, window, Qt.Key.Key_Space)
    assert window.countdown.index == 0
    assert window.time_left.text() == clock_text(ROUTINES[0].steps[0].seconds)


@pytest.fixture(params=["en", "ar"])
def language(request: pytest.FixtureRequest) -> Iterator[str]:
    """The app's language for one test (Arabic lays windows out right to left)."""
    use_language(request.param)
    yield request.param
    use_language(SOURCE_LANGUAGE)


def test_the_arrow_pointing_onward_skips_and_the_other_goes_back(
    qtbot: QtBot, make: Make, language: str
) -> None:
    """Right moves on in English; in Arabic the buttons are mirrored, so Left does."""
    onward, back = (
        (Qt.Key.Key_Left, Qt.Key.Key_Right)
        if language == "ar"
        else (Qt.Key.Key_Right, Qt.Key.Key_Left)
    )
    window, _, chimes = make()
    press(qtbot, window, Qt.Key.Key_Space)
    press(qtbot, window, onward)
    press(qtbot, window, onward)
    steps = ROUTINES[0].steps
    assert window.countdown is not None
    assert window.countdown.index == 2
    # Next really is on the side the arrow points to.
    assert (window.skip_button.x() < window.back_button.x()) == (language == "ar")
    # The buttons' tooltips name the key that does it.
    key_name = "Left" if language == "ar" else "Right"
    assert QCoreApplication.translate("StretchSession", key_name) in window.skip_button.toolTip()
    press(qtbot, window, back)
    assert window.countdown.index == 1
    assert window.title.text() == steps[1].title
    assert chimes == ["chime", "chime"], "a skip chimes, going back does not"


def test_the_countdown_shows_time_left_and_moves_on_by_itself(qtbot: QtBot, make: Make) -> None:
    window, clock, chimes = make()
    window.start_or_pause()
    first = ROUTINES[0].steps[0].seconds
    clock.advance(first - 2.5)
    qtbot.waitUntil(lambda: window.time_left.text() == "0:03", timeout=2000)
    clock.advance(2.5)
    qtbot.waitUntil(lambda: window.title.text() == ROUTINES[0].steps[1].title, timeout=2000)
    assert chimes == ["chime"]


def test_finishing_emits_the_stretch_habit_once(qtbot: QtBot, make: Make) -> None:
    window, clock, _ = make(chime=False)
    finished: list[str] = []
    window.finished.connect(finished.append)
    window.start_or_pause()
    clock.advance(ROUTINES[0].minutes * 60 + 30)
    qtbot.waitUntil(lambda: finished != [], timeout=2000)
    assert not window.timer.isActive()
    press(qtbot, window, Qt.Key.Key_Right)
    window.skip()
    qtbot.wait(3 * 200)
    assert finished == ["stretch"]
    assert window.title.text() == "Well done!"
    assert button(window, "Close").isEnabled()
    assert not button(window, "Skip").isEnabled()


def test_skipping_through_every_step_also_finishes(qtbot: QtBot, make: Make) -> None:
    window, _, _ = make()
    finished: list[str] = []
    window.finished.connect(finished.append)
    window.start_or_pause()
    for _ in ROUTINES[0].steps:
        qtbot.mouseClick(button(window, "Skip"), Qt.MouseButton.LeftButton)
    assert finished == ["stretch"]


def test_escape_stops_closes_and_records_nothing(qtbot: QtBot, make: Make) -> None:
    window, clock, _ = make()
    finished: list[str] = []
    window.finished.connect(finished.append)
    window.start_or_pause()
    timer = window.timer
    press(qtbot, window, Qt.Key.Key_Escape)
    assert not timer.isActive()
    assert not window.isVisible()
    clock.advance(1000)
    qtbot.waitUntil(lambda: not shiboken6.isValid(window), timeout=2000)
    assert finished == []


def test_buttons_have_mnemonics_plain_names_and_say_their_key(make: Make) -> None:
    window, _, _ = make()
    for name, key in (("Back", "Left"), ("Start", "Space"), ("Skip", "Right"), ("Stop", "Esc")):
        found = button(window, name)
        assert found.text().replace("&", "") == name
        assert "&" in found.text()
        assert key in found.toolTip()


def test_clock_text_rounds_up_to_whole_seconds() -> None:
    assert [clock_text(s) for s in (0, 0.2, 59.5, 60, 61, 125)] == [
        "0:00",
        "0:01",
        "1:00",
        "1:00",
        "1:01",
        "2:05",
    ]


def test_an_empty_routine_list_is_refused(qtbot: QtBot) -> None:
    with pytest.raises(ValueError, match="routine"):
        StretchSession([])
