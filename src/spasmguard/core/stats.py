"""What the history window shows: each habit's days over the last 7, 30 or 90, and water.

Everything comes from a handful of index-backed queries on :class:`History` (one grouped query
for every habit's per-day counts, one for water per day, two per habit for its streaks), so the
cost depends on the range shown, not on how many years of history the file holds. Days are
local calendar days as the user lived them (see ``core.history``).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from spasmguard.core.habits import HABIT_IDS
from spasmguard.core.history import RESPONSE_KINDS, History, adherence_ratio

RANGE_DAYS = (7, 30, 90)


@dataclass(frozen=True)
class HabitStats:
    """One habit over the range: per-day counts and how well it was kept."""

    habit_id: str
    # One mapping per day of HistoryStats.days: every kind of RESPONSE_KINDS -> count.
    counts: tuple[Mapping[str, int], ...]
    adherence: float | None  # done / (done + skipped + missed) over the range; None: no outcome
    current_streak: int
    best_streak: int

    def total(self, kind: str) -> int:
        """The count of ``kind`` over the whole range."""
        return sum(day[kind] for day in self.counts)


@dataclass(frozen=True)
class HistoryStats:
    """Everything the history window shows for one range."""

    days: tuple[date, ...]  # oldest first; the last one is today
    habits: Mapping[str, HabitStats]  # in HABIT_IDS order
    water_ml: tuple[int, ...]  # millilitres per day of ``days``
    water_goal_ml: int

    @property
    def water_goal_days(self) -> int:
        """On how many days of the range the water goal was reached."""
        return sum(1 for ml in self.water_ml if ml >= self.water_goal_ml)


def collect(history: History, days: int, now: datetime, water_goal_ml: int) -> HistoryStats:
    """The statistics of the ``days`` local days that end with now's day.

    ``days`` is any positive number (the window offers RANGE_DAYS); ``now`` must be aware.
    """
    if days < 1:
        raise ValueError(f"days must be at least 1, got {days}")
    today = now.date()
    span = tuple(today - timedelta(days=back) for back in range(days - 1, -1, -1))
    counts = history.daily_counts(span[0], today)
    water = history.daily_water(span[0], today)
    habits = {
        habit_id: _habit_stats(history, habit_id, span, counts, now) for habit_id in HABIT_IDS
    }
    return HistoryStats(span, habits, tuple(water.get(day, 0) for day in span), water_goal_ml)


def _habit_stats(
    history: History,
    habit_id: str,
    span: tuple[date, ...],
    counts: Mapping[tuple[date, str], Mapping[str, int]],
    now: datetime,
) -> HabitStats:
    per_day = tuple(
        {kind: counts.get((day, habit_id), {}).get(kind, 0) for kind in RESPONSE_KINDS}
        for day in span
    )
    totals = {kind: sum(day[kind] for day in per_day) for kind in RESPONSE_KINDS}
    return HabitStats(
        habit_id,
        per_day,
        adherence_ratio(totals),
        history.current_streak(habit_id, now),
        history.best_streak(habit_id),
    )
