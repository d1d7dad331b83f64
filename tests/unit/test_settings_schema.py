"""The option table, value checking, the Settings value, the planner view and the generated docs."""

from __future__ import annotations

import dataclasses
import importlib.util
from datetime import time
from pathlib import Path
from types import ModuleType

import pytest

from spasmguard.core.planner import WorkingHours
from spasmguard.settings.model import GeneralSettings, HabitSettings, Settings, to_plan_config
from spasmguard.settings.schema import (
    CURRENT_SCHEMA_VERSION,
    GENERAL_OPTIONS,
    OPTIONS,
    InvalidValue,
    Kind,
    option,
    options_in,
)
from spasmguard.settings.store import MIGRATIONS, schema_version_for

ROOT = Path(__file__).resolve().parents[2]
HABITS = ("posture", "hydration", "stretch", "stress")


def test_every_option_is_documented_and_its_default_is_allowed() -> None:
    assert len({item.key for item in OPTIONS}) == len(OPTIONS)
    for item in OPTIONS:
        assert item.title.strip(), item.key
        assert item.help.strip().endswith("."), item.key
        if item.default is None:
            assert item.inherits is not None
            assert option(item.inherits).kind == item.kind
        else:
            assert item.coerce(item.default) == item.default, item.key
        if item.kind is Kind.INT:
            assert item.minimum is not None
            assert item.maximum is not None
            assert item.minimum <= item.default <= item.maximum  # type: ignore[operator]
        if item.kind is Kind.CHOICE:
            assert item.default in item.choices


def test_the_options_the_app_promises_exist_with_their_defaults() -> None:
    general = {item.name: item.default for item in GENERAL_OPTIONS}
    assert general == {
        "work_start": time(9, 0),
        "work_end": time(17, 30),
        "work_days": ("mon", "tue", "wed", "thu", "fri"),
        "snooze_minutes": 10,
        "notification_style": "desktop",
        "reminder_window_seconds": 60,
        "idle_threshold_minutes": 5,
        "detect_fullscreen": True,
        "start_at_login": False,
        "water_goal_ml": 2000,
        "glass_ml": 250,
        "stop_hydration_at_goal": False,
        "language": "system",
        "stretch_chime": True,
        "breathe_in_seconds": 4,
        "breathe_out_seconds": 6,
        "breathing_minutes": 2,
    }
    intervals = {hid: option(f"habits.{hid}.interval_minutes").default for hid in HABITS}
    assert intervals == {"posture": 30, "hydration": 60, "stretch": 45, "stress": 90}
    for hid in HABITS:
        names = [item.name for item in options_in(f"habits.{hid}")]
        assert names == [
            "enabled",
            "interval_minutes",
            "custom_prompt",
            "work_start",
            "work_end",
            "work_days",
        ]
    assert (option("general.snooze_minutes").minimum, option("general.snooze_minutes").maximum) == (
        1,
        120,
    )


def test_typed_fields_match_the_schema_exactly() -> None:
    general_fields = [field.name for field in dataclasses.fields(GeneralSettings)]
    assert general_fields == [item.name for item in GENERAL_OPTIONS]
    habit_fields = [field.name for field in dataclasses.fields(HabitSettings)]
    assert habit_fields == ["habit_id"] + [item.name for item in options_in("habits.posture")]


@pytest.mark.parametrize(
    ("key", "given", "expected"),
    [
        ("general.work_start", "9:05", time(9, 5)),
        ("general.work_start", "00:00", time(0, 0)),
        ("general.work_start", time(23, 59, 0), time(23, 59)),
        ("general.work_days", ["Sun", "FRI", "fri", "mon"], ("mon", "fri", "sun")),
        ("general.work_days", ("wed",), ("wed",)),
        ("habits.stress.work_days", None, None),
        ("habits.stress.custom_prompt", "x" * 300, "x" * 300),
        ("habits.stress.interval_minutes", 5, 5),
        ("habits.stress.interval_minutes", 480, 480),
    ],
)
def test_values_are_normalised(key: str, given: object, expected: object) -> None:
    assert option(key).coerce(given) == expected


