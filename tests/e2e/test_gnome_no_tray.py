"""The installed app on stock GNOME Shell (no AppIndicator extension, so no tray at all).

What users expect there (core/no_tray.py): no window pushed at them at every login, a
once-only explanation, the app reachable from the application grid, launching it again opens
its main window, and closing that window keeps the reminders running.
"""

from __future__ import annotations

import time
from collections.abc import Iterator

import pytest

from spasmguard.core.no_tray import TRAY_WAIT_ENV
from tests.e2e.apprunner import App, launched_apps
from tests.e2e.desktop import wait_until
from tests.e2e.desktops import ShownWindow, save_screenshot, wait_for_window
from tests.e2e.desktops.gnome import GnomeShell
from tests.e2e.test_gnome import POSTURE, app_grid_entry

pytestmark = pytest.mark.e2e

MAIN = "spasmguard"
TRAY_WAIT_S = 1.0


@pytest.fixture
def app(gnome_no_tray: GnomeShell) -> Iterator[App]:
    """The app on stock GNOME, looking for a tray for one second instead of a minute."""
    env = {**gnome_no_tray.env, TRAY_WAIT_ENV: str(TRAY_WAIT_S)}
    launches = launched_apps(env)
    yield next(launches)()
    next(launches, None)


def main_windows(gnome: GnomeShell) -> list[ShownWindow]:
    return [w for w in gnome.windows() if w.title == MAIN and w.visible]


def no_tray_logged(app: App) -> bool:
    return "no system tray" in app.log_path.read_text()


def test_no_tray_explains_once_then_stays_quiet_and_the_app_grid_opens_the_main_window(
    gnome_no_tray: GnomeShell, app: App
) -> None:
    gnome = gnome_no_tray
    assert gnome.helper("trayIcons()") == []
    # First start: after the wait, the explanation, once. (The app asks for no activation,
    # but GNOME focuses every new window: measured, not asserted.)
    wait_for_window(gnome, MAIN, TRAY_WAIT_S + 10)
    time.sleep(0.3)  # the first frame is drawn after the window maps
    save_screenshot(gnome, gnome.root, "notice")
    gnome.helper(f"closeWindow({MAIN!r})")
    wait_until(lambda: main_windows(gnome) == [], "the main window to close")
    assert app.status()["running"] is True  # closing it keeps the reminders running
    app.ok("trigger", "posture")
    gnome.press_banner_button(POSTURE, "Done")
    app.wait_for_event("posture", "done")

    # Next login: no window pushed at the user.
    assert app.quit() == 0
    app.start()
    wait_until(lambda: no_tray_logged(app), "the app to decide there is no tray", TRAY_WAIT_S + 10)
    time.sleep(0.5)
    assert main_windows(gnome) == []

    # The application grid lists spasmguard; launching it opens the running app's main window.
    entry = app_grid_entry(app)
    listed = "Shell.AppSystem.get_default().lookup_app('spasmguard.desktop') !== null"
    wait_until(lambda: gnome.eval(listed), "spasmguard in the application grid")
    assert gnome.helper(f"launch({str(entry)!r})") is True
    wait_for_window(gnome, MAIN, 10)
    assert app.status()["running"] is True
    time.sleep(0.3)
    save_screenshot(gnome, gnome.root, "main-window")
