"""A real, throw-away desktop for end-to-end tests.

One session of Xvfb, a private D-Bus session bus, trayer (an XEmbed tray host) and dunst (a
notification server) per pytest run. Everything is a child of the test process, so it is reaped
at the end and nothing leaks into the user's own session. The bus has no service directories:
nothing can be D-Bus-activated on it, so "dunst stopped" really means "no notification server"
instead of silently spawning a second dunst.

This module does not import Qt: the e2e tests drive the app in subprocesses, which keeps the
pytest process free for the offscreen Qt tests that run in the same invocation.
"""

from __future__ import annotations

import contextlib
import ctypes
import json
import os
import random
import select
import shutil
import signal
import subprocess
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, TextIO

SCREEN_SIZE = (1280, 800)
NOTIFICATIONS_NAME = "org.freedesktop.Notifications"
STARTUP_TIMEOUT = 10.0
COMMAND_TIMEOUT = 10.0

# Program -> the Debian package that provides it (named in the failure message).
REQUIRED_PROGRAMS = {
    "Xvfb": "xvfb",
    "dbus-daemon": "dbus",
    "dbus-send": "dbus",
    "dbus-monitor": "dbus",
    "trayer": "trayer",
    "dunst": "dunst",
    "dunstctl": "dunst",
    "import": "imagemagick",
    "xwininfo": "x11-utils",
}

_BUS_CONFIG = """<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>unix:dir={root}</listen>
  <auth>EXTERNAL</auth>
  <servicedir>{services}</servicedir>
  <policy context="default">{allow_users}
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
"""

_DUNST_CONFIG = """[global]
    dmenu = {menu_script}
    markup = full
    history_length = 100
    font = DejaVu Sans 10
"""

# dunst pipes its context menu ("#Done (Title) [id,action]" per line) to this script and invokes
# the action of the line it prints. The menu is kept so tests can see which buttons arrived.
_MENU_SCRIPT = """#!/bin/sh
menu=$(cat)
printf '%s\\n' "$menu" > '{menu}.tmp' && mv '{menu}.tmp' '{menu}'
printf '%s\\n' "$menu" | grep -m1 -F "#$(cat '{wanted}') ("
"""


class HarnessError(RuntimeError):
    """The test desktop could not be built or driven (a failure, never a skip)."""


def require_programs(programs: dict[str, str] = REQUIRED_PROGRAMS) -> None:
    """Fail with the apt packages to install when any program of the desktop is missing."""
    missing = {name: pkg for name, pkg in programs.items() if shutil.which(name) is None}
    if missing:
        packages = " ".join(sorted(set(missing.values())))
        raise HarnessError(
            f"the e2e desktop needs {', '.join(sorted(missing))}: apt-get install {packages}"
        )


def wait_until(predicate: Callable[[], bool], what: str, timeout: float = STARTUP_TIMEOUT) -> None:
    """Poll `predicate` until it holds; fail naming `what` so a hang reads as a clear message."""
    deadline = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > deadline:
            raise HarnessError(f"timed out after {timeout:g} s waiting for {what}")
        time.sleep(0.05)


def run(args: list[str], env: dict[str, str], timeout: float = COMMAND_TIMEOUT) -> str:
    """Run a short command on the test desktop and return its stdout; fail loudly otherwise."""
    try:
        done = subprocess.run(
            args, env=env, capture_output=True, text=True, timeout=timeout, check=False
        )
    except subprocess.TimeoutExpired as exc:
        raise HarnessError(f"{args[0]} did not finish within {timeout:g} s") from exc
    if done.returncode != 0:
        raise HarnessError(f"{' '.join(args)} exited {done.returncode}: {done.stderr.strip()}")
    return done.stdout


def _read_line(fd: int, what: str, timeout: float = STARTUP_TIMEOUT) -> str:
    """Read the line a starting daemon writes to `fd`; "" if it exits without writing one."""
    data = b""
    deadline = time.monotonic() + timeout
    while not data.endswith(b"\n"):
        left = deadline - time.monotonic()
        if left <= 0 or not select.select([fd], [], [], left)[0]:
            raise HarnessError(f"timed out after {timeout:g} s waiting for {what}")
        chunk = os.read(fd, 256)
        if not chunk:
            return ""  # the program closed its end: it exited
        data += chunk
    return data.decode().strip()


