""" "If your back is in spasm now": what to do until it eases, and when to get help instead.

A short reading panel (content from ``core.safety.load_spasm()``), opened from the tray, from
the warning signs and from every guided break. It ends with the physiotherapist line, the way
to the warning signs and the notice. Esc or Close closes it, and it is deleted when closed.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QVBoxLayout, QWidget

from spasmguard.core.safety import load_professional, load_spasm
from spasmguard.ui.reminder_window import plain_label
from spasmguard.ui.safety_blocks import PROFESSIONAL, SafetyLinks
from spasmguard.ui.text_blocks import ReadingPanel, bullets, heading

_WIDTH_LINES = 32


class SpasmPanel(ReadingPanel):
    """The during-a-spasm steps. ``language`` picks the content (falling back to English);
    by default it follows the application's default QLocale. ContentError if it is broken."""

    def __init__(self, language: str | None = None) -> None:
        language = language or QLocale().name()
        super().__init__(load_spasm(language).title, _page(language), _WIDTH_LINES)


def _page(language: str) -> QWidget:
    spasm = load_spasm(language)
    advice = load_professional(language)
    page = QWidget()
    layout = QVBoxLayout(page)
    layout.addWidget(heading(spasm.title))
    layout.addLayout(bullets(spasm.steps))
    layout.addWidget(plain_label(advice.physiotherapist))
    layout.addWidget(SafetyLinks(PROFESSIONAL))
    notice = plain_label(advice.notice, italic=True)
    notice.setObjectName("notice")
    layout.addWidget(notice)
    layout.addStretch()
    return page
