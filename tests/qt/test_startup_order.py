"""The tray's start-up: the icon first, what the reminders need after it, one instance always.

Each test runs the real ``spasmguard`` start-up in fresh interpreters (the test session has long
imported everything), on Qt's offscreen platform, in throw-away config and data dirs.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from spasmguard.core.history import History
from spasmguard.session.reminders import WELCOME_FLAG

TIMEOUT_S = 60

# What the reminders, minutes away, need and the icon does not: loaded once the icon is shown.
AFTER_THE_ICON = ("apscheduler", "asyncio", "importlib.metadata", "spasmguard.engine.qt_scheduler")
# Never in the tray's process until used: the command line, the notifier, the windows; and
# OpenSSL, which nothing of the resting app uses (ssl through asyncio, hashlib through secrets).
NOT_AT_ALL = (
    "ssl",
    "hashlib",
    "spasmguard.cli",
    "desktop_notifier",
    "dbus_fast",
    "spasmguard.engine.notifier_loop",
    "spasmguard.ui.welcome_window",
    "spasmguard.ui.settings_window",
    "spasmguard.ui.reminder_window",
    "spasmguard.engine.resident_pages",
    "PySide6.QtNetwork",
)

# Records sys.modules when the tray has been shown (the moment app.py starts the session), then
# again once the session has started, and quits.
PROBE = """
import json, sys
from PySide6.QtWidgets import QApplication
from spasmguard import app

start_session = app._start_session

def record(desktop):
    at_icon = sorted(sys.modules)
    start_session(desktop)
    print(json.dumps({"at_icon": at_icon, "started": sorted(sys.modules)}), flush=True)
    QApplication.quit()

app._start_session = record
sys.exit(app.main([]))
"""


@pytest.fixture
def app_env(tmp_path: Path) -> dict[str, str]:
    """A returning user's dirs (the welcome seen), on the offscreen platform."""
    history = History(tmp_path / "d" / "history.sqlite3")
    history.set_flag(WELCOME_FLAG, "seen before the test")
    history.close()
    return os.environ | {
        "QT_QPA_PLATFORM": "offscreen",
        "SPASMGUARD_CONFIG_DIR": str(tmp_path / "c"),
        "SPASMGUARD_DATA_DIR": str(tmp_path / "d"),
    }


def _loaded(names: list[str], wanted: tuple[str, ...]) -> set[str]:
    """The wanted modules (or packages of them) among `names`."""
    return {w for w in wanted if any(n == w or n.startswith(w + ".") for n in names)}


def test_the_icon_is_shown_before_apscheduler_and_asyncio_load(app_env: dict[str, str]) -> None:
    done = subprocess.run(
        [sys.executable, "-c", PROBE],
        env=app_env,
        capture_output=True,
        text=True,
        timeout=TIMEOUT_S,
        check=True,
    )
    modules = json.loads(done.stdout.splitlines()[-1])
    assert "spasmguard.ui.tray" in modules["at_icon"]
    assert _loaded(modules["at_icon"], AFTER_THE_ICON) == set()
    # Not vacuous: the started session did load them.
    assert _loaded(modules["started"], AFTER_THE_ICON) == set(AFTER_THE_ICON)
    assert _loaded(modules["started"], NOT_AT_ALL) == set()


def _spasmguard(env: dict[str, str], *args: str) -> subprocess.Popen[str]:
    command = [
        sys.executable,
        "-c",
        "import sys; from spasmguard.app import main; sys.exit(main())",
    ]
    return subprocess.Popen(
        [*command, *args], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )


def test_two_copies_started_at_once_leave_one_running_that_answers(
    app_env: dict[str, str],
) -> None:
    """Whichever copy takes the lock shows its icon before it answers commands; the other one,
    started in that moment, must still hand over to it instead of running twice."""
    first, second = _spasmguard(app_env), _spasmguard(app_env)
    try:
        exits = []
        for proc in (first, second):
            try:
                exits.append(proc.wait(timeout=10))
            except subprocess.TimeoutExpired:
                exits.append(None)
        # One hands over (exit 0, nothing printed as ready); the other keeps running.
        assert sorted(exits, key=lambda code: code is None) == [0, None]
        running = first if exits[0] is None else second
        assert running.stdout is not None
        assert running.stdout.readline() == "spasmguard: ready\n"
        status = _spasmguard(app_env, "status", "--json")
        out, err = status.communicate(timeout=TIMEOUT_S)
        assert status.returncode == 0, err
        assert json.loads(out)["running"] is True  # answered by the app, not read offline
        quit_ = _spasmguard(app_env, "quit")
        quit_.communicate(timeout=TIMEOUT_S)
        assert running.wait(timeout=TIMEOUT_S) == 0
    finally:
        for proc in (first, second):
            if proc.poll() is None:
                proc.kill()
            proc.communicate()  # reaps it and closes its pipes
