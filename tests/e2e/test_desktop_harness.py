"""The e2e harnesses build real desktops: a tray host Qt can see, dunst on the bus, screenshots;
sway cleans up after itself and names what it misses."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.e2e.desktop import SCREEN_SIZE, Desktop, Dunst, HarnessError, name_has_owner, run
from tests.e2e.desktops.sway import SwayDesktop

pytestmark = pytest.mark.e2e

DBUS_SEND = ["dbus-send", "--session", "--print-reply=literal"]
_TRAY_PROBE = """
from PySide6.QtWidgets import QApplication, QSystemTrayIcon
app = QApplication([])
print(app.platformName(), QSystemTrayIcon.isSystemTrayAvailable())
"""


def test_qt_sees_a_system_tray_on_the_test_display(desktop: dict[str, str]) -> None:
    done = subprocess.run(
        [sys.executable, "-c", _TRAY_PROBE],
        env=desktop,
        capture_output=True,
        text=True,
        timeout=30,
        check=True,
    )
    assert done.stdout.split() == ["xcb", "True"]


def test_dunst_owns_the_notification_name(dunst: Dunst, desktop: dict[str, str]) -> None:
    owner = run(
        [
            *DBUS_SEND,
            "--dest=org.freedesktop.DBus",
            "/org/freedesktop/DBus",
            "org.freedesktop.DBus.GetNameOwner",
            "string:org.freedesktop.Notifications",
        ],
        desktop,
    ).strip()
    info = run(
        [
            *DBUS_SEND,
            f"--dest={owner}",
            "/org/freedesktop/Notifications",
            "org.freedesktop.Notifications.GetServerInformation",
        ],
        desktop,
    )
    assert info.split()[0] == "dunst"


def test_stopping_dunst_leaves_no_server_and_nothing_is_activated(
    no_notification_server: dict[str, str],
) -> None:
    # A call to the missing name must fail instead of D-Bus-activating a second dunst.
    with pytest.raises(HarnessError, match="ServiceUnknown"):
        run(["dunstctl", "count", "displayed"], no_notification_server)
    assert not name_has_owner(no_notification_server, "org.freedesktop.Notifications")


def test_screenshot_is_a_png_of_the_whole_screen(
    screenshot: Callable[[Path], Path], tmp_path: Path, desktop: dict[str, str]
) -> None:
    shot = screenshot(tmp_path / "screen.png")
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    size = run(["identify", "-format", "%m %w %h", str(shot)], desktop).split()
    assert size == ["PNG", *map(str, SCREEN_SIZE)]


def test_desktop_stops_every_process_it_started(tmp_path: Path) -> None:
    session = Desktop(tmp_path)
    session.start()
    started = session.pids()
    assert len(started) == 4  # Xvfb, dbus-daemon, trayer, dunst
    session.stop()
    assert still_running(started) == []


def test_sway_stops_every_process_it_started_and_removes_its_folder(tmp_path: Path) -> None:
    session = SwayDesktop(tmp_path)
    session.start()
    started = session.pids()
    assert len(started) == 4  # dbus-daemon, sway, waybar, mako
    session.stop()
    assert still_running(started) == []
    assert not session.root.exists()


def test_sway_names_the_packages_it_misses_and_leaves_nothing_behind(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))  # no program at all
    session = SwayDesktop(tmp_path)
    with pytest.raises(HarnessError, match=r"apt-get install .*mako-notifier .*sway .*wtype"):
        session.start()
    assert not session.root.exists()


def still_running(pids: list[int]) -> list[str]:
    return subprocess.run(
        ["ps", "-o", "pid=", "-p", ",".join(map(str, pids))],
        capture_output=True,
        text=True,
        check=False,
    ).stdout.split()
