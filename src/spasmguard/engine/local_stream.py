"""A non-blocking connection to a local (Unix) socket, read from the Qt event loop.

The desktop's own sockets (the Wayland compositor's, sway's IPC) answer fast, but "fast" is not
"never hangs": the connection never blocks, and bytes are read only when a ``QSocketNotifier``
says some arrived, so the app sleeps until the other side speaks. Only QtCore is needed.
"""

from __future__ import annotations

import logging
import socket
from pathlib import Path

from PySide6.QtCore import QObject, QSocketNotifier, Signal

_LOG = logging.getLogger(__name__)
_CHUNK = 65536


class LocalStream(QObject):
    """Bytes from the peer pile up in :attr:`buffer`; :attr:`received` says more arrived."""

    received = Signal()
    #: The peer hung up, or the connection failed (emitted once).
    closed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.buffer = bytearray()
        self._socket: socket.socket | None = None
        self._notifier: QSocketNotifier | None = None

    def open(self, path: Path) -> bool:
        """Connect without waiting; False (with a debug line) when nobody listens there."""
        sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM | socket.SOCK_CLOEXEC)
        sock.setblocking(False)
        try:
            sock.connect(str(path))
        except OSError as error:
            _LOG.debug("cannot connect to %s: %s", path, error)
            sock.close()
            return False
        self._socket = sock
        self._notifier = QSocketNotifier(sock.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._read)
        return True

    def send(self, data: bytes) -> None:
        """Write all of ``data`` (small requests: the socket's buffer takes them at once)."""
        if self._socket is None:
            return
        try:
            self._socket.sendall(data)
        except OSError as error:
            _LOG.debug("local socket write failed: %s", error)
            self.close()

    def close(self) -> None:
        """Hang up (idempotent); :attr:`closed` is emitted the first time."""
        if self._socket is None:
            return
        if self._notifier is not None:
            self._notifier.setEnabled(False)
            self._notifier.deleteLater()
            self._notifier = None
        self._socket.close()
        self._socket = None
        self.closed.emit()

    def _read(self) -> None:
        """Take everything that arrived; tell of the bytes first, then of a hang-up."""
        size, ended = len(self.buffer), False
        while self._socket is not None:
            try:
                chunk = self._socket.recv(_CHUNK)
            except BlockingIOError:
                break
            except OSError as error:
                _LOG.debug("local socket read failed: %s", error)
                chunk = b""
            if not chunk:
                ended = True
                break
            self.buffer += chunk
        if len(self.buffer) > size:
            self.received.emit()
        if ended:
            self.close()
