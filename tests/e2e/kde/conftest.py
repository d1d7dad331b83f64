"""Fixtures for the KDE Plasma e2e tests: one Plasma session per pytest session (plasma.py)."""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from tests.e2e.apprunner import App, launched_apps
from tests.e2e.desktop import SCREEN_SIZE
from tests.e2e.kde.kwin import Window
from tests.e2e.kde.plasma import Plasma


@pytest.fixture(scope="session")
def plasma(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Plasma]:
    """kwin_wayland + plasmashell on a private bus, shared by every KDE test of the run."""
    session = Plasma(tmp_path_factory.mktemp("plasma"))
    session.start()
    try:
        yield session
    finally:
        session.stop()


@pytest.fixture
def launch(plasma: Plasma) -> Iterator[Callable[..., App]]:
    """Start the app on Plasma (reminders due all day, then `settings`); it must quit with 0."""
    yield from launched_apps(plasma.env)


@pytest.fixture
def shots(plasma: Plasma, tmp_path: Path) -> Callable[[str, Window | None], Path]:
    """Screenshot of a window (or the whole screen) as `name`, in the test's tmp dir.

    With SPASMGUARD_KDE_SHOTS set to a folder, a copy goes there too: that is how
    docs/screenshots/desktops/kde-*.png are made.
    """
    keep = os.environ.get("SPASMGUARD_KDE_SHOTS")

    def take(name: str, window: Window | None = None) -> Path:
        box = None if window is None else _margin(window.frame)
        shot = plasma.screenshot(tmp_path / name, box)
        if keep:
            shutil.copy(shot, Path(keep) / name)
        return shot

    return take


def _margin(box: tuple[int, int, int, int], margin: int = 8) -> tuple[int, int, int, int]:
    """`box` grown by `margin` on each side, within the screen."""
    x, y, width, height = box
    left, top = max(0, x - margin), max(0, y - margin)
    right = min(SCREEN_SIZE[0], x + width + margin)
    bottom = min(SCREEN_SIZE[1], y + height + margin)
    return left, top, right - left, bottom - top
