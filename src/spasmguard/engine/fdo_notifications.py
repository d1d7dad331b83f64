"""Reminders as freedesktop.org notifications (Linux, BSD), on a D-Bus connection of our own.

desktop-notifier (still used on macOS and Windows) cannot send the ``desktop-entry`` hint, forgets
a notification as it reports a button press (so it can no longer close it), and keeps its D-Bus
connection where only its private names reach it. So this talks org.freedesktop.Notifications
directly through dbus-fast, which desktop-notifier brings along anyway. Every method runs on the
notifier's asyncio loop (engine/notifier.py).
"""

from __future__ import annotations

import asyncio
import html
import itertools
import logging
from collections.abc import Mapping
from typing import Any

from dbus_fast import Message, MessageType, Variant
from dbus_fast.aio import MessageBus

from spasmguard.core.launchers import APP_NAME
from spasmguard.engine.reminder_notice import (
    DESKTOP_ENTRY,
    DISMISSED,
    OPEN,
    Answer,
    NotShown,
    Reminder,
    buttons_for,
)

log = logging.getLogger(__name__)

_NOTIFICATIONS = "org.freedesktop.Notifications"
_PATH = "/org/freedesktop/Notifications"
_SIGNALS = f"type='signal',interface='{_NOTIFICATIONS}',path='{_PATH}'"
_NO_SERVER_ERRORS = {
    "org.freedesktop.DBus.Error.ServiceUnknown",
    "org.freedesktop.DBus.Error.NameHasNoOwner",
}
# The action key the spec reserves for a click on the notification itself.
_DEFAULT_ACTION = "default"
# NotificationClosed's reason when the user closed it (1 expired, 3 closed by a call, 4 other).
_CLOSED_BY_USER = 2
_ANSWER_SIGNALS = frozenset({"ActionInvoked", "NotificationClosed"})
_NORMAL_URGENCY = Variant("y", 1)