_PR_SET_PDEATHSIG = 1
_libc = ctypes.CDLL(None, use_errno=True)


def _die_with_parent() -> None:
    """Runs in the child before exec: SIGTERM it when pytest dies, even by a segfault.

    Without this, a crash in any later test of the same session (the Qt tests run in this
    process too) would leave the whole desktop running.
    """
    _libc.prctl(_PR_SET_PDEATHSIG, signal.SIGTERM)


class Daemon:
    """A background program of the desktop, logging to a file, stopped by its own pid."""

    def __init__(self, args: list[str], env: dict[str, str], log: Path, **popen: Any) -> None:
        self.name = args[0]
        self._log: TextIO = log.open("a")
        self.proc = subprocess.Popen(
            args,
            env=env,
            stdin=subprocess.DEVNULL,
            stdout=self._log,
            stderr=self._log,
            preexec_fn=_die_with_parent,  # noqa: PLW1509 (one prctl call, takes no lock)
            **popen,
        )

    def alive(self) -> bool:
        return self.proc.poll() is None

    def stop(self) -> None:
        """SIGTERM, then SIGKILL after 5 s; always reaps, so no zombie is left behind."""
        if self.alive():
            self.proc.terminate()
            try:
                self.proc.wait(timeout=5)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(timeout=5)
        self._log.close()


class Dunst:
    """dunst on the test bus, with the controls a test needs (press a button, read history)."""

    def __init__(self, root: Path, env: dict[str, str]) -> None:
        self._env = env
        self._root = root
        self._menu = root / "dunst-menu.txt"
        self._wanted = root / "dunst-wanted-button.txt"
        script = root / "dunst-menu.sh"
        script.write_text(_MENU_SCRIPT.format(menu=self._menu, wanted=self._wanted))
        script.chmod(0o755)
        self._config = root / "dunstrc"
        self._config.write_text(_DUNST_CONFIG.format(menu_script=script))
        self._daemon: Daemon | None = None

    def daemons(self) -> list[Daemon]:
        return [] if self._daemon is None else [self._daemon]

    def owns_name(self) -> bool:
        """Whether some process owns org.freedesktop.Notifications on the test bus right now."""
        return name_has_owner(self._env, NOTIFICATIONS_NAME)

    def start(self) -> None:
        """Start dunst and return once it owns the notification name (never before)."""
        if self._daemon is not None and self._daemon.alive():
            return
        self._daemon = Daemon(
            ["dunst", "-config", str(self._config)], self._env, self._root / "dunst.log"
        )
        wait_until(self._ready, "dunst to own org.freedesktop.Notifications")

    def _ready(self) -> bool:
        if self._daemon is not None and not self._daemon.alive():
            raise HarnessError(f"dunst exited early, see {self._root / 'dunst.log'}")
        return self.owns_name()

    def stop(self) -> None:
        """Stop dunst and return once no notification server is left on the bus."""
        if self._daemon is not None:
            self._daemon.stop()
            self._daemon = None
        wait_until(lambda: not self.owns_name(), "org.freedesktop.Notifications to be released")

    @contextlib.contextmanager
    def frozen(self) -> Iterator[None]:
        """Keep dunst on the bus but unresponsive (SIGSTOP), to test the sender's timeout."""
        if self._daemon is None:
            raise HarnessError("dunst is not running")
        pid = self._daemon.proc.pid
        os.kill(pid, signal.SIGSTOP)
        try:
            yield
        finally:
            os.kill(pid, signal.SIGCONT)

    def press(self, button: str, timeout: float = 5.0) -> list[str]:
        """Press `button` of the first displayed notification that has one; return the menu.

        The returned lines are dunst's context menu, one per action, e.g.
        "#Done (Posture) [3,done]", which shows what buttons the server received.
        """
        self._wanted.write_text(button)
        self._menu.unlink(missing_ok=True)
        self._ctl("context")
        wait_until(self._menu.exists, f"dunst's context menu to press {button!r}", timeout)
        return self._menu.read_text().splitlines()

    def click(self) -> None:
        """Click the newest notification itself (its default action), not one of its buttons."""
        self._ctl("action", "0")

    def close_all(self) -> None:
        self._ctl("close-all")

    def close_top(self) -> None:
        """Close the newest notification as if the user dismissed it."""
        self._ctl("close")

    def displayed(self) -> int:
        return int(self._ctl("count", "displayed"))

    def history(self) -> list[dict[str, Any]]:
        """Notifications dunst has closed, newest first, as plain dicts (field -> value).

        dunst lists only closed notifications here: call `close_all()` first to see what is
        on screen. Fields include appname, summary, body (as received) and message (as shown).
        """
        raw = json.loads(self._ctl("history"))
        return [{key: field["data"] for key, field in item.items()} for item in raw["data"][0]]

    def _ctl(self, *args: str) -> str:
        if not self.owns_name():
            raise HarnessError(f"dunstctl {args[0]}: dunst is not running on the test bus")
        return run(["dunstctl", *args], self._env).strip()


