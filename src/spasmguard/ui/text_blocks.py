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
    QMainWindow,
    QScrollArea,
    QStyle,
    QWidget,
)

from spasmguard.ui.frame_window import content_layout
from spasmguard.ui.reminder_window import plain_label

_HEADING_SCALE = 1.25
_SCREEN_SHARE = 0.9


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


class ReadingPanel(QMainWindow):
    """A window of text to read: a scrolled page above a Close button; Esc closes it too.

    Subclasses build the page and pass it in. The window is deleted when closed. It opens
    ``width_lines`` text lines wide and tall enough to show the whole page where the screen
    allows, so it reads the same at any font size and nothing is hidden below the fold.
    """

    def __init__(self, title: str, page: QWidget, width_lines: int) -> None:
        super().__init__(None, Qt.WindowType.Window)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(title)
        self._width_lines = width_lines
        self._page = page
        self._scroll = scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.StyledPanel)  # holds the focus ring
        scroll.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        scroll.setWidget(page)
        scroll.setAccessibleName(title)  # it takes focus to scroll by keys: say what it holds
        self._buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self._buttons.rejected.connect(self.close)
        self._layout = content_layout(self)
        self._layout.addWidget(scroll)
        self._layout.addWidget(self._buttons)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self).activated.connect(self.close)
        # Qt's first size of a window is at most 2/3 of the screen: ask for the whole hint.
        self.resize(self.sizeHint())

    def sizeHint(self) -> QSize:
        """``width_lines`` lines wide; as tall as the page at that width, within the screen."""
        width = self._width_lines * self.fontMetrics().height()
        layout = self._layout
        margins = layout.contentsMargins()
        # Measured as if the scroll bar were there: the scroll area reserves its room on the
        # slightest doubt, and then the page wraps to more lines than it would without it.
        scroll_bar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        frame = 2 * self._scroll.frameWidth()
        page_width = width - margins.left() - margins.right() - scroll_bar - frame
        page_layout = self._page.layout()
        page = page_layout.totalHeightForWidth(page_width) if page_layout else 0
        height = (
            page
            + frame
            + layout.spacing()
            + self._buttons.sizeHint().height()
            + margins.top()
            + margins.bottom()
        )
        return QSize(
            width, min(height, round(self.screen().availableGeometry().height() * _SCREEN_SHARE))
        )
