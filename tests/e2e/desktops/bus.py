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


def call(
    address: str,
    destination: str,
    path: str,
    member: str,
    *,
    signature: str = "",
    body: list[Any] | None = None,
    fds: list[int] | None = None,
) -> list[Any]:
    """Call `member` ("interface.Method") on the bus at `address`; return the reply's body."""
    interface, _, method = member.rpartition(".")
    message = Message(
        destination=destination,
        path=path,
        interface=interface,
        member=method,
        signature=signature,
        body=body or [],
        unix_fds=fds or [],
    )
    return asyncio.run(_call(address, message))


async def _call(address: str, message: Message) -> list[Any]:
    bus = await MessageBus(bus_address=address, negotiate_unix_fd=True).connect()
    try:
        reply = await asyncio.wait_for(bus.call(message), CALL_TIMEOUT_S)
    finally:
        bus.disconnect()
    if reply is None or reply.message_type == MessageType.ERROR:
        error = reply.body[0] if reply and reply.body else "no reply"
        raise HarnessError(f"{message.interface}.{message.member}: {error}")
    return list(reply.body)


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
