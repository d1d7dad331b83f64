""" "When to see a professional": the red flags that need a doctor, not an app, and the notice.

A plain reading panel: the content comes from ``core.habits.load_professional()`` and is shown
as plain text that word-wraps inside a scroll area, so it reads the same in a small window, at
a large font size and full screen. Esc or Close closes it, and it is deleted when closed.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, QSize, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFrame,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from spasmguard.core.habits import load_professional
from spasmguard.ui.reminder_window import plain_label
from spasmguard.ui.text_blocks import bullets, heading

# Text lines (of the window's font) wide and high: room to read without a wall of text.
_PANEL_SIZE_LINES = QSize(34, 24)


class ProfessionalPanel(QWidget):
    """The red flags and the not-medical-advice notice, in a window of their own.

    ``language`` picks the content (falling back to English); by default it follows the
    application's default QLocale. ContentError (from core.habits) if the content is broken.
    """

    def __init__(self, language: str | None = None, *, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(self.tr("When to see a professional"))

        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        scroll.setWidget(self._content(language or QLocale().name()))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)

        layout = QVBoxLayout(self)
        layout.addWidget(scroll)
        layout.addWidget(buttons)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self).activated.connect(self.close)

    def sizeHint(self) -> QSize:
        """A comfortable reading size, in proportion to the font."""
        return _PANEL_SIZE_LINES * self.fontMetrics().height()

    def _content(self, language: str) -> QWidget:
        advice = load_professional(language)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(heading(self.tr("When to see a professional")))
        layout.addWidget(plain_label(advice.intro))
        layout.addLayout(bullets(advice.red_flags))
        notice = plain_label(advice.notice, italic=True)
        notice.setObjectName("notice")
        layout.addWidget(notice)
        layout.addStretch()
        return page
