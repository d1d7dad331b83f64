"""The status report: what ``spasmguard status`` prints, with or without the app running.

Working hours are 09:00-17:00 on weekdays in Berlin; 2026-11-25 is a Wednesday. Expected
times are worked out by hand from the planner's rules.
"""

from __future__ import annotations

import copy
from datetime import UTC, datetime, time, timedelta, timezone
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from spasmguard.core.habits import HABIT_IDS
from spasmguard.core.planner import HabitPlan, PlanConfig, WorkingHours
from spasmguard.core.state import HabitState, RuntimeState
from spasmguard.core.status import build_status, format_status

BERLIN = ZoneInfo("Europe/Berlin")
OFFICE = WorkingHours(time(9), time(17), frozenset(range(5)))
INTERVALS = {"posture": 30, "hydration": 60, "stretch": 45, "stress": 90}
TITLES = {
    "posture": "Posture check",
    "hydration": "Drink water",
    "stretch": "Move",
    "stress": "Breathe",
}


def at(day: str, clock: str) -> datetime:
    return datetime.fromisoformat(f"{day}T{clock}").replace(tzinfo=BERLIN)


NOW = at("2026-11-25", "10:00")


def config(*, disabled: tuple[str, ...] = ()) -> PlanConfig:
    plans = tuple(HabitPlan(hid, hid not in disabled, INTERVALS[hid], OFFICE) for hid in HABIT_IDS)
    return PlanConfig(habits=plans, default_hours=OFFICE)


def moment(text: str | None) -> datetime:
    """An ISO string from the report as an aware datetime (it must carry an offset)."""
    assert text is not None
    parsed = datetime.fromisoformat(text)
    assert parsed.utcoffset() is not None
    return parsed


def same_moment(text: str | None, expected: datetime) -> bool:
    """The report's time is the expected moment, shown with the local offset of that moment."""
    parsed = moment(text)
    return (
        parsed.astimezone(UTC) == expected.astimezone(UTC)
        and parsed.utcoffset() == expected.utcoffset()
    )


def old_state() -> RuntimeState:
    """State left by a session that ended yesterday: every anchor long in the past."""
    yesterday = at("2026-11-24", "16:00")
    state = RuntimeState(wall_seen=yesterday, mono_seen=12.0)
    for habit_id in HABIT_IDS:
        state.habits[habit_id] = HabitState(anchor=yesterday, last_fired=yesterday)
    return state


# --- build_status ---------------------------------------------------------------------------


def test_offline_shows_one_interval_from_now_inside_working_hours() -> None:
    status = build_status(config(), old_state(), NOW, running=False)
    assert status["running"] is False
    assert status["paused_until"] is None
    assert set(status["habits"]) == set(HABIT_IDS)
    for habit_id, info in status["habits"].items():
        wait = timedelta(minutes=INTERVALS[habit_id])
        assert same_moment(info["next_due"], NOW + wait), habit_id
        assert info == {
            "enabled": True,
            "interval_minutes": INTERVALS[habit_id],
            "next_due": info["next_due"],
            "snoozed_until": None,
        }


def test_running_keeps_the_session_timers() -> None:
    state = RuntimeState()
    state.habits["posture"] = HabitState(anchor=at("2026-11-25", "09:50"))
    status = build_status(config(), state, NOW, running=True)
    assert status["running"] is True
    assert same_moment(status["habits"]["posture"]["next_due"], at("2026-11-25", "10:20"))


def test_offline_outside_working_hours_shows_the_next_working_window() -> None:
    evening = at("2026-11-25", "20:00")
    status = build_status(config(), old_state(), evening, running=False)
    assert same_moment(status["habits"]["posture"]["next_due"], at("2026-11-26", "09:30"))
    assert same_moment(status["habits"]["stress"]["next_due"], at("2026-11-26", "10:30"))
    friday_night = at("2026-11-27", "22:00")
    status = build_status(config(), old_state(), friday_night, running=False)
    assert same_moment(status["habits"]["hydration"]["next_due"], at("2026-11-30", "10:00"))


def test_offline_report_leaves_the_given_state_alone() -> None:
    state = old_state()
    state.habits["posture"].snoozed_until = at("2026-11-25", "09:00")  # expired
    state.paused_until = at("2026-11-25", "09:30")  # expired
    before = copy.deepcopy(state)
    build_status(config(), state, NOW, running=False)
    assert state == before


def test_disabled_habit_has_no_next_due_but_keeps_its_interval() -> None:
    status = build_status(config(disabled=("stretch",)), old_state(), NOW, running=False)
    stretch = status["habits"]["stretch"]
    assert stretch["enabled"] is False
    assert stretch["next_due"] is None
    assert stretch["interval_minutes"] == 45
    assert status["habits"]["posture"]["enabled"] is True


@pytest.mark.parametrize("running", [True, False])
def test_timed_pause_is_reported_and_delays_reminders(running: bool) -> None:
    state = RuntimeState(paused_until=at("2026-11-25", "11:00"))
    status = build_status(config(), state, NOW, running=running)
    assert same_moment(status["paused_until"], at("2026-11-25", "11:00"))
    assert status["paused_indefinitely"] is False
    assert same_moment(status["habits"]["posture"]["next_due"], at("2026-11-25", "11:30"))


@pytest.mark.parametrize("running", [True, False])
def test_expired_pause_is_not_reported(running: bool) -> None:
    state = RuntimeState(paused_until=at("2026-11-25", "09:59"))
    assert build_status(config(), state, NOW, running=running)["paused_until"] is None


def test_indefinite_pause_has_no_end_and_nothing_due() -> None:
    state = RuntimeState(paused_indefinitely=True)
    status = build_status(config(), state, NOW, running=False)
    assert status["paused_until"] is None
    assert status["paused_indefinitely"] is True
    assert all(info["next_due"] is None for info in status["habits"].values())


