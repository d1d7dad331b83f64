"""Suspend and clock changes, on the installed app with its real clock shifted from outside.

The app runs under libfaketime: ``LD_PRELOAD`` replaces the C library's wall-clock functions,
which read an offset from a file this test rewrites (re-read every second), while the
monotonic clock keeps running untouched. A wall-clock jump that monotonic time does not see is
exactly what a suspend or a manual clock change looks like to the app. The heartbeat is set to
one second (the test-only ``SPASMGUARD_HEARTBEAT_SECONDS``) so the real mechanism, not a test
hook, notices each jump within seconds.

Time passing is simulated the same way, with steps shorter than the 5-minute interval (the
planner treats those as "due at most once", never as a break), so the test runs in seconds.
"""

from __future__ import annotations

import glob
import html
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from spasmguard.core.habits import HABIT_IDS, load_habits
from spasmguard.engine.timewatch import HEARTBEAT_ENV
from tests.e2e.apprunner import ALL_DAY, App
from tests.e2e.desktop import Dunst, HarnessError, wait_until

pytestmark = pytest.mark.e2e

INTERVAL = timedelta(minutes=5)
AWAY = timedelta(hours=2, minutes=10)
BACK = timedelta(hours=3)
SLACK = timedelta(seconds=3)
NOTICE_TIMEOUT = 20.0
WARP = "time warp seen: "
WELCOME = "Welcome back - you were away 2 h 10 min."
# Idle detection is kept out of the way: Xvfb counts a long session without input as "away".
SETTINGS = (
    ALL_DAY
    + "idle_threshold_minutes = 60\n"
    + "".join(f"\n[habits.{habit}]\ninterval_minutes = 5\n" for habit in HABIT_IDS)
)
TITLES = {load_habits()[habit].title for habit in HABIT_IDS}


def libfaketime() -> str:
    """libfaketime's multi-threaded build (Debian package libfaketime); a failure if missing."""
    found = glob.glob("/usr/lib/*/faketime/libfaketimeMT.so.1")
    if not found:
        raise HarnessError("libfaketime is not installed (Debian package libfaketime)")
    return found[0]


class ShiftedClock:
    """The offset libfaketime applies to the app's wall clock, as the test moves it."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.offset = timedelta(0)
        self._write()
        self.env = {
            "LD_PRELOAD": libfaketime(),
            "FAKETIME_TIMESTAMP_FILE": str(path),
            # Re-read the offset file at most once a second: reading it on every clock call
            # (FAKETIME_NO_CACHE) slows Qt's event loop enough to time out D-Bus calls.
            "FAKETIME_CACHE_DURATION": "1",
            "FAKETIME_DONT_FAKE_MONOTONIC": "1",
        }

    def now(self) -> datetime:
        """The app's wall clock right now."""
        return datetime.now(UTC) + self.offset

    def shift(self, delta: timedelta) -> None:
        self.offset += delta
        self._write()

    def _write(self) -> None:
        # Written whole and renamed, so the app never reads half a file.
        tmp = self.path.with_suffix(".tmp")
        tmp.write_text(f"{self.offset.total_seconds():+.3f}\n")
        tmp.replace(self.path)


@pytest.fixture
def shifted(tmp_path: Path) -> ShiftedClock:
    return ShiftedClock(tmp_path / "faketime.rc")


@pytest.fixture
def app(desktop: dict[str, str], shifted: ShiftedClock) -> Iterator[App]:
    """The installed app under libfaketime, every habit every 5 minutes, all day."""
    running = App({**desktop, **shifted.env, HEARTBEAT_ENV: "1"}, SETTINGS)
    running.start()
    # Only the app runs on the shifted clock; the command line only asks it. (Under libfaketime
    # time.sleep fails with EINVAL: Python sleeps with an absolute CLOCK_MONOTONIC deadline.)
    running.env = {key: value for key, value in running.env.items() if key not in shifted.env}
    yield running
    code = running.stop()
    assert "Traceback" not in running.stderr(), running.stderr()
    assert code == 0
    running.remove()


def next_dues(app: App) -> dict[str, datetime]:
    return {h: datetime.fromisoformat(v["next_due"]) for h, v in app.status()["habits"].items()}


def fired(app: App) -> dict[str, int]:
    return {habit: app.events(habit).count("fired") for habit in HABIT_IDS}


def wait_for_warp(app: App, seen: int, text: str) -> None:
    """Wait until the app has logged `seen` time warps, the last one reading `text`."""

    def logged() -> bool:
        warps = [line for line in app.log_path.read_text().splitlines() if WARP in line]
        return len(warps) == seen and text in warps[-1]

    try:
        wait_until(logged, f"time warp {seen}: {text!r}", NOTICE_TIMEOUT)
    except HarnessError as error:
        raise HarnessError(f"{error}; the app's log:\n{app.log_path.read_text()}") from error


def shown(app: App, dunst: Dunst, count: int) -> list[dict[str, str]]:
    """Wait for `count` notifications, give a flood time to show, close and return them."""
    try:
        wait_until(lambda: dunst.displayed() >= count, f"{count} notifications", NOTICE_TIMEOUT)
    except HarnessError as error:
        raise HarnessError(f"{error}; the app's log:\n{app.log_path.read_text()}") from error
    time.sleep(3)  # three heartbeats
    assert dunst.displayed() == count
    dunst.close_all()
    return dunst.history()[:count]


def until_due(app: App, shifted: ShiftedClock) -> timedelta:
    """How long until the earliest habit is due, on the app's clock."""
    return min(next_dues(app).values()) - shifted.now()


def test_suspend_then_clock_set_back(app: App, dunst: Dunst, shifted: ShiftedClock) -> None:
    # One reminder first, so the notifier's thread and D-Bus connection exist: on a busy
    # machine their start-up can exceed the send timeout, which is not what is tested here.
    app.ok("trigger", "stress")
    shown(app, dunst, 1)
    before = fired(app)

    # A suspend of 2 h 10 min: seen, every timer restarts from the return, nothing floods.
    shifted.shift(AWAY)
    wait_for_warp(app, 1, "forward 2 h 10 min (timers restarted: posture, ")
    returned = shifted.now()
    for habit, due in next_dues(app).items():
        assert returned + INTERVAL - SLACK <= due <= returned + INTERVAL + SLACK, habit
    assert dunst.displayed() == 0
    assert fired(app) == before

    # Time passes until they are due: one reminder per habit, each saying what happened.
    time.sleep(4)  # so that the step below stays shorter than the interval
    shifted.shift(until_due(app, shifted) + timedelta(seconds=1))
    wait_for_warp(app, 2, "forward 5 min (timers restarted: none)")
    first = shown(app, dunst, len(HABIT_IDS))
    assert {n["summary"] for n in first} == TITLES
    assert all(html.unescape(n["body"]).startswith(WELCOME) for n in first)
    assert fired(app) == {habit: count + 1 for habit, count in before.items()}

    # Nearly due again, then the clock goes back 3 h: no flood, and the wait is what it was.
    left = timedelta(seconds=20)
    shifted.shift(until_due(app, shifted) - left)
    wait_for_warp(app, 3, "forward")  # seen on its own, before the next step
    shifted.shift(-BACK)
    wait_for_warp(app, 4, "backward 3 h (timers restarted: none)")
    wait_left = until_due(app, shifted)
    assert -SLACK < wait_left <= left + SLACK
    second = shown(app, dunst, len(HABIT_IDS))
    assert {n["summary"] for n in second} == TITLES
    assert not any("Welcome back" in n["body"] for n in second)
    assert fired(app) == {habit: count + 2 for habit, count in before.items()}