class FreedesktopBackend:
    """Shows one notification per habit and reports what the user did with it (`answer`)."""

    def __init__(self, answer: Answer) -> None:
        self._answer = answer
        self._bus: MessageBus | None = None
        self._shown: dict[str, int] = {}  # habit_id -> the server's notification id
        # habit_id -> its latest show or withdraw: a Notify answered after a newer one is stale.
        self._latest: dict[str, int] = {}
        self._sends = itertools.count()
        self._in_flight = 0  # Notify calls not answered yet
        self._early: list[Message] = []  # signals for unknown ids while a Notify is in flight
        self._tasks: set[asyncio.Task[None]] = set()  # sends and closes, kept from the GC

    async def show(self, reminder: Reminder, labels: Mapping[str, str]) -> None:
        """Show `reminder`, replacing this habit's previous one; NotShown if it cannot be."""
        server_name, capabilities = await self._server()
        if "actions" not in capabilities:
            raise NotShown("no-buttons")
        await self.withdraw(reminder.habit_id)
        body = reminder.body
        if "body-markup" in capabilities:
            body = html.escape(body, quote=False)
        actions = [_DEFAULT_ACTION, labels[OPEN]]
        for kind in buttons_for(server_name, reminder.buttons):
            actions += [kind, labels[kind]]
        hints = {"desktop-entry": Variant("s", DESKTOP_ENTRY), "urgency": _NORMAL_URGENCY}
        icon = reminder.icon.as_uri() if reminder.icon else DESKTOP_ENTRY
        # Expire timeout 0: it stays until the user answers, as an expired reminder is lost.
        args = [APP_NAME, 0, icon, reminder.title, body, actions, hints, 0]
        # Shielded: when the notifier's timeout gives up on a slow server (Plasma answers only
        # once it has built the popup), the server may still show it; its id must still be
        # taken, or its buttons would do nothing.
        send = self._latest[reminder.habit_id] = next(self._sends)
        notify = asyncio.ensure_future(self._notify(reminder.habit_id, send, args))
        self._keep(notify)
        await asyncio.shield(notify)

    async def _notify(self, habit_id: str, send: int, args: list[Any]) -> None:
        """Send Notify; keep the id, or close it if the habit's reminder was withdrawn or
        sent again while the server took its time (so no stale one stays on screen)."""
        self._in_flight += 1
        try:
            (server_id,) = await self._call("Notify", "susssasa{sv}i", args)
        finally:
            self._in_flight -= 1
        if self._latest.get(habit_id) != send:
            await self._close(server_id)
            return
        self._shown[habit_id] = server_id
        early, self._early = self._early, []
        for message in early:  # what the server said of it before its id was known here
            self._on_message(message)

    async def withdraw(self, habit_id: str) -> None:
        """Take this habit's notification off the screen, if one is shown or on its way."""
        self._latest[habit_id] = next(self._sends)
        server_id = self._shown.pop(habit_id, None)
        if server_id is not None:
            await self._close(server_id)

    async def close(self) -> None:
        """Withdraw what is shown (its buttons would be dead) and disconnect."""
        try:
            for habit_id in list(self._shown):
                await self.withdraw(habit_id)
        finally:
            if self._bus is not None:
                self._bus.disconnect()
                self._bus = None

    async def _server(self) -> tuple[str, frozenset[str]]:
        """The server's name and capabilities, asked on every send (it may have changed)."""
        if self._bus is None or not self._bus.connected:
            try:
                self._bus = await MessageBus().connect()
            except Exception as exc:  # no address, refused socket, failed auth, ...
                raise NotShown("no-bus", repr(exc)) from exc
            self._bus.add_message_handler(self._on_message)
            await self._call("AddMatch", "s", [_SIGNALS], to="org.freedesktop.DBus")
        (capabilities,) = await self._call("GetCapabilities")
        name, *_vendor_version_spec = await self._call("GetServerInformation")
        return str(name), frozenset(capabilities)

    async def _close(self, server_id: int) -> None:
        """CloseNotification; an id the server no longer knows is already closed (no error)."""
        try:
            await self._call("CloseNotification", "u", [server_id])
        except NotShown as exc:
            log.debug("notifier: close %d: %s", server_id, exc)

    async def _call(
        self, member: str, signature: str = "", body: list[Any] | None = None, *, to: str = ""
    ) -> list[Any]:
        """Call the notification server (`to` another name: that one's object of the same name,
        the bus daemon); NotShown for an error reply."""
        assert self._bus is not None
        target = to or _NOTIFICATIONS
        path = "/" + target.replace(".", "/")
        message = Message(
            destination=target,
            path=path,
            interface=target,
            member=member,
            signature=signature,
            body=body or [],
        )
        reply = await self._bus.call(message)
        if reply is None or reply.message_type == MessageType.ERROR:
            error = reply.error_name if reply is not None else "no reply"
            reason = "no-server" if error in _NO_SERVER_ERRORS else "refused"
            raise NotShown(reason, f"{member}: {error}: {reply.body if reply else ''}")
        return list(reply.body)

    def _on_message(self, message: Message) -> None:
        """Route the server's ActionInvoked and NotificationClosed signals to `answer`."""
        signal = message.message_type == MessageType.SIGNAL and message.interface == _NOTIFICATIONS
        if not signal or message.member not in _ANSWER_SIGNALS:
            return
        if message.body[0] not in self._shown.values() and self._in_flight:
            # Maybe about a notification whose Notify answer came in the same read and is not
            # taken yet: looked at again then (signals of other apps' notifications too).
            self._early.append(message)
            return
        if message.member == "ActionInvoked":
            server_id, key = message.body
            habit_id = self._forget(server_id)
            if habit_id is not None:
                # Servers (dunst among them) keep a notification up after a button press until
                # its client closes it.
                self._keep(asyncio.get_running_loop().create_task(self._close(server_id)))
                self._answer(habit_id, OPEN if key == _DEFAULT_ACTION else key)
        elif message.member == "NotificationClosed":
            server_id, reason = message.body
            habit_id = self._forget(server_id)
            if habit_id is not None and reason == _CLOSED_BY_USER:
                self._answer(habit_id, DISMISSED)

    def _keep(self, task: asyncio.Task[None]) -> None:
        """Hold `task` until it ends (the loop keeps only weak references); a failure of a task
        nobody awaits any more (a timed-out send) is logged, not left unretrieved."""
        self._tasks.add(task)
        task.add_done_callback(self._done)

    def _done(self, task: asyncio.Task[None]) -> None:
        self._tasks.discard(task)
        if not task.cancelled() and task.exception() is not None:
            log.debug("notifier: %r", task.exception())

    def _forget(self, server_id: int) -> str | None:
        """The habit whose shown notification has `server_id`, no longer listed as shown."""
        for habit_id, shown_id in self._shown.items():
            if shown_id == server_id:
                del self._shown[habit_id]
                return habit_id
        return None
