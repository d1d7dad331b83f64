"""docs/screenshots/ holds exactly what the README shows and scripts/screenshots.py refreshes.

Its desktops/ folder holds the Wayland desktops' screenshots, refreshed by their e2e tests
(``SPASMGUARD_DESKTOP_SHOTS=docs/screenshots/desktops``); they too must all be shown.
"""

from __future__ import annotations

import re
from pathlib import Path

from tests.e2e.screenshots import NAMES

CHECKOUT = Path(__file__).resolve().parents[2]
FOLDER = CHECKOUT / "docs" / "screenshots"


def referenced() -> set[str]:
    """Screenshot file names that the README or a page in docs/ points at."""
    pages = [CHECKOUT / "README.md", *(CHECKOUT / "docs").rglob("*.md")]
    pattern = re.compile(r"screenshots/([\w./-]+\.png)")
    return {name for page in pages for name in pattern.findall(page.read_text(encoding="utf-8"))}


def test_every_screenshot_is_shown_and_refreshed_and_every_one_shown_exists() -> None:
    files = {p.relative_to(FOLDER).as_posix() for p in FOLDER.rglob("*") if p.is_file()}
    assert files == referenced()
    assert {name for name in files if "/" not in name} == set(NAMES)
    assert {path.name for path in FOLDER.iterdir() if path.is_dir()} == {"desktops"}
