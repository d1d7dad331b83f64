""" "When to see a professional": the warning signs in two levels, and what the app is not.

A plain reading panel: the content comes from ``core.safety.load_professional()`` and is shown
as plain text that word-wraps inside a scroll area, so it reads the same in a small window, at
a large font size and full screen. The signs that need help now come first, framed and marked
(see ui/safety_blocks.py). Esc or Close closes it, and it is deleted when closed.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QVBoxLayout, QWidget

from spasmguard.core.safety import load_professional
from spasmguard.ui.reminder_window import plain_label
from spasmguard.ui.safety_blocks import SPASM, SafetyLinks, warning_levels
from spasmguard.ui.text_blocks import ReadingPanel, heading

# Text lines (of the window's font) wide: room to read without lines too long to follow.
_WIDTH_LINES = 36


def _tr(text: str) -> str:
    return QCoreApplication.translate("ProfessionalPanel", text)


class ProfessionalPanel(ReadingPanel):
    """The warning signs, the physiotherapist line, the notice and the way to the spasm panel.

    ``language`` picks the content (falling back to English); by default it follows the
    application's default QLocale. ContentError (from core.habits) if the content is broken.
    """

    def __init__(self, language: str | None = None) -> None:
        title = _tr("When to see a professional")
        super().__init__(title, _page(title, language or QLocale().name()), _WIDTH_LINES)


def _page(title: str, language: str) -> QWidget:
    advice = load_professional(language)
    page = QWidget()
    layout = QVBoxLayout(page)
    layout.addWidget(heading(title))
    layout.addWidget(plain_label(advice.intro))
    layout.addWidget(warning_levels(advice))
    layout.addWidget(plain_label(advice.physiotherapist))
    layout.addWidget(SafetyLinks(SPASM))
    notice = plain_label(advice.notice, italic=True)
    notice.setObjectName("notice")
    layout.addWidget(notice)
    layout.addStretch()
    return page
