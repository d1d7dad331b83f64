"""The one scheduling policy: when is each habit next due.

Pure functions over (PlanConfig, RuntimeState, now). No I/O, no Qt, no APScheduler: the engine
asks ``next_due`` and arms one timer; everything about time lives and is tested here.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from typing import Literal

from spasmguard.core.state import HabitState, RuntimeState


@dataclass(frozen=True)
class WorkingHours:
    """When reminders may come: a daily window on some weekdays.

    days: weekday numbers, 0 = Monday ... 6 = Sunday.
    start == end means the whole day; end < start means the window runs past midnight
    (it belongs to the day it starts on).
    """

    start: time
    end: time
    days: frozenset[int]


@dataclass(frozen=True)
class HabitPlan:
    """One habit's effective configuration (the habit's own values or the global defaults)."""

    habit_id: str
    enabled: bool
    interval_minutes: int
    hours: WorkingHours


@dataclass(frozen=True)
class PlanConfig:
    """Everything the planner needs from the settings."""

    habits: tuple[HabitPlan, ...]
    default_hours: WorkingHours

    def plan(self, habit_id: str) -> HabitPlan:
        """The plan of one habit; KeyError if unknown."""
        for habit in self.habits:
            if habit.habit_id == habit_id:
                return habit
        raise KeyError(habit_id)


# --- Policy -------------------------------------------------------------------------------------
#
# Every computation converts to UTC first: an aware datetime plus a timedelta in a ZoneInfo zone
# is wall-clock arithmetic (wrong across a DST switch), and two datetimes sharing a tzinfo compare
# by wall time, ignoring fold. Results go back to the zone of ``now`` only at the very end.

_NOISE = timedelta(seconds=60)
_SEARCH_DAYS = 15


@dataclass(frozen=True)
class TimeWarp:
    """A wall-clock jump the monotonic clock did not see (suspend, hibernate, clock change).

    size is always positive; restarted names the habits whose timer a forward jump restarted
    because the jump was longer than their interval (the user had a break anyway).
    """

    kind: Literal["forward", "backward"]
    size: timedelta
    restarted: tuple[str, ...] = ()


def start(config: PlanConfig, state: RuntimeState, now: datetime, mono: float) -> None:
    """Begin a session: every habit is first due one interval from now, never immediately.

    Persisted anchors are deliberately overwritten (a reminder the moment the app starts is
    noise); future snoozes and the pause are the user's explicit wishes and are kept.
    """
    _settle_pause(state, now)
    for plan in config.habits:
        habit = state.habit(plan.habit_id)
        habit.anchor = now
        if habit.snoozed_until is not None and _utc(habit.snoozed_until) <= _utc(now):
            habit.snoozed_until = None
    state.wall_seen, state.mono_seen = now, mono


def next_due(
    config: PlanConfig, state: RuntimeState, habit_id: str, now: datetime
) -> datetime | None:
    """When the habit is next due, never before ``now``; None if it never is (within ~15 days).

    Read-only: a habit missing from ``state`` counts as if its timer started now.
    """
    plan = config.plan(habit_id)
    if not plan.enabled or state.paused_indefinitely:
        return None
    zone = _zone(now)
    now_utc = _utc(now)
    habit = state.habits.get(habit_id, HabitState())
    anchor = now_utc if habit.anchor is None else _utc(habit.anchor)
    snoozed = None if habit.snoozed_until is None else _utc(habit.snoozed_until)
    if state.paused_until is not None:
        # The pause restarts every timer when it ends; snoozes ending inside it are moot.
        pause_end = _utc(state.paused_until)
        anchor = max(anchor, pause_end)
        if snoozed is not None and snoozed < pause_end:
            snoozed = None
    due = _first_due(plan, anchor, snoozed, now_utc, zone)
    return None if due is None else due.astimezone(zone)


def due_habits(config: PlanConfig, state: RuntimeState, now: datetime) -> list[str]:
    """The habits due right now, in configuration order (each at most once)."""
    return [
        plan.habit_id
        for plan in config.habits
        if (due := next_due(config, state, plan.habit_id, now)) is not None
        and _utc(due) <= _utc(now)
    ]


def next_wakeup(config: PlanConfig, state: RuntimeState, now: datetime) -> datetime | None:
    """The earliest next_due over all habits: the one moment the engine's timer must fire."""
    dues = [next_due(config, state, plan.habit_id, now) for plan in config.habits]
    return min((due for due in dues if due is not None), key=_utc, default=None)


