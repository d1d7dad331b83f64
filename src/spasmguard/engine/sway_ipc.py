"""Whether sway (or i3) shows a fullscreen window where the user is, from its IPC socket.

sway tells no X11 or Wayland client about other clients' windows, but its IPC socket
($SWAYSOCK, the i3-ipc protocol) gives anyone the window tree. The question is asked only when a
reminder falls due (and once a minute while reminders are held): one ``get_tree`` request on a
fresh connection, answered from the event loop. A message is the magic ``i3-ipc``, the payload's
length and the message type (32-bit words in the machine's byte order), then the payload: JSON
for the tree.
"""

from __future__ import annotations

import json
import logging
import struct
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from PySide6.QtCore import QTimer

from spasmguard.engine.capabilities import Capability
from spasmguard.engine.local_stream import LocalStream
from spasmguard.engine.readings import Detector, FlagAnswer

_LOG = logging.getLogger(__name__)

_MAGIC = b"i3-ipc"
_HEADER = struct.Struct("=6sII")
GET_TREE = 4
#: A tree that has not arrived by then counts as "no fullscreen window" (the reminder comes).
ANSWER_TIMEOUT_MS = 2000
_WORKSPACE_FULLSCREEN, _GLOBAL_FULLSCREEN = 1, 2
_WINDOW_TYPES = ("con", "floating_con")

Node = dict[str, Any]


def request(kind: int, payload: bytes = b"") -> bytes:
    """One i3-ipc message."""
    return _HEADER.pack(_MAGIC, len(payload), kind) + payload


def reply_payload(buffer: bytes | bytearray) -> bytes | None:
    """The first complete reply's payload in ``buffer``; None while it is still arriving."""
    if len(buffer) < _HEADER.size:
        return None
    magic, length, _kind = _HEADER.unpack_from(buffer)
    if magic != _MAGIC:
        raise ValueError("not an i3-ipc reply")
    end = _HEADER.size + length
    return bytes(buffer[_HEADER.size : end]) if len(buffer) >= end else None


def fullscreen_where_focused(tree: Node) -> bool:
    """Whether a fullscreen window covers the focused workspace (or every output).

    A reminder shown there would sit under that window, unseen, whichever window has the focus.
    (Workspaces report a fullscreen mode of their own; only windows count.)
    """
    windows = [node for node in _walk(tree) if node.get("type") in _WINDOW_TYPES]
    if any(node.get("fullscreen_mode") == _GLOBAL_FULLSCREEN for node in windows):
        return True
    for workspace in _walk(tree):
        if workspace.get("type") == "workspace" and _holds_focus(workspace):
            return any(
                node.get("type") in _WINDOW_TYPES
                and node.get("fullscreen_mode") == _WORKSPACE_FULLSCREEN
                for node in _walk(workspace)
            )
    return False


def _walk(node: Node) -> Iterator[Node]:
    yield node
    for child in (*node.get("nodes", ()), *node.get("floating_nodes", ())):
        yield from _walk(child)


def _holds_focus(node: Node) -> bool:
    return any(n.get("focused") for n in _walk(node))


class SwayFullscreen(Detector):
    """Asks sway's window tree, through a fresh IPC connection per question."""

    def __init__(self, socket_path: Path) -> None:
        super().__init__(Capability())
        self._path = socket_path
        self._open: set[_TreeQuestion] = set()  # kept alive until answered

    def read(self, done: FlagAnswer) -> None:
        def answered(fullscreen: bool) -> None:
            self._open.discard(question)
            done(fullscreen)

        question = _TreeQuestion(self._path)
        self._open.add(question)
        question.ask(answered)


class _TreeQuestion:
    """One ``get_tree`` round trip; answers exactly once (False on any failure or timeout)."""

    def __init__(self, path: Path) -> None:
        self._path = path
        self._done: FlagAnswer | None = None
        self._stream = LocalStream()
        self._stream.received.connect(self._received)
        self._stream.closed.connect(lambda: self._answer(False))

    def ask(self, done: FlagAnswer) -> None:
        self._done = done
        if not self._stream.open(self._path):
            self._answer(False)
            return
        QTimer.singleShot(ANSWER_TIMEOUT_MS, self._stream, self._timed_out)
        self._stream.send(request(GET_TREE))

    def _received(self) -> None:
        try:
            payload = reply_payload(self._stream.buffer)
            if payload is None:
                return
            self._answer(fullscreen_where_focused(json.loads(payload)))
        except ValueError as error:  # json.JSONDecodeError is a ValueError
            _LOG.warning("sway IPC: unreadable reply: %s", error)
            self._answer(False)

    def _timed_out(self) -> None:
        if self._done is None:
            return
        _LOG.info("sway IPC: no window tree within %d ms", ANSWER_TIMEOUT_MS)
        self._answer(False)

    def _answer(self, fullscreen: bool) -> None:
        done, self._done = self._done, None
        if done is None:
            return
        self._stream.close()
        self._stream.deleteLater()
        done(fullscreen)
