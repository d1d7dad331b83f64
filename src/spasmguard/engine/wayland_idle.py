"""Idle time from the Wayland compositor's own idle protocol (wlroots compositors, KWin).

The compositor sees every input, Wayland and XWayland alike, so this is the only trustworthy
idle time on a Wayland desktop that is not GNOME. Two protocols tell a client that the seat has
been idle for a given time and that input resumed: ext-idle-notify-v1 (the standard one: sway
1.8+, Hyprland, KWin 5.27+, ...) and the older org_kde_kwin_idle (KWin, and sway 1.7, which has
nothing else). Both are event-driven: one "idled" event after the timeout without input, one
"resumed" at the next input, and nothing in between, so the app sleeps while the user works.

Neither protocol tells how long the seat has been idle: sway 1.7 and KWin 5.27 start a new
notification's timeout when it is created, so a user already away then is told "idled" a full
timeout later. A notification that already said "idled" is therefore kept when the away
threshold moves, until the new one idles too or input resumes: dropped, it took the away state
with it, and a return before the new timeout went unnoticed.

The client speaks the Wayland wire protocol itself on a connection of its own (Qt's stays
untouched): the handful of requests it sends and events it reads are encoded here, with no
dependency and no generated code. Messages are little records of 32-bit words: the object id,
then the message size and opcode packed in one word, then the arguments (strings are a length,
the bytes with a NUL, padded to 4 bytes).
"""

from __future__ import annotations

import logging
import struct
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QTimer

from spasmguard.engine.local_stream import LocalStream
from spasmguard.engine.readings import FlagAnswer, IdleAnswer, IdleSource

_LOG = logging.getLogger(__name__)

_WORD = struct.Struct("=I")
_HEADER = struct.Struct("=II")

_DISPLAY = 1  # wl_display is object 1 on every connection
_DISPLAY_SYNC, _DISPLAY_GET_REGISTRY = 0, 1
_DISPLAY_ERROR = 0
_REGISTRY_BIND = 0
_REGISTRY_GLOBAL = 0
_CALLBACK_DONE = 0
_NOTIFICATION_DESTROY = 0  # ext_idle_notification_v1.destroy, org_kde_kwin_idle_timeout.release
_IDLED, _RESUMED = 0, 1  # the same opcodes in both protocols

#: Waiting longer than this for the compositor's first answer means it is not answering.
PROBE_TIMEOUT_MS = 3000
#: Until told the away threshold, watch for the settings' default (five minutes).
DEFAULT_TIMEOUT_S = 300.0


@dataclass(frozen=True)
class IdleProtocol:
    """One idle protocol: its global, and how its notification object is asked for."""

    global_name: str
    create_opcode: int
    seat_first: (
        bool  # the create request's arguments: (id, seat, timeout), else (id, timeout, seat)
    )


PROTOCOLS = (
    IdleProtocol("ext_idle_notifier_v1", 1, seat_first=False),
    IdleProtocol("org_kde_kwin_idle", 0, seat_first=True),
)


def encode(object_id: int, opcode: int, *args: int | str) -> bytes:
    """One request on the wire: ints are 32-bit words, strings length-prefixed and padded."""
    body = b"".join(_argument(arg) for arg in args)
    return _HEADER.pack(object_id, (_HEADER.size + len(body)) << 16 | opcode) + body


def _argument(arg: int | str) -> bytes:
    if isinstance(arg, int):
        return _WORD.pack(arg)
    data = arg.encode() + b"\0"
    return _WORD.pack(len(data)) + data + b"\0" * (-len(data) % 4)


def take_messages(buffer: bytearray) -> Iterator[tuple[int, int, bytes]]:
    """Complete events at the start of ``buffer`` as (object id, opcode, arguments), removed."""
    while len(buffer) >= _HEADER.size:
        object_id, word = _HEADER.unpack_from(buffer)
        size = word >> 16
        if size < _HEADER.size:
            raise ValueError(f"malformed Wayland message of {size} bytes")
        if len(buffer) < size:
            return
        payload = bytes(buffer[_HEADER.size : size])
        del buffer[:size]
        yield object_id, word & 0xFFFF, payload


def read_uint(payload: bytes, offset: int) -> tuple[int, int]:
    return _WORD.unpack_from(payload, offset)[0], offset + _WORD.size


def read_string(payload: bytes, offset: int) -> tuple[str, int]:
    length, offset = read_uint(payload, offset)
    text = payload[offset : offset + max(length - 1, 0)].decode(errors="replace")
    return text, offset + length + (-length % 4)


