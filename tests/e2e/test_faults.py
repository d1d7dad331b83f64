"""Fault injection: kill -9, a full disk, a read-only config folder, a notification server dying.

Each fault is real: SIGKILL at random moments, a file-size limit set by the kernel (prlimit),
a folder whose mode really refuses writes (the app runs without root's file capabilities, see
privileges.py), dunst killed with SIGKILL. The checks are what a user would notice afterwards:
a settings file that still parses, a history database that is whole and holds every event
once, a clear sentence instead of a traceback, and reminders that keep coming.
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
import tomllib
from collections.abc import Iterator
from pathlib import Path

import pytest

from spasmguard.settings.model import Settings
from spasmguard.settings.store import load_settings, render_fresh
from tests.e2e import apprunner
from tests.e2e.apprunner import (
    ALL_DAY,
    App,
    reminder_window_title,
    visible_windows,
    wait_for_window,
)
from tests.e2e.desktop import Desktop, Dunst, HarnessError, run, wait_until
from tests.e2e.privileges import capless, capless_app

pytestmark = pytest.mark.e2e

WRITER = Path(__file__).with_name("crash_writer.py")
KILLS = 200
KILL_WINDOW_S = 0.06  # a save plus a history write take about 15 ms here, more under load


def integrity(database: Path) -> str:
    with sqlite3.connect(database) as db:
        return str(db.execute("PRAGMA integrity_check").fetchone()[0])


def sequence_numbers(database: Path) -> list[int]:
    with sqlite3.connect(f"file:{database}?mode=ro", uri=True) as db:
        rows = db.execute("SELECT detail FROM events ORDER BY id")
        return [int(detail.removeprefix("seq-")) for (detail,) in rows]


def start_writer(root: Path) -> subprocess.Popen[str]:
    """The crash writer, once it reports that it is writing (fails on any start-up error)."""
    proc = subprocess.Popen(
        [sys.executable, str(WRITER), str(root / "config"), str(root / "data")],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert proc.stdout is not None
    line = proc.stdout.readline()
    if line != "ready\n":
        proc.kill()
        raise HarnessError(f"crash writer did not start: {line!r} {proc.communicate()[1]}")
    return proc


def test_kill_9_during_saves_and_history_writes_never_breaks_a_file(tmp_path: Path) -> None:
    database = tmp_path / "data" / "history.sqlite3"
    settings_file = tmp_path / "config" / "settings.toml"
    rng = random.Random(6)  # noqa: S311 - kill timing, not security
    grew = 0
    for kill in range(KILLS):
        before = len(sequence_numbers(database)) if database.exists() else 0
        writer = start_writer(tmp_path)
        time.sleep(rng.uniform(0, KILL_WINDOW_S))
        writer.send_signal(signal.SIGKILL)
        _out, err = writer.communicate(timeout=10)
        assert writer.returncode == -signal.SIGKILL, f"kill {kill}: the writer failed: {err}"
        if settings_file.exists():
            tomllib.loads(settings_file.read_text(encoding="utf-8"))  # raises if torn
            loaded = load_settings(settings_file, recover=False)
            assert (loaded.problems, loaded.notice) == ([], None), f"kill {kill}"
        assert integrity(database) == "ok", f"kill {kill}"
        numbers = sequence_numbers(database)
        assert numbers == list(range(len(numbers))), f"kill {kill}: an event twice or lost"
        grew += len(numbers) > before
    # Many kills landed after some history was written (the others hit the first save).
    assert grew > KILLS // 4
    # A kill between creating and renaming the temporary file leaves it behind; nothing else.
    leftovers = [p.name for p in settings_file.parent.iterdir() if p != settings_file]
    assert all(name.startswith(".settings.toml.") for name in leftovers)
    assert all(name.endswith(".tmp") for name in leftovers)


def test_the_real_app_starts_again_after_kill_9_at_random_moments(
    desktop: dict[str, str],
) -> None:
    app = App(desktop, ALL_DAY)
    rng = random.Random(9)  # noqa: S311 - kill timing, not security
    answered = 0
    try:
        for _round in range(4):
            app.start()
            assert app.proc is not None
            commands = [
                subprocess.Popen(
                    [apprunner.executable(), "done", "posture"],
                    env=app.env,
                    stdout=subprocess.DEVNULL,
                    stderr=subprocess.DEVNULL,
                )
                for _ in range(6)
            ]
            time.sleep(rng.uniform(0.05, 0.4))
            app.proc.send_signal(signal.SIGKILL)
            app.proc.wait(timeout=5)
            answered += sum(command.wait(timeout=10) == 0 for command in commands)
            assert integrity(app.data_dir / "history.sqlite3") == "ok"
        app.start()
        assert app.status()["running"] is True
        # Every answered command is on record, none twice: a kill between the write and the
        # reply can make the record hold more than was answered, never more than was sent.
        done = app.events("posture").count("done")
        assert answered <= done <= 4 * 6
        assert "Traceback" not in app.stderr()
    finally:
        app.stop()
        app.remove()


# --- a full disk ---------------------------------------------------------------------------

_SAVE_BIG = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from spasmguard.settings.store import SettingsError, load_settings, save_settings
    path = Path(sys.argv[1])
    loaded = load_settings(path)
    bigger = loaded.settings.with_value("habits.posture.custom_prompt", "x" * 180)
    try:
        save_settings(path, bigger, loaded)
    except SettingsError as error:
        print(error)
        sys.exit(1)
    """
)


