"""The tray icon and its menu: the user's main way in.

The tray knows nothing about scheduling. It shows a :class:`TrayView` snapshot, taken from the
reminder session by :func:`tray_view` (fresh each time the menu opens, so the times are never
stale), and turns clicks into signals. That keeps it trivially testable and lets the no-tray
fallback window reuse the menu.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QSystemTrayIcon

from spasmguard.engine.clock_text import clock_text, number_text
from spasmguard.session.reminders import ReminderSession
from spasmguard.ui.icons import svg_icon

# Labels marked for lupdate here and translated where the menu is built (context TrayMenu).
PAUSE_CHOICES: tuple[tuple[str, object], ...] = (
    ("30", QT_TRANSLATE_NOOP("TrayMenu", "30 minutes")),
    ("60", QT_TRANSLATE_NOOP("TrayMenu", "1 hour")),
    ("120", QT_TRANSLATE_NOOP("TrayMenu", "2 hours")),
    ("tomorrow", QT_TRANSLATE_NOOP("TrayMenu", "Until tomorrow")),
    ("off", QT_TRANSLATE_NOOP("TrayMenu", "Until I resume")),
)

DND_CHOICES: tuple[tuple[str, object], ...] = (
    ("60", QT_TRANSLATE_NOOP("TrayMenu", "For 1 hour")),
    ("on", QT_TRANSLATE_NOOP("TrayMenu", "Until I turn it off")),
)


@dataclass(frozen=True)
class HabitLine:
    """One enabled habit as the menu shows it."""

    habit_id: str
    title: str
    next_due: datetime | None
    snoozed: bool


@dataclass(frozen=True)
class TrayView:
    """What the tray shows at one moment."""

    now: datetime
    habits: tuple[HabitLine, ...]
    paused: bool
    paused_until: datetime | None
    water_ml: int
    water_goal_ml: int
    dnd_on: bool = False
    dnd_until: datetime | None = None


def tray_view(session: ReminderSession) -> TrayView:
    """A fresh snapshot of the session for the tray menu and tooltip."""
    now = session.clock.now()
    tracker = session.tracker
    lines = []
    for plan in tracker.config.habits:
        if not plan.enabled:
            continue
        hstate = tracker.state.habits.get(plan.habit_id)
        snoozed = bool(hstate and hstate.snoozed_until and hstate.snoozed_until > now)
        title = session.habits[plan.habit_id].title
        lines.append(HabitLine(plan.habit_id, title, tracker.next_due(plan.habit_id), snoozed))
    return TrayView(
        now=now,
        habits=tuple(lines),
        paused=tracker.is_paused(),
        paused_until=tracker.state.paused_until,
        water_ml=tracker.water_today(),
        water_goal_ml=session.settings.general.water_goal_ml,
        dnd_on=session.gate.dnd.active(now),
        dnd_until=session.gate.dnd.until,
    )


class TrayMenu(QMenu):
    """The menu, rebuilt from a fresh :class:`TrayView` every time it is about to show."""

    remind_now = Signal(str)
    drink = Signal()
    pause = Signal(str)
    resume = Signal()
    do_not_disturb = Signal(str)  # minutes, "on" (until turned off) or "off"
    open_window = Signal(str)  # a name in core.commands.OPEN_WINDOWS
    quit_requested = Signal()

    def __init__(self, view: Callable[[], TrayView]) -> None:
        super().__init__()
        self.view = view
        self.aboutToShow.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        """Rebuild every entry from the current view."""
        self.clear()
        view = self.view()
        self._add_habits(view)
        self.addSeparator()
        water = self.addAction(
            self.tr("I drank a glass of water  ({drunk} / {goal} ml)").format(
                drunk=number_text(view.water_ml), goal=number_text(view.water_goal_ml)
            )
        )
        water.triggered.connect(self.drink)
        self._add_pause(view)
        self._add_do_not_disturb(view)
        self.addSeparator()
        self._add_windows()
        self.addSeparator()
        self.addAction(self.tr("&Quit")).triggered.connect(self.quit_requested)

    def _add_habits(self, view: TrayView) -> None:
        if not view.habits:
            self.addAction(self.tr("All reminders are switched off")).setEnabled(False)
        for line in view.habits:
            if view.paused:
                when = self.tr("paused")
            elif line.next_due is None:
                when = self.tr("not scheduled")
            else:
                template = (
                    self.tr("snoozed until {time}") if line.snoozed else self.tr("next {time}")
                )
                when = template.format(time=clock_text(line.next_due, view.now))
            action = self.addAction(
                svg_icon(f"icons/habit-{line.habit_id}.svg"), f"{line.title}  —  {when}"
            )
            action.setToolTip(self.tr("Show this reminder now"))
            action.triggered.connect(lambda _=False, hid=line.habit_id: self.remind_now.emit(hid))

    def _add_windows(self) -> None:
        """The guided breaks (to take one now without waiting for the reminder), then the rest."""
        windows = (
            ("stretch", self.tr("S&tretch break…")),
            ("breathing", self.tr("&Breathing break…")),
            ("posture", self.tr("Posture chec&k…")),
            ("lifting", self.tr("&Lifting technique…")),
            ("spasm", self.tr("&If your back is in spasm now…")),
            ("professional", self.tr("&When to see a professional…")),
            ("welcome", self.tr("W&elcome tour…")),
            ("history", self.tr("&History…")),
            ("settings", self.tr("&Settings…")),
        )
        for name, label in windows:
            action = self.addAction(label)
            action.triggered.connect(lambda _=False, n=name: self.open_window.emit(n))

    def _add_do_not_disturb(self, view: TrayView) -> None:
        """Hold reminders for a while; held ones come once, together, when it ends."""
        if view.dnd_on:
            label = (
                self.tr("Turn off &do not disturb (on until {time})").format(
                    time=clock_text(view.dnd_until, view.now)
                )
                if view.dnd_until is not None
                else self.tr("Turn off &do not disturb")
            )
            self.addAction(label).triggered.connect(lambda: self.do_not_disturb.emit("off"))
            return
        submenu = self.addMenu(self.tr("&Do not disturb"))
        for value, choice in DND_CHOICES:
            action = QAction(self.tr(str(choice)), submenu)
            action.triggered.connect(lambda _=False, v=value: self.do_not_disturb.emit(v))
            submenu.addAction(action)

    def _add_pause(self, view: TrayView) -> None:
        if view.paused:
            label = (
                self.tr("&Resume reminders (paused until {time})").format(
                    time=clock_text(view.paused_until, view.now)
                )
                if view.paused_until is not None
                else self.tr("&Resume reminders")
            )
            self.addAction(label).triggered.connect(self.resume)
            return
        submenu = self.addMenu(self.tr("&Pause reminders"))
        for value, choice in PAUSE_CHOICES:
            action = QAction(self.tr(str(choice)), submenu)
            action.triggered.connect(lambda _=False, v=value: self.pause.emit(v))
            submenu.addAction(action)


class Tray(QObject):
    """The system tray icon: icon (distinct when paused), tooltip with the next reminder, menu."""

    def __init__(self, view: Callable[[], TrayView]) -> None:
        super().__init__()
        self._view = view
        # Built once: each new QIcon renders and caches its pixmaps anew, so one per refresh
        # grew the process by ~5 KiB a reminder until Qt's pixmap cache was full (soak test).
        self._icons = {
            paused: svg_icon("icons/spasmguard-paused.svg" if paused else "icons/spasmguard.svg")
            for paused in (False, True)
        }
        self.menu = TrayMenu(view)
        self.icon = QSystemTrayIcon()
        self.icon.setContextMenu(self.menu)
        self.icon.activated.connect(self._activated)
        self.refresh()

    def show(self) -> None:
        self.icon.show()

    def hide(self) -> None:
        self.icon.hide()

    def refresh(self) -> None:
        """Update icon and tooltip (called whenever the plan changes)."""
        view = self._view()
        self.icon.setIcon(self._icons[view.paused])
        self.icon.setToolTip(self.tooltip(view))

    def tooltip(self, view: TrayView) -> str:
        """One or two short lines: what comes next, and water today."""
        if view.paused:
            first = (
                self.tr("spasmguard: paused until {time}").format(
                    time=clock_text(view.paused_until, view.now)
                )
                if view.paused_until is not None
                else self.tr("spasmguard: paused")
            )
        else:
            upcoming = [(h.next_due, h.title) for h in view.habits if h.next_due is not None]
            if upcoming:
                due, title = min(upcoming, key=lambda pair: pair[0])
                first = self.tr("spasmguard: next, {title} at {time}").format(
                    title=title, time=clock_text(due, view.now)
                )
            else:
                first = self.tr("spasmguard: no reminders scheduled")
        water = self.tr("Water today: {drunk} of {goal} ml").format(
            drunk=number_text(view.water_ml), goal=number_text(view.water_goal_ml)
        )
        return f"{first}\n{water}"

    def _activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        """A left click opens the menu too, as users expect from a tray app."""
        if reason == QSystemTrayIcon.ActivationReason.Trigger:
            self.menu.refresh()
            self.menu.popup(self.icon.geometry().center())
