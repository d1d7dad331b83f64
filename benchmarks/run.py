"""Whole-process benchmarks of spasmguard against a bare PySide6 tray app and the peers, in one run.

Builds a throw-away desktop (Xvfb, private session bus, trayer, dunst: tests/e2e/desktop.py,
plus a private stand-in system bus), lets each peer (peers.py) finish a first start, then
measures the bare tray of bare_tray.py, spasmguard, Safe Eyes, Workrave and RSIBreak side by side:

1. start-up: spawn to the tray icon embedded in trayer's panel, median of --runs runs each
   (after one untimed warm-up each, so all start with a warm file cache; runs alternate);
2. idle: RSS and PSS of every process of each app once settled, then CPU time, context
   switches and wakeups over --idle-seconds with all apps running and nobody touching them;
3. windows (spasmguard only): the RSS each window (welcome, settings, lifting, history, a
   guided break) leaves behind after its first open/close, and the growth over --cycles
   open/close cycles of the settings window and of the lifting panel;
4. reminder timing: benchmarks/reminder_latency.py on the same desktop.

Results go to docs/performance.md (table, targets, pass/fail, machine) and to stdout.

Usage: python benchmarks/run.py [--quick] [--idle-seconds N] [--output PATH]
"""

from __future__ import annotations

import argparse
import compileall
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path[:0] = [str(ROOT), str(HERE)]

from apps import Spasmguard, TrayProcess, bare_tray, open_and_close  # noqa: E402
from peers import PEERS, Peer  # noqa: E402
from procstats import MIB, Idle, Sample, WakeCounter, sample  # noqa: E402
from report import WAKE_SAMPLE_S, Results, machine, write_report  # noqa: E402
from tests.e2e.desktop import Desktop, require_programs  # noqa: E402
from traywatch import watching  # noqa: E402

SETTLE_S = 15.0
WINDOW_SETTLE_S = 3.0
# The windows whose memory must come back once closed; "stretch" is a guided break.
KEPT_WINDOWS = ("welcome", "settings", "lifting", "history", "stretch")


@dataclass
class Options:
    runs: int
    idle_s: float
    cycles: int
    reminders: int
    output: Path


def parse_args(argv: list[str] | None = None) -> Options:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument(
        "--quick", action="store_true", help="a short trial: 3 runs, 10 s idle, 3 cycles"
    )
    parser.add_argument(
        "--idle-seconds", type=float, help="length of the idle window (default 60; 10 with --quick)"
    )
    parser.add_argument("--output", type=Path, default=ROOT / "docs" / "performance.md")
    args = parser.parse_args(argv)
    if args.quick:
        options = Options(runs=3, idle_s=10.0, cycles=3, reminders=5, output=args.output)
    else:
        options = Options(runs=21, idle_s=60.0, cycles=20, reminders=60, output=args.output)
    if args.idle_seconds is not None:
        options.idle_s = args.idle_seconds
    return options


def startup_times(apps: list[TrayProcess], runs: int) -> tuple[dict[str, float], dict[str, float]]:
    """Median wall and CPU seconds from spawn to the icon embedded per app (interleaved runs).

    CPU time is reported beside wall time because it hardly changes when other programs
    compete for the cores, which wall time does.
    """
    wall: dict[str, list[float]] = {app.name: [] for app in apps}
    cpu: dict[str, list[float]] = {app.name: [] for app in apps}
    for run in range(runs + 1):
        for app in apps:
            elapsed = app.start()
            app.stop()
            if run:  # run 0 is the warm-up
                wall[app.name].append(elapsed)
                cpu[app.name].append(app.cpu_at_embed)
    for name, values in wall.items():
        print(f"start-up {name}: {', '.join(f'{v * 1000:.0f}' for v in values)} ms", flush=True)
    return _medians(wall), _medians(cpu)


def _medians(values: dict[str, list[float]]) -> dict[str, float]:
    return {name: statistics.median(each) for name, each in values.items()}


def idle_costs(
    apps: list[TrayProcess], seconds: float
) -> tuple[dict[str, Sample], dict[str, Idle]]:
    """Settled samples and what each app did over `seconds` of idling (all running together)."""
    for app in apps:
        app.start()
    time.sleep(SETTLE_S)
    settled = {app.name: sample(app.pid) for app in apps}
    counters = {app.name: WakeCounter(app.pid) for app in apps}
    started = time.monotonic()
    while (left := started + seconds - time.monotonic()) > 0:
        time.sleep(min(WAKE_SAMPLE_S, left))
        for counter in counters.values():
            counter.read()
    elapsed = time.monotonic() - started
    idle = {
        app.name: Idle.between(
            settled[app.name], sample(app.pid), elapsed, counters[app.name].wakeups
        )
        for app in apps
    }
    return settled, idle


def _settled(app: Spasmguard) -> Sample:
    time.sleep(WINDOW_SETTLE_S)
    return sample(app.pid)


def _settled_rss(app: Spasmguard) -> float:
    return _settled(app).rss / MIB


