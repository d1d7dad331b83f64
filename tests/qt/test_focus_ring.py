"""The focus ring: drawn on focused push buttons, scroll areas and lists, nowhere else."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QRect
from PySide6.QtGui import QColor, QImage, QPainter, QPalette
from PySide6.QtWidgets import (
    QFrame,
    QListWidget,
    QPushButton,
    QScrollArea,
    QStyle,
    QStyleOption,
    QStyleOptionButton,
    QStyleOptionFrame,
    QWidget,
)
from pytestqt.qtbot import QtBot

from spasmguard.ui.focus_ring import FocusRingStyle

SIZE = 60
HIGHLIGHT = QColor("#ff00ff")  # a colour no style draws by itself


def highlight_pixels(
    element: QStyle.ControlElement, option: QStyleOption, widget: QWidget, focused: bool
) -> int:
    """How many pixels of the highlight colour the style draws for `element`."""
    style = FocusRingStyle()
    option.rect = QRect(0, 0, SIZE, SIZE)
    option.palette.setColor(QPalette.ColorRole.Highlight, HIGHLIGHT)
    if focused:
        option.state |= QStyle.StateFlag.State_HasFocus
    image = QImage(SIZE, SIZE, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    style.drawControl(element, option, painter, widget)
    painter.end()
    wanted = HIGHLIGHT.rgb()
    return sum(image.pixel(x, y) == wanted for x in range(SIZE) for y in range(SIZE))


def test_a_focused_button_gets_a_ring(qtbot: QtBot) -> None:
    button = QPushButton("Done")
    qtbot.addWidget(button)
    option = QStyleOptionButton()
    option.initFrom(button)
    element = QStyle.ControlElement.CE_PushButton
    assert highlight_pixels(element, option, button, focused=False) == 0
    assert highlight_pixels(element, option, button, focused=True) >= 4 * (SIZE - 4)


def frameless_list() -> QListWidget:
    """A list without a frame, as a combo box's popup shows its choices in."""
    view = QListWidget()
    view.setFrameShape(QFrame.Shape.NoFrame)
    return view


@pytest.mark.parametrize(
    ("make", "ringed"),
    [(QScrollArea, True), (QListWidget, True), (frameless_list, False), (QWidget, False)],
)
def test_scroll_area_frames_get_a_ring_and_room_for_it(
    qtbot: QtBot, make: Callable[[], QWidget], ringed: bool
) -> None:
    widget = make()
    qtbot.addWidget(widget)
    option = QStyleOptionFrame()
    option.initFrom(widget)
    element = QStyle.ControlElement.CE_ShapedFrame
    assert highlight_pixels(element, option, widget, focused=False) == 0
    ring = highlight_pixels(element, option, widget, focused=True)
    assert (ring >= 4 * (SIZE - 4)) is ringed
    metric = QStyle.PixelMetric.PM_DefaultFrameWidth
    base = widget.style().pixelMetric(metric)
    width = FocusRingStyle().pixelMetric(metric, None, widget)
    assert width == (max(base, 2) if ringed else base)
