"""Building blocks for the text of the app's windows (reminders, lifting, warning signs, welcome).

Shared so that every panel's headings and lists look and wrap the same way. Everything is
plain text (content never becomes markup) and sized from the font, so it reads at any size.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QGridLayout, QLabel, QLayout

_HEADING_SCALE = 1.25


def plain_label(text: str, *, bold: bool = False, italic: bool = False) -> QLabel:
    """A word-wrapped label that shows text literally, never as rich text."""
    label = QLabel()
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setText(text)
    if bold or italic:
        font = QFont(label.font())
        font.setBold(bold)
        font.setItalic(italic)
        label.setFont(font)
    return label


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
