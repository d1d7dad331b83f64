"""Where the app gets its time from.

Everything that decides *when* takes a :class:`Clock` instead of calling ``datetime.now()``
so that tests can move time (including wall-clock jumps that monotonic time does not see,
which is exactly what a suspend or a manual clock change looks like).
"""

from __future__ import annotations

import os
import time
from datetime import UTC, datetime, timedelta, tzinfo
from pathlib import Path
from typing import Protocol
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError


class Clock(Protocol):
    """A source of wall-clock and monotonic time."""

    def now(self) -> datetime:
        """The current wall-clock time as an aware datetime in the local zone."""
        ...

    def monotonic(self) -> float:
        """Seconds on a clock that never jumps (it stands still during a suspend)."""
        ...


def local_zone() -> tzinfo:
    """The local time zone as a real zone (with DST rules), not a fixed offset.

    A fixed offset from ``datetime.now().astimezone()`` would compute tomorrow's working
    hours with today's offset, which is wrong across a daylight-saving switch.
    """
    for key in (os.environ.get("TZ", "").lstrip(":"), _etc_localtime_key()):
        if key:
            try:
                return ZoneInfo(key)
            except (ZoneInfoNotFoundError, ValueError):
                continue
    # astimezone() always sets a zone; UTC only satisfies the type (no assert: python -O drops it).
    return datetime.now().astimezone().tzinfo or UTC


def _etc_localtime_key() -> str:
    """The zone key /etc/localtime points at (e.g. ``Europe/Berlin``), or ''."""
    try:
        target = Path(os.readlink("/etc/localtime"))
    except OSError:
        return ""
    parts = target.parts
    if "zoneinfo" in parts:
        return "/".join(parts[parts.index("zoneinfo") + 1 :])
    return ""


class SystemClock:
    """The machine's real clock. The zone is looked up again on request (time-zone changes)."""

    def __init__(self) -> None:
        self.zone = local_zone()

    def refresh_zone(self) -> bool:
        """Re-read the local zone; True if it changed (the user travelled or changed it)."""
        zone = local_zone()
        changed = str(zone) != str(self.zone)
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
