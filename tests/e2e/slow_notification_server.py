"""A notification server that answers Notify late, on a thread of the test: Plasma 5.27 builds
a notification's popup before it answers Notify, which under load takes longer than the
notifier's send timeout. No real server can be made that slow on cue (a frozen dunst would not
answer GetCapabilities, which comes first), so this one holds each Notify answer until the test
releases it, and then lets the test press a button as a user would.
"""

from __future__ import annotations

import asyncio
import threading
from typing import Any

from dbus_fast import Message, MessageType
from dbus_fast.aio import MessageBus

from tests.e2e.desktop import HarnessError, wait_until

NAME = "org.freedesktop.Notifications"
PATH = "/org/freedesktop/Notifications"


class SlowNotificationServer:
    """Owns the notification name on the bus at `address` while open; every call it got is in
    `calls` as (member, body)."""

    def __init__(self, address: str) -> None:
        self.calls: list[tuple[str, list[Any]]] = []
        self._held: list[Message] = []
        self._ids = 0
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._loop.run_forever, daemon=True)
        self._thread.start()
        self._bus: MessageBus = self._run(self._connect(address))

    def close(self) -> None:
        self._bus.disconnect()
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(timeout=5)
        self._loop.close()

    def __enter__(self) -> SlowNotificationServer:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def members(self) -> list[str]:
        return [member for member, _body in self.calls]

    def answer_notify(self) -> int:
        """Answer the Notify call held back, once it has come; return the id it was given."""
        wait_until(lambda: bool(self._held), "the app's Notify call", 5)
        held = self._held.pop(0)
        self._ids += 1
        self._run(self._send(Message.new_method_return(held, "u", [self._ids])))
        return self._ids

    def press(self, server_id: int, action: str) -> None:
        """What a server sends when the user presses the button of `action`."""
        signal = Message.new_signal(PATH, NAME, "ActionInvoked", "us", [server_id, action])
        self._run(self._send(signal))

    async def _connect(self, address: str) -> MessageBus:
        bus = await MessageBus(bus_address=address).connect()
        bus.add_message_handler(self._on_call)
        await bus.request_name(NAME)
        return bus

    async def _send(self, message: Message) -> None:
        await self._bus.send(message)

    def _on_call(self, message: Message) -> bool:
        """Answer at once, but hold Notify back; True: handled (dbus-fast answers nothing)."""
        if message.message_type != MessageType.METHOD_CALL or message.interface != NAME:
            return False
        self.calls.append((message.member, list(message.body)))
        answers = {
            "GetCapabilities": ("as", [["actions", "body"]]),
            "GetServerInformation": ("ssss", ["slow", "test", "1", "1.2"]),
            "CloseNotification": ("", []),
        }
        if message.member == "Notify":
            self._held.append(message)
        elif message.member in answers:
            signature, body = answers[message.member]
            self._bus.send(Message.new_method_return(message, signature, body))
        else:
            raise HarnessError(f"the slow server got an unexpected call: {message.member}")
        return True

    def _run(self, job: Any) -> Any:
        return asyncio.run_coroutine_threadsafe(job, self._loop).result(timeout=10)
