"""Examples for every scheduling rule of core.planner.

Expected times are worked out by hand from the rules (working hours 09:00-17:00 on weekdays
unless a test says otherwise). Moments are compared in UTC because Python compares two datetimes
that share a tzinfo by wall time, ignoring fold and offset.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from spasmguard.core import planner
from spasmguard.core.planner import HabitPlan, PlanConfig, TimeWarp, WorkingHours
from spasmguard.core.state import RuntimeState

BERLIN = ZoneInfo("Europe/Berlin")
NEW_YORK = ZoneInfo("America/New_York")
WEEKDAYS = frozenset(range(5))
ALL_DAYS = frozenset(range(7))
OFFICE = WorkingHours(time(9), time(17), WEEKDAYS)
ALWAYS = WorkingHours(time(0), time(0), ALL_DAYS)
MONO = 5000.0


def at(day: str, clock: str, zone: ZoneInfo = BERLIN, fold: int = 0) -> datetime:
    """An aware local time, e.g. at("2026-11-25", "09:30") (2026-11-25 is a Wednesday)."""
    return datetime.fromisoformat(f"{day}T{clock}").replace(tzinfo=zone, fold=fold)


def config(*plans: HabitPlan) -> PlanConfig:
    return PlanConfig(habits=plans, default_hours=OFFICE)


def habit(
    habit_id: str = "posture",
    interval: int = 30,
    hours: WorkingHours = OFFICE,
    *,
    enabled: bool = True,
) -> HabitPlan:
    return HabitPlan(habit_id, enabled, interval, hours)


def started(cfg: PlanConfig, now: datetime) -> RuntimeState:
    state = RuntimeState()
    planner.start(cfg, state, now, MONO)
    return state


def due(cfg: PlanConfig, state: RuntimeState, now: datetime, habit_id: str = "posture") -> datetime:
    result = planner.next_due(cfg, state, habit_id, now)
    assert result is not None
    return result


def same_moment(actual: datetime | None, expected: datetime) -> bool:
    """Equal as moments in time and shown in the expected zone with the same offset."""
    assert actual is not None
    return (
        actual.astimezone(UTC) == expected.astimezone(UTC)
        and actual.utcoffset() == expected.utcoffset()
    )


# --- Working hours ------------------------------------------------------------------------------


def test_first_reminder_comes_one_interval_after_working_day_starts() -> None:
    cfg = config(habit(interval=45))
    state = started(cfg, at("2026-11-25", "07:10"))
    assert same_moment(due(cfg, state, at("2026-11-25", "07:10")), at("2026-11-25", "09:45"))


def test_inside_hours_due_one_interval_after_anchor() -> None:
    cfg = config(habit(interval=45))
    state = started(cfg, at("2026-11-25", "12:05"))
    assert same_moment(due(cfg, state, at("2026-11-25", "12:05")), at("2026-11-25", "12:50"))


def test_lunchtime_reminder_is_an_ordinary_in_hours_reminder() -> None:
    cfg = config(habit(interval=30))
    state = started(cfg, at("2026-11-25", "11:50"))
    planner.mark_done(state, "posture", at("2026-11-25", "12:15"))
    assert same_moment(due(cfg, state, at("2026-11-25", "12:20")), at("2026-11-25", "12:45"))


def test_interval_running_past_end_of_day_moves_to_next_morning() -> None:
    cfg = config(habit(interval=30))
    state = started(cfg, at("2026-11-25", "16:45"))
    assert same_moment(due(cfg, state, at("2026-11-25", "16:45")), at("2026-11-26", "09:30"))


def test_reminder_may_land_exactly_on_end_of_window() -> None:
    cfg = config(habit(interval=30))
    state = started(cfg, at("2026-11-25", "16:30"))
    assert same_moment(due(cfg, state, at("2026-11-25", "16:30")), at("2026-11-25", "17:00"))


def test_weekend_is_skipped() -> None:
    cfg = config(habit(interval=60))
    state = started(cfg, at("2026-11-28", "10:00"))  # Saturday
    assert same_moment(due(cfg, state, at("2026-11-28", "10:00")), at("2026-11-30", "10:00"))


def test_friday_evening_goes_to_monday() -> None:
    cfg = config(habit(interval=30))
    state = started(cfg, at("2026-11-27", "16:50"))  # Friday
    assert same_moment(due(cfg, state, at("2026-11-27", "16:50")), at("2026-11-30", "09:30"))


def test_missed_reminder_of_an_ended_window_is_not_due_at_night() -> None:
    cfg = config(habit(interval=30))
    state = started(cfg, at("2026-11-25", "16:00"))
    # Nobody asked at 16:30; at 20:00 the window is over, so the next is tomorrow morning.
    assert same_moment(due(cfg, state, at("2026-11-25", "20:00")), at("2026-11-26", "09:30"))


def test_overdue_inside_window_is_due_now_once() -> None:
    cfg = config(habit(interval=30))
    state = started(cfg, at("2026-11-25", "10:00"))
    now = at("2026-11-25", "12:00")
    assert same_moment(due(cfg, state, now), now)
    assert planner.due_habits(cfg, state, now) == ["posture"]


def test_window_crossing_midnight_belongs_to_its_start_day() -> None:
    night = WorkingHours(time(22), time(6), frozenset({4}))  # Friday 22:00 - Saturday 06:00
    cfg = config(habit(interval=60, hours=night))
    state = started(cfg, at("2026-11-28", "01:00"))  # Saturday, inside Friday's window
    assert same_moment(due(cfg, state, at("2026-11-28", "01:00")), at("2026-11-28", "02:00"))
    planner.mark_fired(state, "posture", at("2026-11-28", "05:30"))
    # 06:30 is past the window; Saturday has no window of its own, so the next Friday at 23:00.
    assert same_moment(due(cfg, state, at("2026-11-28", "05:30")), at("2026-12-04", "23:00"))


def test_whole_day_window_runs_through_midnight() -> None:
    cfg = config(habit(interval=30, hours=ALWAYS))
    state = started(cfg, at("2026-11-25", "23:50"))
    assert same_moment(due(cfg, state, at("2026-11-25", "23:50")), at("2026-11-26", "00:20"))


def test_whole_day_window_on_one_day_only_is_24_hours_from_its_start() -> None:
    wednesdays = WorkingHours(time(8), time(8), frozenset({2}))
    cfg = config(habit(interval=30, hours=wednesdays))
    state = started(cfg, at("2026-11-26", "07:45"))  # Thursday, still in Wednesday's window
    assert same_moment(due(cfg, state, at("2026-11-26", "07:45")), at("2026-12-02", "08:30"))
    state = started(cfg, at("2026-11-26", "07:15"))
    assert same_moment(due(cfg, state, at("2026-11-26", "07:15")), at("2026-11-26", "07:45"))


def test_window_too_short_for_interval_gets_no_reminder() -> None:
    now = at("2026-11-25", "08:00")
    too_short = config(habit(interval=61, hours=WorkingHours(time(9), time(10), ALL_DAYS)))
    assert planner.next_due(too_short, started(too_short, now), "posture", now) is None
    just_fits = config(habit(interval=60, hours=WorkingHours(time(9), time(10), ALL_DAYS)))
    assert same_moment(due(just_fits, started(just_fits, now), now), at("2026-11-25", "10:00"))


def test_no_working_days_means_never_due() -> None:
    cfg = config(habit(hours=WorkingHours(time(9), time(17), frozenset())))
    now = at("2026-11-25", "10:00")
    assert planner.next_due(cfg, started(cfg, now), "posture", now) is None


def test_disabled_habit_is_never_due() -> None:
    cfg = config(habit("posture", enabled=False), habit("hydration", interval=60))
    now = at("2026-11-25", "10:00")
    state = started(cfg, now)
    later = at("2026-11-25", "16:00")
    assert planner.next_due(cfg, state, "posture", later) is None
    assert planner.due_habits(cfg, state, later) == ["hydration"]


def test_due_habits_in_config_order_and_next_wakeup_is_earliest() -> None:
    cfg = config(habit("stretch", 90), habit("posture", 30), habit("hydration", 60))
    state = started(cfg, at("2026-11-25", "10:00"))
    assert same_moment(
        planner.next_wakeup(cfg, state, at("2026-11-25", "10:00")), at("2026-11-25", "10:30")
    )
    assert planner.due_habits(cfg, state, at("2026-11-25", "10:29")) == []
    assert planner.due_habits(cfg, state, at("2026-11-25", "11:30")) == [
        "stretch",
        "posture",
        "hydration",
    ]


def test_next_wakeup_none_when_nothing_is_ever_due() -> None:
    cfg = config(habit(enabled=False))
    now = at("2026-11-25", "10:00")
    assert planner.next_wakeup(cfg, started(cfg, now), now) is None


# --- Start, firing, done, skip ------------------------------------------------------------------


def test_start_is_never_immediately_even_with_old_anchor() -> None:
    cfg = config(habit(interval=30))
    state = RuntimeState()
    planner.mark_fired(state, "posture", at("2026-11-20", "10:00"))
    now = at("2026-11-25", "10:00")
    planner.start(cfg, state, now, MONO)
    assert planner.due_habits(cfg, state, now) == []
    assert same_moment(due(cfg, state, now), at("2026-11-25", "10:30"))
    assert (state.wall_seen, state.mono_seen) == (now, MONO)


def test_start_keeps_future_snooze_and_pause_but_drops_past_snooze() -> None:
    cfg = config(habit("posture"), habit("hydration"))
    state = RuntimeState()
    planner.snooze(state, "posture", at("2026-11-25", "10:05"))
    planner.snooze(state, "hydration", at("2026-11-25", "09:50"))
    planner.pause(state, at("2026-11-25", "11:00"))
    now = at("2026-11-25", "10:00")
    planner.start(cfg, state, now, MONO)
    assert state.habit("hydration").snoozed_until is None
    assert state.habit("posture").snoozed_until == at("2026-11-25", "10:05")
    assert planner.is_paused(state, now)


def test_ignored_reminder_comes_again_one_interval_later() -> None:
    cfg = config(habit(interval=30))
    state = started(cfg, at("2026-11-25", "10:00"))
    fired = at("2026-11-25", "10:30")
    assert planner.due_habits(cfg, state, fired) == ["posture"]
    planner.mark_fired(state, "posture", fired)
    assert state.habit("posture").last_fired == fired
    assert planner.due_habits(cfg, state, fired) == []
    assert same_moment(due(cfg, state, fired), at("2026-11-25", "11:00"))


@pytest.mark.parametrize("action", [planner.mark_done, planner.mark_skipped, planner.mark_fired])
def test_user_action_restarts_timer_and_clears_snooze(
    action: Callable[[RuntimeState, str, datetime], None],
) -> None:
    cfg = config(habit(interval=30))
    state = started(cfg, at("2026-11-25", "10:00"))
    planner.snooze(state, "posture", at("2026-11-25", "10:10"))
    action(state, "posture", at("2026-11-25", "10:20"))
    assert state.habit("posture").snoozed_until is None
    assert same_moment(due(cfg, state, at("2026-11-25", "10:20")), at("2026-11-25", "10:50"))


def test_mark_done_records_last_done() -> None:
    state = RuntimeState()
    planner.mark_done(state, "stretch", at("2026-11-25", "10:20"))
    assert state.habit("stretch").last_done == at("2026-11-25", "10:20")
    assert state.habit("stretch").last_fired is None


# --- Snooze -------------------------------------------------------------------------------------


def test_snooze_inside_hours_is_due_then_even_before_the_interval() -> None:
    cfg = config(habit(interval=60))
    state = started(cfg, at("2026-11-25", "10:00"))
    planner.snooze(state, "posture", at("2026-11-25", "10:10"))
    assert same_moment(due(cfg, state, at("2026-11-25", "10:00")), at("2026-11-25", "10:10"))


def test_snooze_outside_hours_follows_next_window_rule() -> None:
    cfg = config(habit(interval=30))
    state = started(cfg, at("2026-11-25", "16:40"))
    planner.snooze(state, "posture", at("2026-11-25", "17:40"))
    assert same_moment(due(cfg, state, at("2026-11-25", "16:40")), at("2026-11-26", "09:30"))


def test_snooze_that_passed_unnoticed_is_due_now_once() -> None:
    cfg = config(habit(interval=60))
    state = started(cfg, at("2026-11-25", "10:00"))
    planner.snooze(state, "posture", at("2026-11-25", "10:10"))
    now = at("2026-11-25", "10:25")
    assert same_moment(due(cfg, state, now), now)
    planner.mark_fired(state, "posture", now)
    assert same_moment(due(cfg, state, now), at("2026-11-25", "11:25"))


# --- Pause and resume ---------------------------------------------------------------------------


def test_pause_for_minutes_restarts_timers_at_its_end() -> None:
    cfg = config(habit("posture", 30), habit("hydration", 60))
    state = started(cfg, at("2026-11-25", "10:00"))
    planner.snooze(state, "hydration", at("2026-11-25", "10:15"))  # ends inside the pause: dropped
    planner.pause(state, at("2026-11-25", "10:45"))
    now = at("2026-11-25", "10:05")
    assert planner.is_paused(state, now)
    assert planner.due_habits(cfg, state, at("2026-11-25", "10:40")) == []
    assert same_moment(due(cfg, state, now), at("2026-11-25", "11:15"))
    assert same_moment(due(cfg, state, now, "hydration"), at("2026-11-25", "11:45"))
    assert not planner.is_paused(state, at("2026-11-25", "10:45"))


def test_snooze_ending_after_the_pause_is_kept() -> None:
    cfg = config(habit(interval=60))
    state = started(cfg, at("2026-11-25", "10:00"))
    planner.pause(state, at("2026-11-25", "10:30"))
    planner.snooze(state, "posture", at("2026-11-25", "10:40"))
    assert same_moment(due(cfg, state, at("2026-11-25", "10:10")), at("2026-11-25", "10:40"))


def test_expired_pause_still_counts_and_is_tidied_by_observe_clock() -> None:
    cfg = config(habit(interval=30))
    state = started(cfg, at("2026-11-25", "10:00"))
    planner.pause(state, at("2026-11-25", "10:45"))
    now = at("2026-11-25", "11:00")
    assert same_moment(due(cfg, state, now), at("2026-11-25", "11:15"))
    assert planner.observe_clock(cfg, state, now, MONO + 3600) is None
    assert state.paused_until is None
    assert same_moment(state.habit("posture").anchor, at("2026-11-25", "10:45"))
    assert same_moment(due(cfg, state, now), at("2026-11-25", "11:15"))


def test_pause_until_next_working_day() -> None:
    cfg = config(habit(interval=30))
    now = at("2026-11-27", "11:00")  # Friday
    state = started(cfg, now)
    until = planner.next_working_start(OFFICE, now)
    assert same_moment(until, at("2026-11-30", "09:00"))
    planner.pause(state, until)
    assert planner.due_habits(cfg, state, at("2026-11-27", "16:00")) == []
    assert same_moment(due(cfg, state, now), at("2026-11-30", "09:30"))


def test_next_working_start_is_tomorrow_even_before_todays_start() -> None:
    assert same_moment(
        planner.next_working_start(OFFICE, at("2026-11-25", "07:00")), at("2026-11-26", "09:00")
    )


def test_next_working_start_without_days_is_one_day_later() -> None:
    now = at("2026-11-25", "07:00")
    none = WorkingHours(time(9), time(17), frozenset())
    assert same_moment(planner.next_working_start(none, now), at("2026-11-26", "07:00"))


def test_indefinite_pause_until_resume() -> None:
    cfg = config(habit("posture", 30), habit("hydration", 60))
    state = started(cfg, at("2026-11-25", "10:00"))
    planner.pause(state, None)
    much_later = at("2026-11-25", "15:00")
    assert planner.is_paused(state, much_later)
    assert planner.next_wakeup(cfg, state, much_later) is None
    assert planner.due_habits(cfg, state, much_later) == []
    planner.resume(state, much_later)
    assert not planner.is_paused(state, much_later)
    assert same_moment(planner.next_wakeup(cfg, state, much_later), at("2026-11-25", "15:30"))
    assert same_moment(due(cfg, state, much_later, "hydration"), at("2026-11-25", "16:00"))


def test_resume_before_timed_pause_ends_restarts_from_now() -> None:
    cfg = config(habit(interval=30))
    state = started(cfg, at("2026-11-25", "10:00"))
    planner.pause(state, at("2026-11-25", "12:00"))
    planner.resume(state, at("2026-11-25", "10:20"))
    assert state.paused_until is None
    assert same_moment(due(cfg, state, at("2026-11-25", "10:20")), at("2026-11-25", "10:50"))


def test_resume_when_not_paused_does_not_delay_anything() -> None:
    cfg = config(habit(interval=30))
    state = started(cfg, at("2026-11-25", "10:00"))
    planner.resume(state, at("2026-11-25", "10:20"))
    assert same_moment(due(cfg, state, at("2026-11-25", "10:20")), at("2026-11-25", "10:30"))


# --- Clock jumps --------------------------------------------------------------------------------


def test_first_observation_and_monotonic_going_back_only_record() -> None:
    cfg = config(habit())
    state = RuntimeState()
    now = at("2026-11-25", "10:00")
    assert planner.observe_clock(cfg, state, now, 100.0) is None
    assert (state.wall_seen, state.mono_seen) == (now, 100.0)
    later = at("2026-11-25", "18:00")
    assert planner.observe_clock(cfg, state, later, 5.0) is None  # rebooted
    assert (state.wall_seen, state.mono_seen) == (later, 5.0)


def test_small_skew_is_noise() -> None:
    cfg = config(habit())
    state = started(cfg, at("2026-11-25", "10:00"))
    assert planner.observe_clock(cfg, state, at("2026-11-25", "10:10:59"), MONO + 600) is None
    assert planner.observe_clock(cfg, state, at("2026-11-25", "10:20:00"), MONO + 1200) is None
    # Just past the tolerance it is a jump (61 s forward since the last reading).
    warp = planner.observe_clock(cfg, state, at("2026-11-25", "10:30:01"), MONO + 1740)
    assert warp == TimeWarp("forward", timedelta(seconds=61), ())


def test_forward_gap_longer_than_interval_restarts_as_a_break() -> None:
    cfg = config(habit("posture", 30), habit("hydration", 180), habit("stress", 30, enabled=False))
    state = started(cfg, at("2026-11-25", "09:00"))
    planner.snooze(state, "posture", at("2026-11-25", "09:20"))
    now = at("2026-11-25", "11:10")  # suspended 2 h 10 min: monotonic barely moved
    warp = planner.observe_clock(cfg, state, now, MONO)
    assert warp == TimeWarp("forward", timedelta(hours=2, minutes=10), ("posture",))
    assert state.habit("posture").snoozed_until is None
    assert same_moment(due(cfg, state, now), at("2026-11-25", "11:40"))
    # hydration's 3 h interval was not exceeded: its timer still runs from 09:00.
    assert same_moment(due(cfg, state, now, "hydration"), at("2026-11-25", "12:00"))
    assert (state.wall_seen, state.mono_seen) == (now, MONO)


def test_forward_gap_shorter_than_interval_is_due_once_at_now() -> None:
    cfg = config(habit(interval=60))
    state = started(cfg, at("2026-11-25", "10:00"))
    planner.observe_clock(cfg, state, at("2026-11-25", "10:30"), MONO + 1800)
    now = at("2026-11-25", "11:20")  # 50 minutes suspended at 10:30
    warp = planner.observe_clock(cfg, state, now, MONO + 1800)
    assert warp == TimeWarp("forward", timedelta(minutes=50), ())
    assert same_moment(due(cfg, state, now), now)
    assert planner.due_habits(cfg, state, now) == ["posture"]
    planner.mark_fired(state, "posture", now)
    assert planner.due_habits(cfg, state, now) == []
    assert same_moment(due(cfg, state, now), at("2026-11-25", "12:20"))


def test_backward_jump_of_three_hours_does_not_push_reminders_out() -> None:
    cfg = config(habit("posture", 30), habit("hydration", 120))
    state = started(cfg, at("2026-11-25", "14:00"))
    planner.snooze(state, "posture", at("2026-11-25", "14:25"))
    planner.observe_clock(cfg, state, at("2026-11-25", "14:10"), MONO + 600)
    now = at("2026-11-25", "11:10")  # the clock was set back 3 h at 14:10
    warp = planner.observe_clock(cfg, state, now, MONO + 600)
    assert warp == TimeWarp("backward", timedelta(hours=3), ())
    # Remaining waits are unchanged: 15 min of snooze, 110 min of hydration's interval.
    assert same_moment(due(cfg, state, now), at("2026-11-25", "11:25"))
    assert same_moment(due(cfg, state, now, "hydration"), at("2026-11-25", "13:00"))


def test_backward_jump_moves_future_records_and_pause_back() -> None:
    cfg = config(habit(interval=30))
    state = started(cfg, at("2026-11-25", "14:00"))
    planner.mark_fired(state, "posture", at("2026-11-25", "14:05"))
    planner.mark_done(state, "posture", at("2026-11-25", "14:06"))
    planner.pause(state, at("2026-11-25", "14:40"))
    now = at("2026-11-25", "13:10")
    assert planner.observe_clock(cfg, state, now, MONO + 600) is not None
    posture = state.habit("posture")
    assert same_moment(posture.last_fired, at("2026-11-25", "13:05"))
    assert same_moment(posture.last_done, at("2026-11-25", "13:06"))
    assert same_moment(state.paused_until, at("2026-11-25", "13:40"))
    assert same_moment(due(cfg, state, now), at("2026-11-25", "14:10"))


def test_backward_noise_never_leaves_anchor_in_the_future() -> None:
    cfg = config(habit(interval=30))
    state = started(cfg, at("2026-11-25", "10:00"))
    now = at("2026-11-25", "09:59:30")  # stepped back 30 s: noise, but anchor clamped
    assert planner.observe_clock(cfg, state, now, MONO) is None
    assert same_moment(due(cfg, state, now), at("2026-11-25", "10:29:30"))


# --- Daylight saving ----------------------------------------------------------------------------

# (zone, anchor wall time, expected wall time of anchor + 30 elapsed minutes, its fold)
SWITCHES = [
    pytest.param(BERLIN, "2026-03-29T01:45", "2026-03-29T03:15", 0, id="berlin-spring"),
    pytest.param(BERLIN, "2026-10-25T02:45", "2026-10-25T02:15", 1, id="berlin-fall"),
    pytest.param(NEW_YORK, "2026-03-08T01:45", "2026-03-08T03:15", 0, id="newyork-spring"),
    pytest.param(NEW_YORK, "2026-11-01T01:45", "2026-11-01T01:15", 1, id="newyork-fall"),
]


@pytest.mark.parametrize(("zone", "anchor", "expected", "expected_fold"), SWITCHES)
def test_interval_across_dst_switch_is_elapsed_time(
    zone: ZoneInfo, anchor: str, expected: str, expected_fold: int
) -> None:
    cfg = config(habit(interval=30, hours=ALWAYS))
    start = datetime.fromisoformat(anchor).replace(tzinfo=zone)
    state = started(cfg, start)
    result = due(cfg, state, start)
    assert result.astimezone(UTC) - start.astimezone(UTC) == timedelta(minutes=30)
    assert result.replace(tzinfo=None) == datetime.fromisoformat(expected)
    assert result.fold == expected_fold
    assert result.tzinfo is zone


@pytest.mark.parametrize(
    ("zone", "friday", "monday", "summer"),
    [
        (BERLIN, "2026-03-27", "2026-03-30", True),
        (BERLIN, "2026-10-23", "2026-10-26", False),
        (NEW_YORK, "2026-03-06", "2026-03-09", True),
        (NEW_YORK, "2026-10-30", "2026-11-02", False),
    ],
)
def test_working_hours_after_dst_switch_are_local_wall_time(
    zone: ZoneInfo, friday: str, monday: str, summer: bool
) -> None:
    cfg = config(habit(interval=30))
    now = at(friday, "18:00", zone)
    state = started(cfg, now)
    result = due(cfg, state, now)
    assert result.replace(tzinfo=None) == datetime.fromisoformat(f"{monday}T09:30")
    assert bool(result.dst()) is summer
    assert same_moment(planner.next_working_start(OFFICE, now), at(monday, "09:00", zone))


@pytest.mark.parametrize(
    ("zone", "day", "gap_end"),
    [(BERLIN, "2026-03-29", "03:00"), (NEW_YORK, "2026-03-08", "03:00")],
)
def test_window_containing_the_spring_gap(zone: ZoneInfo, day: str, gap_end: str) -> None:
    night = WorkingHours(time(1), time(5), ALL_DAYS)
    cfg = config(habit(interval=30, hours=night))
    start = at(day, "01:50", zone)
    state = started(cfg, start)
    result = due(cfg, state, start)
    assert result.astimezone(UTC) - start.astimezone(UTC) == timedelta(minutes=30)
    assert result.replace(tzinfo=None) == datetime.fromisoformat(f"{day}T03:20")
    # A window starting at 02:30, which does not exist that day, starts when the gap ends.
    gap_start = config(habit(interval=30, hours=WorkingHours(time(2, 30), time(5), ALL_DAYS)))
    early = at(day, "00:30", zone)
    first = due(gap_start, started(gap_start, early), early)
    assert first.astimezone(UTC) - at(day, gap_end, zone).astimezone(UTC) == timedelta(minutes=30)


def test_ambiguous_window_start_is_the_first_occurrence() -> None:
    hours = WorkingHours(time(1, 30), time(5), ALL_DAYS)
    cfg = config(habit(interval=30, hours=hours))
    early = at("2026-11-01", "00:00", NEW_YORK)
    result = due(cfg, started(cfg, early), early)
    # 01:30 EDT (first occurrence) + 30 min = 01:00 EST, the second pass through 01:00.
    assert result.astimezone(UTC) == datetime(2026, 11, 1, 6, 0, tzinfo=UTC)
    assert result.fold == 1
