"""Prints each X11 startup-notification message sent to the root window, one per line.

Run by test_app.py on the test display; it listens until killed. Messages are put together per
sending window from _NET_STARTUP_INFO_BEGIN and _NET_STARTUP_INFO pieces, up to the NUL byte.
"""

from __future__ import annotations

import ctypes
import ctypes.util

from spasmguard.engine.x11_startup import (
    CLIENT_MESSAGE,
    PROPERTY_CHANGE_MASK,
    XEvent,
)


def main() -> None:
    xlib = ctypes.CDLL(ctypes.util.find_library("X11") or "libX11.so.6")
    xlib.XOpenDisplay.restype = ctypes.c_void_p
    xlib.XDefaultRootWindow.restype = ctypes.c_ulong
    xlib.XDefaultRootWindow.argtypes = (ctypes.c_void_p,)
    xlib.XInternAtom.restype = ctypes.c_ulong
    xlib.XInternAtom.argtypes = (ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int)
    xlib.XSelectInput.argtypes = (ctypes.c_void_p, ctypes.c_ulong, ctypes.c_long)
    xlib.XNextEvent.argtypes = (ctypes.c_void_p, ctypes.POINTER(XEvent))
    xlib.XSync.argtypes = (ctypes.c_void_p, ctypes.c_int)
    display = xlib.XOpenDisplay(None)
    begin = xlib.XInternAtom(display, b"_NET_STARTUP_INFO_BEGIN", 0)
    more = xlib.XInternAtom(display, b"_NET_STARTUP_INFO", 0)
    xlib.XSelectInput(display, xlib.XDefaultRootWindow(display), PROPERTY_CHANGE_MASK)
    xlib.XSync(display, 0)
    print("listening", flush=True)
    partial: dict[int, bytes] = {}
    event = XEvent()
    while True:
        xlib.XNextEvent(display, ctypes.byref(event))
        message = event.xclient
        if message.type != CLIENT_MESSAGE or message.message_type not in (begin, more):
            continue
        text = b"" if message.message_type == begin else partial.get(message.window, b"")
        # Read as raw bytes: ctypes would cut a char array at its first NUL.
        text += ctypes.string_at(ctypes.addressof(message.data), 20)
        if b"\0" in text:
            partial.pop(message.window, None)
            print(text.split(b"\0", 1)[0].decode(), flush=True)
        else:
            partial[message.window] = text


if __name__ == "__main__":
    main()
