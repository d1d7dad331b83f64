"""What a running process costs, read from /proc (Linux only; no third-party code).

All counters are read the way ``top`` and ``ps`` read them, so anyone can check a number by
hand. Every reading is summed over the app's whole process tree (the process and every process
it started, found through ``/proc/PID/task/*/children``): a peer that starts helper processes
pays for them too. Context switches are summed over every thread (``/proc/PID/task/*/status``):
a Qt app's timers and a Python helper thread each wake on their own, and the main thread's
counters alone (``/proc/PID/status``) would miss them.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

KIB = 1024
MIB = 1024 * 1024
_TICKS_PER_S = os.sysconf("SC_CLK_TCK")
T = TypeVar("T")


@dataclass(frozen=True)
class Sample:
    """One reading of a process's counters."""

    rss: int  # bytes, VmRSS
    anon: int  # bytes, RssAnon: the private part of RSS (heaps, Python objects), not code pages
    pss: int  # bytes, Pss from smaps_rollup (shared pages divided among their users)
    cpu_s: float  # utime + stime of every thread, live and exited
    switches: int  # voluntary + nonvoluntary context switches, all live threads
    voluntary: int  # voluntary switches only, all live threads: each is one sleep -> wakeup
    threads: int
    processes: int


def _status_fields(path: Path) -> dict[str, str]:
    fields = {}
    for line in path.read_text().splitlines():
        key, _, value = line.partition(":")
        fields[key] = value.strip()
    return fields


def _kib_field(fields: dict[str, str], key: str) -> int:
    """A "1234 kB" field in bytes."""
    return int(fields[key].split()[0]) * KIB


def process_tree(pid: int) -> list[int]:
    """`pid` and every live process descended from it (children of all its threads)."""
    tree, index = [pid], 0
    while index < len(tree):
        for task in Path(f"/proc/{tree[index]}/task").glob("*/children"):
            try:
                tree += [int(child) for child in task.read_text().split()]
            except FileNotFoundError:  # the thread ended while we looked
                continue
        index += 1
    return tree


def _over_tree(pid: int, read: Callable[[int], T]) -> list[T]:
    """`read` of every process of the tree of `pid`.

    A helper that ended (or is a zombie) while we looked is left out: a peer that runs a short
    command now and then (Safe Eyes runs xprintidle) must not end the benchmark; its CPU time
    is counted in the parent's once reaped (:func:`cpu_seconds`). The app itself must be there.
    """
    values = []
    for each in process_tree(pid):
        try:
            values.append(read(each))
        except (FileNotFoundError, ProcessLookupError, KeyError):
            if each == pid:
                raise
    return values


def cpu_seconds(pid: int) -> float:
    """CPU time of the whole process tree of `pid`, in seconds."""
    return sum(_over_tree(pid, _cpu_seconds))


def _cpu_seconds(pid: int) -> float:
    """utime + stime + cutime + cstime (fields 14-17 of /proc/PID/stat), in seconds: the
    process's own time and that of the children it has reaped."""
    stat = Path(f"/proc/{pid}/stat").read_text()
    # The command name (field 2) may contain spaces; everything after its ')' is space-separated.
    after_name = stat.rsplit(")", 1)[1].split()
    return sum(int(tick) for tick in after_name[11:15]) / _TICKS_PER_S


def _switches(pid: int) -> tuple[int, int, int]:
    """Voluntary and involuntary context switches summed over live threads, and the threads."""
    voluntary = involuntary = threads = 0
    for task in Path(f"/proc/{pid}/task").iterdir():
        try:
            fields = _status_fields(task / "status")
        except FileNotFoundError:  # the thread ended while we looked
            continue
        voluntary += int(fields["voluntary_ctxt_switches"])
        involuntary += int(fields["nonvoluntary_ctxt_switches"])
        threads += 1
    return voluntary, involuntary, threads


def voluntary_switches(pid: int) -> int:
    """Voluntary context switches of every live thread of the process tree of `pid`."""
    return sum(switches[0] for switches in _over_tree(pid, _switches))


def sample(pid: int) -> Sample:
    """Read every counter of the process tree of `pid` now (the sum over its processes)."""
    parts = _over_tree(pid, _sample_one)
    return Sample(
        *(sum(getattr(part, name) for part in parts) for name in Sample.__dataclass_fields__)
    )


def _sample_one(pid: int) -> Sample:
    status = _status_fields(Path(f"/proc/{pid}/status"))
    rollup = _status_fields(Path(f"/proc/{pid}/smaps_rollup"))
    voluntary, involuntary, threads = _switches(pid)
    return Sample(
        rss=_kib_field(status, "VmRSS"),
        anon=_kib_field(status, "RssAnon"),
        pss=_kib_field(rollup, "Pss"),
        cpu_s=_cpu_seconds(pid),
        switches=voluntary + involuntary,
        voluntary=voluntary,
        threads=threads,
        processes=1,
    )


@dataclass(frozen=True)
class Idle:
    """What a process did between two samples taken `seconds` apart."""

    seconds: float
    cpu_s: float
    switches: int
    voluntary_per_min: float
    wakeups_per_min: float

    @classmethod
    def between(cls, before: Sample, after: Sample, seconds: float, wakeups: int) -> Idle:
        """Differences of the counters, and `wakeups` (see :class:`WakeCounter`) per minute."""
        return cls(
            seconds=seconds,
            cpu_s=after.cpu_s - before.cpu_s,
            switches=after.switches - before.switches,
            voluntary_per_min=(after.voluntary - before.voluntary) * 60 / seconds,
            wakeups_per_min=wakeups * 60 / seconds,
        )


class WakeCounter:
    """Counts the moments a process woke: sampling periods in which it slept and woke again.

    A voluntary switch is one sleep that ended, but one wakeup that asks the X server or the
    bus something and waits for the answer sleeps and wakes again within a millisecond: each
    such wait is one more switch, not one more wakeup. Read every `period` seconds (the reader
    is the benchmark, not the process), a period whose voluntary switch count grew holds at
    least one wakeup; two wakeups closer together than `period` count as one.
    """

    def __init__(self, pid: int) -> None:
        self.pid = pid
        self.last = voluntary_switches(pid)
        self.wakeups = 0

    def read(self) -> None:
        now = voluntary_switches(self.pid)
        self.wakeups += now > self.last
        self.last = now
