"""Where the app gets its time from.

Everything that decides *when* takes a :class:`Clock` instead of calling ``datetime.now()``
so that tests can move time (including wall-clock jumps that monotonic time does not see,
which is exactly what a suspend or a manual clock change looks like).
"""

from __future__ import annotations

import logging
import os
import time
from datetime import datetime, timedelta, timezone, tzinfo
from pathlib import Path
from typing import Protocol
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from spasmguard.core.messages import Message

_LOG = logging.getLogger(__name__)


class Clock(Protocol):
    """A source of wall-clock and monotonic time."""

    def now(self) -> datetime:
        """The current wall-clock time as an aware datetime in the local zone."""
        ...

    def monotonic(self) -> float:
        """Seconds on a clock that never jumps (it stands still during a suspend)."""
        ...


def local_zone() -> tzinfo:
    """The local time zone as a real zone (with DST rules) where the system names one.

    ``TZ``, when set, wins over ``/etc/localtime``, as it does for the C library. A zone name
    (``Europe/Berlin``, ``:Europe/Berlin`` or a path into a zoneinfo folder) gives a real zone.
    Anything else (a POSIX rule such as ``TST+01:00:04``, or a system with neither, such as
    Windows) gives the fixed offset the C library reports now: right today, but it computes
    tomorrow's working hours with today's offset across a daylight-saving switch, so
    :func:`describe_zone` says so.
    """
    tz = os.environ.get("TZ")
    key = _zone_key(tz.lstrip(":")) if tz is not None else _etc_localtime_key()
    if key:
        try:
            return ZoneInfo(key)
        except (ZoneInfoNotFoundError, ValueError):
            pass
    offset = datetime.now().astimezone().utcoffset() or timedelta(0)
    return timezone(offset)


def describe_zone(zone: tzinfo) -> str:
    """The zone as a user should read it in a log or a report (which zone, and is it real)."""
    if isinstance(zone, ZoneInfo):
        return zone.key
    return Message("{zone} (a fixed offset: no daylight-saving changes)", zone=str(zone))


def _etc_localtime_key() -> str:
    """The zone key /etc/localtime points at (e.g. ``Europe/Berlin``), or ''."""
    try:
        return _zone_key(os.readlink("/etc/localtime"))
    except OSError:
        return ""


def _zone_key(name: str) -> str:
    """``Europe/Berlin`` from itself or from a path into a zoneinfo folder; '' for other paths."""
    parts = Path(name).parts
    if "zoneinfo" in parts:
        return "/".join(parts[parts.index("zoneinfo") + 1 :])
    return "" if Path(name).is_absolute() else name


class SystemClock:
    """The machine's real clock. The zone is looked up again on request (time-zone changes)."""

    def __init__(self) -> None:
        self.zone = local_zone()
        _LOG.info("local time zone: %s", describe_zone(self.zone))

    def refresh_zone(self) -> bool:
        """Re-read the local zone; True if it changed (the user travelled or changed it)."""
        zone = local_zone()
        changed = describe_zone(zone) != describe_zone(self.zone)
        self.zone = zone
        return changed

    def now(self) -> datetime:
        return datetime.now(self.zone)

    def monotonic(self) -> float:
        return time.monotonic()


class FakeClock:
    """A clock for tests: time moves only when told to.

    ``advance`` moves wall and monotonic time together (time passing normally);
    ``jump`` moves only the wall clock (a suspend, or the user changing the clock).
    """

    def __init__(self, start: datetime, monotonic_start: float = 1000.0) -> None:
        if start.tzinfo is None:
            raise ValueError("FakeClock needs an aware datetime")
        self._utc = start.astimezone(ZoneInfo("UTC"))
        self.zone: tzinfo = start.tzinfo
        self._mono = monotonic_start

    def now(self) -> datetime:
        return self._utc.astimezone(self.zone)

    def monotonic(self) -> float:
        return self._mono

    def advance(self, delta: timedelta | float) -> None:
        """Let time pass normally (both clocks move)."""
        seconds = delta.total_seconds() if isinstance(delta, timedelta) else float(delta)
        self._utc += timedelta(seconds=seconds)
        self._mono += seconds

    def jump(self, delta: timedelta) -> None:
        """Move only the wall clock, as a suspend (forward) or a clock change does."""
        self._utc += delta

    def set_zone(self, zone: tzinfo) -> None:
        """Change the local time zone, as travelling or a settings change does."""
        self.zone = zone
