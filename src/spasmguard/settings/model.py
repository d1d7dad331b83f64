"""The in-memory settings: an immutable, typed value built from the schema.

The dataclass fields give the rest of the app typed access (``settings.general.snooze_minutes``),
but they carry no defaults: every default and every check comes from ``schema.OPTIONS``, and a
test keeps the field names and the schema's option names identical.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import time
from typing import Any

from spasmguard.core.planner import HabitPlan, PlanConfig, WorkingHours
from spasmguard.core.tracker import Preferences
from spasmguard.settings.schema import (
    OPTIONS,
    SECTIONS,
    WEEKDAYS,
    Value,
    option,
    options_in,
)


@dataclass(frozen=True)
class GeneralSettings:
    """The ``[general]`` table; see schema.GENERAL_OPTIONS for meaning and limits."""

    work_start: time
    work_end: time
    work_days: tuple[str, ...]
    snooze_minutes: int
    notification_style: str
    reminder_window_seconds: int
    idle_threshold_minutes: int
    detect_fullscreen: bool
    start_at_login: bool
    water_goal_ml: int
    glass_ml: int
    stop_hydration_at_goal: bool
    language: str
    stretch_chime: bool
    breathe_in_seconds: int
    breathe_out_seconds: int
    breathing_minutes: int


@dataclass(frozen=True)
class HabitSettings:
    """One ``[habits.<id>]`` table. ``None`` in an override means "use the general value"."""

    habit_id: str
    enabled: bool
    interval_minutes: int
    custom_prompt: str
    work_start: time | None
    work_end: time | None
    work_days: tuple[str, ...] | None


@dataclass(frozen=True)
class Settings:
    """All settings; compare with ``==``, change with ``with_value`` (it returns a copy)."""

    general: GeneralSettings
    habits: tuple[HabitSettings, ...]

    @classmethod
    def defaults(cls) -> Settings:
        """Every option at its schema default."""
        return cls.from_values({})

    @classmethod
    def from_values(cls, values: Mapping[str, Value]) -> Settings:
        """Settings from already validated values by dotted key; missing keys take the default."""
        resolved = {item.key: values.get(item.key, item.default) for item in OPTIONS}
        general = GeneralSettings(**_fields(resolved, "general"))
        habits = tuple(
            HabitSettings(habit_id=section.partition(".")[2], **_fields(resolved, section))
            for section in SECTIONS
            if section != "general"
        )
        return cls(general, habits)

    def habit(self, habit_id: str) -> HabitSettings:
        """The settings of one habit; KeyError if the id is unknown."""
        for habit in self.habits:
            if habit.habit_id == habit_id:
                return habit
        raise KeyError(habit_id)

    def value(self, key: str) -> Value:
        """The value of a dotted key such as ``habits.posture.interval_minutes``."""
        item = option(key)
        table = self.general if item.habit_id is None else self.habit(item.habit_id)
        result: Value = getattr(table, item.name)
        return result

    def values(self) -> dict[str, Value]:
        """Every value by dotted key, in schema order."""
        return {item.key: self.value(item.key) for item in OPTIONS}

    def with_value(self, key: str, value: object) -> Settings:
        """A copy with one option changed.

        The value is checked and normalised by the schema (e.g. "9:00" becomes time(9, 0), day
        names are sorted); KeyError for an unknown key, schema.InvalidValue for a bad value.
        """
        values = self.values()
        values[key] = option(key).coerce(value)
        return Settings.from_values(values)


def _fields(values: Mapping[str, Value], section: str) -> dict[str, Any]:
    """The values of one table keyed by field name (for the dataclass constructor)."""
    return {item.name: values[item.key] for item in options_in(section)}


def to_plan_config(settings: Settings) -> PlanConfig:
    """What the planner needs: each habit's overrides resolved against the general hours."""
    general = settings.general
    default_hours = _hours(general.work_start, general.work_end, general.work_days)
    plans = tuple(
        HabitPlan(
            habit_id=habit.habit_id,
            enabled=habit.enabled,
            interval_minutes=habit.interval_minutes,
            hours=_hours(
                general.work_start if habit.work_start is None else habit.work_start,
                general.work_end if habit.work_end is None else habit.work_end,
                general.work_days if habit.work_days is None else habit.work_days,
            ),
        )
        for habit in settings.habits
    )
    return PlanConfig(habits=plans, default_hours=default_hours)


def preferences(settings: Settings) -> Preferences:
    """The tracker's share of the settings besides the plan (:func:`to_plan_config`)."""
    general = settings.general
    return Preferences(
        general.snooze_minutes,
        general.glass_ml,
        general.water_goal_ml,
        general.stop_hydration_at_goal,
    )


def _hours(start: time, end: time, days: tuple[str, ...]) -> WorkingHours:
    return WorkingHours(start, end, frozenset(WEEKDAYS.index(day) for day in days))
