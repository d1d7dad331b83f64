"""History export as CSV or JSON text: pure functions, the caller writes the file.

Both formats carry the same fields per event: the time in ISO 8601 with the UTC offset that was
local when it happened (so the local day can be read off the time itself), the habit id, the
event kind, the detail text and the millilitres of a water event (empty / null otherwise).
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable

from spasmguard.core.history import Event

EXPORT_FORMATS = ("csv", "json")
COLUMNS = ("time", "habit", "kind", "detail", "amount_ml")
JSON_FORMAT_NAME = "spasmguard-history"
JSON_FORMAT_VERSION = 1


def export_events(events: Iterable[Event], fmt: str) -> str:
    """The events as text in ``fmt`` (one of EXPORT_FORMATS)."""
    if fmt == "csv":
        return events_to_csv(events)
    if fmt == "json":
        return events_to_json(events)
    raise ValueError(f"unknown export format {fmt!r} (use one of {', '.join(EXPORT_FORMATS)})")


def events_to_csv(events: Iterable[Event]) -> str:
    """A header row with COLUMNS, then one row per event (RFC 4180 quoting, CRLF lines)."""
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(COLUMNS)
    for event in events:
        writer.writerow(_fields(event).values())
    return out.getvalue()


def events_to_json(events: Iterable[Event]) -> str:
    """``{"format": ..., "version": 1, "events": [{time, habit, kind, detail, amount_ml}]}``.

    The envelope names the format and its version so that a later spasmguard (or a user's
    script) can tell what it is reading before it reads it.
    """
    document = {
        "format": JSON_FORMAT_NAME,
        "version": JSON_FORMAT_VERSION,
        "events": [_fields(event) for event in events],
    }
    return json.dumps(document, ensure_ascii=False, indent=1) + "\n"


def _fields(event: Event) -> dict[str, str | int | None]:
    return {
        "time": event.at.isoformat(),
        "habit": event.habit,
        "kind": event.kind,
        "detail": event.detail,
        "amount_ml": event.amount_ml,
    }
