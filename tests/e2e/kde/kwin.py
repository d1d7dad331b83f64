"""What KWin knows on the Plasma test desktop: its windows, which one is active, the screen.

Windows come from a KWin script (the only way KWin 5.27 lists them): the script prints them as
one JSON line to KWin's log, tagged so that each answer is told apart from earlier ones.
Screenshots come from KWin's ScreenShot2 D-Bus interface, raw pixels through a pipe.
"""

from __future__ import annotations

import itertools
import json
import os
import subprocess
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tests.e2e.desktop import COMMAND_TIMEOUT, HarnessError, wait_until
from tests.e2e.desktops import bus

SCRIPTING = ("org.kde.KWin", "/Scripting")
SCREENSHOT = ("org.kde.KWin.ScreenShot2", "/org/kde/KWin/ScreenShot2")
# QImage::Format_ARGB32_Premultiplied, which is B, G, R, A bytes in memory on x86.
ARGB32_PREMULTIPLIED = 6

_LIST_WINDOWS = """
var found = workspace.clientList().map(function (w) {
  var c = w.bufferGeometry, f = w.frameGeometry;
  return {app_id: w.resourceClass, caption: w.caption, uuid: "" + w.internalId,
          x: c.x, y: c.y, width: c.width, height: c.height,
          frame: [f.x, f.y, f.width, f.height], active: w.active, pid: w.pid,
          desktop_file: w.desktopFileName,
          notification: w.notification, popup: w.popupWindow, dock: w.dock,
          tooltip: w.tooltip, minimized: w.minimized, fullscreen: w.fullScreen};
});
print("%(tag)s" + JSON.stringify(found));
"""
_ACTIVATE = """
workspace.clientList().forEach(function (w) {
  if ("" + w.internalId === "%(uuid)s") { workspace.activeClient = w; }
});
print("%(tag)s[]");
"""


@dataclass(frozen=True)
class Window:
    """A window as KWin sees it; x, y, width, height are its own pixels (its buffer), without
    the title bar KWin draws around it; `frame` has that title bar."""

    app_id: str
    caption: str
    uuid: str
    x: int
    y: int
    width: int
    height: int
    frame: tuple[int, int, int, int]
    active: bool
    pid: int
    desktop_file: str
    notification: bool
    popup: bool
    dock: bool
    tooltip: bool
    minimized: bool
    fullscreen: bool

    @property
    def box(self) -> tuple[int, int, int, int]:
        return self.x, self.y, self.width, self.height


class KWin:
    """KWin on the test bus at `address`, whose stderr goes to `log`; scripts go in `root`."""

    def __init__(self, address: str, log: Path, root: Path) -> None:
        self._address = address
        self._log = log
        self._root = root
        self._tags = itertools.count()

    def windows(self) -> list[Window]:
        """Every window KWin manages (panels, popups and notifications included)."""
        return [Window(**_coerce(w)) for w in self._script(_LIST_WINDOWS, {})]

    def activate(self, window: Window) -> None:
        """Make `window` the active one, as a click on its title bar would."""
        self._script(_ACTIVATE, {"uuid": window.uuid})
        wait_until(
            lambda: self.find(window.caption, window.app_id).active, "the window to be active"
        )

    def find(self, caption: str, app_id: str | None = None) -> Window:
        """The one window titled `caption` (of `app_id` if given); HarnessError if not one."""
        found = [w for w in self.windows() if w.caption == caption and app_id in (None, w.app_id)]
        if len(found) != 1:
            raise HarnessError(f"{len(found)} windows titled {caption!r}, wanted one")
        return found[0]

    def wait_for(self, caption: str, timeout: float = 10.0) -> Window:
        """The window titled `caption`, once KWin has it."""
        wait_until(lambda: any(w.caption == caption for w in self.windows()), caption, timeout)
        return self.find(caption)

    def screenshot(self, path: Path, box: tuple[int, int, int, int]) -> Path:
        """Save the (x, y, width, height) part of the screen as a PNG, as the user sees it."""
        x, y, width, height = box
        return self._capture(path, "CaptureArea", "iiuua{sv}h", [x, y, width, height, {}])

    def _capture(self, path: Path, method: str, signature: str, args: list[Any]) -> Path:
        read_end, write_end = os.pipe()
        try:
            member = f"org.kde.KWin.ScreenShot2.{method}"
            reply = bus.call(
                self._address,
                *SCREENSHOT,
                member,
                signature=signature,
                body=[*args, 0],
                fds=[write_end],
            )
            os.close(write_end)
            write_end = -1
            with os.fdopen(read_end, "rb") as pipe:
                read_end = -1
                pixels = pipe.read()
        finally:
            for fd in (read_end, write_end):
                if fd >= 0:
                    os.close(fd)
        return _save_png(path, {k: v.value for k, v in reply[0].items()}, pixels)

    def _script(self, source: str, values: dict[str, str]) -> list[dict[str, Any]]:
        """Run a KWin script that prints `tag` + JSON; return the parsed JSON."""
        tag = f"sg-{os.getpid()}-{next(self._tags)}|"
        script = self._root / f"{tag[:-1]}.js"
        script.write_text(source % {**values, "tag": tag})
        self._scripting("loadScript", "ss", [str(script), tag])
        try:
            self._scripting("start")
            wait_until(lambda: bool(self._printed(tag)), f"KWin script {tag} to answer")
            answer: list[dict[str, Any]] = json.loads(self._printed(tag))
            return answer
        finally:
            self._scripting("unloadScript", "s", [tag])
            script.unlink()

    def _scripting(self, method: str, signature: str = "", body: list[Any] | None = None) -> None:
        member = f"org.kde.kwin.Scripting.{method}"
        bus.call(self._address, *SCRIPTING, member, signature=signature, body=body)

    def _printed(self, tag: str) -> str:
        for line in self._log.read_text(errors="replace").splitlines():
            if tag in line:
                return line.split(tag, 1)[1]
        return ""


def _coerce(raw: dict[str, Any]) -> dict[str, Any]:
    """KWin's geometry is in floating point; the screen's pixels are whole."""
    whole = {k: round(raw[k]) for k in ("x", "y", "width", "height", "pid")}
    return {**raw, **whole, "frame": tuple(round(v) for v in raw["frame"])}


def _save_png(path: Path, info: dict[str, Any], pixels: bytes) -> Path:
    width, height, stride = info["width"], info["height"], info["stride"]
    if info["format"] != ARGB32_PREMULTIPLIED or stride != width * 4:
        raise HarnessError(f"KWin sent a screenshot in a format this harness cannot read: {info}")
    if len(pixels) != stride * height:
        raise HarnessError(f"KWin sent {len(pixels)} bytes for a {width}x{height} screenshot")
    convert = ["convert", "-size", f"{width}x{height}", "-depth", "8", "bgra:-", "-alpha", "off"]
    subprocess.run([*convert, f"png:{path}"], input=pixels, check=True, timeout=COMMAND_TIMEOUT)
    return path
