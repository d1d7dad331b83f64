"""general.stop_hydration_at_goal: no more hydration reminders once today's water reaches the goal.

Real planner and History, fake clock. Working hours are 09:00-17:00 on weekdays in Berlin,
hydration every 60 minutes, goal 1000 ml, glass 250 ml. 2026-11-25 is a Wednesday. Expected
times are worked out by hand: a day's first reminder comes one interval after 09:00.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from spasmguard.core import planner
from spasmguard.core.clock import FakeClock
from spasmguard.core.history import History
from spasmguard.core.planner import HabitPlan, PlanConfig, WorkingHours
from spasmguard.core.tracker import Preferences, Tracker

BERLIN = ZoneInfo("Europe/Berlin")
OFFICE = WorkingHours(time(9), time(17), frozenset(range(5)))
CONFIG = PlanConfig(
    habits=(HabitPlan("hydration", True, 60, OFFICE), HabitPlan("posture", True, 30, OFFICE)),
    default_hours=OFFICE,
)
STOP = Preferences(snooze_minutes=10, glass_ml=250, water_goal_ml=1000, stop_hydration_at_goal=True)
KEEP_GOING = Preferences(10, 250, 1000, stop_hydration_at_goal=False)


def at(day: str, clock: str) -> datetime:
    return datetime.fromisoformat(f"{day}T{clock}").replace(tzinfo=BERLIN)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(at("2026-11-25", "10:00"))


@pytest.fixture
def history(tmp_path: Path) -> Iterator[History]:
    with History(tmp_path / "history.sqlite3") as opened:
        yield opened


def started(history: History, clock: FakeClock, prefs: Preferences) -> Tracker:
    tracker = Tracker(history, clock, CONFIG, prefs)
    planner.start(CONFIG, tracker.state, clock.now(), clock.monotonic())
    return tracker


def test_below_the_goal_hydration_reminders_keep_coming(history: History, clock: FakeClock) -> None:
    tracker = started(history, clock, STOP)
    assert tracker.drink(750) == 750
    assert tracker.next_due("hydration") == at("2026-11-25", "11:00")


def test_reaching_the_goal_stops_them_until_the_next_day(
    history: History, clock: FakeClock
) -> None:
    tracker = started(history, clock, STOP)
    tracker.drink(750)
    assert tracker.drink() == 1000
    assert tracker.next_due("hydration") == at("2026-11-26", "10:00")
    assert tracker.next_due("posture") == at("2026-11-25", "10:30")  # other habits unaffected
    clock.advance(timedelta(hours=6))
    assert "hydration" not in tracker.due_habits()


def test_the_hold_survives_a_restart_and_ends_at_midnight(
    history: History, clock: FakeClock, tmp_path: Path
) -> None:
    started(history, clock, STOP).drink(1000)
    clock.advance(timedelta(hours=2))
    with History(tmp_path / "history.sqlite3") as reopened:
        again = started(reopened, clock, STOP)
        assert again.next_due("hydration") == at("2026-11-26", "10:00")
        clock.advance(at("2026-11-26", "09:30") - clock.now())  # left running overnight
        assert again.water_today() == 0
        assert again.next_due("hydration") == at("2026-11-26", "10:00")
        clock.advance(timedelta(minutes=30))
        assert again.due_habits() == ["hydration", "posture"]


def test_across_midnight_the_new_day_needs_its_own_goal(history: History, clock: FakeClock) -> None:
    tracker = started(history, clock, STOP)
    tracker.drink(1000)
    clock.advance(at("2026-11-26", "10:00") - clock.now())
    tracker.fired("hydration")  # the next day's first reminder
    tracker.drink(500)
    assert tracker.next_due("hydration") == at("2026-11-26", "11:00")


def test_done_or_a_shown_reminder_does_not_lift_the_hold(
    history: History, clock: FakeClock
) -> None:
    tracker = started(history, clock, STOP)
    tracker.drink(1000)
    tracker.fired("hydration")  # `spasmguard trigger hydration` still shows one
    tracker.done("hydration")
    tracker.skipped("hydration")
    assert tracker.next_due("hydration") == at("2026-11-26", "10:00")


def test_a_glass_from_the_reminder_counts_as_done_and_as_water(
    history: History, clock: FakeClock
) -> None:
    tracker = started(history, clock, KEEP_GOING)
    assert tracker.drank_glass() == 250
    assert tracker.state.habit("hydration").last_done == clock.now()
    assert history.today_counts(clock.now())["hydration"]["done"] == 1
    assert tracker.next_due("hydration") == at("2026-11-25", "11:00")


def test_the_glass_that_reaches_the_goal_holds_the_reminders(
    history: History, clock: FakeClock
) -> None:
    tracker = started(history, clock, STOP)
    tracker.drink(750)
    assert tracker.drank_glass() == 1000
    assert tracker.next_due("hydration") == at("2026-11-26", "10:00")


def test_without_the_option_the_goal_changes_nothing(history: History, clock: FakeClock) -> None:
    tracker = started(history, clock, KEEP_GOING)
    tracker.drink(3000)
    assert tracker.next_due("hydration") == at("2026-11-25", "11:00")


def test_switching_the_option_on_or_off_takes_effect_at_once(
    history: History, clock: FakeClock
) -> None:
    tracker = started(history, clock, KEEP_GOING)
    tracker.drink(1200)
    tracker.configure(CONFIG, STOP)
    assert tracker.next_due("hydration") == at("2026-11-26", "10:00")
    tracker.configure(CONFIG, KEEP_GOING)
    assert tracker.next_due("hydration") == at("2026-11-25", "11:00")


def test_raising_the_goal_lifts_the_hold_but_a_users_snooze_stays(
    history: History, clock: FakeClock
) -> None:
    tracker = started(history, clock, STOP)
    tracker.drink(1000)
    tracker.configure(CONFIG, Preferences(10, 250, 2000, stop_hydration_at_goal=True))
    assert tracker.next_due("hydration") == at("2026-11-25", "11:00")
    tracker.snoozed("hydration", 20)
    tracker.configure(CONFIG, Preferences(10, 250, 3000, stop_hydration_at_goal=True))
    assert tracker.next_due("hydration") == at("2026-11-25", "10:20")


def test_next_day_start_is_the_first_moment_of_tomorrow_across_dst() -> None:
    # 2026-03-29: Berlin springs forward at 02:00, but midnight exists on both sides.
    assert planner.next_day_start(at("2026-03-28", "23:59")) == at("2026-03-29", "00:00")
    # Santiago skips midnight on 2026-09-06 (00:00 -> 01:00): tomorrow starts at 01:00.
    santiago = ZoneInfo("America/Santiago")
    evening = datetime(2026, 9, 5, 20, 0, tzinfo=santiago)
    start = planner.next_day_start(evening)
    assert (start.date().isoformat(), start.hour, start.minute) == ("2026-09-06", 1, 0)
    assert start.astimezone(UTC) - evening.astimezone(UTC) == timedelta(hours=4)