def window_costs(
    app: Spasmguard, cycles: int
) -> tuple[dict[str, float], dict[str, tuple[float, float]]]:
    """RSS (MiB) before anything, after a first reminder, after the first cycle of settings and
    lifting and after the last; and the RSS and its private part (MiB) that each window's
    first open/close left behind."""
    rss = {"before": _settled_rss(app)}
    # A reminder loads the notifier (desktop-notifier, dbus-fast, its asyncio thread): from
    # then on, this is what the app holds all day.
    app.cli("trigger", "hydration")
    rss["after_reminder"] = _settled_rss(app)
    kept = {}
    for window in KEPT_WINDOWS:
        before = _settled(app)
        open_and_close(app, window)
        after = _settled(app)
        kept[window] = ((after.rss - before.rss) / MIB, (after.anon - before.anon) / MIB)
    rss["after_first"] = _settled_rss(app)
    for _ in range(cycles - 1):
        for window in ("settings", "lifting"):
            open_and_close(app, window)
    rss["after_last"] = _settled_rss(app)
    return rss, kept


def reminder_latency(env: dict[str, str], reminders: int) -> dict[str, Any]:
    done = subprocess.run(
        [sys.executable, str(HERE / "reminder_latency.py"), f"--reminders={reminders}"],
        env=env,
        capture_output=True,
        text=True,
        timeout=60 + reminders * 15,
        check=False,
    )
    if done.returncode != 0:
        raise RuntimeError(f"reminder_latency.py failed: {done.stderr.strip()[-2000:]}")
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def compile_bytecode() -> None:
    """Compile spasmguard's modules as ``pip install`` does for an installed copy.

    An editable install (``scripts/dev``) has no bytecode until a run writes it, and none is
    ever written where PYTHONDONTWRITEBYTECODE is set (as on the CI machines): each start would
    then compile ~40 modules from source (~130 ms) that a user's install never compiles. The
    bare tray's one script is compiled on every start either way (it is ``__main__``).
    """
    import spasmguard  # noqa: PLC0415 - only to find the package

    compileall.compile_dir(Path(spasmguard.__file__).parent, quiet=1)


def measure(desktop: Desktop, options: Options) -> Results:
    compile_bytecode()
    with watching(desktop.env) as tray:
        spasmguard = Spasmguard(desktop.env, tray)
        peers = [Peer(spec, desktop.env, tray) for spec in PEERS]
        apps: list[TrayProcess] = [bare_tray(desktop.env, tray), spasmguard, *peers]
        try:
            for peer in peers:
                peer.first_run()
            startup, startup_cpu = startup_times(apps, options.runs)
            settled, idle = idle_costs(apps, options.idle_s)
            for app in apps:
                if app is not spasmguard:
                    app.stop()
            windows, kept = window_costs(spasmguard, options.cycles)
            time_watch = spasmguard.time_watch_path()
        finally:
            for app in apps:
                app.stop()
            spasmguard.remove()
            for peer in peers:
                peer.remove()
    latency = reminder_latency(desktop.env, options.reminders)
    return Results(
        runs=options.runs,
        cycles=options.cycles,
        apps=[app.name for app in apps],
        startup=startup,
        startup_cpu=startup_cpu,
        settled=settled,
        idle=idle,
        windows=windows,
        window_kept=kept,
        latency=latency,
        time_watch=time_watch,
    )


# Owns logind's name on the stand-in system bus and answers nothing, until stdin closes.
_LOGIND_STANDIN = """
import sys
from PySide6.QtDBus import QDBusConnection
bus = QDBusConnection.connectToBus(sys.argv[1], "logind")
if not bus.registerService("org.freedesktop.login1"):
    sys.exit(bus.lastError().message())
print("owned", flush=True)
sys.stdin.read()
"""


def start_system_bus(desktop: Desktop) -> list[subprocess.Popen[bytes]]:
    """A private stand-in system bus with a stand-in for logind, for every app under test.

    Every desktop these apps run on has a system bus with logind: Safe Eyes exits at start
    without a system bus, spasmguard and RSIBreak listen for logind's PrepareForSleep on it.
    A bus of the desktop's own configuration, second instance, serves them all alike; the
    stand-in only owns logind's name (it never sends a signal: nobody suspends here).
    """
    bus = subprocess.Popen(
        [
            "dbus-daemon",
            "--nofork",
            f"--config-file={desktop.root / 'session-bus.conf'}",
            "--print-address",
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
    )
    assert bus.stdout is not None
    address = bus.stdout.readline().decode().strip()  # printed once it accepts clients
    if not address:
        raise RuntimeError(f"the stand-in system bus exited at start: {bus.wait()}")
    logind = subprocess.Popen(
        [sys.executable, "-c", _LOGIND_STANDIN, address],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
    )
    assert logind.stdout is not None
    if logind.stdout.readline() != b"owned\n":
        raise RuntimeError(f"the stand-in for logind failed: {logind.wait()}")
    desktop.env["DBUS_SYSTEM_BUS_ADDRESS"] = address
    return [logind, bus]


def main(argv: list[str] | None = None) -> int:
    options = parse_args(argv)
    require_programs({"xdotool": "xdotool", "dbus-monitor": "dbus"})
    require_programs({spec.command[0]: spec.package for spec in PEERS})
    root = Path(tempfile.mkdtemp(prefix="sgbench"))
    desktop = Desktop(root)
    host = machine()
    load_before = os.getloadavg()[0]
    desktop.start()
    system_bus: list[subprocess.Popen[bytes]] = []
    try:
        system_bus = start_system_bus(desktop)
        results = measure(desktop, options)
    finally:
        for process in system_bus:
            process.terminate()
            process.wait()
        desktop.stop()
        shutil.rmtree(root, ignore_errors=True)
    host["Load average (1 min) before / after"] = f"{load_before:.2f} / {os.getloadavg()[0]:.2f}"
    text = write_report(results, host, options.output)
    print(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
