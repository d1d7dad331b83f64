"""Times of day as the tray and the command replies write them, in the language in use.

Hours and minutes are always "14:30" (the app's clock everywhere, the settings window's time
editors too); a weekday name, when the moment is not today, comes from the default QLocale,
which ui/i18n.py sets to the chosen language: "Fri 09:30", "Fr. 09:30". Never strftime's
``%a``, which follows the C library's locale, not the app's language.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QLocale


def clock_text(moment: datetime, now: datetime) -> str:
    """'14:30' today, 'Tue 09:30' on another day (days as lived in the zone of ``now``)."""
    local = moment.astimezone(now.tzinfo)
    clock = f"{local.hour:02d}:{local.minute:02d}"
    if local.date() == now.date():
        return clock
    day = QLocale().dayName(local.isoweekday(), QLocale.FormatType.ShortFormat)
    return f"{day} {clock}"


def number_text(number: int) -> str:
    """A whole number with the language's digit grouping: "2,000", "2.000"."""
    return QLocale().toString(number)
