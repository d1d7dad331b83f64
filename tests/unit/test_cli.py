"""The ``spasmguard`` executable as users and their scripts see it: output, files, exit codes.

Every test runs the installed executable in a subprocess with private config and data dirs, so
the real argument parsing, lazy imports and error handling are exercised, and no running app
of the developer's is ever reached (its socket lives under the data dir).
"""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import time
from contextlib import closing
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

import pytest

import spasmguard
from spasmguard.core.habits import load_habits
from spasmguard.core.history import History
from spasmguard.core.state import RuntimeState
from tests.installed import installed_executable

HABITS = ("posture", "hydration", "stretch", "stress")
NOT_RUNNING_LINE = "spasmguard: spasmguard is not running."
DISPLAY_VARIABLES = ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
LOCALE_VARIABLES = ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")
# Reminders all day, every day: "next due" is then exactly one interval after now.
ALWAYS_ON = """\
[general]
work_start = "00:00"
work_end = "00:00"
work_days = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
"""


SPASMGUARD = installed_executable()


@dataclass(frozen=True)
class Run:
    code: int
    stdout: str
    stderr: str

    @property
    def error_lines(self) -> list[str]:
        return self.stderr.splitlines()

    @property
    def text(self) -> str:
        return self.stdout + self.stderr

    @property
    def help(self) -> str:
        """stdout with argparse's line wrapping undone."""
        return " ".join(self.stdout.split())


@dataclass(frozen=True)
class Env:
    """Private config and data dirs for one test, and a way to run spasmguard with them."""

    config: Path
    data: Path

    @classmethod
    def under(cls, folder: Path) -> Env:
        """Empty config and data dirs in ``folder``."""
        env = cls(folder / "config", folder / "data")
        env.config.mkdir()
        env.data.mkdir()
        return env

    @property
    def settings(self) -> Path:
        return self.config / "settings.toml"

    def run(self, *args: str, timeout: float = 30, **variables: str) -> Run:
        """Run spasmguard; ``variables`` are added to its environment. Given one locale
        variable, it has only those given (the suite's LANGUAGE=en goes)."""
        drop = DISPLAY_VARIABLES
        if set(variables) & set(LOCALE_VARIABLES):
            drop += LOCALE_VARIABLES
        env = {k: v for k, v in os.environ.items() if k not in drop}
        env |= {"SPASMGUARD_CONFIG_DIR": str(self.config), "SPASMGUARD_DATA_DIR": str(self.data)}
        env |= variables
        done = subprocess.run(
            [SPASMGUARD, *args],
            env=env,
            capture_output=True,
            text=True,
            timeout=timeout,
            stdin=subprocess.DEVNULL,
            check=False,
        )
        assert "Traceback" not in done.stderr, done.stderr
        return Run(done.returncode, done.stdout, done.stderr)


@pytest.fixture
def env(tmp_path: Path) -> Env:
    return Env.under(tmp_path)


def snapshot(folder: Path) -> dict[str, bytes | None]:
    """Every entry under ``folder`` with its bytes (None for folders), to detect any change."""
    return {
        str(path.relative_to(folder)): None if path.is_dir() else path.read_bytes()
        for path in sorted(folder.rglob("*"))
    }


# --- version, config path -------------------------------------------------------------------


def test_version_prints_the_package_version(env: Env) -> None:
    result = env.run("--version")
    assert result.code == 0
    assert result.stdout.strip() == f"spasmguard {spasmguard.__version__}"


def test_config_path_is_under_the_config_dir_override(env: Env) -> None:
    result = env.run("config", "path")
    assert result.code == 0
    assert Path(result.stdout.strip()) == env.settings


# --- config check ---------------------------------------------------------------------------


def test_config_check_accepts_a_missing_file_and_creates_nothing(env: Env) -> None:
    result = env.run("config", "check")
    assert result.code == 0
    assert result.stderr == ""
    assert list(env.config.iterdir()) == []


def test_config_check_accepts_a_valid_file(env: Env) -> None:
    env.settings.write_text(
        'schema_version = 1\n[general]\nsnooze_minutes = 15\nwork_start = "08:00"\n'
        "[habits.posture]\ninterval_minutes = 20\nenabled = false\n"
    )
    result = env.run("config", "check")
    assert result.code == 0
    assert result.stderr == ""
    assert result.stdout.strip() == f"{env.settings}: ok"


