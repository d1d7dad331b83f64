"""Arabic lays the app out right to left, and its clocks still read "09:00".

A real session runs in Arabic (test_translated_windows' app_in): every window the app opens by
name, the reminder window and the tray menu must be mirrored, following QLocale("ar")'s text
direction as ui/i18n.py sets it, and every time editor must show its time in reading order
(QDateTimeEdit reverses its sections under a right-to-left layout) with the same Western digits
as the tray's clock. English stays left to right.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTime
from PySide6.QtWidgets import QTimeEdit
from pytestqt.qtbot import QtBot

from spasmguard.core.commands import OPEN_WINDOWS
from spasmguard.engine.clock_text import number_text
from tests.qt import test_translated_windows as translated_windows

open_everything = translated_windows._open_everything

app_in = translated_windows.app_in
start_app = translated_windows.start_app
history = translated_windows.history


@pytest.mark.parametrize(
    ("language", "direction"),
    [("ar", Qt.LayoutDirection.RightToLeft), ("en", Qt.LayoutDirection.LeftToRight)],
)
def test_windows_and_tray_menu_follow_the_languages_direction(
    qtbot: QtBot, app_in: object, language: str, direction: Qt.LayoutDirection
) -> None:
    app = app_in(language)  # type: ignore[operator]
    windows = open_everything(app, qtbot)
    assert len(windows) >= len(OPEN_WINDOWS)
    wrong = [type(w).__name__ for w in windows if w.layoutDirection() != direction]
    menu = app.desktop.tray.menu
    menu.refresh()
    assert wrong == []
    assert menu.layoutDirection() == direction


def test_time_editors_read_in_clock_order_in_arabic(qtbot: QtBot, app_in: object) -> None:
    app = app_in("ar")  # type: ignore[operator]
    windows = open_everything(app, qtbot)
    editors = [e for w in windows for e in w.findChildren(QTimeEdit)]
    assert len(editors) >= 4  # settings (start, end) and welcome (start, end)
    for editor in editors:
        editor.setTime(QTime(9, 15))  # the test settings' 00:00 reads the same either way
    assert [e.text() for e in editors] == ["09:15"] * len(editors)


def test_arabic_writes_the_same_digits_as_its_clock(app_in: object) -> None:
    """The tray shows "09:30" (engine/clock_text.py) next to the water line's amounts."""
    app_in("ar")  # type: ignore[operator]
    assert number_text(2000) == "2000"
