"""Building blocks for the reading panels (lifting, warning signs, during a spasm, welcome).

Shared so that every panel's headings and lists look and wrap the same way. Everything is
plain text (content never becomes markup) and sized from the font, so it reads at any size.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QLabel,
    QLayout,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from spasmguard.ui.reminder_window import plain_label

_HEADING_SCALE = 1.25


def heading(text: str) -> QLabel:
    """A section heading: the label font, bold and a little larger."""
    label = plain_label(text, bold=True)
    font = QFont(label.font())
    font.setPointSizeF(font.pointSizeF() * _HEADING_SCALE)
    label.setFont(font)
    label.setContentsMargins(0, label.fontMetrics().height() // 2, 0, 0)
    return label


def bullets(items: tuple[str, ...]) -> QLayout:
    """A bulleted list whose wrapped lines hang under their first line, not under the bullet."""
    grid = QGridLayout()
    grid.setColumnStretch(1, 1)
    for row, item in enumerate(items):
        grid.addWidget(plain_label("•"), row, 0, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(plain_label(item), row, 1)
    return grid


class ReadingPanel(QWidget):
    """A window of text to read: a scrolled page above a Close button; Esc closes it too.

    Subclasses build the page and pass it in. The window is deleted when closed and opens
    ``size_lines`` text lines wide and high, so it reads the same at any font size.
    """

    def __init__(self, title: str, page: QWidget, size_lines: QSize) -> None:
        super().__init__(None, Qt.WindowType.Window)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(title)
        self._size_lines = size_lines
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        scroll.setWidget(page)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll)
        layout.addWidget(buttons)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self).activated.connect(self.close)

    def sizeHint(self) -> QSize:
        """A comfortable reading size, in proportion to the font."""
        return self._size_lines * self.fontMetrics().height()
