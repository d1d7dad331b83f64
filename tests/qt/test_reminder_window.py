"""The app's own reminder window: one answer per window, plain text, never steals focus.

Here: keys wait until the user chose the window. That it stays on top, does not take focus
when it appears, and takes keys once clicked, needs a window manager:
tests/e2e/test_reminder_keyboard.py (openbox) and tests/e2e/test_wayland_desktops.py (sway).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
import shiboken6
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QProgressBar, QPushButton

from spasmguard.ui.reminder_window import ReminderWindow

Answers = list[tuple[str, str]]
MakeWindow = Callable[..., tuple[ReminderWindow, Answers]]


@pytest.fixture
def make_window(qtbot) -> Iterator[MakeWindow]:
    """Builds shown reminder windows that record what they emit; cleans up the survivors."""
    windows: list[ReminderWindow] = []

    def make(body: str = "Sit back.", timeout: float = 30.0, icon=None, can_start=False):
        window = ReminderWindow(
            "posture", "Posture check", body, icon, timeout, can_start=can_start
        )
        answers: Answers = []
        window.answered.connect(lambda habit_id, answer: answers.append((habit_id, answer)))
        windows.append(window)
        window.show()
        qtbot.waitExposed(window)
        return window, answers

    yield make
    for window in windows:
        if shiboken6.isValid(window):
            window.withdraw()


def button(window: ReminderWindow, name: str) -> QPushButton:
    """The button whose accessible name is ``name``."""
    found = [b for b in window.findChildren(QPushButton) if b.accessibleName() == name]
    assert len(found) == 1
    return found[0]


@pytest.mark.parametrize(
    ("name", "answer"), [("Done", "done"), ("Snooze", "snooze"), ("Skip", "skip")]
)
def test_each_button_answers_once_and_closes_the_window(qtbot, make_window, name, answer):
    window, answers = make_window()
    qtbot.mouseClick(button(window, name), Qt.MouseButton.LeftButton)
    assert answers == [("posture", answer)]
    assert not window.isVisible()
    qtbot.waitUntil(lambda: not shiboken6.isValid(window), timeout=2000)
    assert answers == [("posture", answer)]


def test_timeout_emits_missed_once(qtbot, make_window):
    window, answers = make_window(timeout=0.3)
    with qtbot.waitSignal(window.answered, timeout=2000) as blocker:
        pass
    assert blocker.args == ["posture", "missed"]
    qtbot.wait(500)
    assert answers == [("posture", "missed")]
    assert not shiboken6.isValid(window), "the window is deleted once it closed itself"


def test_a_click_after_the_answer_emits_nothing_and_the_timeout_is_cancelled(qtbot, make_window):
    window, answers = make_window(timeout=1.0)
    done, skip = button(window, "Done"), button(window, "Skip")
    done.click()
    skip.click()
    qtbot.wait(1300)
    assert answers == [("posture", "done")]


def test_closing_unanswered_counts_as_missed_but_withdraw_is_silent(make_window):
    closed, closed_answers = make_window()
    withdrawn, withdrawn_answers = make_window()
    closed.close()
    withdrawn.withdraw()
    assert closed_answers == [("posture", "missed")]
    assert withdrawn_answers == []
    assert not withdrawn.isVisible()


def test_markup_in_the_body_shows_literally(make_window):
    body = "<b>Sit</b> back & <a href='x'>relax</a>"
    window, _ = make_window(body=body)
    labels = [label for label in window.findChildren(QLabel) if label.text() == body]
    assert len(labels) == 1
    assert labels[0].textFormat() == Qt.TextFormat.PlainText
    assert labels[0].wordWrap()


def test_the_window_takes_the_keyboard_when_asked_and_is_gone_once_closed(qtbot, make_window):
    """Refusing focus altogether would leave a keyboard user no way to answer it. (Staying on
    top and not taking focus on its own need a window manager: see the module docstring.)"""
    window, answers = make_window()
    other = QLineEdit()
    qtbot.addWidget(other)
    other.show()
    other.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is other)
    window.activateWindow()  # what a click on it asks for...
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    choose(qtbot, window)  # ...and the click itself lets its keys work
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    assert answers == [("posture", "missed")]
    qtbot.waitUntil(lambda: not shiboken6.isValid(window), timeout=2000)


def choose(qtbot, window: ReminderWindow) -> None:
    """Click the window's icon-and-text area, as a user choosing it does."""
    qtbot.mouseClick(window, Qt.MouseButton.LeftButton, pos=QPoint(4, 4))
    assert window.keys_on


