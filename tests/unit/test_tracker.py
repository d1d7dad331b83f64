"""Tracker: user and timer actions change the plan and are logged with the state, atomically.

Real History (sqlite in tmp_path) and the real planner; only the clock is fake. Working hours
are 09:00-17:00 on weekdays in Berlin; 2026-11-25 is a Wednesday. Expected times are worked out
by hand from the rules, and every check of what was stored reopens the database, as the next
app start (or the command line) would.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import closing
from datetime import UTC, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from spasmguard.core.clock import FakeClock
from spasmguard.core.habits import HABIT_IDS
from spasmguard.core.history import Event, History, HistoryError
from spasmguard.core.planner import HabitPlan, PlanConfig, WorkingHours
from spasmguard.core.state import RuntimeState
from spasmguard.core.tracker import Preferences, Tracker

BERLIN = ZoneInfo("Europe/Berlin")
OFFICE = WorkingHours(time(9), time(17), frozenset(range(5)))
INTERVALS = {"posture": 30, "hydration": 60, "stretch": 45, "stress": 90}
CONFIG = PlanConfig(
    habits=tuple(HabitPlan(hid, True, INTERVALS[hid], OFFICE) for hid in HABIT_IDS),
    default_hours=OFFICE,
)
PREFS = Preferences(snooze_minutes=10, glass_ml=250, water_goal_ml=2000)


def at(day: str, clock: str) -> datetime:
    return datetime.fromisoformat(f"{day}T{clock}").replace(tzinfo=BERLIN)


WEDNESDAY_10 = at("2026-11-25", "10:00")


def same_moment(actual: datetime | None, expected: datetime) -> bool:
    assert actual is not None
    return actual.astimezone(UTC) == expected.astimezone(UTC)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(WEDNESDAY_10)


@pytest.fixture
def tracker(db_path: Path, clock: FakeClock) -> Iterator[Tracker]:
    """A tracker whose session started at the clock's time (as the engine starts it)."""
    with History(db_path) as history:
        started = Tracker(history, clock, CONFIG, PREFS)
        started.start()
        yield started


def stored(db_path: Path) -> tuple[list[Event], RuntimeState]:
    """Every event and the saved state, read through a fresh connection."""
    with History(db_path) as history:
        events = history.events_between(
            datetime(2000, 1, 1, tzinfo=UTC), datetime(2100, 1, 1, tzinfo=UTC)
        )
        return events, history.load_state()


def reminder_events(db_path: Path) -> list[tuple[str, str, str]]:
    return [(e.habit, e.kind, e.detail) for e in stored(db_path)[0] if e.kind != "water"]


# --- done / skipped / fired / missed ---------------------------------------------------------


@pytest.mark.parametrize("action", ["done", "skipped"])
def test_done_and_skip_restart_the_timer(tracker: Tracker, clock: FakeClock, action: str) -> None:
    clock.advance(timedelta(minutes=25))
    getattr(tracker, action)("posture")
    # From the action at 10:25, not from the session start (which would give 10:30).
    assert same_moment(tracker.next_due("posture"), at("2026-11-25", "10:55"))
    assert same_moment(tracker.next_due("hydration"), at("2026-11-25", "11:00"))


@pytest.mark.parametrize("action", ["done", "skipped"])
def test_done_and_skip_are_stored_with_the_new_state(
    tracker: Tracker, clock: FakeClock, db_path: Path, action: str
) -> None:
    clock.advance(timedelta(minutes=25))
    getattr(tracker, action)("stretch")
    events, state = stored(db_path)
    assert [(e.habit, e.kind) for e in events] == [("stretch", action)]
    assert same_moment(events[0].at, at("2026-11-25", "10:25"))
    assert same_moment(state.habits["stretch"].anchor, at("2026-11-25", "10:25"))
    assert same_moment(state.habits["posture"].anchor, WEDNESDAY_10)
    if action == "done":
        assert same_moment(state.habits["stretch"].last_done, at("2026-11-25", "10:25"))


def test_done_clears_a_snooze(tracker: Tracker, clock: FakeClock, db_path: Path) -> None:
    tracker.snoozed("posture", 60)
    clock.advance(timedelta(minutes=5))
    tracker.done("posture")
    assert same_moment(tracker.next_due("posture"), at("2026-11-25", "10:35"))
    assert stored(db_path)[1].habits["posture"].snoozed_until is None


def test_event_and_state_are_one_transaction(
    tracker: Tracker, clock: FakeClock, db_path: Path
) -> None:
    """If the state cannot be stored, the event must not be stored either."""
    with closing(sqlite3.connect(db_path)) as other:
        other.execute(
            "CREATE TRIGGER refuse_state BEFORE UPDATE ON runtime_state"
            " BEGIN SELECT RAISE(ABORT, 'disk full'); END"
        )
    clock.advance(timedelta(minutes=25))
    with pytest.raises(HistoryError, match="disk full"):
        tracker.done("posture")
    events, state = stored(db_path)
    assert events == []
    assert same_moment(state.habits["posture"].anchor, WEDNESDAY_10)


