"""History statistics per local day, the export formats, read-only opening and deleting."""

from __future__ import annotations

import csv
import io
import json
from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from spasmguard.core.export import COLUMNS, events_to_csv, events_to_json, export_events
from spasmguard.core.history import Event, History, HistoryError
from spasmguard.core.state import RuntimeState
from spasmguard.core.stats import collect

BERLIN = ZoneInfo("Europe/Berlin")
TODAY = date(2026, 5, 10)
NOW = datetime(2026, 5, 10, 15, 0, tzinfo=BERLIN)
ZERO = {"done": 0, "snoozed": 0, "skipped": 0, "missed": 0}


def at(day: date, hour: int = 12, minute: int = 0, *, fold: int = 0) -> datetime:
    return datetime(day.year, day.month, day.day, hour, minute, fold=fold, tzinfo=BERLIN)


def ago(days: int) -> date:
    return TODAY - timedelta(days=days)


# --- per-day counts --------------------------------------------------------------------------


def test_a_range_has_at_least_one_day(history: History) -> None:
    with pytest.raises(ValueError, match="at least 1"):
        collect(history, 0, NOW, 2000)


def test_counts_per_habit_per_local_day_with_zero_days_in_the_gaps(history: History) -> None:
    history.record("posture", "fired", at(ago(0), 9))  # not an answer: not counted
    history.record("posture", "done", at(ago(0), 9, 1))
    history.record("posture", "done", at(ago(0), 23, 59))
    history.record("posture", "snoozed", at(ago(0), 10))
    history.record("posture", "skipped", at(ago(2), 0, 0))
    history.record("posture", "missed", at(ago(6), 8))  # first day of a 7-day range
    history.record("posture", "done", at(ago(7), 8))  # the day before it: outside
    history.record("posture", "done", at(TODAY + timedelta(days=1), 8))  # after today
    history.record("stretch", "missed", at(ago(2)))
    history.add_water(250, at(ago(0)))

    stats = collect(history, 7, NOW, 2000)
    assert stats.days == tuple(ago(n) for n in range(6, -1, -1))
    posture = stats.habits["posture"].counts
    assert posture[6] == {**ZERO, "done": 2, "snoozed": 1}
    assert posture[4] == {**ZERO, "skipped": 1}
    assert posture[0] == {**ZERO, "missed": 1}
    assert [posture[i] for i in (1, 2, 3, 5)] == [ZERO] * 4
    assert stats.habits["stretch"].counts[4] == {**ZERO, "missed": 1}
    assert all(day == ZERO for day in stats.habits["stress"].counts)
    assert list(stats.habits) == ["posture", "hydration", "stretch", "stress"]
    assert stats.habits["posture"].total("done") == 2


def test_a_range_across_the_spring_switch_has_each_day_once(history: History) -> None:
    """2026-03-29 has 23 hours in Berlin; 00:30 that day is still the 28th in UTC."""
    dst_day = date(2026, 3, 29)
    history.record("stress", "done", at(dst_day, 0, 30))
    history.record("stress", "done", at(dst_day, 23, 30))
    history.record("stress", "skipped", at(dst_day - timedelta(days=1), 23, 30))
    history.add_water(300, at(dst_day, 0, 10))
    history.add_water(200, at(dst_day, 23, 50))
    now = at(dst_day + timedelta(days=3), 10)

    stats = collect(history, 7, now, 400)
    assert len(set(stats.days)) == 7
    assert stats.days[-1] - stats.days[0] == timedelta(days=6)
    index = stats.days.index(dst_day)
    assert stats.habits["stress"].counts[index] == {**ZERO, "done": 2}
    assert stats.habits["stress"].counts[index - 1] == {**ZERO, "skipped": 1}
    assert stats.water_ml[index] == 500
    assert stats.water_goal_days == 1


def test_both_hours_of_the_autumn_switch_count_for_that_day(history: History) -> None:
    day = date(2026, 10, 25)
    history.record("posture", "done", at(day, 2, 30))
    history.record("posture", "missed", at(day, 2, 30, fold=1))
    stats = collect(history, 1, at(day, 20), 2000)
    assert stats.habits["posture"].counts == ({**ZERO, "done": 1, "missed": 1},)


# --- adherence, streaks, water ---------------------------------------------------------------


def test_adherence_is_over_the_range_and_ignores_snoozes(history: History) -> None:
    for kind in ("done", "done", "done", "skipped", "snoozed", "snoozed"):
        history.record("stretch", kind, at(ago(1)))
    history.record("stretch", "missed", at(ago(20)))
    history.record("stress", "snoozed", at(ago(1)))

    week, month = collect(history, 7, NOW, 2000), collect(history, 30, NOW, 2000)
    assert week.habits["stretch"].adherence == pytest.approx(3 / 4)
    assert month.habits["stretch"].adherence == pytest.approx(3 / 5)
    assert month.habits["stretch"].adherence == history.adherence("stretch", 30, NOW)
    assert week.habits["stress"].adherence is None  # nothing was settled
    assert week.habits["posture"].adherence is None


