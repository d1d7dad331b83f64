"""A focus ring that keyboard users can always see.

The default style shows keyboard focus on most controls but not on two, as the e2e keyboard
tour found: a dialog's default button looks the same with and without the focus (it is drawn as
the default either way), and a scroll area shows nothing at all, nor does a list whose current
line is highlighted anyway (the history's day lists). This proxy style draws a ring in the
palette's highlight colour around a focused push button and inside the frame of a focused
scroll area or list (given a frame two pixels wide to hold it), and leaves the rest of the look
to the base style, so the app keeps the desktop's look.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QPainter, QPalette, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QProxyStyle,
    QScrollArea,
    QStyle,
    QStyleOption,
    QWidget,
)

_RING_WIDTH = 2


class FocusRingStyle(QProxyStyle):
    """The application's style with a visible ring on focused buttons, scroll areas and
    lists."""

    def drawControl(
        self,
        element: QStyle.ControlElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        super().drawControl(element, option, painter, widget)
        if option.state & QStyle.StateFlag.State_HasFocus and _ringed(element, widget):
            painter.save()
            painter.setPen(QPen(option.palette.color(QPalette.ColorRole.Highlight), _RING_WIDTH))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            half = _RING_WIDTH / 2
            painter.drawRect(QRectF(option.rect).adjusted(half, half, -half, -half))
            painter.restore()

    def pixelMetric(
        self,
        metric: QStyle.PixelMetric,
        option: QStyleOption | None = None,
        widget: QWidget | None = None,
    ) -> int:
        """Scroll areas and lists get a frame as wide as the ring, so the ring is not hidden."""
        value = super().pixelMetric(metric, option, widget)
        if metric == QStyle.PixelMetric.PM_DefaultFrameWidth and _is_scroll_area(widget):
            return max(value, _RING_WIDTH)
        return value


def _ringed(element: QStyle.ControlElement, widget: QWidget | None) -> bool:
    if element == QStyle.ControlElement.CE_PushButton:
        return True
    return element == QStyle.ControlElement.CE_ShapedFrame and _is_scroll_area(widget)


def _is_scroll_area(widget: QWidget | None) -> bool:
    """A focusable scroll area, or a framed list (not a combo box's popup: no frame there)."""
    if isinstance(widget, QAbstractItemView) and widget.frameShape() == QFrame.Shape.NoFrame:
        return False
    if not isinstance(widget, QScrollArea | QAbstractItemView):
        return False
    return widget.focusPolicy() != Qt.FocusPolicy.NoFocus