def test_a_full_disk_during_a_save_gives_one_sentence_and_keeps_the_old_file(
    tmp_path: Path,
) -> None:
    path = tmp_path / "settings.toml"
    old = render_fresh(Settings.defaults()).encode()
    path.write_bytes(old)
    # The kernel refuses to let any file of the saving process grow past the old file's size.
    limit = ["prlimit", f"--fsize={len(old) + 50}", "--"]
    done = subprocess.run(
        [*limit, sys.executable, "-c", _SAVE_BIG, str(path)],
        capture_output=True,
        text=True,
        timeout=30,
        check=False,
    )
    assert done.returncode == 1, done.stderr
    assert done.stderr == ""
    assert done.stdout == (
        "Could not save settings.toml: File too large. The previous file is unchanged.\n"
    )
    assert path.read_bytes() == old
    assert [p.name for p in tmp_path.iterdir()] == ["settings.toml"]  # no temp file left


# --- a read-only config folder ---------------------------------------------------------------


@pytest.fixture
def read_only_app(
    desktop: dict[str, str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> Iterator[App]:
    """The app, run without root's file powers, with settings in a folder of mode 0500."""
    with capless_app(monkeypatch, tmp_path):
        app = App(desktop, ALL_DAY + "\n[habits.posture]\ninterval_minutes = 45\n")
        app.config_dir.chmod(0o500)
        try:
            yield app.start()
        finally:
            app.stop()
            app.config_dir.chmod(0o700)
            app.remove()


def test_a_read_only_config_folder_still_runs_with_the_files_settings(
    read_only_app: App,
) -> None:
    app = read_only_app
    # Precondition: the folder really refuses writes from a process like the app.
    probe = subprocess.run(capless(["touch", str(app.config_dir / "x")]), check=False)
    assert probe.returncode != 0
    status = app.status()
    assert status["running"] is True
    assert status["habits"]["posture"]["interval_minutes"] == 45
    app.ok("trigger", "posture")
    app.wait_for_event("posture", "fired")
    assert app.stderr() == ""


def test_a_read_only_config_folder_keeps_a_change_in_memory_and_says_so(
    read_only_app: App,
) -> None:
    app = read_only_app
    before = (app.config_dir / "settings.toml").read_bytes()
    app.ok("open", "settings")
    window = wait_for_window(app.env, "spasmguard settings")
    run(["xdotool", "windowfocus", "--sync", str(int(window.wid, 16))], app.env)
    # Keyboard, as a user could: the Posture tab, its "E&very" minutes box, one more, OK.
    for key in ("ctrl+Tab", "alt+v", "Up", "Return"):
        run(["xdotool", "key", key], app.env)
    wait_for_window(app.env, "Settings not saved")
    assert app.status()["habits"]["posture"]["interval_minutes"] == 46
    assert (app.config_dir / "settings.toml").read_bytes() == before
    assert sorted(p.name for p in app.config_dir.iterdir()) == ["settings.toml"]
    assert app.proc is not None
    assert app.proc.poll() is None
    assert "Traceback" not in app.stderr()


# --- the notification server dies ------------------------------------------------------------


def test_when_the_notification_server_dies_the_own_window_is_used_and_reminders_go_on(
    real_desktop: Desktop, dunst: Dunst, desktop: dict[str, str]
) -> None:
    app = App(desktop, ALL_DAY).start()
    try:
        app.ok("trigger", "posture")
        wait_until(lambda: dunst.displayed() == 1, "the posture notification", 5)
        dunst.press("Done")
        app.wait_for_event("posture", "done")
        (server,) = dunst.daemons()
        os.kill(server.proc.pid, signal.SIGKILL)  # dies, no goodbye on the bus
        dunst.stop()  # reaps it, and waits until the bus has no notification server
        app.ok("trigger", "stretch")
        wait_for_window(app.env, reminder_window_title("stretch"))
        app.ok("done", "stretch")
        stretch_window = reminder_window_title("stretch")
        wait_until(lambda: not visible_windows(app.env, stretch_window), "window closed", 5)
        assert app.events("stretch") == ["fired", "done"]
        status = app.status()
        assert all(h["next_due"] for h in status["habits"].values() if h["enabled"])
        dunst.start()  # a server comes back: notifications are used again
        app.ok("trigger", "posture")
        wait_until(lambda: dunst.displayed() == 1, "a notification after the restart", 5)
        dunst.press("Skip")
        app.wait_for_event("posture", "skipped")
        assert app.events("posture") == ["fired", "done", "fired", "skipped"]
        assert visible_windows(app.env, reminder_window_title("posture")) == []
        assert "Traceback" not in app.stderr()
        assert app.quit() == 0
    finally:
        app.stop()
        app.remove()
