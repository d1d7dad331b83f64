"""The presence policy: away and back, held reminders, do not disturb, natural breaks."""

from __future__ import annotations

from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from spasmguard.core import planner
from spasmguard.core.clock import FakeClock
from spasmguard.core.planner import HabitPlan, PlanConfig, WorkingHours
from spasmguard.core.presence import (
    BREAK_HABITS,
    MIN_CHECK_SECONDS,
    DoNotDisturb,
    HeldReminders,
    PresenceWatch,
)
from spasmguard.core.state import RuntimeState

BERLIN = ZoneInfo("Europe/Berlin")
START = datetime(2026, 3, 2, 10, 0, tzinfo=BERLIN)
THRESHOLD = timedelta(minutes=5)
ALL_DAY = WorkingHours(time(0, 0), time(0, 0), frozenset(range(7)))
CONFIG = PlanConfig(
    tuple(
        HabitPlan(hid, True, minutes, ALL_DAY)
        for hid, minutes in (("posture", 30), ("hydration", 60), ("stretch", 45), ("stress", 90))
    ),
    ALL_DAY,
)


def minutes(n: float) -> float:
    return n * 60


# --- PresenceWatch ------------------------------------------------------------------------------


def test_short_idle_is_not_away_and_no_return_is_reported() -> None:
    watch = PresenceWatch(THRESHOLD)
    assert watch.observe(minutes(4.9), START) is None
    assert not watch.away
    assert watch.observe(0.5, START + timedelta(minutes=1)) is None


def test_idle_at_the_threshold_is_away_since_the_last_input() -> None:
    watch = PresenceWatch(THRESHOLD)
    assert watch.observe(minutes(5), START) is None
    assert watch.away
    assert watch.away_since == START - timedelta(minutes=5)


def test_coming_back_reports_when_the_absence_began_and_ended() -> None:
    watch = PresenceWatch(THRESHOLD)
    watch.observe(minutes(6), START)
    watch.observe(minutes(20), START + timedelta(minutes=14))  # still away: same start
    back = watch.observe(30, START + timedelta(minutes=25))
    assert back is not None
    assert back.since == START - timedelta(minutes=6)
    assert back.at == START + timedelta(minutes=24, seconds=30)
    assert back.away == timedelta(minutes=30, seconds=30)
    assert not watch.away
    assert watch.observe(40, START + timedelta(minutes=26)) is None  # reported once


def test_an_unknown_reading_never_makes_the_user_away() -> None:
    watch = PresenceWatch(THRESHOLD)
    assert watch.observe(None, START) is None
    assert not watch.away


def test_an_unknown_reading_while_away_ends_the_absence_now() -> None:
    watch = PresenceWatch(THRESHOLD)
    watch.observe(minutes(10), START)
    back = watch.observe(None, START + timedelta(minutes=3))
    assert back is not None
    assert back.at == START + timedelta(minutes=3)


def test_next_check_waits_until_the_user_could_be_away_but_at_least_a_minute() -> None:
    watch = PresenceWatch(THRESHOLD)
    assert watch.next_check(minutes(1)) == pytest.approx(minutes(4))
    assert watch.next_check(minutes(4.5)) == MIN_CHECK_SECONDS
    assert watch.next_check(None) is None
    watch.observe(minutes(7), START)
    assert watch.next_check(minutes(7)) == MIN_CHECK_SECONDS


# --- HeldReminders ------------------------------------------------------------------------------


def test_held_reminders_come_once_in_the_order_they_fell_due() -> None:
    held = HeldReminders()
    assert held.hold("hydration")
    assert held.hold("posture")
    assert not held.hold("hydration")
    assert len(held) == 2
    assert held.release() == ("hydration", "posture")
    assert held.release() == ()
    assert len(held) == 0


def test_settling_drops_only_the_named_habits_that_were_held() -> None:
    held = HeldReminders()
    for habit_id in ("stress", "stretch", "hydration"):
        held.hold(habit_id)
    assert held.settle(BREAK_HABITS) == ("stretch",)
    assert list(held) == ["stress", "hydration"]


# --- DoNotDisturb -------------------------------------------------------------------------------


def test_do_not_disturb_for_an_hour_ends_on_its_own() -> None:
    dnd = DoNotDisturb.from_choice("60", START)
    assert dnd.active(START + timedelta(minutes=59))
    assert not dnd.active(START + timedelta(minutes=60))


def test_do_not_disturb_until_turned_off_has_no_end() -> None:
    dnd = DoNotDisturb.from_choice("on", START)
    assert dnd.until is None
    assert dnd.active(START + timedelta(days=30))
    assert not DoNotDisturb.from_choice("off", START).active(START)
    assert not DoNotDisturb().active(START)


# --- planner.natural_break ----------------------------------------------------------------------


def test_a_natural_break_restarts_only_the_named_timers_from_the_return() -> None:
    clock = FakeClock(START)
    state = RuntimeState()
    planner.start(CONFIG, state, clock.now(), clock.monotonic())
    planner.snooze(state, "stretch", START + timedelta(minutes=10))
    clock.advance(timedelta(minutes=40))
    back = clock.now()
    planner.natural_break(state, BREAK_HABITS, back)
    assert planner.next_due(CONFIG, state, "posture", back) == back + timedelta(minutes=30)
    assert planner.next_due(CONFIG, state, "stretch", back) == back + timedelta(minutes=45)
    assert state.habit("stretch").snoozed_until is None
    # Untouched: hydration still comes an hour after the start, not after the return.
    assert planner.next_due(CONFIG, state, "hydration", back) == START + timedelta(minutes=60)
