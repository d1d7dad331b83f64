"""The tests' machine clock is put back even after a run that moved it was killed."""

from __future__ import annotations

import atexit
import json
import subprocess
import time
from datetime import timedelta

import pytest

from tests.wallclock import LEFT_MOVED, RESTORE_TOLERANCE, MachineClock

MOVED = timedelta(hours=2)


def _gone_pid() -> int:
    done = subprocess.Popen(["true"])
    done.wait()
    return done.pid


def test_a_clock_left_moved_by_a_killed_run_is_put_back_by_the_next() -> None:
    wall_minus_monotonic = time.time() - time.monotonic()
    killed = MachineClock()
    try:
        killed.shift(MOVED)
        atexit.unregister(killed.restore)  # killed: neither its finally nor atexit runs
        left = json.loads(LEFT_MOVED.read_text())
        LEFT_MOVED.write_text(json.dumps(left | {"pid": _gone_pid()}))

        with pytest.warns(UserWarning, match="killed test run"):
            MachineClock()

        off = abs(time.time() - time.monotonic() - wall_minus_monotonic)
        assert off < RESTORE_TOLERANCE.total_seconds()
        assert not LEFT_MOVED.exists()
    finally:
        killed.restore()


def test_a_clock_moved_by_a_run_still_going_is_left_to_it() -> None:
    wall_minus_monotonic = time.time() - time.monotonic()
    owner = MachineClock()
    try:
        owner.shift(MOVED)
        MachineClock()  # another test session on the machine starts meanwhile
        moved = time.time() - time.monotonic() - wall_minus_monotonic
        assert moved == pytest.approx(MOVED.total_seconds(), abs=1)
        assert LEFT_MOVED.exists()
    finally:
        owner.restore()
    assert not LEFT_MOVED.exists()
