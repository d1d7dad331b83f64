"""Writes what passes between apps and the notification server on a bus, one JSON line each.

Run as ``python notification_log.py BUS_ADDRESS LOG``. plasmashell has no command that lists
the notifications on screen (as dunstctl and makoctl do), so the harness watches the bus
instead (as a D-Bus monitor): each Notify call with the id the server returned for it, and
the server's NotificationClosed and ActionInvoked signals. plasma.py reads the log back.
"""

from __future__ import annotations

import asyncio
import json
import sys
from typing import Any, TextIO

from dbus_fast import Message, MessageType
from dbus_fast.aio import MessageBus

INTERFACE = "org.freedesktop.Notifications"
RULES = [
    f"type='method_call',interface='{INTERFACE}',member='Notify'",
    "type='method_return'",
    f"type='signal',interface='{INTERFACE}'",
]


class Recorder:
    """Matches each Notify call with the id the server returns; writes lines as they happen."""

    def __init__(self, out: TextIO) -> None:
        self._out = out
        self._pending: dict[tuple[str, int], dict[str, Any]] = {}

    def __call__(self, message: Message) -> bool:
        """Record `message`. True for a call tells dbus-fast it is handled, so that it does
        not answer the Notify call itself (the bus disconnects a monitor that sends)."""
        if message.message_type == MessageType.METHOD_CALL:
            app_name, _replaces, _icon, summary, body, actions, hints, _timeout = message.body
            self._pending[(message.sender, message.serial)] = {
                "app_name": app_name,
                "summary": summary,
                "body": body,
                "actions": dict(zip(actions[::2], actions[1::2], strict=True)),
                "hints": {key: str(value.value) for key, value in hints.items()},
            }
        elif message.message_type == MessageType.METHOD_RETURN:
            sent = self._pending.pop((message.destination, message.reply_serial), None)
            if sent is not None:
                self._write({"shown": message.body[0], **sent})
        elif message.member in {"NotificationClosed", "ActionInvoked"}:
            self._write({message.member: message.body})
        return message.message_type == MessageType.METHOD_CALL

    def _write(self, line: dict[str, Any]) -> None:
        self._out.write(json.dumps(line) + "\n")
        self._out.flush()


async def main(address: str, log: str) -> None:
    bus = await MessageBus(bus_address=address).connect()
    with open(log, "a") as out:
        bus.add_message_handler(Recorder(out))
        await bus.call(
            Message(
                destination="org.freedesktop.DBus",
                path="/org/freedesktop/DBus",
                interface="org.freedesktop.DBus.Monitoring",
                member="BecomeMonitor",
                signature="asu",
                body=[RULES, 0],
            )
        )
        out.write(json.dumps({"ready": True}) + "\n")
        out.flush()
        await bus.wait_for_disconnect()


if __name__ == "__main__":
    asyncio.run(main(sys.argv[1], sys.argv[2]))
