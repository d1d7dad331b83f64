"""Pointer clicks and key presses on the Plasma test desktop, through KWin's fake-input protocol.

KWin offers org_kde_kwin_fake_input only to an executable that a .desktop file names with
X-KDE-Wayland-Interfaces=org_kde_kwin_fake_input. The client is fake_input.c beside this file,
compiled per session with the system's cc against libwayland-client (no binary is committed).
"""

from __future__ import annotations

from pathlib import Path

from tests.e2e.desktop import run

PROTOCOL = Path("/usr/share/plasma-wayland-protocols/fake-input.xml")
SOURCE = Path(__file__).with_name("fake_input.c")
# What building it needs -> the Debian package that provides it.
BUILD_PROGRAMS = {"cc": "gcc", "wayland-scanner": "libwayland-bin"}
BUILD_FILES = {
    PROTOCOL: "plasma-wayland-protocols",
    Path("/usr/include/wayland-client.h"): "libwayland-dev",
}

# evdev key codes (linux/input-event-codes.h) of what the tests type, on a US layout.
MODIFIERS = {"ctrl": 29, "shift": 42, "alt": 56}
_ROWS = {16: "qwertyuiop", 30: "asdfghjkl", 44: "zxcvbnm"}
KEYS = {char: start + i for start, row in _ROWS.items() for i, char in enumerate(row)}
KEYS.update({" ": 57, "\x1b": 1, "\n": 28})


def desktop_entry(program: Path) -> str:
    """The .desktop file that lets KWin hand fake input to `program`."""
    return (
        "[Desktop Entry]\nType=Application\nName=spasmguard test input\nNoDisplay=true\n"
        f"Exec={program}\nX-KDE-Wayland-Interfaces=org_kde_kwin_fake_input\n"
    )


def build(out_dir: Path, env: dict[str, str]) -> Path:
    """Compile fake_input.c into `out_dir` and return the program's path."""
    header, glue = out_dir / "fake-input-client.h", out_dir / "fake-input.c"
    run(["wayland-scanner", "client-header", str(PROTOCOL), str(header)], env)
    run(["wayland-scanner", "private-code", str(PROTOCOL), str(glue)], env)
    program = out_dir / "fake_input"
    sources = [str(SOURCE), str(glue)]
    run(
        ["cc", "-O2", "-Wall", "-o", str(program), *sources, f"-I{out_dir}", "-lwayland-client"],
        env,
    )
    return program


class FakeInput:
    """The compiled client, run once per gesture on the desktop `env` points at."""

    def __init__(self, program: Path, env: dict[str, str]) -> None:
        self._program = program
        self._env = env

    def click(self, x: int, y: int) -> None:
        """Move the pointer to (x, y), let the target see it hover, and click."""
        self._send("move", str(x), str(y), "click")

    def move(self, x: int, y: int) -> None:
        self._send("move", str(x), str(y))

    def menu_click(self, x: int, y: int) -> None:
        """The same with the right button, which opens context menus."""
        self._send("move", str(x), str(y), "menu-click")

    def type(self, text: str) -> None:
        """Press and release the key of each character (lower-case letters, space, Esc, Enter)."""
        self._send(*[arg for char in text for arg in ("key", str(KEYS[char]))])

    def chord(self, *keys: str) -> None:
        """Hold the modifiers ("alt", "ctrl", "shift") while the last key is pressed."""
        *held, last = keys
        codes = [str(MODIFIERS[name]) for name in held]
        self._send(
            *[a for c in codes for a in ("down", c)],
            "key",
            str(KEYS[last]),
            *[a for c in reversed(codes) for a in ("up", c)],
        )

    def _send(self, *commands: str) -> None:
        run([str(self._program), *commands], self._env)
