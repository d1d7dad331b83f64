"""Real desktops for the end-to-end tests, behind one small interface.

Each desktop (sway here; X11 in tests/e2e/desktop.py) starts itself headless for one pytest
session and offers what a desktop-neutral test needs: the environment for programs on it, the
bus its StatusNotifier tray and notification server sit on (tests/e2e/sni.py reads the tray),
screenshots, the notifications on screen and a way to press their buttons, typing, and the
windows with their app ids and focus. Tests that run on several desktops take the
`wayland_desktop` fixture (tests/e2e/conftest.py), parametrized by desktop name, and its
companions there: `wayland_app` (start the app as the desktop's account), `sni` (the tray as a
host sees it), `shot` (screenshots) and `typing_window` (another app's focused text window).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from tests.e2e.desktop import wait_until


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


def wait_for_window(desktop: DesktopSession, title: str, timeout: float = 5.0) -> ShownWindow:
    """The one visible window titled `title`, once the compositor shows it."""
    found: list[ShownWindow] = []

    def shown() -> bool:
        found[:] = [w for w in desktop.windows() if w.title == title and w.visible]
        return len(found) == 1

    wait_until(shown, f"one window titled {title!r}", timeout)
    return found[0]


def wait_for_focus(desktop: DesktopSession, title: str) -> None:
    """Wait until the window titled `title` has the keyboard."""
    wait_until(lambda: wait_for_window(desktop, title).focused, f"{title!r} to have the focus")


def has_window(desktop: DesktopSession, title: str) -> bool:
    return any(w.title == title for w in desktop.windows())


def wait_for_notification(
    desktop: DesktopSession, summary: str, timeout: float = 5.0
) -> Notification:
    """The one notification with this summary, once it is shown."""
    found: list[Notification] = []

    def shown() -> bool:
        found[:] = [n for n in desktop.notifications() if n.summary == summary]
        return len(found) == 1

    wait_until(shown, f"one notification {summary!r}", timeout)
    return found[0]


def typed(probe_file: Path) -> str:
    """What the `typing_window` fixture's window holds (from the file it writes)."""
    return probe_file.read_text() if probe_file.exists() else ""
