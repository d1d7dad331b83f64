"""The reminder gate and the real desktop sources, with a 10 ms probe timing the event loop.

Usage: ``python slow_bus_probe.py`` on a session bus whose services answer slowly (see
slow_bus_service.py), with no X server or Wayland compositor in the environment. It builds the
sources and the gate as the app does at start and offers reminders as the scheduler would: one
at once, one during the first look, one after the idle source was picked. Then it prints one
JSON line: how long building took, the worst lateness of a 10 ms repeating timer meanwhile,
what was delivered when, what is held, and which idle source was picked.
"""

from __future__ import annotations

import json
import time
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from spasmguard.core.clock import SystemClock
from spasmguard.engine.gate import ReminderGate, Sources, desktop_sources

PROBE_MS = 10
RUN_S = 15.0


def runqueue_wait_ms() -> float:
    """How long this thread has waited for a CPU, in all (Linux's schedstat, 2nd field, ns)."""
    fields = Path("/proc/thread-self/schedstat").read_text().split()
    return int(fields[1]) / 1e6


class LatencyProbe:
    """A 10 ms repeating timer; how late its worst tick came is how long the loop was blocked.

    On a machine shared with other work a tick also comes late while the thread waits for a
    CPU, which no code of the app causes: that wait (from the kernel's scheduler statistics)
    is taken off in ``worst_blocked_ms``; ``worst_late_ms`` is the raw figure.
    """

    def __init__(self) -> None:
        self.worst_late_ms = self.worst_blocked_ms = 0.0
        self.worst_at = 0.0
        self._began = self._last = time.monotonic()
        self._waited = runqueue_wait_ms()
        self._timer = QTimer()
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.timeout.connect(self._tick)
        self._timer.start(PROBE_MS)

    def _tick(self) -> None:
        now, waited = time.monotonic(), runqueue_wait_ms()
        late = (now - self._last) * 1000 - PROBE_MS
        blocked = late - (waited - self._waited)
        self.worst_late_ms = max(self.worst_late_ms, late)
        if blocked > self.worst_blocked_ms:
            self.worst_blocked_ms, self.worst_at = blocked, round(now - self._began, 2)
        self._last, self._waited = now, waited


class Run:
    """The timeline: build and offer at 0 s, offer at 1 s, offer at 4.5 s (after the pick)."""

    def __init__(self, app: QApplication) -> None:
        self.app = app
        self.began = time.monotonic()
        self.probe = LatencyProbe()
        self.delivered: list[tuple[str, float]] = []
        self.start_ms = 0.0
        self.sources = Sources()
        self.gate = ReminderGate(SystemClock(), self.sources, 5, True)
        self.done = QTimer()
        self.done.timeout.connect(self.finish_when_decided)

    def start(self) -> None:
        """What the app does at start: build the sources and the gate, take a first look."""
        built = time.monotonic()
        self.sources = desktop_sources()
        self.gate = ReminderGate(SystemClock(), self.sources, 5, True)
        self.gate.deliver.connect(self.delivering)
        self.gate.start()
        self.gate.offer("hydration")
        self.start_ms = (time.monotonic() - built) * 1000
        QTimer.singleShot(1000, lambda: self.gate.offer("stress"))
        QTimer.singleShot(4500, self.last_offer)

    def delivering(self, habit_id: str) -> None:
        self.delivered.append((habit_id, round(time.monotonic() - self.began, 2)))

    def last_offer(self) -> None:
        self.gate.offer("posture")
        self.done.start(100)

    def finish_when_decided(self) -> None:
        if not self.gate.looking:
            self.finish()

    def finish(self) -> None:
        report = {
            "start_ms": round(self.start_ms, 1),
            "worst_late_ms": round(self.probe.worst_late_ms, 1),
            "worst_blocked_ms": round(self.probe.worst_blocked_ms, 1),
            "worst_at_s": self.probe.worst_at,
            "delivered": self.delivered,
            "held": list(self.gate.held),
            "idle_source": self.sources.idle.describe(),
        }
        print(json.dumps(report), flush=True)
        self.app.quit()


def main() -> None:
    app = QApplication([])
    run = Run(app)
    QTimer.singleShot(0, run.start)
    QTimer.singleShot(round(RUN_S * 1000), run.finish)
    app.exec()


if __name__ == "__main__":
    main()
