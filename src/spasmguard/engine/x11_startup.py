"""Ends an X11 launcher's startup notification for a launch that handed over to the running app.

A menu or dock that starts ``spasmguard`` (the desktop entry says ``StartupNotify=true``) shows
a busy cursor until the launched process says "remove" for its ``DESKTOP_STARTUP_ID``. Qt says
it for the first instance when its tray icon shows; a second launch only hands over to the
running app and exits without ever connecting Qt to the display, so it says it here, through
Xlib with ctypes (no new dependency). Startup Notification Protocol: the message text goes to
the root window in 20-byte ClientMessages, ``_NET_STARTUP_INFO_BEGIN`` first, then
``_NET_STARTUP_INFO``, and ends with a NUL byte.
"""

from __future__ import annotations

import ctypes
import logging

from spasmguard.engine.x11 import load_library

log = logging.getLogger(__name__)

CLIENT_MESSAGE = 33
PROPERTY_CHANGE_MASK = 1 << 22
_CHUNK = 20


class _Data(ctypes.Union):
    """The message's 20 bytes; the longs give it Xlib's alignment (offset 56 on 64-bit)."""

    _fields_ = (("b", ctypes.c_char * _CHUNK), ("l", ctypes.c_long * 5))


class XClientMessageEvent(ctypes.Structure):
    _fields_ = (
        ("type", ctypes.c_int),
        ("serial", ctypes.c_ulong),
        ("send_event", ctypes.c_int),
        ("display", ctypes.c_void_p),
        ("window", ctypes.c_ulong),
        ("message_type", ctypes.c_ulong),
        ("format", ctypes.c_int),
        ("data", _Data),
    )


class XEvent(ctypes.Union):
    """XEvent: Xlib reads a full 24-long event, whatever the kind."""

    _fields_ = (("xclient", XClientMessageEvent), ("pad", ctypes.c_long * 24))


def remove_message(startup_id: str) -> bytes:
    """The protocol's "remove" message for `startup_id`, NUL included, value quoted."""
    quoted = startup_id.replace("\\", "\\\\").replace('"', '\\"')
    return f'remove: ID="{quoted}"'.encode() + b"\0"


def chunks(message: bytes) -> list[bytes]:
    """The message in ClientMessage-sized pieces, the last one padded with NULs."""
    return [message[i : i + _CHUNK].ljust(_CHUNK, b"\0") for i in range(0, len(message), _CHUNK)]


def _declare(xlib: ctypes.CDLL) -> None:
    """The signatures of the Xlib functions used here (ctypes would guess ints)."""
    display, window, atom = ctypes.c_void_p, ctypes.c_ulong, ctypes.c_ulong
    xlib.XOpenDisplay.restype = display
    xlib.XDefaultRootWindow.restype = window
    xlib.XDefaultRootWindow.argtypes = (display,)
    xlib.XCreateSimpleWindow.restype = window
    xlib.XCreateSimpleWindow.argtypes = (
        *(display, window, ctypes.c_int, ctypes.c_int),  # parent, x, y
        *(ctypes.c_uint, ctypes.c_uint, ctypes.c_uint),  # width, height, border width
        *(ctypes.c_ulong, ctypes.c_ulong),  # border and background pixel
    )
    xlib.XInternAtom.restype = atom
    xlib.XInternAtom.argtypes = (display, ctypes.c_char_p, ctypes.c_int)
    event = ctypes.POINTER(XEvent)
    xlib.XSendEvent.argtypes = (display, window, ctypes.c_int, ctypes.c_long, event)
    xlib.XDestroyWindow.argtypes = (display, window)
    xlib.XSync.argtypes = (display, ctypes.c_int)
    xlib.XCloseDisplay.argtypes = (display,)


def complete_startup(startup_id: str) -> bool:
    """Tell the launcher that the launch `startup_id` is done; False if X11 was not reachable."""
    xlib = load_library("X11", "libX11.so.6")  # the soname first: find_library runs ldconfig
    if xlib is None:
        log.info("startup notification not completed: no libX11")
        return False
    _declare(xlib)
    display = xlib.XOpenDisplay(None)
    if not display:
        return False
    try:
        root = xlib.XDefaultRootWindow(display)
        # The protocol wants the messages to come from a window of the sender's own.
        sender = xlib.XCreateSimpleWindow(display, root, -100, -100, 1, 1, 0, 0, 0)
        begin = xlib.XInternAtom(display, b"_NET_STARTUP_INFO_BEGIN", 0)
        more = xlib.XInternAtom(display, b"_NET_STARTUP_INFO", 0)
        for index, piece in enumerate(chunks(remove_message(startup_id))):
            event = XEvent()
            event.xclient = XClientMessageEvent(
                type=CLIENT_MESSAGE,
                send_event=1,
                display=display,
                window=sender,
                message_type=begin if index == 0 else more,
                format=8,
            )
            ctypes.memmove(ctypes.addressof(event.xclient.data), piece, _CHUNK)
            xlib.XSendEvent(display, root, 0, PROPERTY_CHANGE_MASK, ctypes.byref(event))
        xlib.XDestroyWindow(display, sender)
        xlib.XSync(display, 0)
    finally:
        xlib.XCloseDisplay(display)
    return True
