""" "If your back is in spasm now": what to do until it eases, and when to get help instead.

A short safety reading panel (ui/reading_panel.py; content from ``core.safety.load_spasm()``),
opened from the tray, from the warning signs and from every guided break. It ends with the
physiotherapist line, the way to the warning signs and the notice.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale

from spasmguard.core.safety import load_spasm
from spasmguard.ui.reading_panel import ReadingPanel
from spasmguard.ui.safety_blocks import PROFESSIONAL
from spasmguard.ui.text_blocks import bullets

_WIDTH_LINES = 32


class SpasmPanel(ReadingPanel):
    """The during-a-spasm steps. ``language`` picks the content (falling back to English);
    by default it follows the application's default QLocale. ContentError if it is broken."""

    def __init__(self, language: str | None = None) -> None:
        language = language or QLocale().name()
        spasm = load_spasm(language)
        super().__init__(spasm.title, [bullets(spasm.steps)], language, PROFESSIONAL, _WIDTH_LINES)