def test_streaks_come_with_each_habit_whatever_the_range(history: History) -> None:
    for days_ago in (0, 1, 2, 4, 5, 6, 7, 8, 40, 41):
        history.record("posture", "done", at(ago(days_ago)))
    for days in (7, 90):
        posture = collect(history, days, NOW, 2000).habits["posture"]
        assert (posture.current_streak, posture.best_streak) == (3, 5)
    assert collect(history, 7, NOW, 2000).habits["stress"].best_streak == 0


def test_water_per_day_against_the_goal(history: History) -> None:
    history.add_water(1500, at(ago(0), 8))
    history.add_water(600, at(ago(0), 20))
    history.add_water(2000, at(ago(3)))
    history.add_water(1999, at(ago(5)))
    history.add_water(5000, at(ago(9)))  # outside the week
    stats = collect(history, 7, NOW, 2000)
    assert stats.water_ml == (0, 1999, 0, 2000, 0, 0, 2100)
    assert stats.water_goal_ml == 2000
    assert stats.water_goal_days == 2


# --- export ----------------------------------------------------------------------------------


def sample_events(history: History) -> list[Event]:
    history.record("posture", "fired", at(ago(1), 9), detail='Sit "tall", relax\nshoulders — ok')
    history.record("posture", "snoozed", datetime(2026, 5, 9, 9, 5, 30, 123456, tzinfo=BERLIN))
    history.add_water(330, at(ago(0), 10))
    history.record("stress", "done", at(date(2026, 1, 5), 8))  # winter time, +01:00
    return history.all_events()


def test_csv_parses_back_to_the_same_events(history: History) -> None:
    events = sample_events(history)
    rows = list(csv.DictReader(io.StringIO(events_to_csv(events), newline="")))
    assert list(rows[0]) == list(COLUMNS)
    assert len(rows) == len(events) == 4
    for row, event in zip(rows, events, strict=True):
        time = datetime.fromisoformat(row["time"])
        assert (time, time.utcoffset()) == (event.at, event.at.utcoffset())
        assert (row["habit"], row["kind"], row["detail"]) == (event.habit, event.kind, event.detail)
        assert row["amount_ml"] == ("" if event.amount_ml is None else str(event.amount_ml))
    assert rows[0]["time"] == "2026-01-05T08:00:00+01:00"
    assert rows[2]["time"] == "2026-05-09T09:05:30.123456+02:00"


def test_json_parses_back_to_the_same_events(history: History) -> None:
    events = sample_events(history)
    document = json.loads(events_to_json(events))
    assert (document["format"], document["version"]) == ("spasmguard-history", 1)
    parsed = [
        Event(
            datetime.fromisoformat(item["time"]),
            datetime.fromisoformat(item["time"]).date(),
            item["habit"],
            item["kind"],
            item["detail"],
            item["amount_ml"],
        )
        for item in document["events"]
    ]
    assert parsed == events
    assert [item["amount_ml"] for item in document["events"]] == [None, None, None, 330]


def test_export_picks_the_format_by_name(history: History) -> None:
    events = sample_events(history)
    assert export_events(events, "csv") == events_to_csv(events)
    assert export_events(events, "json") == events_to_json(events)
    assert events_to_csv([]).strip() == ",".join(COLUMNS)
    assert json.loads(events_to_json([]))["events"] == []
    with pytest.raises(ValueError, match="unknown export format"):
        export_events(events, "xml")


# --- reading only, deleting ------------------------------------------------------------------


def test_read_only_reads_everything_and_changes_nothing(db_path: Path) -> None:
    with History(db_path) as history:
        events = sample_events(history)
    before = db_path.read_bytes()
    with History(db_path, read_only=True) as reader:
        assert reader.read_only
        assert reader.all_events() == events
        with pytest.raises(HistoryError, match="read-only: it was opened for reading only"):
            reader.record("posture", "done", NOW)
    assert db_path.read_bytes() == before


def test_read_only_refuses_a_missing_or_foreign_file(tmp_path: Path) -> None:
    with pytest.raises(HistoryError, match="could not open"):
        History(tmp_path / "missing.sqlite3", read_only=True)
    assert not (tmp_path / "missing.sqlite3").exists()
    foreign = tmp_path / "notes.txt"
    foreign.write_text("not a database at all, just some words " * 100)
    with pytest.raises(HistoryError, match="not a spasmguard history"):
        History(foreign, read_only=True)
    empty = tmp_path / "empty.sqlite3"
    empty.touch()
    with pytest.raises(HistoryError, match="not a complete spasmguard history"):
        History(empty, read_only=True)


def test_delete_events_empties_the_log_and_keeps_the_state(db_path: Path) -> None:
    state = RuntimeState(paused_indefinitely=True)
    with History(db_path) as history:
        sample_events(history)
        history.record_posture_check({"feet_flat": False}, at(ago(0)), state=state)
    assert b"relax" in db_path.read_bytes()  # closing moved everything into the main file
    with History(db_path) as history:
        assert history.delete_events() == 5
        assert history.all_events() == []
        assert history.posture_misses(30, NOW) == []
        assert history.load_state() == state
        week = collect(history, 7, NOW, 2000)
        assert all(day == ZERO for habit in week.habits.values() for day in habit.counts)
        assert week.water_ml == (0,) * 7
        history.record("posture", "done", NOW)  # still writable afterwards
    with History(db_path) as reopened:
        assert len(reopened.all_events()) == 1
    assert b"relax" not in db_path.read_bytes()  # the deleted text is gone from the file
