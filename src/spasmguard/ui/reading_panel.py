"""The base of the two safety panels ("When to see a professional", "If your back is in spasm
now"): their window, and the lines both pages end with, kept in one place.

Everything is plain text (content never becomes markup) and sized from the font, so it reads the
same in a small window, at a large font size and full screen.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFrame,
    QLayout,
    QMainWindow,
    QScrollArea,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from spasmguard.core.safety import ProfessionalAdvice, load_professional
from spasmguard.ui.frame_window import content_layout
from spasmguard.ui.safety_blocks import SafetyLinks
from spasmguard.ui.text_blocks import heading, plain_label

_SCREEN_SHARE = 0.9
Blocks = Sequence[QWidget | QLayout]
"""What a panel shows between its heading and the closing lines, top to bottom."""


class ReadingPanel(QMainWindow):
    """A safety text to read: a scrolled page above a Close button; Esc closes it too.

    The page is the title as its heading, the subclass's ``blocks``, then what every safety
    panel ends with: the physiotherapist line, the ``link`` to the other safety panel and the
    not-medical-advice notice. The window is deleted when closed. It opens
    ``width_lines`` text lines wide and tall enough to show the whole page where the screen
    allows, so it reads the same at any font size and nothing is hidden below the fold.
    """

    def __init__(
        self, title: str, blocks: Blocks, language: str, link: str, width_lines: int
    ) -> None:
        super().__init__(None, Qt.WindowType.Window)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(title)
        self._width_lines = width_lines
        self._page = page = _page(title, blocks, load_professional(language), link)
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


def _page(title: str, blocks: Blocks, advice: ProfessionalAdvice, link: str) -> QWidget:
    page = QWidget()
    layout = QVBoxLayout(page)
    layout.addWidget(heading(title))
    for block in blocks:
        if isinstance(block, QLayout):
            layout.addLayout(block)
        else:
            layout.addWidget(block)
    layout.addWidget(plain_label(advice.physiotherapist))
    layout.addWidget(SafetyLinks(link))
    notice = plain_label(advice.notice, italic=True)
    notice.setObjectName("notice")
    layout.addWidget(notice)
    layout.addStretch()
    return page
