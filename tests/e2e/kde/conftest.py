"""Fixtures for the KDE Plasma e2e tests: the Plasma desktop (plasma.py) that the
desktop-neutral tests run on as "kde" (tests/e2e/conftest.py)."""

from __future__ import annotations

import pytest

from tests.e2e.desktops import DesktopSession
from tests.e2e.kde.plasma import Plasma


@pytest.fixture
def plasma(wayland_desktop: DesktopSession) -> Plasma:
    """kwin_wayland + plasmashell, for tests parametrized to the "kde" desktop."""
    assert isinstance(wayland_desktop, Plasma)
    return wayland_desktop
