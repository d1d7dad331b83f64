"""The one declaration of every option in ``settings.toml``.

Everything that needs to know about an option (the settings window, validation on load,
``spasmguard config check``, the fresh file's comments and docs/settings.md) reads it from the
``OPTIONS`` table below, so an option is added or changed in exactly one place. Options are data,
not code: ``Option.coerce`` is the only validation and it is driven by the option's ``kind``.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import time
from enum import StrEnum
from types import MappingProxyType
from typing import Final

from spasmguard.core.habits import HABIT_IDS

CURRENT_SCHEMA_VERSION: Final = 1
SCHEMA_VERSION_KEY: Final = "schema_version"

WEEKDAYS: Final = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
"""Day names as written in the file; the index is the weekday number (mon = 0)."""

Value = bool | int | str | time | tuple[str, ...] | None
"""A validated option value in memory (``None`` only for "use the general value")."""

_CLOCK_TEXT = re.compile(r"(\d{1,2}):(\d{2})")


class Kind(StrEnum):
    """The kinds of value an option can hold; each has one parser in ``Option.coerce``."""

    BOOL = "bool"
    INT = "int"
    TEXT = "text"
    CHOICE = "choice"
    TIME = "time"
    DAYS = "days"


class InvalidValue(ValueError):
    """A value an option cannot take; ``str()`` is the message shown next to the key."""


@dataclass(frozen=True)
class Option:
    """One option of the settings file.

    key: the dotted path in the file, e.g. ``habits.posture.interval_minutes``.
    default: the value used when the key is absent (``None`` = inherit ``inherits``).
    inherits: for per-habit overrides, the dotted key of the general option used instead.
    """

    key: str
    kind: Kind
    default: Value
    title: str
    help: str
    minimum: int | None = None
    maximum: int | None = None
    choices: tuple[str, ...] = ()
    max_length: int | None = None
    inherits: str | None = None

    @property
    def section(self) -> str:
        """The dotted table the option lives in, e.g. ``general`` or ``habits.posture``."""
        return self.key.rpartition(".")[0]

    @property
    def name(self) -> str:
        """The key inside its table, e.g. ``interval_minutes``."""
        return self.key.rpartition(".")[2]

    @property
    def habit_id(self) -> str | None:
        """The habit a ``habits.<id>.*`` option belongs to, else None."""
        parts = self.key.split(".")
        return parts[1] if parts[0] == "habits" else None

    def coerce(self, raw: object) -> Value:
        """The in-memory value for ``raw`` (as read from TOML or given by the settings window).

        Raises InvalidValue with a message that names what is allowed and what was given.
        """
        if raw is None and self.inherits is not None:
            return None
        return _PARSERS[self.kind](self, raw)


def show(raw: object) -> str:
    """A short TOML-like rendering of a user's value for messages (strings quoted, bools lower)."""
    if isinstance(raw, bool):
        text = "true" if raw else "false"
    elif isinstance(raw, str):
        text = json.dumps(raw, ensure_ascii=False)
    elif isinstance(raw, dict):
        text = "a table"
    elif isinstance(raw, list | tuple):
        text = "[" + ", ".join(show(item) for item in raw) + "]"
    else:
        text = str(raw)
    return text if len(text) <= 60 else text[:57] + "..."


def allowed(item: Option) -> str:
    """What an option accepts beyond its kind, as a short suffix: " (1 to 120)", " (one of ...)"."""
    if item.minimum is not None and item.maximum is not None:
        return f" ({item.minimum} to {item.maximum})"
    if item.choices:
        return " (one of " + ", ".join(show(choice) for choice in item.choices) + ")"
    if item.max_length is not None:
        return f" (at most {item.max_length} characters)"
    return ""


def format_time(moment: time) -> str:
    """The file's spelling of a time of day: ``HH:MM``."""
    return f"{moment.hour:02d}:{moment.minute:02d}"


def toml_value(value: Value) -> bool | int | str | list[str] | None:
    """A value as the file spells it: times as "HH:MM" text, days as a list."""
    if isinstance(value, time):
        return format_time(value)
    if isinstance(value, tuple):
        return list(value)
    return value


def _parse_bool(_option: Option, raw: object) -> Value:
    if isinstance(raw, bool):
        return raw
    raise InvalidValue(f"must be true or false, got {show(raw)}")


