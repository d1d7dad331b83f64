"""What the tray's start-up makes PySide6 do with the modules loaded after it.

Runs in a fresh interpreter: the test session has long imported everything.
"""

from __future__ import annotations

import subprocess
import sys

import PySide6

from spasmguard import app

# Modules loaded after PySide6: the desktop's (which use PySide6) and APScheduler's (which do not).
LOADED_AFTER_QT = (
    "spasmguard.ui.desktop",
    "spasmguard.core.history",
    "apscheduler.schedulers.base",
)

PROBE = """
import linecache, sys
from spasmguard import app
if sys.argv[1] == "app":
    app._load_pyside()
else:
    import PySide6
import spasmguard.ui.desktop, apscheduler.schedulers.base
files = [sys.modules[name].__file__ for name in {names!r}]
print(sum(name in linecache.cache for name in files))
"""


def _sources_read(load: str) -> int:
    """How many of LOADED_AFTER_QT PySide6 read, with PySide6 loaded the app's way or plainly."""
    probe = PROBE.format(names=LOADED_AFTER_QT)
    done = subprocess.run(
        [sys.executable, "-c", probe, load], capture_output=True, text=True, timeout=60, check=True
    )
    return int(done.stdout)


def test_pyside_reads_the_source_of_no_module_loaded_after_it() -> None:
    assert _sources_read("app") == 0
    # PySide6 loaded plainly reads some: the zero above is the registry at work.
    assert _sources_read("plain") > 0


def test_the_installed_pyside6_is_one_the_registry_use_was_tested_with() -> None:
    """Fails on a PySide6 upgrade: run the test above with it, then add it to the list."""
    version = tuple(PySide6.__version_info__[:2])
    assert version in app.FEATURE_REGISTRY_TESTED, (
        f"PySide6 {PySide6.__version__}: check that app._load_pyside() still "
        "works with it (the test above), then add it to app.FEATURE_REGISTRY_TESTED"
    )
