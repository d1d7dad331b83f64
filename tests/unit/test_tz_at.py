"""scripts/tz_at.py, which puts the suite's extra runs at 23:30 and 23:59:30 local time.

Checked through the C library itself, so a sign mistake (POSIX offsets are west-positive)
cannot hide behind the script's own arithmetic.
"""

from __future__ import annotations

import runpy
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.unit.conftest import SetTZ

SCRIPT = Path(__file__).parents[2] / "scripts" / "tz_at.py"
# Moments spread over a UTC day: 00:00:00, 05:59:59, 11:30:00 and 23:59:59 UTC.
UTC_MOMENTS = (1_795_392_000, 1_795_413_599, 1_795_433_400, 1_795_478_399)


tz_at = runpy.run_path(str(SCRIPT))["tz_at"]


@pytest.mark.parametrize("local", ["23:30", "23:59:30", "00:00:00", "12:00", "06:07:08"])
@pytest.mark.parametrize("utc_now", UTC_MOMENTS)
def test_local_time_is_the_one_asked_for(set_tz: SetTZ, local: str, utc_now: int) -> None:
    zone = tz_at(local, utc_now)
    set_tz(zone)
    wanted = local if local.count(":") == 2 else f"{local}:00"
    assert time.strftime("%H:%M:%S", time.localtime(utc_now)) == wanted
    assert abs(time.localtime(utc_now).tm_gmtoff) <= 12 * 3600, zone


def test_the_command_prints_a_zone_and_refuses_a_bad_time() -> None:
    done = subprocess.run(
        [sys.executable, SCRIPT, "23:59:30"], capture_output=True, text=True, check=True
    )
    assert done.stdout.startswith("TST")
    bad = subprocess.run(
        [sys.executable, SCRIPT, "24:00"], capture_output=True, text=True, check=False
    )
    assert bad.returncode == 2
    assert bad.stderr == "tz_at.py: not a time of day: '24:00'\n"
