"""GNOME tells when the user goes away and comes back: Mutter IdleMonitor's watches.

``org.gnome.Mutter.IdleMonitor`` (on ``/org/gnome/Mutter/IdleMonitor/Core``, X11 and Wayland
sessions alike) fires ``WatchFired(u id)`` for two kinds of watch: ``AddIdleWatch(t interval_ms)``
once each time the user has been idle that long, and ``AddUserActiveWatch()`` once, at the next
input, after which Mutter forgets it. So one idle watch at the away threshold stays for good, and
a user-active watch is added each time it fired: two signals per time away, none in between.

Mutter fires a watch that already holds at once: an idle watch added while the user has been
idle that long (the app starts, or the threshold moves, while the user is away), a user-active
watch added just as input comes. Its ``WatchFired`` follows the reply that gives its id so
closely that dbus-fast often hands the signal over before the awaiting code has read the id;
such signals are kept and acted on once the id is known (``_claim``). Dropped, an idle watch's
signal meant no user-active watch, and the user's return went unnoticed until a reminder came.

QtDBus from Python cannot send the ``t`` (uint64) argument, so the watches live on a dbus-fast
connection of their own (dbus-fast already comes with desktop-notifier) run by an asyncio loop in
a daemon thread, started when GNOME is the idle source. Mutter sends ``WatchFired`` to the
connection that added the watch only, and drops that connection's watches when it goes. The
loop sleeps in the kernel until the bus writes; what it learns reaches the GUI thread as a queued
Qt signal. The idle time itself is still read with ``GetIdletime`` (engine.idle.MutterIdle).
"""

from __future__ import annotations

import asyncio
import logging
import threading
from collections import deque
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal

from spasmguard.engine.readings import Teller

if TYPE_CHECKING:
    from dbus_fast import Message
    from dbus_fast.aio import MessageBus

_LOG = logging.getLogger(__name__)


class MutterWatches(Teller):
    """An idle watch at the threshold, and a user-active watch while the user is away."""

    #: The watches are in place (emitted once; never if Mutter refuses them).
    ready = Signal()

    # Emitted on the loop thread, queued to the GUI thread.
    _relay_ready = Signal()
    _relay_crossed = Signal()

    def __init__(self, service: str, path: str) -> None:
        super().__init__()
        self._service, self._path = service, path
        self._relay_ready.connect(self._on_ready, Qt.ConnectionType.QueuedConnection)
        self._relay_crossed.connect(self.crossed, Qt.ConnectionType.QueuedConnection)
        self._telling = False
        self._threshold_ms = 0  # none yet: the first watch() sets it
        self._bus: MessageBus | None = None
        self._idle_watch = self._active_watch = 0
        self._watched_ms = 0  # the idle watch's threshold (loop thread)
        # Fired watches whose id was not known when their signal came: a watch still being
        # added (see _claim), or an old one replaced. Only a few adds are ever in flight at
        # once, so the last few ids suffice.
        self._unknown: deque[int] = deque(maxlen=8)
        self._moving = asyncio.Lock()
        self._loop = asyncio.new_event_loop()
        threading.Thread(target=self._loop.run_forever, name="spasmguard-idle", daemon=True).start()

    @property
    def telling(self) -> bool:
        return self._telling

    def watch(self, threshold_ms: int) -> None:
        """Connect, or move the idle watch to a new threshold; returns at once."""
        first = not self._threshold_ms
        self._threshold_ms = max(1, threshold_ms)
        job = self._connect() if first else self._move()
        asyncio.run_coroutine_threadsafe(job, self._loop)

    def _on_ready(self) -> None:
        self._telling = True
        self.ready.emit()

    # --- loop thread ---------------------------------------------------------------------------

    async def _connect(self) -> None:
        from dbus_fast.aio import MessageBus  # noqa: PLC0415 - off the GUI thread, GNOME only

        try:
            self._bus = await MessageBus().connect()
            self._bus.add_message_handler(self._on_message)
            bus, match = "org.freedesktop.DBus", self._match()
            await self._call(bus, "/org/freedesktop/DBus", bus, "AddMatch", "s", body=[match])
            await self._move()
        except Exception as error:  # any failure means: read on demand instead
            _LOG.info("Mutter idle watches: not available (%s); read on demand", error)
            return
        self._relay_ready.emit()

    async def _move(self) -> None:
        """Put the idle watch at the threshold (``watch`` may change it meanwhile); one move
        at a time, so no watch is added twice."""
        async with self._moving:
            while self._bus is not None and self._watched_ms != self._threshold_ms:
                if self._idle_watch:
                    await self._monitor("RemoveWatch", "u", [self._idle_watch])
                self._watched_ms = self._threshold_ms
                (self._idle_watch,) = await self._monitor("AddIdleWatch", "t", [self._watched_ms])
                self._claim(self._idle_watch)

    def _match(self) -> str:
        """The bus rule that routes Mutter's ``WatchFired`` signals to this connection."""
        return f"type='signal',interface='{self._service}',path='{self._path}',member='WatchFired'"

    def _on_message(self, message: Message) -> None:
        if message.member != "WatchFired" or message.interface != self._service:
            return
        (watch,) = message.body
        if not self._fired(watch):
            self._unknown.append(watch)

    def _fired(self, watch: int) -> bool:
        """Act on a watch of this connection that fired; False if its id is not known."""
        if watch == self._idle_watch:
            asyncio.get_running_loop().create_task(self._gone())
        elif watch == self._active_watch:
            self._active_watch = 0
            self._relay_crossed.emit()
        else:
            return False
        return True

    def _claim(self, watch: int) -> None:
        """Act on a watch just added if it fired before its id was read (the module's doc)."""
        if watch in self._unknown:
            self._unknown.remove(watch)
            self._fired(watch)

    async def _gone(self) -> None:
        """Away: ask to be told of the next input, then say so (a return that came before the
        watch was added is seen by the reading the gate takes now)."""
        try:
            (self._active_watch,) = await self._monitor("AddUserActiveWatch", "", [])
            self._claim(self._active_watch)
        except Exception as error:  # the reading still tells; the return waits for a reminder
            _LOG.warning("Mutter idle watches: cannot watch for the return (%s)", error)
        self._relay_crossed.emit()

    async def _monitor(self, method: str, signature: str, body: list[object]) -> list[Any]:
        service = self._service
        return await self._call(service, self._path, service, method, signature, body=body)

    async def _call(self, *address: str, body: list[object]) -> list[Any]:
        """Call (service, path, interface, method, signature) with ``body``; its reply's body."""
        from dbus_fast import Message, MessageType  # noqa: PLC0415 - see _connect

        service, path, interface, method, signature = address
        assert self._bus is not None
        reply = await self._bus.call(
            Message(destination=service, path=path, interface=interface, member=method,
                    signature=signature, body=body)
        )  # fmt: skip
        if reply is None or reply.message_type == MessageType.ERROR:
            detail = reply.body[0] if reply is not None and reply.body else "no reply"
            raise RuntimeError(f"{method}: {detail}")
        return list(reply.body)
