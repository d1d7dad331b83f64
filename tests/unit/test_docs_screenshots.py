"""docs/screenshots/ holds exactly what the README shows and scripts/screenshots.py refreshes;
docs/screenshots/desktops/ (taken by the e2e suites of other desktops) exactly what the pages
show."""

from __future__ import annotations

import re
from pathlib import Path

from tests.e2e.screenshots import NAMES

CHECKOUT = Path(__file__).resolve().parents[2]
FOLDER = CHECKOUT / "docs" / "screenshots"


def referenced() -> set[str]:
    """Screenshot file names that the README or a page in docs/ points at."""
    pages = [CHECKOUT / "README.md", *(CHECKOUT / "docs").rglob("*.md")]
    pattern = re.compile(r"screenshots/([\w.-]+\.png)")
    return {name for page in pages for name in pattern.findall(page.read_text(encoding="utf-8"))}


def test_every_screenshot_is_shown_and_refreshed_and_every_one_shown_exists() -> None:
    files = {path.name for path in FOLDER.iterdir() if path.is_file()}
    assert files == referenced()
    assert files == set(NAMES)


def test_every_desktop_screenshot_is_shown_and_every_one_shown_exists() -> None:
    pages = [CHECKOUT / "README.md", *(CHECKOUT / "docs").rglob("*.md")]
    pattern = re.compile(r"screenshots/desktops/([\w.-]+\.png)")
    shown = {name for page in pages for name in pattern.findall(page.read_text(encoding="utf-8"))}
    assert {path.name for path in (FOLDER / "desktops").iterdir()} == shown
