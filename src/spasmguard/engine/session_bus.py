"""Questions on the D-Bus session bus (QtDBus) that never make the GUI thread wait.

A question is sent at once and its answer reaches a callback later, from the event loop
(``QDBusConnection.asyncCall`` with a ``QDBusPendingCallWatcher``), so a slow or hung service
delays only the answer, never a repaint or a timer. Every question is answered exactly once:
with the reply's arguments, or with None on any failure (no bus, no such service, an error
reply, no reply within :data:`TIMEOUT_MS`), because every caller has a sensible answer for
"cannot tell". Without ``DBUS_SESSION_BUS_ADDRESS`` nothing is asked at all (a connection
attempt could otherwise autolaunch a stray bus), and no question starts a service that is not
running (a notification daemon's service file would otherwise be activated by a property read).
"""

from __future__ import annotations

import functools
import os
from collections.abc import Callable

from PySide6.QtDBus import (
    QDBusConnection,
    QDBusMessage,
    QDBusPendingCallWatcher,
    QDBusVariant,
)

#: How long an answer may take before it counts as "cannot tell". Long enough for a busy
#: desktop shell at login; nothing waits for it but the reminder that asked.
TIMEOUT_MS = 5000
_PROPERTIES = "org.freedesktop.DBus.Properties"

Answer = Callable[[list[object] | None], None]
ValueAnswer = Callable[[object | None], None]

# Watchers of questions still open: kept alive here until their answer came.
_open: set[QDBusPendingCallWatcher] = set()


def bus() -> QDBusConnection | None:
    """The session bus, or None when there is none to talk to."""
    if not os.environ.get("DBUS_SESSION_BUS_ADDRESS"):
        return None
    connection = QDBusConnection.sessionBus()
    return connection if connection.isConnected() else None


def ask(service: str, path: str, interface: str, method: str, *args: object, done: Answer) -> None:
    """Call a method; ``done`` gets the reply's arguments later, or None when it failed."""
    connection = bus()
    if connection is None:
        done(None)
        return
    message = QDBusMessage.createMethodCall(service, path, interface, method)
    message.setArguments(list(args))
    message.setAutoStartService(False)
    watcher = QDBusPendingCallWatcher(connection.asyncCall(message, TIMEOUT_MS))
    _open.add(watcher)
    # PySide6 passes no argument to a partial here: the watcher is bound by the lambda instead.
    watcher.finished.connect(lambda: _answered(done, watcher))


def ask_property(service: str, path: str, interface: str, name: str, done: ValueAnswer) -> None:
    """A property's value (``org.freedesktop.DBus.Properties.Get``) later; None if unreadable."""
    ask(service, path, _PROPERTIES, "Get", interface, name, done=functools.partial(_value, done))


def _answered(done: Answer, watcher: QDBusPendingCallWatcher) -> None:
    _open.discard(watcher)
    watcher.deleteLater()
    reply = watcher.reply()
    ok = not watcher.isError() and reply.type() == QDBusMessage.MessageType.ReplyMessage
    done(list(reply.arguments()) if ok else None)


def _value(done: ValueAnswer, reply: list[object] | None) -> None:
    if not reply:
        done(None)
        return
    value = reply[0]
    done(value.variant() if isinstance(value, QDBusVariant) else value)