def _parse_int(option: Option, raw: object) -> Value:
    # bool is an int subclass in Python, but `true` is never a number of minutes.
    if isinstance(raw, int) and not isinstance(raw, bool) and _in_range(option, raw):
        return raw
    raise InvalidValue(
        f"must be a whole number from {option.minimum} to {option.maximum}, got {show(raw)}"
    )


def _in_range(option: Option, number: int) -> bool:
    low_ok = option.minimum is None or number >= option.minimum
    return low_ok and (option.maximum is None or number <= option.maximum)


def _parse_text(option: Option, raw: object) -> Value:
    if not isinstance(raw, str):
        raise InvalidValue(f"must be text, got {show(raw)}")
    if option.max_length is not None and len(raw) > option.max_length:
        raise InvalidValue(
            f"must be at most {option.max_length} characters long, got {len(raw)} characters"
        )
    return raw


def _parse_choice(option: Option, raw: object) -> Value:
    if isinstance(raw, str) and raw in option.choices:
        return raw
    allowed = ", ".join(show(choice) for choice in option.choices)
    raise InvalidValue(f"must be one of {allowed}, got {show(raw)}")


def _parse_time(_option: Option, raw: object) -> Value:
    """Accept "HH:MM" text and TOML local times with whole minutes (written back as "HH:MM")."""
    if isinstance(raw, time) and raw.tzinfo is None and raw.second == raw.microsecond == 0:
        return time(raw.hour, raw.minute)
    match = _CLOCK_TEXT.fullmatch(raw) if isinstance(raw, str) else None
    if match and int(match[1]) < 24 and int(match[2]) < 60:
        return time(int(match[1]), int(match[2]))
    raise InvalidValue(f'must be a time of day like "09:00" (00:00 to 23:59), got {show(raw)}')


def _parse_days(_option: Option, raw: object) -> Value:
    """Day names in any case and order, duplicates allowed; stored unique and in week order."""
    if not isinstance(raw, list | tuple) or not all(
        isinstance(item, str) and item.lower() in WEEKDAYS for item in raw
    ):
        allowed = ", ".join(WEEKDAYS)
        raise InvalidValue(f"must be a list of day names ({allowed}), got {show(raw)}")
    if not raw:
        raise InvalidValue("must name at least one day (to stop reminders, set enabled = false)")
    names = {item.lower() for item in raw}
    return tuple(day for day in WEEKDAYS if day in names)


_PARSERS = MappingProxyType(
    {
        Kind.BOOL: _parse_bool,
        Kind.INT: _parse_int,
        Kind.TEXT: _parse_text,
        Kind.CHOICE: _parse_choice,
        Kind.TIME: _parse_time,
        Kind.DAYS: _parse_days,
    }
)

