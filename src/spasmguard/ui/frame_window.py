"""The content of a top-level window that is not a dialog, which is a QMainWindow.

A screen reader announces a window by its role and name. Qt tells AT-SPI that a plain QWidget
window is a "filler" (QAccessible.Client), which Orca passes over in silence; a QMainWindow is
a "frame" (QAccessible.Window) named by its window title. So every window of the app that is
not a QDialog (those are announced as "dialog") derives from QMainWindow and puts its widgets
in a central widget, as QMainWindow keeps its own layout.
"""

from __future__ import annotations

from PySide6.QtWidgets import QMainWindow, QStyle, QVBoxLayout, QWidget

_MARGINS = (
    QStyle.PixelMetric.PM_LayoutLeftMargin,
    QStyle.PixelMetric.PM_LayoutTopMargin,
    QStyle.PixelMetric.PM_LayoutRightMargin,
    QStyle.PixelMetric.PM_LayoutBottomMargin,
)


def content_layout(window: QMainWindow) -> QVBoxLayout:
    """A vertical layout for ``window``'s widgets, on a new central widget.

    It keeps the margins the style gives a window's own layout (a little wider than those
    inside a widget), so the window looks as it did when the layout sat on the window itself.
    """
    body = QWidget()
    window.setCentralWidget(body)
    layout = QVBoxLayout(body)
    style = window.style()
    layout.setContentsMargins(*(style.pixelMetric(metric, None, window) for metric in _MARGINS))
    return layout
