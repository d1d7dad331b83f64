"""The paced-breathing break: a circle that grows while you breathe in and shrinks while you
breathe out, for a few minutes.

Where the breath is comes from :func:`spasmguard.core.breathing.breath_at` and how long the
session has run from :class:`spasmguard.core.countdown.Countdown` (which also does pausing), so
this window only paints. Its one animation timer (about 30 frames a second) runs only while
the window is shown and the session is running; it stops on pause, on finishing and on close.
Colours come from the palette, so the pacer is calm in light and dark themes alike. Above the
circle, the caution line of every guided break links to the warning signs.
Finishing emits ``finished("stress")`` exactly once; stopping early emits nothing.
"""

from __future__ import annotations

import logging
import time

from PySide6.QtCore import QLocale, QPointF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QCloseEvent,
    QColor,
    QFont,
    QFontMetricsF,
    QHideEvent,
    QKeySequence,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QShortcut,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QHBoxLayout,
    QMainWindow,
    QPushButton,
    QSizePolicy,
    QWidget,
)

from spasmguard.core.breathing import Breath, Pace, Phase, breath_at, session_seconds
from spasmguard.core.countdown import Countdown, Event, Monotonic
from spasmguard.core.safety import load_professional
from spasmguard.ui.frame_window import content_layout
from spasmguard.ui.safety_blocks import caution_line
from spasmguard.ui.stretch_session import clock_text
from spasmguard.ui.text_blocks import plain_label

log = logging.getLogger(__name__)

HABIT_ID = "stress"
FRAME_MS = 33
_SMALLEST = 0.3  # the circle's radius when the lungs are empty, as a share of the largest
_FILL_ALPHA = 70
_CIRCLE_LINES = 16
_PHASE_SCALE = 1.8


class BreathCircle(QWidget):
    """The growing and shrinking circle with the phase word in its middle."""

    def __init__(self) -> None:
        super().__init__()
        self.size_share = 0.0
        self.words = ""
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        line = self.fontMetrics().height()
        self.setMinimumSize(QSize(line * 8, line * 8))
        self.setAccessibleDescription(
            self.tr("A circle that grows as you breathe in and shrinks as you breathe out.")
        )

    def show_breath(self, size: float, words: str) -> None:
        self.size_share = size
        self.words = words
        self.setAccessibleName(words)
        self.update()

    def sizeHint(self) -> QSize:
        side = self.fontMetrics().height() * _CIRCLE_LINES
        return QSize(side, side)

    def paintEvent(self, _event: QPaintEvent) -> None:
        """A faint ring where the circle will be full, the circle itself, the word on top."""
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        centre = QPointF(self.rect().center())
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * _PHASE_SCALE)
        largest = min(self.width(), self.height()) / 2 - 4
        # The word must sit inside the circle even at its smallest, never across its edge.
        smallest = max(
            largest * _SMALLEST, QFontMetricsF(font).horizontalAdvance(self.words) / 2 + 8
        )
        radius = smallest + (largest - smallest) * self.size_share
        accent = palette.color(QPalette.ColorRole.Highlight)
        painter.setPen(QPen(palette.color(QPalette.ColorRole.Mid), 1.5, Qt.PenStyle.DashLine))
        painter.drawEllipse(centre, largest, largest)
        fill = QColor(accent)
        fill.setAlpha(_FILL_ALPHA)
        painter.setBrush(fill)
        painter.setPen(QPen(accent, 3))
        painter.drawEllipse(centre, radius, radius)
        painter.setFont(font)
        painter.setPen(palette.color(QPalette.ColorRole.WindowText))
        painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.words)
        painter.end()


class BreathingPacer(QMainWindow):
    """The breathing break window; it starts at once and is deleted when closed.

    Keys: Space pauses and resumes, Esc stops (closes). ``language`` picks the caution line's
    language (by default the application's QLocale).
    """

    finished = Signal(str)

    def __init__(
        self,
        pace: Pace,
        minutes: float,
        *,
        monotonic: Monotonic = time.monotonic,
        language: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(self.tr("Breathing break"))
        self.pace = pace
        self.countdown = Countdown([session_seconds(pace, minutes)], monotonic)
        self.timer = QTimer(self)
        self.timer.setInterval(FRAME_MS)
        self.timer.timeout.connect(self._frame)

        self.circle = BreathCircle()
        self.status = plain_label("")
        self.status.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.pause_button = QPushButton()
        self.pause_button.setAutoDefault(False)
        self.pause_button.clicked.connect(self.toggle_pause)
        self.stop_button = QPushButton(self.tr("S&top"))
        self.stop_button.setAccessibleName(self.tr("Stop"))
        self.stop_button.setToolTip(self.tr("Stop (Esc)"))
        self.stop_button.setAutoDefault(False)
        self.stop_button.clicked.connect(self.close)
        buttons = QHBoxLayout()
        buttons.addStretch()
        buttons.addWidget(self.pause_button)
        buttons.addWidget(self.stop_button)
        buttons.addStretch()
        layout = content_layout(self)
        layout.addWidget(caution_line(load_professional(language or QLocale().name()).caution))
        layout.addWidget(self.circle, stretch=1)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        QShortcut(QKeySequence(Qt.Key.Key_Space), self).activated.connect(self.toggle_pause)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self).activated.connect(self.close)
        self._render()

    def toggle_pause(self) -> None:
        if self.countdown.over:
            return
        self.countdown.toggle_pause()
        self._run_timer()
        self._render()

    def _frame(self) -> None:
        if self.countdown.update() is Event.FINISHED:
            self.timer.stop()
            log.info("breathing break finished")
            self.finished.emit(HABIT_ID)
        self._render()

    def _run_timer(self) -> None:
        """Animate only while shown and running."""
        if self.isVisible() and not self.countdown.over and not self.countdown.paused:
            self.timer.start()
        else:
            self.timer.stop()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._run_timer()

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        self.timer.stop()

    def closeEvent(self, event: QCloseEvent) -> None:
        """Stop: the session ends without finishing and the animation stops."""
        self.timer.stop()
        if not self.countdown.over:
            self.countdown.stop()
            log.info("breathing break stopped early")
        super().closeEvent(event)

    def _render(self) -> None:
        countdown = self.countdown
        if countdown.finished:
            self.circle.show_breath(0.0, self.tr("Well done"))
            self.status.setText(self.tr("Your breathing break is recorded as done."))
            self.pause_button.setEnabled(False)
            self.stop_button.setText(self.tr("&Close"))
            self.stop_button.setAccessibleName(self.tr("Close"))
            return
        breath = breath_at(self.pace, countdown.elapsed_total())
        self.circle.show_breath(breath.size, self._words(breath))
        left = clock_text(countdown.total_remaining())
        if countdown.paused:
            self.status.setText(self.tr("Paused, {time} left").format(time=left))
            text, name = self.tr("Res&ume"), self.tr("Resume")
        else:
            self.status.setText(self.tr("{time} left").format(time=left))
            text, name = self.tr("&Pause"), self.tr("Pause")
        self.pause_button.setText(text)
        self.pause_button.setAccessibleName(name)
        self.pause_button.setToolTip(self.tr("{action} (Space)").format(action=name))

    def _words(self, breath: Breath) -> str:
        if breath.phase is Phase.INHALE:
            return self.tr("Breathe in")
        return self.tr("Breathe out")
