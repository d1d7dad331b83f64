"""The running app's behaviour: reminders in, answers out, commands from the command line.

The controller owns the tracker (runtime state + history), the reminder engine, the notifier, the
tray and the windows, and connects them. Windows are built when first opened and destroyed when
closed. Every way of acting on a habit (notification button, reminder window, tray, command line)
ends in the same few methods, which record the action and re-plan at once.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeGuard, TypeVar

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QSystemTrayIcon, QWidget

from spasmguard.core.clock import Clock
from spasmguard.core.habits import HABIT_IDS, Habit, PromptRotation, load_habits, reminder_text
from spasmguard.core.limits import MAX_PAUSE_MINUTES, MAX_SNOOZE_MINUTES, MAX_WATER_ML
from spasmguard.core.resources import resource
from spasmguard.core.tracker import Preferences, Tracker
from spasmguard.engine.instance import CommandError, CommandServer
from spasmguard.engine.notifier import NotificationSender, Reminder
from spasmguard.engine.scheduler import ReminderEngine
from spasmguard.settings.model import Settings, to_plan_config
from spasmguard.settings.store import LoadResult, load_settings, save_settings
from spasmguard.ui.tray import HabitLine, Tray, TrayView

if TYPE_CHECKING:
    from spasmguard.ui.main_window import MainWindow
    from spasmguard.ui.reminder_window import ReminderWindow

log = logging.getLogger(__name__)

W = TypeVar("W", bound=QWidget)

TRAY_WAIT_MS = 60_000
TRAY_RETRY_MS = 5_000


def preferences(settings: Settings) -> Preferences:
    """The tracker's share of the settings."""
    general = settings.general
    return Preferences(general.snooze_minutes, general.glass_ml, general.water_goal_ml)


def _track(registry: dict[str, W], key: str, widget: W) -> None:
    """Keep a window under a key until Qt destroys it (windows delete themselves on close)."""
    registry[key] = widget
    widget.destroyed.connect(
        lambda: registry.pop(key, None) if registry.get(key) is widget else None
    )


def _whole_number(value: object, low: int, high: int | None = None) -> TypeGuard[int]:
    """Whether a command argument is a whole number in range (JSON true/false are not)."""
    if not isinstance(value, int) or isinstance(value, bool):
        return False
    return low <= value and (high is None or value <= high)


def _tr(text: str) -> str:
    return QCoreApplication.translate("Controller", text)


