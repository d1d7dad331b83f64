"""Properties of core.planner under random settings, user actions and clock moves.

The engine is modelled the way it is meant to use the planner: FakeClock moves time
(``advance``: both clocks; ``jump``: wall clock only, a suspend or a clock change, both signs),
the engine sometimes observes the clock and fires what is due right away and sometimes wakes up
late, and the user snoozes, pauses, resumes, marks done, skips. At the end the engine wakes up,
calls ``observe_clock`` and fires every due habit; then the invariants must hold.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta, tzinfo
from zoneinfo import ZoneInfo

from hypothesis import given, settings
from hypothesis import strategies as st

from spasmguard.core import planner
from spasmguard.core.clock import FakeClock
from spasmguard.core.planner import HabitPlan, PlanConfig, WorkingHours
from spasmguard.core.state import RuntimeState

HABIT_IDS = ("posture", "hydration", "stretch", "stress")
ZONES = (ZoneInfo("UTC"), ZoneInfo("Europe/Berlin"), ZoneInfo("America/New_York"))
EPOCH = datetime(2026, 1, 1, tzinfo=UTC)
ALWAYS = WorkingHours(time(0), time(0), frozenset(range(7)))
FAST = settings(max_examples=200, deadline=None)
QUICK = settings(max_examples=100, deadline=None)


def _hours(start_quarter: int, end_quarter: int, day_mask: int) -> WorkingHours:
    """Working hours from cheap draws: quarter hours of the day and a bitmask of weekdays."""
    return WorkingHours(
        time(*divmod(start_quarter * 15, 60)),
        time(*divmod(end_quarter * 15, 60)),
        frozenset(day for day in range(7) if day_mask >> day & 1),
    )


quarters = st.integers(0, 95)
working_hours = st.builds(_hours, quarters, quarters, st.integers(0, 127))


@st.composite
def configs(draw: st.DrawFn, hours: st.SearchStrategy[WorkingHours] = working_hours) -> PlanConfig:
    plans = tuple(
        HabitPlan(habit_id, draw(st.booleans()), draw(st.integers(5, 480)), draw(hours))
        for habit_id in HABIT_IDS
    )
    return PlanConfig(habits=plans, default_hours=draw(hours))


@st.composite
def clocks(draw: st.DrawFn) -> FakeClock:
    minutes = draw(st.integers(0, 360 * 24 * 60))
    return FakeClock((EPOCH + timedelta(minutes=minutes)).astimezone(draw(st.sampled_from(ZONES))))


ACTION_KINDS = (
    "advance",
    "jump",
    "snooze",
    "pause",
    "pause_tomorrow",
    "resume",
    "done",
    "skip",
    "fire",
)
# An action is (kind, minutes, habit id, flag); each kind reads the fields it needs. One flat
# shape keeps data generation cheap. Clock moves are whole minutes, so a jump is never below
# the planner's 60 s noise tolerance.
actions = st.tuples(
    st.sampled_from(ACTION_KINDS),
    st.integers(-12 * 60, 3 * 24 * 60),
    st.sampled_from(HABIT_IDS),
    st.booleans(),
)
Action = tuple[str, int, str, bool]


def fire_due(config: PlanConfig, state: RuntimeState, now: datetime) -> list[str]:
    """What the engine does on a wakeup: show every due reminder once."""
    due = planner.due_habits(config, state, now)
    for habit_id in due:
        planner.mark_fired(state, habit_id, now)
    return due


def wake(config: PlanConfig, state: RuntimeState, clock: FakeClock) -> list[str]:
    planner.observe_clock(config, state, clock.now(), clock.monotonic())
    return fire_due(config, state, clock.now())


def apply(config: PlanConfig, state: RuntimeState, clock: FakeClock, action: Action) -> None:
    """Perform one step; after a clock move, ``flag`` says whether the engine woke up in time."""
    kind, minutes, habit_id, flag = action
    now = clock.now()
    match kind:
        case "advance":
            clock.advance(timedelta(minutes=abs(minutes) + 1))
        case "jump":
            clock.jump(timedelta(minutes=minutes or 1))
        case "snooze":
            planner.snooze(state, habit_id, now + timedelta(minutes=minutes))
        case "pause":
            planner.pause(state, None if flag else now + timedelta(minutes=minutes))
        case "pause_tomorrow":
            planner.pause(state, planner.next_working_start(config.default_hours, now))
        case "resume":
            planner.resume(state, now)
        case "done":
            planner.mark_done(state, habit_id, now)
        case "skip":
            planner.mark_skipped(state, habit_id, now)
        case "fire":
            planner.mark_fired(state, habit_id, now)
    if kind in ("advance", "jump") and flag:
        wake(config, state, clock)


def run(
    config: PlanConfig, clock: FakeClock, steps: list[Action], stale_minutes: int = 0
) -> RuntimeState:
    """Start the app (over a persisted state whose timers are ``stale_minutes`` old), then play
    the steps. Starting is never immediately due, however old the persisted timers are."""
    state = RuntimeState()
    for habit_id in HABIT_IDS:
        planner.mark_fired(state, habit_id, clock.now() - timedelta(minutes=stale_minutes))
    planner.start(config, state, clock.now(), clock.monotonic())
    assert planner.due_habits(config, state, clock.now()) == []
    for action in steps:
        apply(config, state, clock, action)
    return state


def _utc_both_folds(day: date, clock_time: time, zone: tzinfo) -> tuple[datetime, datetime]:
    naive = datetime.combine(day, clock_time)
    return (
        naive.replace(tzinfo=zone, fold=0).astimezone(UTC),
        naive.replace(tzinfo=zone, fold=1).astimezone(UTC),
    )


def fitting_bound(hours: WorkingHours, interval: timedelta, ready: datetime) -> datetime | None:
    """An upper bound for next_due when nothing holds the habit back after ``ready``.

    Take the earliest daily working window W in which a whole interval fits after ``ready``:
    max(ready, W.start) + interval <= W.end. The reminder must come no later than
    max(ready, W.start) + interval. Windows are built independently of the planner and
    deliberately narrow around DST switches (latest reading of the start, earliest of the
    end), so the planner's own window always contains this one and the bound stays sound.
    None when no window within 14 days fits.
    """
    zone = ready.tzinfo
    assert zone is not None
    first_day = ready.date() - timedelta(days=1)
    for offset in range(15):
        day = first_day + timedelta(days=offset)
        if day.weekday() not in hours.days:
            continue
        end_day = day + timedelta(days=0 if hours.end > hours.start else 1)
        start = max(_utc_both_folds(day, hours.start, zone))
        end = min(_utc_both_folds(end_day, hours.end, zone))
        candidate = max(ready.astimezone(UTC), start) + interval
        if candidate <= end:
            return candidate
    return None


def ready_moment(state: RuntimeState, habit_id: str, now: datetime) -> datetime:
    """The latest of now, the end of a timed pause and the habit's snoozed_until."""
    habit = state.habits.get(habit_id)
    candidates = [now, state.paused_until, habit.snoozed_until if habit else None]
    return max((moment for moment in candidates if moment is not None), key=_utc).astimezone(
        now.tzinfo
    )