def mark_fired(state: RuntimeState, habit_id: str, now: datetime) -> None:
    """A reminder was shown: an ignored one comes back one interval later, never in a loop."""
    _restart(state.habit(habit_id), now).last_fired = now


def mark_due(state: RuntimeState, habit_id: str, now: datetime) -> None:
    """The habit fell due: its timer restarts from now, so it is due again one interval later
    (whether its reminder is shown now, held, or never answered), never in a loop."""
    _restart(state.habit(habit_id), now)


def mark_done(state: RuntimeState, habit_id: str, now: datetime) -> None:
    """The user did the habit: its timer restarts from now."""
    _restart(state.habit(habit_id), now).last_done = now


def mark_skipped(state: RuntimeState, habit_id: str, now: datetime) -> None:
    """The user skipped this reminder: its timer restarts from now."""
    _restart(state.habit(habit_id), now)


def natural_break(state: RuntimeState, habit_ids: Iterable[str], now: datetime) -> None:
    """The user was away from the keyboard long enough: these timers restart from their return.

    A snooze is dropped too: it asked for a reminder later, and the break came instead.
    """
    for habit_id in habit_ids:
        _restart(state.habit(habit_id), now)


def snooze(state: RuntimeState, habit_id: str, until: datetime) -> None:
    """Make the habit due at ``until`` (moved to the next working window if outside hours)."""
    state.habit(habit_id).snoozed_until = until


def next_day_start(now: datetime) -> datetime:
    """The start (midnight, or the first moment after a DST gap) of the local day after now."""
    zone = _zone(now)
    return _wall_to_utc(now.date() + timedelta(days=1), time(0, 0), zone).astimezone(zone)


def hold_for_today(state: RuntimeState, habit_id: str, now: datetime, hold: bool) -> None:
    """Keep the habit quiet until the next local day while ``hold`` (its daily goal is met).

    The hold is a snooze to the next day's start, so everything that knows snoozes (the engine,
    status, a restart, clock jumps) keeps it without knowing why, and it ends by itself when the
    day does: reminders resume the next day, one interval after the working hours start.
    With ``hold`` false, only a snooze ending exactly then (a hold) is dropped, never one the
    user chose, so switching the option off or raising the goal brings reminders back at once.
    """
    tomorrow = next_day_start(now)
    habit = state.habit(habit_id)
    if hold:
        habit.snoozed_until = tomorrow
    elif habit.snoozed_until is not None and _utc(habit.snoozed_until) == _utc(tomorrow):
        habit.snoozed_until = None


def pause(state: RuntimeState, until: datetime | None) -> None:
    """Pause every reminder until ``until``, or until resumed when it is None."""
    state.paused_until = until
    state.paused_indefinitely = until is None


def resume(state: RuntimeState, now: datetime) -> None:
    """End a pause: every timer restarts from now. A no-op (bar tidying) when not paused."""
    if is_paused(state, now):
        _end_pause(state, now)
    else:
        _settle_pause(state, now)


def is_paused(state: RuntimeState, now: datetime) -> bool:
    """Whether a pause is in force at ``now`` (an expired ``paused_until`` is not a pause)."""
    if state.paused_indefinitely:
        return True
    return state.paused_until is not None and _utc(now) < _utc(state.paused_until)


def next_working_start(hours: WorkingHours, now: datetime) -> datetime:
    """The start of the first working window on a day after today (for "pause until tomorrow").

    Days are local calendar days in the zone of ``now``; with no working days at all, one day
    (24 elapsed hours) from now.
    """
    zone = _zone(now)
    today = now.date()
    for offset in range(1, 8):
        day = today + timedelta(days=offset)
        if day.weekday() in hours.days:
            return _wall_to_utc(day, hours.start, zone).astimezone(zone)
    return (_utc(now) + timedelta(days=1)).astimezone(zone)


