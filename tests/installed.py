"""Where the installed ``spasmguard`` script is: the one tests and benchmarks run, as users do."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path


def installed_executable() -> str:
    """The ``spasmguard`` script beside this Python, else on PATH; FileNotFoundError if neither."""
    beside = Path(sys.executable).with_name("spasmguard")
    found = str(beside) if beside.exists() else shutil.which("spasmguard")
    if found is None:
        raise FileNotFoundError("the spasmguard executable is not installed (pip install -e .)")
    return found