class WaylandIdle(IdleSource):
    """Idled/resumed events from the compositor, turned into idle time on request."""

    def __init__(self, socket_path: Path) -> None:
        super().__init__()
        self._path = socket_path
        self._stream = LocalStream(self)
        self._stream.received.connect(self._dispatch)
        self._stream.closed.connect(self._lost)
        self._next_id = _DISPLAY + 1
        self._registry = self._sync = 0
        self._globals: dict[str, tuple[int, int]] = {}  # interface -> (name, version)
        self._seat = self._manager = self._notification = 0
        # The notification for an earlier threshold that said "idled": it tells of the return
        # until the current one says "idled" too (only while the user is away, else 0).
        self._lingering = 0
        self._protocol: IdleProtocol | None = None
        self._probed: FlagAnswer | None = None
        self._timeout_s = DEFAULT_TIMEOUT_S
        self._idle_since: float | None = None  # monotonic time of the last input, once idled

    @property
    def event_driven(self) -> bool:
        return True

    def describe(self) -> str:
        name = self._protocol.global_name if self._protocol else "none"
        return f"the Wayland compositor ({name} on {self._path})"

    def probe(self, done: FlagAnswer) -> None:
        """Connect, list the compositor's globals, and watch the seat if it offers a protocol."""
        if not self._stream.open(self._path):
            done(False)
            return
        self._probed = done
        self._registry = self._new_id()
        self._sync = self._new_id()
        self._stream.send(
            encode(_DISPLAY, _DISPLAY_GET_REGISTRY, self._registry)
            + encode(_DISPLAY, _DISPLAY_SYNC, self._sync)
        )
        QTimer.singleShot(PROBE_TIMEOUT_MS, self, self._probe_timed_out)

    def read(self, done: IdleAnswer) -> None:
        if not self._notification:
            done(None)
        elif self._idle_since is None:
            done(0.0)
        else:
            done(time.monotonic() - self._idle_since)

    def watch(self, threshold_seconds: float) -> None:
        """Be told exactly when the user has been idle for the away threshold."""
        if threshold_seconds == self._timeout_s:
            return
        self._timeout_s = threshold_seconds
        if not self._notification:
            return
        if self._idle_since is not None and not self._lingering:
            self._lingering = self._notification
        else:
            self._destroy(self._notification)
        self._create_notification()

    # --- the compositor's side ------------------------------------------------------------

    def _dispatch(self) -> None:
        try:
            for object_id, opcode, payload in take_messages(self._stream.buffer):
                self._event(object_id, opcode, payload)
        except (ValueError, struct.error) as error:
            _LOG.warning("Wayland idle: cannot read the compositor's message: %s", error)
            self._stream.close()

    def _event(self, object_id: int, opcode: int, payload: bytes) -> None:
        if object_id in (self._notification, self._lingering) and opcode in (_IDLED, _RESUMED):
            self._told(idled=opcode == _IDLED)
        elif object_id == self._registry and opcode == _REGISTRY_GLOBAL:
            name, offset = read_uint(payload, 0)
            interface, offset = read_string(payload, offset)
            self._globals.setdefault(interface, (name, read_uint(payload, offset)[0]))
        elif object_id == self._sync and opcode == _CALLBACK_DONE:
            self._listed()
        elif object_id == _DISPLAY and opcode == _DISPLAY_ERROR:
            message = read_string(payload, 8)[0]
            _LOG.warning("Wayland idle: the compositor reports an error: %s", message)
            self._stream.close()

    def _told(self, *, idled: bool) -> None:
        """Idled (the current notification's timeout passed) or resumed (input came)."""
        if idled:
            since = time.monotonic() - self._timeout_s
            self._idle_since = since if self._idle_since is None else min(since, self._idle_since)
        else:
            self._idle_since = None
        self._destroy(self._lingering)  # the current notification tells the next moment
        self._lingering = 0
        _LOG.debug("Wayland idle: %s", "idled" if idled else "resumed")
        self.changed.emit()

    def _listed(self) -> None:
        """The compositor listed its globals: bind the seat and an idle protocol, if any."""
        self._protocol = next((p for p in PROTOCOLS if p.global_name in self._globals), None)
        if self._protocol is None or "wl_seat" not in self._globals:
            self._answer_probe(False)
            self._stream.close()
            return
        self._seat = self._bind("wl_seat")
        self._manager = self._bind(self._protocol.global_name)
        self._create_notification()
        self._answer_probe(True)

    def _bind(self, interface: str) -> int:
        name, _version = self._globals[interface]
        new_id = self._new_id()
        self._stream.send(encode(self._registry, _REGISTRY_BIND, name, interface, 1, new_id))
        return new_id

    def _create_notification(self) -> None:
        assert self._protocol is not None
        self._notification = self._new_id()
        timeout_ms = max(1, round(self._timeout_s * 1000))
        args = (self._seat, timeout_ms) if self._protocol.seat_first else (timeout_ms, self._seat)
        self._stream.send(
            encode(self._manager, self._protocol.create_opcode, self._notification, *args)
        )

    def _destroy(self, notification: int) -> None:
        if notification:
            self._stream.send(encode(notification, _NOTIFICATION_DESTROY))

    def _new_id(self) -> int:
        self._next_id += 1
        return self._next_id - 1

    def _answer_probe(self, works: bool) -> None:
        done, self._probed = self._probed, None
        if done is not None:
            done(works)

    def _probe_timed_out(self) -> None:
        if self._probed is not None:
            _LOG.info("Wayland idle: the compositor did not answer within %d ms", PROBE_TIMEOUT_MS)
            self._answer_probe(False)
            self._stream.close()

    def _lost(self) -> None:
        """The compositor hung up (it quit, or refused a request): idle time is unknown now."""
        self._answer_probe(False)
        if self._notification:
            _LOG.info("Wayland idle: the compositor closed the connection")
            self._notification = self._lingering = 0
            self._idle_since = None
            self.changed.emit()