@pytest.mark.parametrize("running", [True, False])
def test_future_snooze_is_reported_and_is_the_next_due(running: bool) -> None:
    state = old_state()
    state.habits["hydration"].snoozed_until = at("2026-11-25", "10:12")
    status = build_status(config(), state, NOW, running=running)
    hydration = status["habits"]["hydration"]
    assert same_moment(hydration["snoozed_until"], at("2026-11-25", "10:12"))
    assert same_moment(hydration["next_due"], at("2026-11-25", "10:12"))


@pytest.mark.parametrize("running", [True, False])
def test_past_snooze_is_not_reported(running: bool) -> None:
    state = old_state()
    state.habits["hydration"].snoozed_until = at("2026-11-25", "09:40")
    status = build_status(config(), state, NOW, running=running)
    assert status["habits"]["hydration"]["snoozed_until"] is None


def test_times_use_the_zone_of_now() -> None:
    new_york_now = NOW.astimezone(ZoneInfo("America/New_York"))
    status = build_status(config(), old_state(), new_york_now, running=False)
    due = moment(status["habits"]["posture"]["next_due"])
    assert due.utcoffset() == timedelta(hours=-5)


# --- format_status --------------------------------------------------------------------------


def report(**changes: Any) -> dict[str, Any]:
    """A status dict as build_status makes it: running, nothing paused, all due at 10:30."""
    habits = {
        hid: {
            "enabled": True,
            "interval_minutes": INTERVALS[hid],
            "next_due": at("2026-11-25", "10:30").isoformat(),
            "snoozed_until": None,
        }
        for hid in HABIT_IDS
    }
    status: dict[str, Any] = {
        "running": True,
        "paused_until": None,
        "paused_indefinitely": False,
        "habits": habits,
    }
    status.update(changes)
    return status


def line_of(text: str, habit_id: str) -> str:
    lines = [line for line in text.splitlines() if TITLES[habit_id] in line]
    assert len(lines) == 1, text
    return lines[0]


def test_format_names_every_habit_with_its_interval_and_time() -> None:
    text = format_status(report(), TITLES, NOW)
    assert text.splitlines()[0] == "spasmguard is running."
    for habit_id in HABIT_IDS:
        line = line_of(text, habit_id)
        assert f"every {INTERVALS[habit_id]} min" in line
        assert "10:30" in line
    assert "paused" not in text


def test_format_says_when_the_app_is_not_running() -> None:
    text = format_status(report(running=False), TITLES, NOW)
    assert "not running" in text.splitlines()[0]


def test_format_shows_a_timed_pause() -> None:
    text = format_status(report(paused_until=at("2026-11-25", "11:15").isoformat()), TITLES, NOW)
    assert "paused until 11:15" in text


def test_format_shows_an_indefinite_pause() -> None:
    text = format_status(report(paused_indefinitely=True), TITLES, NOW)
    assert "paused until you resume" in text


def test_format_shows_a_snooze() -> None:
    status = report()
    status["habits"]["stress"]["snoozed_until"] = at("2026-11-25", "10:40").isoformat()
    text = format_status(status, TITLES, NOW)
    assert "snoozed until 10:40" in line_of(text, "stress")
    assert "snoozed" not in line_of(text, "posture")


def test_format_shows_a_disabled_habit_as_off() -> None:
    status = report()
    status["habits"]["stretch"].update(enabled=False, next_due=None)
    text = format_status(status, TITLES, NOW)
    line = line_of(text, "stretch")
    assert line.split()[-1] == "off"
    assert "every" not in line


def test_format_shows_the_weekday_for_other_days() -> None:
    status = report()
    status["habits"]["posture"]["next_due"] = at("2026-11-26", "09:30").isoformat()
    status["habits"]["hydration"]["next_due"] = at("2026-12-09", "10:00").isoformat()
    text = format_status(status, TITLES, NOW)
    assert "next Thu 09:30" in line_of(text, "posture")
    assert "next 2026-12-09 10:00" in line_of(text, "hydration")


def test_format_shows_times_in_the_zone_of_now() -> None:
    status = report()
    status["habits"]["posture"]["next_due"] = "2026-11-25T09:30:00+00:00"
    assert "next 10:30" in line_of(format_status(status, TITLES, NOW), "posture")


def test_format_names_the_zone_its_times_are_in() -> None:
    assert format_status(report(), TITLES, NOW).splitlines()[-1] == "Times are in Europe/Berlin."
    fixed = NOW.astimezone(timezone(timedelta(hours=-1, seconds=-4)))
    last = format_status(report(), TITLES, fixed).splitlines()[-1]
    assert last == "Times are in UTC-01:00:04 (a fixed offset: no daylight-saving changes)."


def test_format_lines_up_the_columns() -> None:
    text = format_status(report(), TITLES, NOW)
    columns = {line_of(text, hid).index("every") for hid in HABIT_IDS}
    assert len(columns) == 1


def test_saved_times_are_shown_in_the_zone_of_now() -> None:
    """A state saved under another offset (before a DST switch, a trip) reads like the rest."""
    state = old_state()
    state.paused_until = datetime(2026, 11, 25, 9, 30, tzinfo=UTC)  # 10:30 in Berlin
    state.habits["posture"].snoozed_until = datetime(2026, 11, 25, 9, 45, tzinfo=UTC)
    status = build_status(config(), state, NOW, running=True)
    assert same_moment(status["paused_until"], at("2026-11-25", "10:30"))
    assert same_moment(status["habits"]["posture"]["snoozed_until"], at("2026-11-25", "10:45"))
