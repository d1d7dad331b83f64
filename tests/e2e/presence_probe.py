"""Runs spasmguard's presence checks on the test desktop, in a process of their own.

Usage: ``python presence_probe.py MODE``, MODE one of idle, fullscreen, inhibited, gate, told,
lowered, raised, saved, window. Each prints one JSON line with what it found (the told scenario's
modes three; ``window`` instead shows a window and obeys stdin). The real adapters run against
the real desktop and bus; nothing here is faked.
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
from collections.abc import Callable
from datetime import timedelta

from PySide6.QtCore import QCoreApplication, QSocketNotifier, QTimer
from PySide6.QtWidgets import QApplication, QLabel

from spasmguard.core.clock import SystemClock
from spasmguard.engine.dnd import fullscreen_detector, inhibit_detector
from spasmguard.engine.gate import ReminderGate, Sources, desktop_sources
from spasmguard.engine.idle import idle_source
from spasmguard.engine.readings import IdleSource

SETTLE_S = 10.0
TOLD_AWAY_S = 2.0
# The threshold moves while the user is away: "lowered" from 3 s to 2 s, "raised" from 2 s to
# a minute; "saved" raises it as the user comes back (the click on Save is the first input).
MOVES = {
    "lowered": (3.0, TOLD_AWAY_S, False),
    "raised": (TOLD_AWAY_S, 60.0, False),
    "saved": (TOLD_AWAY_S, 60.0, True),
}
TOLD_WAIT_S = 30.0


def report(**fields: object) -> None:
    print(json.dumps(fields), flush=True)


def settle(done: Callable[[], bool], seconds: float = SETTLE_S) -> None:
    """Run the event loop until ``done()`` (answers and events arrive through it)."""
    deadline = time.monotonic() + seconds
    while not done():
        if time.monotonic() > deadline:
            raise SystemExit("no answer from the desktop in time")
        QCoreApplication.processEvents()
        time.sleep(0.01)


def answer(ask: Callable[[Callable[[object], None]], None]) -> object:
    """One reading of a source, waited for."""
    got: list[object] = []
    ask(got.append)
    settle(lambda: bool(got))
    return got[0]


def idle_seconds(source: IdleSource) -> float:
    value = answer(source.read)
    return value if isinstance(value, float) else 0.0


def idle_reading() -> None:
    source = idle_source()
    settle(lambda: source.describe() != "nothing" or not source.capability.available)
    report(idle=answer(source.read), source=source.describe())


def gate_scenario() -> None:
    """Away for the (shortened) threshold, two reminders due, input comes back: what happens."""
    sources = desktop_sources()
    gate = ReminderGate(SystemClock(), sources, 1, True)
    gate.presence.threshold = timedelta(seconds=1.5)
    sources.idle.watch(1.5)
    delivered: list[str] = []
    breaks: list[list[str]] = []
    gate.deliver.connect(delivered.append)
    gate.came_back.connect(lambda ids: breaks.append(list(ids)))
    settle(lambda: sources.idle.describe() != "nothing")
    deadline = time.monotonic() + 10
    while idle_seconds(sources.idle) < 2 and time.monotonic() < deadline:
        time.sleep(0.2)
    gate.offer("hydration")
    gate.offer("stretch")
    settle(lambda: not gate.looking)
    held = list(gate.held)
    moved = time.monotonic()
    subprocess.run(["xdotool", "mousemove_relative", "--", "3", "3"], check=True)
    # Nobody asks the gate to look: the source's event must bring the return.
    settle(lambda: bool(breaks) and not gate.looking)
    report(
        picked=sources.idle.describe(),
        event_driven=sources.idle.event_driven,
        return_noticed_s=round(time.monotonic() - moved, 2),
        next_check_ms=gate.next_check_ms(),
        held=held,
        delivered=delivered,
        breaks=breaks,
        still_held=list(gate.held),
    )


def told_scenario(
    away_s: float = TOLD_AWAY_S, moved_s: float | None = None, on_return: bool = False
) -> None:
    """The desktop's own source, its threshold moved to ``away_s``: away and back must come as
    events (and, with ``moved_s``, still after the threshold moves there while away, or
    ``on_return``, once the input is given and before the probe looks at what it brought).

    Prints the picked source, then ``{"away": ...}`` once a reminder is held while away, then
    waits (nobody asks the gate to look) for the return the test makes with real input, and
    prints when it was noticed on the monotonic clock, which the test shares. The test writes
    a line when its input is done.
    """
    sources = desktop_sources()
    gate = ReminderGate(SystemClock(), sources, 1, True)  # watches at the setting's minute
    back: list[float] = []
    gate.came_back.connect(lambda _ids: back.append(time.monotonic()))
    settle(lambda: sources.idle.event_driven, TOLD_WAIT_S)
    # A changed threshold moves the desktop's watch (as a changed setting does).
    move_threshold(gate, sources, away_s)
    report(picked=sources.idle.describe(), event_driven=sources.idle.event_driven)
    gate.start()
    settle(lambda: gate.presence.away, TOLD_WAIT_S)
    gate.offer("hydration")
    settle(lambda: not gate.looking)
    if moved_s is not None and not on_return:
        move_threshold(gate, sources, moved_s)
    if moved_s is not None and moved_s < away_s:
        gate.check()  # still away past the lower threshold: a reading must say so
        settle(lambda: not gate.looking)
    report(away=gate.presence.away, held=list(gate.held), next_check_ms=gate.next_check_ms())
    if moved_s is not None and on_return:
        sys.stdin.readline()  # the input is given; its events wait, unread, as Save's click did
        move_threshold(gate, sources, moved_s)
    settle(lambda: bool(back) and not gate.looking, TOLD_WAIT_S)
    report(back_at=back[0], still_held=list(gate.held))


def move_threshold(gate: ReminderGate, sources: Sources, seconds: float) -> None:
    """What a changed setting does (ReminderGate.configure), in seconds rather than minutes."""
    gate.presence.threshold = timedelta(seconds=seconds)
    sources.idle.watch(seconds)


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
    if mode == "window":
        window()
        return
    app = QApplication([])
    if mode == "idle":
        idle_reading()
    elif mode == "fullscreen":
        report(active=answer(fullscreen_detector().read))
    elif mode == "inhibited":
        report(active=answer(inhibit_detector().read))
    elif mode == "gate":
        gate_scenario()
    elif mode == "told":
        told_scenario()
    elif mode in MOVES:
        told_scenario(*MOVES[mode])
    else:
        raise SystemExit(f"unknown mode {mode!r}")
    app.quit()


if __name__ == "__main__":
    main()
