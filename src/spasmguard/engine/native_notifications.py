"""Reminders as macOS and Windows notifications, through desktop-notifier's public API.

Linux and BSD use engine/fdo_notifications.py instead (see there why). Every method runs on the
notifier's asyncio loop (engine/notifier.py).
"""

from __future__ import annotations

import functools
import uuid
from collections.abc import Mapping

import desktop_notifier as dn

from spasmguard.core.launchers import APP_NAME
from spasmguard.engine.reminder_notice import DISMISSED, OPEN, Answer, NotShown, Reminder


class NativeBackend:
    """Shows one notification per habit and reports what the user did with it (`answer`)."""

    def __init__(self, answer: Answer) -> None:
        self._answer = answer
        self._service = dn.DesktopNotifier(app_name=APP_NAME, app_icon=None)
        self._shown: dict[str, str] = {}  # habit_id -> notification identifier

    async def show(self, reminder: Reminder, labels: Mapping[str, str]) -> None:
        """Show `reminder`, replacing this habit's previous one; NotShown if it cannot be."""
        if dn.Capability.BUTTONS not in await self._service.get_capabilities():
            raise NotShown("no-buttons")
        await self.withdraw(reminder.habit_id)
        ident = str(uuid.uuid4())
        answer = functools.partial(self._answered, reminder.habit_id, ident)
        notification = dn.Notification(
            title=reminder.title,
            message=reminder.body,  # neither platform interprets markup
            icon=dn.Icon(path=reminder.icon) if reminder.icon else None,
            buttons=tuple(
                dn.Button(labels[kind], functools.partial(answer, kind), identifier=kind)
                for kind in reminder.buttons
            ),
            on_dismissed=functools.partial(answer, DISMISSED),
            on_clicked=functools.partial(answer, OPEN),
            timeout=0,  # stays until the user answers: an expired reminder would be lost
            identifier=ident,
        )
        await self._service.send_notification(notification)
        # desktop-notifier logs and swallows send errors; only a sent notification is listed.
        if ident not in await self._service.get_current_notifications():
            raise NotShown("refused", "see the desktop_notifier warning above")
        self._shown[reminder.habit_id] = ident

    async def withdraw(self, habit_id: str) -> None:
        """Take this habit's notification off the screen, if one is shown."""
        ident = self._shown.pop(habit_id, None)
        # Closed by the user or the system meanwhile: desktop-notifier no longer lists it.
        if ident and ident in await self._service.get_current_notifications():
            await self._service.clear(ident)

    async def close(self) -> None:
        """Withdraw what is shown (its buttons would be dead)."""
        for habit_id in list(self._shown):
            await self.withdraw(habit_id)

    def _answered(self, habit_id: str, ident: str, kind: str) -> None:
        """desktop-notifier callback: forget the notification and report what the user did."""
        if self._shown.get(habit_id) == ident:
            del self._shown[habit_id]
        self._answer(habit_id, kind)
