"""The guided stretch break: pick a routine, then follow its steps with a drawing and a countdown.

All timing lives in :class:`spasmguard.core.countdown.Countdown`; this window only renders its
state and forwards keys and buttons to it, so the rules are tested without Qt. Under the routine
picker, the caution line of every guided break links to the warning signs. The window is
deleted when closed. Finishing a routine emits ``finished("stretch")`` exactly once; stopping
early emits nothing, because a half-done break is neither done nor a decision to skip it.
Keys: Space starts, pauses and resumes; Left goes back a step; Right skips one; Esc stops.
"""

from __future__ import annotations

import logging
import math
import time
from collections.abc import Callable, Sequence

from PySide6.QtCore import QByteArray, QLocale, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QFont, QKeySequence, QPainter, QPaintEvent, QShortcut
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from spasmguard.core.countdown import Countdown, Event, Monotonic
from spasmguard.core.resources import read_bytes
from spasmguard.core.safety import load_professional
from spasmguard.core.stretch import Routine, StretchStep
from spasmguard.ui.frame_window import content_layout
from spasmguard.ui.i18n import back_and_next_keys
from spasmguard.ui.safety_blocks import caution_line
from spasmguard.ui.text_blocks import plain_label

log = logging.getLogger(__name__)

HABIT_ID = "stretch"
TICK_MS = 200
_DRAWING_LINES = QSize(16, 12)
_COUNTDOWN_SCALE = 2.2
_TITLE_SCALE = 1.3


def clock_text(seconds: float) -> str:
    """Whole seconds left, rounded up, as m:ss (so 0:00 shows only when time is really up)."""
    whole = math.ceil(max(0.0, seconds) - 1e-9)
    return f"{whole // 60}:{whole % 60:02d}"


def scaled_label(text: str, scale: float, *, bold: bool = False) -> QLabel:
    """A plain, word-wrapped label in a font ``scale`` times the usual size."""
    label = plain_label(text, bold=bold)
    font = QFont(label.font())
    font.setPointSizeF(font.pointSizeF() * scale)
    label.setFont(font)
    return label


class SvgView(QWidget):
    """Shows one SVG from ``resources/`` at whatever size the layout gives, aspect kept."""

    def __init__(self) -> None:
        super().__init__()
        self._renderer = QSvgRenderer(self)
        self._renderer.setAspectRatioMode(Qt.AspectRatioMode.KeepAspectRatio)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.path = ""

    def show_svg(self, path: str, title: str, description: str) -> None:
        """Load ``path`` (e.g. ``icons/stretch/march.svg``); a missing file leaves it blank.

        ``title`` and ``description`` tell a screen reader what the drawing shows.
        """
        self.path = path
        self.setAccessibleName(self.tr("Drawing: {title}").format(title=title))
        self.setAccessibleDescription(description)
        try:
            data = read_bytes(*path.split("/"))
        except FileNotFoundError:
            log.warning("stretch drawing %s is missing", path)
            data = b""
        self._renderer.load(QByteArray(data))
        self.update()

    def sizeHint(self) -> QSize:
        """Large enough to read the figure, in proportion to the font."""
        return _DRAWING_LINES * self.fontMetrics().height()

    def paintEvent(self, _event: QPaintEvent) -> None:
        if self._renderer.isValid():
            painter = QPainter(self)
            self._renderer.render(painter, QRectF(self.rect()))
            painter.end()


