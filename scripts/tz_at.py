"""Print a POSIX TZ value under which local time is now the given HH:MM[:SS].

    TZ="$(python3 scripts/tz_at.py 23:59:30)" pytest tests/unit tests/qt

runs the tests at half a minute before local midnight, whatever the hour: nothing is faked,
the real clock just reads differently in a made-up zone "TST". POSIX counts offsets west of
Greenwich as positive (TST+01:00 is one hour *behind* UTC), the opposite of ISO 8601.
The offset is kept within +-12 hours, as real zones are.
"""

from __future__ import annotations

import sys
import time

DAY_S = 24 * 3600


def seconds_of_day(text: str) -> int:
    """Seconds since midnight of 'HH:MM' or 'HH:MM:SS'; ValueError otherwise."""
    parts = [int(part) for part in text.split(":")]
    if len(parts) not in (2, 3):
        raise ValueError(f"expected HH:MM or HH:MM:SS, got {text!r}")
    hours, minutes, seconds = (*parts, 0)[:3]
    if not (0 <= hours < 24 and 0 <= minutes < 60 and 0 <= seconds < 60):
        raise ValueError(f"not a time of day: {text!r}")
    return hours * 3600 + minutes * 60 + seconds


def tz_at(local: str, utc_now: float) -> str:
    """The TZ value whose local time at ``utc_now`` (seconds since the epoch) is ``local``."""
    west = (int(utc_now) - seconds_of_day(local)) % DAY_S
    if west > DAY_S // 2:
        west -= DAY_S
    sign = "-" if west < 0 else "+"
    hours, rest = divmod(abs(west), 3600)
    return f"TST{sign}{hours:02d}:{rest // 60:02d}:{rest % 60:02d}"


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print("usage: tz_at.py HH:MM[:SS]", file=sys.stderr)
        return 2
    try:
        print(tz_at(argv[0], time.time()))
    except ValueError as error:
        print(f"tz_at.py: {error}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
