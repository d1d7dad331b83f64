"""What only sway showed wrong: idle time and fullscreen with XWayland beside Wayland, a
reminder due over a fullscreen window, and where the app's own reminder window appears.

The desktop is the session's sway (desktops/sway.py): `xwayland enable`, so DISPLAY is set
beside WAYLAND_DISPLAY as on most sway installs.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from tests.e2e.apprunner import App, colour_count, crop, reminder_window_title
from tests.e2e.desktop import SCREEN_SIZE, wait_until
from tests.e2e.desktops import DesktopSession, has_window, wait_for_focus, wait_for_window
from tests.e2e.desktops.sway import BAR_HEIGHT, SwayDesktop
from tests.e2e.sni import SniClient

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.parametrize("wayland_desktop", ["sway"], indirect=True),
]

Launch = Callable[..., App]
REMINDER = reminder_window_title("posture")
# The right end of waybar's bar (bottom of the screen), where its tray module draws icons.
TRAY_BOX = (SCREEN_SIZE[0] - 150, SCREEN_SIZE[1] - BAR_HEIGHT, 150, BAR_HEIGHT)
# A snoozed reminder comes back after at least a minute; the gate looks again once a minute.
DUE_AFTER_SNOOZE_S = 90.0


def logged(app: App, text: str) -> bool:
    return app.log_path.exists() and text in app.log_path.read_text()


def log_line(app: App, text: str) -> str:
    """The app's first log line containing `text`, once it is written."""
    wait_until(lambda: logged(app, text), f"{text!r} in the app's log")
    return next(line for line in app.log_path.read_text().splitlines() if text in line)


def test_waybar_draws_the_tray_icon(
    wayland_app: Launch,
    wayland_desktop: DesktopSession,
    sni: SniClient,
    tmp_path: Path,
    shot: Callable[..., Path],
) -> None:
    def tray_colours(name: str) -> int:
        shot = wayland_desktop.screenshot(tmp_path / f"{name}.png")
        return colour_count(crop(shot, tmp_path / f"{name}-tray.png", TRAY_BOX))

    assert tray_colours("before") == 1  # the bar's flat background
    wayland_app()
    sni.find_item("spasmguard")
    # The icon's strokes and anti-aliasing add many colours (it paints a moment after).
    wait_until(lambda: tray_colours("after") > 8, "waybar to draw the icon")
    width, height = SCREEN_SIZE
    shot("tray", (width - 240, height - 120, 240, 120))


def test_idle_time_comes_from_sway_not_from_xwayland(
    wayland_app: Launch, wayland_desktop: DesktopSession
) -> None:
    """XWayland only sees input to X11 windows: from it, a user typing in Wayland windows
    would count as away. sway 1.7 offers the KDE idle protocol; the app must take that."""
    assert wayland_desktop.env["DISPLAY"].startswith(":")
    app = wayland_app()
    assert "org_kde_kwin_idle" in log_line(app, "idle time: from the Wayland compositor")
    assert "SwayFullscreen" in log_line(app, "fullscreen detection: from")


def test_a_reminder_due_over_a_fullscreen_window_waits_then_shows(
    wayland_app: Launch,
    wayland_desktop: SwayDesktop,
    typing_window: Path,
    shot: Callable[..., Path],
) -> None:
    """Once seen: under a fullscreen window the reminder window was invisible, then "missed"."""
    del typing_window  # the window the user has made fullscreen
    app = wayland_app('notification_style = "window"\n')
    wayland_desktop.swaymsg('[title="^typing probe$"]', "fullscreen", "enable")
    wait_until(lambda: wait_for_window(wayland_desktop, "typing probe").fullscreen, "fullscreen")
    app.ok("snooze", "posture", "1")
    wait_until(lambda: logged(app, "reminder held: posture"), "the hold", DUE_AFTER_SNOOZE_S)
    assert not has_window(wayland_desktop, REMINDER)
    wayland_desktop.swaymsg('[title="^typing probe$"]', "fullscreen", "disable")
    reminder = wait_for_window(wayland_desktop, REMINDER, timeout=DUE_AFTER_SNOOZE_S)
    shot("reminder-after-fullscreen")
    assert "missed" not in app.events("posture")
    # Where mako shows notifications (top right), not in the middle of the screen.
    x, y, width, _height = reminder.rect
    assert SCREEN_SIZE[0] - 60 < x + width <= SCREEN_SIZE[0]
    assert 0 <= y < 60
    wait_for_focus(wayland_desktop, "typing probe")
    app.ok("done", "posture")
    assert app.events("posture")[-1] == "done"
