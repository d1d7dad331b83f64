"""The posture check: checklist content, recording a check, and which items are most missed.

Real History (sqlite in tmp_path) and a fake clock in Berlin. Expected miss counts are worked
out by hand from the answers each test records.
"""

from __future__ import annotations

import sqlite3
from contextlib import closing
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from spasmguard.core.clock import FakeClock
from spasmguard.core.habits import ContentError, load_posture, parse_posture
from spasmguard.core.history import SCHEMA_VERSION, History, HistoryError
from spasmguard.core.tracker import Preferences, Tracker
from tests.unit.test_tracker import CONFIG

BERLIN = ZoneInfo("Europe/Berlin")
MONDAY_10 = datetime(2026, 11, 23, 10, 0, tzinfo=BERLIN)
ALL_RIGHT = {"feet": True, "back": True, "screen": True}


# --- content ----------------------------------------------------------------------------------


def test_the_packaged_checklist_asks_the_five_things_of_the_issue() -> None:
    checklist = load_posture()
    titles = " / ".join(item.title for item in checklist.items).lower()
    for words in ("feet flat", "lower back", "eye level", "shoulders relaxed", "wrists straight"):
        assert words in titles
    assert len({item.id for item in checklist.items}) == len(checklist.items) == 5
    assert all(item.hint for item in checklist.items)


def test_parse_posture_keeps_file_order_and_strips_text() -> None:
    text = """
intro = " Check yourself. "
[[items]]
id = "b_item"
title = " Second "
hint = "Fix b."
[[items]]
id = "a_item"
title = "First"
hint = "Fix a."
"""
    checklist = parse_posture(text, "content/xx/posture.toml")
    assert checklist.intro == "Check yourself."
    assert [(i.id, i.title) for i in checklist.items] == [("b_item", "Second"), ("a_item", "First")]


ITEM = '[[items]]\nid = "{id}"\ntitle = "T"\nhint = "H"\n'


@pytest.mark.parametrize(
    ("text", "pattern"),
    [
        ('intro = "x"\n', r"'items' is missing"),
        ("[[items]]\n" + 'id = "a"\ntitle = "T"\nhint = "H"\n', r"'intro' is missing"),
        ('intro = "x"\n' + ITEM.format(id="Feet Flat"), r"'items\[0\]\.id' must be lower-case"),
        ('intro = "x"\n' + ITEM.format(id="../x"), r"'items\[0\]\.id' must be lower-case"),
        (
            'intro = "x"\n' + ITEM.format(id="a") + ITEM.format(id="a"),
            r"'items' repeats the id 'a'",
        ),
        ('intro = "x"\n[[items]]\nid = "a"\ntitle = "T"\n', r"'items\[0\]\.hint' is missing"),
    ],
)
def test_malformed_checklists_name_file_and_key(text: str, pattern: str) -> None:
    with pytest.raises(ContentError, match=r"^content/xx/posture\.toml: " + pattern):
        parse_posture(text, "content/xx/posture.toml")


# --- recording and the misses query ---------------------------------------------------------


def test_a_check_stores_every_answer_and_one_done_with_the_state(
    history: History, db_path: Path
) -> None:
    tracker = Tracker(history, FakeClock(MONDAY_10), CONFIG, Preferences(10, 250, 2000))
    tracker.posture_checked({"feet": True, "back": False, "screen": True})
    with closing(sqlite3.connect(db_path)) as conn:
        rows = conn.execute("SELECT day, item, ok FROM posture_checks ORDER BY item").fetchall()
        events = conn.execute("SELECT habit, kind FROM events").fetchall()
    assert rows == [
        ("2026-11-23", "back", 0),
        ("2026-11-23", "feet", 1),
        ("2026-11-23", "screen", 1),
    ]
    assert events == [("posture", "done")]
    with History(db_path) as reopened:
        assert reopened.load_state().habit("posture").last_done == MONDAY_10


def test_an_empty_check_is_refused_and_nothing_is_stored(history: History) -> None:
    with pytest.raises(ValueError, match="at least one answer"):
        history.record_posture_check({}, MONDAY_10)
    assert history.posture_misses(1, MONDAY_10) == []
    assert history.today_counts(MONDAY_10)["posture"]["done"] == 0


def test_misses_count_per_item_most_missed_first(history: History) -> None:
    history.record_posture_check({"feet": True, "back": False, "screen": False}, MONDAY_10)
    later = MONDAY_10 + timedelta(hours=2)
    history.record_posture_check({"feet": True, "back": False, "screen": True}, later)
    history.record_posture_check({"feet": False, "back": False, "screen": True}, later)
    assert history.posture_misses(7, later) == [("back", 3, 3), ("feet", 1, 3), ("screen", 1, 3)]


def test_misses_look_only_at_the_last_days_asked_for(history: History) -> None:
    history.record_posture_check({"feet": False}, MONDAY_10 - timedelta(days=7))
    history.record_posture_check({"feet": False}, MONDAY_10 - timedelta(days=6))
    history.record_posture_check({"feet": True}, MONDAY_10)
    assert history.posture_misses(7, MONDAY_10) == [("feet", 1, 2)]
    assert history.posture_misses(1, MONDAY_10) == [("feet", 0, 1)]
    assert history.posture_misses(30, MONDAY_10) == [("feet", 2, 3)]
    with pytest.raises(ValueError, match="at least 1"):
        history.posture_misses(0, MONDAY_10)


def test_a_history_from_before_posture_checks_is_migrated_and_keeps_its_events(
    db_path: Path,
) -> None:
    with History(db_path) as old:
        old.record("stretch", "done", MONDAY_10)
    with closing(sqlite3.connect(db_path, isolation_level=None)) as conn:
        conn.execute("DROP TABLE posture_checks")
        conn.execute("PRAGMA user_version = 1")  # as the first release left it
    with History(db_path) as upgraded:
        upgraded.record_posture_check(ALL_RIGHT, MONDAY_10)
        assert upgraded.today_counts(MONDAY_10)["stretch"]["done"] == 1
        assert upgraded.posture_misses(1, MONDAY_10)[0] == ("back", 0, 1)
    with closing(sqlite3.connect(db_path)) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION >= 2


def test_a_failed_check_stores_nothing(history: History, db_path: Path) -> None:
    with closing(sqlite3.connect(db_path, isolation_level=None)) as conn:
        conn.execute(
            "CREATE TRIGGER no_screen BEFORE INSERT ON posture_checks"
            " WHEN NEW.item = 'screen' BEGIN SELECT RAISE(ABORT, 'refused'); END"
        )
    with pytest.raises(HistoryError, match="refused"):
        history.record_posture_check(ALL_RIGHT, MONDAY_10)
    assert history.posture_misses(1, MONDAY_10) == []
    assert history.today_counts(MONDAY_10)["posture"]["done"] == 0


# --- flags kept with the runtime state ----------------------------------------------------------


def test_flags_survive_a_reopen_and_stay_apart_from_the_state(
    history: History, db_path: Path
) -> None:
    assert history.flag("welcome_seen") is None
    history.set_flag("welcome_seen", "2026-11-23T10:00:00+01:00")
    history.set_flag("welcome_seen", "again")
    history.save_state(history.load_state())
    with History(db_path) as reopened:
        assert reopened.flag("welcome_seen") == "again"
        assert reopened.flag("other") is None
