"""The app on the desktop: the tray (or the no-tray window), the reminder windows and the others.

It shows what the reminder session (session/reminders.py) says and turns clicks into calls on
it. Every window the user opens by name is built here, on first use, through the one
:class:`~spasmguard.ui.windows.WindowRegistry`.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QSystemTrayIcon, QWidget

from spasmguard.core.commands import GUIDED_BREAKS
from spasmguard.core.habits import load_posture
from spasmguard.core.history import POSTURE_HABIT, WATER_HABIT
from spasmguard.engine.instance import CommandServer
from spasmguard.session.commands import CommandHandlers
from spasmguard.session.reminders import ReminderSession
from spasmguard.ui.guided_breaks import build_break
from spasmguard.ui.tray import Tray, tray_view
from spasmguard.ui.windows import WindowRegistry, keep_until_destroyed

if TYPE_CHECKING:
    from spasmguard.ui.main_window import MainWindow
    from spasmguard.ui.reminder_window import ReminderWindow

log = logging.getLogger(__name__)

TRAY_WAIT_MS = 60_000
TRAY_RETRY_MS = 5_000


class Desktop(QObject):
    """The widgets around one reminder session."""

    def __init__(self, session: ReminderSession) -> None:
        super().__init__()
        self.session = session
        self.tray = Tray(partial(tray_view, session))
        self.windows = WindowRegistry(self._builders())
        self._reminder_windows: dict[str, ReminderWindow] = {}
        self._fallback: MainWindow | None = None
        self._tray_waited_ms = 0
        session.changed.connect(self.refresh_views)
        session.window_reminder.connect(self._show_reminder_window)
        session.window_withdrawn.connect(self._close_reminder_window)
        session.window_wanted.connect(self.windows.open)
        self._connect_tray()

    def start(self, server: CommandServer, *, welcome: bool = False) -> None:
        """Start the session, answer the command line, show the tray (or the fallback window).

        With ``welcome`` (the real app asks for it; tests only when they test it), a first run
        also opens the welcome window, non-modal, so nothing waits for it.
        """
        self.session.start()
        CommandHandlers(self.session).register(server)
        self._show_tray_when_available()
        self._tell_about_settings_problems()
        if welcome and self.session.is_first_run():
            self.windows.open("welcome")

    def shutdown(self) -> None:
        """Close the windows (open reminders count as missed), hide the tray, end the session."""
        for window in list(self._reminder_windows.values()):
            window.close()
        self.windows.close_all()
        self.tray.hide()
        self.session.shutdown()

    def refresh_views(self) -> None:
        """The tray's icon and tooltip, and the no-tray window that repeats the tooltip."""
        self.tray.refresh()
        if self._fallback is not None:
            self._fallback.refresh()

    def _connect_tray(self) -> None:
        session, menu = self.session, self.tray.menu
        menu.remind_now.connect(session.remind)
        menu.drink.connect(lambda: session.drink(None))
        menu.pause.connect(lambda n: session.pause(int(n) if n.isdigit() else n))
        menu.resume.connect(session.resume)
        menu.do_not_disturb.connect(session.do_not_disturb)
        menu.open_window.connect(self.windows.open)
        menu.quit_requested.connect(QApplication.quit)

    # --- no tray: one small place, retried for a minute -----------------------------------------

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
        loaded = self.session.loaded
        lines = [loaded.notice] if loaded.notice else []
        lines += [f"{p.key}: {p.message}" for p in loaded.problems]
        if not lines:
            return
        intro = self.tr("Some settings could not be used, so their defaults are in effect:")
        box = QMessageBox(QMessageBox.Icon.Warning, "spasmguard", intro + "\n\n" + "\n".join(lines))
        box.setTextFormat(Qt.TextFormat.PlainText)  # the lines quote the file's own text
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.windows.track("settings-problems", box)
        box.show()

    # --- reminder windows ----------------------------------------------------------------------

    def _show_reminder_window(self, habit_id: str, text: str) -> None:
        from spasmguard.ui.reminder_window import ReminderWindow  # noqa: PLC0415

        self._close_reminder_window(habit_id)
        habit = self.session.habits[habit_id]
        window = ReminderWindow(
            habit_id,
            habit.title,
            text,
            habit.icon,
            self.session.settings.general.reminder_window_seconds,
            can_start=habit_id in GUIDED_BREAKS,
            can_add_glass=habit_id == WATER_HABIT,
        )
        window.answered.connect(self._window_answered)
        keep_until_destroyed(self._reminder_windows, habit_id, window)
        window.show()

    def _window_answered(self, habit_id: str, action: str) -> None:
        self._reminder_windows.pop(habit_id, None)
        self.session.answer(habit_id, action)

    def _close_reminder_window(self, habit_id: str) -> None:
        window = self._reminder_windows.pop(habit_id, None)
        if window is not None:
            window.withdraw()

    # --- the windows opened by name ------------------------------------------------------------

    def _builders(self) -> dict[str, Callable[[], QWidget]]:
        builders: dict[str, Callable[[], QWidget]] = {
            "settings": self._settings_window,
            "lifting": self._lifting_panel,
            "history": self._history_window,
            "welcome": self._welcome_window,
            "professional": self._professional_panel,
            "spasm": self._spasm_panel,
        }
        for habit_id, name in GUIDED_BREAKS.items():
            builders[name] = partial(self._guided_break, habit_id)
        return builders

    def _guided_break(self, habit_id: str) -> QWidget:
        if habit_id == POSTURE_HABIT:
            return self._posture_check()
        session = build_break(habit_id, self.session.settings.general)
        session.finished.connect(lambda habit_id: self.session.answer(habit_id, "done"))
        return session

    def _posture_check(self) -> QWidget:
        from spasmguard.ui.posture_check import SUMMARY_DAYS, PostureCheck  # noqa: PLC0415

        history, now = self.session.tracker.history, self.session.clock.now()
        misses = history.posture_misses(SUMMARY_DAYS, now)
        language = self.session.settings.general.language
        check = PostureCheck(load_posture(language), misses, language=language)
        check.submitted.connect(self.session.posture_checked)
        return check

    def _settings_window(self) -> QWidget:
        from spasmguard.ui.settings_window import SettingsWindow  # noqa: PLC0415

        unavailable = self.session.gate.capabilities().unavailable_options()
        session = self.session
        return SettingsWindow(session.settings, session.apply_settings, unavailable=unavailable)

    def _lifting_panel(self) -> QWidget:
        from spasmguard.ui.lifting_panel import LiftingPanel  # noqa: PLC0415

        return LiftingPanel(self.session.settings.general.language)

    def _history_window(self) -> QWidget:
        from spasmguard.ui.history_window import HistoryWindow  # noqa: PLC0415

        session = self.session
        window = HistoryWindow(
            session.tracker.history,
            session.clock,
            session.settings.general.water_goal_ml,
            session.habits,
        )
        window.deleted.connect(self.refresh_views)
        return window

    def _professional_panel(self) -> QWidget:
        from spasmguard.ui.professional_panel import ProfessionalPanel  # noqa: PLC0415

        return ProfessionalPanel(self.session.settings.general.language)

    def _spasm_panel(self) -> QWidget:
        from spasmguard.ui.spasm_panel import SpasmPanel  # noqa: PLC0415

        return SpasmPanel(self.session.settings.general.language)

    def _welcome_window(self) -> QWidget:
        from spasmguard.ui.welcome_window import WelcomeWindow  # noqa: PLC0415

        session = self.session
        welcome = WelcomeWindow(session.settings, session.apply_settings, session.habits)
        welcome.seen.connect(session.welcome_seen)
        return welcome
