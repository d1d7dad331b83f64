"""Start, watch and stop the tray apps under test on the benchmark desktop.

Each runs as a separate process exactly as a user starts it (the installed ``spasmguard``
script, ``python benchmarks/bare_tray.py``, the peers' own commands: peers.py), and counts
as started when its icon is embedded in the tray host (traywatch.py). Windows are driven from
outside, through the real command line and X input (xdotool), so nothing in the measured
process exists only for the benchmark.
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from procstats import cpu_seconds, process_tree
from tests.e2e.apprunner import executable as spasmguard_executable
from traywatch import TrayError, TrayWatch

from spasmguard.core.history import History
from spasmguard.session.reminders import WELCOME_FLAG

HERE = Path(__file__).resolve().parent
READY_TIMEOUT_S = 20.0
QUIT_TIMEOUT_S = 10.0
CLI_TIMEOUT_S = 10.0
WINDOW_TIMEOUT_S = 10.0
# The windows' titles in the default language (English), as the app sets them.
WINDOW_TITLES = {
    "welcome": "Welcome to spasmguard",
    "settings": "spasmguard settings",
    "lifting": "Safe lifting",
    "history": "History",
    "stretch": "Stretch break",
}


class BenchError(RuntimeError):
    """A benchmark step failed; the message says which."""


class TrayProcess:
    """One tray app process, timed from spawn to its icon embedded in the tray host."""

    def __init__(self, name: str, command: list[str], env: dict[str, str], tray: TrayWatch):
        self.name = name
        self.command = command
        self.env = env
        self.tray = tray
        self.proc: subprocess.Popen[bytes] | None = None
        #: CPU seconds the process tree had used when its icon was embedded (last start).
        self.cpu_at_embed = 0.0

    @property
    def pid(self) -> int:
        if self.proc is None:
            raise BenchError(f"{self.name} is not running")
        return self.proc.pid

    def start(self) -> float:
        """Spawn the process; return the seconds from spawn to its tray icon embedded."""
        before = self.tray.icons()
        started = time.perf_counter()
        self.proc = subprocess.Popen(
            self.command,
            env=self.env,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        try:
            self.tray.wait_for_new_icon(before, READY_TIMEOUT_S)
        except TrayError as error:
            raise BenchError(f"{self.name}: {error} (exit status {self.proc.poll()})") from None
        elapsed = time.perf_counter() - started
        self.cpu_at_embed = cpu_seconds(self.proc.pid)
        return elapsed

    def stop(self) -> None:
        """End the process tree (SIGTERM, SIGKILL if it will not go) and reap it."""
        if self.proc is None:
            return
        helpers = process_tree(self.proc.pid)[1:] if self.proc.poll() is None else []
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(timeout=QUIT_TIMEOUT_S)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        for pid in helpers:  # a helper the app started and left behind is the app's cost too
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)
        self.proc = None


class Spasmguard(TrayProcess):
    """The real app in its own throw-away config and data dirs (default settings).

    The user is a returning one, as on every start but the first: the welcome was seen, so no
    first-run window opens (it would be measured on every run, though a user sees it once).
    """

    def __init__(self, desktop_env: dict[str, str], tray: TrayWatch) -> None:
        # Short paths: the IPC socket's path must fit in about 100 bytes.
        self.root = Path(tempfile.mkdtemp(prefix="sgb", dir="/tmp"))
        env = desktop_env | {
            "SPASMGUARD_CONFIG_DIR": str(self.root / "c"),
            "SPASMGUARD_DATA_DIR": str(self.root / "d"),
        }
        history = History(self.root / "d" / "history.sqlite3")
        history.set_flag(WELCOME_FLAG, "seen before the benchmark")
        history.close()
        super().__init__("spasmguard", [spasmguard_executable()], env, tray)

    def cli(self, *args: str) -> str:
        """Run ``spasmguard ARGS`` against this instance; fail on a non-zero exit."""
        done = subprocess.run(
            [spasmguard_executable(), *args],
            env=self.env,
            capture_output=True,
            text=True,
            timeout=CLI_TIMEOUT_S,
            check=False,
        )
        if done.returncode != 0:
            raise BenchError(f"spasmguard {' '.join(args)}: {done.stderr.strip()}")
        return done.stdout

    def stop(self) -> None:
        """Quit through the command line (a clean exit that saves state), then reap."""
        if self.proc is not None and self.proc.poll() is None:
            try:
                self.cli("quit")
                self.proc.wait(timeout=QUIT_TIMEOUT_S)
            except (BenchError, subprocess.TimeoutExpired):
                pass  # TrayProcess.stop() below escalates to signals
        super().stop()

    def time_watch_path(self) -> str:
        """What the app's log says of its time watch's path (event-driven or heartbeat)."""
        log = self.root / "d" / "logs" / "spasmguard.log"
        said = [line for line in log.read_text().splitlines() if "time watch: " in line]
        return said[-1].split("time watch: ", 1)[1] if said else "not logged"

    def remove(self) -> None:
        shutil.rmtree(self.root, ignore_errors=True)


def bare_tray(desktop_env: dict[str, str], tray: TrayWatch) -> TrayProcess:
    command = [sys.executable, str(HERE / "bare_tray.py")]
    return TrayProcess("bare tray", command, desktop_env, tray)


def xdotool(env: dict[str, str], *args: str) -> str:
    done = subprocess.run(
        ["xdotool", *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=CLI_TIMEOUT_S,
        check=False,
    )
    return done.stdout if done.returncode == 0 else ""


def visible_windows(env: dict[str, str], title: str) -> list[str]:
    """Ids of mapped windows titled exactly `title` (none is not an error)."""
    pattern = f"^{re.escape(title)}$"
    return xdotool(env, "search", "--onlyvisible", "--name", pattern).split()


def wait_for(predicate: Callable[[], bool], what: str) -> None:
    deadline = time.monotonic() + WINDOW_TIMEOUT_S
    while not predicate():
        if time.monotonic() > deadline:
            raise BenchError(f"timed out after {WINDOW_TIMEOUT_S:g} s waiting for {what}")
        time.sleep(0.05)


def open_and_close(app: Spasmguard, window: str) -> None:
    """``spasmguard open WINDOW``, wait until it shows, press Escape in it, wait until it is gone.

    Escape is what a user presses (the settings window treats it as Cancel, the lifting panel
    as Close); both windows delete themselves when closed.
    """
    title = WINDOW_TITLES[window]
    app.cli("open", window)
    found: list[str] = []

    def shown() -> bool:
        found[:] = visible_windows(app.env, title)
        return len(found) == 1

    wait_for(shown, f"the {window} window to show")
    xdotool(app.env, "windowfocus", "--sync", found[0])
    xdotool(app.env, "key", "--clearmodifiers", "Escape")
    wait_for(lambda: not visible_windows(app.env, title), f"the {window} window to close")
