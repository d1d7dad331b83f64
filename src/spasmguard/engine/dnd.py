"""Whether the desktop says "not now": a fullscreen window, or a silenced notification server.

Each detector answers one yes/no question (:class:`~.readings.Detector`); the reminder gate asks
when a reminder falls due and then once a minute while reminders are held. A detector that
cannot tell says no, so an unsupported desktop gets its reminders as before; where the desktop
makes fullscreen detection impossible, the detector's capability says why, for the settings
window. The fullscreen check is picked once, from the session's kind:

- Windows: ``SHQueryUserNotificationState``;
- sway (and i3): the window tree from its IPC socket ($SWAYSOCK);
- an X11 session: the active window's ``_NET_WM_STATE`` (any EWMH window manager);
- GNOME on Wayland, other Wayland compositors, macOS: not available (no public interface).
  On a Wayland session the X server (XWayland) knows only X11 windows, so it is never asked.
"""

from __future__ import annotations

import ctypes
import logging
import sys

from spasmguard.engine import desktop, session_bus
from spasmguard.engine.capabilities import GNOME_WAYLAND_FULLSCREEN, NO_FULLSCREEN, Capability
from spasmguard.engine.readings import Detector, FlagAnswer
from spasmguard.engine.sway_ipc import SwayFullscreen
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


class X11Fullscreen(Detector):
    """The active window has ``_NET_WM_STATE_FULLSCREEN`` (any EWMH window manager)."""

    def __init__(self, server: XServer) -> None:
        super().__init__()
        self._server = server

    def read(self, done: FlagAnswer) -> None:
        done(self._server.active_window_fullscreen())


class WindowsFullscreen(Detector):  # pragma: no cover - runs on Windows only
    """``SHQueryUserNotificationState``: fullscreen app, Direct3D game or presentation mode."""

    def read(self, done: FlagAnswer) -> None:
        state = ctypes.c_int()
        shell32 = ctypes.windll.shell32  # type: ignore[attr-defined]
        if shell32.SHQueryUserNotificationState(ctypes.byref(state)) != 0:
            done(False)
            return
        done(windows_state_busy(state.value))


class NotificationsInhibited(Detector):
    """The notification server reports that it holds notifications back (asked on the bus)."""

    def read(self, done: FlagAnswer) -> None:
        answers: list[object] = []

        def answered(value: object) -> None:
            answers.append(value)
            if len(answers) == len(_INHIBIT_PROPERTIES):
                done(any(value is True for value in answers))

        for interface, name in _INHIBIT_PROPERTIES:
            session_bus.ask_property(*_NOTIFICATIONS, interface, name, answered)


def windows_state_busy(state: int) -> bool:
    """Whether a QUERY_USER_NOTIFICATION_STATE value means "someone is presenting or playing"."""
    return state in _WINDOWS_BUSY


def fullscreen_detector() -> Detector:
    """The fullscreen check for this desktop; the log names it, once."""
    detector = _pick_fullscreen()
    if detector.capability.available:
        _LOG.info("fullscreen detection: from %s", type(detector).__name__)
    else:
        _LOG.info("fullscreen detection: not available: %s", detector.capability.reason)
    return detector


def _pick_fullscreen() -> Detector:
    if sys.platform == "win32":
        return WindowsFullscreen()
    if (sway := desktop.sway_socket()) is not None:
        return SwayFullscreen(sway)
    if desktop.is_wayland():
        reason = GNOME_WAYLAND_FULLSCREEN if desktop.is_gnome() else NO_FULLSCREEN
        return Detector(Capability.missing(reason))
    if sys.platform != "darwin" and (server := shared_server()) is not None:
        return X11Fullscreen(server)
    return Detector(Capability.missing(NO_FULLSCREEN))


def inhibit_detector() -> Detector:
    """The notification server's own "do not disturb" (only over D-Bus, so Linux/BSD)."""
    if sys.platform in ("win32", "darwin"):
        return Detector()
    return NotificationsInhibited()