def test_fired_restarts_the_timer_and_is_logged(
    tracker: Tracker, clock: FakeClock, db_path: Path
) -> None:
    clock.advance(timedelta(minutes=30))
    assert tracker.due_habits() == ["posture"]
    tracker.fired("posture", "desktop")
    assert tracker.due_habits() == []
    assert same_moment(tracker.next_due("posture"), at("2026-11-25", "11:00"))
    assert reminder_events(db_path) == [("posture", "fired", "desktop")]
    state = stored(db_path)[1]
    assert same_moment(state.habits["posture"].last_fired, at("2026-11-25", "10:30"))
    assert same_moment(state.habits["posture"].anchor, at("2026-11-25", "10:30"))


def test_start_begins_every_timer_now_and_saves_it(db_path: Path, clock: FakeClock) -> None:
    with History(db_path) as history:
        old = RuntimeState()
        old.habit("posture").anchor = WEDNESDAY_10 - timedelta(hours=3)
        history.save_state(old)
        Tracker(history, clock, CONFIG, PREFS).start()
    state = stored(db_path)[1]
    assert all(same_moment(state.habits[hid].anchor, WEDNESDAY_10) for hid in HABIT_IDS)


def test_falling_due_restarts_the_timer_and_saves_it_but_records_nothing(
    tracker: Tracker, clock: FakeClock, db_path: Path
) -> None:
    clock.advance(timedelta(minutes=30))
    tracker.fell_due("posture")
    assert tracker.due_habits() == []
    assert same_moment(tracker.next_due("posture"), at("2026-11-25", "11:00"))
    events, state = stored(db_path)
    assert events == []  # a reminder counts as fired only when it is shown
    assert same_moment(state.habits["posture"].anchor, at("2026-11-25", "10:30"))
    assert state.habits["posture"].last_fired is None


def test_a_clock_set_forward_is_observed_once_and_saved(
    tracker: Tracker, clock: FakeClock, db_path: Path
) -> None:
    assert tracker.observe_clock() is None
    clock.jump(timedelta(minutes=50))  # wall time only, as a clock change does
    warp = tracker.observe_clock()
    assert warp is not None
    assert (warp.kind, warp.restarted) == ("forward", ("posture", "stretch"))
    assert tracker.observe_clock() is None
    state = stored(db_path)[1]
    assert same_moment(state.habits["posture"].anchor, at("2026-11-25", "10:50"))


def test_missed_is_logged_without_moving_the_timer(
    tracker: Tracker, clock: FakeClock, db_path: Path
) -> None:
    clock.advance(timedelta(minutes=30))
    tracker.fired("posture")
    clock.advance(timedelta(minutes=1))
    tracker.missed("posture")
    assert same_moment(tracker.next_due("posture"), at("2026-11-25", "11:00"))
    events, state = stored(db_path)
    assert [(e.kind, e.at.astimezone(BERLIN).strftime("%H:%M")) for e in events] == [
        ("fired", "10:30"),
        ("missed", "10:31"),
    ]
    assert same_moment(state.habits["posture"].anchor, at("2026-11-25", "10:30"))


# --- snooze ---------------------------------------------------------------------------------


def test_snooze_defaults_to_the_preferred_length(
    tracker: Tracker, clock: FakeClock, db_path: Path
) -> None:
    clock.advance(timedelta(minutes=30))
    until = tracker.snoozed("posture")
    assert same_moment(until, at("2026-11-25", "10:40"))
    assert same_moment(tracker.next_due("posture"), at("2026-11-25", "10:40"))
    assert reminder_events(db_path) == [("posture", "snoozed", "10 min")]
    assert same_moment(stored(db_path)[1].habits["posture"].snoozed_until, until)


def test_snooze_takes_explicit_minutes(tracker: Tracker, clock: FakeClock, db_path: Path) -> None:
    clock.advance(timedelta(minutes=30))
    until = tracker.snoozed("hydration", 25)
    assert same_moment(until, at("2026-11-25", "10:55"))
    assert same_moment(tracker.next_due("hydration"), at("2026-11-25", "10:55"))
    assert reminder_events(db_path) == [("hydration", "snoozed", "25 min")]


def test_snooze_length_follows_new_preferences(tracker: Tracker, clock: FakeClock) -> None:
    tracker.configure(CONFIG, Preferences(snooze_minutes=45, glass_ml=250, water_goal_ml=2000))
    assert same_moment(tracker.snoozed("posture"), at("2026-11-25", "10:45"))


# --- water ----------------------------------------------------------------------------------


