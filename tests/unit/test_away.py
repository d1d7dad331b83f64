"""How a break the app noticed is told to the user: the duration text and the per-habit notes."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from datetime import time as clock_time

import pytest

from spasmguard.core.away import AwayNotes, format_duration
from spasmguard.core.planner import HabitPlan, PlanConfig, TimeWarp, WorkingHours

ALWAYS = WorkingHours(clock_time(0), clock_time(0), frozenset(range(7)))
CONFIG = PlanConfig(
    (HabitPlan("posture", True, 30, ALWAYS), HabitPlan("stress", True, 90, ALWAYS)), ALWAYS
)
RETURN = datetime(2026, 11, 25, 14, 10, tzinfo=UTC)
AWAY = timedelta(hours=2, minutes=10)


@pytest.mark.parametrize(
    ("size", "text"),
    [
        (timedelta(hours=2, minutes=10), "2 h 10 min"),
        (timedelta(hours=2, minutes=9, seconds=31), "2 h 10 min"),
        (timedelta(hours=3), "3 h"),
        (timedelta(minutes=59, seconds=29), "59 min"),
        (timedelta(minutes=59, seconds=31), "1 h"),
        (timedelta(seconds=61), "1 min"),
        (timedelta(seconds=10), "1 min"),
        (timedelta(0), "0 min"),
        (timedelta(hours=23, minutes=59), "23 h 59 min"),
        (timedelta(days=1, hours=3, minutes=20), "1 d 3 h"),
        (timedelta(days=2), "2 d"),
    ],
)
def test_format_duration_reads_as_a_person_says_it(size: timedelta, text: str) -> None:
    assert format_duration(size) == text


def test_format_duration_rejects_negative_lengths() -> None:
    with pytest.raises(ValueError, match="negative"):
        format_duration(timedelta(minutes=-5))


def test_a_forward_warp_notes_only_the_habits_it_restarted_and_only_once() -> None:
    notes = AwayNotes()
    notes.record(TimeWarp("forward", AWAY, ("posture",)), CONFIG, RETURN)
    reminder = RETURN + timedelta(minutes=30)
    assert notes.take("stress", reminder) is None
    assert notes.take("posture", reminder) == AWAY
    assert notes.take("posture", reminder) is None


def test_a_backward_warp_greets_nobody() -> None:
    notes = AwayNotes()
    notes.record(TimeWarp("backward", AWAY, ("posture",)), CONFIG, RETURN)
    assert notes.take("posture", RETURN + timedelta(minutes=30)) is None


def test_a_note_lasts_two_intervals_of_its_habit_then_is_stale() -> None:
    notes = AwayNotes()
    warp = TimeWarp("forward", AWAY, ("posture", "stress"))
    notes.record(warp, CONFIG, RETURN)
    assert notes.take("posture", RETURN + timedelta(minutes=60)) == AWAY
    assert notes.take("stress", RETURN + timedelta(minutes=180, seconds=1)) is None
    notes.record(warp, CONFIG, RETURN)
    assert notes.take("posture", RETURN + timedelta(minutes=60, seconds=1)) is None


def test_a_newer_break_replaces_the_older_note() -> None:
    notes = AwayNotes()
    notes.record(TimeWarp("forward", AWAY, ("posture",)), CONFIG, RETURN)
    later = RETURN + timedelta(minutes=10)
    notes.record(TimeWarp("forward", timedelta(minutes=45), ("posture",)), CONFIG, later)
    assert notes.take("posture", later + timedelta(minutes=30)) == timedelta(minutes=45)
