"""Bringing a window to the front, with the token the launcher gave the launching process.

Desktops refuse to hand focus to a window just because its app asks (focus-stealing prevention):
on Wayland a window comes forward only with an xdg-activation token, and the launcher gave that
token to the second ``spasmguard`` process, which forwarded it over the command socket
(engine/instance.py). Qt Wayland's ``QWindow::requestActivate`` takes the token from the
``XDG_ACTIVATION_TOKEN`` environment variable and unsets it once used, so it is put there just
before. Without a token, GNOME says "spasmguard is ready" and sway marks the window urgent.

On X11, Qt reads ``DESKTOP_STARTUP_ID`` only when it connects to the display, so a forwarded
startup id cannot reach it; ``requestActivate`` sends ``_NET_ACTIVE_WINDOW``, which X11 window
managers honour for the app the user just launched again.
"""

from __future__ import annotations

import os
from collections.abc import Mapping

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

WAYLAND_VARIABLE = "XDG_ACTIVATION_TOKEN"


def activate(window: QWidget, tokens: Mapping[str, str]) -> None:
    """Show `window`, raise it, and ask the desktop for the focus with the launcher's token."""
    token = tokens.get(WAYLAND_VARIABLE)
    if token and QGuiApplication.platformName().startswith("wayland"):
        os.environ[WAYLAND_VARIABLE] = token
    window.show()
    window.raise_()
    window.activateWindow()
    # Qt unset it if it used it; a token that was not used must not leak to a later window.
    os.environ.pop(WAYLAND_VARIABLE, None)
