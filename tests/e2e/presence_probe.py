"""Runs spasmguard's presence checks on the test desktop, in a process of their own.

Usage: ``python presence_probe.py idle|fullscreen|inhibited|gate|window``. Each mode prints one
JSON line with what it found (``window`` instead shows a window and obeys stdin). The real
adapters run against the real X server and bus; nothing here is faked.
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
from datetime import timedelta

from PySide6.QtCore import QSocketNotifier, QTimer
from PySide6.QtWidgets import QApplication, QLabel

from spasmguard.core.clock import SystemClock
from spasmguard.engine.dnd import fullscreen_detector, inhibit_detector
from spasmguard.engine.gate import ReminderGate, desktop_sources
from spasmguard.engine.idle import idle_source


def report(**fields: object) -> None:
    print(json.dumps(fields), flush=True)


def gate_scenario() -> None:
    """Away for the (shortened) threshold, two reminders due, input comes back: what happens."""
    app = QApplication([])
    sources = desktop_sources()
    gate = ReminderGate(SystemClock(), sources, 1, True)
    gate.presence.threshold = timedelta(seconds=1.5)
    delivered: list[str] = []
    breaks: list[list[str]] = []
    gate.deliver.connect(delivered.append)
    gate.came_back.connect(lambda ids: breaks.append(list(ids)))
    deadline = time.monotonic() + 10
    while (sources.idle.idle_seconds() or 0) < 2 and time.monotonic() < deadline:
        time.sleep(0.2)
    gate.offer("hydration")
    gate.offer("stretch")
    held = list(gate.held)
    subprocess.run(["xdotool", "mousemove_relative", "--", "3", "3"], check=True)
    gate.check()
    report(
        source=type(sources.idle).__name__,
        held=held,
        delivered=delivered,
        breaks=breaks,
        still_held=list(gate.held),
    )
    app.quit()


def window() -> None:
    """A plain window shown fullscreen; stdin lines "normal" / "full" change it, EOF quits."""
    app = QApplication([])
    label = QLabel("fullscreen probe")
    label.setWindowTitle("presence-probe")
    label.showFullScreen()
    stdin = QSocketNotifier(sys.stdin.fileno(), QSocketNotifier.Type.Read)

    def obey() -> None:
        line = sys.stdin.readline().strip()
        if line == "normal":
            label.showNormal()
        elif line == "full":
            label.showFullScreen()
        else:
            app.quit()
            return
        report(done=line)

    stdin.activated.connect(obey)
    QTimer.singleShot(0, lambda: report(done="shown"))
    app.exec()


def main() -> None:
    mode = sys.argv[1]
    if mode == "idle":
        report(idle=idle_source().idle_seconds())
    elif mode == "fullscreen":
        report(active=fullscreen_detector().active())
    elif mode == "inhibited":
        report(active=inhibit_detector().active())
    elif mode == "gate":
        gate_scenario()
    elif mode == "window":
        window()
    else:
        raise SystemExit(f"unknown mode {mode!r}")


if __name__ == "__main__":
    main()
