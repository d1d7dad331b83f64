"""The tray icon and its menu: the user's main way in.

The tray knows nothing about scheduling. It shows a :class:`TrayView` snapshot that the app
supplies (fresh each time the menu opens, so the times are never stale) and turns clicks into
signals. That keeps it trivially testable and lets the no-tray fallback window reuse the menu.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import QObject, Signal, SignalInstance
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QSystemTrayIcon

from spasmguard.core.habits import HABIT_IDS
from spasmguard.ui.icons import svg_icon

PAUSE_CHOICES: tuple[tuple[str, str], ...] = (
    ("30", "30 minutes"),
    ("60", "1 hour"),
    ("120", "2 hours"),
    ("tomorrow", "Until tomorrow"),
    ("off", "Until I resume"),
)

DND_CHOICES: tuple[tuple[str, str], ...] = (
    ("60", "For 1 hour"),
    ("on", "Until I turn it off"),
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


def _clock(moment: datetime, now: datetime) -> str:
    """'14:30' today, 'Tue 09:30' on another day (days as lived in the zone of ``now``)."""
    local = moment.astimezone(now.tzinfo)
    return local.strftime("%H:%M" if local.date() == now.date() else "%a %H:%M")


class TrayMenu(QMenu):
    """The menu: built once, its entries' texts and visibility updated from a fresh
    :class:`TrayView` every time it is about to show.

    Never rebuilt: on desktops with a StatusNotifier tray every entry has a DBusMenu id, and a
    rebuild gave each a new one (and sent dozens of LayoutUpdated signals), so a host clicking
    an id from the layout it already held clicked nothing.
    """

    remind_now = Signal(str)
    drink = Signal()
    pause = Signal(str)
    resume = Signal()
    do_not_disturb = Signal(str)  # minutes, "on" (until turned off) or "off"
    start_break = Signal(str)  # the habit of the guided break: "stretch", "stress", "posture"
    open_lifting = Signal()
    open_professional = Signal()
    open_welcome = Signal()
    open_history = Signal()
    open_settings = Signal()
    quit_requested = Signal()

    def __init__(self, view: Callable[[], TrayView]) -> None:
        super().__init__()
        self.view = view
        self._build()
        self.aboutToShow.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        """Bring every entry up to date with the current view, in place."""
        view = self.view()
        self._update_habits(view)
        self._water.setText(
            self.tr("I drank a glass of water  ({drunk} / {goal} ml)").format(
                drunk=view.water_ml, goal=view.water_goal_ml
            )
        )
        self._update_pause(view)
        self._update_do_not_disturb(view)

    # --- built once -----------------------------------------------------------------------

    def _build(self) -> None:
        self._no_habits = self.addAction(self.tr("All reminders are switched off"))
        self._no_habits.setEnabled(False)
        self._habits = {habit_id: self._habit_action(habit_id) for habit_id in HABIT_IDS}
        self.addSeparator()
        self._water = self.addAction("")
        self._water.triggered.connect(self.drink)
        self._pause_choices = self._choices(self.tr("&Pause reminders"), PAUSE_CHOICES, self.pause)
        self._resume = self.addAction("")
        self._resume.triggered.connect(self.resume)
        self._dnd_choices = self._choices(
            self.tr("&Do not disturb"), DND_CHOICES, self.do_not_disturb
        )
        self._dnd_off = self.addAction("")
        self._dnd_off.triggered.connect(lambda: self.do_not_disturb.emit("off"))
        self.addSeparator()
        self._add_breaks()
        self.addAction(self.tr("&Lifting technique…")).triggered.connect(self.open_lifting)
        professional = self.addAction(self.tr("&When to see a professional…"))
        professional.triggered.connect(self.open_professional)
        self.addAction(self.tr("W&elcome tour…")).triggered.connect(self.open_welcome)
        self.addAction(self.tr("&History…")).triggered.connect(self.open_history)
        self.addAction(self.tr("&Settings…")).triggered.connect(self.open_settings)
        self.addSeparator()
        self.addAction(self.tr("&Quit")).triggered.connect(self.quit_requested)

    def _habit_action(self, habit_id: str) -> QAction:
        """The line of one habit (hidden while it is switched off)."""
        action = self.addAction(svg_icon(f"icons/habit-{habit_id}.svg"), habit_id)
        action.setToolTip(self.tr("Show this reminder now"))
        action.triggered.connect(lambda _=False: self.remind_now.emit(habit_id))
        return action

    def _choices(
        self, title: str, choices: tuple[tuple[str, str], ...], signal: SignalInstance
    ) -> QAction:
        """A submenu of choices, each emitting its value; returns the submenu's entry."""
        submenu = self.addMenu(title)
        for value, label in choices:
            action = QAction(self.tr(label), submenu)
            action.triggered.connect(lambda _=False, v=value: signal.emit(v))
            submenu.addAction(action)
        return submenu.menuAction()

    def _add_breaks(self) -> None:
        """The guided breaks, to take one now without waiting for the reminder."""
        breaks = (
            ("stretch", self.tr("S&tretch break…")),
            ("stress", self.tr("&Breathing break…")),
            ("posture", self.tr("Posture chec&k…")),
        )
        for habit_id, label in breaks:
            action = self.addAction(label)
            action.triggered.connect(lambda _=False, h=habit_id: self.start_break.emit(h))

    # --- updated each time ----------------------------------------------------------------

    def _update_habits(self, view: TrayView) -> None:
        lines = {line.habit_id: line for line in view.habits}
        self._no_habits.setVisible(not lines)
        for habit_id, action in self._habits.items():
            line = lines.get(habit_id)
            action.setVisible(line is not None)
            if line is not None:
                action.setText(f"{line.title}  —  {self._when(line, view)}")

    def _when(self, line: HabitLine, view: TrayView) -> str:
        if view.paused:
            return self.tr("paused")
        if line.next_due is None:
            return self.tr("not scheduled")
        template = self.tr("snoozed until {time}") if line.snoozed else self.tr("next {time}")
        return template.format(time=_clock(line.next_due, view.now))

    def _update_pause(self, view: TrayView) -> None:
        """While paused, one entry to resume instead of the submenu of pause lengths."""
        text = _until(
            view.paused_until,
            view.now,
            self.tr("&Resume reminders (paused until {time})"),
            self.tr("&Resume reminders"),
        )
        _switch(self._pause_choices, self._resume, view.paused, text)

    def _update_do_not_disturb(self, view: TrayView) -> None:
        """Hold reminders for a while; held ones come once, together, when it ends."""
        text = _until(
            view.dnd_until,
            view.now,
            self.tr("Turn off &do not disturb (on until {time})"),
            self.tr("Turn off &do not disturb"),
        )
        _switch(self._dnd_choices, self._dnd_off, view.dnd_on, text)


