"""Turn one benchmark run into docs/performance.md: results, targets, pass/fail, machine.

The targets are the ones of issue 16 (against the bare tray and the peers measured in the
same run), each stated next to its number so a reader never has to look them up. Kept apart
from run.py so the judging rules can be read (and tested) alone.
"""

from __future__ import annotations

import os
import platform
import sys
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from procstats import MIB, Idle, Sample

COMMAND = "scripts/dev bench"
STARTUP_RATIO = 2.0
RSS_HEADROOM_MIB = 20.0
# "Effectively zero": at most 0.1 % of one core, i.e. 60 ms of CPU time per idle minute.
CPU_SHARE = 0.001
# Zero wakeups of its own between reminders: the bare tray's, plus one in a 10-minute window
# (a reading that straddles the window's edge, or the X server's own housekeeping).
EXTRA_WAKEUPS_PER_MIN = 0.1
WAKE_SAMPLE_S = 0.5  # how often run.py reads the switch counters to tell wakeups apart
WINDOW_KEPT_MIB = 3.0
WINDOW_GROWTH_MIB = 2.0
LATENCY_MS = 1000.0
BARE, APP = "bare tray", "spasmguard"
#: The peer spasmguard's idle RSS must stay below: the other Python app.
PYTHON_PEER = "Safe Eyes"


@dataclass
class Results:
    runs: int
    cycles: int
    apps: list[str]  # column order: the bare tray, spasmguard, then the peers with versions
    startup: dict[str, float]  # app name -> median wall seconds to the icon embedded
    startup_cpu: dict[str, float]  # app name -> median CPU seconds until then
    settled: dict[str, Sample]
    idle: dict[str, Idle]
    # "before", "after_reminder", "after_first", "after_last" -> RSS MiB (spasmguard)
    windows: dict[str, float]
    # window name -> MiB of RSS, and of its private part (RssAnon), still held once its first
    # open/close settled (spasmguard)
    window_kept: dict[str, tuple[float, float]]
    latency: dict[str, Any]  # reminder_latency.py's JSON
    time_watch: str = "not logged"  # spasmguard's log line: which time watch path was in use


@dataclass(frozen=True)
class Row:
    measure: str
    values: dict[str, str]  # app name -> shown value; apps without one show "-"
    target: str
    passed: bool | None  # None: informational, no target


def machine() -> dict[str, str]:
    """What the numbers were measured on (all read locally, nothing is sent anywhere)."""
    from PySide6 import QtCore, __version__  # noqa: PLC0415 - only for the version strings

    cpu = next(
        (
            line.split(":", 1)[1].strip()
            for line in Path("/proc/cpuinfo").read_text().splitlines()
            if line.startswith("model name")
        ),
        platform.processor() or "unknown",
    )
    mem_kib = int(Path("/proc/meminfo").read_text().split()[1])
    os_name = platform.freedesktop_os_release().get("PRETTY_NAME", platform.system())
    return {
        "CPU": f"{cpu}, {os.cpu_count()} logical cores",
        "RAM": f"{mem_kib * 1024 / 2**30:.1f} GiB",
        "OS": f"{os_name}, Linux {platform.release()}",
        "Python": sys.version.split()[0],
        "PySide6 / Qt": f"{__version__} / {QtCore.qVersion()}",
    }


def _mib(value: float) -> str:
    return f"{value / MIB:.1f} MiB"


def _each(results: Results, show: Callable[[str], str]) -> dict[str, str]:
    return {name: show(name) for name in results.apps}


def python_peer(results: Results) -> str:
    """The column of Safe Eyes, whatever its version."""
    return next(name for name in results.apps if name.startswith(PYTHON_PEER))


def rows(results: Results) -> list[Row]:
    """Every measure, judged against its target; the peers' rows first."""
    return [*_peer_rows(results), *_app_rows(results)]


