"""The app on the desktop: the tray (or the no-tray window), the reminder windows and the others.

It shows what the reminder session (session/reminders.py) says and turns clicks into calls on
it. Every window the user opens by name is built here, on first use, through the one
:class:`~spasmguard.ui.windows.WindowRegistry`.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QSystemTrayIcon, QWidget

from spasmguard.core import no_tray
from spasmguard.core.commands import GUIDED_BREAKS
from spasmguard.core.habits import load_posture
from spasmguard.core.history import POSTURE_HABIT, WATER_HABIT
from spasmguard.engine.instance import CommandServer, received_activation
from spasmguard.engine.memory import before_window_built
from spasmguard.session.commands import CommandHandlers
from spasmguard.session.reminders import ReminderSession
from spasmguard.settings.launch_entries import install_menu_entry, menu_entry_installed
from spasmguard.ui.guided_breaks import build_break
from spasmguard.ui.i18n import translated, use_language
from spasmguard.ui.tray import Tray, tray_view
from spasmguard.ui.windows import WindowRegistry, keep_until_destroyed

if TYPE_CHECKING:
    from spasmguard.ui.main_window import MainWindow
    from spasmguard.ui.reminder_window import ReminderWindow

log = logging.getLogger(__name__)


class Desktop(QObject):
    """The widgets around one reminder session."""

    def __init__(self, session: ReminderSession) -> None:
        super().__init__()
        self.session = session
        self._language = session.settings.general.language_in_use
        use_language(self._language)
        self.tray = Tray(partial(tray_view, session))
        self.windows = WindowRegistry(self._builders())
        self._reminder_windows: dict[str, ReminderWindow] = {}
        self._main_windows: dict[str, MainWindow] = {}  # the no-tray window, while open
        self._tray_waited_ms = 0
        session.changed.connect(self.refresh_views)
        session.window_reminder.connect(self._show_reminder_window)
        session.window_withdrawn.connect(self._close_reminder_window)
        session.window_wanted.connect(self.windows.open)
        self._connect_tray()

    def start(self, server: CommandServer, *, welcome: bool = False) -> None:
        """:meth:`show`, then :meth:`start_session`."""
        self.show(server)
        self.start_session(welcome=welcome)

    def show(self, server: CommandServer) -> None:
        """Answer the command line and show the tray (or do without one).

        All the tray needs is the session's state; the app shows it before the session starts.
        """
        CommandHandlers(self.session).register(server)
        server.register("relaunch", self._relaunch)
        self._show_tray_when_available()

    def start_session(self, *, welcome: bool = False) -> None:
        """Start the reminders; tell about settings that could not be used.

        With ``welcome`` (the real app asks for it; tests only when they test it), a first run
        also opens the welcome window, non-modal, so nothing waits for it.
        """
        self.session.start()
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
        """The tray's icon and tooltip, and the no-tray window that repeats the tooltip.

        A new language takes effect here: Qt texts, then the menu and tooltip built anew.
        """
        language = self.session.settings.general.language_in_use
        if language != self._language:
            self._language = language
            use_language(language)
            self.tray.menu.refresh()
        self.tray.refresh()
        for window in self._main_windows.values():
            window.refresh()

    def _relaunch(self, args: dict[str, Any]) -> str:
        """The user launched spasmguard again (app.py hands over): open the window that means,
        once the reply is out, with the launcher's tokens so it may come to the front."""
        name = no_tray.relaunch_window(self.tray.icon.isVisible())
        activation = received_activation(args)
        QTimer.singleShot(0, lambda: self.windows.open(name, activation))
        return ""

    def _connect_tray(self) -> None:
        session, menu = self.session, self.tray.menu
        menu.remind_now.connect(session.remind)
        menu.drink.connect(lambda: session.drink(None))
        menu.pause.connect(lambda n: session.pause(int(n) if n.isdigit() else n))
        menu.resume.connect(session.resume)
        menu.do_not_disturb.connect(session.do_not_disturb)
        menu.open_window.connect(self.windows.open)
        menu.quit_requested.connect(QApplication.quit)

    # --- no tray: looked for a while, then explained once (core/no_tray.py decides) ------------

    def _notice_seen(self) -> bool:
        return self.session.tracker.history.flag(no_tray.NOTICE_FLAG) is not None

    def _show_tray_when_available(self) -> None:
        """Show the tray icon, or look again later, or do without one (core/no_tray.py)."""
        available = QSystemTrayIcon.isSystemTrayAvailable()
        wait = no_tray.tray_wait_ms(os.environ)
        step = no_tray.next_step(available, self._tray_waited_ms, self._notice_seen(), wait)
        if step is no_tray.TrayStep.SHOW_TRAY:
            self.tray.show()
        elif step is no_tray.TrayStep.RETRY:
            retry = min(no_tray.TRAY_RETRY_MS, wait)
            self._tray_waited_ms += retry
            QTimer.singleShot(retry, self._show_tray_when_available)
        else:
            log.info("no system tray: open spasmguard from the application menu")
            if step is no_tray.TrayStep.EXPLAIN:
                self.windows.open(no_tray.MAIN_WINDOW, quietly=True)

    def _tell_about_settings_problems(self) -> None:
        """One message about an unreadable settings file or bad values (the file is kept)."""
        loaded = self.session.loaded
        lines = [translated(loaded.notice)] if loaded.notice else []
        lines += [f"{p.key}: {translated(p.message)}" for p in loaded.problems]
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
        before_window_built()  # its code and font pages leave again once it is answered
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
            no_tray.MAIN_WINDOW: self._main_window,
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
        language = self.session.settings.general.language_in_use
        check = PostureCheck(load_posture(language), misses, language=language)
        check.submitted.connect(self.session.posture_checked)
        return check

    def _main_window(self) -> QWidget:
        """The tray's tooltip and menu in a window, explaining itself the first time."""
        from spasmguard.ui.main_window import MainWindow  # noqa: PLC0415 - rarely needed

        history, clock = self.session.tracker.history, self.session.clock
        add = None if menu_entry_installed() else install_menu_entry
        window = MainWindow(
            self.tray.menu, self.tray.tooltip, explain=not self._notice_seen(), add_to_menu=add
        )
        window.notice_seen.connect(
            lambda: history.set_flag(no_tray.NOTICE_FLAG, clock.now().isoformat())
        )
        keep_until_destroyed(self._main_windows, no_tray.MAIN_WINDOW, window)
        return window

    def _settings_window(self) -> QWidget:
        from spasmguard.ui.settings_window import SettingsWindow  # noqa: PLC0415

        unavailable = self.session.gate.capabilities().unavailable_options()
        session = self.session
        return SettingsWindow(session.settings, session.apply_settings, unavailable=unavailable)

    def _lifting_panel(self) -> QWidget:
        from spasmguard.ui.lifting_panel import LiftingPanel  # noqa: PLC0415

        return LiftingPanel(self.session.settings.general.language_in_use)

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

        return ProfessionalPanel(self.session.settings.general.language_in_use)

    def _spasm_panel(self) -> QWidget:
        from spasmguard.ui.spasm_panel import SpasmPanel  # noqa: PLC0415

        return SpasmPanel(self.session.settings.general.language_in_use)

    def _welcome_window(self) -> QWidget:
        from spasmguard.ui.welcome_window import WelcomeWindow  # noqa: PLC0415

        session = self.session
        welcome = WelcomeWindow(session.settings, session.apply_settings, session.habits)
        welcome.seen.connect(session.welcome_seen)
        return welcome
