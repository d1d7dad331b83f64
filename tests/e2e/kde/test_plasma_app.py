"""The installed app on KDE Plasma 5.27 (Wayland): tray, menu, notifications, its own windows.

Each test starts the real ``spasmguard`` on the session's kwin_wayland + plasmashell, acts as a
user would (clicks and keys through KWin's fake input, the command line) and checks what the
user would see (KWin's windows, screenshots, the notifications plasmashell got) and what the
app records (history).
"""

from __future__ import annotations

import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest

from spasmguard.core.habits import load_habits
from tests.e2e.apprunner import (
    App,
    button_row,
    colour_count,
    image_size,
    reminder_window_title,
    settle,
)
from tests.e2e.desktop import COMMAND_TIMEOUT, wait_until
from tests.e2e.desktops import bus
from tests.e2e.kde.kwin import Window
from tests.e2e.kde.plasma import Notification, Plasma, framed

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.parametrize("wayland_desktop", ["kde"], indirect=True),
]

Launch = Callable[..., App]
Shot = Callable[..., Path]
POSTURE_TITLE = load_habits("en")["posture"].title
REMINDER_TITLE = reminder_window_title("posture")
SETTINGS_TITLE = "spasmguard settings"
PROFESSIONAL_TITLE = "When to see a professional"
WINDOW_STYLE = 'notification_style = "window"\n'
ITEM_INTERFACE = "org.kde.StatusNotifierItem"
ICON_MIN, ICON_MAX = 12, 32  # pixels: the coloured part of the app's icon in Plasma's tray


def new_colour_box(before: Path, after: Path) -> tuple[int, int, int, int]:
    """(x, y, width, height) around the colourful pixels of `after` that were grey `before`.

    Plasma's panel, its icons and its clock are grey; the app's icon is teal and green. Not a
    plain difference: the tray's other icons are redrawn a pixel apart when one is added.
    """
    saturated = [
        "-colorspace",
        "HSL",
        "-channel",
        "G",
        "-separate",
        "+channel",
        "-threshold",
        "25%",
    ]
    images = ["(", str(before), *saturated, ")", "(", str(after), *saturated, ")"]
    out = subprocess.run(
        ["convert", *images, "-compose", "difference", "-composite", "-format", "%@", "info:"],
        capture_output=True,
        text=True,
        check=True,
        timeout=COMMAND_TIMEOUT,
    ).stdout  # e.g. "24x22+1064+767"
    size, x, y = out.split("+")
    width, height = size.split("x")
    return int(x), int(y), int(width), int(height)


def one_notification(plasma: Plasma) -> Notification:
    wait_until(lambda: len(plasma.notifications()) == 1, "one notification", 5)
    return plasma.notifications()[0]


