"""A pointer for a headless wlroots compositor: clicks through wlr-virtual-pointer-unstable-v1.

sway on the headless backend has no input devices, so apps get no pointer at all (sway's own
``seat cursor press`` moves focus but sends nothing to them). This client speaks the Wayland
wire protocol directly (no library in Debian 12 does it from Python): it binds the
compositor's virtual pointer manager and keeps one virtual pointer for the whole session, so
apps see a pointer from the start. Each message is the object id, then its size and opcode in
one 32-bit word, then the arguments, all in the machine's byte order.
"""

from __future__ import annotations

import socket
import struct
import time
from pathlib import Path

from tests.e2e.desktop import HarnessError

MANAGER = "zwlr_virtual_pointer_manager_v1"
BTN_LEFT = 0x110
_DISPLAY = 1
_REGISTRY = 2
_TIMEOUT_S = 5.0


def _string(text: str) -> bytes:
    data = text.encode() + b"\0"
    return struct.pack("=I", len(data)) + data + b"\0" * (-len(data) % 4)


class VirtualPointer:
    """One virtual pointer on the compositor at `socket_path`, until close()."""

    def __init__(self, socket_path: Path, screen: tuple[int, int]) -> None:
        self._screen = screen
        self._next_id = _REGISTRY + 1
        self._conn = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        self._conn.settimeout(_TIMEOUT_S)
        self._conn.connect(str(socket_path))
        self._buffer = b""
        self._send(_DISPLAY, 1, struct.pack("=I", _REGISTRY))  # wl_display.get_registry
        globals_ = self._roundtrip()
        if MANAGER not in globals_:
            raise HarnessError(f"the compositor offers no {MANAGER}")
        manager = self._new_id()
        name, version = globals_[MANAGER]
        bind = struct.pack("=I", name) + _string(MANAGER) + struct.pack("=II", version, manager)
        self._send(_REGISTRY, 0, bind)
        self._pointer = self._new_id()
        # create_virtual_pointer(seat: null = the default seat, id)
        self._send(manager, 0, struct.pack("=II", 0, self._pointer))
        self._roundtrip()

    def click(self, x: int, y: int) -> None:
        """Move to (x, y) of the screen, click the left button, and go back to rest in the
        bottom-left corner (on the bar, off every window); return once it is done.

        A pointer left over a window leaks into later tests: resting where the next app's
        settings window tiled, it made sway refuse that window the focus a relaunch asks for
        (test_a_relaunch_brings_settings_to_the_front passed alone, failed after a click).
        """
        self._move(x, y)
        for state in (1, 0):  # pressed, released
            self._send(self._pointer, 2, struct.pack("=III", self._ms(), BTN_LEFT, state))
            self._send(self._pointer, 4, b"")  # frame
        self._move(0, self._screen[1] - 1)
        self._roundtrip()

    def _move(self, x: int, y: int) -> None:
        width, height = self._screen
        self._send(self._pointer, 1, struct.pack("=IIIII", self._ms(), x, y, width, height))
        self._send(self._pointer, 4, b"")

    def close(self) -> None:
        self._conn.close()

    def _new_id(self) -> int:
        self._next_id += 1
        return self._next_id - 1

    @staticmethod
    def _ms() -> int:
        return int(time.monotonic() * 1000) & 0xFFFFFFFF

    def _send(self, target: int, opcode: int, args: bytes) -> None:
        self._conn.sendall(struct.pack("=II", target, (8 + len(args)) << 16 | opcode) + args)

    def _roundtrip(self) -> dict[str, tuple[int, int]]:
        """wl_display.sync, reading events until its callback is done; the globals announced
        meanwhile (interface -> (name, version))."""
        callback = self._new_id()
        self._send(_DISPLAY, 0, struct.pack("=I", callback))
        globals_: dict[str, tuple[int, int]] = {}
        while True:
            target, opcode, body = self._event()
            if target == callback:
                return globals_
            if target == _DISPLAY and opcode == 0:  # wl_display.error
                message = body[12:].split(b"\0")[0].decode()
                raise HarnessError(f"Wayland error: {message}")
            if target == _REGISTRY and opcode == 0:  # wl_registry.global
                (name, length) = struct.unpack_from("=II", body)
                interface = body[8 : 8 + length - 1].decode()
                (version,) = struct.unpack_from("=I", body, 8 + length + (-length % 4))
                globals_[interface] = (name, version)

    def _event(self) -> tuple[int, int, bytes]:
        while len(self._buffer) < 8 or len(self._buffer) < self._size():
            chunk = self._conn.recv(4096)
            if not chunk:
                raise HarnessError("the compositor closed the connection")
            self._buffer += chunk
        size = self._size()
        target, word = struct.unpack_from("=II", self._buffer)
        body, self._buffer = self._buffer[8:size], self._buffer[size:]
        return target, word & 0xFFFF, body

    def _size(self) -> int:
        return struct.unpack_from("=I", self._buffer, 4)[0] >> 16
