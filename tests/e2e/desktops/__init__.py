"""Real desktops for the end-to-end tests, behind one small interface.

Each desktop (sway here; X11 in tests/e2e/desktop.py) starts itself headless for one pytest
session and offers what a desktop-neutral test needs: the environment for programs on it, the
bus its StatusNotifier tray and notification server sit on (tests/e2e/sni.py reads the tray),
screenshots, the notifications on screen and a way to press their buttons, typing, and the
windows with their app ids and focus. Tests that run on several desktops take the
`wayland_desktop` fixture (tests/e2e/conftest.py), parametrized by desktop name.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Protocol


@dataclass(frozen=True)
class Notification:
    """A notification as its server shows it: actions map a key to its button's label."""

    id: int
    app_name: str
    summary: str
    body: str
    actions: dict[str, str]


@dataclass(frozen=True)
class ShownWindow:
    """A toplevel window as the compositor sees it."""

    title: str
    app_id: str
    focused: bool
    visible: bool
    fullscreen: bool
    rect: tuple[int, int, int, int]  # x, y, width, height in the layout


class Runner(Protocol):
    """How the tests run the app on a desktop (as which account, from which install)."""

    def spasmguard(self, *args: str) -> list[str]:
        """The argv of ``spasmguard ARGS`` on this desktop."""
        ...

    def give(self, path: Path) -> None:
        """Let the app's account own `path` (its config and data dirs)."""
        ...

    def python(self, *args: str) -> list[str]:
        """The argv of the app's Python (with PySide6) running ARGS on this desktop."""
        ...


class DesktopSession(Protocol):
    """One headless desktop, shared by the tests of a pytest session."""

    name: str
    env: dict[str, str]  # for programs on the desktop: display, bus, runtime dir
    bus_address: str
    runner: Runner

    def start(self) -> None: ...

    def stop(self) -> None: ...

    def screenshot(self, path: Path) -> Path: ...

    def notifications(self) -> list[Notification]: ...

    def press(self, notification: Notification, action: str) -> None: ...

    def dismiss_all(self) -> None: ...

    def type_text(self, text: str) -> None: ...

    def shortcut(self, keys: str) -> None:
        """Press a key combination such as "alt+d" in the focused window."""
        ...

    def focus(self, title: str) -> None:
        """Give the window titled `title` the keyboard, as the desktop's focus keys do."""
        ...

    def windows(self) -> list[ShownWindow]: ...
