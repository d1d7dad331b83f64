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


def _results(
    report: ModuleType,
    *,
    startup: float,
    rss_mib: float,
    cpu_s: float,
    woke: int,
    grown: float,
    worst_ms: float,
) -> Any:
    """Results where the bare tray has round numbers and spasmguard the given ones."""
    from procstats import MIB, Idle, Sample  # noqa: PLC0415

    def settled(rss: float) -> Sample:
        return Sample(rss=int(rss * MIB), pss=0, cpu_s=0.0, switches=0, voluntary=0, threads=3)

    latency = {"median_ms": 5.0, "worst_ms": worst_ms}
    return report.Results(
        runs=5,
        cycles=20,
        startup={report.BARE: 0.2, report.APP: startup},
        startup_cpu={report.BARE: 0.1, report.APP: 0.2},
        settled={report.BARE: settled(50.0), report.APP: settled(rss_mib)},
        idle={
            report.BARE: Idle(60.0, 0.0, 2, 2.0, 2.0),
            report.APP: Idle(60.0, cpu_s, 2 + 3 * woke, 2.0 + 3 * woke, 2.0 + woke),
        },
        windows={
            "before": 60.0,
            "after_reminder": 64.0,
            "after_first": 70.0,
            "after_last": 70.0 + grown,
        },
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
        report, startup=0.3, rss_mib=65.0, cpu_s=0.06, woke=1, grown=2.0, worst_ms=1000.0
    )
    assert _verdicts(report, inside) == [True] * 6


def test_every_target_fails_just_outside(report: ModuleType) -> None:
    outside = _results(
        report, startup=0.301, rss_mib=65.1, cpu_s=0.061, woke=2, grown=2.1, worst_ms=1001.0
    )
    assert _verdicts(report, outside) == [False] * 6


def test_the_memory_a_first_reminder_adds_is_reported_and_kept_out_of_the_window_cost(
    report: ModuleType,
) -> None:
    results = _results(
        report, startup=0.3, rss_mib=65.0, cpu_s=0.0, woke=0, grown=0.0, worst_ms=10.0
    )
    by_measure = {row.measure.split(" (")[0]: row.app for row in report.rows(results)}
    assert by_measure["RSS after the first reminder"] == "64.0 MiB (+4.0)"
    assert by_measure["RSS cost of the first settings + lifting window"] == "+6.0 MiB"


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
