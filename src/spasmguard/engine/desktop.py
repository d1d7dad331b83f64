"""Which kind of desktop session the app runs in, from the environment the session sets.

Only the questions the presence adapters need: whether this is a Wayland session (where X11's
view of input and windows, through XWayland, covers X11 windows only and must never be trusted),
which compositor it is, and where its sockets are.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path


def is_wayland(environ: Mapping[str, str] = os.environ) -> bool:
    """A Wayland session, even where DISPLAY is set beside it for XWayland."""
    return bool(environ.get("WAYLAND_DISPLAY")) or environ.get("XDG_SESSION_TYPE") == "wayland"


def is_gnome(environ: Mapping[str, str] = os.environ) -> bool:
    return "GNOME" in environ.get("XDG_CURRENT_DESKTOP", "").upper().split(":")


def wayland_socket(environ: Mapping[str, str] = os.environ) -> Path | None:
    """The compositor's socket ($WAYLAND_DISPLAY, relative to $XDG_RUNTIME_DIR); None if unset."""
    name = environ.get("WAYLAND_DISPLAY")
    if not name:
        return None
    path = Path(name)
    if path.is_absolute():
        return path
    runtime = environ.get("XDG_RUNTIME_DIR")
    return Path(runtime, name) if runtime else None


def sway_socket(environ: Mapping[str, str] = os.environ) -> Path | None:
    """sway's IPC socket ($SWAYSOCK, which sway sets for every client it starts)."""
    name = environ.get("SWAYSOCK")
    return Path(name) if name else None
