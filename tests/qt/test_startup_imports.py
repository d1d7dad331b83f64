"""What the tray's start-up makes PySide6 do with the modules loaded before it.

Runs in a fresh interpreter: the test session has long imported everything.
"""

from __future__ import annotations

import subprocess
import sys

import PySide6

from spasmguard import app

# Modules the start-up loads before PySide6 that the controller imports again after it.
LOADED_BEFORE_QT = ("spasmguard.core.history", "apscheduler.schedulers.base", "logging.handlers")

PROBE = f"""
import linecache, sys
from spasmguard import app
app._import_before_qt()
import spasmguard.ui.controller
files = [sys.modules[name].__file__ for name in {LOADED_BEFORE_QT!r}]
print(sum(name in linecache.cache for name in files), len(linecache.cache))
"""


def _probe() -> tuple[int, int]:
    done = subprocess.run(
        [sys.executable, "-c", PROBE], capture_output=True, text=True, timeout=60, check=True
    )
    read, cached = done.stdout.split()
    return int(read), int(cached)


def test_pyside_does_not_read_the_source_of_modules_loaded_before_it() -> None:
    read, cached = _probe()
    assert read == 0
    # The controller's own Qt modules are still read (they do use PySide6): the hook is live,
    # so the zero above is the registry at work, not a hook that never ran.
    assert cached > 0


def test_the_installed_pyside6_is_one_the_registry_use_was_tested_with() -> None:
    """Fails on a PySide6 upgrade: run the test above with it, then add it to the list."""
    version = tuple(PySide6.__version_info__[:2])
    assert version in app.FEATURE_REGISTRY_TESTED, (
        f"PySide6 {PySide6.__version__}: check that app._mark_loaded_modules_qt_free() still "
        "works with it (the test above), then add it to app.FEATURE_REGISTRY_TESTED"
    )
