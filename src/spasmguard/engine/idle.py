"""How long since the user last touched keyboard or mouse, from the desktop's own source.

:func:`idle_source` returns a :class:`DesktopIdle` that tries this desktop's candidates in
order and keeps the first that answers, without waiting on the GUI thread (the tray appears at
once; until the pick is made the user counts as present). The log names the source, once.

- GNOME (X11 and Wayland): Mutter's ``org.gnome.Mutter.IdleMonitor``, with its idle and
  user-active watches (engine.mutter_idle).
- Other Wayland sessions: the compositor's idle protocol (engine.wayland_idle: sway, KWin,
  Hyprland, ...), then ``org.freedesktop.ScreenSaver``. The X server is never asked there:
  XWayland sees only input to X11 windows, so an active user would look away.
- Other X11 sessions: the X server (its screen saver extension for readings, XSync IDLETIME
  alarms for the moments, engine.x11_idle), then ``org.freedesktop.ScreenSaver``.
- Windows ``GetLastInputInfo``; macOS CoreGraphics' seconds since the last input event.
- Anything else never reports idle: the user always counts as present, and the capability says
  why, for the settings window.

Each reading is one cheap question, asked when a reminder falls due or when an event-driven
source says the user went away or came back (Mutter's watches, XSync alarms, the Wayland
protocols). Only a source without events (``org.freedesktop.ScreenSaver``, an X server without
SYNC, Windows, macOS) is read on the gate's timer while the user could be away; the log says
which it is. Nothing here polls.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import functools
import logging
import sys
from collections.abc import Sequence

from spasmguard.engine import desktop, session_bus
from spasmguard.engine.asyncio_import import import_asyncio_without_tls
from spasmguard.engine.capabilities import NO_IDLE_TIME, Capability
from spasmguard.engine.readings import FlagAnswer, IdleAnswer, IdleSource, Teller
from spasmguard.engine.wayland_idle import DEFAULT_TIMEOUT_S, WaylandIdle
from spasmguard.engine.x11 import XServer, shared_server
from spasmguard.engine.x11_idle import IdleAlarms

_LOG = logging.getLogger(__name__)

_TICK_WRAP = 2**32
_CG_HID_SYSTEM_STATE = 1  # kCGEventSourceStateHIDSystemState: input from the hardware
_CG_ANY_INPUT_EVENT = 0xFFFFFFFF  # kCGAnyInputEventType
_CORE_GRAPHICS = "/System/Library/Frameworks/CoreGraphics.framework/CoreGraphics"


class DBusIdle(IdleSource):
    """A session-bus method that answers the idle time in milliseconds."""

    SERVICE = PATH = METHOD = ""

    def read(self, done: IdleAnswer) -> None:
        answer = functools.partial(_milliseconds, done)
        session_bus.ask(self.SERVICE, self.PATH, self.SERVICE, self.METHOD, done=answer)

    def describe(self) -> str:
        return f"{self.SERVICE}.{self.METHOD} (D-Bus)"


class TellingIdle(IdleSource):
    """A source read on demand which, once it works, may also be told the moments the user
    goes away and comes back (by a :class:`Teller` set up in :meth:`_open_teller`)."""

    def __init__(self) -> None:
        super().__init__()
        self._threshold_ms = round(DEFAULT_TIMEOUT_S * 1000)
        self._teller: Teller | None = None

    @property
    def event_driven(self) -> bool:
        return self._teller is not None and self._teller.telling

    def probe(self, done: FlagAnswer) -> None:
        """Works if a reading answers; the teller is set up then, if there is one."""

        def answered(works: bool) -> None:
            if works:
                self._teller = self._open_teller()
            if self._teller is not None:
                self._teller.setParent(self)
                self._teller.crossed.connect(self.changed)
                self._teller.watch(self._threshold_ms)
            done(works)

        super().probe(answered)

    def watch(self, threshold_seconds: float) -> None:
        self._threshold_ms = round(threshold_seconds * 1000)
        if self._teller is not None:
            self._teller.watch(self._threshold_ms)

    def close(self) -> None:
        """Stop being told (the teller's connection goes); readings still work."""
        if self._teller is not None:
            self._teller.close()
            self._teller = None

    def _open_teller(self) -> Teller | None:
        """What tells this source's moments; None: nothing, the source is read on demand."""
        return None


class MutterIdle(TellingIdle, DBusIdle):
    """GNOME (X11 and Wayland): Mutter's idle monitor, read with ``GetIdletime``; its watches
    (engine.mutter_idle) tell when the user goes away and comes back, once they are in place
    (read on demand until then, and for good if Mutter refuses them)."""

    SERVICE = "org.gnome.Mutter.IdleMonitor"
    PATH = "/org/gnome/Mutter/IdleMonitor/Core"
    METHOD = "GetIdletime"

    def describe(self) -> str:
        watches = ", AddIdleWatch and AddUserActiveWatch" if self.event_driven else ""
        return f"{self.SERVICE}.{self.METHOD}{watches} (D-Bus)"

    def _open_teller(self) -> Teller | None:
        # GNOME only, and after the tray is up: the watches need asyncio (and dbus-fast).
        import_asyncio_without_tls()
        from spasmguard.engine.mutter_idle import MutterWatches  # noqa: PLC0415

        watches = MutterWatches(self.SERVICE, self.PATH)
        watches.ready.connect(self._ready)
        return watches

    def _ready(self) -> None:
        _LOG.info("idle time: from %s; event-driven", self.describe())
        self.changed.emit()  # the gate drops the timer it kept while reading on demand


class ScreenSaverIdle(DBusIdle):
    """``org.freedesktop.ScreenSaver`` (KDE Plasma on X11, and others).

    Not in a published spec; KDE, its main provider, answers in milliseconds, and refuses on
    its Wayland session (the compositor's idle protocol is asked there first).
    """

    SERVICE = "org.freedesktop.ScreenSaver"
    PATH = "/org/freedesktop/ScreenSaver"
    METHOD = "GetSessionIdleTime"


class X11Idle(TellingIdle):
    """The X server (X11 sessions only, and Xvfb): read from the MIT-SCREEN-SAVER extension;
    told of going away and coming back by XSync alarms (engine.x11_idle) where SYNC has the
    IDLETIME counter."""

    def __init__(self, server: XServer) -> None:
        super().__init__()
        self._server = server

    def describe(self) -> str:
        alarms = " and XSync IDLETIME alarms" if self.event_driven else ""
        return f"the X server (MIT-SCREEN-SAVER{alarms})"

    def read(self, done: IdleAnswer) -> None:
        idle = self._server.idle_ms()
        done(None if idle is None else idle / 1000.0)

    def _open_teller(self) -> Teller | None:
        return IdleAlarms.open()


class WindowsIdle(IdleSource):  # pragma: no cover - runs on Windows only
    """``GetLastInputInfo``: the tick count of the last input, against ``GetTickCount``."""

    def read(self, done: IdleAnswer) -> None:
        class LastInputInfo(ctypes.Structure):
            _fields_ = (("cbSize", ctypes.c_uint), ("dwTime", ctypes.c_uint))

        info = LastInputInfo(ctypes.sizeof(LastInputInfo), 0)
        user32 = ctypes.windll.user32  # type: ignore[attr-defined]
        if not user32.GetLastInputInfo(ctypes.byref(info)):
            done(None)
            return
        now = ctypes.windll.kernel32.GetTickCount()  # type: ignore[attr-defined]
        done(ticks_idle_seconds(now, info.dwTime))


class MacIdle(IdleSource):  # pragma: no cover - runs on macOS only
    """CoreGraphics' ``CGEventSourceSecondsSinceLastEventType``: one in-process call."""

    def read(self, done: IdleAnswer) -> None:
        since_last_input = _core_graphics().CGEventSourceSecondsSinceLastEventType
        done(float(since_last_input(_CG_HID_SYSTEM_STATE, _CG_ANY_INPUT_EVENT)))


@functools.cache
def _core_graphics() -> ctypes.CDLL:  # pragma: no cover - runs on macOS only
    library = ctypes.CDLL(ctypes.util.find_library("CoreGraphics") or _CORE_GRAPHICS)
    function = library.CGEventSourceSecondsSinceLastEventType
    function.restype = ctypes.c_double
    function.argtypes = (ctypes.c_uint32, ctypes.c_uint32)
    return library


class DesktopIdle(IdleSource):
    """The first candidate that works here; asked one after another, answers arriving later."""

    def __init__(self, candidates: Sequence[IdleSource]) -> None:
        super().__init__()
        self._waiting = list(candidates)
        self._tried: list[str] = []
        self._source: IdleSource | None = None
        self._try_next()

    @property
    def event_driven(self) -> bool:
        return self._source is not None and self._source.event_driven

    def describe(self) -> str:
        return self._source.describe() if self._source else "nothing"

    def read(self, done: IdleAnswer) -> None:
        if self._source is None:
            done(None)
        else:
            self._source.read(done)

    def close(self) -> None:
        """Stop the picked source's events (before its display or bus goes away)."""
        if isinstance(self._source, TellingIdle):
            self._source.close()

    def watch(self, threshold_seconds: float) -> None:
        for candidate in (*self._waiting, self._source):
            if candidate is not None:
                candidate.watch(threshold_seconds)

    def _try_next(self) -> None:
        if not self._waiting:
            self._picked(None)
            return
        candidate = self._waiting[0]
        self._tried.append(candidate.describe())
        candidate.probe(functools.partial(self._probed, candidate))

    def _probed(self, candidate: IdleSource, works: bool) -> None:
        self._waiting.remove(candidate)
        if works:
            self._waiting.clear()
            self._picked(candidate)
        else:
            self._try_next()

    def _picked(self, source: IdleSource | None) -> None:
        self._source = source
        if source is None:
            self.capability = Capability.missing(NO_IDLE_TIME)
            _LOG.info(
                "idle time: not available on this desktop (tried: %s); "
                "the user always counts as present",
                ", ".join(self._tried) or "nothing",
            )
        else:
            self.capability = source.capability
            source.changed.connect(self.changed)
            _LOG.info(
                "idle time: from %s; %s",
                source.describe(),
                "event-driven" if source.event_driven else "read on demand, on a timer while away",
            )
        self.changed.emit()


def ticks_idle_seconds(now_ticks: int, last_input_ticks: int) -> float:
    """Seconds between two 32-bit millisecond tick counts (they wrap after 49.7 days)."""
    return ((now_ticks - last_input_ticks) % _TICK_WRAP) / 1000.0


def _milliseconds(done: IdleAnswer, reply: list[object] | None) -> None:
    value = reply[0] if reply else None
    if not isinstance(value, int | float) or isinstance(value, bool):
        done(None)
        return
    done(float(value) / 1000.0)


def idle_source() -> DesktopIdle:
    """This desktop's idle time; the pick runs from the event loop, and the log names it."""
    return DesktopIdle(_candidates())


def _candidates() -> list[IdleSource]:
    if sys.platform == "win32":
        return [WindowsIdle()]
    if sys.platform == "darwin":
        return [MacIdle()]
    if desktop.is_wayland():
        socket = desktop.wayland_socket()
        compositor = [WaylandIdle(socket)] if socket is not None else []
        return [MutterIdle(), *compositor, ScreenSaverIdle()]
    server = shared_server()
    x11 = [X11Idle(server)] if server is not None else []
    # The X server before org.freedesktop.ScreenSaver: it sees every input of an X11 session
    # and its alarms tell the moments, where the D-Bus method could only be read on a timer.
    return [MutterIdle(), *x11, ScreenSaverIdle()]
