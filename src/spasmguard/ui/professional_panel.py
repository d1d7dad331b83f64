""" "When to see a professional": the warning signs in two levels, and what the app is not.

A safety reading panel (ui/reading_panel.py): the content comes from
``core.safety.load_professional()``. The signs that need help now come first, framed and
marked (see ui/safety_blocks.py); the page ends with the way to the spasm panel.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from spasmguard.core.safety import load_professional
from spasmguard.ui.reading_panel import ReadingPanel
from spasmguard.ui.safety_blocks import SPASM, warning_levels
from spasmguard.ui.text_blocks import plain_label

# Text lines (of the window's font) wide: room to read without lines too long to follow.
_WIDTH_LINES = 36


class ProfessionalPanel(ReadingPanel):
    """The warning signs, the physiotherapist line, the notice and the way to the spasm panel.

    ``language`` picks the content (falling back to English); by default it follows the
    application's default QLocale. ContentError (from core.habits) if the content is broken.
    """

    def __init__(self, language: str | None = None) -> None:
        language = language or QLocale().name()
        advice = load_professional(language)
        title = QCoreApplication.translate("ProfessionalPanel", "When to see a professional")
        blocks = [plain_label(advice.intro), warning_levels(advice)]
        super().__init__(title, blocks, language, SPASM, _WIDTH_LINES)
