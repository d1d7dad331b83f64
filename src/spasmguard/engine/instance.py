"""One running spasmguard per user, and the local channel the command line uses to reach it.

The tray app holds a lock file (so a second start can tell that one is already running) and
listens on a local socket; ``spasmguard status``, ``trigger`` and friends connect to that
socket, send one request and read one reply. Both live in a run directory that the caller
passes in, so tests and several data dirs never collide.

Wire protocol (one request per connection, both lines UTF-8 JSON ending in ``"\\n"``)::

    request: {"cmd": "snooze", "args": {"habit": "posture", "minutes": 10}}
    reply:   {"ok": true, "result": ...}  or  {"ok": false, "error": "One plain sentence."}

Requests larger than :data:`MAX_REQUEST_BYTES` are refused.

A request that brings a window forward (``open``) carries the launcher's activation tokens in
``args["activation"]`` (see :func:`activation_tokens`): on Wayland only a window activated with
such a token comes to the front, and the token was given to the launching process, not the app.
"""

from __future__ import annotations

import json
import logging
import os
import time
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QLockFile, QObject, QTimer
from PySide6.QtNetwork import QLocalServer, QLocalSocket

log = logging.getLogger(__name__)

LOCK_NAME = "spasmguard.lock"
SOCKET_NAME = "spasmguard.sock"
MAX_REQUEST_BYTES = 64 * 1024
CONNECTION_TIMEOUT_MS = 2000
#: Where launchers put the token that lets the launched app bring a window to the front:
#: Wayland's xdg-activation token and the X11 startup-notification id.
ACTIVATION_VARIABLES = ("XDG_ACTIVATION_TOKEN", "DESKTOP_STARTUP_ID")
_MAX_TOKEN_CHARS = 512

Handler = Callable[[dict[str, Any]], object]

_NOT_RUNNING_ERRORS = (
    QLocalSocket.LocalSocketError.ServerNotFoundError,
    QLocalSocket.LocalSocketError.ConnectionRefusedError,
)


class CommandError(Exception):
    """A command failed; the message is one plain sentence fit to show the user."""


class NotRunning(Exception):
    """No spasmguard app is listening in this run directory."""


def _tr(text: str) -> str:
    """Translate a user-visible message (works without a QCoreApplication, as in the CLI)."""
    return QCoreApplication.translate("spasmguard.instance", text)


def _ensure_run_dir(run_dir: Path) -> None:
    """Create the run directory readable by its owner only: it holds the lock and the socket."""
    run_dir.mkdir(mode=0o700, parents=True, exist_ok=True)


class SingleInstance:
    """The lock that makes a second ``spasmguard`` start notice the first one.

    The stale time is 0, so a lock is never taken over because it is old (the app runs for
    days); it is only taken over when the process that wrote it is gone, e.g. after kill -9.
    """

    def __init__(self, run_dir: Path) -> None:
        self._run_dir = run_dir
        self._lock = QLockFile(str(run_dir / LOCK_NAME))
        self._lock.setStaleLockTime(0)

    def acquire(self) -> bool:
        """Take the lock without waiting; False means another live process holds it."""
        if self._lock.isLocked():
            return True
        _ensure_run_dir(self._run_dir)
        if self._lock.tryLock(0):
            return True
        if self._lock.error() != QLockFile.LockError.LockFailedError:
            log.error("cannot create the lock file in %s: %s", self._run_dir, self._lock.error())
        return False

    def release(self) -> None:
        """Give the lock up (harmless when it is not held)."""
        if self._lock.isLocked():
            self._lock.unlock()


