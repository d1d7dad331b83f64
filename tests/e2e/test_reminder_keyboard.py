"""The app's own reminder window under a real window manager (openbox): it appears without
taking focus from the window the user is typing in, and once clicked it answers the keyboard.

Both need a window manager: without one nothing moves focus on a click, and nothing honours
(or ignores) "show without activating".
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from tests.e2e.apprunner import (
    ALL_DAY,
    App,
    Window,
    click,
    reminder_window_title,
    visible_windows,
    wait_for_window,
)
from tests.e2e.desktop import run, wait_until

pytestmark = pytest.mark.e2e

POSTURE_TITLE = reminder_window_title("posture")
SETTINGS_TITLE = "spasmguard settings"
# How long a window manager could take to hand focus to a window it maps.
FOCUS_GRACE_S = 1.0


def active_window(env: dict[str, str]) -> int:
    """The window the window manager calls active (_NET_ACTIVE_WINDOW), as a number."""
    return int(run(["xdotool", "getactivewindow"], env).strip())


def window_id(window: Window) -> int:
    return int(window.wid, 16)


@pytest.fixture
def app(window_manager: dict[str, str], desktop: dict[str, str]) -> Iterator[App]:
    """The app with its own reminder window as the reminder style, the settings window open
    and active: the window the user is typing in when a reminder comes."""
    del window_manager  # requested for openbox; `desktop` is the same display with app dirs
    running = App(desktop, ALL_DAY + 'notification_style = "window"\n').start()
    try:
        yield running
    finally:
        running.stop()
        running.remove()


def open_settings(app: App) -> Window:
    app.ok("open", "settings")
    settings = wait_for_window(app.env, SETTINGS_TITLE)
    run(["xdotool", "windowactivate", "--sync", str(window_id(settings))], app.env)
    wait_until(lambda: active_window(app.env) == window_id(settings), "settings to be active")
    return settings


def test_the_reminder_window_appears_without_taking_focus(
    app: App, screenshot: Callable[[Path], Path], tmp_path: Path
) -> None:
    settings = open_settings(app)
    app.ok("trigger", "posture")
    reminder = wait_for_window(app.env, POSTURE_TITLE)
    time.sleep(FOCUS_GRACE_S)
    screenshot(tmp_path / "reminder-beside-settings.png")
    assert active_window(app.env) == window_id(settings)
    # Keys typed now go to the settings window: Escape cancels it, the reminder stays.
    run(["xdotool", "key", "Escape"], app.env)
    wait_until(lambda: not visible_windows(app.env, SETTINGS_TITLE), "settings to close", 3)
    assert [w.wid for w in visible_windows(app.env, POSTURE_TITLE)] == [reminder.wid]
    assert app.events("posture") == ["fired"]


def test_a_clicked_reminder_window_answers_its_mnemonic(app: App) -> None:
    open_settings(app)
    app.ok("trigger", "posture")
    reminder = wait_for_window(app.env, POSTURE_TITLE)
    # The top left corner is the icon and the text, not a button: a click there only focuses.
    click(app.env, reminder.x + 8, reminder.y + 8)
    wait_until(lambda: active_window(app.env) == window_id(reminder), "the reminder to be active")
    assert app.events("posture") == ["fired"]
    run(["xdotool", "key", "alt+s"], app.env)
    app.wait_for_event("posture", "snoozed")
    wait_until(lambda: not visible_windows(app.env, POSTURE_TITLE), "the reminder to close", 3)
    assert app.events("posture") == ["fired", "snoozed"]


def test_escape_in_a_clicked_reminder_window_counts_it_missed(app: App) -> None:
    app.ok("trigger", "posture")
    reminder = wait_for_window(app.env, POSTURE_TITLE)
    click(app.env, reminder.x + 8, reminder.y + 8)
    wait_until(lambda: active_window(app.env) == window_id(reminder), "the reminder to be active")
    run(["xdotool", "key", "Escape"], app.env)
    app.wait_for_event("posture", "missed")
    assert app.events("posture") == ["fired", "missed"]
