"""Refresh the README screenshots in docs/screenshots/ from the real app on a throw-away desktop.

Usage: python scripts/screenshots.py [OUT_DIR]   (needs the e2e packages of system-packages.txt)
The work is done by tests/e2e/screenshots.py, which the e2e suite also runs (into a temp dir).
"""

from __future__ import annotations

import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from tests.e2e.screenshots import main  # noqa: E402

if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else REPO / "docs" / "screenshots"))