def observe_clock(
    config: PlanConfig, state: RuntimeState, now: datetime, mono: float
) -> TimeWarp | None:
    """Notice wall-clock jumps by comparing wall and monotonic time since the last call.

    Forward jumps longer than a habit's interval count as a break for it (restart, no backlog);
    shorter ones leave it due at most once. Backward jumps move the timers back by the jump, so
    that no habit waits longer because of it. Always records the reading, and tidies an expired
    pause away.
    """
    skew = _skew(state, now, mono)
    state.wall_seen, state.mono_seen = now, mono
    warp = None
    if skew is not None and abs(skew) >= _NOISE:
        if skew > timedelta(0):
            warp = TimeWarp("forward", skew, _restart_breaks(config, state, now, skew))
        else:
            _shift_back(state, now, -skew)
            warp = TimeWarp("backward", -skew)
    _settle_pause(state, now)
    _keep_anchors_past(state, now)
    return warp


# --- Helpers ------------------------------------------------------------------------------------


def _utc(moment: datetime) -> datetime:
    return moment.astimezone(UTC)


def _zone(now: datetime) -> tzinfo:
    if now.tzinfo is None:
        raise ValueError("the planner needs an aware datetime")
    return now.tzinfo


def _restart(habit: HabitState, now: datetime) -> HabitState:
    habit.anchor = now
    habit.snoozed_until = None
    return habit


def _first_due(
    plan: HabitPlan, anchor: datetime, snoozed: datetime | None, now: datetime, zone: tzinfo
) -> datetime | None:
    """The due moment (UTC) from an effective anchor and snooze, fitted into working windows.

    A snooze inside a window (that has not yet ended) is due as is; otherwise it acts as an
    anchor. In each window the timer starts no earlier than the window itself, so the first
    reminder of a working day comes one interval after it starts, and a window too short for
    the interval gets none. Overdue moments inside a running window are clamped to now.
    """
    if snoozed is not None:
        window = next(_windows(plan.hours, max(snoozed, now), zone), None)
        if window is not None and window[0] <= snoozed:
            return max(snoozed, now)
        anchor = snoozed
    interval = timedelta(minutes=plan.interval_minutes)
    for window_start, window_end in _windows(plan.hours, max(anchor, now), zone):
        due = max(anchor, window_start) + interval
        if due <= window_end:
            return max(due, now)
    return None


def _windows(
    hours: WorkingHours, after: datetime, zone: tzinfo
) -> Iterator[tuple[datetime, datetime]]:
    """Working windows (UTC start, end) that end at or after ``after``, in order.

    Covers the days from the day before ``after`` (whose window may run past midnight) to
    about two weeks later. Windows that touch are merged, so "whole day, every day" is one
    uninterrupted stretch instead of restarting every timer at midnight.
    """
    first_day = after.astimezone(zone).date() - timedelta(days=1)
    current: tuple[datetime, datetime] | None = None
    for offset in range(_SEARCH_DAYS + 2):
        day = first_day + timedelta(days=offset)
        if day.weekday() not in hours.days:
            continue
        window = _day_window(hours, day, zone)
        if current is not None and window[0] <= current[1]:
            current = (current[0], max(current[1], window[1]))
            continue
        if current is not None and current[1] >= after:
            yield current
        current = window
    if current is not None and current[1] >= after:
        yield current


def _day_window(hours: WorkingHours, day: date, zone: tzinfo) -> tuple[datetime, datetime]:
    """The window starting on ``day``; it ends the next day when end <= start (24 h if equal)."""
    end_day = day if hours.end > hours.start else day + timedelta(days=1)
    return _wall_to_utc(day, hours.start, zone), _wall_to_utc(end_day, hours.end, zone)


