"""The safety blocks every advice window shares: warning signs, the caution line, the links.

The warning signs come in two levels and the urgent one is always first and set apart by more
than colour: a frame, an alert icon, a larger heading and its instruction in bold. The links to
the safety panels are one widget, :class:`SafetyLinks`, which only names the window it wants;
the app connects every SafetyLinks inside a window it builds (:func:`connect_safety_links`),
so no window needs wiring of its own to reach the warning signs or the during-a-spasm panel.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from spasmguard.core.safety import ProfessionalAdvice, WarningLevel
from spasmguard.ui.text_blocks import bullets, heading, plain_label

PROFESSIONAL = "professional"
"""Window name of the warning signs ("When to see a professional")."""
SPASM = "spasm"
"""Window name of "If your back is in spasm now"."""
_ICON_LINES = 2
_URGENT_FRAME_WIDTH = 3


class SafetyLinks(QWidget):
    """Buttons to the safety panels named in ``targets`` (PROFESSIONAL, SPASM), in that order.

    A click emits ``open_requested`` with the window name; each button's object name is that
    name too, so tests and screen readers find the same button.
    """

    open_requested = Signal(str)

    def __init__(self, *targets: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        labels = {
            PROFESSIONAL: self.tr("Warning si&gns…"),
            SPASM: self.tr("&If your back is in spasm now…"),
        }
        tips = {
            PROFESSIONAL: self.tr("When to see a professional, and when to get help now"),
            SPASM: self.tr("What to do while your back is in spasm"),
        }
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        for target in targets:
            button = QPushButton(labels[target])
            button.setObjectName(target)
            button.setToolTip(tips[target])
            button.setAutoDefault(False)
            button.clicked.connect(lambda _=False, name=target: self.open_requested.emit(name))
            row.addWidget(button)
        row.addStretch()


def connect_safety_links(window: QWidget, open_window: Callable[[str], None]) -> None:
    """Let every SafetyLinks inside ``window`` open its panel through ``open_window``."""
    for links in window.findChildren(SafetyLinks):
        links.open_requested.connect(open_window)


def _icon(window_icon: QStyle.StandardPixmap, name: str, lines: int) -> QLabel:
    """A standard style icon ``lines`` text lines high, named for screen readers.

    It is a plain label like every other one of the panels (plain text, wrapping), so the
    panels' rule "no label is rich text or clips" holds for it too.
    """
    label = plain_label("")
    side = label.fontMetrics().height() * lines
    icon = label.style().standardIcon(window_icon)
    label.setPixmap(icon.pixmap(QSize(side, side), label.devicePixelRatioF()))
    label.setAccessibleName(name)
    return label


def caution_line(caution: str) -> QWidget:
    """The guided breaks' one-line caution, then the links to the warning signs and the panel
    for a back in spasm. The label's object name is "caution"."""
    widget = QWidget()
    widget.setObjectName("caution-line")
    row = QHBoxLayout(widget)
    row.setContentsMargins(0, 0, 0, 0)
    row.addWidget(
        _icon(
            QStyle.StandardPixmap.SP_MessageBoxWarning,
            QCoreApplication.translate("SafetyBlocks", "Caution"),
            1,
        ),
        alignment=Qt.AlignmentFlag.AlignTop,
    )
    label = plain_label(caution)
    label.setObjectName("caution")
    row.addWidget(label, stretch=1)
    row.addWidget(SafetyLinks(PROFESSIONAL, SPASM))
    return widget


def warning_levels(advice: ProfessionalAdvice) -> QWidget:
    """Both levels of warning signs: "get help now" framed and first, "see a doctor soon" next."""
    widget = QWidget()
    layout = QVBoxLayout(widget)
    layout.setContentsMargins(0, 0, 0, 0)
    urgent = _level(advice.urgent, QStyle.StandardPixmap.SP_MessageBoxCritical, urgent=True)
    urgent.setObjectName("urgent")
    urgent.setFrameShape(QFrame.Shape.Box)
    urgent.setLineWidth(_URGENT_FRAME_WIDTH)
    soon = _level(advice.soon, QStyle.StandardPixmap.SP_MessageBoxWarning, urgent=False)
    soon.setObjectName("soon")
    layout.addWidget(urgent)
    layout.addWidget(soon)
    return widget


def _level(level: WarningLevel, icon: QStyle.StandardPixmap, *, urgent: bool) -> QFrame:
    """One level: its icon beside its title, what to do (bold when urgent), the signs."""
    frame = QFrame()
    frame.setAccessibleName(level.title)
    layout = QVBoxLayout(frame)
    title = QHBoxLayout()
    title.addWidget(_icon(icon, level.title, _ICON_LINES))
    title.addWidget(heading(level.title), stretch=1)
    layout.addLayout(title)
    layout.addWidget(plain_label(level.action, bold=urgent))
    layout.addLayout(bullets(level.signs))
    return frame
