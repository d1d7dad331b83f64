"""Start at login and the menu entry: generated content (all platforms) and real files (XDG)."""

from __future__ import annotations

import errno
import plistlib
import subprocess
import sys
from pathlib import Path

import pytest

from spasmguard.core import launchers
from spasmguard.core.launchers import (
    desktop_entry,
    desktop_exec,
    launch_agent_plist,
    launch_command,
    windows_run_value,
)
from spasmguard.core.resources import read_text
from spasmguard.settings.launch_entries import (
    StartAtLoginError,
    autostart_file,
    install_menu_entry,
    set_start_at_login,
    this_install_command,
)

PYTHON = Path("/opt/app env/bin/python3")
SCRIPT = Path("/opt/app env/bin/spasmguard")


def validate(path: Path) -> None:
    """desktop-file-validate (Debian desktop-file-utils) must accept the entry, warnings too."""
    done = subprocess.run(
        ["desktop-file-validate", str(path)], capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert done.stdout.strip() == "", done.stdout


def exec_arguments(value: str) -> list[str]:
    """The spec's reading of an Exec value (a reference parser, not the code under test).

    First the string escapes (a backslash is written as two), then arguments split at spaces
    outside double quotes; inside them a backslash takes the next character literally.
    """
    text = value.replace("\\\\", "\\").replace("%%", "%")
    args: list[str] = []
    current, quoted, escaped, started = "", False, False, False
    for char in text:
        if escaped:
            current, escaped = current + char, False
        elif quoted and char == "\\":
            escaped = True
        elif char == '"':
            quoted, started = not quoted, True
        elif char == " " and not quoted:
            if current or started:
                args.append(current)
            current, started = "", False
        else:
            current += char
    if current or started:
        args.append(current)
    return args


def entry_values(text: str) -> dict[str, str]:
    lines = text.splitlines()
    assert lines[0] == "[Desktop Entry]"
    return dict(line.split("=", 1) for line in lines[1:] if line)


# --- the command -------------------------------------------------------------------------------


def test_the_script_is_preferred_then_python_dash_m() -> None:
    assert launch_command(PYTHON, SCRIPT, None) == (str(SCRIPT),)
    assert launch_command(PYTHON, None, None) == (str(PYTHON), "-m", "spasmguard")


def test_windows_prefers_pythonw_so_no_console_window_opens_at_login() -> None:
    pythonw = Path("C:/Python311/pythonw.exe")
    assert launch_command(PYTHON, SCRIPT, pythonw) == (str(pythonw), "-m", "spasmguard")


def test_this_install_runs_the_script_next_to_this_python(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    python = tmp_path / "bin" / "python"
    python.parent.mkdir()
    python.touch()
    monkeypatch.setattr(sys, "executable", str(python))
    assert this_install_command() == (str(python), "-m", "spasmguard")
    (tmp_path / "bin" / "spasmguard").touch()
    assert this_install_command() == (str(tmp_path / "bin" / "spasmguard"),)


# --- desktop entries ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "command",
    [
        ("/usr/bin/spasmguard",),
        ("/home/a b/venv/bin/python", "-m", "spasmguard"),
        ('/odd"dir/$HOME/50%/back\\slash/spasmguard',),
    ],
)
def test_exec_quoting_survives_the_desktop_entry_parsers(command: tuple[str, ...]) -> None:
    assert exec_arguments(desktop_exec(command)) == list(command)


def test_the_packaged_menu_entry_is_valid(tmp_path: Path) -> None:
    path = tmp_path / "spasmguard.desktop"
    path.write_text(read_text("spasmguard.desktop"))
    validate(path)
    values = entry_values(path.read_text())
    assert values["Exec"] == "spasmguard"
    assert values["Icon"] == "spasmguard"


def test_the_autostart_entry_runs_the_given_command_and_is_valid(tmp_path: Path) -> None:
    text = desktop_entry((str(PYTHON), "-m", "spasmguard"), autostart=True)
    path = tmp_path / "spasmguard.desktop"
    path.write_text(text)
    validate(path)
    values = entry_values(text)
    assert values["Exec"] == '"/opt/app env/bin/python3" -m spasmguard'
    assert values["X-GNOME-Autostart-enabled"] == "true"
    assert values["Name"] == "spasmguard"
    assert "X-GNOME-Autostart-enabled" not in desktop_entry(("spasmguard",))


def test_the_windows_run_value_quotes_paths_with_spaces() -> None:
    command = ("C:\\Program Files\\Python311\\pythonw.exe", "-m", "spasmguard")
    assert windows_run_value(command) == '"C:\\Program Files\\Python311\\pythonw.exe" -m spasmguard'


def test_the_launch_agent_runs_the_command_at_login_in_the_gui_session() -> None:
    agent = plistlib.loads(launch_agent_plist((str(SCRIPT),)))
    assert agent == {
        "Label": launchers.LAUNCH_AGENT_LABEL,
        "ProgramArguments": [str(SCRIPT)],
        "RunAtLoad": True,
        "ProcessType": "Interactive",
        "LimitLoadToSessionType": "Aqua",
    }


# --- the real files (XDG) ----------------------------------------------------------------------


@pytest.fixture
def xdg(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.setattr(sys, "platform", "linux")
    return tmp_path


def test_start_at_login_installs_and_removes_the_xdg_autostart_entry(xdg: Path) -> None:
    path = xdg / "config" / "autostart" / "spasmguard.desktop"
    assert autostart_file() == path
    set_start_at_login(True)
    validate(path)
    values = entry_values(path.read_text())
    assert exec_arguments(values["Exec"]) == list(this_install_command())
    assert path.stat().st_mode & 0o777 == 0o644
    set_start_at_login(True)  # idempotent
    set_start_at_login(False)
    assert not path.exists()
    set_start_at_login(False)  # nothing to remove is fine


def test_a_relative_xdg_config_home_is_ignored(xdg: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", "relative/config")
    monkeypatch.setenv("HOME", str(xdg / "home"))
    assert autostart_file() == xdg / "home" / ".config" / "autostart" / "spasmguard.desktop"


def test_an_unwritable_autostart_folder_is_one_plain_sentence(xdg: Path) -> None:
    (xdg / "config").write_text("a file where the folder should be")
    with pytest.raises(StartAtLoginError) as caught:
        set_start_at_login(True)
    assert str(caught.value).startswith(
        f"Start at login could not be switched on. Could not create the folder {xdg / 'config'}"
    )
    assert caught.value.errno == errno.ENOTDIR


def test_install_menu_entry_writes_a_valid_entry_and_the_icon(xdg: Path) -> None:
    entry, icon = install_menu_entry()
    assert entry == xdg / "data" / "applications" / "spasmguard.desktop"
    assert icon == xdg / "data" / "icons" / "hicolor" / "scalable" / "apps" / "spasmguard.svg"
    validate(entry)
    assert icon.read_text().lstrip().startswith("<")
    assert exec_arguments(entry_values(entry.read_text())["Exec"]) == list(this_install_command())
