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

import contextlib
import json
import logging
import os
import socket
import time
import weakref
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QLockFile, QObject, QSocketNotifier, QTimer

from spasmguard.core.messages import Message

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

LISTEN_BACKLOG = 16
#: A timeout of 0 would make a socket non-blocking: the least wait used instead.
_LAST_MOMENT_S = 0.001


class CommandError(Exception):
    """A command failed; the message is one plain sentence fit to show the user."""


class NotRunning(Exception):
    """No spasmguard app is listening in this run directory."""


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

    It never blocks: the socket is non-blocking and read when its notifier says so, and a
    single-shot timer drops a client that stays silent or keeps sending, so no connection can
    hold resources for long.
    """

    def __init__(self, sock: socket.socket, handlers: Mapping[str, Handler], parent: QObject):
        super().__init__(parent)
        self._socket = sock
        self._handlers = handlers
        self._buffer = bytearray()
        self._outgoing = bytearray()
        self._replied = False
        self._close_when_sent = False
        sock.setblocking(False)
        self._reader = QSocketNotifier(sock.fileno(), QSocketNotifier.Type.Read, self)
        self._reader.activated.connect(self._on_readable)
        self._writer = QSocketNotifier(sock.fileno(), QSocketNotifier.Type.Write, self)
        self._writer.setEnabled(False)
        self._writer.activated.connect(self._flush)
        # Closed with this object however it goes (also when its server is dropped).
        weakref.finalize(self, _stop_watching, sock, self._reader, self._writer)
        QTimer.singleShot(CONNECTION_TIMEOUT_MS, self, self._on_timeout)

    def _on_readable(self) -> None:
        try:
            data = self._socket.recv(MAX_REQUEST_BYTES + 1)
        except BlockingIOError:
            return
        except OSError:
            data = b""  # reset by the client: gone like a hang-up
        if not data:
            self._finish()
            return
        if self._replied:
            return  # draining the rest of a refused request, so the client can read its reply
        self._buffer += data
        end = self._buffer.find(b"\n")
        if end > MAX_REQUEST_BYTES or (end < 0 and len(self._buffer) > MAX_REQUEST_BYTES):
            self._send(
                _failure(
                    QCoreApplication.translate("spasmguard.instance", "The request is too large.")
                ),
                close=False,
            )
        elif end >= 0:
            self._send(_answer(self._handlers, bytes(self._buffer[:end])), close=True)

    def _send(self, reply: dict[str, Any], *, close: bool) -> None:
        """Write the reply; an unfinished upload stays open so a reset cannot eat the reply."""
        self._replied = True
        self._buffer.clear()
        self._outgoing += _encode(reply)
        self._close_when_sent = close
        self._flush()

    def _flush(self) -> None:
        """Write what the socket takes now; the write notifier brings the rest."""
        try:
            sent = self._socket.send(self._outgoing)
        except BlockingIOError:
            sent = 0
        except OSError:
            self._finish()  # the client is gone: nobody left to read the reply
            return
        del self._outgoing[:sent]
        self._writer.setEnabled(bool(self._outgoing))
        if not self._outgoing and self._close_when_sent:
            self._finish()

    def _on_timeout(self) -> None:
        if not self._replied:
            log.warning("command client sent no complete request in time; dropping it")
        self._finish()

    def _finish(self) -> None:
        _stop_watching(self._socket, self._reader, self._writer)
        self.deleteLater()


def _stop_watching(sock: socket.socket, *notifiers: QSocketNotifier) -> None:
    """Close a socket, its notifiers switched off first: none may watch a closed descriptor."""
    for notifier in notifiers:
        with contextlib.suppress(RuntimeError):  # its C++ side went with its parent already
            notifier.setEnabled(False)
    sock.close()


class CommandServer(QObject):
    """Answers command-line requests from the same user, on the GUI thread, one at a time.

    A plain Unix socket watched by a QSocketNotifier, the same socket QLocalServer would make,
    without loading QtNetwork (about 3 MiB and 5 ms at start-up) for it.

    Start it only while holding the :class:`SingleInstance` lock: ``start()`` removes a leftover
    socket file first, which would cut off a live server if the lock weren't held.
    """

    def __init__(self, run_dir: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._run_dir = run_dir
        self._handlers: dict[str, Handler] = {}
        self._listener: socket.socket | None = None
        self._notifier: QSocketNotifier | None = None

    @property
    def socket_path(self) -> Path:
        return self._run_dir / SOCKET_NAME

    def register(self, cmd: str, handler: Handler) -> None:
        """Route requests named ``cmd`` to ``handler``, which gets the request's ``args``."""
        if cmd in self._handlers:
            raise ValueError(f"a handler for {cmd!r} is already registered")
        self._handlers[cmd] = handler

    def start(self) -> None:
        """Listen at the socket in the run directory (owner only); OSError tells why it can't."""
        _ensure_run_dir(self._run_dir)
        path = self.socket_path
        path.unlink(missing_ok=True)
        listener = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        try:
            listener.bind(str(path))
            path.chmod(0o600)  # before listen(): nobody can connect in between
            listener.listen(LISTEN_BACKLOG)
            listener.setblocking(False)
        except OSError as error:
            listener.close()
            raise OSError(f"cannot listen at {path}: {error.strerror or error}") from error
        self._listener = listener
        # No Qt parent, so that the server's children are its connections only.
        self._notifier = QSocketNotifier(listener.fileno(), QSocketNotifier.Type.Read)
        self._notifier.activated.connect(self._on_new_connection)
        weakref.finalize(self, _stop_watching, listener, self._notifier)
        log.info("command server listening at %s", path)

    def close(self) -> None:
        """Stop listening and remove the socket file (connections in progress still finish)."""
        if self._listener is None or self._notifier is None:
            return
        _stop_watching(self._listener, self._notifier)
        self._listener = self._notifier = None
        self.socket_path.unlink(missing_ok=True)

    def _on_new_connection(self) -> None:
        while self._listener is not None:
            try:
                sock, _ = self._listener.accept()
            except OSError:  # BlockingIOError: none left; anything else: that client is gone
                return
            # Only the handlers, not the server itself: a connection referring back to its parent
            # makes a cycle, and the garbage collector could then delete the server (and this
            # connection with it) in the middle of a connection's slot, which crashes.
            _Connection(sock, self._handlers, self)