def test_config_check_names_every_bad_key_with_its_reason(env: Env) -> None:
    env.settings.write_text(
        "[general]\n"
        'snooze_minutes = "ten"\n'  # wrong type
        'notification_style = "popup"\n'  # unknown choice
        "glass_ml = 5\n"  # out of range
        "[habits.posture]\n"
        "interval_minutes = 2\n"  # out of range
        "[habits.yoga]\n"  # unknown habit
        "enabled = true\n"
    )
    result = env.run("config", "check")
    assert result.code == 1
    reasons = {
        "general.snooze_minutes": '"ten"',
        "general.notification_style": '"popup"',
        "general.glass_ml": "50 to 1000",
        "habits.posture.interval_minutes": "5 to 480",
        "habits.yoga": "not a habit",
    }
    for key, reason in reasons.items():
        lines = [line for line in result.error_lines if f"{key}:" in line]
        assert len(lines) == 1, (key, result.stderr)
        assert reason in lines[0]
    assert result.stdout == ""


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"[general\nsnooze_minutes = 5\n", "not valid TOML"),
        (bytes(range(256)) * 4, "not UTF-8"),
        (None, "folder"),
    ],
    ids=["invalid-toml", "binary", "directory"],
)
def test_config_check_reports_an_unreadable_file_in_one_line_and_leaves_it(
    env: Env, content: bytes | None, reason: str
) -> None:
    if content is None:
        env.settings.mkdir()
    else:
        env.settings.write_bytes(content)
    before = snapshot(env.config)
    result = env.run("config", "check")
    assert result.code == 1
    assert len(result.error_lines) == 1, result.stderr
    assert reason in result.stderr
    assert "settings.toml" in result.stderr
    assert snapshot(env.config) == before  # untouched, and no corrupt copy made


# --- status ---------------------------------------------------------------------------------


def _parse_moment(text: str) -> datetime:
    moment = datetime.fromisoformat(text)
    assert moment.utcoffset() is not None, text
    return moment


def test_status_json_offline_reflects_the_settings_file(env: Env) -> None:
    env.settings.write_text(
        ALWAYS_ON + "[habits.posture]\ninterval_minutes = 20\n[habits.stretch]\nenabled = false\n"
    )
    before = datetime.now().astimezone()
    result = env.run("status", "--json")
    after = datetime.now().astimezone()
    assert result.code == 0, result.stderr
    status = json.loads(result.stdout)
    assert status["running"] is False
    assert status["paused_until"] is None
    assert set(status["habits"]) == set(HABITS)
    for info in status["habits"].values():
        assert {"enabled", "interval_minutes", "next_due", "snoozed_until"} <= set(info)
        assert info["snoozed_until"] is None
    intervals = {hid: info["interval_minutes"] for hid, info in status["habits"].items()}
    assert intervals == {"posture": 20, "hydration": 60, "stretch": 45, "stress": 90}
    stretch = status["habits"]["stretch"]
    assert stretch["enabled"] is False
    assert stretch["next_due"] is None
    for habit_id in ("posture", "hydration", "stress"):
        due = _parse_moment(status["habits"][habit_id]["next_due"])
        wait = timedelta(minutes=intervals[habit_id])
        # The JSON has whole seconds, hence the one-second slack below ``before``.
        assert before + wait - timedelta(seconds=1) <= due <= after + wait