def in_working_hours(hours: WorkingHours, moment: datetime) -> bool:
    """Whether ``moment`` lies in a daily window (its own day's or the day before's).

    Windows are read generously around DST switches (earliest start, latest end), so a moment
    the planner rightly calls "inside" is inside here too.
    """
    zone = moment.tzinfo
    assert zone is not None
    for day in (moment.date() - timedelta(days=1), moment.date()):
        if day.weekday() not in hours.days:
            continue
        end_day = day + timedelta(days=0 if hours.end > hours.start else 1)
        start = min(_utc_both_folds(day, hours.start, zone))
        end = max(_utc_both_folds(end_day, hours.end, zone))
        if start <= _utc(moment) <= end:
            return True
    return False


def check_pending(config: PlanConfig, state: RuntimeState, now: datetime) -> None:
    """Before firing: each next_due is not in the past, inside working hours, not in a pause."""
    for plan in config.habits:
        due = planner.next_due(config, state, plan.habit_id, now)
        if due is None:
            continue
        assert due.tzinfo is now.tzinfo
        assert _utc(due) >= _utc(now)
        assert in_working_hours(plan.hours, due)
        assert not planner.is_paused(state, due)
        if state.paused_until is not None:
            assert _utc(due) >= _utc(state.paused_until)


def _utc(moment: datetime) -> datetime:
    return moment.astimezone(UTC)


