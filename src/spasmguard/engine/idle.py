"""How long since the user last touched keyboard or mouse: one small interface, one adapter each.

``idle_seconds()`` returns seconds, or ``None`` when the platform cannot tell right now (the
user then counts as present). :func:`idle_source` picks the adapter for this desktop once, at
start: on Linux the GNOME (Mutter) or freedesktop D-Bus interface where a session offers one,
else the X11 screen saver extension; Windows ``GetLastInputInfo``; macOS the HID system's idle
time. Anything else never reports idle and says so once in the log.

Each call is one cheap question; the caller asks when a reminder falls due and at most once a
minute otherwise, so nothing here polls or keeps a thread.
"""

from __future__ import annotations

import ctypes
import logging
import re
import subprocess
import sys
from typing import Protocol

from spasmguard.engine import session_bus as dbus
from spasmguard.engine.x11 import XServer, shared_server

_LOG = logging.getLogger(__name__)

_IOREG_IDLE = re.compile(r'"HIDIdleTime"\s*=\s*(\d+)')
_TICK_WRAP = 2**32


class IdleSource(Protocol):
    """Where idle time comes from."""

    def idle_seconds(self) -> float | None:
        """Seconds without keyboard or mouse input; None when unknown."""
        ...


class NeverIdle:
    """For platforms that cannot tell: the user always counts as present."""

    def idle_seconds(self) -> float | None:
        return None


class MutterIdle:
    """GNOME (X11 and Wayland): ``org.gnome.Mutter.IdleMonitor.GetIdletime``, in ms."""

    SERVICE = "org.gnome.Mutter.IdleMonitor"

    def idle_seconds(self) -> float | None:
        reply = dbus.call(
            self.SERVICE, "/org/gnome/Mutter/IdleMonitor/Core", self.SERVICE, "GetIdletime"
        )
        return _number(reply, 1000.0)


class ScreenSaverIdle:
    """``org.freedesktop.ScreenSaver.GetSessionIdleTime`` (KDE Plasma and others).

    Not in a published spec; KDE, its main provider, answers in milliseconds.
    """

    SERVICE = "org.freedesktop.ScreenSaver"

    def idle_seconds(self) -> float | None:
        reply = dbus.call(
            self.SERVICE, "/org/freedesktop/ScreenSaver", self.SERVICE, "GetSessionIdleTime"
        )
        return _number(reply, 1000.0)


class X11Idle:
    """The X server's MIT-SCREEN-SAVER extension (any X11 desktop, and Xvfb)."""

    def __init__(self, server: XServer) -> None:
        self._server = server

    def idle_seconds(self) -> float | None:
        idle = self._server.idle_ms()
        return None if idle is None else idle / 1000.0


class WindowsIdle:  # pragma: no cover - runs on Windows only
    """``GetLastInputInfo``: the tick count of the last input, against ``GetTickCount``."""

    def idle_seconds(self) -> float | None:
        class LastInputInfo(ctypes.Structure):
            _fields_ = (("cbSize", ctypes.c_uint), ("dwTime", ctypes.c_uint))

        info = LastInputInfo(ctypes.sizeof(LastInputInfo), 0)
        user32 = ctypes.windll.user32  # type: ignore[attr-defined]
        if not user32.GetLastInputInfo(ctypes.byref(info)):
            return None
        now = ctypes.windll.kernel32.GetTickCount()  # type: ignore[attr-defined]
        return ticks_idle_seconds(now, info.dwTime)


class MacIdle:
    """The HID system's idle time, as ``ioreg -c IOHIDSystem`` reports it (nanoseconds)."""

    def idle_seconds(self) -> float | None:
        try:
            out = subprocess.run(
                ["/usr/sbin/ioreg", "-c", "IOHIDSystem", "-d", "4"],
                capture_output=True,
                text=True,
                timeout=2,
                check=False,
            ).stdout
        except (OSError, subprocess.TimeoutExpired):
            return None
        return ioreg_idle_seconds(out)


def ticks_idle_seconds(now_ticks: int, last_input_ticks: int) -> float:
    """Seconds between two 32-bit millisecond tick counts (they wrap after 49.7 days)."""
    return ((now_ticks - last_input_ticks) % _TICK_WRAP) / 1000.0


def ioreg_idle_seconds(text: str) -> float | None:
    """The first ``"HIDIdleTime" = <ns>`` of ``ioreg`` output, in seconds; None if absent."""
    match = _IOREG_IDLE.search(text)
    return None if match is None else int(match[1]) / 1e9


def _number(reply: list[object] | None, per_second: float) -> float | None:
    if not reply or not isinstance(reply[0], int | float) or isinstance(reply[0], bool):
        return None
    return float(reply[0]) / per_second


def idle_source() -> IdleSource:
    """The adapter for this desktop (checked once; the log names the one in use)."""
    source = _pick()
    if isinstance(source, NeverIdle):
        _LOG.info("idle time: not available on this desktop; the user always counts as present")
    else:
        _LOG.info("idle time: from %s", type(source).__name__)
    return source


def _pick() -> IdleSource:
    if sys.platform == "win32":
        return WindowsIdle()
    if sys.platform == "darwin":
        return MacIdle()
    for candidate in (MutterIdle(), ScreenSaverIdle()):
        if dbus.has_service(candidate.SERVICE) and candidate.idle_seconds() is not None:
            return candidate
    server = shared_server()
    if server is not None and server.idle_ms() is not None:
        return X11Idle(server)
    return NeverIdle()
