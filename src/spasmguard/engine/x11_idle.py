"""The X server tells when the user goes away and comes back: XSync alarms on IDLETIME.

The SYNC extension (``libXext.so.6``, Debian package libxext6) exposes the server's idle time
as the system counter ``IDLETIME``, in milliseconds since the last input. Two alarms on it
make the server send an event at the two moments the reminder gate cares about, and nothing
in between:

- *gone*: a positive transition through the away threshold (idle time grows past it);
- *back*: a negative transition through the threshold less a millisecond (input resets the
  idle time to zero while it was past the threshold).

A transition alarm placed when the counter is already past its value does not fire: the user's
going away is then learnt from the gate's first reading, and the *back* alarm still fires at the
next input. Except when the threshold is raised while the user is away: placed above an idle
time that is still short of it, the new *back* alarm would miss a return before the new
threshold. So a raised *back* alarm is first placed at the old threshold, and moved up to the
new one when it fires.

Events arrive on a connection of the alarms' own (the fullscreen questions share the other one,
and a reply read there could leave an event queued with nothing to wake us), watched by a
``QSocketNotifier``: the idle app sleeps until the server writes. Some X servers leave an alarm
inactive after it fired; changing it with no attributes re-arms it (as Mutter's X11 monitor
does), so every fired alarm is touched that way.
"""

from __future__ import annotations

import ctypes
import logging
from typing import Any

from PySide6.QtCore import QSocketNotifier

from spasmguard.engine.readings import Teller
from spasmguard.engine.x11 import XServer, load_library

_LOG = logging.getLogger(__name__)

_ALARM_NOTIFY = 1  # XSyncAlarmNotify, added to the extension's event base
_ABSOLUTE = 0  # XSyncAbsolute
_POSITIVE_TRANSITION, _NEGATIVE_TRANSITION = 0, 1
# XSyncCACounter | XSyncCAValueType | XSyncCAValue | XSyncCATestType | XSyncCADelta | XSyncCAEvents
_ALL_ATTRIBUTES = 0b111111
_WAIT_VALUE = 1 << 2  # XSyncCAValue
_EVENT_LONGS = 24  # sizeof(XEvent) in longs


class _Value(ctypes.Structure):  # XSyncValue: a 64-bit number as two halves
    _fields_ = (("hi", ctypes.c_int), ("lo", ctypes.c_uint))

    @classmethod
    def of(cls, number: int) -> _Value:
        return cls(number >> 32, number & 0xFFFFFFFF)


class _SystemCounter(ctypes.Structure):
    _fields_ = (("name", ctypes.c_char_p), ("counter", ctypes.c_ulong), ("resolution", _Value))


class _Trigger(ctypes.Structure):
    _fields_ = (
        ("counter", ctypes.c_ulong),
        ("value_type", ctypes.c_int),
        ("wait_value", _Value),
        ("test_type", ctypes.c_int),
    )


class _AlarmAttributes(ctypes.Structure):
    _fields_ = (
        ("trigger", _Trigger),
        ("delta", _Value),
        ("events", ctypes.c_int),
        ("state", ctypes.c_int),
    )


class _AlarmNotify(ctypes.Structure):  # XSyncAlarmNotifyEvent, as far as it is read
    _fields_ = (
        ("type", ctypes.c_int),
        ("serial", ctypes.c_ulong),
        ("send_event", ctypes.c_int),
        ("display", ctypes.c_void_p),
        ("alarm", ctypes.c_ulong),
    )


class _Event(ctypes.Union):  # XEvent: the type, or the whole of it
    _fields_ = (
        ("type", ctypes.c_int),
        ("alarm", _AlarmNotify),
        ("pad", ctypes.c_long * _EVENT_LONGS),
    )


def _declare(xext: ctypes.CDLL) -> None:
    c_void_p, c_ulong, c_int = ctypes.c_void_p, ctypes.c_ulong, ctypes.c_int
    int_ref = ctypes.POINTER(c_int)
    xext.XSyncQueryExtension.argtypes = (c_void_p, int_ref, int_ref)
    xext.XSyncInitialize.argtypes = (c_void_p, int_ref, int_ref)
    xext.XSyncListSystemCounters.restype = ctypes.POINTER(_SystemCounter)
    xext.XSyncListSystemCounters.argtypes = (c_void_p, int_ref)
    xext.XSyncFreeSystemCounterList.argtypes = (ctypes.POINTER(_SystemCounter),)
    attributes = ctypes.POINTER(_AlarmAttributes)
    xext.XSyncCreateAlarm.restype = c_ulong
    xext.XSyncCreateAlarm.argtypes = (c_void_p, c_ulong, attributes)
    xext.XSyncChangeAlarm.argtypes = (c_void_p, c_ulong, c_ulong, attributes)
    xext.XSyncDestroyAlarm.argtypes = (c_void_p, c_ulong)


