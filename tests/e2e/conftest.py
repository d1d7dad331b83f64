"""Fixtures for the end-to-end tests: one real desktop per pytest session (see desktop.py).

Every e2e test drives the app in subprocesses with the `desktop` env, so this pytest process
never touches the X server or the test bus and can still run the offscreen Qt tests.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from tests.e2e.desktop import Daemon, Desktop, Dunst, require_programs, run, wait_until
from tests.e2e.desktops import DesktopSession
from tests.e2e.desktops.sway import SwayDesktop
from tests.e2e.kde.plasma import Plasma

# The Wayland desktops the `wayland_desktop` tests run on, each built once per session.
WAYLAND_DESKTOPS: dict[str, Callable[[], DesktopSession]] = {"kde": Plasma, "sway": SwayDesktop}


@pytest.fixture(scope="session")
def real_desktop(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Desktop]:
    """Xvfb + private session bus + trayer + dunst, shared by the whole session."""
    session = Desktop(tmp_path_factory.mktemp("desktop"))
    session.start()
    try:
        yield session
    finally:
        session.stop()


@pytest.fixture
def desktop(real_desktop: Desktop, tmp_path: Path) -> dict[str, str]:
    """Environment for subprocesses on the test desktop, with this test's own app dirs."""
    env = dict(real_desktop.env)
    env["SPASMGUARD_CONFIG_DIR"] = str(tmp_path / "config")
    env["SPASMGUARD_DATA_DIR"] = str(tmp_path / "data")
    return env


@pytest.fixture
def dunst(real_desktop: Desktop) -> Iterator[Dunst]:
    """The running notification server, with no notification on screen before or after."""
    server = real_desktop.dunst
    server.start()
    server.close_all()
    yield server
    server.start()
    server.close_all()


@pytest.fixture
def no_notification_server(
    real_desktop: Desktop, desktop: dict[str, str]
) -> Iterator[dict[str, str]]:
    """The `desktop` env while no notification server exists; dunst comes back afterwards."""
    real_desktop.dunst.stop()
    try:
        yield desktop
    finally:
        real_desktop.dunst.start()


@pytest.fixture(scope="module")
def window_manager(real_desktop: Desktop) -> Iterator[dict[str, str]]:
    """openbox on the test display, for the module that asks (the other tests expect no WM).

    A window manager is what gives focus on a click and honours "show without activating".
    """
    require_programs({"openbox": "openbox"})
    env = dict(real_desktop.env)
    wm = Daemon(["openbox", "--sm-disable"], env, real_desktop.root / "openbox.log")
    try:
        wait_until(lambda: "_NET_SUPPORTING_WM_CHECK" in _root_properties(env), "openbox")
        yield env
    finally:
        wm.stop()


def _root_properties(env: dict[str, str]) -> str:
    return run(["xprop", "-root", "-notype"], env)


@pytest.fixture
def screenshot(real_desktop: Desktop) -> Callable[[Path], Path]:
    """Save the whole test screen as a PNG at the given path."""
    return real_desktop.screenshot


@pytest.fixture(scope="session", params=sorted(WAYLAND_DESKTOPS))
def wayland_desktop(request: pytest.FixtureRequest) -> Iterator[DesktopSession]:
    """A headless Wayland desktop with a StatusNotifier tray and a notification server.

    Parametrized by desktop name, so one pytest run covers each; pytest groups the tests by
    desktop, so each is started once.
    """
    session = WAYLAND_DESKTOPS[request.param]()
    session.start()
    try:
        yield session
    finally:
        session.stop()
