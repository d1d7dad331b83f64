"""Reminder timing: from the moment a habit falls due to the notification on the session bus.

Real reminders are minutes apart (5 at the least), so waiting for them would take hours for a
few dozen samples. Instead this builds the real app in this process (the same composition root,
``spasmguard.app._build_session``, real settings file, history, engine with its one
``QTimer``, gate and notifier) and, round after round, moves one habit's timer so that it falls
due a random 0.3-1.0 s from now, exactly as a "done" press moves it (anchor = due - interval),
then lets the event loop run. Three moments are taken per reminder, all on the wall clock:

- ``due signal``: the engine's ``due`` signal (the scheduler's timer fired and the planner agreed);
- ``send``: the session handing the reminder to the notifier (after the gate and history);
- ``on the bus``: the ``Notify`` call as ``dbus-monitor`` saw it on the session bus, which is
  what the notification server receives; it includes the notifier thread and, for the first
  reminder only, its lazy import of desktop-notifier.

Needs a display and a session bus with a notification server (run.py provides them).

Usage: python benchmarks/reminder_latency.py [--reminders N]   (prints one JSON object)
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from datetime import timedelta
from functools import partial
from pathlib import Path
from typing import Any

ROUND_TIMEOUT_S = 10.0
ALL_DAYS = '["mon", "tue", "wed", "thu", "fri", "sat", "sun"]'
# Reminders at any hour of any day; the longest idle threshold, so that a desktop nobody types
# on does not count as "away" (which holds reminders by design); no fullscreen detection.
SETTINGS = f"""schema_version = 1

[general]
work_start = "00:00"
work_end = "00:00"
work_days = {ALL_DAYS}
idle_threshold_minutes = 60
detect_fullscreen = false
"""


class BusMonitor:
    """``dbus-monitor`` on the session bus, collecting the wall time of every ``Notify`` call."""

    def __init__(self) -> None:
        rule = "type='method_call',interface='org.freedesktop.Notifications',member='Notify'"
        self._proc = subprocess.Popen(
            ["dbus-monitor", "--session", rule],
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
        )
        self.times: list[float] = []
        self._started = threading.Event()
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()
        # dbus-monitor announces itself (NameAcquired/NameLost) once it is listening.
        if not self._started.wait(5):
            raise RuntimeError("dbus-monitor did not start listening within 5 s")

    def _read(self) -> None:
        assert self._proc.stdout is not None
        for line in self._proc.stdout:
            self._started.set()
            # "method call time=1764099231.123456 sender=... member=Notify"
            if line.startswith("method call time=") and "member=Notify" in line:
                self.times.append(float(line.split()[2].removeprefix("time=")))

    def seen(self, count: int) -> bool:
        """Whether at least `count` Notify calls went by."""
        return len(self.times) >= count

    def stop(self) -> None:
        self._proc.terminate()
        self._proc.wait(timeout=5)


def summary(latencies: list[float]) -> dict[str, float]:
    """Median and worst, in milliseconds."""
    return {
        "median_ms": statistics.median(latencies) * 1000,
        "worst_ms": max(latencies) * 1000,
    }


def _pump_until(predicate: Callable[[], bool], what: str) -> None:
    """Run the Qt event loop until `predicate` holds (a 10 ms ticker keeps checking)."""
    from PySide6.QtCore import QCoreApplication, QEventLoop  # noqa: PLC0415

    deadline = time.monotonic() + ROUND_TIMEOUT_S
    while not predicate():
        if time.monotonic() > deadline:
            raise RuntimeError(f"timed out after {ROUND_TIMEOUT_S:g} s waiting for {what}")
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)


def measure(reminders: int) -> dict[str, Any]:
    """Fire `reminders` reminders at known moments; return the latency summaries."""
    from PySide6.QtCore import Qt, QTimer  # noqa: PLC0415
    from PySide6.QtWidgets import QApplication  # noqa: PLC0415

    from spasmguard import app  # noqa: PLC0415
    from spasmguard.engine.instance import CommandServer  # noqa: PLC0415
    from spasmguard.settings import paths  # noqa: PLC0415
    from spasmguard.ui.desktop import Desktop  # noqa: PLC0415

    qapp = QApplication(sys.argv[:1])
    qapp.setQuitOnLastWindowClosed(False)
    ticker = QTimer()
    ticker.start(10)
    server = CommandServer(paths.runtime_dir())
    server.start()
    session = app._build_session()
    desktop = Desktop(session)
    desktop.start(server)

    signalled: list[float] = []
    sent: list[float] = []
    session.engine.due.connect(
        lambda _habit: signalled.append(time.time()), Qt.ConnectionType.DirectConnection
    )
    real_send = session.notifier.send

    def recording_send(reminder: Any) -> None:
        sent.append(time.time())
        real_send(reminder)

    session.notifier.send = recording_send
    monitor = BusMonitor()
    habits = [plan for plan in session.tracker.config.habits if plan.enabled]
    dues: list[float] = []
    try:
        for round_no in range(reminders):
            plan = habits[round_no % len(habits)]
            due = session.clock.now() + timedelta(seconds=random.uniform(0.3, 1.0))  # noqa: S311
            state = session.tracker.state.habit(plan.habit_id)
            state.anchor = due - timedelta(minutes=plan.interval_minutes)
            session.engine.replan()
            dues.append(due.timestamp())
            _pump_until(partial(monitor.seen, round_no + 1), f"reminder {round_no + 1}")
    finally:
        monitor.stop()
        desktop.shutdown()
        server.close()
    return {
        "reminders": reminders,
        "due_signal": summary([s - d for s, d in zip(signalled, dues, strict=True)]),
        "send": summary([s - d for s, d in zip(sent, dues, strict=True)]),
        "on_the_bus": summary([s - d for s, d in zip(monitor.times, dues, strict=True)]),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--reminders", type=int, default=40, help="how many (default 40)")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="sgl", dir="/tmp") as scratch:
        config = Path(scratch, "c")
        config.mkdir()
        (config / "settings.toml").write_text(SETTINGS)
        os.environ["SPASMGUARD_CONFIG_DIR"] = str(config)
        os.environ["SPASMGUARD_DATA_DIR"] = str(Path(scratch, "d"))
        result = measure(args.reminders)
    print(json.dumps(result), flush=True)
    # Everything is measured and printed. Skip the interpreter's finalization: with the whole
    # app built in this process, shiboken 6.12 was seen once in three runs to abort there
    # ("none_dealloc") while garbage-collecting Qt wrappers, which is no part of the timing.
    os._exit(0)


if __name__ == "__main__":
    sys.exit(main())
