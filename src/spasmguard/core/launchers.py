"""What starts spasmguard: the command line, and the entries that run it at login or from a menu.

Pure text generation, so every platform's entry is tested on any machine: the XDG desktop entry
(application menus and autostart, from ``resources/spasmguard.desktop``), the Windows ``Run``
registry value and the macOS LaunchAgent property list. Writing them is the job of
:mod:`spasmguard.settings.launch_entries`.
"""

from __future__ import annotations

import subprocess
from collections.abc import Sequence
from pathlib import Path

from spasmguard.core.resources import read_text

APP_NAME = "spasmguard"
"""The app's name to the desktop: the desktop entry's file name (``spasmguard.desktop``), the
Wayland app id and X11 WM_CLASS of its windows, and the app name its notifications carry."""
LAUNCH_AGENT_LABEL = "local.spasmguard"
"""The LaunchAgent's label (reverse-DNS style, ``local.`` for software without a domain)."""

# Characters that make an Exec argument need quoting (Desktop Entry Specification, "Exec key").
_RESERVED = frozenset(" \t\n\"'\\><~|&;$*?#()`")
_ESCAPED_IN_QUOTES = frozenset('"`$\\')


def launch_command(python: Path, script: Path | None, windowless: Path | None) -> tuple[str, ...]:
    """How to start the installed app: its ``spasmguard`` script, else ``python -m spasmguard``.

    ``windowless`` is Windows' ``pythonw.exe``: preferred there, because the console-script
    launcher would open a console window at every login.
    """
    if windowless is not None:
        return (str(windowless), "-m", APP_NAME)
    if script is not None:
        return (str(script),)
    return (str(python), "-m", APP_NAME)


def desktop_exec(command: Sequence[str]) -> str:
    """The ``Exec`` value for a command, quoted and escaped as the Desktop Entry spec asks."""
    return " ".join(_exec_argument(arg) for arg in command)


def _exec_argument(arg: str) -> str:
    arg = arg.replace("%", "%%")  # field codes start with %
    if arg and not _RESERVED.intersection(arg):
        text = arg
    else:
        text = '"' + "".join("\\" + c if c in _ESCAPED_IN_QUOTES else c for c in arg) + '"'
    # The value is also a desktop-entry string, where a backslash is written as two.
    return text.replace("\\", "\\\\")


def desktop_entry(command: Sequence[str], autostart: bool = False) -> str:
    """``resources/spasmguard.desktop`` with ``Exec`` set to ``command``.

    For autostart, the entry also asks GNOME-style session managers to run it (the key other
    desktops ignore), and it carries no ``TryExec``-style guess: the command is absolute.
    """
    lines = [
        f"Exec={desktop_exec(command)}" if line.startswith("Exec=") else line
        for line in read_text("spasmguard.desktop").splitlines()
    ]
    if autostart:
        lines.append("X-GNOME-Autostart-enabled=true")
    return "\n".join(lines) + "\n"


def windows_run_value(command: Sequence[str]) -> str:
    """The ``HKCU\\...\\Run`` value: one command line, quoted the way Windows parses it."""
    return subprocess.list2cmdline(list(command))


def launch_agent_plist(command: Sequence[str]) -> bytes:
    """A LaunchAgent that starts the app once at login, in the graphical session only."""
    import plistlib  # noqa: PLC0415 - macOS only; costs every tray start 3 ms elsewhere

    return plistlib.dumps(
        {
            "Label": LAUNCH_AGENT_LABEL,
            "ProgramArguments": list(command),
            "RunAtLoad": True,
            "ProcessType": "Interactive",
            "LimitLoadToSessionType": "Aqua",
        }
    )
