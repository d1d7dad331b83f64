"""The safe-lifting quick reference: numbered steps with drawings, do and don't lists, and the
warning signs that need a professional.

Everything sits in one scroll area and every text word-wraps, so the panel reads the same in a
small corner window and full screen. Drawings are painted from the SVG on every repaint at
whatever size the layout gives them, so they stay sharp at any size and pixel ratio. All text
comes from content data and is shown as plain text, never interpreted as markup.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QByteArray, QLocale, QRectF, QSize, Qt
from PySide6.QtGui import QKeySequence, QPainter, QPaintEvent, QResizeEvent, QShortcut
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLayout,
    QMainWindow,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from spasmguard.core.habits import LiftingStep, load_lifting
from spasmguard.core.resources import read_bytes
from spasmguard.core.safety import load_professional
from spasmguard.ui.frame_window import content_layout
from spasmguard.ui.safety_blocks import PROFESSIONAL, SPASM, SafetyLinks, warning_levels
from spasmguard.ui.text_blocks import bullets, heading, plain_label

log = logging.getLogger(__name__)

# Sizes in multiples of the font's line height, so the panel grows with the user's font.
_DRAWING_LINES = 8
_DRAWING_MIN_LINES = 4
_DRAWING_MAX_LINES = 16
_STEP_COLUMN_LINES = 32
_LIST_COLUMN_LINES = 24
_PANEL_SIZE_LINES = QSize(40, 36)


class LiftingPanel(QMainWindow):
    """The quick-reference window; it is deleted when closed, and Esc closes it.

    Its warning-sign section ends with links (SafetyLinks) to the full warning signs and to
    the during-a-spasm panel.

    ``language`` picks the content (falling back to English); by default it follows
    the application's default QLocale, like the translations of the window's own strings.
    """

    def __init__(self, language: str | None = None, *, parent: QWidget | None = None) -> None:
        """ContentError (from core.habits) if the packaged content is broken.

        A parent only owns the panel: it stays a window of its own.
        """
        super().__init__(parent, Qt.WindowType.Window)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(self.tr("Safe lifting"))
        content = self._content(language or QLocale().name())

        self._scroll = QScrollArea()
        self._scroll.setWidgetResizable(True)
        self._scroll.setFrameShape(QFrame.Shape.StyledPanel)  # holds the focus ring
        self._scroll.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._scroll.setWidget(content)
        self._scroll.setAccessibleName(self.windowTitle())
        layout = content_layout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._scroll)

        close = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        close.activated.connect(self.close)

    @property
    def scroll_area(self) -> QScrollArea:
        """The scroll area holding all the text (it takes the keyboard focus)."""
        return self._scroll

    def sizeHint(self) -> QSize:
        """A comfortable reading size, in proportion to the font."""
        return _PANEL_SIZE_LINES * self.fontMetrics().height()

    def _content(self, language: str) -> QWidget:
        """The scrolled page: steps, then do and don't, then when to see a professional."""
        guide = load_lifting(language)
        advice = load_professional(language)
        page = QWidget()
        layout = QVBoxLayout(page)
        line = self.fontMetrics().height()
        layout.addWidget(heading(self.tr("Lift safely, step by step")))
        steps = [self._step(number, step) for number, step in enumerate(guide.steps, start=1)]
        layout.addWidget(_Columns(steps, line * _STEP_COLUMN_LINES))
        lists = [
            _section(heading(self.tr("Do")), bullets(guide.dos)),
            _section(heading(self.tr("Don't")), bullets(guide.donts)),
        ]
        layout.addWidget(_Columns(lists, line * _LIST_COLUMN_LINES))
        layout.addWidget(heading(self.tr("When to see a professional")))
        layout.addWidget(plain_label(advice.intro))
        layout.addWidget(warning_levels(advice))
        layout.addWidget(plain_label(advice.notice, italic=True))
        layout.addWidget(SafetyLinks(PROFESSIONAL, SPASM))
        layout.addStretch()
        return page

    def _step(self, number: int, step: LiftingStep) -> QWidget:
        """The drawing on the left, the numbered title and its explanation on the right."""
        heading = self.tr("{number}. {title}").format(number=number, title=step.title)
        texts = QVBoxLayout()
        texts.addWidget(plain_label(heading, bold=True))
        texts.addWidget(plain_label(step.text))
        texts.addStretch()

        widget = QWidget()
        row = QHBoxLayout(widget)
        row.setContentsMargins(0, 0, 0, 0)
        drawing = _drawing(step)
        if drawing is not None:
            row.addWidget(drawing, stretch=1, alignment=Qt.AlignmentFlag.AlignTop)
        row.addLayout(texts, stretch=2)
        return widget