class IdleAlarms(Teller):
    """Two XSync alarms on IDLETIME; :attr:`crossed` when the user goes away or comes back."""

    def __init__(self, server: XServer, xext: Any, counter: int, event_base: int) -> None:
        super().__init__()
        self._server = server
        self._xext = xext
        self._counter = counter
        self._alarm_event = event_base + _ALARM_NOTIFY
        self._alarms: dict[int, int] = {}  # alarm id -> wait value (ms)
        self._threshold_ms = 0
        self._event = _Event()
        fd = server.xlib.XConnectionNumber(server.display)
        self._notifier = QSocketNotifier(fd, QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._drain)

    @classmethod
    def open(cls) -> IdleAlarms | None:
        """Alarms on this display's IDLETIME; None without X, the SYNC extension or the counter."""
        xext = load_library("Xext", "libXext.so.6")
        server = XServer.open() if xext is not None else None
        if xext is None or server is None:
            return None
        _declare(xext)
        event_base = _sync_event_base(xext, server.display)
        counter = _idletime_counter(xext, server.display) if event_base is not None else None
        if event_base is None or counter is None:
            server.close()
            return None
        return cls(server, xext, counter, event_base)

    def watch(self, threshold_ms: int) -> None:
        """Alarm at ``threshold_ms`` of idle time, both ways (replacing any earlier pair).

        Events the old pair sent are handled first: the click that saved the new threshold
        may have fired the coming-back alarm, and its event names an alarm destroyed here.
        """
        self._drain()
        self._destroy_alarms()
        threshold_ms = max(2, threshold_ms)
        earlier_ms = min(self._threshold_ms or threshold_ms, threshold_ms)
        self._threshold_ms = threshold_ms
        for test, first, value in (
            (_POSITIVE_TRANSITION, threshold_ms, threshold_ms),
            (_NEGATIVE_TRANSITION, earlier_ms - 1, threshold_ms - 1),
        ):
            trigger = _Trigger(self._counter, _ABSOLUTE, _Value.of(first), test)
            attributes = _AlarmAttributes(trigger, _Value.of(0), 1, 0)
            alarm = self._xext.XSyncCreateAlarm(
                self._server.display, _ALL_ATTRIBUTES, ctypes.byref(attributes)
            )
            self._alarms[alarm] = value  # where a fired alarm is re-armed
        self._drain()

    def _destroy_alarms(self) -> None:
        for alarm in self._alarms:
            self._xext.XSyncDestroyAlarm(self._server.display, alarm)
        self._alarms.clear()

    def close(self) -> None:
        """Destroy the alarms and hang up (the server would destroy them anyway)."""
        self._notifier.setEnabled(False)
        self._destroy_alarms()
        self._server.close()

    def _drain(self) -> None:
        """Flush what was asked and handle every event the server sent (and Xlib queued)."""
        xlib, display = self._server.xlib, self._server.display
        fired = False
        while xlib.XPending(display):
            xlib.XNextEvent(display, ctypes.byref(self._event))
            if self._event.type == self._alarm_event and self._event.alarm.alarm in self._alarms:
                self._rearm(self._event.alarm.alarm)
                fired = True
        if fired:
            self.crossed.emit()

    def _rearm(self, alarm: int) -> None:
        attributes = _AlarmAttributes()
        attributes.trigger.wait_value = _Value.of(self._alarms[alarm])
        self._xext.XSyncChangeAlarm(
            self._server.display, alarm, _WAIT_VALUE, ctypes.byref(attributes)
        )


def _sync_event_base(xext: Any, display: int) -> int | None:
    """The SYNC extension's first event number, once it is initialised; None without it."""
    event_base, error_base = ctypes.c_int(), ctypes.c_int()
    major, minor = ctypes.c_int(), ctypes.c_int()
    if not xext.XSyncQueryExtension(display, ctypes.byref(event_base), ctypes.byref(error_base)):
        return None
    if not xext.XSyncInitialize(display, ctypes.byref(major), ctypes.byref(minor)):
        return None
    return event_base.value


def _idletime_counter(xext: Any, display: int) -> int | None:
    """The server's IDLETIME system counter, if it has one."""
    count = ctypes.c_int()
    counters = xext.XSyncListSystemCounters(display, ctypes.byref(count))
    if not counters:
        return None
    try:
        found = [counters[i].counter for i in range(count.value) if counters[i].name == b"IDLETIME"]
    finally:
        xext.XSyncFreeSystemCounterList(counters)
    return found[0] if found else None