def name_has_owner(env: dict[str, str], name: str) -> bool:
    out = run(
        [
            "dbus-send",
            "--session",
            "--print-reply=literal",
            "--dest=org.freedesktop.DBus",
            "/org/freedesktop/DBus",
            "org.freedesktop.DBus.NameHasOwner",
            f"string:{name}",
        ],
        env,
    )
    return out.split() == ["boolean", "true"]


def start_private_bus(
    root: Path, env: dict[str, str], spawn: Callable[..., Daemon], users: tuple[str, ...] = ()
) -> str:
    """Start a private bus listening in `root` (no --fork: it stays a child); return its address.

    It has an empty service directory, so nothing is D-Bus-activated behind the tests' back.
    The bus's own user may always connect; `users` names the others allowed to (a desktop that
    runs as another user, with the tests talking to it as root).
    """
    services = root / "dbus-services"
    services.mkdir()
    config = root / "session-bus.conf"
    allow = "".join(f'\n    <allow user="{user}"/>' for user in users)
    config.write_text(_BUS_CONFIG.format(root=root, services=services, allow_users=allow))
    read_fd, write_fd = os.pipe()
    try:
        spawn(
            ["dbus-daemon", "--nofork", f"--config-file={config}", f"--print-address={write_fd}"],
            env,
            pass_fds=(write_fd,),
        )
        os.close(write_fd)
        address = _read_line(read_fd, "dbus-daemon to print its address")
    finally:
        os.close(read_fd)
    if not address:
        raise HarnessError(f"dbus-daemon exited at start, see {root / 'dbus-daemon.log'}")
    return address


