"""The soak run: the app's own reminder session delivers reminders through the real dunst, and
dunst's buttons answer them, thousands of times in one process. Driven by test_soak.py.

Usage: ``python soak_probe.py WARMUP COUNT WANTED_BUTTON_FILE`` with SPASMGUARD_CONFIG_DIR and
SPASMGUARD_DATA_DIR set and a desktop env (X display, session bus with dunst).

Why in-process: each reminder through the real command line costs a Python start (~0.2 s),
so 2,000 would take minutes on their own. Here the session is built by the app's own
composition code (``app._build_session``) and started, with its desktop, with a real
CommandServer, exactly as in the app, and each reminder enters at ``ReminderSession.remind`` --
the method the ``trigger`` command and the gate call -- then goes through the real
NotificationSender (desktop-notifier, D-Bus) to dunst. dunst's context menu (its
``ContextMenuCall`` D-Bus method, as ``dunstctl context`` uses) picks the button through the
test desktop's menu script, and dunst sends ActionInvoked back. Nothing of the app is replaced.

Prints one JSON line: presses per button, and the process figures after warm-up and at the end.
"""

from __future__ import annotations

import gc
import json
import os
import sys
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

from PySide6.QtDBus import QDBusConnection, QDBusInterface
from PySide6.QtWidgets import QApplication

from spasmguard import app as composition
from spasmguard.engine.instance import CommandServer
from spasmguard.settings import paths
from spasmguard.ui.desktop import Desktop

HABITS = ("posture", "hydration", "stretch", "stress")
BUTTONS = ("Done", "Snooze", "Skip")
STEP_TIMEOUT_S = 10.0


def process_figures() -> dict[str, int]:
    """Resident memory (KiB), threads, open file descriptors, and references to None.

    The last one finds a binding that returns None without owning a reference to it: before
    Python 3.12 the count then falls with every call until the interpreter aborts.
    """
    gc.collect()
    status = Path("/proc/self/status").read_text().splitlines()
    return {
        "rss_kib": next(int(line.split()[1]) for line in status if line.startswith("VmRSS:")),
        "threads": len(os.listdir("/proc/self/task")),
        "fds": len(os.listdir("/proc/self/fd")),
        "none_refs": sys.getrefcount(None),
    }


class Dunst:
    """dunst's own D-Bus controls (what dunstctl calls), from this process."""

    def __init__(self) -> None:
        bus = QDBusConnection.sessionBus()
        self._cmd = QDBusInterface(
            "org.freedesktop.Notifications", "/org/freedesktop/Notifications",
            "org.dunstproject.cmd0", bus,
        )  # fmt: skip
        if not self._cmd.isValid():
            raise SystemExit(f"soak: dunst is not reachable: {bus.lastError().message()}")

    def displayed(self) -> int:
        return int(self._cmd.property("displayedLength"))

    def open_menu(self) -> None:
        self._call("ContextMenuCall")

    def close_all(self) -> None:
        self._call("NotificationCloseAll")

    def _call(self, method: str) -> None:
        reply = self._cmd.call(method)
        if reply.errorName():
            raise SystemExit(f"soak: {method} failed: {reply.errorMessage()}")


def wait_for(qapp: QApplication, done: Callable[[], bool], what: str) -> None:
    """Run the event loop until ``done()``; a hang ends the soak with a clear message."""
    deadline = time.monotonic() + STEP_TIMEOUT_S
    while not done():
        if time.monotonic() > deadline:
            raise SystemExit(f"soak: timed out waiting for {what}")
        qapp.processEvents()
        time.sleep(0.001)


def main(warmup: int, count: int, wanted: Path) -> None:
    qapp = QApplication(sys.argv[:1])
    qapp.setQuitOnLastWindowClosed(False)
    server = CommandServer(paths.runtime_dir())
    server.start()
    session = composition._build_session()
    desktop = Desktop(session)
    desktop.start(server)
    dunst = Dunst()
    answers: Counter[str] = Counter()
    session.notifier.action.connect(lambda _habit, kind: answers.update([kind]))
    presses: Counter[str] = Counter()
    figures: dict[str, dict[str, int]] = {}
    started = time.monotonic()
    for index in range(warmup + count):
        if index == warmup:
            figures["start"] = process_figures()
            started = time.monotonic()
        habit, button = HABITS[index % len(HABITS)], BUTTONS[index % len(BUTTONS)]
        wanted.write_text(button)
        session.remind(habit)
        wait_for(qapp, lambda: dunst.displayed() == 1, f"reminder {index} on screen")
        dunst.open_menu()
        wait_for(qapp, lambda i=index: answers.total() == i + 1, f"the answer to reminder {index}")
        # dunst keeps an answered notification on screen (see test_app.py's xfail): the user
        # closes it, as they would by clicking it away.
        dunst.close_all()
        wait_for(qapp, lambda: dunst.displayed() == 0, f"reminder {index} to leave the screen")
        presses[button.lower()] += 1
    figures["end"] = process_figures()
    seconds = time.monotonic() - started
    desktop.shutdown()
    server.close()
    result = {"presses": presses, "answers": answers, "seconds": seconds, **figures}
    print(json.dumps(result), flush=True)


if __name__ == "__main__":
    main(int(sys.argv[1]), int(sys.argv[2]), Path(sys.argv[3]))
