"""The installed app on GNOME Shell 43 (Wayland, headless) with the AppIndicator tray.

What only GNOME's own shell shows (tests/e2e/desktops/gnome.py), beside the desktop-neutral
tests that run on it too (test_wayland_desktops.py): the icon drawn in the top bar and its
menu as GNOME renders it, a banner button pressed with the pointer, every answer reachable
although GNOME shows three buttons, the app's identity, its own reminder window, and a
relaunch from the application grid that brings Settings to the front.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from spasmguard.core.habits import load_habits
from tests.e2e.apprunner import (
    App,
    button_row,
    colour_count,
    crop,
    executable,
    launched_apps,
    reminder_window_title,
    settle,
)
from tests.e2e.desktop import Daemon, HarnessError, wait_until
from tests.e2e.desktops.gnome import GnomeShell, bus_call
from tests.e2e.test_wayland_desktops import PROBE, save_screenshot, window

pytestmark = pytest.mark.e2e

Launch = Callable[..., App]
POSTURE = load_habits("en")["posture"].title
STRETCH = load_habits("en")["stretch"].title
SETTINGS = "spasmguard settings"


@pytest.fixture
def launch(gnome: GnomeShell) -> Iterator[Launch]:
    """Start the app on GNOME (reminders due all day + `settings`); each must quit with 0."""
    yield from launched_apps(gnome.env)


def save(gnome: GnomeShell, name: str) -> Path:
    """A screenshot worth looking at, as gnome-NAME.png (in $SPASMGUARD_DESKTOP_SHOTS if set)."""
    return save_screenshot(gnome, gnome.root, name)


def tray_icon(gnome: GnomeShell, tmp_path: Path) -> dict[str, Any]:
    """The one AppIndicator icon in the top bar, once the app's icon is drawn there."""
    wait_until(
        lambda: [bool(i["mapped"] and i["box"]) for i in gnome.helper("trayIcons()")] == [True],
        "one tray icon in GNOME's top bar",
    )
    (icon,) = gnome.helper("trayIcons()")

    def drawn() -> bool:
        # The top bar is one flat colour and AppIndicator's placeholder ("...") has 8 shades;
        # the app's icon, with its strokes and anti-aliasing, has many more.
        shot = gnome.screenshot(tmp_path / "screen.png")
        return colour_count(crop(shot, tmp_path / "icon.png", tuple(icon["box"]))) > 16

    wait_until(drawn, "the app's icon drawn in the top bar", 5)
    return dict(icon)


def watcher_items(gnome: GnomeShell) -> list[str]:
    (items,) = bus_call(
        gnome.bus_address,
        "org.kde.StatusNotifierWatcher",
        "/StatusNotifierWatcher",
        "org.freedesktop.DBus.Properties.Get",
        "ss",
        "org.kde.StatusNotifierWatcher",
        "RegisteredStatusNotifierItems",
    )
    return list(items.value)


def owner_pid(gnome: GnomeShell, name: str) -> int:
    (pid,) = bus_call(
        gnome.bus_address,
        "org.freedesktop.DBus",
        "/org/freedesktop/DBus",
        "org.freedesktop.DBus.GetConnectionUnixProcessID",
        "s",
        name,
    )
    return int(pid)


@pytest.fixture
def typing_probe(gnome: GnomeShell, tmp_path: Path) -> Iterator[None]:
    """Another app's text window (tests/e2e/typing_probe.py), with the focus."""
    probe = Daemon(
        gnome.runner.python("-c", PROBE.read_text(), str(tmp_path / "typed.txt")),
        gnome.env,
        tmp_path / "probe.log",
    )
    try:
        window(gnome, "typing probe", 10)
        gnome.focus("typing probe")
        wait_until(lambda: focused(gnome) == "typing probe", "the typing probe to have focus")
        yield
    finally:
        probe.stop()


def focused(gnome: GnomeShell) -> str | None:
    titles = [w.title for w in gnome.windows() if w.focused]
    return titles[0] if titles else None


# --- tray -------------------------------------------------------------------------------------


def test_the_tray_icon_is_registered_by_the_app_and_drawn_in_the_top_bar(
    gnome: GnomeShell, launch: Launch, tmp_path: Path
) -> None:
    app = launch()
    icon = tray_icon(gnome, tmp_path)
    (item,) = watcher_items(gnome)
    assert app.proc is not None
    assert owner_pid(gnome, item.split("/")[0].rstrip("@")) == app.proc.pid
    _x, y, _w, h = icon["box"]
    assert y < 40  # in the top bar
    assert 16 <= h <= 40


def test_the_tray_menu_opens_in_the_top_bar_and_its_settings_entry_opens_settings(
    gnome: GnomeShell, launch: Launch, tmp_path: Path
) -> None:
    launch()
    icon = tray_icon(gnome, tmp_path)
    key = icon["key"]
    gnome.click_box(icon["box"])
    items: list[dict[str, object]] = []

    def menu_open() -> bool:
        items[:] = gnome.helper(f"trayMenu({key!r})") or []
        # Laid out once every entry has a place on screen (null while the menu opens).
        return any(i["label"] == "Settings…" and i["box"] for i in items)

    wait_until(menu_open, "the tray menu with its Settings… entry")
    labels = [i["label"] for i in items]
    assert {"Lifting technique…", "History…", "Quit"} <= set(labels)
    save(gnome, "tray-menu")
    (settings,) = [i for i in items if i["label"] == "Settings…"]
    gnome.click_box(settings["box"])  # type: ignore[arg-type]
    window(gnome, SETTINGS, 10)


