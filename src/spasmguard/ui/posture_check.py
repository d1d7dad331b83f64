"""The posture check: a short checklist that asks for an answer instead of a nod.

Each item of the checklist content (``core.habits.load_posture``) is a check box, ticked when
it is right, with a one-line hint on how to put it right. Done hands every answer to the app
(which records them and counts the posture habit as done); Cancel, Esc or closing the window
records nothing. Below the list, one line says which items were missed most often lately, so
the answers lead somewhere. Under the introduction, the caution line of every guided break
links to the warning signs (in ``language``, by default the application's QLocale). The window
is not modal and is deleted when closed.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from spasmguard.core.habits import PostureChecklist
from spasmguard.core.safety import load_professional
from spasmguard.ui.safety_blocks import caution_line
from spasmguard.ui.text_blocks import heading, plain_label

SUMMARY_DAYS = 30
"""How many days the "most often missed" line looks back."""
_SUMMARY_ITEMS = 2
_WIDTH_CHARS = 60

Misses = Sequence[tuple[str, int, int]]
"""(item id, missed, total) per item, most missed first, as History.posture_misses gives."""


class PostureCheck(QDialog):
    """The checklist window. ``submitted`` carries {item id: True if it was right}."""

    submitted = Signal(dict)

    def __init__(
        self,
        checklist: PostureChecklist,
        misses: Misses,
        *,
        language: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(self.tr("Posture check"))
        self._titles = {item.id: item.title for item in checklist.items}
        self._boxes: dict[str, QCheckBox] = {}

        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("How are you sitting?")))
        layout.addWidget(plain_label(checklist.intro))
        layout.addWidget(caution_line(load_professional(language or QLocale().name()).caution))
        indent = self._indicator_width()
        for item in checklist.items:
            box = QCheckBox(item.title)
            box.setObjectName(item.id)
            box.setAccessibleDescription(item.hint)
            hint = plain_label(item.hint, italic=True)
            hint.setContentsMargins(indent, 0, 0, 0)
            layout.addWidget(box)
            layout.addWidget(hint)
            self._boxes[item.id] = box
        summary = plain_label(self._summary(misses))
        summary.setObjectName("summary")
        layout.addWidget(summary)
        layout.addWidget(self._buttons())
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * _WIDTH_CHARS)

    def answers(self) -> dict[str, bool]:
        """Every item's answer as the boxes stand now (True = ticked, it is right)."""
        return {item_id: box.isChecked() for item_id, box in self._boxes.items()}

    def accept(self) -> None:
        """Done: hand over the answers, then close."""
        self.submitted.emit(self.answers())
        super().accept()

    def _buttons(self) -> QDialogButtonBox:
        box = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        done = box.button(QDialogButtonBox.StandardButton.Ok)
        done.setText(self.tr("&Done"))
        done.setToolTip(self.tr("Save these answers; counts as a posture check done"))
        box.accepted.connect(self.accept)
        box.rejected.connect(self.reject)
        return box

    def _indicator_width(self) -> int:
        """How far a check box's text starts from its left edge (so hints line up with it)."""
        style = self.style()
        return style.pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth) + style.pixelMetric(
            QStyle.PixelMetric.PM_CheckBoxLabelSpacing
        )

    def _summary(self, misses: Misses) -> str:
        """One line on the items missed most often lately (or why there is nothing to say)."""
        if not misses:
            return self.tr("Your answers are kept, so this window can show what you miss most.")
        missed = [row for row in misses if row[1] > 0][:_SUMMARY_ITEMS]
        if not missed:
            return self.tr("Last %n days: every item was right at every check.", "", SUMMARY_DAYS)
        parts = (
            self.tr("{title} ({missed} of {total} checks)").format(
                title=self._titles.get(item_id, item_id), missed=count, total=total
            )
            for item_id, count, total in missed
        )
        summary = self.tr("Most often missed in the last %n days: {items}.", "", SUMMARY_DAYS)
        return summary.format(items="; ".join(parts))
