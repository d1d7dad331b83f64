"""The whole suite, the e2e apps too, runs in English whatever the developer's desktop speaks.

The default language setting is "system", read from LANGUAGE first (core/languages.py), so a
German desktop would otherwise turn every English assertion red. Tests of other languages
choose theirs explicitly (tests/qt/test_translated_windows.py).
"""

import os
from collections.abc import Iterator

import pytest

from tests.wallclock import MachineClock

os.environ["LANGUAGE"] = "en"


@pytest.fixture
def machine_clock() -> Iterator[MachineClock]:
    """This machine's wall clock, for a test to set; put back afterwards, however it ended."""
    clock = MachineClock()
    try:
        yield clock
    finally:
        clock.restore()
