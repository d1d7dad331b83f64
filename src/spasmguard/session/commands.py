"""The running app's answers to the command line (`spasmguard trigger posture`, ...).

Each handler checks its arguments with the bounds the command line itself uses (core.commands),
since anything may write to the socket, then asks the session and says in one sentence what
happened. A bad argument is a CommandError, which the client prints.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeGuard

from PySide6.QtCore import QCoreApplication, QTimer

from spasmguard.core.commands import (
    MAX_PAUSE_MINUTES,
    MAX_SNOOZE_MINUTES,
    MAX_WATER_ML,
    OPEN_WINDOWS,
)
from spasmguard.core.habits import HABIT_IDS
from spasmguard.engine.instance import CommandError, CommandServer, received_activation
from spasmguard.session.reminders import ReminderSession


def _tr(text: str) -> str:
    return QCoreApplication.translate("Commands", text)


def _whole_number(value: object, low: int, high: int) -> TypeGuard[int]:
    """Whether a command argument is a whole number in range (JSON true/false are not)."""
    return isinstance(value, int) and not isinstance(value, bool) and low <= value <= high


def _habit_arg(args: dict[str, Any]) -> str:
    habit_id = args.get("habit")
    if habit_id not in HABIT_IDS:
        raise CommandError(_tr("Unknown habit {habit!r}.").format(habit=habit_id))
    return str(habit_id)


class CommandHandlers:
    """The handlers of one session, registered with the command server by :meth:`register`."""

    def __init__(self, session: ReminderSession) -> None:
        self.session = session

    def register(self, server: CommandServer) -> None:
        commands: dict[str, Callable[[dict[str, Any]], object]] = {
            "status": lambda _args: self.session.tracker.status(),
            "trigger": self.trigger,
            "snooze": self.snooze,
            "pause": self.pause,
            "resume": lambda _args: self.resume(),
            "done": self.done,
            "drink": self.drink,
            "open": self.open,
            "quit": lambda _args: self.quit(),
        }
        for name, handler in commands.items():
            server.register(name, handler)

    def _title(self, habit_id: str) -> str:
        return self.session.habits[habit_id].title

    def trigger(self, args: dict[str, Any]) -> str:
        habit_id = _habit_arg(args)
        self.session.remind(habit_id)
        return _tr("Showing the {title} reminder.").format(title=self._title(habit_id))

    def snooze(self, args: dict[str, Any]) -> str:
        habit_id = _habit_arg(args)
        minutes = args.get("minutes")
        if not _whole_number(minutes, 1, MAX_SNOOZE_MINUTES):
            raise CommandError(
                _tr("Snooze length must be a whole number of minutes, 1 to {most}.").format(
                    most=MAX_SNOOZE_MINUTES
                )
            )
        until = self.session.snooze(habit_id, minutes)
        return _tr("{title} snoozed until {time}.").format(
            title=self._title(habit_id), time=until.strftime("%H:%M")
        )

    def pause(self, args: dict[str, Any]) -> str:
        length = args.get("length")
        if not (length in ("tomorrow", "off") or _whole_number(length, 1, MAX_PAUSE_MINUTES)):
            raise CommandError(
                _tr("Pause length must be 1 to {most} minutes, 'tomorrow' or 'off'.").format(
                    most=MAX_PAUSE_MINUTES
                )
            )
        until = self.session.pause(length)
        if until is None:
            return _tr("Reminders paused until you resume them.")
        return _tr("Reminders paused until {time}.").format(time=until.strftime("%a %H:%M"))

    def resume(self) -> str:
        self.session.resume()
        return _tr("Reminders resumed.")

    def done(self, args: dict[str, Any]) -> str:
        habit_id = _habit_arg(args)
        self.session.done(habit_id)
        return _tr("{title}: done.").format(title=self._title(habit_id))

    def drink(self, args: dict[str, Any]) -> str:
        ml = args.get("ml")
        if ml is not None and not _whole_number(ml, 1, MAX_WATER_ML):
            raise CommandError(
                _tr("The amount must be a whole number of millilitres, 1 to {most}.").format(
                    most=MAX_WATER_ML
                )
            )
        total = self.session.drink(ml)
        return _tr("Water today: {total} of {goal} ml.").format(
            total=total, goal=self.session.settings.general.water_goal_ml
        )

    def open(self, args: dict[str, Any]) -> str:
        """Open a window once the reply is out (building it may take a moment)."""
        name = args.get("window")
        if name not in OPEN_WINDOWS:
            raise CommandError(_tr("Unknown window {name!r}.").format(name=name))
        activation = received_activation(args)
        QTimer.singleShot(0, lambda: self.session.open_window(str(name), activation))
        return ""

    def quit(self) -> str:
        """Quit once the reply is out."""
        QTimer.singleShot(0, QCoreApplication.quit)
        return _tr("spasmguard is quitting.")