class StretchSession(QMainWindow):
    """The stretch break window. ``routines`` must not be empty (the first is preselected).

    ``monotonic`` is the clock the countdown reads (tests pass a fake one); ``chime`` is called
    when a step ends by itself or is skipped (None: silent); ``language`` picks the caution
    line's language (by default the application's QLocale).
    """

    finished = Signal(str)

    def __init__(
        self,
        routines: Sequence[Routine],
        *,
        monotonic: Monotonic = time.monotonic,
        chime: Callable[[], None] | None = None,
        language: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        if not routines:
            raise ValueError("a stretch session needs at least one routine")
        super().__init__(parent, Qt.WindowType.Window)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(self.tr("Stretch break"))
        self._routines = tuple(routines)
        self._monotonic = monotonic
        self._chime = chime
        self.countdown: Countdown | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self._tick)

        layout = content_layout(self)
        layout.addLayout(self._picker())
        layout.addWidget(caution_line(load_professional(language or QLocale().name()).caution))
        layout.addWidget(self._step_area(), stretch=1)
        layout.addWidget(self._progress_bar())
        layout.addLayout(self._buttons())
        self._add_keys()
        self._render()
        self.start_button.setFocus()

    @property
    def routine(self) -> Routine:
        """The routine picked (and, once started, the one running)."""
        return self._routines[self.picker.currentIndex()]

    # --- building -----------------------------------------------------------------------------

    def _picker(self) -> QHBoxLayout:
        self.picker = QComboBox()
        for routine in self._routines:
            self.picker.addItem(
                self.tr("{minutes} min: {title}").format(
                    minutes=routine.minutes, title=routine.title
                )
            )
        self.picker.setAccessibleName(self.tr("Routine"))
        self.picker.currentIndexChanged.connect(self._render)
        label = QLabel(self.tr("&Routine:"))
        label.setBuddy(self.picker)
        row = QHBoxLayout()
        row.addWidget(label)
        row.addWidget(self.picker, stretch=1)
        return row

    def _step_area(self) -> QWidget:
        """The drawing on the left; step number, title, instruction and countdown on the right."""
        self.drawing = SvgView()
        self.position = plain_label("")
        self.title = scaled_label("", _TITLE_SCALE, bold=True)
        self.instruction = plain_label("")
        self.time_left = scaled_label("", _COUNTDOWN_SCALE, bold=True)
        self.time_left.setAccessibleName(self.tr("Time left in this step"))
        texts = QVBoxLayout()
        for widget in (self.position, self.title, self.instruction):
            texts.addWidget(widget)
        texts.addStretch()
        texts.addWidget(self.time_left)
        area = QWidget()
        row = QHBoxLayout(area)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.drawing, stretch=3)
        row.addLayout(texts, stretch=2)
        return area

    def _progress_bar(self) -> QProgressBar:
        self.progress = QProgressBar()
        self.progress.setTextVisible(False)
        self.progress.setMaximumHeight(max(6, self.fontMetrics().height() // 2))
        self.progress.setAccessibleName(self.tr("Routine progress"))
        return self.progress

    def _buttons(self) -> QHBoxLayout:
        """Back, Start/Pause/Resume, Skip and Stop, each with a mnemonic and a plain name."""
        key_names = {Qt.Key.Key_Left: self.tr("Left"), Qt.Key.Key_Right: self.tr("Right")}
        back_key, next_key = back_and_next_keys(self)
        self.back_button = self._button(self.tr("&Back"), self.tr("Back"), key_names[back_key])
        self.start_button = self._button(self.tr("&Start"), self.tr("Start"), self.tr("Space"))
        self.skip_button = self._button(self.tr("S&kip"), self.tr("Skip"), key_names[next_key])
        self.stop_button = self._button(self.tr("S&top"), self.tr("Stop"), self.tr("Esc"))
        self.back_button.clicked.connect(self.back)
        self.start_button.clicked.connect(self.start_or_pause)
        self.skip_button.clicked.connect(self.skip)
        self.stop_button.clicked.connect(self.close)
        row = QHBoxLayout()
        row.addWidget(self.back_button)
        row.addWidget(self.start_button)
        row.addWidget(self.skip_button)
        row.addStretch()
        row.addWidget(self.stop_button)
        return row

    def _button(self, text: str, name: str, key: str) -> QPushButton:
        button = QPushButton(text)
        button.setAccessibleName(name)
        button.setToolTip(self.tr("{action} ({key})").format(action=name, key=key))
        button.setAutoDefault(False)
        return button

    def _add_keys(self) -> None:
        back_key, next_key = back_and_next_keys(self)
        keys = {
            Qt.Key.Key_Space: self.start_or_pause,
            back_key: self.back,
            next_key: self.skip,
            Qt.Key.Key_Escape: self.close,
        }
        for key, slot in keys.items():
            QShortcut(QKeySequence(key), self).activated.connect(slot)

    # --- acting -------------------------------------------------------------------------------

    def start_or_pause(self) -> None:
        """Start the picked routine, or pause / resume the running one."""
        if self.countdown is None:
            steps = self.routine.steps
            self.countdown = Countdown([step.seconds for step in steps], self._monotonic)
            self.picker.setEnabled(False)
            self.timer.start()
        elif not self.countdown.over:
            self.countdown.toggle_pause()
            self._run_timer()
        self._render()

    def back(self) -> None:
        if self.countdown is not None:
            self.countdown.back()
            self._render()

    def skip(self) -> None:
        if self.countdown is not None:
            self._react(self.countdown.skip())

    def _tick(self) -> None:
        if self.countdown is not None:
            self._react(self.countdown.update())

    def _react(self, event: Event | None) -> None:
        """Chime on a new step, report a finished routine (the countdown reports it once)."""
        if event is not None and self._chime is not None:
            self._chime()
        if event is Event.FINISHED:
            self.timer.stop()
            log.info("stretch routine %s finished", self.routine.id)
            self.finished.emit(HABIT_ID)
        self._render()

    def _run_timer(self) -> None:
        """The timer runs only while the countdown does (not paused, not over)."""
        countdown = self.countdown
        if countdown is not None and not countdown.over and not countdown.paused:
            self.timer.start()
        else:
            self.timer.stop()

    def closeEvent(self, event: QCloseEvent) -> None:
        """Stop: the countdown ends without finishing and the timer is stopped."""
        self.timer.stop()
        if self.countdown is not None and not self.countdown.over:
            self.countdown.stop()
            log.info("stretch routine %s stopped early", self.routine.id)
        super().closeEvent(event)

    # --- rendering ----------------------------------------------------------------------------

    def _render(self) -> None:
        countdown = self.countdown
        steps = self.routine.steps
        index = countdown.index if countdown is not None else 0
        self._show_step(steps[index], index, len(steps))
        total = sum(step.seconds for step in steps)
        if countdown is None:
            self.time_left.setText(clock_text(steps[0].seconds))
            self.progress.setRange(0, total)
            self.progress.setValue(0)
        else:
            self.time_left.setText(clock_text(countdown.remaining()))
            self.progress.setValue(round(countdown.elapsed_total()))
        self._render_buttons()
        if countdown is not None and countdown.finished:
            self.position.setText(self.tr("Routine complete"))
            self.title.setText(self.tr("Well done!"))
            self.instruction.setText(self.tr("Your stretch break is recorded as done."))

    def _show_step(self, step: StretchStep, index: int, count: int) -> None:
        self.position.setText(
            self.tr("Step {number} of {count}").format(number=index + 1, count=count)
        )
        self.title.setText(step.title)
        self.instruction.setText(step.text)
        if self.drawing.path != step.drawing:
            self.drawing.show_svg(step.drawing, step.title, step.text)

    def _render_buttons(self) -> None:
        countdown = self.countdown
        active = countdown is not None and not countdown.over
        self.back_button.setEnabled(active)
        self.skip_button.setEnabled(active)
        self.start_button.setEnabled(countdown is None or active)
        if countdown is None:
            text, name = self.tr("&Start"), self.tr("Start")
        elif countdown.paused:
            text, name = self.tr("Res&ume"), self.tr("Resume")
        else:
            text, name = self.tr("&Pause"), self.tr("Pause")
        self.start_button.setText(text)
        self.start_button.setAccessibleName(name)
        self.start_button.setToolTip(
            self.tr("{action} ({key})").format(action=name, key=self.tr("Space"))
        )
        finished = countdown is not None and countdown.finished
        self.stop_button.setText(self.tr("&Close") if finished else self.tr("S&top"))
        self.stop_button.setAccessibleName(self.tr("Close") if finished else self.tr("Stop"))