def _answer(handlers: Mapping[str, Handler], line: bytes) -> dict[str, Any]:
    """Turn one request line into its reply; nothing a client sends may raise out of here."""
    try:
        cmd, args = _parse_request(line)
    except CommandError as exc:
        return _failure(str(exc))
    handler = handlers.get(cmd)
    if handler is None:
        return _failure(
            QCoreApplication.translate("spasmguard.instance", "Unknown command: %s.") % cmd
        )
    try:
        reply = {"ok": True, "result": handler(args)}
        _encode(reply)  # a result JSON cannot carry is the handler's bug, reported below
    except CommandError as exc:
        return _failure(str(exc))
    except Exception:
        log.exception("command %r failed", cmd)
        return _failure(
            QCoreApplication.translate(
                "spasmguard.instance",
                "The command failed inside spasmguard; see its log for details.",
            )
        )
    log.info("command %r answered", cmd)
    return reply


def _parse_request(line: bytes) -> tuple[str, dict[str, Any]]:
    """Check the request's shape; ``args`` may be left out and then means no arguments."""
    try:
        request = json.loads(line.decode("utf-8"))
    except (ValueError, RecursionError):  # bad UTF-8, bad JSON, JSON nested too deeply
        raise CommandError(
            QCoreApplication.translate("spasmguard.instance", "The request is not valid JSON.")
        ) from None
    if not isinstance(request, dict):
        raise CommandError(
            QCoreApplication.translate("spasmguard.instance", "The request must be a JSON object.")
        )
    cmd = request.get("cmd")
    args = request.get("args", {})
    if not isinstance(cmd, str) or not isinstance(args, dict):
        raise CommandError(
            QCoreApplication.translate(
                "spasmguard.instance", 'The request needs a text "cmd" and an object "args".'
            )
        )
    return cmd, args


def _failure(message: str) -> dict[str, Any]:
    return {"ok": False, "error": message}


def _encode(message: dict[str, Any]) -> bytes:
    return json.dumps(message, ensure_ascii=False, allow_nan=False).encode("utf-8") + b"\n"


def send_command(
    run_dir: Path, cmd: str, args: dict[str, Any] | None = None, timeout_ms: int = 2000
) -> object:
    """Send one command to the app running in ``run_dir`` and return its result.

    ``timeout_ms`` bounds the whole exchange, not each step. A blocking socket, so the command
    line can use this without Qt's event loop.
    Raises NotRunning when nothing listens there, CommandError for any other failure; their
    sentences are core.messages.Messages (English; the caller shows them in the user's language:
    the command line has no Qt translator, so the client side speaks through Messages).
    """
    deadline = time.monotonic() + timeout_ms / 1000

    def remaining_s() -> float:
        return max(0.0, deadline - time.monotonic())

    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as sock:
        sock.settimeout(remaining_s() or _LAST_MOMENT_S)
        try:
            sock.connect(str(run_dir / SOCKET_NAME))
        except (FileNotFoundError, ConnectionRefusedError):
            raise NotRunning(Message("spasmguard is not running.")) from None
        except OSError as error:
            reason = error.strerror or str(error) or type(error).__name__
            raise CommandError(
                Message("Cannot reach the running spasmguard: {reason}.", reason=reason)
            ) from None
        # A refused upload still gets its reply: read it even if the server stopped reading.
        with contextlib.suppress(OSError):
            sock.sendall(_encode({"cmd": cmd, "args": args or {}}))
        return _read_result(sock, remaining_s)


def _read_result(sock: socket.socket, remaining_s: Callable[[], float]) -> object:
    """Read the reply line and unwrap it, turning ok=false and timeouts into CommandError."""
    data = bytearray()
    while b"\n" not in data:
        if remaining_s() == 0:
            raise CommandError(Message("spasmguard did not answer in time."))
        sock.settimeout(remaining_s() or _LAST_MOMENT_S)
        try:
            chunk = sock.recv(65536)
        except TimeoutError:
            raise CommandError(Message("spasmguard did not answer in time.")) from None
        except OSError:
            chunk = b""  # reset: hung up as well
        if not chunk:
            raise CommandError(Message("spasmguard closed the connection without answering."))
        data += chunk
    try:
        reply = json.loads(data[: data.index(b"\n")].decode("utf-8"))
    except ValueError:
        reply = None
    if not isinstance(reply, dict) or not isinstance(reply.get("ok"), bool):
        raise CommandError(Message("spasmguard sent a reply that cannot be read."))
    if not reply["ok"]:
        error = reply.get("error")  # already in the app's language
        raise CommandError(str(error) if error else Message("The command failed."))
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