GENERAL_OPTIONS: Final = (
    Option(
        "general.work_start", Kind.TIME, time(9, 0), "Working hours start",
        "Reminders come only between the start and end of your working hours.",
    ),
    Option(
        "general.work_end", Kind.TIME, time(17, 30), "Working hours end",
        "End of your working hours; an end before the start means the hours run past midnight.",
    ),
    Option(
        "general.work_days", Kind.DAYS, WEEKDAYS[:5], "Working days",
        "The days of the week on which reminders come.",
    ),
    Option(
        "general.snooze_minutes", Kind.INT, 10, "Snooze (minutes)",
        "How long the Snooze button postpones a reminder.", minimum=1, maximum=120,
    ),
    Option(
        "general.notification_style", Kind.CHOICE, "desktop", "Reminder style",
        'How reminders appear: "desktop" notifications, or spasmguard\'s own "window".',
        choices=("desktop", "window"),
    ),
    Option(
        "general.reminder_window_seconds", Kind.INT, 60, "Reminder window time (seconds)",
        "How long spasmguard's own reminder window stays before the reminder counts as missed.",
        minimum=10, maximum=600,
    ),
    Option(
        "general.idle_threshold_minutes", Kind.INT, 5, "Away counts as a break after (minutes)",
        "After this long without keyboard or mouse input you count as away: posture and stretch "
        "timers restart when you are back, and reminders due meanwhile wait for your return.",
        minimum=1, maximum=60,
    ),
    Option(
        "general.detect_fullscreen", Kind.BOOL, True, "Hold reminders during fullscreen",
        "While the active window is fullscreen (a video, a presentation, a game), reminders "
        "wait and then come once, together.",
    ),
    Option(
        "general.start_at_login", Kind.BOOL, False, "Start at login",
        "Start spasmguard automatically when you log in to your desktop.",
    ),
    Option(
        "general.water_goal_ml", Kind.INT, 2000, "Daily water goal (ml)",
        "How much water you aim to drink each day, unless a doctor has told you to limit fluids.",
        minimum=250, maximum=4000,
    ),
    Option(
        "general.glass_ml", Kind.INT, 250, "Glass size (ml)",
        "How much one logged drink counts for.", minimum=50, maximum=1000,
    ),
    Option(
        "general.stop_hydration_at_goal", Kind.BOOL, False, "Stop water reminders at the goal",
        "When today's water reaches the daily goal, hydration reminders stop until the next day.",
    ),
    Option(
        "general.language", Kind.CHOICE, "en", "Language",
        "The language of reminder texts and guides.", choices=("en",),
    ),
    Option(
        "general.stretch_chime", Kind.BOOL, True, "Chime between stretches",
        "Sound the system's alert sound when a guided stretch moves on to its next step.",
    ),
    Option(
        "general.breathe_in_seconds", Kind.INT, 4, "Breathe in (seconds)",
        "How long each breath in lasts in a guided breathing break.", minimum=2, maximum=10,
    ),
    Option(
        "general.breathe_out_seconds", Kind.INT, 6, "Breathe out (seconds)",
        "How long each breath out lasts in a guided breathing break.", minimum=2, maximum=12,
    ),
    Option(
        "general.breathing_minutes", Kind.INT, 2, "Breathing break (minutes)",
        "How long a guided breathing break lasts; it ends after a full breath out.",
        minimum=1, maximum=5,
    ),
)  # fmt: skip

INTERVAL_DEFAULTS: Final = MappingProxyType(
    {"posture": 30, "hydration": 60, "stretch": 45, "stress": 90}
)


def _habit_options(habit_id: str) -> tuple[Option, ...]:
    """The options of one ``[habits.<id>]`` table; only the interval default differs by habit."""
    key = f"habits.{habit_id}."
    return (
        Option(
            key + "enabled", Kind.BOOL, True, "Enabled",
            "Whether this reminder comes at all.",
        ),
        Option(
            key + "interval_minutes", Kind.INT, INTERVAL_DEFAULTS[habit_id], "Every (minutes)",
            "Minutes between two reminders of this habit.", minimum=5, maximum=480,
        ),
        Option(
            key + "custom_prompt", Kind.TEXT, "", "Your own reminder text",
            "When not blank, this text is shown instead of the rotating reminder texts.",
            max_length=300,
        ),
        Option(
            key + "work_start", Kind.TIME, None, "Own working hours start",
            "Start of this habit's own hours; leave it out to use the general working hours.",
            inherits="general.work_start",
        ),
        Option(
            key + "work_end", Kind.TIME, None, "Own working hours end",
            "End of this habit's own hours; leave it out to use the general working hours.",
            inherits="general.work_end",
        ),
        Option(
            key + "work_days", Kind.DAYS, None, "Own working days",
            "The days this habit reminds you on; leave it out to use the general working days.",
            inherits="general.work_days",
        ),
    )  # fmt: skip


OPTIONS: Final = GENERAL_OPTIONS + tuple(
    option for habit_id in HABIT_IDS for option in _habit_options(habit_id)
)
"""Every option, in the order of the settings file (general first, then habits)."""

SECTIONS: Final = tuple(dict.fromkeys(option.section for option in OPTIONS))
"""The option tables in file order: ``general``, ``habits.posture``, ..."""

_BY_KEY: Final = MappingProxyType({option.key: option for option in OPTIONS})


def option(key: str) -> Option:
    """The option with this dotted key; KeyError if there is none."""
    return _BY_KEY[key]


def options_in(section: str) -> tuple[Option, ...]:
    """The options of one table (``general`` or ``habits.<id>``), in file order."""
    return tuple(item for item in OPTIONS if item.section == section)
