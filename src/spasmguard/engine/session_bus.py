"""Short blocking questions on the D-Bus session bus (QtDBus), for the rare checks that need one.

Each call waits at most half a second and returns None on any failure (no bus, no such
service, an error reply), because every caller has a sensible answer for "cannot tell".
Without ``DBUS_SESSION_BUS_ADDRESS`` nothing is asked at all: a connection attempt could
otherwise autolaunch a stray bus.
"""

from __future__ import annotations

import os

from PySide6.QtDBus import QDBus, QDBusConnection, QDBusMessage, QDBusVariant

TIMEOUT_MS = 500
_PROPERTIES = "org.freedesktop.DBus.Properties"


def call(
    service: str, path: str, interface: str, method: str, *args: object
) -> list[object] | None:
    """The reply's arguments, or None when the call failed."""
    if not os.environ.get("DBUS_SESSION_BUS_ADDRESS"):
        return None
    bus = QDBusConnection.sessionBus()
    if not bus.isConnected():
        return None
    message = QDBusMessage.createMethodCall(service, path, interface, method)
    message.setArguments(list(args))
    reply = bus.call(message, QDBus.CallMode.Block, TIMEOUT_MS)
    if reply.type() != QDBusMessage.MessageType.ReplyMessage:
        return None
    return list(reply.arguments())


def has_service(name: str) -> bool:
    """Whether some process owns ``name`` on the session bus right now."""
    reply = call(
        "org.freedesktop.DBus", "/org/freedesktop/DBus", "org.freedesktop.DBus", "NameHasOwner",
        name,
    )  # fmt: skip
    return bool(reply and reply[0] is True)


def get_property(service: str, path: str, interface: str, name: str) -> object | None:
    """A property's value (``org.freedesktop.DBus.Properties.Get``), None when unreadable."""
    reply = call(service, path, _PROPERTIES, "Get", interface, name)
    if not reply:
        return None
    value = reply[0]
    return value.variant() if isinstance(value, QDBusVariant) else value
