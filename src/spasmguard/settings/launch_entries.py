"""Install and remove the entries that start spasmguard: at login, and in application menus.

The content comes from :mod:`spasmguard.core.launchers`; this module only decides where it goes
and writes it (atomically, so a crash never leaves half an entry for the session to run):

- Linux and other XDG desktops: ``$XDG_CONFIG_HOME/autostart/spasmguard.desktop`` (default
  ``~/.config``); the menu entry goes to ``$XDG_DATA_HOME/applications`` with its icon.
- Windows: the ``spasmguard`` value of the ``HKCU`` key :data:`RUN_KEY`.
- macOS: ``~/Library/LaunchAgents/local.spasmguard.plist`` (launchd reads it at the next login).
"""

from __future__ import annotations

import contextlib
import os
import sys
from pathlib import Path

from spasmguard.core.files import WriteError, write_atomic
from spasmguard.core.launchers import (
    APP_NAME,
    LAUNCH_AGENT_LABEL,
    desktop_entry,
    launch_agent_plist,
    launch_command,
    windows_run_value,
)
from spasmguard.core.messages import Message
from spasmguard.core.resources import read_bytes

RUN_KEY = r"Software\Microsoft\Windows\CurrentVersion\Run"
_READABLE = 0o644


class StartAtLoginError(OSError):
    """The login entry could not be installed or removed; ``str()`` is one plain sentence.

    Its own type, so that a caller that saved the settings first can tell the user exactly
    this, and not that the settings were lost.
    """

    def __str__(self) -> str:
        return self.strerror or super().__str__()


def this_install_command() -> tuple[str, ...]:
    """The command that starts this very installation (pipx, venv, --user or system)."""
    python = Path(sys.executable).absolute()
    if sys.platform == "win32":
        windowless = python.with_name("pythonw.exe")
        return launch_command(python, None, windowless if windowless.exists() else None)
    script = python.with_name(APP_NAME)
    return launch_command(python, script if script.exists() else None, None)


def _xdg_dir(variable: str, fallback: str) -> Path:
    """An XDG base directory; relative values are invalid per the spec and ignored."""
    value = os.environ.get(variable, "")
    return Path(value) if os.path.isabs(value) else Path.home() / fallback


def autostart_file() -> Path:
    return _xdg_dir("XDG_CONFIG_HOME", ".config") / "autostart" / f"{APP_NAME}.desktop"


def launch_agent_file() -> Path:
    return Path.home() / "Library" / "LaunchAgents" / f"{LAUNCH_AGENT_LABEL}.plist"


def set_start_at_login(enabled: bool) -> None:
    """Install (or refresh) the login entry, or remove it; StartAtLoginError says what failed."""
    command = this_install_command()
    try:
        if sys.platform == "win32":
            _set_windows_run(windows_run_value(command) if enabled else None)
        elif sys.platform == "darwin":
            _write_or_remove(launch_agent_file(), launch_agent_plist(command) if enabled else None)
        else:
            entry = desktop_entry(command, autostart=True).encode() if enabled else None
            _write_or_remove(autostart_file(), entry)
    except OSError as error:
        sentence = (
            Message("Start at login could not be switched on. {reason}", reason=str(error))
            if enabled
            else Message("Start at login could not be switched off. {reason}", reason=str(error))
        )
        raise StartAtLoginError(error.errno, sentence) from error


def install_menu_entry() -> list[Path]:
    """Put spasmguard in the desktop's application menus (entry + icon); the files written.

    WriteError (one plain sentence) if one cannot be written.
    """
    data = _xdg_dir("XDG_DATA_HOME", ".local/share")
    entry = data / "applications" / f"{APP_NAME}.desktop"
    icon = data / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_NAME}.svg"
    write_atomic(icon, read_bytes("icons", "spasmguard.svg"), _READABLE)
    write_atomic(entry, desktop_entry(this_install_command()).encode(), _READABLE)
    return [entry, icon]


def menu_entry_installed() -> bool:
    """Whether some application menu already lists spasmguard (user or system data dirs)."""
    dirs = [_xdg_dir("XDG_DATA_HOME", ".local/share")]
    system = os.environ.get("XDG_DATA_DIRS") or "/usr/local/share:/usr/share"
    dirs += [Path(d) for d in system.split(os.pathsep) if os.path.isabs(d)]
    return any((d / "applications" / f"{APP_NAME}.desktop").is_file() for d in dirs)


def _write_or_remove(path: Path, data: bytes | None) -> None:
    if data is not None:
        write_atomic(path, data, _READABLE)
        return
    try:
        path.unlink(missing_ok=True)
    except OSError as error:
        reason = error.strerror or str(error)
        message = Message("Could not remove {file}: {reason}.", file=str(path), reason=reason)
        raise WriteError(error.errno, message, str(path)) from error


def _set_windows_run(value: str | None) -> None:  # pragma: no cover - runs on Windows only
    if sys.platform != "win32":
        raise RuntimeError("the Run key exists on Windows only")
    import winreg  # noqa: PLC0415 - Windows only

    try:
        with winreg.CreateKey(winreg.HKEY_CURRENT_USER, RUN_KEY) as key:
            if value is not None:
                winreg.SetValueEx(key, APP_NAME, 0, winreg.REG_SZ, value)
            else:
                with contextlib.suppress(FileNotFoundError):
                    winreg.DeleteValue(key, APP_NAME)
    except OSError as error:
        raise WriteError(error.errno, f"Could not change {RUN_KEY}: {error}.") from error
