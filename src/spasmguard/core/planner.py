"""The one scheduling policy: when is each habit next due.

Pure functions over (PlanConfig, RuntimeState, now). No I/O, no Qt, no APScheduler: the engine
asks ``next_due`` and arms one timer; everything about time lives and is tested here.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import time


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
