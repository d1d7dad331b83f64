"""Fixtures shared by the unit tests: a history database in the test's own temp folder."""

from __future__ import annotations

from collections.abc import Iterator
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
