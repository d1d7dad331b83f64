"""Refresh the README screenshots in docs/screenshots/ from the real app on a throw-away desktop.

Usage: python scripts/screenshots.py [--language xx] [OUT_DIR]
(needs the e2e packages of system-packages.txt; --language takes only that language's shots)
The work is done by tests/e2e/screenshots.py, which the e2e suite also runs (into a temp dir).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from tests.e2e.screenshots import main  # noqa: E402

if __name__ == "__main__":
    parser = argparse.ArgumentParser(description="Refresh the screenshots in docs/screenshots/.")
    parser.add_argument("out_dir", nargs="?", type=Path, default=REPO / "docs" / "screenshots")
    parser.add_argument("--language", help="only the four views one language is shown in")
    options = parser.parse_args()
    sys.exit(main(options.out_dir, options.language))
