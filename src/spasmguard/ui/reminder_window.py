"""spasmguard's own reminder window: the fallback when no notification server answers, and a
style the user can choose.

It behaves like a notification: it shows in the bottom-right corner of the screen the pointer is
on (on sway, top right where mako shows notifications), stays on top, and appears without
taking keyboard focus, so a key the user was about to type can't land on Done or Skip by
accident. Not every desktop honours that (sway focused it, and a typed space pressed Start), so
the window also ignores every key until the user has chosen it: a click in it, or focus given
to it later than the moment it appeared (a compositor focuses a new window at once; a user
switching to it with the keyboard does so later). From then on the keyboard works as in any
window: Tab between the buttons, their mnemonics (Alt+D for Done), Escape to dismiss it.
It answers exactly once: a button, or "missed" when its time runs out or it is closed
unanswered. The app can withdraw() it silently when the reminder was answered elsewhere (tray
menu, command line, notification).
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Sequence
from functools import cache

from PySide6.QtCore import QEvent, QObject, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QCloseEvent,
    QCursor,
    QGuiApplication,
    QIcon,
    QKeyEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPixmap,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from spasmguard.engine.sway_rules import SwayRules
from spasmguard.ui.buffer_rows import on_wayland, unpadded_width
from spasmguard.ui.frame_window import content_layout
from spasmguard.ui.icons import svg_icon
from spasmguard.ui.text_blocks import plain_label

# Sizes in multiples of the font's line height, so the window grows with the user's font.
_ICON_LINES = 3
_WIDTH_CHARS = 56
_SCREEN_MARGIN_LINES = 1
_TICK_MS = 200
# A focus that comes this soon after the window appeared is the compositor's, not the user's.
_FOCUS_GRACE_S = 1.0
# Key events (and the shortcuts they would trigger) that wait until the user chose the window.
_KEY_EVENTS = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.KeyRelease,
        QEvent.Type.ShortcutOverride,
        QEvent.Type.Shortcut,
    }
)

IconSource = QIcon | str | Sequence[str] | None


class ReminderWindow(QMainWindow):
    """A small always-on-top reminder with Done / Snooze / Skip and a countdown bar.

    ``icon`` is a QIcon, a resource path such as ``"icons/habit-posture.svg"``, the same path
    already split into parts, or None for no icon. ``answered`` carries (habit_id, answer), the
    answer being "done", "snooze", "skip" or "missed"; the window then closes and is deleted.
    With ``can_start`` a Start button comes first; its answer "start" opens the guided break.
    With ``can_add_glass`` a "+ a glass" button comes first; its answer "glass" counts a glass
    of water and the reminder as done.
    """

    answered = Signal(str, str)

    def __init__(
        self,
        habit_id: str,
        title: str,
        body: str,
        icon: IconSource,
        timeout_seconds: float,
        *,
        can_start: bool = False,
        can_add_glass: bool = False,
        parent: QWidget | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        """ValueError if timeout_seconds is not positive: an unanswered reminder must end.

        ``clock`` (seconds, monotonic) tells a focus given on appearing from a later one.
        """
        if timeout_seconds <= 0:
            raise ValueError(f"timeout_seconds must be positive, not {timeout_seconds!r}")
        super().__init__(parent)
        self._habit_id = habit_id
        self._settled = False
        self._clock = clock
        self._shown_at: float | None = None
        self._keys_on = False
        self.setWindowFlags(
            Qt.WindowType.Tool
            | Qt.WindowType.FramelessWindowHint
            | Qt.WindowType.WindowStaysOnTopHint
        )
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setAutoFillBackground(True)
        # Its own title, not the habit's: a guided break window may carry the habit's.
        self.setWindowTitle(self.tr("Reminder: {title}").format(title=title))
        self.setAccessibleName(self.windowTitle())

        self._deadline = QTimer(self)
        self._deadline.setSingleShot(True)
        self._deadline.setInterval(round(timeout_seconds * 1000))
        self._deadline.timeout.connect(lambda: self._settle("missed"))
        self._tick = QTimer(self)
        self._tick.setInterval(_TICK_MS)
        self._tick.timeout.connect(self._show_remaining)

        self._progress = self._countdown_bar()
        self._content = layout = content_layout(self)
        layout.addLayout(self._header(title, body, icon))
        layout.addWidget(self._buttons(can_start, can_add_glass))
        layout.addWidget(self._progress)
        # Wider than the usual measure only when the buttons need it (longer words in German).
        measure = self.fontMetrics().averageCharWidth() * _WIDTH_CHARS
        width = max(measure, layout.minimumSize().width())
        if on_wayland():  # see ui/buffer_rows.py
            width = unpadded_width(width, self.devicePixelRatioF())
        self.setFixedWidth(width)
        for widget in (self, *self.findChildren(QWidget)):
            widget.installEventFilter(self)

    @property
    def keys_on(self) -> bool:
        """Whether the window answers the keyboard yet (the user has chosen it)."""
        return self._keys_on

    @property
    def habit_id(self) -> str:
        """The habit this reminder is about."""
        return self._habit_id

    def withdraw(self) -> None:
        """Close without answering: the reminder was already answered somewhere else."""
        self._settled = True
        self.close()

    # --- building -------------------------------------------------------------------------

    def _header(self, title: str, body: str, icon: IconSource) -> QHBoxLayout:
        """Icon on the left; the habit's name above the prompt on the right."""
        title_label = plain_label(title, bold=True)
        self._body = plain_label(body)

        texts = QVBoxLayout()
        texts.addWidget(title_label)
        texts.addWidget(self._body)
        texts.addStretch()

        header = QHBoxLayout()
        pixmap = self._icon_pixmap(icon)
        if pixmap is not None:
            icon_label = QLabel()
            icon_label.setPixmap(pixmap)
            icon_label.setAlignment(Qt.AlignmentFlag.AlignTop)
            header.addWidget(icon_label)
        header.addLayout(texts, stretch=1)
        return header

    def _buttons(self, can_start: bool, can_add_glass: bool) -> QDialogButtonBox:
        """[Start] [+ a glass] Done / Snooze / Skip, each with a mnemonic, accessible name and
        description."""
        box = QDialogButtonBox()
        start = ("start", self.tr("S&tart"), self.tr("Start"), self.tr("Start the guided break"))
        glass = (
            "glass",
            self.tr("+ a &glass"),
            self.tr("Add a glass"),
            self.tr("I drank a glass of water: count it, and this reminder as done"),
        )
        own = ((start,) if can_start else ()) + ((glass,) if can_add_glass else ())
        specs = (
            *own,
            ("done", self.tr("&Done"), self.tr("Done"), self.tr("I did it")),
            ("snooze", self.tr("&Snooze"), self.tr("Snooze"), self.tr("Remind me again later")),
            ("skip", self.tr("S&kip"), self.tr("Skip"), self.tr("Not this time")),
        )
        for answer, text, name, description in specs:
            button = QPushButton(text)
            button.setObjectName(answer)
            button.setAccessibleName(name)
            button.setAccessibleDescription(description)
            button.setToolTip(description)
            button.setAutoDefault(False)
            button.clicked.connect(lambda _checked=False, a=answer: self._settle(a))
            box.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        return box

    def _countdown_bar(self) -> QProgressBar:
        """A thin bar that drains until the reminder counts as missed."""
        bar = QProgressBar()
        bar.setTextVisible(False)
        bar.setRange(0, self._deadline.interval())
        bar.setValue(self._deadline.interval())
        bar.setMaximumHeight(max(4, self.fontMetrics().height() // 3))
        bar.setAccessibleName(self.tr("Time left"))
        return bar

    def _icon_pixmap(self, icon: IconSource) -> QPixmap | None:
        """The icon at three text lines high, sharp on high-DPI screens; None if there is none."""
        if icon is None:
            return None
        if not isinstance(icon, QIcon):
            icon = svg_icon(icon if isinstance(icon, str) else "/".join(icon))
        if icon.isNull():
            return None
        side = self.fontMetrics().height() * _ICON_LINES
        return icon.pixmap(QSize(side, side), self.devicePixelRatioF())

    # --- behaviour ------------------------------------------------------------------------

    def _settle(self, answer: str) -> None:
        """Emit the one answer of this window and close it; later calls do nothing."""
        if self._settled:
            return
        self._settled = True
        self.answered.emit(self._habit_id, answer)
        self.close()

    def _show_remaining(self) -> None:
        self._progress.setValue(max(0, self._deadline.remainingTime()))

    def _place(self) -> None:
        """Bottom-right of the available area of the screen the pointer is on; on sway, where
        a window cannot place itself, top right of the output, as mako's notifications."""
        screen = QGuiApplication.screenAt(QCursor.pos()) or QGuiApplication.primaryScreen()
        if screen is None:
            return
        area = screen.availableGeometry()
        margin = self.fontMetrics().height() * _SCREEN_MARGIN_LINES
        height = min(self._content.totalHeightForWidth(self.width()), area.height() - 2 * margin)
        self.resize(self.width(), height)
        left = area.right() - margin - self.width() + 1
        if not sway_rules().unfocused_at(self.windowTitle(), left - area.x(), margin):
            self.move(left, area.bottom() - margin - self.height() + 1)

    def showEvent(self, event: QShowEvent) -> None:
        """Place the window and start the countdown when it first appears."""
        super().showEvent(event)
        if not self._settled and not self._deadline.isActive():
            self._shown_at = self._clock()
            self._place()
            self._deadline.start()
            self._tick.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Hold back keys (in the window and all its widgets) until the user chose it."""
        kind = event.type()
        clicked = kind == QEvent.Type.MouseButtonPress
        focused = kind == QEvent.Type.WindowActivate and watched is self
        if clicked or (focused and self._chosen_by_focus()):
            self._keys_on = True
        elif kind in _KEY_EVENTS and not self._keys_on:
            return True
        return super().eventFilter(watched, event)

    def _chosen_by_focus(self) -> bool:
        """Focus given after the window appeared (not the compositor focusing a new window)."""
        return self._shown_at is not None and self._clock() - self._shown_at >= _FOCUS_GRACE_S

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Escape dismisses the reminder, as it closes a dialog (it counts as missed)."""
        if event.key() == Qt.Key.Key_Escape:
            self.close()
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        """Closing an unanswered reminder (window manager, app shutdown) counts as missed."""
        self._settle("missed")
        super().closeEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        """A thin border in the palette's mid colour: frameless windows need an edge."""
        super().paintEvent(event)
        painter = QPainter(self)
        painter.setPen(self.palette().color(QPalette.ColorRole.Mid))
        painter.drawRect(self.rect().adjusted(0, 0, -1, -1))
        painter.end()


@cache
def sway_rules() -> SwayRules:
    """The rules this process gives sway: none unless its windows are on sway's screen."""
    on_screen = QGuiApplication.platformName() in {"wayland", "xcb"}
    return SwayRules(os.environ.get("SWAYSOCK") if on_screen else None)