@pytest.mark.parametrize(
    ("key", "given"),
    [
        ("general.work_start", "24:00"),
        ("general.work_start", "09:60"),
        ("general.work_start", "0900"),
        ("general.work_start", " 09:00"),
        ("general.work_start", time(9, 0, 1)),
        ("general.work_start", None),
        ("general.work_days", []),
        ("general.work_days", ["monday"]),
        ("general.work_days", [1]),
        ("general.snooze_minutes", 0),
        ("general.snooze_minutes", 121),
        ("general.snooze_minutes", True),
        ("general.snooze_minutes", 10.0),
        ("general.notification_style", "Desktop"),
        ("habits.posture.enabled", 1),
        ("habits.posture.custom_prompt", "x" * 301),
        ("habits.posture.custom_prompt", None),
    ],
)
def test_bad_values_are_refused(key: str, given: object) -> None:
    with pytest.raises(InvalidValue):
        option(key).coerce(given)


def test_with_value_returns_a_checked_copy() -> None:
    original = Settings.defaults()
    changed = original.with_value("habits.posture.interval_minutes", 45)
    assert changed.habit("posture").interval_minutes == 45
    assert changed.value("habits.posture.interval_minutes") == 45
    assert original.habit("posture").interval_minutes == 30
    assert changed != original
    assert changed.with_value("habits.posture.interval_minutes", 30) == original
    assert changed.habit("stretch") == original.habit("stretch")
    assert original.with_value("general.work_end", "18:00").general.work_end == time(18, 0)
    with pytest.raises(InvalidValue, match="5 to 480"):
        original.with_value("habits.posture.interval_minutes", 4)
    with pytest.raises(KeyError):
        original.with_value("habits.posture.colour", "red")
    with pytest.raises(KeyError):
        original.habit("walking")
    with pytest.raises(dataclasses.FrozenInstanceError):
        original.general.snooze_minutes = 5  # type: ignore[misc]


def test_values_lists_every_key_in_schema_order() -> None:
    values = Settings.defaults().values()
    assert list(values) == [item.key for item in OPTIONS]
    assert values["general.glass_ml"] == 250
    assert values["habits.hydration.work_start"] is None


def test_plan_config_resolves_overrides_against_the_general_hours() -> None:
    settings = (
        Settings.defaults()
        .with_value("general.work_days", ["mon", "sun"])
        .with_value("habits.stress.work_start", "00:00")
        .with_value("habits.stress.work_days", ["sat"])
        .with_value("habits.stretch.enabled", False)
        .with_value("habits.posture.interval_minutes", 20)
    )
    plan = to_plan_config(settings)
    general = WorkingHours(time(9, 0), time(17, 30), frozenset({0, 6}))
    assert plan.default_hours == general
    assert [habit.habit_id for habit in plan.habits] == list(HABITS)
    assert plan.plan("posture").hours == general
    assert plan.plan("posture").interval_minutes == 20
    assert plan.plan("stretch").enabled is False
    assert plan.plan("stress").hours == WorkingHours(time(0, 0), time(17, 30), frozenset({5}))


def test_every_weekday_maps_to_its_number() -> None:
    days = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
    for number, day in enumerate(days):
        settings = Settings.defaults().with_value("general.work_days", [day])
        assert to_plan_config(settings).default_hours.days == frozenset({number})


def test_the_migration_registry_matches_the_current_version() -> None:
    assert schema_version_for(MIGRATIONS) == CURRENT_SCHEMA_VERSION
    assert schema_version_for({1: dict, 2: dict}) == 3
    with pytest.raises(ValueError, match="without gaps"):
        schema_version_for({2: dict})


def load_doc_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "gen_settings_doc", ROOT / "scripts" / "gen_settings_doc.py"
    )
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_committed_settings_doc_is_generated_from_the_schema() -> None:
    generated = load_doc_script().render()
    committed = (ROOT / "docs" / "settings.md").read_text(encoding="utf-8")
    assert committed == generated, "docs/settings.md is stale: run scripts/gen_settings_doc.py"
    for item in OPTIONS:
        assert f"`{item.name}`" in generated
        assert item.help in generated
