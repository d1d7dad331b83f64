"""GNOME Shell 43, headless on Wayland, as a real desktop for end-to-end tests.

``gnome-shell --wayland --headless --no-x11 --virtual-monitor 1280x800`` with software
rendering, inside a private session bus and a private *system* bus (the shell dies at start
without logind's bus). The session bus has one service directory of its own, holding only
GNOME's notification service (a gjs script the shell starts on demand), so nothing else can
be D-Bus-activated behind the tests' back. Settings use GLib's keyfile backend (no dconf).

Two flavours: with the AppIndicator extension (Ubuntu's default; StatusNotifier tray icons in
the top bar) and without it (stock GNOME and Fedora: no tray at all).

It offers the desktop-neutral interface of tests/e2e/desktops (the `wayland_desktop` tests
run on it too). The tests drive the shell through a test-only extension (gnome_helper.js,
copied into the session's own data dir) that unlocks org.gnome.Shell.Eval and exposes
``spasmguardTest``: the windows with their app ids and focus, the banner and its buttons, the
tray icons and menus, and a virtual pointer and keyboard. The shell is stopped with
``global.context.terminate()``: SIGTERM makes GNOME Shell 43 segfault on its way out.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import shutil
import tempfile
import time
from pathlib import Path
from typing import Any

from tests.e2e.desktop import (
    SCREEN_SIZE,
    Daemon,
    HarnessError,
    require_programs,
    start_private_bus,
)
from tests.e2e.desktop import wait_until as wait_for
from tests.e2e.desktops import LocalRunner, Notification, ShownWindow, bus, session_dirs

PROGRAMS = {"gnome-shell": "gnome-shell", "gjs": "gjs", "dbus-daemon": "dbus"}
APPINDICATOR = "ubuntu-appindicators@ubuntu.com"
APPINDICATOR_DIR = Path("/usr/share/gnome-shell/extensions") / APPINDICATOR
HELPER = "spasmguard-test-helper@spasmguard.test"
NOTIFICATIONS_SERVICE = Path("/usr/share/dbus-1/services/org.gnome.Shell.Notifications.service")
START_TIMEOUT = 30.0

_METADATA = {
    "uuid": HELPER,
    "name": "spasmguard test helper",
    "description": "Test sessions only: Eval, screenshots, virtual input.",
    "shell-version": ["43", "44"],
}


class GnomeShell:
    """One headless GNOME Shell session in `root`, with or without the AppIndicator tray."""

    def __init__(self, root: Path | None = None, *, appindicator: bool = True) -> None:
        self.name = "gnome" if appindicator else "gnome-no-tray"
        self.root = root or Path(tempfile.mkdtemp(prefix=f"sg-{self.name}-", dir="/tmp"))
        self.appindicator = appindicator
        self.env: dict[str, str] = {}
        self.bus_address = ""
        self.runner = LocalRunner()
        self._daemons: list[Daemon] = []
        self._shell: Daemon | None = None

    # --- start and stop ------------------------------------------------------------------------

    def start(self) -> None:
        """Buses, settings, extensions, then the shell; ready once Eval answers."""
        require_programs(PROGRAMS)
        if self.appindicator and not APPINDICATOR_DIR.is_dir():
            raise HarnessError(
                f"no {APPINDICATOR_DIR}: apt-get install gnome-shell-extension-appindicator"
            )
        try:
            self.env = self._base_env()
            self.env["DBUS_SYSTEM_BUS_ADDRESS"] = self._bus("system")
            self.bus_address = self.env["DBUS_SESSION_BUS_ADDRESS"] = self._bus("session")
            self._write_settings()
            self._start_shell()
        except BaseException:
            self.stop()
            raise

    def stop(self) -> None:
        """terminate() the shell (clean exit), then the buses; kill only what will not stop."""
        if self._shell is not None and self._shell.alive():
            with contextlib.suppress(HarnessError):
                self.eval("global.context.terminate(); true")
                wait_for(lambda: not self._shell or not self._shell.alive(), "the shell to exit")
        for daemon in reversed(self._daemons):
            daemon.stop()
        self._daemons.clear()
        self._shell = None

    def _base_env(self) -> dict[str, str]:
        home = self.root / "home"
        runtime = self.root / "run"
        home.mkdir()
        runtime.mkdir(mode=0o700)
        keep = ("PATH", "LANG", "LC_ALL", "TZ", "PYTHONPATH", "VIRTUAL_ENV")
        env = {k: v for k, v in os.environ.items() if k in keep}
        env.update(session_dirs(home, runtime))
        env.update(
            XDG_SESSION_TYPE="wayland",
            XDG_CURRENT_DESKTOP="GNOME",
            GSETTINGS_BACKEND="keyfile",
            NO_AT_BRIDGE="1",
            QT_QPA_PLATFORM="wayland",  # for the apps: the shell runs no X server
            PYTHONUNBUFFERED="1",
        )
        env.setdefault("LANG", "C.UTF-8")
        return env

    def _bus(self, kind: str) -> str:
        """A private bus of its own folder; its address. The session bus can start GNOME's
        notification service (the shell asks for it), and nothing else."""
        folder = self.root / f"{kind}-bus"
        folder.mkdir()

        def spawn(args: list[str], env: dict[str, str], **popen: Any) -> Daemon:
            daemon = Daemon(args, env, folder / "dbus-daemon.log", **popen)
            self._daemons.append(daemon)
            return daemon

        address = start_private_bus(folder, self.env, spawn)
        if kind == "session":
            shutil.copy(NOTIFICATIONS_SERVICE, folder / "dbus-services")
        return address

    def _write_settings(self) -> None:
        """The helper extension, and the keyfile settings that enable it (and AppIndicator)."""
        data = Path(self.env["XDG_DATA_HOME"])
        ext = data / "gnome-shell" / "extensions" / HELPER
        ext.mkdir(parents=True)
        (ext / "metadata.json").write_text(json.dumps(_METADATA))
        shutil.copy(Path(__file__).with_name("gnome_helper.js"), ext / "extension.js")
        enabled = [HELPER, *([APPINDICATOR] if self.appindicator else [])]
        keyfile = Path(self.env["XDG_CONFIG_HOME"]) / "glib-2.0" / "settings" / "keyfile"
        keyfile.parent.mkdir(parents=True)
        keyfile.write_text(
            "[org/gnome/shell]\n"
            f"enabled-extensions={enabled!r}\n"
            "welcome-dialog-last-shown-version='999'\n"  # no tour
        )

    def _start_shell(self) -> None:
        width, height = SCREEN_SIZE
        log = self.root / "gnome-shell.log"
        self._shell = Daemon(
            [
                "gnome-shell",
                "--wayland",
                "--headless",
                "--no-x11",
                "--virtual-monitor",
                f"{width}x{height}",
            ],
            self.env,
            log,
        )
        self._daemons.append(self._shell)
        started = time.monotonic()
        wait_for(self._wayland_socket, f"gnome-shell's Wayland socket (see {log})", START_TIMEOUT)
        self.env["WAYLAND_DISPLAY"] = self._wayland_socket()
        left = START_TIMEOUT - (time.monotonic() - started)
        wait_for(self._helper_ready, "the test helper extension in the shell", left)
        wait_for(lambda: self.eval("Main.messageTray.getSources().length") == 0, "no notices")
        # The shell opens the overview at the end of its start-up animation; then leave it.
        wait_for(lambda: self.eval("!Main.layoutManager._startingUp"), "the start-up animation")
        # Clutter drops the events sent right after a virtual device is made: make both now,
        # the pointer resting in the bottom-left corner (the top-left one opens the overview).
        # A pointer first made by a click lost that click, so a reminder window clicked to
        # choose it kept ignoring its keys (test_a_clicked_reminder_window_answers_its_keys).
        self.helper("keys([])")
        self.move_pointer(0, SCREEN_SIZE[1] - 1)
        self.eval("Main.overview.hide(); true")
        wait_for(
            lambda: self.eval("!Main.overview.visible && !Main.overview.animationInProgress"),
            "the overview to close",
        )

    def _wayland_socket(self) -> str:
        if self._shell is not None and not self._shell.alive():
            raise HarnessError(f"gnome-shell exited at start, see {self.root / 'gnome-shell.log'}")
        text = (self.root / "gnome-shell.log").read_text(errors="replace")
        found = re.search(r"Using Wayland display name '([^']+)'", text)
        return found[1] if found else ""

    def _helper_ready(self) -> bool:
        try:
            return bool(self.eval("typeof spasmguardTest === 'object'"))
        except HarnessError:
            return False  # the shell is not on the bus yet, or Eval is still refused

    # --- driving the shell ---------------------------------------------------------------------

    def eval(self, js: str) -> Any:
        """Run JavaScript in the shell; its result, parsed from JSON (HarnessError if it throws)."""
        ok, result = bus.call(
            self.bus_address,
            "org.gnome.Shell",
            "/org/gnome/Shell",
            "org.gnome.Shell.Eval",
            signature="s",
            body=[js],
        )
        if not ok:
            raise HarnessError(f"Eval failed: {result}\n{js}")
        return json.loads(result) if result else None

    def idle_seconds(self) -> float:
        """How long the user has not touched the desktop, as Mutter's idle monitor counts."""
        (milliseconds,) = bus.call(
            self.bus_address,
            "org.gnome.Mutter.IdleMonitor",
            "/org/gnome/Mutter/IdleMonitor/Core",
            "org.gnome.Mutter.IdleMonitor.GetIdletime",
        )
        return float(milliseconds) / 1000

    def helper(self, call: str) -> Any:
        """``spasmguardTest.<call>`` in the shell (see gnome_helper.js)."""
        return self.eval(f"spasmguardTest.{call}")

    def screenshot(self, path: Path) -> Path:
        """The whole screen as a PNG (org.gnome.Shell.Screenshot)."""
        ok, _used = bus.call(
            self.bus_address,
            "org.gnome.Shell.Screenshot",
            "/org/gnome/Shell/Screenshot",
            "org.gnome.Shell.Screenshot.Screenshot",
            signature="bbs",
            body=[False, False, str(path)],
        )
        if not ok or not path.exists():
            raise HarnessError(f"the shell did not write the screenshot {path}")
        return path

    def windows(self) -> list[ShownWindow]:
        """Every window the shell manages, with its Wayland app id and focus."""
        return [
            ShownWindow(
                title=w["title"] or "",
                app_id=w["wm_class"] or "",
                focused=w["focused"],
                visible=w["mapped"],
                fullscreen=w["fullscreen"],
                rect=tuple(w["rect"]),
            )
            for w in self.helper("windows()")
        ]

    def notifications(self) -> list[Notification]:
        """The notifications the shell holds (on screen, queued or in its list), oldest first."""
        held = [Notification(**n) for n in self.helper("notifications()")]
        return sorted(held, key=lambda n: n.id)

    def press(self, notification: Notification, action: str) -> None:
        """Click the button of `action` on the notification's banner, as a user does."""
        self.press_banner_button(
            notification.summary, notification.actions[action], notification.id
        )

    def on_screen(self, notification: Notification) -> None:
        """Wait for its banner (the shell may hold a notification back while another shows)."""

        def shown() -> bool:
            banner = self.banner() or {}
            return banner.get("id") == notification.id and bool(banner.get("box"))

        wait_for(shown, f"the banner {notification.summary!r}", 10)

    def dismiss_all(self) -> None:
        """Close every notification (as the user's "Clear" in the shell's list does)."""
        self.helper("dismissAll()")

    def click(self, x: int, y: int) -> None:
        self.helper(f"click({x}, {y})")

    def move_pointer(self, x: int, y: int) -> None:
        self.helper(f"move({x}, {y})")

    def type_text(self, text: str) -> None:
        """Type `text` on the virtual keyboard, into whichever window has the focus."""
        self.helper(f"type({json.dumps(text)})")

    def shortcut(self, keys: str) -> None:
        """Press a combination such as "alt+d" on the virtual keyboard."""
        self.helper(f"shortcut({json.dumps(keys)})")

    def focus(self, title: str) -> None:
        """Give the window titled `title` the focus, as the shell's window switcher does."""
        self.helper(f"activateWindow({json.dumps(title)})")

    def banner(self) -> dict[str, Any] | None:
        """The notification banner on screen: title, the actions sent, the buttons shown."""
        shown: dict[str, Any] | None = self.helper("banner()")
        return shown

    def banner_buttons(self, title: str, ident: int | None = None) -> list[dict[str, Any]]:
        """Hover the banner titled `title` (and with D-Bus id `ident`, if given) until its
        buttons show and stay put (GNOME shows them only on hover, and grows the banner)."""
        buttons: list[dict[str, Any]] = []

        def expanded() -> bool:
            banner = self.banner() or {}
            if banner.get("title") != title or not banner["box"]:
                return False
            if ident is not None and banner["id"] != ident:
                return False
            x, y, w, h = banner["box"]
            self.move_pointer(x + w // 2, y + h // 3)  # again: the banner may still be sliding in
            settled = bool(buttons) and banner["buttons"] == buttons
            buttons[:] = banner["buttons"]
            return settled and all(b["box"] for b in buttons)

        wait_for(expanded, f"the banner {title!r} to show its buttons", 10)
        return buttons

    def press_banner_button(self, title: str, label: str, ident: int | None = None) -> list[str]:
        """Click the button `label` of the banner titled `title` (with D-Bus id `ident`, if
        given); the labels that were shown."""
        buttons = self.banner_buttons(title, ident)
        labels = [b["label"] for b in buttons]
        wanted = [b for b in buttons if b["label"] == label]
        if not wanted:
            raise HarnessError(f"no {label!r} button on the banner, only {labels}")
        x, y, w, h = wanted[0]["box"]
        self.click(x + w // 2, y + h // 2)
        return labels

    def click_box(self, box: list[int]) -> None:
        x, y, w, h = box
        self.click(x + w // 2, y + h // 2)