class _Connection(QObject):
    """One client connection: gathers one request line, replies once, then goes away.

    It never blocks: bytes arrive through readyRead, and a single-shot timer drops a client
    that stays silent or keeps sending, so no connection can hold resources for long.
    """

    def __init__(
        self, socket: QLocalSocket, handlers: Mapping[str, Handler], parent: QObject
    ) -> None:
        super().__init__(parent)
        self._socket = socket
        self._handlers = handlers
        self._buffer = bytearray()
        self._replied = False
        socket.setParent(self)
        socket.readyRead.connect(self._on_ready_read)
        socket.disconnected.connect(self.deleteLater)
        QTimer.singleShot(CONNECTION_TIMEOUT_MS, self, self._on_timeout)
        self._on_ready_read()  # bytes may already be waiting

    def _on_ready_read(self) -> None:
        data = self._socket.readAll().data()
        if self._replied:
            return  # draining the rest of a refused request, so the client can read its reply
        self._buffer += data
        end = self._buffer.find(b"\n")
        if end > MAX_REQUEST_BYTES or (end < 0 and len(self._buffer) > MAX_REQUEST_BYTES):
            self._send(_failure(_tr("The request is too large.")), close=False)
        elif end >= 0:
            self._send(_answer(self._handlers, bytes(self._buffer[:end])), close=True)

    def _send(self, reply: dict[str, Any], *, close: bool) -> None:
        """Write the reply; an unfinished upload stays open so a reset cannot eat the reply."""
        self._replied = True
        self._buffer.clear()
        self._socket.write(_encode(reply))
        if close:
            self._socket.disconnectFromServer()

    def _on_timeout(self) -> None:
        if not self._replied:
            log.warning("command client sent no complete request in time; dropping it")
        self._socket.abort()
        self.deleteLater()


