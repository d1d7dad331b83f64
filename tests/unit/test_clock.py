"""Which local zone the app's clock uses, for each way the system can name one.

``TZ`` is set for real (and the C library told with ``tzset``), as a user's session would.
"""

from __future__ import annotations

import logging
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from spasmguard.core.clock import SystemClock, describe_zone, local_zone
from tests.unit.conftest import SetTZ


@pytest.mark.parametrize(
    "value", ["Europe/Berlin", ":Europe/Berlin", "/usr/share/zoneinfo/Europe/Berlin"]
)
def test_a_zone_name_or_path_gives_the_real_zone(set_tz: SetTZ, value: str) -> None:
    set_tz(value)
    zone = local_zone()
    assert zone == ZoneInfo("Europe/Berlin")
    assert describe_zone(zone) == "Europe/Berlin"


def test_a_posix_rule_gives_its_offset_not_the_systems_zone(set_tz: SetTZ) -> None:
    set_tz("TST+01:00:04")  # POSIX: west of Greenwich is positive
    zone = local_zone()
    assert zone.utcoffset(None) == -timedelta(hours=1, seconds=4)
    assert datetime.now(zone).replace(tzinfo=None) - datetime.now() < timedelta(seconds=1)
    assert describe_zone(zone) == "UTC-01:00:04 (a fixed offset: no daylight-saving changes)"


def test_an_empty_tz_is_utc_as_for_the_c_library(set_tz: SetTZ) -> None:
    set_tz("")
    assert local_zone().utcoffset(None) == timedelta(0)


def test_the_clock_logs_the_zone_it_uses(set_tz: SetTZ, caplog: pytest.LogCaptureFixture) -> None:
    set_tz("TST-05:30")
    with caplog.at_level(logging.INFO, logger="spasmguard.core.clock"):
        clock = SystemClock()
    assert clock.now().utcoffset() == timedelta(hours=5, minutes=30)
    assert caplog.messages == [
        "local time zone: UTC+05:30 (a fixed offset: no daylight-saving changes)"
    ]


def test_the_clock_notices_a_new_zone(set_tz: SetTZ) -> None:
    set_tz("TST+01")
    clock = SystemClock()
    assert not clock.refresh_zone()
    set_tz("TST+02")
    assert clock.refresh_zone()
    assert clock.now().utcoffset() == -timedelta(hours=2)
