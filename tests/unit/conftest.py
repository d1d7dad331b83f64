"""Fixtures shared by the unit tests: a history database in the test's own temp folder, and
a way to set the local time zone."""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from spasmguard.core.history import History


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    """Where the test's history lives (its folder does not exist yet: History creates it)."""
    return tmp_path / "data" / "history.sqlite3"


@pytest.fixture
def history(db_path: Path) -> Iterator[History]:
    with History(db_path) as opened:
        yield opened


SetTZ = Callable[[str], None]


@pytest.fixture
def set_tz() -> Iterator[SetTZ]:
    """Set TZ for the C library too; the test's own TZ comes back afterwards."""
    before = os.environ.get("TZ")

    def set_to(value: str) -> None:
        os.environ["TZ"] = value
        time.tzset()

    yield set_to
    if before is None:
        os.environ.pop("TZ", None)
    else:
        os.environ["TZ"] = before
    time.tzset()
