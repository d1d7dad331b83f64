"""A real, throw-away KDE Plasma 5.27 desktop for end-to-end tests, all on Wayland.

kwin_wayland --virtual (a compositor with a virtual screen, no GPU), kactivitymanagerd, kded5
(which serves the StatusNotifierWatcher) and plasmashell (the panel with its system tray, which
hosts StatusNotifierItems, and the notification server) on a private session bus. The bus has
no service directories, so nothing is D-Bus-activated behind the test's back, and the session
gets its own HOME, so nothing of the machine's Plasma settings leaks in. No Xwayland is started:
an app that falls back to X11 here fails instead of passing unnoticed.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from tests.e2e.desktop import (
    SCREEN_SIZE,
    STARTUP_TIMEOUT,
    Daemon,
    HarnessError,
    require_programs,
    run,
    start_private_bus,
    wait_until,
)
from tests.e2e.desktops import LocalRunner, Notification, ShownWindow, bus, session_dirs
from tests.e2e.kde import fakeinput
from tests.e2e.kde.buttons import lowest_buttons
from tests.e2e.kde.fakeinput import FakeInput
from tests.e2e.kde.kwin import KWin, Window

# Program -> the Debian package that provides it (named in the failure message).
REQUIRED_PROGRAMS = {
    "kwin_wayland": "kwin-wayland",
    "plasmashell": "plasma-workspace",
    "kded5": "kded5",
    "kbuildsycoca5": "libkf5service-bin",
    "dbus-daemon": "dbus",
    "convert": "imagemagick",
    **fakeinput.BUILD_PROGRAMS,
}
ACTIVITY_MANAGER = Path("/usr/lib/x86_64-linux-gnu/libexec/kactivitymanagerd")
# Files (not programs) the session needs -> the Debian package that provides them.
REQUIRED_FILES = {
    ACTIVITY_MANAGER: "kactivitymanagerd",
    # plasmashell's default layout (desktop and panel) lives in the desktop shell package.
    Path("/usr/share/plasma/shells/org.kde.plasma.desktop"): "plasma-desktop",
    # plasmashell is a Qt 5 program: it needs Qt 5's Wayland platform plugin.
    Path("/usr/lib/x86_64-linux-gnu/qt5/plugins/platforms/libqwayland-generic.so"): "qtwayland5",
    **fakeinput.BUILD_FILES,
}
WAYLAND_SOCKET = "wayland-sg"
WATCHER = ("org.kde.StatusNotifierWatcher", "/StatusNotifierWatcher")
NOTIFICATIONS = ("org.freedesktop.Notifications", "/org/freedesktop/Notifications")
WATCHER_INTERFACE = "org.kde.StatusNotifierWatcher"
PANEL_HEIGHT = 44  # Plasma's default bottom panel, in pixels
# plasmashell builds its default layout on first start; slower than the X11 desktop.
PLASMA_TIMEOUT = 60.0

NOTIFICATION_LOG = Path(__file__).with_name("notification_log.py")

# Popups at the top right, away from the tray: once its menu had been opened, Plasma 5.27
# showed the tray icon's tooltip at each tooltip change, over popups at the bottom right.
_NOTIFICATIONS_CONFIG = "[Notifications]\nPopupPosition=TopRight\n"
# The screen locker would lock the idle virtual screen after its default five minutes.
_SCREEN_LOCKER_CONFIG = "[Daemon]\nAutolock=false\nLockOnResume=false\n"


def require_files(files: dict[Path, str]) -> None:
    """Fail with the apt packages to install when any file the desktop needs is missing."""
    missing = {path: pkg for path, pkg in files.items() if not path.exists()}
    if missing:
        packages = " ".join(sorted(set(missing.values())))
        names = ", ".join(sorted(str(p) for p in missing))
        raise HarnessError(f"the KDE e2e desktop needs {names}: apt-get install {packages}")


def framed(window: Window, margin: int = 8) -> tuple[int, int, int, int]:
    """The (x, y, width, height) of `window`'s frame grown by `margin` on each side, within
    the screen: what a screenshot of that window shows."""
    x, y, width, height = window.frame
    left, top = max(0, x - margin), max(0, y - margin)
    right = min(SCREEN_SIZE[0], x + width + margin)
    bottom = min(SCREEN_SIZE[1], y + height + margin)
    return left, top, right - left, bottom - top


class Plasma:
    """The whole session (a tests/e2e/desktops.DesktopSession), built in its own folder by
    `start()` and torn down by `stop()`."""

    name = "kde"
    runner = LocalRunner()  # KWin, unlike sway, accepts root

    def __init__(self, root: Path | None = None) -> None:
        """`root`: the folder for the session's home, bus and logs (a new one in /tmp if None)."""
        self.root = root or Path(tempfile.mkdtemp(prefix="sg-kde-", dir="/tmp"))
        self.env: dict[str, str] = {}
        self.bus_address = ""
        self._daemons: list[Daemon] = []
        self._kwin: KWin | None = None
        self._input: FakeInput | None = None

    @property
    def kwin(self) -> KWin:
        if self._kwin is None:
            raise HarnessError("the Plasma desktop is not started")
        return self._kwin

    @property
    def input(self) -> FakeInput:
        if self._input is None:
            raise HarnessError("the Plasma desktop is not started")
        return self._input

    def start(self) -> None:
        """Bring up every piece in order; on any failure tear down what already started."""
        require_programs(REQUIRED_PROGRAMS)
        require_files(REQUIRED_FILES)
        try:
            self.env = self._base_env()
            self._input = FakeInput(self._prepare_home(), self.env)
            self.bus_address = start_private_bus(self.root, self.env, self._spawn_logged)
            self.env["DBUS_SESSION_BUS_ADDRESS"] = self.bus_address
            # KDE's service cache (sycoca) names the fake-input client as allowed; KWin reads it.
            run(["kbuildsycoca5", "--noincremental"], self.env, timeout=STARTUP_TIMEOUT)
            self._start_notification_log()
            self._start_kwin()
            self._start_plasma()
        except BaseException:
            self.stop()
            raise

    def stop(self) -> None:
        """Stop the daemons in reverse order (the compositor and the bus last)."""
        for daemon in reversed(self._daemons):
            daemon.stop()
        self._daemons.clear()

    def pids(self) -> list[int]:
        """Pids of the session's programs still running (for leak checks)."""
        return [d.proc.pid for d in self._daemons if d.alive()]

    def screenshot(self, path: Path, box: tuple[int, int, int, int] | None = None) -> Path:
        """Save the screen (or the (x, y, width, height) part of it) as a PNG."""
        return self.kwin.screenshot(path, box or (0, 0, *SCREEN_SIZE))

    def notifications(self) -> list[Notification]:
        """The notifications sent and not closed yet (what plasmashell shows), oldest first."""
        shown: dict[int, Notification] = {}
        for line in self._notification_log.read_text().splitlines():
            event = json.loads(line)
            if "shown" in event:
                fields = {k: event[k] for k in ("app_name", "summary", "body", "actions")}
                shown[event["shown"]] = Notification(id=event["shown"], **fields)
            elif "NotificationClosed" in event:
                shown.pop(event["NotificationClosed"][0], None)
        return list(shown.values())

    def press(self, notification: Notification, action: str) -> None:
        """Click the button of `action` on the notification's popup, as a user would.

        Plasma shows the buttons in the order of the actions (the "default" action has no
        button); the popup is found through KWin and its buttons in a screenshot of it.
        """
        keys = [key for key in notification.actions if key != "default"]
        popup, buttons = self._settled_popup(len(keys))
        x, y, width, height = buttons[keys.index(action)]
        self.input.click(popup.x + x + width // 2, popup.y + y + height // 2)

    def on_screen(self, notification: Notification) -> None:
        self._settled_popup(len([key for key in notification.actions if key != "default"]))

    def _settled_popup(self, buttons: int) -> tuple[Window, list[tuple[int, int, int, int]]]:
        """The notification popup and its `buttons` buttons' boxes, once it stands still
        (Plasma slides a popup in: a click or a screenshot before then misses it)."""
        seen: list[tuple[Window, list[tuple[int, int, int, int]]]] = []

        def settled() -> bool:
            try:
                popup = self.notification_popup()
            except HarnessError:  # not mapped yet
                return False
            image = self.screenshot(self.root / "popup.png", popup.box)
            seen[:] = [(popup, lowest_buttons(image, buttons)), *seen[:1]]
            return len(seen) == 2 and seen[0] == seen[1]

        wait_until(settled, "the notification popup to settle", 5)
        return seen[0]

    def notification_popup(self) -> Window:
        """plasmashell's one notification popup on screen."""
        popups = [w for w in self.kwin.windows() if w.notification]
        if len(popups) != 1:
            raise HarnessError(f"wanted one notification popup, KWin shows {len(popups)}")
        return popups[0]

    def click(self, x: int, y: int) -> None:
        """A left click at (x, y) of the screen, through KWin's fake input."""
        self.input.click(x, y)

    def type_text(self, text: str) -> None:
        """Type `text` into whichever window has the keyboard focus."""
        self.input.type(text)

    def shortcut(self, keys: str) -> None:
        """Press a combination such as "alt+d": modifiers held around the last key."""
        self.input.chord(*keys.split("+"))

    def dismiss_all(self) -> None:
        """Close every notification still shown, as its close button would."""
        for shown in self.notifications():
            with contextlib.suppress(HarnessError):  # closed meanwhile
                bus.call(
                    self.bus_address,
                    *NOTIFICATIONS,
                    "org.freedesktop.Notifications.CloseNotification",
                    signature="u",
                    body=[shown.id],
                )
        wait_until(lambda: not self.notifications(), "the notifications to close", 5)

    def focus(self, title: str) -> None:
        """Activate the window titled `title`, as a click on its title bar would."""
        self.kwin.activate(self.kwin.find(title))

    def windows(self) -> list[ShownWindow]:
        """Every window KWin manages but Plasma's own (desktop, panel, popups, tooltips)."""
        return [
            ShownWindow(w.caption, w.app_id, w.active, not w.minimized, w.fullscreen, w.box)
            for w in self.kwin.windows()
            if "plasmashell" not in w.app_id
        ]

    def status_notifier_items(self) -> list[str]:
        """The items the StatusNotifierWatcher has, as "bus-name/object-path"."""
        items = bus.prop(
            self.bus_address, *WATCHER, WATCHER_INTERFACE, "RegisteredStatusNotifierItems"
        )
        return list(items)

    def panel(self) -> Window:
        """plasmashell's panel along the bottom of the screen."""
        docks = [w for w in self.kwin.windows() if w.dock and w.app_id == "org.kde.plasmashell"]
        if len(docks) != 1:
            raise HarnessError(f"wanted one Plasma panel, KWin has {len(docks)}")
        return docks[0]

    def _spawn_logged(self, args: list[str], env: dict[str, str], **popen: Any) -> Daemon:
        """Daemon in the session's list, logging to logs/<program>.log (for start_private_bus)."""
        daemon = Daemon(args, env, self.root / "logs" / f"{Path(args[0]).name}.log", **popen)
        self._daemons.append(daemon)
        return daemon

    def _spawn(self, args: list[str], **env: str) -> Daemon:
        """A program of the session in the session's env (plus `env`)."""
        return self._spawn_logged(args, {**self.env, **env})

    def _base_env(self) -> dict[str, str]:
        """Only this session's bus, compositor and dirs: nothing of the caller's desktop."""
        env = {
            k: v
            for k, v in os.environ.items()
            if k not in {"DISPLAY", "WAYLAND_DISPLAY", "XAUTHORITY", "HOME"}
            and not k.startswith(("DBUS_", "QT_", "XDG_", "KDE_", "SPASMGUARD_"))
        }
        home = self.root / "home"
        runtime = self.root / "runtime"
        runtime.mkdir(mode=0o700)
        (self.root / "logs").mkdir()
        env.update(session_dirs(home, runtime))
        env.update(
            XDG_CURRENT_DESKTOP="KDE",
            XDG_SESSION_TYPE="wayland",
            KDE_FULL_SESSION="true",
            KDE_SESSION_VERSION="5",
            # No system bus: nothing here may depend on the machine's logind or UPower.
            DBUS_SYSTEM_BUS_ADDRESS=f"unix:path={self.root / 'no-system-bus'}",
            NO_AT_BRIDGE="1",
            PYTHONUNBUFFERED="1",
        )
        return env

    def _prepare_home(self) -> Path:
        """Config files, the fake-input client and its .desktop file; return the client."""
        config = Path(self.env["XDG_CONFIG_HOME"])
        applications = Path(self.env["XDG_DATA_HOME"]) / "applications"
        config.mkdir(parents=True)
        applications.mkdir(parents=True)
        (config / "kscreenlockerrc").write_text(_SCREEN_LOCKER_CONFIG)
        (config / "plasmanotifyrc").write_text(_NOTIFICATIONS_CONFIG)
        programs = self.root / "bin"
        programs.mkdir()
        client = fakeinput.build(programs, self.env)
        (applications / "spasmguard-test-input.desktop").write_text(fakeinput.desktop_entry(client))
        return client

    def _start_notification_log(self) -> None:
        self._notification_log.touch()
        args = [
            sys.executable,
            str(NOTIFICATION_LOG),
            self.bus_address,
            str(self._notification_log),
        ]
        log = self._spawn(args)
        wait_until(
            lambda: self._up(log, lambda: '"ready"' in self._notification_log.read_text()),
            "the notification log",
        )

    @property
    def _notification_log(self) -> Path:
        return self.root / "notifications.jsonl"

    def _start_kwin(self) -> None:
        width, height = SCREEN_SIZE
        args = ["--virtual", "--width", str(width), "--height", str(height)]
        # ScreenShot2 answers only programs whose .desktop file lists it, and the tests run in
        # Python itself; this switch of KWin's lets the harness take screenshots directly.
        kwin = self._spawn(
            [self._kwin_program(), *args, "--socket", WAYLAND_SOCKET],
            KWIN_SCREENSHOT_NO_PERMISSION_CHECKS="1",
        )
        self._kwin = KWin(self.bus_address, self.root / "logs" / "kwin_wayland.log", self.root)
        socket = Path(self.env["XDG_RUNTIME_DIR"]) / WAYLAND_SOCKET
        wait_until(lambda: self._up(kwin, socket.exists), "KWin's Wayland socket")
        wait_until(lambda: self._up(kwin, lambda: self._owned("org.kde.KWin")), "KWin on the bus")
        self.env.update(WAYLAND_DISPLAY=WAYLAND_SOCKET, QT_QPA_PLATFORM="wayland")

    def _kwin_program(self) -> str:
        """kwin_wayland, or a copy of it where its file capability makes exec fail.

        Debian gives kwin_wayland cap_sys_resource; where that capability is outside the
        bounding set (containers, CI), exec fails with EPERM. A copy carries no capability.
        """
        program = shutil.which("kwin_wayland") or "kwin_wayland"
        try:
            subprocess.run([program, "--version"], capture_output=True, check=True, timeout=10)
        except PermissionError:
            copy = self.root / "bin" / "kwin_wayland"
            shutil.copy(program, copy)
            return str(copy)
        return program

    def _start_plasma(self) -> None:
        managers = [
            (self._spawn([str(ACTIVITY_MANAGER)]), "org.kde.ActivityManager"),
            (self._spawn(["kded5"]), WATCHER[0]),
        ]
        for daemon, name in managers:
            wait_until(lambda d=daemon, n=name: self._up(d, lambda: self._owned(n)), name)
        shell = self._spawn(["plasmashell", "--no-respawn"])
        for what, ready in (
            (
                "plasmashell's notification server",
                lambda: self._owned("org.freedesktop.Notifications"),
            ),
            ("plasmashell's system tray", self._tray_host_registered),
            ("plasmashell's panel", self._panel_shown),
        ):
            wait_until(lambda r=ready: self._up(shell, r), what, PLASMA_TIMEOUT)

    def _up(self, daemon: Daemon, ready: Callable[[], bool]) -> bool:
        """`ready()`, but fail at once if `daemon` has exited instead of waiting in vain."""
        if not daemon.alive():
            logs = self.root / "logs"
            raise HarnessError(f"{daemon.name} exited {daemon.proc.returncode}, see {logs}")
        return ready()

    def _owned(self, name: str) -> bool:
        return bus.has_owner(self.bus_address, name)

    def _tray_host_registered(self) -> bool:
        flag = "IsStatusNotifierHostRegistered"
        return bool(bus.prop(self.bus_address, *WATCHER, WATCHER_INTERFACE, flag))

    def _panel_shown(self) -> bool:
        try:
            panel = self.panel()
        except HarnessError:
            return False
        return panel.frame[3] == PANEL_HEIGHT and panel.frame[1] + PANEL_HEIGHT == SCREEN_SIZE[1]
