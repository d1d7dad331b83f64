"""The installed spasmguard app on a real desktop: tray, notifications, windows, command line.

Each test starts the real ``spasmguard`` executable (apprunner.App) on the session's Xvfb with
trayer and dunst, acts as a user would (the command line, dunst's buttons, mouse clicks) and
checks what the user would see (X windows, dunst) and what the app records (history, status).
"""

from __future__ import annotations

import html
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from spasmguard.core.habits import HABIT_IDS, load_habits
from tests.e2e.apprunner import (
    App,
    button_row,
    click,
    colour_count,
    crop,
    executable,
    image_size,
    launched_apps,
    reminder_window_title,
    tray_icons,
    visible_windows,
    wait_for_window,
)
from tests.e2e.desktop import Desktop, Dunst, run, wait_until
from tests.e2e.screenshots import NAMES as SCREENSHOTS
from tests.e2e.screenshots import take_screenshots
from tests.e2e.test_notifier import MENU_LINE

pytestmark = pytest.mark.e2e

Launch = Callable[..., App]
STARTUP_LISTENER = Path(__file__).with_name("startup_listener.py")
POSTURE_TITLE = "Posture check"
REMINDER_TITLE = reminder_window_title("posture")
# ISO timestamps in status are whole seconds; the app and the test read the clock apart.
SLACK = timedelta(seconds=5)


@pytest.fixture
def launch(desktop: dict[str, str]) -> Iterator[Launch]:
    """Start the app (settings: reminders due all day, then `settings`); each must quit with 0."""
    yield from launched_apps(desktop)


def now() -> datetime:
    return datetime.now(UTC)


def due(app: App, habit: str) -> datetime:
    """The habit's next due time as `status --json` reports it (must carry an offset)."""
    value = datetime.fromisoformat(app.status()["habits"][habit]["next_due"])
    assert value.tzinfo is not None
    return value


def one_notification(dunst: Dunst) -> None:
    wait_until(lambda: dunst.displayed() == 1, "one notification on screen", 5)


def settle(app: App, habit: str, kinds: list[str]) -> None:
    """Wait for the last expected event, give a wrong app time for extra ones, compare."""
    app.wait_for_event(habit, kinds[-1])
    time.sleep(0.5)
    assert app.events(habit) == kinds


def test_tray_icon_is_embedded_in_trayer_and_drawn(
    launch: Launch, real_desktop: Desktop, desktop: dict[str, str], tmp_path: Path
) -> None:
    assert tray_icons(desktop) == []
    launch()
    wait_until(lambda: len(tray_icons(desktop)) == 1, "the app's icon in trayer's panel")
    icon = tray_icons(desktop)[0]
    assert 8 <= icon.width <= 32
    assert 8 <= icon.height <= 32
    time.sleep(0.3)  # the icon paints after it is embedded
    shot = real_desktop.screenshot(tmp_path / "screen.png")
    area = crop(shot, tmp_path / "icon.png", (icon.x, icon.y, icon.width, icon.height))
    # trayer's panel is one flat colour; the icon's strokes and anti-aliasing add many more.
    assert colour_count(area) > 8


def test_trigger_shows_a_notification_with_title_and_three_buttons(
    dunst: Dunst, launch: Launch
) -> None:
    app = launch()
    assert app.cli("trigger", "posture").returncode == 0
    one_notification(dunst)
    # A button no notification has: dunst shows its menu but invokes nothing.
    menu = [m.groupdict() for line in dunst.press("Nothing") if (m := MENU_LINE.fullmatch(line))]
    buttons = {(m["label"], m["key"]) for m in menu if m["key"] != "default"}
    # Habits with a guided break offer Start as well; these three every reminder has.
    assert {("Done", "done"), ("Snooze", "snooze"), ("Skip", "skip")} <= buttons
    assert {m["summary"] for m in menu} == {POSTURE_TITLE}
    dunst.close_all()
    shown = dunst.history()[0]
    assert (shown["appname"], shown["summary"]) == ("spasmguard", POSTURE_TITLE)
    assert html.unescape(shown["body"]) in load_habits()["posture"].prompts


def test_done_in_the_notification_is_recorded_and_restarts_the_timer(
    dunst: Dunst, launch: Launch
) -> None:
    app = launch()
    before = due(app, "posture")
    interval = timedelta(minutes=app.status()["habits"]["posture"]["interval_minutes"])
    time.sleep(1.5)  # so that "due later" is visible at the status' one-second resolution
    app.ok("trigger", "posture")
    one_notification(dunst)
    pressed_at = now()
    dunst.press("Done")
    settle(app, "posture", ["fired", "done"])
    after = due(app, "posture")
    assert after > before
    assert abs(after - (pressed_at + interval)) < SLACK


def test_a_button_press_takes_the_notification_off_the_screen(dunst: Dunst, launch: Launch) -> None:
    app = launch()
    app.ok("trigger", "posture")
    one_notification(dunst)
    dunst.press("Done")
    app.wait_for_event("posture", "done")
    wait_until(lambda: dunst.displayed() == 0, "the answered notification to close", 3)


def test_snooze_in_the_notification_puts_it_off_by_snooze_minutes(
    dunst: Dunst, launch: Launch
) -> None:
    app = launch("snooze_minutes = 7\n")
    app.ok("trigger", "posture")
    one_notification(dunst)
    pressed_at = now()
    dunst.press("Snooze")
    settle(app, "posture", ["fired", "snoozed"])
    snoozed = app.status()["habits"]["posture"]["snoozed_until"]
    assert abs(datetime.fromisoformat(snoozed) - (pressed_at + timedelta(minutes=7))) < SLACK