def _peer_rows(results: Results) -> list[Row]:
    """The measures taken of every app in the same run."""
    start, cpu, settled, idle = results.startup, results.startup_cpu, results.settled, results.idle
    rss_bare, rss_app = settled[BARE].rss, settled[APP].rss
    rss_peer = settled[python_peer(results)].rss
    window = f"{idle[APP].seconds:.0f} s"
    extra_wakeups = idle[APP].wakeups_per_min - idle[BARE].wakeups_per_min
    return [
        Row(
            f"Start-up to the tray icon embedded (median of {results.runs})",
            _each(results, lambda n: f"{start[n] * 1000:.0f} ms ({start[n] / start[BARE]:.2f}x)"),
            f"spasmguard <= {STARTUP_RATIO:g}x bare",
            start[APP] <= STARTUP_RATIO * start[BARE],
        ),
        Row(
            "CPU time until the icon is embedded (median)",
            _each(results, lambda n: f"{cpu[n] * 1000:.0f} ms"),
            "- (less sensitive to a busy machine)",
            None,
        ),
        Row(
            "Idle RSS (VmRSS, settled, all processes)",
            _each(results, lambda n: _mib(settled[n].rss)),
            f"spasmguard <= bare + {RSS_HEADROOM_MIB:g} MiB (+{(rss_app - rss_bare) / MIB:.1f})",
            rss_app <= rss_bare + RSS_HEADROOM_MIB * MIB,
        ),
        Row(
            f"Idle RSS below {PYTHON_PEER}, the other Python app",
            {APP: f"{(rss_app - rss_peer) / MIB:+.1f} MiB"},
            f"spasmguard < {PYTHON_PEER}",
            rss_app < rss_peer,
        ),
        Row(
            "Idle PSS (smaps_rollup, all processes)",
            _each(results, lambda n: _mib(settled[n].pss)),
            "-",
            None,
        ),
        Row(
            "Processes / threads when idle",
            _each(results, lambda n: f"{settled[n].processes} / {settled[n].threads}"),
            "-",
            None,
        ),
        Row(
            f"CPU time over {window} idle",
            _each(results, lambda n: f"{idle[n].cpu_s * 1000:.0f} ms"),
            f"spasmguard <= {CPU_SHARE * 100:g} % of a core",
            idle[APP].cpu_s <= CPU_SHARE * idle[APP].seconds,
        ),
        Row(
            f"Wakeups per minute (moments a thread woke; read every {WAKE_SAMPLE_S:g} s)",
            _each(results, lambda n: f"{idle[n].wakeups_per_min:.1f}"),
            f"spasmguard <= bare + {EXTRA_WAKEUPS_PER_MIN:g} (now {extra_wakeups:+.1f})",
            extra_wakeups <= EXTRA_WAKEUPS_PER_MIN,
        ),
        Row(
            "Voluntary switches per minute (a wakeup waiting on X or D-Bus adds more)",
            _each(results, lambda n: f"{idle[n].voluntary_per_min:.1f}"),
            "-",
            None,
        ),
    ]


def _app_rows(results: Results) -> list[Row]:
    """The measures taken of spasmguard alone: windows, the notifier, reminder timing."""
    windows = results.windows
    grown = windows["after_last"] - windows["after_first"]
    notifier = windows["after_reminder"] - windows["before"]
    bus = results.latency["on_the_bus"]
    kept = [
        Row(
            f"RSS still held after the first {name} window closed (its private part)",
            {APP: f"{mib:+.1f} MiB ({anon:+.1f})"},
            f"<= {WINDOW_KEPT_MIB:g} MiB",
            mib <= WINDOW_KEPT_MIB,
        )
        for name, (mib, anon) in results.window_kept.items()
    ]
    return [
        Row(
            "RSS after the first reminder (the notifier loaded; all day from then on)",
            {APP: f"{windows['after_reminder']:.1f} MiB ({notifier:+.1f})"},
            "- (desktop-notifier and its asyncio thread load with the first reminder)",
            None,
        ),
        *kept,
        Row(
            f"RSS growth over {results.cycles - 1} more open/close cycles of settings + lifting",
            {APP: f"{grown:+.1f} MiB ({windows['after_last']:.1f} MiB after {results.cycles})"},
            f"<= {WINDOW_GROWTH_MIB:g} MiB",
            grown <= WINDOW_GROWTH_MIB,
        ),
        Row(
            f"Reminder due -> Notify on the bus ({results.latency['reminders']} reminders)",
            {APP: f"median {bus['median_ms']:.0f} ms, worst {bus['worst_ms']:.0f} ms"},
            f"<= {LATENCY_MS:g} ms",
            bus["worst_ms"] <= LATENCY_MS,
        ),
    ]


def _verdict(passed: bool | None) -> str:
    return {True: "pass", False: "**FAIL**", None: ""}[passed]


def table(results: Results) -> str:
    lines = [
        f"| Measure | {' | '.join(results.apps)} | Target | Result |",
        "|---|" + "---|" * (len(results.apps) + 2),
    ]
    for row in rows(results):
        values = " | ".join(row.values.get(name, "-") for name in results.apps)
        lines.append(f"| {row.measure} | {values} | {row.target} | {_verdict(row.passed)} |")
    return "\n".join(lines)


def latency_table(latency: dict[str, Any]) -> str:
    lines = ["| From the due moment to | median | worst |", "|---|---|---|"]
    names = {
        "due_signal": "the engine's `due` signal",
        "send": "the session calling the notifier",
        "on_the_bus": "`Notify` on the session bus",
    }
    for key, label in names.items():
        value = latency[key]
        lines.append(f"| {label} | {value['median_ms']:.1f} ms | {value['worst_ms']:.1f} ms |")
    return "\n".join(lines)


def write_report(results: Results, host: dict[str, str], output: Path) -> str:
    """Fill the results into the document's template and write it; return the text."""
    template = (Path(__file__).parent / "performance_template.md").read_text()
    when = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    text = template.format(
        command=COMMAND,
        when=when,
        machine="\n".join(f"- {key}: {value}" for key, value in host.items()),
        time_watch=results.time_watch,
        table=table(results),
        latency=latency_table(results.latency),
    )
    output.write_text(text)
    return text