class Desktop:
    """Xvfb + private session bus + trayer + dunst, built in `root` and torn down by `stop()`."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.env: dict[str, str] = {}
        self._daemons: list[Daemon] = []
        self._dunst: Dunst | None = None

    @property
    def dunst(self) -> Dunst:
        if self._dunst is None:
            raise HarnessError("the desktop is not started")
        return self._dunst

    def start(self) -> None:
        """Bring up every piece in order; on any failure tear down what already started."""
        require_programs()
        try:
            self.env = self._base_env(self._start_xvfb())
            self.env["DBUS_SESSION_BUS_ADDRESS"] = self._start_bus()
            self._start_tray()
            self._dunst = Dunst(self.root, self.env)
            self._dunst.start()
        except BaseException:
            self.stop()
            raise

    def stop(self) -> None:
        """Stop dunst, then the other daemons in reverse order (the X server last)."""
        if self._dunst is not None:
            with contextlib.suppress(HarnessError):
                self._dunst.stop()
        for daemon in reversed(self._daemons):
            daemon.stop()
        self._daemons.clear()

    def pids(self) -> list[int]:
        """Pids of the daemons still running, dunst included (for leak checks)."""
        daemons = [*self._daemons, *self.dunst.daemons()]
        return [d.proc.pid for d in daemons if d.alive()]

    def screenshot(self, path: Path) -> Path:
        """Save the whole screen as a PNG (imagemagick `import -window root`)."""
        run(["import", "-window", "root", str(path)], self.env)
        return path

    def _spawn(self, args: list[str], env: dict[str, str], **popen: Any) -> Daemon:
        daemon = Daemon(args, env, self.root / f"{args[0]}.log", **popen)
        self._daemons.append(daemon)
        return daemon

    def _start_xvfb(self) -> int:
        """Start Xvfb on a random free display number and return the number.

        Not `-displayfd` alone: it always takes the lowest free number, so a session starting
        while another one's Xvfb is exiting could get that number and then lose its socket
        to the old server's cleanup (seen once: "cannot open display :0").
        """
        taken = {int(p.name[1:]) for p in Path("/tmp/.X11-unix").glob("X*") if p.name[1:].isdigit()}
        free = [n for n in range(100, 1000) if n not in taken]
        for display in random.sample(free, 5):
            if self._try_xvfb(display):
                socket = Path(f"/tmp/.X11-unix/X{display}")
                wait_until(socket.exists, f"the X socket {socket}")
                return display
        raise HarnessError("Xvfb could not start on any of 5 free display numbers")

    def _try_xvfb(self, display: int) -> bool:
        """Start Xvfb on `display`; False if it exits (number taken meanwhile)."""
        read_fd, write_fd = os.pipe()
        width, height = SCREEN_SIZE
        try:
            xvfb = self._spawn(
                [
                    "Xvfb",
                    f":{display}",
                    "-screen",
                    "0",
                    f"{width}x{height}x24",
                    "-nolisten",
                    "tcp",
                    "-noreset",  # the last client leaving must not restart the server
                    "-displayfd",
                    str(write_fd),
                ],
                dict(os.environ),
                pass_fds=(write_fd,),
            )
            os.close(write_fd)
            # -displayfd with a fixed number: Xvfb writes it once it accepts clients.
            if _read_line(read_fd, f"Xvfb on :{display} to be ready"):
                return True
        finally:
            os.close(read_fd)
        self._daemons.remove(xvfb)
        xvfb.stop()
        return False

    def _start_bus(self) -> str:
        return start_private_bus(self.root, self.env, self._spawn)

    def _start_tray(self) -> None:
        """Start trayer; start it again if it exits before its panel shows.

        Before Xvfb got -noreset, about one start in 20 failed with trayer (GTK) unable to
        open a display that answered fine a moment later. Not seen since in 120 starts; kept
        as a cheap net, since trayer then exits at once and its log says why.
        """
        args = "--edge bottom --widthtype pixel --width 200 --heighttype pixel --height 32"
        for _attempt in range(3):
            trayer = self._spawn(["trayer", *args.split()], self.env)
            wait_until(
                lambda t=trayer: self._tray_mapped() or not t.alive(), "trayer's panel window"
            )
            if trayer.alive():
                return
            self._daemons.remove(trayer)
            trayer.stop()
        raise HarnessError(f"trayer exited 3 times, see {self.root / 'trayer.log'}")

    def _tray_mapped(self) -> bool:
        return '("panel" "trayer")' in run(["xwininfo", "-root", "-tree"], self.env)

    def _base_env(self, display: int) -> dict[str, str]:
        """Environment for programs on this desktop: only our X server, bus and dirs."""
        env = {
            k: v
            for k, v in os.environ.items()
            if k not in {"WAYLAND_DISPLAY", "XAUTHORITY", "DBUS_SESSION_BUS_ADDRESS"}
            and not k.startswith(("QT_", "XDG_", "SPASMGUARD_"))
        }
        runtime = self.root / "runtime"
        runtime.mkdir(mode=0o700)
        env.update(
            DISPLAY=f":{display}",
            XDG_RUNTIME_DIR=str(runtime),
            XDG_CONFIG_HOME=str(self.root / "config"),
            XDG_DATA_HOME=str(self.root / "data"),
            XDG_CACHE_HOME=str(self.root / "cache"),
            XDG_STATE_HOME=str(self.root / "state"),
            QT_QPA_PLATFORM="xcb",
            NO_AT_BRIDGE="1",
            PYTHONUNBUFFERED="1",
        )
        return env