def test_skip_in_the_notification_is_recorded(dunst: Dunst, launch: Launch) -> None:
    app = launch()
    app.ok("trigger", "posture")
    one_notification(dunst)
    dunst.press("Skip")
    settle(app, "posture", ["fired", "skipped"])
    assert app.status()["habits"]["posture"]["snoozed_until"] is None


def test_without_a_notification_server_the_reminder_window_shows_then_counts_missed(
    no_notification_server: dict[str, str], launch: Launch
) -> None:
    app = launch("reminder_window_seconds = 10\n", env=no_notification_server)
    app.ok("trigger", "posture")
    wait_for_window(app.env, REMINDER_TITLE)
    shown_at = time.monotonic()
    app.wait_for_event("posture", "missed", timeout=15)
    assert 8 < time.monotonic() - shown_at < 13
    assert app.events("posture") == ["fired", "missed"]
    assert visible_windows(app.env, REMINDER_TITLE) == []
    assert app.status()["running"] is True


def test_window_style_shows_the_window_and_its_done_button_works(
    dunst: Dunst, launch: Launch, tmp_path: Path
) -> None:
    app = launch('notification_style = "window"\n')
    app.ok("trigger", "posture")
    window = wait_for_window(app.env, REMINDER_TITLE)
    assert dunst.displayed() == 0
    image = tmp_path / "reminder.png"
    run(["import", "-window", window.wid, str(image)], app.env)
    # [Start] Done Snooze Skip, left to right: Done is the third from the right.
    x, y, w, h = button_row(image, 3)[-3]
    click(app.env, window.x + x + w // 2, window.y + y + h // 2)
    settle(app, "posture", ["fired", "done"])
    wait_until(lambda: not visible_windows(app.env, REMINDER_TITLE), "the window to close", 3)


def test_a_second_launch_hands_over_and_opens_settings(launch: Launch) -> None:
    app = launch()
    took = []
    for _attempt in range(2):  # the faster of two: one load spike on a busy CI box is no bug
        started = time.monotonic()
        second = app.cli(timeout=5)
        took.append(time.monotonic() - started)
        assert (second.returncode, second.stderr) == (0, "")
    assert min(took) < 2
    wait_for_window(app.env, "spasmguard settings")
    assert app.ok("open", "lifting") == ""
    wait_for_window(app.env, "Safe lifting")
    assert app.status()["running"] is True


def test_windows_and_tray_icon_are_called_spasmguard_to_the_desktop(launch: Launch) -> None:
    """WM_CLASS (and on Wayland the app id) is how desktops find spasmguard.desktop's name and
    icon; a generic "python3" was what GNOME showed."""
    # Started as a module: Qt would take the X11 WM_CLASS from argv[0], "__main__.py".
    app = launch(command=[sys.executable, "-m", "spasmguard"])
    assert app.ok("open", "settings") == ""
    settings = wait_for_window(app.env, "spasmguard settings")
    wm_class = run(["xprop", "-id", settings.wid, "WM_CLASS"], app.env).strip()
    assert wm_class == 'WM_CLASS(STRING) = "spasmguard", "spasmguard"'
    # tray_icons() finds the app's windows in trayer's panel by that same WM_CLASS.
    assert len(tray_icons(app.env)) == 1


def test_a_relaunch_from_a_launcher_ends_its_startup_notification(
    launch: Launch, tmp_path: Path
) -> None:
    """The second process hands over and says "remove", or the launcher's busy cursor spins."""
    app = launch()
    heard = tmp_path / "startup-messages.txt"
    with heard.open("w") as out:
        listener = subprocess.Popen(
            [sys.executable, str(STARTUP_LISTENER)], env=app.env, stdout=out
        )
    try:
        wait_until(lambda: "listening" in heard.read_text(), "the startup listener", 5)
        relaunch = {**app.env, "DESKTOP_STARTUP_ID": "menu-42_TIME1234"}
        done = subprocess.run([executable()], env=relaunch, timeout=10, check=False)
        assert done.returncode == 0
        wait_for_window(app.env, "spasmguard settings")
        expected = 'remove: ID="menu-42_TIME1234"'
        wait_until(lambda: expected in heard.read_text().splitlines(), expected, 5)
    finally:
        listener.kill()
        listener.wait(timeout=5)


def test_quit_ends_the_app_and_releases_the_lock(launch: Launch) -> None:
    app = launch()
    assert app.quit() == 0
    assert not (app.data_dir / "run" / "spasmguard.lock").exists()
    assert app.status()["running"] is False
    assert app.cli("trigger", "posture").returncode == 3
    app.start()  # the same dirs: a stale lock would make this hand over and exit
    assert app.status()["running"] is True


def test_status_json_reports_the_running_app_in_the_documented_shape(launch: Launch) -> None:
    started = now()
    app = launch("\n[habits.posture]\ninterval_minutes = 25\n")
    status = app.status()
    assert (status["running"], status["paused_until"]) == (True, None)
    assert set(status["habits"]) == set(HABIT_IDS)
    for habit in status["habits"].values():
        assert {"enabled", "interval_minutes", "next_due", "snoozed_until"} <= set(habit)
        assert (habit["enabled"], habit["snoozed_until"]) == (True, None)
    assert status["habits"]["posture"]["interval_minutes"] == 25
    expected = started + timedelta(minutes=25)
    assert expected - SLACK < due(app, "posture") < expected + SLACK + timedelta(seconds=15)


def test_screenshots_of_every_readme_view_are_taken(
    dunst: Dunst, real_desktop: Desktop, tmp_path: Path
) -> None:
    shots = take_screenshots(real_desktop, tmp_path)
    assert [p.name for p in shots] == list(SCREENSHOTS)
    for shot in shots:
        assert min(image_size(shot)) >= 60, shot.name
        assert colour_count(shot) > 16, shot.name