class _Columns(QWidget):
    """Widgets side by side in as many columns as fit, at least one; re-flowed on resize.

    Wide windows then show two steps per row instead of lines of text twice as long as is
    comfortable to read, and narrow ones keep one readable column.
    """

    def __init__(self, items: list[QWidget], min_column_width: int) -> None:
        super().__init__()
        self._items = items
        self._min_column_width = min_column_width
        self._columns = 0
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._flow(1)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Re-flow into the number of columns that fits the new width."""
        super().resizeEvent(event)
        self._flow(max(1, event.size().width() // self._min_column_width))

    def _flow(self, columns: int) -> None:
        columns = min(columns, len(self._items))
        if columns == self._columns:
            return
        for item in self._items:
            self._grid.removeWidget(item)
        for index, item in enumerate(self._items):
            row, column = divmod(index, columns)
            self._grid.addWidget(item, row, column, Qt.AlignmentFlag.AlignTop)
        for column in range(max(columns, self._columns)):
            self._grid.setColumnStretch(column, 1 if column < columns else 0)
        self._columns = columns


class _Drawing(QWidget):
    """An SVG that fills its width and keeps its proportions (height follows width)."""

    def __init__(self, renderer: QSvgRenderer, step: LiftingStep) -> None:
        """A screen reader hears it is a drawing of the step, and what the step shows."""
        super().__init__()
        renderer.setParent(self)
        renderer.setAspectRatioMode(Qt.AspectRatioMode.KeepAspectRatio)
        self._renderer = renderer
        self.setAccessibleName(self.tr("Drawing: {title}").format(title=step.title))
        self.setAccessibleDescription(step.text)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        line = self.fontMetrics().height()
        self.setMinimumWidth(line * _DRAWING_MIN_LINES)
        self.setMaximumWidth(line * _DRAWING_MAX_LINES)

    def hasHeightForWidth(self) -> bool:
        """Yes: the drawing keeps the aspect ratio of its SVG."""
        return True

    def heightForWidth(self, width: int) -> int:
        """The height that shows the whole drawing at ``width``."""
        size = self._renderer.viewBoxF().size()
        return round(width * size.height() / size.width())

    def sizeHint(self) -> QSize:
        """A few text lines wide, so drawings grow with the font."""
        width = self.fontMetrics().height() * _DRAWING_LINES
        return QSize(width, self.heightForWidth(width))

    def paintEvent(self, _event: QPaintEvent) -> None:
        """Draw the SVG as vectors, centred in the widget."""
        painter = QPainter(self)
        self._renderer.render(painter, QRectF(self.rect()))
        painter.end()


def _drawing(step: LiftingStep) -> _Drawing | None:
    """The step's drawing, or None (logged) when the file is missing or not a usable SVG."""
    try:
        renderer = QSvgRenderer(QByteArray(read_bytes(*step.drawing.split("/"))))
    except FileNotFoundError:
        log.warning("lifting drawing %s is missing", step.drawing)
        return None
    if not renderer.isValid() or renderer.viewBoxF().isEmpty():
        log.warning("lifting drawing %s is not a usable SVG", step.drawing)
        return None
    return _Drawing(renderer, step)


def _section(title: QWidget, body: QLayout) -> QWidget:
    """A heading above its body, as one widget that can be placed in _Columns."""
    widget = QWidget()
    layout = QVBoxLayout(widget)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(title)
    layout.addLayout(body)
    return widget