def launch_into_the_tray(
    plasma: Plasma, wayland_app: Launch, tmp_path: Path
) -> tuple[App, tuple[int, int, int, int]]:
    """Start the app; return it with its icon's box on the screen, once Plasma has drawn it."""
    assert plasma.status_notifier_items() == []
    panel = plasma.panel()
    # The system tray is in the right half; the task bar on the left gets the app's windows.
    tray = (panel.x + panel.width // 2, panel.y, panel.width // 2, panel.height)
    before = plasma.screenshot(tmp_path / "tray-before.png", tray)
    app = wayland_app()
    wait_until(lambda: len(plasma.status_notifier_items()) == 1, "the app's StatusNotifierItem")
    after = tmp_path / "tray-after.png"
    icon: list[tuple[int, int, int, int]] = []

    def drawn() -> bool:  # Plasma fades a new icon in: wait for it to be whole
        icon[:] = [new_colour_box(before, plasma.screenshot(after, tray))]
        return min(icon[0][2:]) >= ICON_MIN

    wait_until(drawn, "plasmashell to draw the icon in its tray")
    x, y, width, height = icon[0]
    return app, (tray[0] + x, tray[1] + y, width, height)


def test_the_tray_icon_registers_and_plasma_draws_it_in_its_tray(
    plasma: Plasma, wayland_app: Launch, tmp_path: Path, shot: Shot
) -> None:
    _app, (_x, _y, width, height) = launch_into_the_tray(plasma, wayland_app, tmp_path)
    service, _, path = plasma.status_notifier_items()[0].partition("/")
    item = (plasma.bus_address, service, f"/{path}", ITEM_INTERFACE)
    assert (bus.prop(*item, "Id"), bus.prop(*item, "Status")) == ("spasmguard", "Active")
    shot("tray", framed(plasma.panel()))
    assert max(width, height) <= ICON_MAX


def test_the_tray_menu_shown_by_plasma_opens_settings(
    plasma: Plasma, wayland_app: Launch, shot: Shot, tmp_path: Path
) -> None:
    app, (x, y, width, height) = launch_into_the_tray(plasma, wayland_app, tmp_path)
    plasma.input.menu_click(x + width // 2, y + height // 2)
    menus: list[Window] = []

    def settled() -> bool:  # Plasma lays the menu out once more after it first shows it
        now = _menus(plasma)
        stable = bool(now) and now == menus
        menus[:] = now
        return stable

    wait_until(settled, "Plasma to show the app's menu")
    shot("tray-menu", framed(menus[0]))
    plasma.type_text("s")  # "_Settings…" in the DBusMenu layout
    plasma.kwin.wait_for(SETTINGS_TITLE)
    wait_until(lambda: not _menus(plasma), "the menu to close")
    assert app.status()["running"] is True


def _menus(plasma: Plasma) -> list[Window]:
    """plasmashell's popup menus (its Qt 5 menus have the app id "plasmashell")."""
    return [w for w in plasma.kwin.windows() if w.popup and "plasmashell" in w.app_id]


def test_done_on_plasmas_notification_is_recorded(
    plasma: Plasma, wayland_app: Launch, shot: Shot
) -> None:
    app = wayland_app()
    app.ok("trigger", "posture")
    notification = one_notification(plasma)
    assert (notification.app_name, notification.summary) == ("spasmguard", POSTURE_TITLE)
    assert {"done", "snooze", "skip"} <= set(notification.actions)
    wait_until(lambda: any(w.notification for w in plasma.kwin.windows()), "the popup")
    shot("notification-popup", framed(plasma.notification_popup()))
    plasma.press(notification, "done")
    settle(app, "posture", ["fired", "done"])
    wait_until(lambda: plasma.notifications() == [], "the answered notification to close", 5)


def test_the_reminder_windows_done_button_works(
    plasma: Plasma, wayland_app: Launch, shot: Shot, tmp_path: Path
) -> None:
    app = wayland_app(WINDOW_STYLE)
    app.ok("trigger", "posture")
    window = plasma.kwin.wait_for(REMINDER_TITLE)
    assert plasma.notifications() == []
    shot("reminder-window", framed(window))
    image = plasma.screenshot(tmp_path / "reminder.png", window.box)
    # [Start] Done Snooze Skip, left to right: Done is the third from the right.
    x, y, width, height = button_row(image, 3)[-3]
    plasma.input.click(window.x + x + width // 2, window.y + y + height // 2)
    settle(app, "posture", ["fired", "done"])
    wait_until(lambda: not _titled(plasma, REMINDER_TITLE), "the reminder window to close", 5)


def test_keys_typed_while_the_reminder_window_took_the_focus_answer_nothing(
    plasma: Plasma, wayland_app: Launch
) -> None:
    """KWin gives the new reminder window the keyboard (sway's test of the same expects the
    keys to reach the other window, which KWin 5.27 does not allow): what was typed for
    Settings must not answer the reminder, and Settings gets the keys once focused again."""
    app = wayland_app(WINDOW_STYLE)
    app.ok("open", "settings")
    settings = plasma.kwin.wait_for(SETTINGS_TITLE)
    plasma.kwin.activate(settings)
    app.ok("trigger", "posture")
    reminder = plasma.kwin.wait_for(REMINDER_TITLE)
    assert (reminder.app_id, reminder.active) == ("spasmguard", True)
    plasma.type_text("hi there\x1b")  # space is Start, Escape dismisses, for a chosen window
    plasma.kwin.activate(settings)
    plasma.type_text("\x1b")  # cancels Settings: the keys flow, the earlier ones are done
    wait_until(lambda: not _titled(plasma, SETTINGS_TITLE), "Settings to get the Escape", 5)
    assert app.events("posture") == ["fired"]
    assert [w.uuid for w in _titled(plasma, REMINDER_TITLE)] == [reminder.uuid]
    assert not _titled(plasma, POSTURE_TITLE)  # Start would have opened the posture check


def test_the_settings_window_opens_drawn_and_called_spasmguard(
    plasma: Plasma, wayland_app: Launch, shot: Shot
) -> None:
    app = wayland_app()
    app.ok("open", "settings")
    settings = plasma.kwin.wait_for(SETTINGS_TITLE)
    image = shot("settings", framed(settings))
    assert colour_count(image) > 16
    # Plasma's task bar, window switcher and notifications group by this (not "python3").
    assert (settings.app_id, settings.desktop_file) == ("spasmguard", "spasmguard")


def _titled(plasma: Plasma, title: str) -> list[Window]:
    return [w for w in plasma.kwin.windows() if w.caption == title]


def test_idle_time_comes_from_kwins_idle_protocol(wayland_app: Launch) -> None:
    """Plasma's org.freedesktop.ScreenSaver answers GetSessionIdleTime with "not supported"
    on Wayland; KWin's ext-idle-notify-v1 is the source that works there."""
    app = wayland_app()
    chosen = "idle time: from the Wayland compositor (ext_idle_notifier_v1"
    wait_until(lambda: chosen in app.log_path.read_text(), "the app to pick its idle source")


def differing_share(one: Path, other: Path) -> float:
    """The share of pixels that differ between two images of one size (beyond a 10% fuzz)."""
    compare = ["compare", "-metric", "AE", "-fuzz", "10%", str(one), str(other), "null:"]
    # compare exits 1 when the images differ: its answer is the count it prints.
    done = subprocess.run(
        compare, check=False, capture_output=True, text=True, timeout=COMMAND_TIMEOUT
    )
    width, height = image_size(one)
    return float(done.stderr.split()[0]) / (width * height)


@pytest.mark.parametrize(
    ("opening", "title"),
    [
        (("trigger", "posture"), REMINDER_TITLE),
        (("open", "settings"), SETTINGS_TITLE),
        (("open", "professional"), PROFESSIONAL_TITLE),
    ],
    ids=["reminder", "settings", "professional"],
)
def test_a_new_window_fills_whole_buffer_rows_and_shows_its_first_frame_unsheared(
    plasma: Plasma, wayland_app: Launch, tmp_path: Path, opening: tuple[str, str], title: str
) -> None:
    """Qt 6.11 pads a wl_shm buffer's rows to 256 bytes; now and then (1 window in 6 to 16,
    measured) KWin 5.27 read a new window's first buffer without that padding: sheared stripes
    until the next full repaint. The app opens windows a whole number of 64-pixel rows wide
    (ui/buffer_rows.py), so there is no padding to misread; the first frame, taken as soon as
    KWin maps the window, is then what the window shows once settled."""
    app = wayland_app(WINDOW_STYLE)
    app.ok(*opening)
    window = plasma.kwin.wait_for(title)
    first = plasma.screenshot(tmp_path / "first.png", window.box)
    assert window.width % 64 == 0, f"{window.width} px wide: Qt pads its rows"
    assert colour_count(first) > 16  # drawn, not blank
    wait_until(lambda: plasma.kwin.find(title).active, "KWin to give the window the focus")
    later = plasma.screenshot(tmp_path / "settled.png", plasma.kwin.find(title).box)
    # A sheared frame differs almost everywhere; a countdown bar or focus frame moves a little.
    assert differing_share(first, later) < 0.05
