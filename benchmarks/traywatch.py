"""When a tray icon is embedded: the tray host's new client window, seen through libX11.

Every app under test is timed to the same moment, the one a user sees: its icon embedded in
trayer's panel. trayer puts one socket window per icon into its panel and the app's icon window
is reparented into that socket (XEmbed), so an embedded icon is a grandchild of the panel. The
apps print nothing comparable (the peers print no "ready" line at all), and asking ``xwininfo``
many times a second would load the very cores the starting app needs; one ``XQueryTree`` round
trip through libX11 costs a few microseconds of this process's time.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import time
from collections.abc import Iterator
from contextlib import contextmanager

from tests.e2e.apprunner import TRAYER_PANEL_CLASS, window_tree

_Window = ctypes.c_ulong
POLL_S = 0.005
# int (*XErrorHandler)(Display *, XErrorEvent *)
_ErrorHandler = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.c_void_p, ctypes.c_void_p)


@_ErrorHandler
def _ignore_error(_display: int, _event: int) -> int:
    """A socket can vanish between two XQueryTree calls (an app quit): BadWindow is no error
    here, but libX11's default handler would end this process."""
    return 0


class TrayError(RuntimeError):
    """The tray host could not be watched; the message says why."""


def _libx11() -> ctypes.CDLL:
    name = ctypes.util.find_library("X11")
    if name is None:
        raise TrayError("libX11 not found")
    lib = ctypes.CDLL(name)
    lib.XOpenDisplay.restype = ctypes.c_void_p
    lib.XOpenDisplay.argtypes = [ctypes.c_char_p]
    lib.XCloseDisplay.argtypes = [ctypes.c_void_p]
    lib.XFree.argtypes = [ctypes.c_void_p]
    lib.XSetErrorHandler.argtypes = [_ErrorHandler]
    lib.XSetErrorHandler.restype = ctypes.c_void_p
    lib.XQueryTree.argtypes = [
        ctypes.c_void_p,
        _Window,
        ctypes.POINTER(_Window),
        ctypes.POINTER(_Window),
        ctypes.POINTER(ctypes.POINTER(_Window)),
        ctypes.POINTER(ctypes.c_uint),
    ]
    return lib


class TrayWatch:
    """The icons embedded in trayer's panel on one display, read on demand."""

    def __init__(self, env: dict[str, str]) -> None:
        panels = [w for _, w in window_tree(env) if w.wm_class == TRAYER_PANEL_CLASS]
        if not panels:
            raise TrayError("trayer's panel window is not on the display")
        self._panel = int(panels[0].wid, 16)
        self._x11 = _libx11()
        self._x11.XSetErrorHandler(_ignore_error)
        self._display = self._x11.XOpenDisplay(env["DISPLAY"].encode())
        if not self._display:
            raise TrayError(f"cannot open display {env['DISPLAY']}")

    def close(self) -> None:
        if self._display:
            self._x11.XCloseDisplay(self._display)
            self._display = None

    def _children(self, window: int) -> list[int]:
        root, parent = _Window(), _Window()
        children = ctypes.POINTER(_Window)()
        count = ctypes.c_uint()
        if not self._x11.XQueryTree(
            self._display,
            window,
            ctypes.byref(root),
            ctypes.byref(parent),
            ctypes.byref(children),
            ctypes.byref(count),
        ):
            return []  # the window went away between two calls
        try:
            return [children[i] for i in range(count.value)]
        finally:
            if children:
                self._x11.XFree(children)

    def icons(self) -> set[int]:
        """The client windows embedded now (grandchildren of the panel)."""
        return {icon for socket in self._children(self._panel) for icon in self._children(socket)}

    def wait_for_new_icon(self, before: set[int], timeout: float) -> int:
        """Poll until an icon not in `before` is embedded; return its window id."""
        deadline = time.monotonic() + timeout
        while not (new := self.icons() - before):
            if time.monotonic() > deadline:
                raise TrayError(f"no new tray icon within {timeout:g} s")
            time.sleep(POLL_S)
        return min(new)


@contextmanager
def watching(env: dict[str, str]) -> Iterator[TrayWatch]:
    watch = TrayWatch(env)
    try:
        yield watch
    finally:
        watch.close()