def _until(moment: datetime | None, now: datetime, timed: str, open_ended: str) -> str:
    """`timed` with the moment's time filled in, or `open_ended` when there is no moment."""
    return open_ended if moment is None else timed.format(time=_clock(moment, now))


def _switch(choices: QAction, end: QAction, on: bool, end_text: str) -> None:
    """While a state is off, its submenu of choices shows; while on, the entry that ends it."""
    choices.setVisible(not on)
    end.setVisible(on)
    end.setText(end_text)


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
                    time=_clock(view.paused_until, view.now)
                )
                if view.paused_until is not None
                else self.tr("spasmguard: paused")
            )
        else:
            upcoming = [(h.next_due, h.title) for h in view.habits if h.next_due is not None]
            if upcoming:
                due, title = min(upcoming, key=lambda pair: pair[0])
                first = self.tr("spasmguard: next, {title} at {time}").format(
                    title=title, time=_clock(due, view.now)
                )
            else:
                first = self.tr("spasmguard: no reminders scheduled")
        water = self.tr("Water today: {drunk} of {goal} ml").format(
            drunk=view.water_ml, goal=view.water_goal_ml
        )
        return f"{first}\n{water}"

    def _activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        """A left click opens the menu too, as users expect from a tray app."""
        if reason == QSystemTrayIcon.ActivationReason.Trigger:
            self.menu.refresh()
            self.menu.popup(self.icon.geometry().center())
