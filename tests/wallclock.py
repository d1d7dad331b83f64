"""Setting this machine's wall clock for a test, and always putting it back.

Only a real ``clock_settime(CLOCK_REALTIME)`` makes the kernel do what it does on a manual clock
set or a resume from suspend: cancel every ``TFD_TIMER_CANCEL_ON_SET`` timerfd, the app's
event-driven time watch. The tests run as root with ``CAP_SYS_TIME`` (CI's fresh VM); without
it a test that needs this fails with a clear message rather than being skipped.

The clock is put back from the monotonic clock, which no clock set moves: the wall clock minus
the monotonic clock is recorded before the first jump and restored after the last, in the
fixture's ``finally`` (test failures included) and at interpreter exit, so however long the test
ran, the machine's clock ends where it would have been. A run killed while the clock is moved
(SIGKILL, a timeout) cannot do that: the offset is also written to a file for as long as the
clock is moved, and the next ``MachineClock`` of the same boot puts the clock back from it.
Other processes on the machine see the jumps too: keep them short-lived.
"""

from __future__ import annotations

import atexit
import json
import os
import tempfile
import time
import warnings
from datetime import timedelta
from pathlib import Path

import pytest

#: How far from where it would have been the restored clock may be.
RESTORE_TOLERANCE = timedelta(seconds=1)
#: Where the clock belongs, while a test has it moved (the monotonic clock restarts at boot).
LEFT_MOVED = Path(tempfile.gettempdir()) / "spasmguard-tests-clock-moved.json"
_BOOT_ID = Path("/proc/sys/kernel/random/boot_id")


def _offset_ns() -> int:
    """Wall clock minus monotonic clock, in nanoseconds: constant unless the clock is set."""
    return time.clock_gettime_ns(time.CLOCK_REALTIME) - time.clock_gettime_ns(time.CLOCK_MONOTONIC)


def _set_wall_clock(ns: int) -> None:
    try:
        time.clock_settime_ns(time.CLOCK_REALTIME, ns)
    except PermissionError as error:
        denied = error.strerror
    else:
        return
    # Outside the except block, so that the failure reads as this one sentence.
    pytest.fail(
        f"cannot set the machine's clock ({denied}): the clock-jump tests need CAP_SYS_TIME, "
        "so run them as root, as CI does",
        pytrace=False,
    )


def _put_back_what_a_killed_run_left() -> None:
    """Set the clock where a run that was killed with the clock moved says it belongs."""
    if not LEFT_MOVED.exists():
        return
    left = json.loads(LEFT_MOVED.read_text())
    if _running(left["pid"]):
        return  # its run is still going (and will put the clock back itself)
    if left["boot"] == _BOOT_ID.read_text().strip():
        _set_wall_clock(time.clock_gettime_ns(time.CLOCK_MONOTONIC) + left["offset_ns"])
        warnings.warn("put back the machine's clock, left moved by a killed test run", stacklevel=3)
    LEFT_MOVED.unlink()


def _running(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return True


class MachineClock:
    """This machine's wall clock, moved by :meth:`shift` and put back by :meth:`restore`."""

    def __init__(self) -> None:
        _put_back_what_a_killed_run_left()
        self._offset = _offset_ns()
        self.shifted = timedelta(0)

    def shift(self, delta: timedelta) -> None:
        """Set the wall clock `delta` away from where it is now (negative: back)."""
        atexit.register(self.restore)  # once: registering the same bound method again is harmless
        if not self.shifted:
            boot = _BOOT_ID.read_text().strip()
            left = {"boot": boot, "pid": os.getpid(), "offset_ns": self._offset}
            LEFT_MOVED.write_text(json.dumps(left))
        delta_ns = round(delta.total_seconds() * 1e9)
        _set_wall_clock(time.clock_gettime_ns(time.CLOCK_REALTIME) + delta_ns)
        self.shifted += delta

    def restore(self) -> None:
        """Set the wall clock where it would be had it never moved; check that it is there."""
        atexit.unregister(self.restore)
        if self.shifted:
            _set_wall_clock(time.clock_gettime_ns(time.CLOCK_MONOTONIC) + self._offset)
            self.shifted = timedelta(0)
        LEFT_MOVED.unlink(missing_ok=True)
        error = timedelta(microseconds=abs(_offset_ns() - self._offset) / 1000)
        assert error < RESTORE_TOLERANCE, f"the machine's clock is {error} off after the test"
