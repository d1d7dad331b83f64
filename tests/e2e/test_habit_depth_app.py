"""The hydration tally, the posture check and the welcome on the real desktop.

The installed app runs on Xvfb with trayer and dunst (see test_app.py); the tests act through
the command line and dunst's buttons and check the history file and `status --json`.
"""

from __future__ import annotations

import sqlite3
from datetime import datetime, time, timedelta

import pytest

from tests.e2e import test_app
from tests.e2e.apprunner import App, visible_windows, wait_for_window
from tests.e2e.desktop import Dunst, wait_until
from tests.e2e.test_app import Launch, one_notification, settle
from tests.e2e.test_notifier import MENU_LINE

pytestmark = pytest.mark.e2e

launch = test_app.launch  # the same fixture: the app with reminders due all day, must quit 0

WELCOME_TITLE = "Welcome to spasmguard"


def water_ml(app: App) -> list[int]:
    """The amounts of the water events, oldest first."""
    path = app.data_dir / "history.sqlite3"
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as db:
        query = "SELECT amount_ml FROM events WHERE kind = 'water' ORDER BY at_utc, id"
        return [amount for (amount,) in db.execute(query)]


def test_drink_adds_a_glass_or_the_amount_to_todays_tally(launch: Launch) -> None:
    app = launch("glass_ml = 300\nwater_goal_ml = 1500\n")
    assert app.ok("drink").strip() == "Water today: 300 of 1500 ml."
    assert app.ok("drink", "450").strip() == "Water today: 750 of 1500 ml."
    assert water_ml(app) == [300, 450]
    refused = app.cli("drink", "0")
    assert refused.returncode == 2
    assert "ML must be a whole number" in refused.stderr
    assert water_ml(app) == [300, 450]


def test_the_hydration_notification_adds_a_glass_and_counts_done(
    dunst: Dunst, launch: Launch
) -> None:
    app = launch("glass_ml = 200\n")
    app.ok("trigger", "hydration")
    one_notification(dunst)
    menu = [m.groupdict() for line in dunst.press("+ a glass") if (m := MENU_LINE.fullmatch(line))]
    assert ("+ a glass", "glass") in {(m["label"], m["key"]) for m in menu}
    settle(app, "hydration", ["fired", "done", "water"])
    assert water_ml(app) == [200]
    dunst.close_all()


def test_at_the_goal_hydration_reminders_stop_until_tomorrow(launch: Launch) -> None:
    app = launch("water_goal_ml = 500\nglass_ml = 250\nstop_hydration_at_goal = true\n")
    before = datetime.fromisoformat(app.status()["habits"]["hydration"]["next_due"])
    app.ok("drink")
    assert app.status()["habits"]["hydration"]["next_due"] == before.isoformat()
    app.ok("drink")
    held = datetime.fromisoformat(app.status()["habits"]["hydration"]["next_due"])
    tomorrow = datetime.now(held.tzinfo).date() + timedelta(days=1)
    assert (held.date(), held.time()) == (tomorrow, time(0, 0))
    assert app.status()["habits"]["posture"]["next_due"] is not None


def test_the_posture_check_opens_from_the_command_line(launch: Launch) -> None:
    app = launch()
    app.ok("open", "posture")
    wait_for_window(app.env, "Posture check")


def test_a_first_start_welcomes_without_blocking_reminders(
    desktop: dict[str, str], dunst: Dunst
) -> None:
    app = App(desktop)
    (app.config_dir / "settings.toml").unlink()  # a brand-new user: no settings file yet
    app.start()
    try:
        wait_for_window(app.env, WELCOME_TITLE)
        app.ok("trigger", "posture")
        one_notification(dunst)
        dunst.close_all()
        assert app.quit() == 0
    finally:
        app.stop()
    # Quitting closed the welcome, which counts as seen: the next start does not show it.
    app.start()
    try:
        wait_until(lambda: bool(app.status()["running"]), "the app to answer")
        assert visible_windows(app.env, WELCOME_TITLE) == []
        app.ok("open", "welcome")
        wait_for_window(app.env, WELCOME_TITLE)
        assert app.quit() == 0
    finally:
        app.stop()
        app.remove()