# --- notifications ----------------------------------------------------------------------------


def test_done_on_the_gnome_banner_is_recorded(gnome: GnomeShell, launch: Launch) -> None:
    app = launch()
    app.ok("trigger", "posture")
    buttons = [b["label"] for b in gnome.banner_buttons(POSTURE)]
    assert "Done" in buttons
    save(gnome, "banner-buttons")
    gnome.press_banner_button(POSTURE, "Done")
    settle(app, "posture", ["fired", "done"])
    wait_until(lambda: gnome.banner() is None, "the answered banner to go", 5)


def test_every_answer_is_reachable_from_a_gnome_banner(
    gnome: GnomeShell, launch: Launch, tmp_path: Path
) -> None:
    app = launch()
    app.ok("trigger", "stretch")  # a guided habit: Start, Done, Snooze and Skip
    buttons = [b["label"] for b in gnome.banner_buttons(STRETCH)]
    banner = gnome.banner()
    assert banner is not None
    assert buttons == banner["actions"]  # GNOME shows three: the app sends no more than that
    # A click on the banner itself opens the app's reminder window, which has every answer.
    x, y, w, _h = banner["box"]
    gnome.click(x + w // 3, y + 20)
    reminder = window(gnome, reminder_window_title("stretch"), 10)
    time.sleep(0.3)  # the first frame is drawn after the window maps
    shot = gnome.screenshot(tmp_path / "screen.png")
    wx, wy, ww, wh = reminder.rect
    image = crop(shot, tmp_path / "reminder.png", (wx, wy, ww, wh))
    # Start Done Snooze Skip, left to right: Skip is the last.
    bx, by, bw, bh = button_row(image, 3)[-1]
    gnome.click(wx + bx + bw // 2, wy + by + bh // 2)
    settle(app, "stretch", ["fired", "skipped"])


def app_grid_entry(app: App) -> Path:
    """The menu entry `install-desktop-entry` wrote, pointed at this test's dirs (the shell's
    own environment does not have them), as the application grid would launch it."""
    assert "installed" in app.ok("install-desktop-entry")
    installed = Path(app.env["XDG_DATA_HOME"]) / "applications" / "spasmguard.desktop"
    text = installed.read_text()
    assert f"Exec={executable()}" in text
    dirs = f"env SPASMGUARD_CONFIG_DIR={app.config_dir} SPASMGUARD_DATA_DIR={app.data_dir}"
    entry = app.root / "spasmguard.desktop"
    entry.write_text(text.replace("Exec=", f"Exec={dirs} "))
    return entry


def test_windows_and_notifications_are_called_spasmguard(gnome: GnomeShell, launch: Launch) -> None:
    app = launch()
    app.ok("open", "settings")
    window(gnome, SETTINGS, 10)
    app.ok("trigger", "posture")
    gnome.banner_buttons(POSTURE)
    shown = gnome.windows()  # the app's only: the other tests' apps have quit
    assert {w.title for w in shown} >= {SETTINGS}
    assert {w.app_id for w in shown} == {"spasmguard"}
    assert "spasmguard" in gnome.helper("sources()")


# --- the app's own windows --------------------------------------------------------------------


def test_the_own_reminder_window_shows_and_its_done_button_works(
    gnome: GnomeShell, launch: Launch, tmp_path: Path
) -> None:
    app = launch('notification_style = "window"\n')
    app.ok("trigger", "posture")
    reminder = window(gnome, reminder_window_title("posture"), 10)
    assert gnome.banner() is None
    time.sleep(0.3)  # the first frame is drawn after the window maps
    shot = save(gnome, "reminder-window")
    wx, wy, ww, wh = reminder.rect
    image = crop(shot, tmp_path / "reminder.png", (wx, wy, ww, wh))
    # [Start] Done Snooze Skip, left to right: Done is the third from the right.
    x, y, w, h = button_row(image, 3)[-3]
    gnome.click(wx + x + w // 2, wy + y + h // 2)
    settle(app, "posture", ["fired", "done"])


def test_open_settings_maps_the_settings_window(gnome: GnomeShell, launch: Launch) -> None:
    app = launch()
    assert app.ok("open", "settings") == ""
    window(gnome, SETTINGS, 10)


def test_a_relaunch_from_the_app_grid_brings_settings_to_the_front(
    gnome: GnomeShell, launch: Launch, typing_probe: None
) -> None:
    app = launch()
    app.ok("open", "settings")
    window(gnome, SETTINGS, 10)
    gnome.focus("typing probe")
    wait_until(lambda: focused(gnome) == "typing probe", "another window to have the focus")
    entry = app_grid_entry(app)
    assert gnome.helper(f"launch({str(entry)!r})") is True  # with an activation token
    try:
        wait_until(lambda: focused(gnome) == SETTINGS, "Settings to have the focus", 5)
    except HarnessError as error:
        raise AssertionError(f"focus stayed on {focused(gnome)!r}") from error
