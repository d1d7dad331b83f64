"""Reminders as desktop notifications with Done / Snooze / Skip buttons (and Start, first, for
the habits that have a guided break).

PySide6's QtDBus cannot send `Notify` with actions, so this uses `desktop-notifier` (dbus-fast
on Linux, the native APIs on macOS and Windows). That library is asyncio based and answers on
its loop: the loop runs in ONE daemon thread, started on first use, so the GUI thread never
waits for a notification server. Results go back to the GUI thread as a queued Qt signal, so
slots connected to `action` and `failed` always run there, whatever their connection type.

A reminder that cannot be shown (no session bus, no server, no buttons, no answer within
`SEND_TIMEOUT_S`) is reported through `failed` so the app can show its own window instead.
"""

from __future__ import annotations

import asyncio
import functools
import logging
import sys
import threading
import uuid
from collections.abc import Coroutine
from concurrent.futures import Future
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal, Slot

if TYPE_CHECKING:
    from dbus_fast.aio import MessageBus
    from desktop_notifier import DesktopNotifier

log = logging.getLogger(__name__)

APP_NAME = "spasmguard"
SEND_TIMEOUT_S = 3.0
BUTTON_KINDS = ("done", "snooze", "skip")
START = "start"
GLASS = "glass"

_NOTIFICATIONS = "org.freedesktop.Notifications"
_NO_SERVER_ERRORS = {
    "org.freedesktop.DBus.Error.ServiceUnknown",
    "org.freedesktop.DBus.Error.NameHasNoOwner",
}


@dataclass(frozen=True)
class Reminder:
    """What one notification says; `body` may be user-written text (it is escaped if needed).

    can_start: offer a Start button (answer "start") that opens the habit's guided break.
    can_add_glass: offer "+ a glass" (answer "glass"): a glass of water counted, and done.
    """

    habit_id: str
    title: str
    body: str
    icon: Path | None = None
    can_start: bool = False
    can_add_glass: bool = False

    @property
    def buttons(self) -> tuple[str, ...]:
        """The button kinds, in the order shown: the habit's own action first, if it has one."""
        own = ((START,) if self.can_start else ()) + ((GLASS,) if self.can_add_glass else ())
        return own + BUTTON_KINDS


def _log_error(job: Future[None]) -> None:
    """Log what a fire-and-forget job raised; nobody else ever looks at its result."""
    if not job.cancelled() and job.exception() is not None:
        log.warning("notifier: %r", job.exception())


class _NotShown(Exception):
    """A reminder could not be shown; `reason` is a key of `NotificationSender.reason_text`."""

    def __init__(self, reason: str, detail: str = "") -> None:
        super().__init__(f"{reason}: {detail}" if detail else reason)
        self.reason = reason