class Controller(QObject):
    """Builds and wires the running app around one Tracker."""

    def __init__(
        self, clock: Clock, tracker: Tracker, settings_path: Path, loaded: LoadResult
    ) -> None:
        super().__init__()
        self.clock = clock
        self.tracker = tracker
        self.settings_path = settings_path
        self.loaded = loaded
        self.settings = loaded.settings
        self._language = self.settings.general.language
        self.habits: dict[str, Habit] = load_habits(self._language)
        self.rotation = PromptRotation(self.habits)
        self.engine = ReminderEngine(clock, lambda: tracker.config, lambda: tracker.state, self)
        # Queued: a slot that opens a window must not re-enter the scheduler's job.
        self.engine.due.connect(self.remind, Qt.ConnectionType.QueuedConnection)
        self.notifier = NotificationSender(self)
        self.notifier.action.connect(self.answer)
        self.notifier.failed.connect(self._notification_failed)
        self.tray = Tray(self.tray_view)
        self._connect_tray()
        self._reminder_windows: dict[str, ReminderWindow] = {}
        self._texts: dict[str, str] = {}
        self._windows: dict[str, QWidget] = {}
        self._fallback: MainWindow | None = None
        self._tray_waited_ms = 0

    # --- start and stop ------------------------------------------------------------------------

    def start(self, server: CommandServer) -> None:
        """Arm the reminders, show the tray (or the fallback window), answer the command line."""
        self.engine.start()
        self.tracker.save_state()
        self._register_commands(server)
        self._show_tray_when_available()
        self._tell_about_settings_problems()
        log.info("started; next reminders %s", self.engine.next_run_times())

    def shutdown(self) -> None:
        """Stop timers and the notifier thread; close windows (open reminders count as missed)."""
        self.engine.shutdown()
        for window in [*self._reminder_windows.values(), *self._windows.values()]:
            window.close()
        self.notifier.close()
        self.tray.hide()
        self.tracker.save_state()

    def _show_tray_when_available(self) -> None:
        """Show the tray icon; if there is no tray, retry for a minute, then open a small window."""
        if QSystemTrayIcon.isSystemTrayAvailable():
            self.tray.show()
            return
        if self._tray_waited_ms >= TRAY_WAIT_MS:
            log.warning("no system tray after %d s; showing the main window", TRAY_WAIT_MS // 1000)
            self._show_fallback_window()
            return
        self._tray_waited_ms += TRAY_RETRY_MS
        QTimer.singleShot(TRAY_RETRY_MS, self._show_tray_when_available)

    def _show_fallback_window(self) -> None:
        from spasmguard.ui.main_window import MainWindow  # noqa: PLC0415 - rarely needed

        self._fallback = MainWindow(self.tray.menu, self.tray.tooltip)
        self._fallback.show()

    def _tell_about_settings_problems(self) -> None:
        """One message about an unreadable settings file or bad values (the file is kept)."""
        lines = [self.loaded.notice] if self.loaded.notice else []
        lines += [f"{p.key}: {p.message}" for p in self.loaded.problems]
        if not lines:
            return
        intro = _tr("Some settings could not be used, so their defaults are in effect:")
        box = QMessageBox(QMessageBox.Icon.Warning, "spasmguard", intro + "\n\n" + "\n".join(lines))
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        _track(self._windows, "settings-problems", box)
        box.show()

    # --- reminders -----------------------------------------------------------------------------

    def remind(self, habit_id: str) -> None:
        """Deliver a due reminder: desktop notification, or the app's own window."""
        self.tracker.fired(habit_id)
        text = reminder_text(self.settings.habit(habit_id).custom_prompt, self.rotation, habit_id)
        self._texts[habit_id] = text
        habit = self.habits[habit_id]
        if self.settings.general.notification_style == "window":
            self._show_reminder_window(habit_id)
        else:
            icon = resource(*habit.icon.split("/"))
            self.notifier.send(Reminder(habit_id, habit.title, text, Path(str(icon))))
        log.info("reminder fired: %s", habit_id)
        self._after_change()

    def _notification_failed(self, habit_id: str, reason: str) -> None:
        log.warning("notification for %s failed (%s); using the reminder window", habit_id, reason)
        self._show_reminder_window(habit_id)

    def _show_reminder_window(self, habit_id: str) -> None:
        from spasmguard.ui.reminder_window import ReminderWindow  # noqa: PLC0415

        self._close_reminder_window(habit_id)
        habit = self.habits[habit_id]
        window = ReminderWindow(
            habit_id,
            habit.title,
            self._texts.get(habit_id, habit.reason),
            habit.icon,
            self.settings.general.reminder_window_seconds,
        )
        window.answered.connect(self.answer)
        _track(self._reminder_windows, habit_id, window)
        window.show()

    def _close_reminder_window(self, habit_id: str) -> None:
        window = self._reminder_windows.pop(habit_id, None)
        if window is not None:
            window.withdraw()

    def answer(self, habit_id: str, action: str) -> None:
        """The user answered a reminder (any channel): record it and re-plan."""
        self._reminder_windows.pop(habit_id, None)
        handlers: dict[str, Callable[[str], object]] = {
            "done": self.tracker.done,
            "snooze": self.tracker.snoozed,
            "skip": self.tracker.skipped,
            "missed": self.tracker.missed,
            "dismissed": self.tracker.missed,
        }
        handler = handlers.get(action)
        if handler is None:
            log.warning("unknown answer %r for %s", action, habit_id)
            return
        handler(habit_id)
        log.info("reminder answered: %s %s", habit_id, action)
        if action not in ("missed", "dismissed"):
            self.notifier.withdraw(habit_id)
        self._after_change()

    def _after_change(self) -> None:
        self.engine.replan()
        self._refresh_views()

    def _refresh_views(self) -> None:
        """The tray's icon and tooltip, and the no-tray window that repeats the tooltip."""
        self.tray.refresh()
        if self._fallback is not None:
            self._fallback.refresh()

    # --- the tray's view and actions -----------------------------------------------------------

    def tray_view(self) -> TrayView:
        """A fresh snapshot for the tray menu and tooltip."""
        now = self.clock.now()
        lines = []
        for plan in self.tracker.config.habits:
            if not plan.enabled:
                continue
            hstate = self.tracker.state.habits.get(plan.habit_id)
            snoozed = bool(hstate and hstate.snoozed_until and hstate.snoozed_until > now)
            lines.append(
                HabitLine(
                    plan.habit_id,
                    self.habits[plan.habit_id].title,
                    self.tracker.next_due(plan.habit_id),
                    snoozed,
                )
            )
        return TrayView(
            now=now,
            habits=tuple(lines),
            paused=self.tracker.is_paused(),
            paused_until=self.tracker.state.paused_until,
            water_ml=self.tracker.water_today(),
            water_goal_ml=self.settings.general.water_goal_ml,
        )

    def _connect_tray(self) -> None:
        menu = self.tray.menu
        menu.remind_now.connect(self.remind)
        menu.drink.connect(lambda: self.drink(None))
        menu.pause.connect(lambda length: self.pause(int(length) if length.isdigit() else length))
        menu.resume.connect(self.resume)
        menu.open_lifting.connect(lambda: self.open_window("lifting"))
        menu.open_settings.connect(lambda: self.open_window("settings"))
        menu.quit_requested.connect(QApplication.quit)

    def drink(self, ml: int | None) -> int:
        total = self.tracker.drink(ml)
        self._refresh_views()
        return total

    def pause(self, length: int | str) -> datetime | None:
        until = self.tracker.pause(length)
        self._after_change()
        return until

    def resume(self) -> None:
        self.tracker.resume()
        self._after_change()

    # --- windows -------------------------------------------------------------------------------

    def open_window(self, name: str) -> None:
        """Raise the window if it is open, else build it (it is destroyed when closed)."""
        window = self._windows.get(name)
        if window is None:
            window = self._build_window(name)
            _track(self._windows, name, window)
        window.show()
        window.raise_()
        window.activateWindow()

    def _build_window(self, name: str) -> QWidget:
        if name == "lifting":
            from spasmguard.ui.lifting_panel import LiftingPanel  # noqa: PLC0415

            return LiftingPanel(self.settings.general.language)
        from spasmguard.ui.settings_window import SettingsWindow  # noqa: PLC0415

        return SettingsWindow(self.settings, self.apply_settings)

    def apply_settings(self, settings: Settings) -> None:
        """Save (atomically; raises with a plain sentence on failure) and take effect at once."""
        save_settings(self.settings_path, settings, self.loaded)
        self.loaded = load_settings(self.settings_path)
        self.settings = settings
        if settings.general.language != self._language:
            self._language = settings.general.language
            self.habits = load_habits(self._language)
            self.rotation = PromptRotation(self.habits)
        self.tracker.configure(to_plan_config(settings), preferences(settings))
        log.info("settings saved and applied")
        self._after_change()

    # --- command line --------------------------------------------------------------------------

    def _register_commands(self, server: CommandServer) -> None:
        commands: dict[str, Callable[[dict[str, Any]], object]] = {
            "status": lambda _args: self.tracker.status(),
            "trigger": self._cmd_trigger,
            "snooze": self._cmd_snooze,
            "pause": self._cmd_pause,
            "resume": lambda _args: self._cmd_resume(),
            "done": self._cmd_done,
            "drink": self._cmd_drink,
            "open": self._cmd_open,
            "quit": lambda _args: self._cmd_quit(),
        }
        for name, handler in commands.items():
            server.register(name, handler)

    def _habit_arg(self, args: dict[str, Any]) -> str:
        habit_id = args.get("habit")
        if habit_id not in HABIT_IDS:
            raise CommandError(_tr("Unknown habit {habit!r}.").format(habit=habit_id))
        return str(habit_id)

    def _cmd_trigger(self, args: dict[str, Any]) -> str:
        habit_id = self._habit_arg(args)
        self.remind(habit_id)
        return _tr("Showing the {title} reminder.").format(title=self.habits[habit_id].title)

    def _cmd_snooze(self, args: dict[str, Any]) -> str:
        habit_id = self._habit_arg(args)
        minutes = args.get("minutes")
        if not _whole_number(minutes, 1, MAX_SNOOZE_MINUTES):
            raise CommandError(
                _tr("Snooze length must be a whole number of minutes, 1 to {most}.").format(
                    most=MAX_SNOOZE_MINUTES
                )
            )
        until = self.tracker.snoozed(habit_id, minutes)
        self._close_reminder_window(habit_id)
        self._after_change()
        return _tr("{title} snoozed until {time}.").format(
            title=self.habits[habit_id].title, time=until.strftime("%H:%M")
        )

    def _cmd_pause(self, args: dict[str, Any]) -> str:
        length = args.get("length")
        if not (length in ("tomorrow", "off") or _whole_number(length, 1, MAX_PAUSE_MINUTES)):
            raise CommandError(
                _tr("Pause length must be 1 to {most} minutes, 'tomorrow' or 'off'.").format(
                    most=MAX_PAUSE_MINUTES
                )
            )
        until = self.pause(length)
        if until is None:
            return _tr("Reminders paused until you resume them.")
        return _tr("Reminders paused until {time}.").format(time=until.strftime("%a %H:%M"))

    def _cmd_resume(self) -> str:
        self.resume()
        return _tr("Reminders resumed.")

    def _cmd_done(self, args: dict[str, Any]) -> str:
        habit_id = self._habit_arg(args)
        self._close_reminder_window(habit_id)
        self.answer(habit_id, "done")
        return _tr("{title}: done.").format(title=self.habits[habit_id].title)

    def _cmd_drink(self, args: dict[str, Any]) -> str:
        ml = args.get("ml")
        if ml is not None and not _whole_number(ml, 1, MAX_WATER_ML):
            raise CommandError(
                _tr("The amount must be a whole number of millilitres, 1 to {most}.").format(
                    most=MAX_WATER_ML
                )
            )
        total = self.drink(ml)
        return _tr("Water today: {total} of {goal} ml.").format(
            total=total, goal=self.settings.general.water_goal_ml
        )

    def _cmd_open(self, args: dict[str, Any]) -> str:
        name = args.get("window")
        if name not in ("settings", "lifting"):
            raise CommandError(_tr("Unknown window {name!r}.").format(name=name))
        QTimer.singleShot(0, lambda: self.open_window(str(name)))
        return ""

    def _cmd_quit(self) -> str:
        QTimer.singleShot(0, QApplication.quit)
        return _tr("spasmguard is quitting.")
