"""A few read-only questions to the X server, through Xlib with ctypes (no new dependency).

spasmguard opens its own Xlib connection (Qt's stays untouched) and asks only when a reminder
falls due or at most once a minute: how long since the last input (the MIT-SCREEN-SAVER
extension, ``libXss.so.1``, Debian package libxss1) and whether the active window is fullscreen
(``_NET_ACTIVE_WINDOW`` and its ``_NET_WM_STATE``, set by the window manager). The moments the
user goes away and comes back come as events on a second connection (engine.x11_idle).

Xlib's default error handler ends the process, and asking about a window that just closed
raises BadWindow. The handler installed here swallows errors on this module's own connection
and passes any other connection's errors to the handler that was there before.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import functools
import logging
import os
from typing import Any

_LOG = logging.getLogger(__name__)

_SUCCESS = 0
_ANY_PROPERTY_TYPE = 0
_XA_ATOM = 4
_XA_WINDOW = 33
_MAX_ITEMS = 64


class _XErrorEvent(ctypes.Structure):
    _fields_ = (
        ("type", ctypes.c_int),
        ("display", ctypes.c_void_p),
        ("resourceid", ctypes.c_ulong),
        ("serial", ctypes.c_ulong),
        ("error_code", ctypes.c_ubyte),
        ("request_code", ctypes.c_ubyte),
        ("minor_code", ctypes.c_ubyte),
    )


class _XScreenSaverInfo(ctypes.Structure):
    _fields_ = (
        ("window", ctypes.c_ulong),
        ("state", ctypes.c_int),
        ("kind", ctypes.c_int),
        ("til_or_since", ctypes.c_ulong),
        ("idle", ctypes.c_ulong),
        ("eventMask", ctypes.c_ulong),
    )


_ERROR_HANDLER = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.c_void_p, ctypes.POINTER(_XErrorEvent))


def load_library(name: str, soname: str) -> ctypes.CDLL | None:
    """The shared library by its runtime name (no -dev package needed); None if missing."""
    for candidate in (soname, ctypes.util.find_library(name)):
        if candidate:
            try:
                return ctypes.CDLL(candidate)
            except OSError:
                continue
    return None


def _declare(xlib: ctypes.CDLL) -> None:
    c_ulong, c_void_p, c_int = ctypes.c_ulong, ctypes.c_void_p, ctypes.c_int
    xlib.XOpenDisplay.restype = c_void_p
    xlib.XOpenDisplay.argtypes = (ctypes.c_char_p,)
    xlib.XCloseDisplay.argtypes = (c_void_p,)
    xlib.XDefaultRootWindow.restype = c_ulong
    xlib.XDefaultRootWindow.argtypes = (c_void_p,)
    xlib.XInternAtom.restype = c_ulong
    xlib.XInternAtom.argtypes = (c_void_p, ctypes.c_char_p, c_int)
    xlib.XFree.argtypes = (c_void_p,)
    xlib.XConnectionNumber.argtypes = (c_void_p,)
    xlib.XPending.argtypes = (c_void_p,)
    xlib.XNextEvent.argtypes = (c_void_p, c_void_p)
    xlib.XSetErrorHandler.restype = c_void_p
    xlib.XSetErrorHandler.argtypes = (c_void_p,)
    xlib.XGetWindowProperty.restype = c_int
    xlib.XGetWindowProperty.argtypes = (
        c_void_p, c_ulong, c_ulong, ctypes.c_long, ctypes.c_long, c_int, c_ulong,
        ctypes.POINTER(c_ulong), ctypes.POINTER(c_int), ctypes.POINTER(c_ulong),
        ctypes.POINTER(c_ulong), ctypes.POINTER(c_void_p),
    )  # fmt: skip


class XServer:
    """One Xlib connection of spasmguard's own; :meth:`open` returns None without X."""

    _handler: Any = None  # the installed ctypes callback, kept alive for the process
    _previous: Any = None
    _ours: set[int] = set()  # noqa: RUF012 - the displays whose errors are swallowed

    def __init__(self, xlib: ctypes.CDLL, display: int) -> None:
        self._xlib = xlib
        self._display = display
        XServer._ours.add(display)
        self._root = xlib.XDefaultRootWindow(display)
        self._atoms: dict[str, int] = {}
        self._xss = _screensaver()
        self._info: Any = None

    @classmethod
    def open(cls, name: str | None = None) -> XServer | None:
        """Connect to the X server ($DISPLAY unless ``name``); None when there is none."""
        xlib = load_library("X11", "libX11.so.6")
        if xlib is None:
            return None
        _declare(xlib)
        display = xlib.XOpenDisplay(name.encode() if name else None)
        if not display:
            return None
        cls._install_error_handler(xlib)
        return cls(xlib, display)

    @property
    def xlib(self) -> ctypes.CDLL:
        """Xlib, its functions declared, for the extensions' modules (engine.x11_idle)."""
        return self._xlib

    @property
    def display(self) -> int:
        """The connection's ``Display *`` (0 once closed)."""
        return self._display

    def close(self) -> None:
        if self._display:
            XServer._ours.discard(self._display)
            self._xlib.XCloseDisplay(self._display)
            self._display = 0

    def idle_ms(self) -> int | None:
        """Milliseconds since the last keyboard or mouse input; None without the extension."""
        if self._xss is None or not self._display:
            return None
        if self._info is None:
            self._info = self._xss.XScreenSaverAllocInfo()
        if not self._xss.XScreenSaverQueryInfo(self._display, self._root, self._info):
            return None
        return int(self._info.contents.idle)

    def active_window_fullscreen(self) -> bool:
        """Whether the window the window manager calls active is in the fullscreen state."""
        active = self._property(self._root, "_NET_ACTIVE_WINDOW", _XA_WINDOW)
        if not active or not active[0]:
            return False
        states = self._property(active[0], "_NET_WM_STATE", _XA_ATOM)
        return self._atom("_NET_WM_STATE_FULLSCREEN") in states

    def _atom(self, name: str) -> int:
        if name not in self._atoms:
            self._atoms[name] = self._xlib.XInternAtom(self._display, name.encode(), 0)
        return self._atoms[name]

    def _property(self, window: int, name: str, kind: int) -> list[int]:
        """A 32-bit list property of a window ([] if absent, of another type, or window gone)."""
        if not self._display:
            return []
        actual_type, actual_format = ctypes.c_ulong(), ctypes.c_int()
        count, after, data = ctypes.c_ulong(), ctypes.c_ulong(), ctypes.c_void_p()
        status = self._xlib.XGetWindowProperty(
            self._display, window, self._atom(name), 0, _MAX_ITEMS, 0, _ANY_PROPERTY_TYPE,
            ctypes.byref(actual_type), ctypes.byref(actual_format), ctypes.byref(count),
            ctypes.byref(after), ctypes.byref(data),
        )  # fmt: skip
        if status != _SUCCESS or not data.value:
            return []
        try:
            if actual_type.value != kind or actual_format.value != 32:
                return []
            # Xlib hands 32-bit properties back as an array of C longs.
            items = ctypes.cast(data, ctypes.POINTER(ctypes.c_ulong))
            return [items[i] for i in range(count.value)]
        finally:
            self._xlib.XFree(data)

    @classmethod
    def _install_error_handler(cls, xlib: ctypes.CDLL) -> None:
        """Swallow errors on spasmguard's connections; hand the rest to the previous handler."""
        if cls._handler is not None:
            return

        def handle(display: int | None, event: Any) -> int:
            if display in cls._ours or cls._previous is None:
                _LOG.debug("X error %d ignored", event.contents.error_code)
                return 0
            return int(cls._previous(display, event))

        cls._handler = _ERROR_HANDLER(handle)
        previous = xlib.XSetErrorHandler(ctypes.cast(cls._handler, ctypes.c_void_p))
        cls._previous = _ERROR_HANDLER(previous) if previous else None


@functools.cache
def shared_server() -> XServer | None:
    """The one connection the app's checks share (idle time, fullscreen); None without X11."""
    return XServer.open() if os.environ.get("DISPLAY") else None


def _screensaver() -> Any:
    """libXss with its three functions declared; None when it is not installed."""
    xss = load_library("Xss", "libXss.so.1")
    if xss is None:
        return None
    xss.XScreenSaverAllocInfo.restype = ctypes.POINTER(_XScreenSaverInfo)
    xss.XScreenSaverQueryInfo.restype = ctypes.c_int
    xss.XScreenSaverQueryInfo.argtypes = (
        ctypes.c_void_p,
        ctypes.c_ulong,
        ctypes.POINTER(_XScreenSaverInfo),
    )
    return xss
