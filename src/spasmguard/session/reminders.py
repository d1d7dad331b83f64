"""One reminder session: reminders in, answers out, every change recorded and re-planned at once.

The session owns the tracker (runtime state + history) and wires the reminder engine, the gate,
the time watch and the notifier around it. Every way of acting on a habit (notification button,
reminder window, tray, command line) ends in the same few methods here, which record the action
and re-plan. What the user sees is the ui's business: the session says, through its signals,
when views must refresh, when a reminder wants the app's own window and which window to open.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable, Mapping
from datetime import datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal

from spasmguard.core.away import AwayNotes, duration_parts
from spasmguard.core.clock import Clock
from spasmguard.core.commands import GUIDED_BREAKS, NO_TOKENS, OPEN_WINDOWS
from spasmguard.core.habits import Habit, PromptRotation, load_habits, reminder_text
from spasmguard.core.history import WATER_HABIT
from spasmguard.core.messages import Message
from spasmguard.core.presence import DoNotDisturb
from spasmguard.core.resources import resource
from spasmguard.core.tracker import Tracker
from spasmguard.engine.gate import ReminderGate, Sources
from spasmguard.engine.notifier import NotificationSender, Reminder
from spasmguard.engine.scheduler import ReminderEngine
from spasmguard.engine.timewatch import TimeWatch, heartbeat_seconds
from spasmguard.settings.launch_entries import set_start_at_login
from spasmguard.settings.model import Settings, preferences, to_plan_config
from spasmguard.settings.store import LoadResult, SettingsError, load_settings, save_settings

log = logging.getLogger(__name__)

WELCOME_FLAG = "welcome_seen"
"""History flag (runtime data, not settings) set once the welcome window has been closed."""


class ReminderSession(QObject):
    """The app's behaviour around one Tracker, free of widgets."""

    #: The plan, the state or "do not disturb" changed: the views refresh.
    changed = Signal()
    #: Show the app's own reminder window for this habit, with this text.
    window_reminder = Signal(str, str)
    #: The habit's reminder was settled elsewhere: withdraw its reminder window, if one is open.
    window_withdrawn = Signal(str)
    #: Open (or raise) the window of this name, one of OPEN_WINDOWS, with the launcher's
    #: activation tokens (a mapping, empty unless a command forwarded them).
    window_wanted = Signal(str, object)

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
        self.habits: dict[str, Habit] = load_habits(self.settings.general.language_in_use)
        self.rotation = PromptRotation(self.habits)
        self._texts: dict[str, str] = {}
        self.engine = ReminderEngine(tracker, self)
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
        self.gate.came_back.connect(self.natural_break)
        self.gate.changed.connect(self.changed)
        # The tracker restarted the due habit's timer; the gate decides when it is shown, and
        # remind() records it then. Queued: a slot that opens a window must not re-enter the
        # scheduler's job.
        self.engine.due.connect(self.gate.offer, Qt.ConnectionType.QueuedConnection)
        # Suspends and clock changes: the engine applies the gap rules, the watch wakes it.
        self.away = AwayNotes()
        self.engine.warped.connect(lambda warp: self.away.record(warp, tracker.config, clock.now()))
        self.timewatch = TimeWatch(clock, self.engine, heartbeat_seconds(os.environ), self)
        self.timewatch.beat.connect(self.gate.beat)
        # Queued, so the gate has settled first: its next look, on the watch's one-shot timer.
        gate_moved = (
            self.engine.due,
            self.gate.changed,
            self.gate.deliver,
            self.gate.rearmed,
            self.timewatch.beat,
        )
        for moved in gate_moved:
            moved.connect(self._gate_asks, Qt.ConnectionType.QueuedConnection)
        self.notifier = NotificationSender(self)
        self.notifier.action.connect(self.answer)
        self.notifier.failed.connect(self._notification_failed)

    # --- start and stop ------------------------------------------------------------------------

    def start(self) -> None:
        """Begin the session's timers, arm the reminders and the time watch, read the gate."""
        self.tracker.start()
        self.engine.start()
        self.timewatch.start()
        self.gate.start()
        self._gate_asks()
        log.info("started; next reminders %s", self.engine.next_run_times())

    def _gate_asks(self, *_: object) -> None:
        """Hand the gate's next look to the time watch (a one-shot timer where no beat runs)."""
        self.timewatch.request_beat(self.gate.next_check_ms())

    def shutdown(self) -> None:
        """Stop the timers and the notifier thread; save the state."""
        self.timewatch.stop()
        self.gate.stop()
        self.engine.shutdown()
        self.notifier.close()
        self.tracker.save_state()

    # --- reminders -----------------------------------------------------------------------------

    def remind(self, habit_id: str) -> None:
        """Deliver a reminder now (the gate let it through, or it was asked for).

        The one place a reminder counts as fired: recorded, its timer restarted, logged.
        """
        self.tracker.fired(habit_id)
        text = reminder_text(self.settings.habit(habit_id).custom_prompt, self.rotation, habit_id)
        text = self._welcome_back(habit_id) + text
        self._texts[habit_id] = text
        habit = self.habits[habit_id]
        if self.settings.general.notification_style == "window":
            self.window_reminder.emit(habit_id, text)
        else:
            icon = resource(*habit.icon.split("/"))
            can_start = habit_id in GUIDED_BREAKS
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
        line = QCoreApplication.translate(
            "ReminderSession", "Welcome back - you were away {duration}."
        )
        return line.format(duration=self._duration_text(away)) + "\n"

    def _duration_text(self, size: timedelta) -> str:
        """A length of time in the language in use: "2 h 10 min", "2 Std. 10 Min."."""
        words = {
            "d": lambda count: self.tr("%n d", "", count),
            "h": lambda count: self.tr("%n h", "", count),
            "min": lambda count: self.tr("%n min", "", count),
        }
        return " ".join(words[unit](count) for count, unit in duration_parts(size))

    def _notification_failed(self, habit_id: str, reason: str) -> None:
        log.warning("notification for %s failed (%s); using the reminder window", habit_id, reason)
        self.window_reminder.emit(habit_id, self._reminder_text(habit_id))

    def _reminder_text(self, habit_id: str) -> str:
        """The text of the habit's last reminder (its reason, if none was sent yet)."""
        return self._texts.get(habit_id, self.habits[habit_id].reason)

    def answer(self, habit_id: str, action: str) -> None:
        """The user answered a reminder (any channel): record it and re-plan.

        "open" (a click on the notification) records nothing: it opens the reminder window,
        which offers every answer (GNOME shows only three buttons).
        "start" records nothing yet: it opens the guided break, whose end records "done".
        """
        if action == "open":
            self.window_reminder.emit(habit_id, self._reminder_text(habit_id))
            return
        if action == "start" and habit_id in GUIDED_BREAKS:
            self.notifier.withdraw(habit_id)
            self.window_wanted.emit(GUIDED_BREAKS[habit_id], NO_TOKENS)
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

    def done(self, habit_id: str) -> None:
        """The habit was done, said elsewhere than on its reminder (the command line)."""
        self.window_withdrawn.emit(habit_id)
        self.answer(habit_id, "done")

    def snooze(self, habit_id: str, minutes: int) -> datetime:
        """Put the habit off for ``minutes``; returns when it comes back."""
        until = self.tracker.snoozed(habit_id, minutes)
        self.window_withdrawn.emit(habit_id)
        self._after_change()
        return until

    def posture_checked(self, answers: dict[str, bool]) -> None:
        """A posture checklist was submitted: its answers and "done" are recorded together."""
        self.window_withdrawn.emit("posture")
        self.tracker.posture_checked(answers)
        log.info("posture check: %d of %d right", sum(answers.values()), len(answers))
        self.notifier.withdraw("posture")
        self._after_change()

    def natural_break(self, habit_ids: tuple[str, ...]) -> None:
        """The user is back from time away: that was a break for these habits."""
        self.tracker.natural_break(habit_ids)
        self._after_change()

    def _after_change(self) -> None:
        self.engine.replan()
        self.changed.emit()

    # --- water, pause, do not disturb, windows --------------------------------------------------

    def drink(self, ml: int | None) -> int:
        """Count water (``None``: one glass); returns today's total in ml."""
        total = self.tracker.drink(ml)
        self.changed.emit()
        return total

    def pause(self, length: int | str) -> datetime | None:
        """Pause for N minutes, until 'tomorrow' or until resumed ('off'); returns the end."""
        until = self.tracker.pause(length)
        self._after_change()
        return until

    def resume(self) -> None:
        self.tracker.resume()
        self._after_change()

    def do_not_disturb(self, choice: str) -> None:
        """Switch "do not disturb": minutes, "on" (until turned off) or "off"."""
        self.gate.set_do_not_disturb(DoNotDisturb.from_choice(choice, self.clock.now()))

    def open_window(self, name: str, activation: Mapping[str, str] = NO_TOKENS) -> None:
        """Ask the ui to open a window by name; ValueError for a name not in OPEN_WINDOWS.

        ``activation``: the launcher's tokens a command forwarded, so it may come to the front.
        """
        if name not in OPEN_WINDOWS:
            raise ValueError(f"unknown window {name!r} (known: {', '.join(OPEN_WINDOWS)})")
        self.window_wanted.emit(name, activation)

    def is_first_run(self) -> bool:
        """Whether to welcome the user: the welcome was never seen (a mark in the data dir),
        and there is no settings file yet (whoever wrote one, by hand or with an older
        spasmguard, already knows their way around)."""
        return self.tracker.history.flag(WELCOME_FLAG) is None and not self.settings_path.exists()

    def welcome_seen(self) -> None:
        self.tracker.history.set_flag(WELCOME_FLAG, self.clock.now().isoformat())

    # --- settings ------------------------------------------------------------------------------

    def apply_settings(self, settings: Settings) -> None:
        """Save (atomically) and take effect at once.

        If the file cannot be written (read-only folder, full disk, a newer file) the settings
        still take effect for this session, and SettingsError says so in plain sentences: the
        user's choice should not be lost just because the disk said no. If they were saved but
        the login entry could not be changed, StartAtLoginError says that, and only that.
        """
        try:
            save_settings(self.settings_path, settings, self.loaded)
        except SettingsError as error:
            log.warning("settings not saved, in effect until quit: %s", error)
            self._use_settings(settings)
            message = Message(
                "{problem} The new settings are in effect until spasmguard quits.",
                problem=str(error),
            )
            raise SettingsError(error.errno, message) from error
        self.loaded = load_settings(self.settings_path)
        log.info("settings saved")
        was_on = self.settings.general.start_at_login
        self._use_settings(settings)
        if was_on or settings.general.start_at_login:
            # StartAtLoginError (shown by the settings window) if the entry can't be changed.
            set_start_at_login(settings.general.start_at_login)
            log.info("start at login: %s", settings.general.start_at_login)

    def _use_settings(self, settings: Settings) -> None:
        """Make ``settings`` the running ones (texts, plan, preferences) and re-plan."""
        if settings.general.language_in_use != self.settings.general.language_in_use:
            self.habits = load_habits(settings.general.language_in_use)
            self.rotation = PromptRotation(self.habits)
        self.settings = settings
        self.tracker.configure(to_plan_config(settings), preferences(settings))
        general = settings.general
        self.gate.configure(general.idle_threshold_minutes, general.detect_fullscreen)
        self._after_change()
