"""What a screen reader announces when a window opens: a frame or a dialog, named by its title.

Qt reports a plain QWidget window as a "filler" (QAccessible.Client), which Orca passes over;
every window the app opens must come out as a Window ("frame") or a Dialog. The e2e suite
reads the same over AT-SPI (tests/e2e/test_accessibility.py); this checks it without a bus,
and that moving a window's widgets into a QMainWindow's central widget kept its margins.
"""

from __future__ import annotations

from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QLabel, QMainWindow, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from spasmguard.core.commands import OPEN_WINDOWS
from spasmguard.ui.frame_window import content_layout
from tests.qt import test_translated_windows as translated_windows

app_in = translated_windows.app_in
start_app = translated_windows.start_app
history = translated_windows.history

ANNOUNCED = {QAccessible.Role.Window, QAccessible.Role.Dialog}


def test_every_window_is_a_frame_or_a_dialog_named_by_its_title(
    qtbot: QtBot, app_in: object
) -> None:
    app = app_in("en")  # type: ignore[operator]
    windows = translated_windows._open_everything(app, qtbot)
    assert len(windows) > len(OPEN_WINDOWS)  # and the reminder window
    seen = []
    for window in windows:
        accessible = QAccessible.queryAccessibleInterface(window)
        name = accessible.text(QAccessible.Text.Name)
        seen.append((type(window).__name__, accessible.role() in ANNOUNCED, name))
    assert [entry for entry in seen if not entry[1]] == []
    assert [entry for entry in seen if not entry[2].strip()] == []
    assert {name for *_, name in seen} == {window.windowTitle() for window in windows}


def test_a_frames_content_has_the_margins_of_a_windows_own_layout(qtbot: QtBot) -> None:
    plain = QWidget()
    QVBoxLayout(plain).addWidget(QLabel("text"))
    frame = QMainWindow()
    content_layout(frame).addWidget(QLabel("text"))
    for window in (plain, frame):
        qtbot.addWidget(window)
        window.show()
    assert frame.sizeHint() == plain.sizeHint()
