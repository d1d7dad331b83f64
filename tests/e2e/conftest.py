"""Fixtures for the end-to-end tests: one real desktop per pytest session (see desktop.py).

Every e2e test drives the app in subprocesses with the `desktop` env, so this pytest process
never touches the X server or the test bus and can still run the offscreen Qt tests.
"""

from __future__ import annotations

import functools
import shutil
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Protocol, TypeVar

import pytest

from tests.e2e.apprunner import App, launched_apps
from tests.e2e.atspi import ScreenReader
from tests.e2e.desktop import (
    Daemon,
    Desktop,
    Dunst,
    HarnessError,
    name_has_owner,
    require_programs,
    run,
    wait_until,
)
from tests.e2e.desktops import DesktopSession, save_screenshot, wait_for_focus
from tests.e2e.desktops.gnome import GnomeShell
from tests.e2e.desktops.sway import SwayDesktop
from tests.e2e.kde.plasma import Plasma
from tests.e2e.sni import SniClient

AT_SPI_BUS_LAUNCHER = Path("/usr/libexec/at-spi-bus-launcher")
TYPING_PROBE = Path(__file__).with_name("typing_probe.py")

# The Wayland desktops the `wayland_desktop` tests run on, each built once per session with
# the folder for its logs.
WAYLAND_DESKTOPS: dict[str, Callable[[Path], DesktopSession]] = {
    "sway": SwayDesktop,
    "gnome": GnomeShell,
    "kde": Plasma,
}


class _Session(Protocol):
    def start(self) -> None: ...
    def stop(self) -> None: ...


S = TypeVar("S", bound=_Session)


def _running(session: S) -> Iterator[S]:
    """`session` started (its start() tears down what it started if it fails), then stopped."""
    session.start()
    try:
        yield session
    finally:
        session.stop()


@pytest.fixture(scope="session")
def real_desktop(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Desktop]:
    """Xvfb + private session bus + trayer + dunst, shared by the whole session."""
    yield from _running(Desktop(tmp_path_factory.mktemp("desktop")))


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


@pytest.fixture(scope="module")
def screen_reader(real_desktop: Desktop) -> Iterator[ScreenReader]:
    """The AT-SPI bus (at-spi2-core) on the test desktop and a screen reader's client of it.

    The launcher starts the accessibility bus at once; the registry daemon is D-Bus-activated
    on that bus. The client says a screen reader runs, so apps started afterwards turn on their
    accessibility bridge exactly as they would for Orca. Stopping the launcher ends its bus.
    """
    if not AT_SPI_BUS_LAUNCHER.exists():
        raise HarnessError("the a11y tests need at-spi2-core: apt-get install at-spi2-core")
    env = dict(real_desktop.env)
    launcher = Daemon(
        [str(AT_SPI_BUS_LAUNCHER), "--launch-immediately"],
        env,
        real_desktop.root / "at-spi-bus-launcher.log",
    )
    try:
        wait_until(lambda: name_has_owner(env, "org.a11y.Bus"), "the AT-SPI bus launcher")
        reader = ScreenReader(env["DBUS_SESSION_BUS_ADDRESS"])
        try:
            reader.enable()
            yield reader
        finally:
            reader.close()
    finally:
        launcher.stop()


def _root_properties(env: dict[str, str]) -> str:
    return run(["xprop", "-root", "-notype"], env)


@pytest.fixture
def screenshot(real_desktop: Desktop) -> Callable[[Path], Path]:
    """Save the whole test screen as a PNG at the given path."""
    return real_desktop.screenshot


@pytest.fixture(scope="session", params=sorted(WAYLAND_DESKTOPS))
def wayland_desktop(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[DesktopSession]:
    """A headless Wayland desktop with a StatusNotifier tray and a notification server.

    Parametrized by desktop name, so one pytest run covers each; pytest groups the tests by
    desktop, so each is started once, and stopped before the next starts (idle shells left
    beside the one under test slowed it past its focus deadlines on two cores).
    """
    yield from _running(WAYLAND_DESKTOPS[request.param](tmp_path_factory.mktemp(request.param)))


@pytest.fixture
def gnome(wayland_desktop: DesktopSession) -> GnomeShell:
    """GNOME Shell with the AppIndicator tray, for tests parametrized to the "gnome" desktop."""
    assert isinstance(wayland_desktop, GnomeShell)
    return wayland_desktop


@pytest.fixture(scope="module")
def gnome_no_tray(tmp_path_factory: pytest.TempPathFactory) -> Iterator[GnomeShell]:
    """Stock GNOME Shell: no AppIndicator extension, so no tray at all."""
    yield from _running(GnomeShell(tmp_path_factory.mktemp("gnome-no-tray"), appindicator=False))


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
    """Save a screenshot, or its (x, y, w, h) `box`, as <desktop>-<name>.png (save_screenshot)."""
    return functools.partial(save_screenshot, wayland_desktop, tmp_path)


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