def test_drink_counts_a_glass_or_the_given_amount(
    tracker: Tracker, clock: FakeClock, db_path: Path
) -> None:
    assert tracker.drink() == 250
    clock.advance(timedelta(minutes=5))
    assert tracker.drink(300) == 550
    assert tracker.water_today() == 550
    events = stored(db_path)[0]
    assert [(e.habit, e.kind, e.amount_ml) for e in events] == [
        ("hydration", "water", 250),
        ("hydration", "water", 300),
    ]


def test_drink_total_starts_again_each_day(db_path: Path) -> None:
    clock = FakeClock(at("2026-11-25", "23:50"))
    with History(db_path) as history:
        tracker = Tracker(history, clock, CONFIG, PREFS)
        assert tracker.drink(400) == 400
        clock.advance(timedelta(minutes=20))
        assert tracker.drink() == 250
        assert tracker.water_today() == 250


# --- pause / resume -------------------------------------------------------------------------


def test_pause_for_minutes_then_timers_restart_at_its_end(
    tracker: Tracker, clock: FakeClock, db_path: Path
) -> None:
    until = tracker.pause(90)
    assert same_moment(until, at("2026-11-25", "11:30"))
    assert tracker.is_paused()
    assert tracker.due_habits() == []
    assert same_moment(tracker.next_due("posture"), at("2026-11-25", "12:00"))
    assert same_moment(stored(db_path)[1].paused_until, at("2026-11-25", "11:30"))
    clock.advance(timedelta(minutes=91))
    assert not tracker.is_paused()


@pytest.mark.parametrize(
    ("now", "expected"),
    [
        (at("2026-11-27", "18:30"), at("2026-11-30", "09:00")),  # Friday evening -> Monday
        (at("2026-11-27", "08:00"), at("2026-11-30", "09:00")),  # Friday morning, too
        (at("2026-11-25", "21:00"), at("2026-11-26", "09:00")),  # Wednesday -> Thursday
        (at("2026-11-28", "12:00"), at("2026-11-30", "09:00")),  # Saturday -> Monday
    ],
    ids=["friday-evening", "friday-morning", "midweek", "saturday"],
)
def test_pause_until_tomorrow_ends_at_the_next_working_start(
    db_path: Path, now: datetime, expected: datetime
) -> None:
    with History(db_path) as history:
        tracker = Tracker(history, FakeClock(now), CONFIG, PREFS)
        until = tracker.pause("tomorrow")
    assert same_moment(until, expected)
    assert until is not None
    assert until.utcoffset() == expected.utcoffset()
    assert same_moment(stored(db_path)[1].paused_until, expected)


def test_pause_off_lasts_until_resumed(tracker: Tracker, clock: FakeClock, db_path: Path) -> None:
    assert tracker.pause("off") is None
    clock.advance(timedelta(days=9))
    assert tracker.is_paused()
    assert tracker.next_due("posture") is None
    state = stored(db_path)[1]
    assert state.paused_indefinitely
    assert state.paused_until is None
    # The next app start (a new tracker over the same file) is still paused.
    with History(db_path) as history:
        assert Tracker(history, clock, CONFIG, PREFS).is_paused()


def test_resume_restarts_every_timer_from_now(
    tracker: Tracker, clock: FakeClock, db_path: Path
) -> None:
    tracker.pause(120)
    clock.advance(timedelta(minutes=20))
    tracker.resume()
    assert not tracker.is_paused()
    assert same_moment(tracker.next_due("posture"), at("2026-11-25", "10:50"))
    assert same_moment(tracker.next_due("stress"), at("2026-11-25", "11:50"))
    state = stored(db_path)[1]
    assert state.paused_until is None
    assert not state.paused_indefinitely


def test_resume_ends_an_indefinite_pause(tracker: Tracker, clock: FakeClock) -> None:
    tracker.pause("off")
    clock.advance(timedelta(hours=1))
    tracker.resume()
    assert not tracker.is_paused()
    assert same_moment(tracker.next_due("posture"), at("2026-11-25", "11:30"))


# --- status ---------------------------------------------------------------------------------


def test_status_reports_the_running_app(tracker: Tracker, clock: FakeClock) -> None:
    clock.advance(timedelta(minutes=10))
    tracker.snoozed("stretch", 15)
    status = tracker.status()
    assert status["running"] is True
    assert status["paused_until"] is None
    habits = status["habits"]
    assert isinstance(habits, dict)
    assert set(habits) == set(HABIT_IDS)
    # Running: the session's timers count, they are not restarted at "now" (10:10).
    assert habits["posture"] == {
        "enabled": True,
        "interval_minutes": 30,
        "next_due": at("2026-11-25", "10:30").isoformat(),
        "snoozed_until": None,
    }
    assert habits["stretch"]["next_due"] == at("2026-11-25", "10:25").isoformat()
    assert habits["stretch"]["snoozed_until"] == at("2026-11-25", "10:25").isoformat()


def test_status_shows_a_pause(tracker: Tracker) -> None:
    tracker.pause(30)
    assert tracker.status()["paused_until"] == at("2026-11-25", "10:30").isoformat()
