"""History: the sqlite3 event log, its statistics and the runtime state stored beside it."""

from __future__ import annotations

import json
import os
import random
import signal
import sqlite3
import stat
import subprocess
import sys
import time
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from spasmguard.core.history import (
    EVENT_KINDS,
    IN_MEMORY,
    SCHEMA_VERSION,
    Event,
    History,
    HistoryError,
    WaterProgress,
)
from spasmguard.core.state import HabitState, RuntimeState

BERLIN = ZoneInfo("Europe/Berlin")
NEW_YORK = ZoneInfo("America/New_York")
HABITS = ("posture", "hydration", "stretch", "stress")


def berlin(day: date, hour: int = 12, minute: int = 0, second: int = 0) -> datetime:
    return datetime(day.year, day.month, day.day, hour, minute, second, tzinfo=BERLIN)


def raw(path: Path) -> sqlite3.Connection:
    """A plain sqlite3 connection, to look at the file the way another program would."""
    return sqlite3.connect(path, isolation_level=None)


def event_count(path: Path) -> int:
    conn = raw(path)
    try:
        return int(conn.execute("SELECT count(*) FROM events").fetchone()[0])
    finally:
        conn.close()


# --- the file --------------------------------------------------------------------------------


def test_new_file_is_wal_private_and_versioned(db_path: Path) -> None:
    old_umask = os.umask(0o022)
    try:
        with History(db_path) as history:
            history.record("posture", "done", berlin(date(2026, 5, 4)))
            for suffix in ("", "-wal", "-shm"):
                mode = stat.S_IMODE(os.stat(f"{db_path}{suffix}").st_mode)
                assert mode == 0o600, suffix
            conn = raw(db_path)
            assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
            assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
            conn.close()
    finally:
        os.umask(old_umask)


def test_reopening_makes_a_lax_file_private_again(db_path: Path) -> None:
    History(db_path).close()
    db_path.chmod(0o644)
    History(db_path).close()
    assert stat.S_IMODE(db_path.stat().st_mode) == 0o600


