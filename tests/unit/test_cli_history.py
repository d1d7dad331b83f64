"""``spasmguard history export|delete``: run as a subprocess, with no app running.

The commands read the history file directly, so they must work without the app, never create
or change a file they only read, and fail with one line and the documented exit code.
"""

from __future__ import annotations

import csv
import io
import json
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from spasmguard.core.history import History
from spasmguard.core.state import RuntimeState
from tests.unit.test_cli import Env, snapshot

BERLIN = ZoneInfo("Europe/Berlin")
STATE = RuntimeState(paused_indefinitely=True)


@pytest.fixture
def cli(tmp_path: Path) -> Env:
    return Env.under(tmp_path)


def fill(env: Env) -> Path:
    """Three events and a saved state in the env's history file; returns the file."""
    path = env.data / "history.sqlite3"
    with History(path) as history:
        history.record("posture", "done", datetime(2026, 3, 28, 9, 0, tzinfo=BERLIN))
        history.record("stress", "snoozed", datetime(2026, 3, 29, 9, 0, tzinfo=BERLIN), "10 min")
        history.add_water(250, datetime(2026, 3, 29, 9, 30, tzinfo=BERLIN), state=STATE)
    return path


def test_export_csv_without_the_app_writes_every_event(cli: Env, tmp_path: Path) -> None:
    source = fill(cli)
    before = source.read_bytes()
    target = tmp_path / "out" / "history.csv"
    result = cli.run("history", "export", "--format", "csv", str(target))
    assert (result.code, result.stderr) == (0, "")
    assert result.stdout.strip() == f"Events exported to {target}: 3."
    rows = list(csv.DictReader(io.StringIO(target.read_text(), newline="")))
    assert [(r["time"], r["habit"], r["kind"], r["detail"], r["amount_ml"]) for r in rows] == [
        ("2026-03-28T09:00:00+01:00", "posture", "done", "", ""),
        ("2026-03-29T09:00:00+02:00", "stress", "snoozed", "10 min", ""),
        ("2026-03-29T09:30:00+02:00", "hydration", "water", "", "250"),
    ]
    assert source.read_bytes() == before


def test_export_json_to_standard_output(cli: Env) -> None:
    fill(cli)
    result = cli.run("history", "export", "--format", "json", "-")
    assert result.code == 0
    document = json.loads(result.stdout)
    assert [event["kind"] for event in document["events"]] == ["done", "snoozed", "water"]
    assert document["events"][2]["amount_ml"] == 250
    assert not Path("-").exists()  # the subprocess shares our working directory


def test_export_without_any_history_writes_an_empty_export_and_creates_nothing(
    cli: Env, tmp_path: Path
) -> None:
    target = tmp_path / "empty.json"
    result = cli.run("history", "export", "--format", "json", str(target))
    assert result.code == 0
    assert json.loads(target.read_text())["events"] == []
    assert list(cli.data.iterdir()) == []


def test_export_failures_are_one_line_with_exit_code_1(cli: Env, tmp_path: Path) -> None:
    fill(cli)
    folder = tmp_path / "a-folder"
    folder.mkdir()
    result = cli.run("history", "export", "--format", "csv", str(folder))
    assert result.code == 1
    assert len(result.error_lines) == 1
    assert result.error_lines[0].startswith("spasmguard: Could not save a-folder")

    (cli.data / "history.sqlite3").write_bytes(b"this is not a database, just text " * 200)
    result = cli.run("history", "export", "--format", "csv", str(tmp_path / "x.csv"))
    assert result.code == 1
    assert len(result.error_lines) == 1
    assert "is not a spasmguard history database" in result.stderr
    assert not (tmp_path / "x.csv").exists()


@pytest.mark.parametrize(
    "args",
    [
        ("history",),
        ("history", "export", "out.csv"),
        ("history", "export", "--format", "xml", "out.xml"),
        ("history", "export", "--format", "csv"),
    ],
)
def test_usage_errors_exit_2_with_one_line(cli: Env, args: tuple[str, ...]) -> None:
    result = cli.run(*args)
    assert result.code == 2
    assert len(result.error_lines) == 1
    assert result.error_lines[0].startswith("spasmguard history")


def test_delete_needs_yes_then_deletes_events_and_keeps_the_state(cli: Env) -> None:
    source = fill(cli)
    before = snapshot(cli.data)
    refused = cli.run("history", "delete")
    assert refused.code == 2
    assert refused.error_lines == [
        "spasmguard: this deletes every event for good; add --yes to confirm."
    ]
    assert snapshot(cli.data) == before

    result = cli.run("history", "delete", "--yes")
    assert (result.code, result.stdout.strip()) == (0, "Events deleted: 3.")
    with History(source) as history:
        assert history.all_events() == []
        assert history.load_state() == STATE


def test_delete_without_any_history_creates_nothing(cli: Env) -> None:
    result = cli.run("history", "delete", "--yes")
    assert (result.code, result.stdout.strip()) == (0, "Events deleted: 0.")
    assert list(cli.data.iterdir()) == []
