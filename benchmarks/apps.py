"""Start, watch and stop the two tray apps under test on the benchmark desktop.

Both run as separate processes exactly as a user starts them (the installed ``spasmguard``
script, and ``python benchmarks/bare_tray.py``), each reporting "ready" on stdout. Windows
are driven from outside, through the real command line and X input (xdotool), so nothing in
the measured process exists only for the benchmark.
"""

from __future__ import annotations

import os
import re
import select
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from procstats import cpu_seconds
from tests.e2e.apprunner import executable as spasmguard_executable

from spasmguard.core.history import History
from spasmguard.session.reminders import WELCOME_FLAG

HERE = Path(__file__).resolve().parent
READY_TIMEOUT_S = 20.0
QUIT_TIMEOUT_S = 10.0
CLI_TIMEOUT_S = 10.0
WINDOW_TIMEOUT_S = 10.0
# The windows' titles in the default language (English), as the app sets them.
WINDOW_TITLES = {"settings": "spasmguard settings", "lifting": "Safe lifting"}


class BenchError(RuntimeError):
    """A benchmark step failed; the message says which."""


class TrayProcess:
    """One tray app process whose stdout the benchmark reads for its ready line."""

    def __init__(self, name: str, command: list[str], ready_line: str, env: dict[str, str]):
        self.name = name
        self.command = command
        self.ready_line = ready_line
        self.env = env
        self.proc: subprocess.Popen[bytes] | None = None
        #: CPU seconds the process had used when it printed its ready line (last start).
        self.cpu_at_ready = 0.0

    @property
    def pid(self) -> int:
        if self.proc is None:
            raise BenchError(f"{self.name} is not running")
        return self.proc.pid

    def start(self) -> float:
        """Spawn the process; return the seconds from spawn to its ready line."""
        started = time.perf_counter()
        self.proc = subprocess.Popen(
            self.command,
            env=self.env,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
        )
        self._wait_ready()
        elapsed = time.perf_counter() - started
        self.cpu_at_ready = cpu_seconds(self.proc.pid)
        return elapsed

    def _wait_ready(self) -> None:
        assert self.proc is not None
        assert self.proc.stdout is not None
        fd = self.proc.stdout.fileno()
        deadline = time.monotonic() + READY_TIMEOUT_S
        seen = b""
        while self.ready_line.encode() not in seen.splitlines():
            left = deadline - time.monotonic()
            if left <= 0 or not select.select([fd], [], [], left)[0]:
                raise BenchError(f"{self.name} printed no ready line within {READY_TIMEOUT_S} s")
            chunk = os.read(fd, 4096)
            if not chunk:
                raise BenchError(f"{self.name} exited before it was ready: {self.proc.wait()}")
            seen += chunk

    def stop(self) -> None:
        """End the process (SIGTERM, SIGKILL if it will not go) and reap it."""
        if self.proc is None:
            return
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(timeout=QUIT_TIMEOUT_S)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        if self.proc.stdout is not None:
            self.proc.stdout.close()
        self.proc = None


class Spasmguard(TrayProcess):
    """The real app in its own throw-away config and data dirs (default settings).

    The user is a returning one, as on every start but the first: the welcome was seen, so no
    first-run window opens (it would be measured on every run, though a user sees it once).
    """

    def __init__(self, desktop_env: dict[str, str]) -> None:
        # Short paths: the IPC socket's path must fit in about 100 bytes.
        self.root = Path(tempfile.mkdtemp(prefix="sgb", dir="/tmp"))
        env = desktop_env | {
            "SPASMGUARD_CONFIG_DIR": str(self.root / "c"),
            "SPASMGUARD_DATA_DIR": str(self.root / "d"),
        }
        history = History(self.root / "d" / "history.sqlite3")
        history.set_flag(WELCOME_FLAG, "seen before the benchmark")
        history.close()
        super().__init__("spasmguard", [spasmguard_executable()], "spasmguard: ready", env)

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

    def remove(self) -> None:
        shutil.rmtree(self.root, ignore_errors=True)


def bare_tray(desktop_env: dict[str, str]) -> TrayProcess:
    command = [sys.executable, str(HERE / "bare_tray.py")]
    return TrayProcess("bare tray", command, "bare-tray: ready", desktop_env)


def _xdotool(env: dict[str, str], *args: str) -> str:
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
    return _xdotool(env, "search", "--onlyvisible", "--name", pattern).split()


def _wait(predicate: Callable[[], bool], what: str) -> None:
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

    _wait(shown, f"the {window} window to show")
    _xdotool(app.env, "windowfocus", "--sync", found[0])
    _xdotool(app.env, "key", "--clearmodifiers", "Escape")
    _wait(lambda: not visible_windows(app.env, title), f"the {window} window to close")