class NotificationSender(QObject):
    """Shows one notification per habit and reports what the user did with it."""

    action = Signal(str, str)  # (habit_id, "done" | "snooze" | "skip" | "start" | "dismissed")
    failed = Signal(str, str)  # (habit_id, one plain translated sentence why)

    # Emitted on the loop thread with (signal name, habit_id, payload); queued to the GUI thread.
    _relay = Signal(str, str, str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._relay.connect(self._forward, Qt.ConnectionType.QueuedConnection)
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        # Touched only on the loop thread:
        self._lock: asyncio.Lock | None = None
        self._service: DesktopNotifier | None = None
        self._bus: MessageBus | None = None
        self._shown: dict[str, str] = {}  # habit_id -> notification identifier
        self._server_ids: dict[str, int] = {}  # notification identifier -> the server's id

    # --- GUI thread ---------------------------------------------------------------------------

    def send(self, reminder: Reminder) -> None:
        """Show `reminder`, replacing this habit's previous one; returns at once."""
        labels = {
            "done": QCoreApplication.translate("NotificationSender", "Done"),
            "snooze": QCoreApplication.translate("NotificationSender", "Snooze"),
            "skip": QCoreApplication.translate("NotificationSender", "Skip"),
            START: QCoreApplication.translate("NotificationSender", "Start"),
            GLASS: QCoreApplication.translate("NotificationSender", "+ a glass"),
        }
        self._submit(self._deliver(reminder, labels))

    def withdraw(self, habit_id: str) -> None:
        """Take this habit's notification off the screen, if one is shown; returns at once."""
        self._submit(self._guarded(f"withdraw {habit_id}", self._withdraw(habit_id)))

    def close(self) -> None:
        """Withdraw what is still shown (its buttons would be dead) and stop the loop thread.

        Blocks for at most about `SEND_TIMEOUT_S` + 3 s; meant for quitting the app.
        """
        loop, thread = self._loop, self._thread
        if loop is None or thread is None:
            return
        self._loop = self._thread = None
        done = asyncio.run_coroutine_threadsafe(self._guarded("shut down", self._shutdown()), loop)
        try:
            done.result(timeout=SEND_TIMEOUT_S + 1)
        except Exception:  # close() runs at quit: report, never raise into the caller
            log.warning("notifier: clean shutdown failed", exc_info=True)
        loop.call_soon_threadsafe(loop.stop)
        thread.join(timeout=2)
        if not thread.is_alive():
            loop.close()
        # These belong to the stopped loop; a later send() starts afresh on a new one.
        self._lock = self._service = self._bus = None
        self._shown.clear()

    @staticmethod
    def reason_text(reason: str) -> str:
        """The sentence `failed` carries for a reason key (translated on the GUI thread)."""
        tr = QCoreApplication.translate
        texts = {
            "no-bus": tr("NotificationSender", "No D-Bus session bus is available."),
            "no-server": tr("NotificationSender", "No notification server is running."),
            "no-buttons": tr("NotificationSender", "The notification server cannot show buttons."),
            "timeout": tr("NotificationSender", "The notification server did not answer in time."),
        }
        return texts.get(reason, tr("NotificationSender", "The notification server refused it."))

    @Slot(str, str, str)
    def _forward(self, name: str, habit_id: str, payload: str) -> None:
        if name == "failed":
            self.failed.emit(habit_id, self.reason_text(payload))
        else:
            self.action.emit(habit_id, payload)

    def _submit(self, job: Coroutine[Any, Any, None]) -> None:
        if self._loop is None:
            self._loop = asyncio.new_event_loop()
            self._thread = threading.Thread(
                target=self._loop.run_forever, name="spasmguard-notifier", daemon=True
            )
            self._thread.start()
        asyncio.run_coroutine_threadsafe(job, self._loop).add_done_callback(_log_error)

    # --- loop thread --------------------------------------------------------------------------

    async def _guarded(self, what: str, job: Coroutine[Any, Any, None]) -> None:
        """Run one job at a time, bounded by the timeout, so jobs never interleave or hang."""
        if self._lock is None:
            self._lock = asyncio.Lock()
        async with self._lock:
            await asyncio.wait_for(job, SEND_TIMEOUT_S)
        log.debug("notifier: %s done", what)

    async def _deliver(self, reminder: Reminder, labels: dict[str, str]) -> None:
        habit = reminder.habit_id
        try:
            await self._guarded(f"send {habit}", self._show(reminder, labels))
        except TimeoutError:
            reason = "timeout"
        except _NotShown as exc:
            reason = exc.reason
        except Exception:
            log.exception("notifier: reminder %s failed unexpectedly", habit)
            reason = "refused"
        else:
            log.info("notifier: reminder %s delivered", habit)
            return
        log.warning("notifier: reminder %s not delivered (%s)", habit, reason)
        self._relay.emit("failed", habit, reason)

    async def _show(self, reminder: Reminder, labels: dict[str, str]) -> None:
        # Lazy: desktop-notifier and dbus-fast cost ~0.3 s and ~15 MiB, and a tray app
        # should not pay that at start-up (this runs on the loop thread, off the GUI).
        import html  # noqa: PLC0415 - and its entity table, only for servers that take markup

        import desktop_notifier as dn  # noqa: PLC0415

        markup = "body-markup" in await self._server_capabilities()
        if self._service is None:
            self._service = dn.DesktopNotifier(app_name=APP_NAME, app_icon=None)
        if dn.Capability.BUTTONS not in await self._service.get_capabilities():
            raise _NotShown("no-buttons")
        await self._withdraw(reminder.habit_id)
        ident = str(uuid.uuid4())
        answer = functools.partial(self._answer, reminder.habit_id, ident)
        notification = dn.Notification(
            title=reminder.title,
            message=html.escape(reminder.body, quote=False) if markup else reminder.body,
            icon=dn.Icon(path=reminder.icon) if reminder.icon else None,
            buttons=tuple(
                dn.Button(labels[kind], functools.partial(answer, kind), identifier=kind)
                for kind in reminder.buttons
            ),
            on_dismissed=functools.partial(answer, "dismissed"),
            # A body click means "seen" without a choice, which the app treats as a dismissal.
            on_clicked=functools.partial(answer, "dismissed"),
            timeout=0,  # stays until the user answers: an expired reminder would be lost
            identifier=ident,
        )
        await self._service.send_notification(notification)
        # desktop-notifier logs and swallows send errors; only a sent notification is listed.
        if ident not in await self._service.get_current_notifications():
            raise _NotShown("refused", "see the desktop_notifier warning above")
        self._shown[reminder.habit_id] = ident
        self._remember_server_id(ident)

    def _remember_server_id(self, ident: str) -> None:
        """Keep the server's id of a notification, to close it after a button press.

        Notification servers (dunst among them) leave a notification on screen after a button
        press until the client closes it, but desktop-notifier forgets the id as it reports the
        press. Its Linux backend keeps the mapping in a private attribute (6.x), read with care.
        """
        backend = getattr(self._service, "_backend", None)
        ids = getattr(backend, "_platform_to_interface_notification_identifier", None)
        server_id = getattr(ids, "inverse", {}).get(ident) if ids is not None else None
        if isinstance(server_id, int):
            self._server_ids[ident] = server_id

    def _answer(self, habit_id: str, ident: str, kind: str) -> None:
        """desktop-notifier callback: forget the notification and report what the user did."""
        if self._shown.get(habit_id) == ident:
            del self._shown[habit_id]
        server_id = self._server_ids.pop(ident, None)
        if server_id is not None and kind != "dismissed" and self._loop is not None:
            self._loop.create_task(self._guarded(f"close {habit_id}", self._close(server_id)))
        log.info("notifier: reminder %s answered: %s", habit_id, kind)
        self._relay.emit("action", habit_id, kind)

    async def _close(self, server_id: int) -> None:
        """Ask the server to take an answered notification off the screen."""
        import dbus_fast  # noqa: PLC0415  (lazy, see _show)

        if self._bus is not None and self._bus.connected:
            await self._bus.call(
                dbus_fast.Message(
                    destination=_NOTIFICATIONS,
                    path="/org/freedesktop/Notifications",
                    interface=_NOTIFICATIONS,
                    member="CloseNotification",
                    signature="u",
                    body=[server_id],
                )
            )

    async def _withdraw(self, habit_id: str) -> None:
        ident = self._shown.pop(habit_id, None)
        if ident is not None:
            self._server_ids.pop(ident, None)
        service = self._service
        # Closed by the user or the server meanwhile: desktop-notifier no longer lists it.
        if ident and service and ident in await service.get_current_notifications():
            await service.clear(ident)

    async def _shutdown(self) -> None:
        for habit_id in list(self._shown):
            await self._withdraw(habit_id)
        # desktop-notifier 6.2 has no public way to close its D-Bus connection (Linux backend
        # only); left open, its socket leaks once the loop is gone.
        backend = getattr(self._service, "_backend", None)
        for bus in (self._bus, getattr(backend, "bus", None)):
            if bus is not None:
                bus.disconnect()

    async def _server_capabilities(self) -> frozenset[str]:
        """The server's raw capability strings ("body-markup", ...), asked on every send.

        desktop-notifier neither reports markup support nor fails when no server is there, so
        on Linux this asks the server directly; it also tells "no server" from other errors.
        macOS and Windows do not interpret markup, so there the answer is empty.
        """
        if not sys.platform.startswith("linux"):
            return frozenset()
        import dbus_fast.aio  # noqa: PLC0415  (lazy, see _show)

        if self._bus is None or not self._bus.connected:
            try:
                self._bus = await dbus_fast.aio.MessageBus().connect()
            except Exception as exc:  # no address, refused socket, failed auth, ...
                raise _NotShown("no-bus", repr(exc)) from exc
        reply = await self._bus.call(
            dbus_fast.Message(
                destination=_NOTIFICATIONS,
                path="/org/freedesktop/Notifications",
                interface=_NOTIFICATIONS,
                member="GetCapabilities",
            )
        )
        if reply.message_type == dbus_fast.MessageType.ERROR:
            reason = "no-server" if reply.error_name in _NO_SERVER_ERRORS else "refused"
            raise _NotShown(reason, f"{reply.error_name}: {reply.body}")
        return frozenset(reply.body[0])
