"""Fixtures for the end-to-end tests: one real desktop per pytest session (see desktop.py).

Every e2e test drives the app in subprocesses with the `desktop` env, so this pytest process
never touches the X server or the test bus and can still run the offscreen Qt tests.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from tests.e2e.apprunner import App, crop, launched_apps
from tests.e2e.desktop import Daemon, Desktop, Dunst, require_programs, run, wait_until
from tests.e2e.desktops import DesktopSession, wait_for_focus
from tests.e2e.desktops.sway import SwayDesktop
from tests.e2e.kde.plasma import Plasma
from tests.e2e.sni import SniClient

TYPING_PROBE = Path(__file__).with_name("typing_probe.py")
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


@pytest.fixture
def wayland_app(wayland_desktop: DesktopSession) -> Iterator[Callable[..., App]]:
    """Start the app on the desktop, as its account; each must quit with 0."""
    wayland_desktop.dismiss_all()
    yield from launched_apps(wayland_desktop.env, wayland_desktop.runner)
    wayland_desktop.dismiss_all()


@pytest.fixture
def sni(wayland_desktop: DesktopSession) -> Iterator[SniClient]:
    """A StatusNotifier host's view of the desktop's bus."""
    with SniClient(wayland_desktop.bus_address) as client:
        yield client


@pytest.fixture
def shot(wayland_desktop: DesktopSession, tmp_path: Path) -> Callable[..., Path]:
    """Save a screenshot, or its (x, y, w, h) `box`, as <desktop>-<name>.png: for people to
    look at (docs/screenshots/desktops/ when $SPASMGUARD_DESKTOP_SHOTS names it)."""

    def save(name: str, box: tuple[int, int, int, int] | None = None) -> Path:
        out = Path(os.environ.get("SPASMGUARD_DESKTOP_SHOTS") or tmp_path)
        out.mkdir(parents=True, exist_ok=True)
        path = wayland_desktop.screenshot(out / f"{wayland_desktop.name}-{name}.png")
        return path if box is None else crop(path, path, box)

    return save


@pytest.fixture
def typing_window(wayland_desktop: DesktopSession) -> Iterator[Path]:
    """Another app's text window, focused: the file it writes holds what it was typed."""
    # Not in tmp_path: pytest's folders are root's alone, the desktop's account must write.
    folder = Path(tempfile.mkdtemp(prefix="sgprobe", dir="/tmp"))
    wayland_desktop.runner.give(folder)
    typed = folder / "typed.txt"
    args = wayland_desktop.runner.python("-c", TYPING_PROBE.read_text(), str(typed))
    probe = Daemon(args, wayland_desktop.env, folder / "probe.log")
    try:
        wait_for_focus(wayland_desktop, "typing probe")
        yield typed
    finally:
        probe.stop()
        shutil.rmtree(folder)
