"""The running app's behaviour: reminders in, answers out, commands from the command line.

The controller owns the tracker (runtime state + history), the reminder engine, the notifier, the
tray and the windows, and connects them. Windows are built when first opened and destroyed when
closed. Every way of acting on a habit (notification button, reminder window, tray, command line)
ends in the same few methods, which record the action and re-plan at once.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable, Mapping
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeGuard, TypeVar

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QSystemTrayIcon, QWidget

from spasmguard.core.away import AwayNotes, format_duration
from spasmguard.core.clock import Clock
from spasmguard.core.commands import (
    MAX_PAUSE_MINUTES,
    MAX_SNOOZE_MINUTES,
    MAX_WATER_ML,
    OPEN_WINDOWS,
)
from spasmguard.core.habits import (
    HABIT_IDS,
    Habit,
    PromptRotation,
    load_habits,
    load_posture,
    reminder_text,
)
from spasmguard.core.history import WATER_HABIT
from spasmguard.core.presence import DoNotDisturb
from spasmguard.core.resources import resource
from spasmguard.core.tracker import Preferences, Tracker
from spasmguard.engine.gate import ReminderGate, Sources
from spasmguard.engine.instance import CommandError, CommandServer, received_activation
from spasmguard.engine.notifier import NotificationSender, Reminder
from spasmguard.engine.scheduler import ReminderEngine
from spasmguard.engine.timewatch import TimeWatch, heartbeat_seconds
from spasmguard.settings.launch_entries import set_start_at_login
from spasmguard.settings.model import Settings, to_plan_config
from spasmguard.settings.store import LoadResult, SettingsError, load_settings, save_settings
from spasmguard.ui.activation import activate
from spasmguard.ui.guided_breaks import GUIDED_HABITS, build_break, habit_of, window_name
from spasmguard.ui.tray import HabitLine, Tray, TrayView

if TYPE_CHECKING:
    from spasmguard.ui.main_window import MainWindow
    from spasmguard.ui.reminder_window import ReminderWindow

log = logging.getLogger(__name__)

W = TypeVar("W", bound=QWidget)

TRAY_WAIT_MS = 60_000
WELCOME_FLAG = "welcome_seen"
"""History flag (runtime data, not settings) set once the welcome window has been closed."""
TRAY_RETRY_MS = 5_000
_NO_TOKENS: Mapping[str, str] = {}


def preferences(settings: Settings) -> Preferences:
    """The tracker's share of the settings."""
    general = settings.general
    return Preferences(
        general.snooze_minutes,
        general.glass_ml,
        general.water_goal_ml,
        general.stop_hydration_at_goal,
    )


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
        self,
        clock: Clock,
        tracker: Tracker,
        settings_path: Path,
        loaded: LoadResult,
        sources: Sources | None = None,
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
        # Due reminders pass the gate: shown now, or held while the user is away or busy.
        general = self.settings.general
        self.gate = ReminderGate(
            clock,
            sources or Sources(),
            general.idle_threshold_minutes,
            general.detect_fullscreen,
            self,
        )
        self.gate.deliver.connect(self.remind)
        self.gate.came_back.connect(self._natural_break)
        self.gate.changed.connect(self._refresh_views)
        # Queued: a slot that opens a window must not re-enter the scheduler's job.
        self.engine.due.connect(self.gate.offer, Qt.ConnectionType.QueuedConnection)
        # Suspends and clock changes: the engine applies the gap rules, the watch wakes it.
        self.away = AwayNotes()
        self.engine.warped.connect(lambda warp: self.away.record(warp, tracker.config, clock.now()))
        self.timewatch = TimeWatch(clock, self.engine, heartbeat_seconds(os.environ), self)
        self.timewatch.beat.connect(self.gate.beat)
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

    def start(self, server: CommandServer, *, welcome: bool = False) -> None:
        """Arm the reminders, show the tray (or the fallback window), answer the command line.

        With ``welcome`` (the real app asks for it; tests only when they test it), a first run
        also opens the welcome window, non-modal, so nothing waits for it.
        """
        self.engine.start()
        self.timewatch.start()
        self.gate.start()
        self.tracker.save_state()
        self._register_commands(server)
        self._show_tray_when_available()
        self._tell_about_settings_problems()
        if welcome and self.is_first_run():
            self.open_window("welcome")
        log.info("started; next reminders %s", self.engine.next_run_times())

    def shutdown(self) -> None:
        """Stop timers and the notifier thread; close windows (open reminders count as missed)."""
        self.timewatch.stop()
        self.gate.stop()
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
        box.setTextFormat(Qt.TextFormat.PlainText)  # the lines quote the file's own text
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        _track(self._windows, "settings-problems", box)
        box.show()

    # --- reminders -----------------------------------------------------------------------------

    def remind(self, habit_id: str) -> None:
        """Deliver a due reminder: desktop notification, or the app's own window."""
        self.tracker.fired(habit_id)
        text = reminder_text(self.settings.habit(habit_id).custom_prompt, self.rotation, habit_id)
        text = self._welcome_back(habit_id) + text
        self._texts[habit_id] = text
        habit = self.habits[habit_id]
        if self.settings.general.notification_style == "window":
            self._show_reminder_window(habit_id)
        else:
            icon = resource(*habit.icon.split("/"))
            can_start = habit_id in GUIDED_HABITS
            glass = habit_id == WATER_HABIT
            reminder = Reminder(habit_id, habit.title, text, Path(str(icon)), can_start, glass)
            self.notifier.send(reminder)
        log.info("reminder fired: %s", habit_id)
        self._after_change()

    def _welcome_back(self, habit_id: str) -> str:
        """A first line for the first reminder after a break the app saw (suspend, clock jump)."""
        away = self.away.take(habit_id, self.clock.now())
        if away is None:
            return ""
        line = _tr("Welcome back - you were away {duration}.")
        return line.format(duration=format_duration(away)) + "\n"

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
            can_start=habit_id in GUIDED_HABITS,
            can_add_glass=habit_id == WATER_HABIT,
        )
        window.answered.connect(self.answer)
        _track(self._reminder_windows, habit_id, window)
        window.show()

    def _close_reminder_window(self, habit_id: str) -> None:
        window = self._reminder_windows.pop(habit_id, None)
        if window is not None:
            window.withdraw()

    def answer(self, habit_id: str, action: str) -> None:
        """The user answered a reminder (any channel): record it and re-plan.

        "open" (a click on the notification) records nothing: it opens the reminder window.
        "start" records nothing yet: it opens the guided break, whose end records "done".
        """
        if action == "open":  # a click on the notification: every answer, in our own window
            self._show_reminder_window(habit_id)
            return
        self._reminder_windows.pop(habit_id, None)
        if action == "start" and habit_id in GUIDED_HABITS:
            self.notifier.withdraw(habit_id)
            self.start_break(habit_id)
            return
        handlers: dict[str, Callable[[str], object]] = {
            "done": self.tracker.done,
            "snooze": self.tracker.snoozed,
            "skip": self.tracker.skipped,
            "missed": self.tracker.missed,
            "dismissed": self.tracker.missed,
        }
        if habit_id == WATER_HABIT:
            handlers["glass"] = lambda _habit_id: self.tracker.drank_glass()
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
            dnd_on=self.gate.dnd.active(now),
            dnd_until=self.gate.dnd.until,
        )

    def _connect_tray(self) -> None:
        menu = self.tray.menu
        menu.remind_now.connect(self.remind)
        menu.drink.connect(lambda: self.drink(None))
        menu.pause.connect(lambda length: self.pause(int(length) if length.isdigit() else length))
        menu.resume.connect(self.resume)
        menu.do_not_disturb.connect(
            lambda choice: self.gate.set_do_not_disturb(
                DoNotDisturb.from_choice(choice, self.clock.now())
            )
        )
        menu.start_break.connect(self.start_break)
        menu.open_lifting.connect(lambda: self.open_window("lifting"))
        menu.open_professional.connect(lambda: self.open_window("professional"))
        menu.open_welcome.connect(lambda: self.open_window("welcome"))
        menu.open_history.connect(lambda: self.open_window("history"))
        menu.open_settings.connect(lambda: self.open_window("settings"))
        menu.quit_requested.connect(QApplication.quit)

    def _natural_break(self, habit_ids: tuple[str, ...]) -> None:
        """The user is back from time away: that was a break for these habits."""
        self.tracker.natural_break(habit_ids)
        self._after_change()

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

    def open_window(self, name: str, activation: Mapping[str, str] = _NO_TOKENS) -> None:
        """Raise the window if it is open, else build it (it is destroyed when closed).

        ``activation``: the launcher's tokens a command forwarded, so it may come to the front.
        """
        window = self._windows.get(name)
        if window is None:
            window = self._build_window(name)
            _track(self._windows, name, window)
        activate(window, activation)

    def start_break(self, habit_id: str) -> None:
        """Open (or raise) the guided break of a habit in GUIDED_HABITS."""
        self.open_window(window_name(habit_id))

    def _build_window(self, name: str) -> QWidget:
        helpers: dict[str, Callable[[], QWidget]] = {
            "welcome": self._welcome_window,
            "professional": self._professional_panel,
            window_name("posture"): self._posture_check,
        }
        if name in helpers:
            return helpers[name]()
        guided = habit_of(name)
        if guided is not None:
            session = build_break(guided, self.settings.general)
            session.finished.connect(lambda habit_id: self.answer(habit_id, "done"))
            return session
        if name == "lifting":
            from spasmguard.ui.lifting_panel import LiftingPanel  # noqa: PLC0415

            lifting = LiftingPanel(self.settings.general.language)
            lifting.professional_requested.connect(lambda: self.open_window("professional"))
            return lifting
        if name == "history":
            from spasmguard.ui.history_window import HistoryWindow  # noqa: PLC0415

            window = HistoryWindow(
                self.tracker.history, self.clock, self.settings.general.water_goal_ml, self.habits
            )
            window.deleted.connect(self._refresh_views)
            return window
        from spasmguard.ui.settings_window import SettingsWindow  # noqa: PLC0415

        unavailable = self.gate.capabilities().unavailable_options()
        return SettingsWindow(self.settings, self.apply_settings, unavailable=unavailable)

    def _professional_panel(self) -> QWidget:
        from spasmguard.ui.professional_panel import ProfessionalPanel  # noqa: PLC0415

        return ProfessionalPanel(self.settings.general.language)

    def _welcome_window(self) -> QWidget:
        from spasmguard.ui.welcome_window import WelcomeWindow  # noqa: PLC0415

        welcome = WelcomeWindow(self.settings, self.apply_settings, self.habits)
        welcome.seen.connect(self._welcome_seen)
        welcome.professional_requested.connect(lambda: self.open_window("professional"))
        return welcome

    def is_first_run(self) -> bool:
        """Whether to welcome the user: the welcome was never seen (a mark in the data dir),
        and there is no settings file yet (whoever wrote one, by hand or with an older
        spasmguard, already knows their way around)."""
        return self.tracker.history.flag(WELCOME_FLAG) is None and not self.settings_path.exists()

    def _welcome_seen(self) -> None:
        self.tracker.history.set_flag(WELCOME_FLAG, self.clock.now().isoformat())

    def _posture_check(self) -> QWidget:
        from spasmguard.ui.posture_check import SUMMARY_DAYS, PostureCheck  # noqa: PLC0415

        misses = self.tracker.history.posture_misses(SUMMARY_DAYS, self.clock.now())
        check = PostureCheck(load_posture(self._language), misses)
        check.submitted.connect(self.posture_checked)
        return check

    def posture_checked(self, answers: dict[str, bool]) -> None:
        """A posture checklist was submitted: its answers and "done" are recorded together."""
        self._close_reminder_window("posture")
        self.tracker.posture_checked(answers)
        log.info("posture check: %d of %d right", sum(answers.values()), len(answers))
        self.notifier.withdraw("posture")
        self._after_change()

    def apply_settings(self, settings: Settings) -> None:
        """Save (atomically) and take effect at once.

        If the file cannot be written (read-only folder, full disk, a newer file) the settings
        still take effect for this session, and SettingsError says so in plain sentences: the
        user's choice should not be lost just because the disk said no.
        """
        try:
            save_settings(self.settings_path, settings, self.loaded)
        except SettingsError as error:
            log.warning("settings not saved, in effect until quit: %s", error)
            self._use_settings(settings)
            note = _tr("The new settings are in effect until spasmguard quits.")
            raise SettingsError(error.errno, f"{error} {note}") from error
        self.loaded = load_settings(self.settings_path)
        log.info("settings saved")
        was_on = self.settings.general.start_at_login
        self._use_settings(settings)
        if was_on or settings.general.start_at_login:
            # Raises SettingsError (shown by the settings window) if the entry can't be written.
            set_start_at_login(settings.general.start_at_login)
            log.info("start at login: %s", settings.general.start_at_login)

    def _use_settings(self, settings: Settings) -> None:
        """Make ``settings`` the running ones (texts, plan, preferences) and re-plan."""
        self.settings = settings
        if settings.general.language != self._language:
            self._language = settings.general.language
            self.habits = load_habits(self._language)
            self.rotation = PromptRotation(self.habits)
        self.tracker.configure(to_plan_config(settings), preferences(settings))
        general = settings.general
        self.gate.configure(general.idle_threshold_minutes, general.detect_fullscreen)
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
        if name not in OPEN_WINDOWS:
            raise CommandError(_tr("Unknown window {name!r}.").format(name=name))
        breaks = {"posture": "posture", "stretch": "stretch", "breathing": "stress"}
        key = window_name(breaks[name]) if name in breaks else str(name)
        activation = received_activation(args)
        QTimer.singleShot(0, lambda: self.open_window(key, activation))
        return ""

    def _cmd_quit(self) -> str:
        QTimer.singleShot(0, QApplication.quit)
        return _tr("spasmguard is quitting.")