def _wall_to_utc(day: date, clock: time, zone: tzinfo) -> datetime:
    """A local wall time as a UTC moment.

    Ambiguous (fall back): the first occurrence. Nonexistent (spring gap): the moment the gap
    ends, e.g. 02:30 on a Berlin spring-forward day is 03:00 CEST.
    """
    naive = datetime.combine(day, clock.replace(tzinfo=None, fold=0))
    first = naive.replace(tzinfo=zone).astimezone(UTC)
    if first.astimezone(zone).replace(tzinfo=None) == naive:
        return first
    before_gap = naive.replace(tzinfo=zone, fold=1).astimezone(UTC)
    return _transition(before_gap, first, zone)


def _transition(before: datetime, after: datetime, zone: tzinfo) -> datetime:
    """The first whole second at or after ``before`` that has ``after``'s UTC offset."""
    offset = after.astimezone(zone).utcoffset()
    low, high = int(before.timestamp()), int(after.timestamp())
    while high - low > 1:
        middle = (low + high) // 2
        if datetime.fromtimestamp(middle, UTC).astimezone(zone).utcoffset() == offset:
            high = middle
        else:
            low = middle
    return datetime.fromtimestamp(high, UTC)


def _skew(state: RuntimeState, now: datetime, mono: float) -> timedelta | None:
    """Wall delta minus monotonic delta since the last reading; None without a usable one.

    Monotonic time going backwards means a reboot (or a reading from another boot): no
    comparison is possible then.
    """
    if state.wall_seen is None or state.mono_seen is None or mono < state.mono_seen:
        return None
    return _utc(now) - _utc(state.wall_seen) - timedelta(seconds=mono - state.mono_seen)


def _restart_breaks(
    config: PlanConfig, state: RuntimeState, now: datetime, jump: timedelta
) -> tuple[str, ...]:
    """Restart the enabled habits whose interval the forward jump exceeded; their ids."""
    restarted = tuple(
        plan.habit_id
        for plan in config.habits
        if plan.enabled and jump > timedelta(minutes=plan.interval_minutes)
    )
    for habit_id in restarted:
        _restart(state.habit(habit_id), now)
    return restarted


def _shift_back(state: RuntimeState, now: datetime, size: timedelta) -> None:
    """Undo a backward jump's effect on the timers.

    Timer fields (anchor, snooze, pause end) all move back by the jump, which keeps each
    remaining wait what it was before the jump. The records last_fired / last_done move only
    when the jump left them in the future.
    """
    zone = _zone(now)

    def back(moment: datetime) -> datetime:
        return (_utc(moment) - size).astimezone(zone)

    if state.paused_until is not None:
        state.paused_until = back(state.paused_until)
    for habit in state.habits.values():
        habit.anchor = None if habit.anchor is None else back(habit.anchor)
        habit.snoozed_until = None if habit.snoozed_until is None else back(habit.snoozed_until)
        if habit.last_fired is not None and _utc(habit.last_fired) > _utc(now):
            habit.last_fired = back(habit.last_fired)
        if habit.last_done is not None and _utc(habit.last_done) > _utc(now):
            habit.last_done = back(habit.last_done)


def _keep_anchors_past(state: RuntimeState, now: datetime) -> None:
    """Clamp anchors and records to now: they describe the past, never the future.

    This also absorbs backward steps below the noise tolerance, which would otherwise add up.
    """
    for habit in state.habits.values():
        habit.anchor = _not_after(habit.anchor, now)
        habit.last_fired = _not_after(habit.last_fired, now)
        habit.last_done = _not_after(habit.last_done, now)


def _not_after(moment: datetime | None, now: datetime) -> datetime | None:
    if moment is None or _utc(moment) <= _utc(now):
        return moment
    return now


def _settle_pause(state: RuntimeState, now: datetime) -> None:
    """Turn an expired timed pause into what it meant: timers restarted at its end."""
    if state.paused_until is not None and not is_paused(state, now):
        _end_pause(state, state.paused_until)


def _end_pause(state: RuntimeState, at: datetime) -> None:
    """Restart every timer at ``at`` (anchors never move back), drop snoozes before it."""
    for habit in state.habits.values():
        if habit.anchor is None or _utc(habit.anchor) < _utc(at):
            habit.anchor = at
        if habit.snoozed_until is not None and _utc(habit.snoozed_until) < _utc(at):
            habit.snoozed_until = None
    state.paused_until = None
    state.paused_indefinitely = False