def test_reopen_keeps_events_and_does_not_migrate_twice(db_path: Path) -> None:
    with History(db_path) as history:
        history.record("stretch", "done", berlin(date(2026, 5, 4)))
    for _ in range(2):
        with History(db_path) as history:
            assert history.today_counts(berlin(date(2026, 5, 4)))["stretch"]["done"] == 1
    conn = raw(db_path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    tables = conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall()
    assert sorted(name for (name,) in tables) == ["events", "posture_checks", "runtime_state"]
    conn.close()


def test_a_file_that_is_not_a_database_is_refused_and_left_alone(db_path: Path) -> None:
    db_path.parent.mkdir(parents=True)
    content = b"my shopping list\n" * 300
    db_path.write_bytes(content)
    with pytest.raises(HistoryError, match="not a spasmguard history database"):
        History(db_path)
    assert db_path.read_bytes() == content
    assert not Path(f"{db_path}-wal").exists()


def test_a_foreign_sqlite_database_is_refused_and_left_alone(db_path: Path) -> None:
    db_path.parent.mkdir(parents=True)
    conn = raw(db_path)
    conn.execute("CREATE TABLE notes (text TEXT)")
    conn.execute("INSERT INTO notes VALUES ('keep me')")
    conn.close()
    before = db_path.read_bytes()
    with pytest.raises(HistoryError, match="not a spasmguard history database"):
        History(db_path)
    assert db_path.read_bytes() == before


def test_an_in_memory_history_works_and_leaves_no_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    day = date(2026, 5, 4)
    with History(IN_MEMORY) as history:
        history.record("posture", "done", berlin(day), state=RuntimeState(paused_indefinitely=True))
        assert history.today_counts(berlin(day))["posture"]["done"] == 1
        assert history.load_state().paused_indefinitely
    assert list(tmp_path.iterdir()) == []


def test_a_newer_schema_is_read_but_never_written_or_downgraded(db_path: Path) -> None:
    day = date(2026, 5, 4)
    with History(db_path) as history:
        history.record("posture", "done", berlin(day))
    conn = raw(db_path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()

    with History(db_path) as history:
        assert history.read_only
        assert history.today_counts(berlin(day))["posture"]["done"] == 1
        with pytest.raises(HistoryError, match="newer spasmguard"):
            history.record("posture", "done", berlin(day))
        with pytest.raises(HistoryError, match="newer spasmguard"):
            history.add_water(200, berlin(day))
        with pytest.raises(HistoryError, match="newer spasmguard"):
            history.save_state(RuntimeState(paused_indefinitely=True))

    assert event_count(db_path) == 1
    conn = raw(db_path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION + 1
    conn.close()


def test_two_connections_share_the_file(db_path: Path) -> None:
    """The app and the CLI may have the file open at the same time."""
    day = date(2026, 5, 4)
    with History(db_path) as app, History(db_path) as cli:
        app.record("posture", "done", berlin(day, 9))
        cli.record("posture", "done", berlin(day, 10))
        app.add_water(300, berlin(day, 11))
        assert cli.today_counts(berlin(day))["posture"]["done"] == 2
        assert cli.water_today(berlin(day)) == 300


# --- validation ------------------------------------------------------------------------------


def test_bad_arguments_are_rejected_and_nothing_is_written(history: History, db_path: Path) -> None:
    moment = berlin(date(2026, 5, 4))
    with pytest.raises(ValueError, match="aware"):
        history.record("posture", "done", datetime(2026, 5, 4, 12))
    with pytest.raises(ValueError, match="unknown habit"):
        history.record("lifting", "done", moment)
    with pytest.raises(ValueError, match="unknown event kind"):
        history.record("posture", "finished", moment)
    with pytest.raises(ValueError, match="add_water"):
        history.record("hydration", "water", moment)
    for ml in (0, -5, 5001):
        with pytest.raises(ValueError, match=r"1\.\.5000"):
            history.add_water(ml, moment)
    with pytest.raises(ValueError, match="aware"):
        history.today_counts(datetime(2026, 5, 4, 12))
    with pytest.raises(ValueError, match="at least 1"):
        history.adherence("posture", 0, moment)
    with pytest.raises(ValueError, match="positive"):
        history.water_progress(moment, 0)
    assert event_count(db_path) == 0


def test_water_limits_are_inclusive(history: History) -> None:
    moment = berlin(date(2026, 5, 4))
    history.add_water(1, moment)
    history.add_water(5000, moment)
    assert history.water_today(moment) == 5001


# --- per-day counts, midnight and daylight saving ---------------------------------------------


def test_today_counts_has_every_habit_and_kind_with_zeros(history: History) -> None:
    counts = history.today_counts(berlin(date(2026, 5, 4)))
    assert set(counts) == set(HABITS)
    for per_kind in counts.values():
        assert per_kind == dict.fromkeys(EVENT_KINDS, 0)


def test_today_counts_splits_at_local_midnight(history: History) -> None:
    day = date(2026, 5, 4)
    history.record("posture", "fired", berlin(day, 0, 0, 0))
    history.record("posture", "done", berlin(day, 23, 59, 59))
    history.record("posture", "done", berlin(day + timedelta(days=1), 0, 0, 1))
    history.record("stress", "skipped", berlin(day - timedelta(days=1), 23, 59, 59))
    history.add_water(250, berlin(day, 8))
    history.add_water(250, berlin(day, 9))

    counts = history.today_counts(berlin(day, 12))
    assert counts["posture"] == {**dict.fromkeys(EVENT_KINDS, 0), "fired": 1, "done": 1}
    assert counts["hydration"]["water"] == 2
    assert counts["stress"]["skipped"] == 0
    assert history.today_counts(berlin(day + timedelta(days=1)))["posture"]["done"] == 1


def test_spring_forward_day_keeps_its_early_and_late_events(history: History) -> None:
    """2026-03-29 in Berlin has 23 hours; 00:30 there is still the 28th in UTC."""
    dst_day = date(2026, 3, 29)
    history.record("stretch", "done", berlin(dst_day, 0, 30))  # +01:00
    history.record("stretch", "done", berlin(dst_day, 3, 30))  # +02:00, just after the gap
    history.record("stretch", "done", berlin(dst_day, 23, 30))  # +02:00
    history.record("stretch", "done", berlin(dst_day + timedelta(days=1), 0, 10))

    assert history.today_counts(berlin(dst_day, 12))["stretch"]["done"] == 3
    assert history.today_counts(berlin(dst_day - timedelta(days=1), 23))["stretch"]["done"] == 0
    assert history.today_counts(berlin(dst_day + timedelta(days=1), 1))["stretch"]["done"] == 1


def test_fall_back_day_counts_both_one_thirties(history: History) -> None:
    """2026-10-25 in Berlin has 25 hours: 02:30 happens twice, both belong to that day."""
    first = datetime(2026, 10, 25, 2, 30, tzinfo=BERLIN)
    second = datetime(2026, 10, 25, 2, 30, fold=1, tzinfo=BERLIN)
    history.record("posture", "done", first)
    history.record("posture", "done", second)
    history.record("posture", "done", datetime(2026, 10, 25, 23, 45, tzinfo=BERLIN))
    assert history.today_counts(berlin(date(2026, 10, 25)))["posture"]["done"] == 3
    # Compared as (instant, offset): Python never calls a time in the fold equal across zones.
    events = history.events_between(first, second + timedelta(1))
    assert [(event.at.timestamp(), event.at.utcoffset()) for event in events] == [
        (first.timestamp(), timedelta(hours=2)),
        (second.timestamp(), timedelta(hours=1)),
        (second.timestamp() + 21 * 3600 + 15 * 60, timedelta(hours=1)),
    ]


def test_the_day_is_the_local_day_where_the_user_was(history: History) -> None:
    """A done at 22:00 in New York is that evening's, though it is already tomorrow in Berlin."""
    evening_in_new_york = datetime(2026, 6, 1, 22, 0, tzinfo=NEW_YORK)
    history.record("posture", "done", evening_in_new_york)
    assert history.today_counts(evening_in_new_york)["posture"]["done"] == 1
    assert history.today_counts(berlin(date(2026, 6, 2), 12))["posture"]["done"] == 0
    [event] = history.events_between(evening_in_new_york, evening_in_new_york + timedelta(1))
    assert event.day == date(2026, 6, 1)


# --- adherence -------------------------------------------------------------------------------


def test_adherence_is_none_without_outcomes(history: History) -> None:
    now = berlin(date(2026, 5, 10))
    assert history.adherence("posture", 7, now) is None
    history.record("posture", "fired", now)
    history.record("posture", "snoozed", now)
    history.record("stretch", "done", now)
    assert history.adherence("posture", 7, now) is None


def test_adherence_counts_outcomes_in_the_window_only(history: History) -> None:
    today = date(2026, 5, 10)
    now = berlin(today, 9)
    history.record("posture", "fired", berlin(today, 8))
    history.record("posture", "done", berlin(today, 8, 5))
    history.record("posture", "done", berlin(today, 23, 59))  # later today still counts
    history.record("posture", "snoozed", berlin(today - timedelta(days=1)))
    history.record("posture", "skipped", berlin(today - timedelta(days=1)))
    history.record("posture", "done", berlin(today - timedelta(days=6), 0, 0, 1))  # first day
    history.record("posture", "missed", berlin(today - timedelta(days=7), 23, 59))  # outside
    history.record("stress", "missed", berlin(today))  # another habit

    assert history.adherence("posture", 7, now) == pytest.approx(3 / 4)
    assert history.adherence("posture", 8, now) == pytest.approx(3 / 5)
    assert history.adherence("posture", 1, now) == pytest.approx(1.0)
    assert history.adherence("stress", 7, now) == pytest.approx(0.0)


# --- streaks ---------------------------------------------------------------------------------


def mark_done(history: History, days: list[date], hour: int = 10) -> None:
    for day in days:
        history.record("stretch", "done", berlin(day, hour))


def test_current_streak_ends_today_and_stops_at_a_gap(history: History) -> None:
    today = date(2026, 5, 10)
    ago = [today - timedelta(days=n) for n in range(8)]
    mark_done(history, [ago[0], ago[1], ago[2], ago[4], ago[5], ago[6]])
    mark_done(history, [ago[0], ago[1]], hour=20)  # two dones on a day count once
    history.record("posture", "done", berlin(ago[3]))  # another habit fills no gap
    history.record("stretch", "skipped", berlin(ago[3]))  # neither does a skip
    assert history.current_streak("stretch", berlin(today, 7)) == 3


def test_current_streak_survives_until_today_is_over(history: History) -> None:
    today = date(2026, 5, 10)
    mark_done(history, [today - timedelta(days=n) for n in (1, 2)])
    assert history.current_streak("stretch", berlin(today, 7)) == 2
    assert history.current_streak("stretch", berlin(today + timedelta(days=1), 0, 1)) == 0
    assert history.current_streak("posture", berlin(today, 7)) == 0


def test_current_streak_ignores_days_after_now(history: History) -> None:
    """After the clock was set back, logged 'future' days must not start or break a streak."""
    today = date(2026, 5, 10)
    mark_done(history, [today - timedelta(days=1), today, today + timedelta(days=2)])
    assert history.current_streak("stretch", berlin(today, 7)) == 2


def test_streaks_run_through_the_daylight_saving_switch(history: History) -> None:
    mark_done(history, [date(2026, 3, 28), date(2026, 3, 29), date(2026, 3, 30)], hour=0)
    assert history.current_streak("stretch", berlin(date(2026, 3, 30), 23, 59)) == 3
    assert history.best_streak("stretch") == 3


def test_best_streak_is_the_longest_run(history: History) -> None:
    assert history.best_streak("stretch") == 0
    start = date(2026, 1, 30)
    runs = [(0, 2), (4, 4), (10, 1)]  # (offset of first day, length): 2, then 4 across March 1st
    mark_done(
        history,
        [start + timedelta(days=first + n) for first, length in runs for n in range(length)],
    )
    history.record("stretch", "skipped", berlin(start + timedelta(days=2)))
    assert history.best_streak("stretch") == 4
    assert history.best_streak("posture") == 0


# --- water -----------------------------------------------------------------------------------


def test_water_today_sums_todays_local_drinks(history: History) -> None:
    today = date(2026, 5, 10)
    history.add_water(250, berlin(today, 0, 0, 0))
    history.add_water(330, berlin(today, 23, 59, 59))
    history.add_water(1000, berlin(today - timedelta(days=1), 23, 59, 59))
    history.add_water(500, berlin(today + timedelta(days=1), 0, 0, 0))
    assert history.water_today(berlin(today, 12)) == 580
    assert history.water_today(berlin(today - timedelta(days=2))) == 0

    progress = history.water_progress(berlin(today, 12), 2000)
    assert progress == WaterProgress(drunk_ml=580, goal_ml=2000)
    assert progress.fraction == pytest.approx(0.29)
    assert history.water_progress(berlin(today, 12), 400).fraction == 1.0


# --- export ----------------------------------------------------------------------------------


def test_events_between_is_half_open_ordered_and_complete(history: History) -> None:
    day = date(2026, 5, 10)
    start, end = berlin(day, 9), berlin(day, 10)
    history.record("stress", "done", end)  # excluded: end is open
    history.add_water(200, berlin(day, 9, 30))
    history.record("posture", "fired", start, detail="Sit up straight")
    history.record("posture", "done", start - timedelta(microseconds=1))  # before the start

    assert history.events_between(start, end) == [
        Event(start, day, "posture", "fired", "Sit up straight", None),
        Event(berlin(day, 9, 30), day, "hydration", "water", "", 200),
    ]


def test_events_keep_their_exact_time_and_local_offset(history: History) -> None:
    moment = datetime(2026, 3, 29, 1, 59, 59, 999_999, tzinfo=BERLIN)
    history.record("posture", "done", moment)
    [event] = history.events_between(moment, moment + timedelta(microseconds=1))
    assert event.at == moment
    assert event.at.utcoffset() == timedelta(hours=1)


# --- runtime state ---------------------------------------------------------------------------


def sample_state() -> RuntimeState:
    moment = berlin(date(2026, 5, 10), 9)
    return RuntimeState(
        habits={"posture": HabitState(anchor=moment, snoozed_until=moment + timedelta(hours=1))},
        paused_until=moment + timedelta(days=1),
        mono_seen=1234.5,
    )


def test_state_is_empty_until_saved_and_survives_reopening(db_path: Path) -> None:
    with History(db_path) as history:
        assert history.load_state() == RuntimeState()
        history.save_state(sample_state())
    with History(db_path) as history:
        assert history.load_state() == sample_state()


@pytest.mark.parametrize("stored", ["{not json", "[1, 2]", "null"])
def test_an_unreadable_state_loads_as_empty(db_path: Path, stored: str) -> None:
    with History(db_path) as history:
        history.save_state(sample_state())
    conn = raw(db_path)
    conn.execute("UPDATE runtime_state SET value = ?", (stored,))
    conn.close()
    with History(db_path) as history:
        assert history.load_state() == RuntimeState()


def test_event_and_state_are_stored_together(history: History, db_path: Path) -> None:
    history.record("posture", "done", berlin(date(2026, 5, 10)), state=sample_state())
    assert history.load_state() == sample_state()
    drink_state = RuntimeState(paused_indefinitely=True)
    history.add_water(300, berlin(date(2026, 5, 10)), state=drink_state)
    assert history.load_state() == drink_state
    assert event_count(db_path) == 2


def test_event_is_rolled_back_when_its_state_cannot_be_stored(
    history: History, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(self: RuntimeState) -> dict[str, object]:
        raise RuntimeError("boom")

    monkeypatch.setattr(RuntimeState, "to_dict", broken)
    with pytest.raises(RuntimeError, match="boom"):
        history.record("posture", "done", berlin(date(2026, 5, 10)), state=RuntimeState())
    assert event_count(db_path) == 0
    monkeypatch.undo()
    history.record("posture", "done", berlin(date(2026, 5, 10)))  # no transaction left open
    assert event_count(db_path) == 1


# --- crash safety ----------------------------------------------------------------------------

# The writer keeps its running count in RuntimeState.mono_seen (a float field the test may use
# freely), so after a kill the state says how many events must be in the log.
WRITER = """
import json, sys
from datetime import datetime, timedelta, timezone
from pathlib import Path
sys.path[:0] = json.loads(sys.argv[1])
from spasmguard.core.history import History
history = History(Path(sys.argv[2]))
state = history.load_state()
count = int(state.mono_seen or 0)
start = datetime(2026, 5, 10, tzinfo=timezone.utc)
print("ready", flush=True)
while True:
    count += 1
    state.mono_seen = float(count)
    at = start + timedelta(seconds=count)
    if count % 3:
        history.record("posture", "done", at, detail=str(count), state=state)
    else:
        history.add_water(count % 5000 + 1, at, state=state)
"""


def test_kill_9_never_splits_an_event_from_its_state(db_path: Path) -> None:
    rng = random.Random(20260510)  # noqa: S311 (test timing, not secrets)
    History(db_path).close()
    for _ in range(20):
        writer = subprocess.Popen(
            [sys.executable, "-c", WRITER, json.dumps(sys.path), str(db_path)],
            stdout=subprocess.PIPE,
        )
        assert writer.stdout is not None
        assert writer.stdout.readline() == b"ready\n"
        time.sleep(rng.uniform(0.0, 0.04))
        writer.send_signal(signal.SIGKILL)
        writer.wait()
        writer.stdout.close()

        conn = raw(db_path)
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        times = [at for (at,) in conn.execute("SELECT at_utc FROM events ORDER BY id")]
        conn.close()
        with History(db_path) as history:
            recorded = int(history.load_state().mono_seen or 0)
        assert len(times) == recorded
        assert len(set(times)) == len(times)
    assert recorded > 20  # the writers really wrote


# --- scale -----------------------------------------------------------------------------------


def test_statistic_queries_search_an_index_instead_of_scanning(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A full scan is fast on a small log and slow on a big one, so check the query plans."""
    statements: list[str] = []
    real_connect = sqlite3.connect

    def tracing_connect(*args: Any, **kwargs: Any) -> sqlite3.Connection:
        conn: sqlite3.Connection = real_connect(*args, **kwargs)
        conn.set_trace_callback(statements.append)  # receives the SQL with values filled in
        return conn

    monkeypatch.setattr(sqlite3, "connect", tracing_connect)
    now = berlin(date(2026, 5, 10))
    with History(db_path) as history:
        statements.clear()
        history.today_counts(now)
        history.adherence("posture", 30, now)
        history.current_streak("stretch", now)
        history.best_streak("stretch")
        history.water_progress(now, 2000)
        history.events_between(now - timedelta(days=1), now)
        history.daily_counts(now.date() - timedelta(days=89), now.date())
        history.daily_water(now.date() - timedelta(days=89), now.date())
    monkeypatch.undo()

    queries = [sql for sql in statements if sql.startswith("SELECT") and "FROM events" in sql]
    assert len(queries) == 8
    conn = raw(db_path)
    for sql in queries:
        plan = [row[3] for row in conn.execute(f"EXPLAIN QUERY PLAN {sql}")]
        assert plan, sql
        assert all(step.startswith("SEARCH events USING") for step in plan), (sql, plan)
    conn.close()
