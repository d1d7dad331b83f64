"""Blocking D-Bus calls on a test desktop's bus, through dbus-fast (the app's own D-Bus library).

Not dbus-send: KWin's screenshot interface takes a file descriptor, which dbus-send cannot pass.
One connection per call keeps this free of state; a call costs a few milliseconds.
"""

from __future__ import annotations

import asyncio
from typing import Any

from dbus_fast import Message, MessageType, Variant
from dbus_fast.aio import MessageBus

from tests.e2e.desktop import HarnessError

CALL_TIMEOUT_S = 10.0


def call(address: str, destination: str, path: str, member: str, **options: Any) -> list[Any]:
    """Call `member` ("interface.Method") on the bus at `address`; return the reply's body.
    `options`: signature, body and fds, as for method_call."""
    return asyncio.run(_call(address, method_call(destination, path, member, **options)))


def method_call(
    destination: str,
    path: str,
    member: str,
    *,
    signature: str = "",
    body: list[Any] | None = None,
    fds: list[int] | None = None,
) -> Message:
    """The message that calls `member` ("interface.Method") of `destination`'s `path`."""
    interface, _, method = member.rpartition(".")
    return Message(
        destination=destination,
        path=path,
        interface=interface,
        member=method,
        signature=signature,
        body=body or [],
        unix_fds=fds or [],
    )


async def reply_body(bus: MessageBus, message: Message) -> list[Any]:
    """Send `message` on `bus` and return its reply's body; HarnessError for an error reply,
    TimeoutError when none comes within CALL_TIMEOUT_S."""
    reply = await asyncio.wait_for(bus.call(message), CALL_TIMEOUT_S)
    if reply is None or reply.message_type == MessageType.ERROR:
        error = reply.body if reply is not None else "no reply"
        where = f"{message.destination}{message.path}"
        raise HarnessError(f"{message.interface}.{message.member} on {where} failed: {error}")
    return list(reply.body)


async def _call(address: str, message: Message) -> list[Any]:
    bus = await MessageBus(bus_address=address, negotiate_unix_fd=True).connect()
    try:
        return await reply_body(bus, message)
    finally:
        bus.disconnect()


def has_owner(address: str, name: str) -> bool:
    """Whether some connection owns `name` on the bus right now."""
    dbus = ("org.freedesktop.DBus", "/org/freedesktop/DBus")
    return bool(
        call(address, *dbus, "org.freedesktop.DBus.NameHasOwner", signature="s", body=[name])[0]
    )


def prop(address: str, destination: str, path: str, interface: str, name: str) -> Any:
    """The value of a D-Bus property (unwrapped from its variant)."""
    member = "org.freedesktop.DBus.Properties.Get"
    value: Variant = call(
        address, destination, path, member, signature="ss", body=[interface, name]
    )[0]
    return value.value