def test_status_json_uses_the_local_offset(env: Env, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TZ", "Asia/Kolkata")  # +05:30 all year, no daylight saving
    result = env.run("status", "--json")
    assert result.code == 0, result.stderr
    dues = [info["next_due"] for info in json.loads(result.stdout)["habits"].values()]
    assert dues
    for due in dues:
        assert _parse_moment(due).utcoffset() == timedelta(hours=5, minutes=30)
        assert _parse_moment(due) > datetime.now().astimezone()


@pytest.mark.parametrize(
    ("tz", "zone", "offset"),
    [
        ("Asia/Kolkata", "Asia/Kolkata", timedelta(hours=5, minutes=30)),
        (
            "TST+01:00:04",  # a POSIX rule, not a zone name: west of Greenwich is positive
            "UTC-01:00:04 (a fixed offset: no daylight-saving changes)",
            -timedelta(hours=1, seconds=4),
        ),
    ],
)
def test_status_says_which_zone_its_times_are_in(
    env: Env, monkeypatch: pytest.MonkeyPatch, tz: str, zone: str, offset: timedelta
) -> None:
    monkeypatch.setenv("TZ", tz)
    result = env.run("status")
    assert result.code == 0, result.stderr
    assert result.stdout.splitlines()[-1] == f"Times are in {zone}."
    dues = json.loads(env.run("status", "--json").stdout)["habits"].values()
    assert {_parse_moment(info["next_due"]).utcoffset() for info in dues} == {offset}


def test_status_leaves_a_history_from_an_older_version_as_it_was(env: Env) -> None:
    path = env.data / "history.sqlite3"
    History(path).close()
    with closing(sqlite3.connect(path, isolation_level=None)) as conn:
        conn.execute("DROP TABLE posture_checks")
        conn.execute("PRAGMA user_version = 1")  # as the first release left it
    result = env.run("status")
    assert result.code == 1
    assert result.error_lines == [
        f"spasmguard: {path} was written by an older spasmguard; start the app once to update it"
    ]
    with closing(sqlite3.connect(path)) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == 1
        tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master")}
    assert "posture_checks" not in tables


def test_status_shows_a_pause_saved_by_the_app(env: Env) -> None:
    until = (datetime.now().astimezone() + timedelta(hours=3)).replace(microsecond=0)
    with History(env.data / "history.sqlite3") as history:
        history.save_state(RuntimeState(paused_until=until))
    result = env.run("status", "--json")
    assert result.code == 0, result.stderr
    status = json.loads(result.stdout)
    assert _parse_moment(status["paused_until"]) == until
    for info in status["habits"].values():
        assert info["next_due"] is None or _parse_moment(info["next_due"]) > until


def test_status_text_names_the_habits(env: Env) -> None:
    env.settings.write_text("[habits.stress]\nenabled = false\n")
    result = env.run("status")
    assert result.code == 0, result.stderr
    assert "not running" in result.stdout
    for habit in load_habits().values():
        assert habit.title in result.stdout
    stress_line = next(
        line for line in result.stdout.splitlines() if load_habits()["stress"].title in line
    )
    assert stress_line.split()[-1] == "off"


@pytest.mark.parametrize(
    "content",
    [b"[habits.posture]\ninterval_minutes = 2\n", b"not = [valid\n", b"\xff\xfe binary"],
    ids=["bad-value", "invalid-toml", "binary"],
)
@pytest.mark.parametrize("json_flag", [(), ("--json",)], ids=["text", "json"])
def test_status_never_touches_the_config_dir(
    env: Env, content: bytes, json_flag: tuple[str, ...]
) -> None:
    env.settings.write_bytes(content)
    before = snapshot(env.config)
    result = env.run("status", *json_flag)
    assert result.code == 0, result.stderr
    assert snapshot(env.config) == before


def test_status_creates_nothing_when_nothing_exists(env: Env) -> None:
    assert env.run("status").code == 0
    assert snapshot(env.config) == {}
    assert snapshot(env.data) == {}


# --- commands that need the app ---------------------------------------------------------------

APP_COMMANDS = [
    ("trigger", "posture"),
    ("snooze", "posture", "10"),
    ("pause", "30"),
    ("pause", "tomorrow"),
    ("pause", "off"),
    ("resume",),
    ("done", "stretch"),
    ("drink",),
    ("drink", "300"),
    ("open", "settings"),
    ("open", "lifting"),
    ("quit",),
]


@pytest.mark.parametrize("args", APP_COMMANDS, ids=" ".join)
def test_app_commands_exit_3_when_the_app_is_not_running(env: Env, args: tuple[str, ...]) -> None:
    result = env.run(*args)
    assert result.code == 3
    assert result.error_lines == [NOT_RUNNING_LINE]
    assert result.stdout == ""


# --- usage errors -----------------------------------------------------------------------------

USAGE_ERRORS = [
    (("frobnicate",), "frobnicate"),
    (("trigger", "yoga"), "yoga"),
    (("done", "yoga"), "yoga"),
    (("snooze", "posture", "-5"), "-5"),
    (("snooze", "posture", "abc"), "abc"),
    (("snooze", "posture", "0"), "MINUTES"),
    (("pause", "soon"), "soon"),
    (("pause", "0"), "pause length"),
    (("drink", "0"), "ML"),
    (("drink", "99999"), "99999"),
    (("drink", "lots"), "lots"),
    (("snooze", "posture"), "MINUTES"),
    (("snooze",), "HABIT"),
    (("trigger",), "HABIT"),
    (("pause",), "required"),
    (("open",), "required"),
    (("open", "stats"), "stats"),
    (("config",), "required"),
    (("config", "fix"), "fix"),
    (("status", "--yaml"), "--yaml"),
]


@pytest.mark.parametrize(
    ("args", "mentioned"), USAGE_ERRORS, ids=[" ".join(a) for a, _ in USAGE_ERRORS]
)
def test_usage_errors_exit_2_with_one_line(env: Env, args: tuple[str, ...], mentioned: str) -> None:
    result = env.run(*args)
    assert result.code == 2
    assert len(result.error_lines) == 1, result.stderr
    assert result.stderr.startswith("spasmguard")
    assert mentioned in result.stderr
    assert result.stdout == ""


# --- starting without a display ---------------------------------------------------------------


def test_start_without_a_display_fails_quickly_with_one_clear_line(env: Env) -> None:
    started = time.monotonic()
    result = env.run(timeout=10)
    elapsed = time.monotonic() - started
    assert result.code == 1  # not -6: Qt must never get to abort the process
    assert len(result.error_lines) == 1, result.stderr
    assert "display" in result.stderr.lower()
    assert elapsed < 10


def test_the_start_up_speaks_the_system_language_else_the_setting(env: Env) -> None:
    """The tray's start-up errors go through the command line's catalogs, chosen the same way."""
    german = env.run(LANGUAGE="de")
    assert german.code == 1
    assert german.error_lines == [
        "spasmguard: keine Anzeige gefunden (DISPLAY und WAYLAND_DISPLAY sind nicht gesetzt); "
        "starte spasmguard aus deiner Desktop-Sitzung. "
        "Die Befehle (spasmguard status, ...) funktionieren auch ohne."
    ]
    env.settings.write_text('[general]\nlanguage = "ar"\n', encoding="utf-8")
    arabic = env.run(LANGUAGE="de")
    assert arabic.stderr.startswith("spasmguard: لم يُعثر على شاشة (")
