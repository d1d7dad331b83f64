"""The benchmark scripts still start and their judging rules still hold.

Benchmarks are not part of the test command (they take minutes and need a quiet machine),
so without this they could rot unnoticed: each script must at least parse its arguments and
import everything it needs without a display. The report's pass/fail rules are checked on
made-up numbers on both sides of every target.
"""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

BENCHMARKS = Path(__file__).resolve().parents[2] / "benchmarks"
SCRIPTS = ["run.py", "bare_tray.py", "reminder_latency.py"]


@pytest.mark.parametrize("script", SCRIPTS)
def test_script_answers_help(script: str) -> None:
    done = subprocess.run(
        [sys.executable, str(BENCHMARKS / script), "--help"],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "usage:" in done.stdout


@pytest.fixture
def report(monkeypatch: pytest.MonkeyPatch) -> ModuleType:
    """benchmarks/report.py, imported the way run.py imports it (benchmarks/ on the path)."""
    monkeypatch.syspath_prepend(str(BENCHMARKS))
    import report as module  # noqa: PLC0415

    return module


SAFE_EYES = "Safe Eyes 2.1.5"


def _results(
    report: ModuleType,
    *,
    startup: float,
    rss_mib: float,
    peer_rss_mib: float,
    cpu_s: float,
    extra_wakeups: float,
    kept_mib: float,
    grown: float,
    worst_ms: float,
) -> Any:
    """Results where the bare tray has round numbers and spasmguard the given ones."""
    from procstats import MIB, Idle, Sample  # noqa: PLC0415

    def settled(rss: float) -> Sample:
        return Sample(int(rss * MIB), 0, 0, 0.0, 0, 0, threads=3, processes=1)

    latency = {"median_ms": 5.0, "worst_ms": worst_ms}
    quiet = Idle(60.0, 0.0, 2, 0.0, 0.0)
    return report.Results(
        runs=5,
        cycles=20,
        apps=[report.BARE, report.APP, SAFE_EYES],
        startup={report.BARE: 0.2, report.APP: startup, SAFE_EYES: 0.7},
        startup_cpu={report.BARE: 0.1, report.APP: 0.2, SAFE_EYES: 0.3},
        settled={
            report.BARE: settled(50.0),
            report.APP: settled(rss_mib),
            SAFE_EYES: settled(peer_rss_mib),
        },
        idle={
            report.BARE: quiet,
            report.APP: Idle(60.0, cpu_s, 2, 3 * extra_wakeups, extra_wakeups),
            SAFE_EYES: quiet,
        },
        windows={
            "before": 60.0,
            "after_reminder": 64.0,
            "after_first": 70.0,
            "after_last": 70.0 + grown,
        },
        window_kept={"welcome": (kept_mib, 0.5), "settings": (0.0, 0.0)},
        latency={
            "reminders": 40,
            "due_signal": latency,
            "send": latency,
            "on_the_bus": latency,
        },
    )


def _verdicts(report: ModuleType, results: Any) -> list[bool]:
    return [row.passed for row in report.rows(results) if row.passed is not None]


def test_every_target_passes_just_inside(report: ModuleType) -> None:
    inside = _results(
        report,
        startup=0.4,
        rss_mib=70.0,
        peer_rss_mib=70.1,
        cpu_s=0.06,
        extra_wakeups=0.1,
        kept_mib=3.0,
        grown=2.0,
        worst_ms=1000.0,
    )
    assert _verdicts(report, inside) == [True] * 9


def test_every_target_fails_just_outside(report: ModuleType) -> None:
    outside = _results(
        report,
        startup=0.401,
        rss_mib=70.1,
        peer_rss_mib=70.1,
        cpu_s=0.061,
        extra_wakeups=0.11,
        kept_mib=3.1,
        grown=2.1,
        worst_ms=1001.0,
    )
    verdicts = _verdicts(report, outside)
    assert verdicts.pop(6) is True  # the settings window, which kept nothing
    assert verdicts == [False] * 8


def test_the_table_has_a_column_per_app_and_marks_measures_an_app_lacks(
    report: ModuleType,
) -> None:
    results = _results(
        report,
        startup=0.3,
        rss_mib=65.0,
        peer_rss_mib=70.0,
        cpu_s=0.0,
        extra_wakeups=0.0,
        kept_mib=1.0,
        grown=0.0,
        worst_ms=10.0,
    )
    lines = report.table(results).splitlines()
    assert lines[0] == f"| Measure | bare tray | spasmguard | {SAFE_EYES} | Target | Result |"
    by_measure = {line.split(" | ")[0].split(" (")[0]: line for line in lines[2:]}
    assert "| 50.0 MiB | 65.0 MiB | 70.0 MiB |" in by_measure["| Idle RSS"]
    # measured of spasmguard alone: the other columns say so
    assert "| - | 64.0 MiB (+4.0) | - |" in by_measure["| RSS after the first reminder"]
    assert (
        "| - | +1.0 MiB (+0.5) | - |"
        in by_measure["| RSS still held after the first welcome window closed"]
    )


_PARENT = """
import subprocess, sys
child = subprocess.Popen([sys.executable, "-c", "import sys; sys.stdin.readline()"],
                         stdin=subprocess.PIPE)
print(child.pid, flush=True)
sys.stdin.readline()
child.stdin.close()
child.wait()
"""


def test_a_process_tree_is_counted_whole(report: ModuleType) -> None:
    from procstats import process_tree, sample  # noqa: PLC0415

    parent = subprocess.Popen(
        [sys.executable, "-c", _PARENT], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )
    assert parent.stdin is not None
    assert parent.stdout is not None
    try:
        child = int(parent.stdout.readline())
        assert process_tree(parent.pid) == [parent.pid, child]
        both, alone = sample(parent.pid), sample(child)
        assert both.processes == 2
        assert both.rss > alone.rss > 0
    finally:
        parent.stdin.close()
        parent.wait(timeout=10)
        parent.stdout.close()


def _wait_until_asleep(pid: int) -> None:
    """Wait until the process sleeps (state S in /proc/PID/stat): it then blocks on stdin."""
    deadline = time.monotonic() + 10
    while Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] != "S":
        assert time.monotonic() < deadline, "the child never went to sleep"
        time.sleep(0.005)


_SLEEPER = """
import sys, time
print("ready", flush=True)
sys.stdin.readline()
for _ in range(20):
    time.sleep(0.001)
print("slept", flush=True)
sys.stdin.readline()
"""


def test_a_burst_of_short_sleeps_is_one_wakeup_and_a_quiet_process_none(
    report: ModuleType,
) -> None:
    from procstats import WakeCounter, voluntary_switches  # noqa: PLC0415

    child = subprocess.Popen(
        [sys.executable, "-c", _SLEEPER], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )
    assert child.stdin is not None
    assert child.stdout is not None
    try:
        assert child.stdout.readline() == "ready\n"
        _wait_until_asleep(child.pid)  # its sleep on stdin is the last switch before the burst
        counter = WakeCounter(child.pid)
        subprocess.run(["sleep", "0.2"], check=True)
        counter.read()
        assert counter.wakeups == 0  # blocked on stdin all along
        before = voluntary_switches(child.pid)
        child.stdin.write("\n")
        child.stdin.flush()
        assert child.stdout.readline() == "slept\n"
        counter.read()
        assert voluntary_switches(child.pid) - before >= 20
        assert counter.wakeups == 1
    finally:
        child.stdin.close()
        child.wait(timeout=10)
        child.stdout.close()