class CommandServer(QObject):
    """Answers command-line requests from the same user, on the GUI thread, one at a time.

    Start it only while holding the :class:`SingleInstance` lock: ``start()`` removes a leftover
    socket file first, which would cut off a live server if the lock weren't held.
    """

    def __init__(self, run_dir: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._run_dir = run_dir
        self._handlers: dict[str, Handler] = {}
        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self._server.newConnection.connect(self._on_new_connection)

    @property
    def socket_path(self) -> Path:
        return self._run_dir / SOCKET_NAME

    def register(self, cmd: str, handler: Handler) -> None:
        """Route requests named ``cmd`` to ``handler``, which gets the request's ``args``."""
        if cmd in self._handlers:
            raise ValueError(f"a handler for {cmd!r} is already registered")
        self._handlers[cmd] = handler

    def start(self) -> None:
        """Listen at the socket in the run directory; raises OSError with Qt's reason."""
        _ensure_run_dir(self._run_dir)
        path = str(self.socket_path)
        QLocalServer.removeServer(path)
        if not self._server.listen(path):
            raise OSError(f"cannot listen at {path}: {self._server.errorString()}")
        log.info("command server listening at %s", path)

    def close(self) -> None:
        """Stop listening and remove the socket file (connections in progress still finish)."""
        self._server.close()

    def _on_new_connection(self) -> None:
        while (socket := self._server.nextPendingConnection()) is not None:
            # Only the handlers, not the server itself: a connection referring back to its parent
            # makes a cycle, and the garbage collector could then delete the server (and this
            # connection with it) in the middle of a connection's slot, which crashes.
            _Connection(socket, self._handlers, self)


def _answer(handlers: Mapping[str, Handler], line: bytes) -> dict[str, Any]:
    """Turn one request line into its reply; nothing a client sends may raise out of here."""
    try:
        cmd, args = _parse_request(line)
    except CommandError as exc:
        return _failure(str(exc))
    handler = handlers.get(cmd)
    if handler is None:
        return _failure(_tr("Unknown command: %s.") % cmd)
    try:
        reply = {"ok": True, "result": handler(args)}
        _encode(reply)  # a result JSON cannot carry is the handler's bug, reported below
    except CommandError as exc:
        return _failure(str(exc))
    except Exception:
        log.exception("command %r failed", cmd)
        return _failure(_tr("The command failed inside spasmguard; see its log for details."))
    log.info("command %r answered", cmd)
    return reply


def _parse_request(line: bytes) -> tuple[str, dict[str, Any]]:
    """Check the request's shape; ``args`` may be left out and then means no arguments."""
    try:
        request = json.loads(line.decode("utf-8"))
    except (ValueError, RecursionError):  # bad UTF-8, bad JSON, JSON nested too deeply
        raise CommandError(_tr("The request is not valid JSON.")) from None
    if not isinstance(request, dict):
        raise CommandError(_tr("The request must be a JSON object."))
    cmd = request.get("cmd")
    args = request.get("args", {})
    if not isinstance(cmd, str) or not isinstance(args, dict):
        raise CommandError(_tr('The request needs a text "cmd" and an object "args".'))
    return cmd, args


def _failure(message: str) -> dict[str, Any]:
    return {"ok": False, "error": message}


def _encode(message: dict[str, Any]) -> bytes:
    return json.dumps(message, ensure_ascii=False, allow_nan=False).encode("utf-8") + b"\n"


def send_command(
    run_dir: Path, cmd: str, args: dict[str, Any] | None = None, timeout_ms: int = 2000
) -> object:
    """Send one command to the app running in ``run_dir`` and return its result.

    ``timeout_ms`` bounds the whole exchange, not each step. Blocking socket calls need no
    QCoreApplication, so the command line can use this without starting Qt's event loop.
    Raises NotRunning when nothing listens there, CommandError for any other failure.
    """
    deadline = time.monotonic() + timeout_ms / 1000

    def remaining_ms() -> int:
        return max(0, int((deadline - time.monotonic()) * 1000))

    socket = QLocalSocket()
    socket.connectToServer(str(run_dir / SOCKET_NAME))
    if not socket.waitForConnected(remaining_ms()):
        if socket.error() in _NOT_RUNNING_ERRORS:
            raise NotRunning(_tr("spasmguard is not running."))
        raise CommandError(_tr("Cannot reach the running spasmguard: %s.") % socket.errorString())
    try:
        socket.write(_encode({"cmd": cmd, "args": args or {}}))
        socket.waitForBytesWritten(remaining_ms())  # a refused upload still gets its reply
        return _read_result(socket, remaining_ms)
    finally:
        socket.abort()


def _read_result(socket: QLocalSocket, remaining_ms: Callable[[], int]) -> object:
    """Read the reply line and unwrap it, turning ok=false and timeouts into CommandError."""
    data = bytearray()
    while b"\n" not in data:
        if socket.bytesAvailable() == 0 and not socket.waitForReadyRead(remaining_ms()):
            if remaining_ms() == 0:
                raise CommandError(_tr("spasmguard did not answer in time."))
            if socket.state() == QLocalSocket.LocalSocketState.UnconnectedState:
                raise CommandError(_tr("spasmguard closed the connection without answering."))
        data += socket.readAll().data()
    try:
        reply = json.loads(data[: data.index(b"\n")].decode("utf-8"))
    except ValueError:
        reply = None
    if not isinstance(reply, dict) or not isinstance(reply.get("ok"), bool):
        raise CommandError(_tr("spasmguard sent a reply that cannot be read."))
    if not reply["ok"]:
        raise CommandError(str(reply.get("error") or _tr("The command failed.")))
    return reply.get("result")


def activation_tokens(environ: Mapping[str, str] = os.environ) -> dict[str, str]:
    """This process's activation tokens (by variable name), to forward with an ``open``."""
    return {name: environ[name] for name in ACTIVATION_VARIABLES if environ.get(name)}


def received_activation(args: Mapping[str, Any]) -> dict[str, str]:
    """The activation tokens a request forwarded; anything else in ``activation`` is ignored.

    A client that sends something else still gets its window, just not brought forward.
    """
    sent = args.get("activation")
    if not isinstance(sent, dict):
        return {}
    return {
        name: token
        for name in ACTIVATION_VARIABLES
        if isinstance(token := sent.get(name), str) and 0 < len(token) <= _MAX_TOKEN_CHARS
    }
