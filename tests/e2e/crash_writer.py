"""A child process for test_faults.py: saves settings and records history until it is killed.

Usage: ``python crash_writer.py CONFIG_DIR DATA_DIR``. It uses the app's own writers
(``save_settings`` and ``History.record``) exactly as the app does: the settings are edited
from the last load, so each save rewrites the file, and each history event carries a sequence
number in its detail. After a restart it continues from the highest number on record, the way
the app continues from what it finds; so an event recorded twice, or a write half done, shows
up in the parent's checks. It prints ``ready`` once both files are open, so the parent kills it
in the middle of the writing, not during Python's start-up.
"""

from __future__ import annotations

import sys
from datetime import UTC, datetime
from itertools import count
from pathlib import Path

import tomlkit  # noqa: F401 - saving imports it lazily; the kills should land in writes, not here

from spasmguard.core.history import History
from spasmguard.settings.store import load_settings, save_settings

HABITS = ("posture", "hydration", "stretch", "stress")
KINDS = ("fired", "done", "snoozed", "skipped")
EVER = (datetime(2000, 1, 1, tzinfo=UTC), datetime(2100, 1, 1, tzinfo=UTC))


def next_sequence(history: History) -> int:
    """One more than the highest sequence number recorded (0 for a new file)."""
    events = history.events_between(EVER[0], EVER[1])
    return max((int(e.detail.removeprefix("seq-")) + 1 for e in events), default=0)


def main(config_dir: Path, data_dir: Path) -> None:
    settings_path = config_dir / "settings.toml"
    history = History(data_dir / "history.sqlite3")
    start = next_sequence(history)
    print("ready", flush=True)
    for seq in count(start):
        loaded = load_settings(settings_path)
        minutes = 5 + seq % 200
        changed = loaded.settings.with_value("habits.posture.interval_minutes", minutes)
        save_settings(settings_path, changed, loaded)
        habit, kind = HABITS[seq % len(HABITS)], KINDS[seq % len(KINDS)]
        history.record(habit, kind, datetime.now().astimezone(), f"seq-{seq}")


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]))
