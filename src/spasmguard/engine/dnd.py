"""Whether the desktop says "not now": a fullscreen window, or a silenced notification server.

Each detector answers one yes/no question cheaply; the reminder gate asks when a reminder falls
due and then once a minute while reminders are held. A detector that cannot tell says no, so
an unsupported desktop gets its reminders as before.
"""

from __future__ import annotations

import ctypes
import logging
import sys
from typing import Protocol

from spasmguard.engine import session_bus
from spasmguard.engine.x11 import XServer, shared_server

_LOG = logging.getLogger(__name__)

_NOTIFICATIONS = ("org.freedesktop.Notifications", "/org/freedesktop/Notifications")
# (interface, property) pairs that mean "the notification server holds notifications back":
# the freedesktop draft property (KDE Plasma), then dunst's own pause switch.
_INHIBIT_PROPERTIES = (
    ("org.freedesktop.Notifications", "Inhibited"),
    ("org.dunstproject.cmd0", "paused"),
)

# SHQueryUserNotificationState answers (shellapi.h QUERY_USER_NOTIFICATION_STATE).
QUNS_BUSY = 2  # a fullscreen application is running
QUNS_RUNNING_D3D_FULL_SCREEN = 3
QUNS_PRESENTATION_MODE = 4
_WINDOWS_BUSY = frozenset({QUNS_BUSY, QUNS_RUNNING_D3D_FULL_SCREEN, QUNS_PRESENTATION_MODE})


class Detector(Protocol):
    def active(self) -> bool:
        """Whether reminders should wait right now."""
        ...


class Never:
    """For what this platform cannot detect."""

    def active(self) -> bool:
        return False


class X11Fullscreen:
    """The active window has ``_NET_WM_STATE_FULLSCREEN`` (any EWMH window manager)."""

    def __init__(self, server: XServer) -> None:
        self._server = server

    def active(self) -> bool:
        return self._server.active_window_fullscreen()


class WindowsFullscreen:  # pragma: no cover - runs on Windows only
    """``SHQueryUserNotificationState``: fullscreen app, Direct3D game or presentation mode."""

    def active(self) -> bool:
        state = ctypes.c_int()
        shell32 = ctypes.windll.shell32  # type: ignore[attr-defined]
        if shell32.SHQueryUserNotificationState(ctypes.byref(state)) != 0:
            return False
        return windows_state_busy(state.value)


class NotificationsInhibited:
    """The notification server reports that it holds notifications back."""

    def active(self) -> bool:
        for interface, name in _INHIBIT_PROPERTIES:
            value = session_bus.get_property(*_NOTIFICATIONS, interface, name)
            if value is True:
                return True
        return False


def windows_state_busy(state: int) -> bool:
    """Whether a QUERY_USER_NOTIFICATION_STATE value means "someone is presenting or playing"."""
    return state in _WINDOWS_BUSY


def fullscreen_detector() -> Detector:
    """The fullscreen check for this desktop (Never, with one log line, where there is none)."""
    detector: Detector = Never()
    if sys.platform == "win32":
        detector = WindowsFullscreen()
    elif (server := shared_server()) is not None:
        detector = X11Fullscreen(server)
    if isinstance(detector, Never):
        _LOG.info("fullscreen detection: not available on this desktop")
    return detector


def inhibit_detector() -> Detector:
    """The notification server's own "do not disturb" (only over D-Bus, so Linux/BSD)."""
    if sys.platform in ("win32", "darwin"):
        return Never()
    return NotificationsInhibited()
