"""sway, headless: a wlroots Wayland desktop with waybar as tray host and mako for notifications.

sway runs on wlroots' headless backend with software rendering (WLR_BACKENDS=headless,
WLR_RENDERER=pixman, no input devices), with XWayland enabled as most users have it, so DISPLAY
is set beside WAYLAND_DISPLAY. waybar's tray module is the StatusNotifierWatcher and host; mako
owns org.freedesktop.Notifications. Everything runs as a throwaway account (sway refuses root,
see session_user.py) on a private bus with no service directories, which lets root in too:
the tests stay root and drive the session with swaymsg (tree, focus, app ids), grim
(screenshots), wtype (typing) and makoctl (notifications and their buttons).
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from spasmguard.engine.sway_rules import title_pattern
from tests.e2e.desktop import (
    SCREEN_SIZE,
    Daemon,
    HarnessError,
    name_has_owner,
    require_programs,
    run,
    start_private_bus,
    wait_until,
)
from tests.e2e.desktops import Notification, ShownWindow
from tests.e2e.desktops.session_user import SessionUser, session_user
from tests.e2e.desktops.wl_pointer import VirtualPointer

# Program -> the Debian package that provides it (named in the failure message).
PROGRAMS = {
    "sway": "sway",
    "swaymsg": "sway",
    "Xwayland": "xwayland",
    "waybar": "waybar",
    "mako": "mako-notifier",
    "makoctl": "mako-notifier",
    "busctl": "systemd",  # makoctl talks to mako through it
    "grim": "grim",
    "wtype": "wtype",
    "dbus-daemon": "dbus",
    "dbus-send": "dbus",
}
WATCHER = "org.kde.StatusNotifierWatcher"
NOTIFICATIONS = "org.freedesktop.Notifications"
BAR_HEIGHT = 34  # waybar's least for the tray module's 24 px icons
# wtype's virtual keyboard can lose the first key typed right after it appears; a delay
# between keys (ms) gives the compositor time to take the keymap first.
KEY_DELAY_MS = "300"

# sway's default answer to an activation request is to mark the window urgent, never to focus
# it; `smart` focuses it when its workspace is visible, as users who want a relaunch to bring
# a window forward set it (the app cannot overrule the compositor's policy).
_SWAY_CONFIG = """xwayland enable
output HEADLESS-1 resolution {width}x{height} position 0,0
default_border normal
font pango:DejaVu Sans 10
focus_on_window_activation smart
"""
_WAYBAR_CONFIG = {
    "layer": "top",
    "position": "bottom",
    "height": BAR_HEIGHT,
    "modules-left": ["sway/workspaces"],
    "modules-right": ["tray"],
    "tray": {"icon-size": 24, "spacing": 8},
}
_WAYBAR_STYLE = """* { font-family: "DejaVu Sans"; font-size: 13px; }
window#waybar { background: #202020; color: #ffffff; }
"""
_MAKO_CONFIG = "font=DejaVu Sans 11\ndefault-timeout=0\n"


class SwayDesktop:
    """sway + XWayland + waybar + mako on a private bus, as the session account."""

    name = "sway"

    def __init__(self, logs: Path) -> None:
        """`logs` receives each daemon's log (written through files the tests open, so it can
        be pytest's own folder); everything else is in a folder removed by stop()."""
        self.logs = logs
        # Not under pytest's tmp dir: that is root's, mode 0700, and the session account must
        # reach its runtime dir, home, configs and venv inside this one.
        self.root = Path(tempfile.mkdtemp(prefix="sg-sway-", dir="/tmp"))
        self.root.chmod(0o755)
        self.env: dict[str, str] = {}
        self.bus_address = ""
        self._user: SessionUser | None = None
        self._daemons: list[Daemon] = []
        self._pointer: VirtualPointer | None = None

    @property
    def runner(self) -> SessionUser:
        if self._user is None:
            raise HarnessError("the sway desktop is not started")
        return self._user

    def start(self) -> None:
        """Bring up every piece in order; on any failure tear down what already started."""
        try:
            require_programs(PROGRAMS)
            self._user = session_user(self.root)
            self.env = self._base_env()
            self.bus_address = start_private_bus(
                self.root, self.env, self._spawn_as_root, users=(self.runner.name,)
            )
            self.env["DBUS_SESSION_BUS_ADDRESS"] = self.bus_address
            self._start_sway()
            socket = Path(self.env["XDG_RUNTIME_DIR"]) / self.env["WAYLAND_DISPLAY"]
            self._pointer = VirtualPointer(socket, SCREEN_SIZE)
            waybar = self._write("waybar.json", json.dumps(_WAYBAR_CONFIG))
            self._spawn("waybar", ["-c", waybar, "-s", self._write("waybar.css", _WAYBAR_STYLE)])
            self._spawn("mako", ["-c", self._write("mako.conf", _MAKO_CONFIG)])
            wait_until(lambda: name_has_owner(self.env, WATCHER), "waybar's StatusNotifierWatcher")
            wait_until(lambda: name_has_owner(self.env, NOTIFICATIONS), "mako on the bus")
            self._ask_display()
        except BaseException:
            self.stop()
            raise

    def stop(self) -> None:
        """Stop the daemons in reverse order (sway last), then remove the session's folder."""
        if self._pointer is not None:
            self._pointer.close()
            self._pointer = None
        for daemon in reversed(self._daemons):
            daemon.stop()
        self._daemons.clear()
        shutil.rmtree(self.root, ignore_errors=True)

    def pids(self) -> list[int]:
        """Pids of the daemons still running (for leak checks)."""
        return [d.proc.pid for d in self._daemons if d.alive()]

    # --- what tests use ---------------------------------------------------------------------

    def screenshot(self, path: Path) -> Path:
        run(["grim", str(path)], self.env)
        return path

    def notifications(self) -> list[Notification]:
        """What mako shows now, oldest first."""
        listed = json.loads(run(["makoctl", "list"], self.env))["data"][0]
        shown = [
            Notification(
                id=item["id"]["data"],
                app_name=item["app-name"]["data"],
                summary=item["summary"]["data"],
                body=item["body"]["data"],
                actions=dict(item["actions"]["data"]),
            )
            for item in listed
        ]
        return sorted(shown, key=lambda n: n.id)

    def press(self, notification: Notification, action: str) -> None:
        """Press a button of a notification as mako's user does (`makoctl invoke`)."""
        run(["makoctl", "invoke", "-n", str(notification.id), action], self.env)

    def on_screen(self, notification: Notification) -> None:
        """mako draws a notification as it lists it: nothing to wait for."""
        del notification

    def dismiss_all(self) -> None:
        run(["makoctl", "dismiss", "--all"], self.env)

    def type_text(self, text: str) -> None:
        """Type into the focused window through a virtual keyboard."""
        run(["wtype", "-s", KEY_DELAY_MS, text], self.env, timeout=30)

    def shortcut(self, keys: str) -> None:
        """ "alt+d": modifiers held (wtype -M) around the last key."""
        *modifiers, key = keys.split("+")
        held = [arg for m in modifiers for arg in ("-M", m)]
        released = [arg for m in reversed(modifiers) for arg in ("-m", m)]
        run(["wtype", "-s", KEY_DELAY_MS, *held, key, *released], self.env)

    def focus(self, title: str) -> None:
        """sway's focus command on the window with this exact title."""
        self.swaymsg(f'[title="{title_pattern(title)}"]', "focus")

    def click(self, x: int, y: int) -> None:
        """A left click at (x, y), through the session's virtual pointer."""
        if self._pointer is None:
            raise HarnessError("the sway desktop is not started")
        self._pointer.click(x, y)

    def swaymsg(self, *args: str) -> Any:
        """One IPC request to sway; its JSON reply."""
        return json.loads(run(["swaymsg", "--raw", *args], self.env))

    def windows(self) -> list[ShownWindow]:
        """Every view in sway's tree (tiled and floating), in tree order."""
        return [_shown(node) for node in _views(self.swaymsg("-t", "get_tree"))]

    # --- building ---------------------------------------------------------------------------

    def _base_env(self) -> dict[str, str]:
        """Only what a session on this desktop has; nothing of the caller's own session."""
        runtime = self.runner.mkdir(self.root / "runtime")
        home = self.runner.mkdir(self.root / "home")
        env = {
            "PATH": f"{self.runner.venv / 'bin'}:/usr/local/bin:/usr/bin:/bin",
            "LANG": "C.UTF-8",
            "HOME": str(home),
            "XDG_RUNTIME_DIR": str(runtime),
            "XDG_SESSION_TYPE": "wayland",
            "XDG_CURRENT_DESKTOP": "sway",
            "NO_AT_BRIDGE": "1",
            "GSETTINGS_BACKEND": "memory",
            "PYTHONUNBUFFERED": "1",
        }
        if "TZ" in os.environ:
            env["TZ"] = os.environ["TZ"]
        return env

    def _start_sway(self) -> None:
        width, height = SCREEN_SIZE
        config = self._write("sway.conf", _SWAY_CONFIG.format(width=width, height=height))
        sway = self._spawn(
            "sway",
            ["-c", config],
            WLR_BACKENDS="headless",
            WLR_RENDERER="pixman",
            WLR_LIBINPUT_NO_DEVICES="1",
        )
        runtime = Path(self.env["XDG_RUNTIME_DIR"])

        def sockets() -> bool:
            if not sway.alive():
                raise HarnessError(f"sway exited at start, see {self.logs / 'sway.log'}")
            return any(runtime.glob("sway-ipc.*.sock")) and any(runtime.glob("wayland-?"))

        wait_until(sockets, "sway's IPC and Wayland sockets")
        self.env["SWAYSOCK"] = str(next(runtime.glob("sway-ipc.*.sock")))
        self.env["WAYLAND_DISPLAY"] = next(runtime.glob("wayland-?")).name

    def _ask_display(self) -> None:
        """DISPLAY of sway's XWayland, as sway gives it to the programs it starts."""
        answer = Path(self.env["XDG_RUNTIME_DIR"]) / "display"  # the account can write there
        self.swaymsg("exec", f"printenv DISPLAY > {answer}.tmp && mv {answer}.tmp {answer}")
        wait_until(answer.exists, "sway to tell its XWayland DISPLAY")
        display = answer.read_text().strip()
        if not display.startswith(":"):
            raise HarnessError(f"sway has no XWayland display (DISPLAY={display!r})")
        self.env["DISPLAY"] = display

    def _write(self, name: str, text: str) -> str:
        path = self.root / name
        path.write_text(text)
        return str(path)

    def _spawn(self, program: str, args: list[str], **extra_env: str) -> Daemon:
        """Start a daemon of the session as the session account, logging to <program>.log."""
        command = self.runner.command([program, *args])
        daemon = Daemon(command, {**self.env, **extra_env}, self.logs / f"{program}.log")
        self._daemons.append(daemon)
        return daemon

    def _spawn_as_root(self, args: list[str], env: dict[str, str], **popen: Any) -> Daemon:
        daemon = Daemon(args, env, self.logs / f"{args[0]}.log", **popen)
        self._daemons.append(daemon)
        return daemon


def _views(node: dict[str, Any]) -> Iterator[dict[str, Any]]:
    """The views (windows) under a node of sway's tree."""
    if node.get("type") in {"con", "floating_con"} and node.get("pid"):
        yield node
    for child in node.get("nodes", []) + node.get("floating_nodes", []):
        yield from _views(child)


def _shown(node: dict[str, Any]) -> ShownWindow:
    rect = node["rect"]
    # XWayland windows have no app_id; their X11 class stands in for it.
    app_id = node.get("app_id") or (node.get("window_properties") or {}).get("class", "")
    return ShownWindow(
        title=node.get("name") or "",
        app_id=app_id,
        focused=node["focused"],
        visible=node.get("visible", False),
        fullscreen=node.get("fullscreen_mode", 0) != 0,
        rect=(rect["x"], rect["y"], rect["width"], rect["height"]),
    )