def test_escape_dismisses_the_reminder_as_missed(qtbot, make_window):
    window, answers = make_window()
    choose(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert answers == [("posture", "missed")]
    assert not window.isVisible()


def test_other_keys_do_not_answer(qtbot, make_window):
    window, answers = make_window()
    choose(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_A)
    qtbot.keyClick(window, Qt.Key.Key_Return)
    assert answers == []
    assert window.isVisible()


def test_window_sits_in_the_bottom_right_corner_with_a_margin(make_window):
    window, _ = make_window(body="A longer prompt that needs to wrap over a few lines. " * 3)
    area = QGuiApplication.primaryScreen().availableGeometry()
    frame = window.frameGeometry()
    assert area.contains(frame)
    right_gap = area.right() - frame.right()
    bottom_gap = area.bottom() - frame.bottom()
    assert 0 < right_gap < area.width() // 10
    assert 0 < bottom_gap < area.height() // 10
    body = next(label for label in window.findChildren(QLabel) if label.text().startswith("A "))
    assert body.height() >= body.heightForWidth(body.width()), "the prompt is cut off"


def test_buttons_have_mnemonics_and_plain_accessible_names(make_window):
    window, _ = make_window()
    for name in ("Done", "Snooze", "Skip"):
        found = button(window, name)
        assert "&" in found.text()
        assert found.text().replace("&", "") == name
        assert found.accessibleDescription()


def test_countdown_bar_drains(qtbot, make_window):
    window, _ = make_window(timeout=2.0)
    bar = window.findChild(QProgressBar)
    assert bar.value() == bar.maximum()
    qtbot.waitUntil(lambda: bar.value() < bar.maximum() * 0.9, timeout=1500)


def test_habit_icon_is_shown_from_its_resource_path(make_window):
    with_icon, _ = make_window(icon="icons/habit-posture.svg")
    without_icon, _ = make_window(icon=None)
    pixmaps = [label.pixmap() for label in with_icon.findChildren(QLabel)]
    shown = [pixmap for pixmap in pixmaps if not pixmap.isNull()]
    assert len(shown) == 1
    assert shown[0].deviceIndependentSize().height() >= with_icon.fontMetrics().height() * 2
    assert all(label.pixmap().isNull() for label in without_icon.findChildren(QLabel))


@pytest.mark.parametrize("timeout", [0, -5])
def test_a_reminder_without_a_positive_timeout_is_refused(qtbot, timeout):
    with pytest.raises(ValueError, match="timeout_seconds"):
        ReminderWindow("posture", "Posture check", "Sit back.", None, timeout)


def test_a_guided_break_offers_start_first_which_answers_start(qtbot, make_window):
    window, answers = make_window(can_start=True)
    names = [b.accessibleName() for b in window.findChildren(QPushButton)]
    assert names == ["Start", "Done", "Snooze", "Skip"]
    start = button(window, "Start")
    assert "&" in start.text()
    assert start.accessibleDescription()
    qtbot.mouseClick(start, Qt.MouseButton.LeftButton)
    assert answers == [("posture", "start")]


def test_other_reminders_have_no_start_button(make_window):
    window, _ = make_window()
    assert "Start" not in [b.accessibleName() for b in window.findChildren(QPushButton)]


def test_keys_do_nothing_until_the_user_clicks_in_the_window(qtbot, make_window):
    """Keys typed for another window that land here (sway focused it) must not answer."""
    window, answers = make_window(can_start=True)
    start = button(window, "Start")
    start.setFocus()
    qtbot.keyClick(start, Qt.Key.Key_Space)
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert (answers, window.isVisible(), window.keys_on) == ([], True, False)
    choose(qtbot, window)
    start.setFocus()
    qtbot.keyClick(start, Qt.Key.Key_Space)
    assert answers == [("posture", "start")]


def test_focus_on_appearing_leaves_keys_off_but_focus_given_later_turns_them_on(qtbot):
    now = [100.0]
    window = ReminderWindow("posture", "Posture check", "Sit back.", None, 30, clock=lambda: now[0])
    answers: Answers = []
    window.answered.connect(lambda habit_id, answer: answers.append((habit_id, answer)))
    window.show()
    qtbot.waitExposed(window)
    snooze = button(window, "Snooze")
    QApplication.sendEvent(window, QEvent(QEvent.Type.WindowActivate))
    qtbot.keyClick(snooze, Qt.Key.Key_Space)
    assert (answers, window.keys_on) == ([], False)
    now[0] += 2.0  # the user switches to it a while later (Alt+Tab)
    QApplication.sendEvent(window, QEvent(QEvent.Type.WindowActivate))
    qtbot.keyClick(snooze, Qt.Key.Key_Space)
    assert answers == [("posture", "snooze")]


def test_the_window_title_says_it_is_a_reminder(make_window):
    window, _ = make_window()
    assert window.windowTitle() == "Reminder: Posture check"
    assert window.accessibleName() == window.windowTitle()