@FAST
@given(configs(), clocks(), st.lists(actions, max_size=12), st.integers(0, 10 * 24 * 60))
def test_after_any_history_one_wakeup_leaves_nothing_pending_and_next_due_is_bounded(
    config: PlanConfig, clock: FakeClock, steps: list[Action], stale_minutes: int
) -> None:
    """Invariants after a random history, when the engine wakes up, observes the clock and
    fires what is due.

    - before firing, every next_due is at or after now, inside the habit's working hours and
      not inside a pause; due_habits lists each habit at most once;
    - after firing the due ones, nothing is due now: never more than one pending reminder;
    - bound: with R = max(now, end of a timed pause, the habit's snooze), next_due comes no
      later than max(R, W.start) + interval for the earliest daily working window W that can
      hold a whole interval after R (see ``fitting_bound``). In words: one interval plus the
      off-hours, after whatever the user explicitly asked to wait for. In particular no clock
      jump, backward or forward, may push a reminder further out.
    """
    state = run(config, clock, steps, stale_minutes)
    now = clock.now()
    planner.observe_clock(config, state, now, clock.monotonic())
    check_pending(config, state, now)
    due_now = planner.due_habits(config, state, now)
    assert len(due_now) == len(set(due_now))
    fire_due(config, state, now)
    assert planner.due_habits(config, state, now) == []
    for plan in config.habits:
        due = planner.next_due(config, state, plan.habit_id, now)
        if due is None or state.paused_indefinitely:
            continue
        ready = ready_moment(state, plan.habit_id, now)
        bound = fitting_bound(plan.hours, timedelta(minutes=plan.interval_minutes), ready)
        assert bound is None or _utc(due) <= bound
    wakeup = planner.next_wakeup(config, state, now)
    dues = [planner.next_due(config, state, plan.habit_id, now) for plan in config.habits]
    assert wakeup == min((d for d in dues if d is not None), key=_utc, default=None)


@QUICK
@given(configs(st.just(ALWAYS)), clocks(), st.lists(actions, max_size=6), st.integers(1, 24 * 60))
def test_backward_jump_keeps_every_remaining_wait(
    config: PlanConfig, clock: FakeClock, steps: list[Action], back_minutes: int
) -> None:
    """With round-the-clock hours, setting the clock back changes no remaining wait at all."""
    state = run(config, clock, steps)
    wake(config, state, clock)
    before = clock.now()
    waits = [_wait(config, state, plan.habit_id, before) for plan in config.habits]
    clock.jump(timedelta(minutes=-back_minutes))
    warp = planner.observe_clock(config, state, clock.now(), clock.monotonic())
    assert warp == planner.TimeWarp("backward", timedelta(minutes=back_minutes), ())
    assert [_wait(config, state, plan.habit_id, clock.now()) for plan in config.habits] == waits


@QUICK
@given(configs(st.just(ALWAYS)), clocks(), st.lists(actions, max_size=6), st.integers(1, 24 * 60))
def test_forward_jump_restarts_exactly_the_habits_whose_interval_it_exceeded(
    config: PlanConfig, clock: FakeClock, steps: list[Action], away_minutes: int
) -> None:
    """A suspend longer than an interval is a break (timer restarts, no backlog); a shorter one
    leaves the habit due at most once, right now."""
    state = run(config, clock, steps)
    wake(config, state, clock)
    clock.jump(timedelta(minutes=away_minutes))
    now = clock.now()
    warp = planner.observe_clock(config, state, now, clock.monotonic())
    assert warp is not None
    assert warp.kind == "forward"
    assert warp.size == timedelta(minutes=away_minutes)
    expected = tuple(
        p.habit_id for p in config.habits if p.enabled and p.interval_minutes < away_minutes
    )
    assert warp.restarted == expected
    for habit_id in expected:
        assert state.habit(habit_id).snoozed_until is None
        if not planner.is_paused(state, now):
            assert _wait(config, state, habit_id, now) == timedelta(
                minutes=config.plan(habit_id).interval_minutes
            )
    assert set(fire_due(config, state, now)).isdisjoint(expected)


def _wait(
    config: PlanConfig, state: RuntimeState, habit_id: str, now: datetime
) -> timedelta | None:
    due = planner.next_due(config, state, habit_id, now)
    return None if due is None else _utc(due) - _utc(now)
