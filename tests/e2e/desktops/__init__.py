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

import os
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from tests.e2e.apprunner import crop, executable
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


class LocalRunner:
    """The app as this test process runs it: the installed script, as the same user (for the
    desktops that, unlike sway, accept root: GNOME and KWin)."""

    def spasmguard(self, *args: str) -> list[str]:
        return [executable(), *args]

    def give(self, path: Path) -> None:
        """Nothing to hand over: the app runs as the owner of `path` already."""

    def python(self, *args: str) -> list[str]:
        return [sys.executable, *args]


def session_dirs(home: Path, runtime: Path) -> dict[str, str]:
    """HOME, XDG_RUNTIME_DIR and the XDG base dirs of a desktop session of its own, so nothing
    of the machine's settings leaks in (the caller creates the folders it needs)."""
    return {
        "HOME": str(home),
        "XDG_RUNTIME_DIR": str(runtime),
        "XDG_CONFIG_HOME": str(home / ".config"),
        "XDG_DATA_HOME": str(home / ".local" / "share"),
        "XDG_CACHE_HOME": str(home / ".cache"),
        "XDG_STATE_HOME": str(home / ".local" / "state"),
    }


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

    def on_screen(self, notification: Notification) -> None:
        """Wait until `notification` is drawn where the user sees it (Plasma slides it in)."""
        ...

    def dismiss_all(self) -> None: ...

    def type_text(self, text: str) -> None: ...

    def shortcut(self, keys: str) -> None:
        """Press a key combination such as "alt+d" in the focused window."""
        ...

    def click(self, x: int, y: int) -> None:
        """A left click at (x, y) of the screen."""
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


def save_screenshot(
    desktop: DesktopSession, folder: Path, name: str, box: tuple[int, int, int, int] | None = None
) -> Path:
    """Save a screenshot, or its (x, y, w, h) `box`, as <desktop>-<name>.png in `folder`: for
    people to look at (docs/screenshots/desktops/ when $SPASMGUARD_DESKTOP_SHOTS names it)."""
    out = Path(os.environ.get("SPASMGUARD_DESKTOP_SHOTS") or folder)
    out.mkdir(parents=True, exist_ok=True)
    path = desktop.screenshot(out / f"{desktop.name}-{name}.png")
    return path if box is None else crop(path, path, box)
