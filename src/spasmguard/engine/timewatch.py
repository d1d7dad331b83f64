"""Noticing suspends, resumes and clock changes, so reminders come neither late nor in a flood.

Qt's timers run on the monotonic clock, which stands still during a suspend: after a resume the
armed wakeup would come late by the length of the sleep. Independent sources feed one handler,
:meth:`TimeWatch.check`, and the idle app wakes for none of them unless something happened:

- **clock changes and resumes**: a timerfd on ``CLOCK_REALTIME`` armed far in the future with
  ``TFD_TIMER_CANCEL_ON_SET``, which the kernel makes readable the moment the wall clock is set
  (a manual set, NTP stepping it) and on every resume from suspend (``timekeeping_resume`` calls
  ``timerfd_resume``: "resume is equivalent to clock_was_set"), so it alone is the event-driven
  path, with or without logind (Linux; through ctypes on libc, since ``os.timerfd_create``
  needs Python 3.13), watched by a ``QSocketNotifier``;
- **suspend and resume, where logind runs**: its ``PrepareForSleep`` on the system bus, which
  also wakes the engine after a sleep too short to move the clocks apart visibly;
- **time-zone changes**: a file watch (inotify) on ``/etc/localtime``.

Where there is no timerfd (other systems) a coarse heartbeat lets the planner compare
wall-clock and monotonic time once a minute instead; the log says which path is in use. The
handler is idempotent: the planner records every clock reading, so one warp is seen once however
many sources report it, and the engine is woken only when something changed.

The reminder gate asks for readings at moments of its own (:meth:`TimeWatch.request_beat`):
on the heartbeat path they ride on the heartbeat as before; on the event-driven path one
single-shot timer is armed for the moment asked, and nothing when nothing is asked.
"""

from __future__ import annotations

import ctypes
import errno
import logging
import os
import sys
from collections.abc import Mapping
from datetime import tzinfo
from pathlib import Path
from typing import TYPE_CHECKING, Protocol, runtime_checkable

from PySide6.QtCore import (
    SLOT,
    QFileSystemWatcher,
    QObject,
    QSocketNotifier,
    Qt,
    QTimer,
    Signal,
    Slot,
)

from spasmguard.core.clock import Clock

if TYPE_CHECKING:
    from PySide6.QtDBus import QDBusConnection

_LOG = logging.getLogger(__name__)

#: The fallback heartbeat where there is no timerfd: once a minute is enough to catch a clock
#: change and costs 60 wakeups an hour; a resume is caught sooner through logind where it exists.
HEARTBEAT_SECONDS = 60.0
#: Test-only: take the heartbeat path even where timerfd exists, beating this often (seconds), so
#: an end-to-end test proves the fallback within seconds.
HEARTBEAT_ENV = "SPASMGUARD_HEARTBEAT_SECONDS"

LOGIND_SERVICE = "org.freedesktop.login1"
LOGIND_PATH = "/org/freedesktop/login1"
LOGIND_MANAGER = "org.freedesktop.login1.Manager"
_SIGNAL = (LOGIND_PATH, LOGIND_MANAGER, "PrepareForSleep")
# QtDBus calls slots by their normalized signature (the "1" prefix of Qt's SLOT macro). PySide6
# 6.12 accepts it only as str, although its stubs say bytes: hence the type: ignore below.
_SLOT = SLOT("prepare_for_sleep(bool)")
#: Where the system's time zone lives on Linux (a symlink replaced when the zone changes).
LOCALTIME = Path("/etc/localtime")

# <sys/timerfd.h> and <time.h>; the same on every Linux architecture.
_CLOCK_REALTIME = 0
_TFD_NONBLOCK = os.O_NONBLOCK
_TFD_CLOEXEC = os.O_CLOEXEC
_TFD_TIMER_ABSTIME = 1
_TFD_TIMER_CANCEL_ON_SET = 2
# Far enough never to fire (2100-01-01 UTC), near enough for a 32-bit time_t.
_NEVER = 2_000_000_000


class _Timespec(ctypes.Structure):
    _fields_ = [("tv_sec", ctypes.c_long), ("tv_nsec", ctypes.c_long)]


class _Itimerspec(ctypes.Structure):
    _fields_ = [("it_interval", _Timespec), ("it_value", _Timespec)]


class ClockSetWatch:
    """A timerfd that becomes readable when the wall clock is set (``TFD_TIMER_CANCEL_ON_SET``).

    Armed once, far in the future: it never fires on its own, and the kernel cancels it (a read
    fails with ``ECANCELED``) the moment anything sets ``CLOCK_REALTIME``; :meth:`consume`
    reads that and arms it again.
    """

    def __init__(self) -> None:
        self._libc = ctypes.CDLL(None, use_errno=True)
        fd = self._libc.timerfd_create(_CLOCK_REALTIME, _TFD_NONBLOCK | _TFD_CLOEXEC)
        if fd < 0:
            raise OSError(ctypes.get_errno(), "timerfd_create")
        self.fd: int = fd
        self.arm()

    def arm(self, at_epoch: int = _NEVER) -> None:
        """Arm the one-shot alarm at `at_epoch` (wall-clock seconds), cancelled on a clock set."""
        spec = _Itimerspec(_Timespec(0, 0), _Timespec(at_epoch, 0))
        flags = _TFD_TIMER_ABSTIME | _TFD_TIMER_CANCEL_ON_SET
        if self._libc.timerfd_settime(self.fd, flags, ctypes.byref(spec), None) < 0:
            raise OSError(ctypes.get_errno(), "timerfd_settime")

    def consume(self) -> str:
        """Read what made the fd readable: "clock set", "fired" or "nothing"; re-arm."""
        try:
            os.read(self.fd, 8)
            happened = "fired"
        except BlockingIOError:
            happened = "nothing"
        except OSError as error:
            if error.errno != errno.ECANCELED:
                raise
            happened = "clock set"
        self.arm()
        return happened

    def close(self) -> None:
        os.close(self.fd)


def clock_set_watch() -> ClockSetWatch | None:
    """A :class:`ClockSetWatch` where the system has timerfd (Linux); None elsewhere."""
    if not sys.platform.startswith("linux"):
        return None
    try:
        return ClockSetWatch()
    except (OSError, AttributeError) as error:  # AttributeError: a libc without timerfd
        _LOG.info("no timerfd (%s)", error)
        return None


class Waker(Protocol):
    """What the watch needs of the reminder engine (:class:`~.scheduler.ReminderEngine`)."""

    def check_clock(self) -> bool:
        """Apply the planner's gap rules; True if it saw a time warp."""
        ...

    def wake(self) -> None:
        """Re-plan every habit now."""
        ...


@runtime_checkable
class ZoneSource(Protocol):
    """A clock whose local zone can change while the app runs (``SystemClock``)."""

    zone: tzinfo

    def refresh_zone(self) -> bool:
        """Re-read the zone; True if it changed."""
        ...


def heartbeat_seconds(environ: Mapping[str, str]) -> float | None:
    """The heartbeat a test asked for through :data:`HEARTBEAT_ENV`; None (the production
    choice of path) unless it did.

    A value that is not a positive number is ignored (with a log line), never an error: this is
    a test hook, not a setting, and must not be able to stop the app from starting.
    """
    raw = environ.get(HEARTBEAT_ENV)
    if raw is None:
        return None
    try:
        seconds = float(raw)
    except ValueError:
        seconds = 0.0
    if not 0 < seconds < float("inf"):
        _LOG.warning("ignoring %s=%r: not a positive number of seconds", HEARTBEAT_ENV, raw)
        return None
    return seconds


class TimeWatch(QObject):
    """Feeds suspends, resumes and clock changes to the engine through one idempotent handler.

    On the event-driven path (timerfd, with logind where it runs) the idle app sets no periodic
    timer at all. On the heartbeat path its heartbeat is the app's only periodic wakeup, and
    :attr:`beat` lends it to whatever else needs a coarse look now and then (the reminder gate),
    so the idle process wakes once a minute, not once per such need.

    A ``forced_heartbeat_s`` period is a test's request (:data:`HEARTBEAT_ENV`) for the heartbeat
    path where timerfd exists: no timerfd is opened then, so the test proves the fallback.
    """

    #: A look the gate asked for: after each heartbeat's clock check, or at the moment asked.
    #: The argument is the heartbeat's period in seconds (the gate rounds to it).
    beat = Signal(float)

    def __init__(
        self,
        clock: Clock,
        engine: Waker,
        forced_heartbeat_s: float | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._clock = clock
        self._engine = engine
        self._asleep = False
        self._bus: QDBusConnection | None = None
        self._service = LOGIND_SERVICE
        self._forced_beat = forced_heartbeat_s is not None
        self._clock_set: ClockSetWatch | None = None
        self._clock_notifier: QSocketNotifier | None = None
        self._zone_files = QFileSystemWatcher(self)
        self._zone_files.fileChanged.connect(self._on_zone_file)
        # Very coarse: whole-second accuracy lets the OS batch this wakeup with others.
        self.heartbeat = QTimer(self)
        self.heartbeat.setTimerType(Qt.TimerType.VeryCoarseTimer)
        self.heartbeat.setInterval(round((forced_heartbeat_s or HEARTBEAT_SECONDS) * 1000))
        self.heartbeat.timeout.connect(self._on_heartbeat)
        # The event-driven path's one look at a time the gate asked for (never repeating).
        self._asked = QTimer(self)
        self._asked.setSingleShot(True)
        self._asked.setTimerType(Qt.TimerType.VeryCoarseTimer)
        self._asked.timeout.connect(self._on_asked)

    @property
    def event_driven(self) -> bool:
        """Whether clock changes and resumes are told to the app (no heartbeat runs)."""
        return not self.heartbeat.isActive() and self._clock_set is not None

    def start(self, bus: QDBusConnection | None = None, service: str = LOGIND_SERVICE) -> None:
        """Listen for clock sets and resumes (timerfd), logind (``bus``: the system bus unless
        given) and zone changes; start the heartbeat where there is no timerfd. Logs which path
        is in use.

        ``service`` is the sender whose signals count; tests put a stand-in for logind on a
        private bus. No bus, or no logind, is normal (other platforms, containers, CI).
        """
        self._service = service
        if bus is None:
            bus = _system_bus()
        logind = bus is not None and self._listen(bus)
        if not self._forced_beat:
            self._watch_clock_sets()
        if LOCALTIME.exists():
            self._zone_files.addPath(str(LOCALTIME))
        if self._clock_set is None:
            self.heartbeat.start()
            _LOG.info(
                "time watch: heartbeat every %g s (%s)",
                self.heartbeat.interval() / 1000,
                "test request: no timerfd" if self._forced_beat else "no timerfd here",
            )
        else:
            _LOG.info(
                "time watch: event-driven (timerfd: clock sets and resumes%s); no heartbeat",
                "; logind: suspends" if logind else "",
            )

    def stop(self) -> None:
        """Stop every source; calling it twice is harmless."""
        self.heartbeat.stop()
        self._asked.stop()
        if self._bus is not None:
            self._bus.disconnect(self._service, *_SIGNAL, self, _SLOT)  # type: ignore[call-overload]
            self._bus = None
        if self._clock_notifier is not None:
            self._clock_notifier.setEnabled(False)
            self._clock_notifier.deleteLater()
            self._clock_notifier = None
        if self._clock_set is not None:
            self._clock_set.close()
            self._clock_set = None
        if files := self._zone_files.files():
            self._zone_files.removePaths(files)

    @Slot(object)
    def request_beat(self, wait_ms: int | None) -> None:
        """Emit :attr:`beat` once, `wait_ms` from now (None: no look wanted).

        On the heartbeat path the heartbeat already brings the looks; on the event-driven path
        this is the only timer the gate gets, and it does not repeat.
        """
        if self.heartbeat.isActive() or wait_ms is None:
            self._asked.stop()
            return
        self._asked.start(max(0, wait_ms))

    @Slot()
    def _on_heartbeat(self) -> None:
        self.check()
        self.beat.emit(self.heartbeat.interval() / 1000)

    @Slot()
    def _on_asked(self) -> None:
        self.beat.emit(self.heartbeat.interval() / 1000)

    def _watch_clock_sets(self) -> None:
        self._clock_set = clock_set_watch()
        if self._clock_set is None:
            return
        self._clock_notifier = QSocketNotifier(self._clock_set.fd, QSocketNotifier.Type.Read, self)
        self._clock_notifier.activated.connect(self._on_clock_set)

    @Slot()
    def _on_clock_set(self) -> None:
        assert self._clock_set is not None
        if self._clock_set.consume() == "clock set":
            _LOG.info("the wall clock was set")
            self.check()

    @Slot(str)
    def _on_zone_file(self, path: str) -> None:
        # The file is replaced, not written, when the zone changes: watch the new one.
        if Path(path).exists():
            self._zone_files.addPath(path)
        self.check()

    @Slot(bool)
    def prepare_for_sleep(self, going: bool) -> None:
        """logind's ``PrepareForSleep``: True just before a suspend, False right after resume.

        A resume always wakes the engine (even a short sleep left its timer behind), but only
        once: a repeated False without a suspend in between is just another look at the clock.
        """
        if going:
            self._asleep = True
            _LOG.info("suspending")
            return
        resumed, self._asleep = self._asleep, False
        if resumed:
            _LOG.info("resumed from suspend")
        self.check(resumed)

    @Slot()
    def check(self, resumed: bool = False) -> bool:
        """The one handler: look at the clocks and the zone; wake the engine if anything moved.

        Returns whether the engine was woken. Calling it again for the same event finds
        nothing new (the planner has recorded the reading), so no second re-plan follows.
        """
        zone_changed = self._zone_changed()
        warped = self._engine.check_clock()
        if not (warped or zone_changed or resumed):
            return False
        self._engine.wake()
        return True

    def _zone_changed(self) -> bool:
        if not isinstance(self._clock, ZoneSource):
            return False
        before = self._clock.zone
        if not self._clock.refresh_zone():
            return False
        _LOG.info("time zone changed: %s -> %s", before, self._clock.zone)
        return True

    def _listen(self, bus: QDBusConnection) -> bool:
        """Listen for PrepareForSleep; True if logind is there to send it."""
        if not bus.isConnected():
            _LOG.info(
                "no system bus (%s); resumes are noticed through the clocks alone",
                bus.lastError().message(),
            )
            return False
        if not bus.connect(self._service, *_SIGNAL, self, _SLOT):  # type: ignore[call-overload]
            _LOG.info("cannot listen for PrepareForSleep (%s)", bus.lastError().message())
            return False
        self._bus = bus
        running = bus.interface().isServiceRegistered(self._service).value()
        _LOG.info(
            "listening for logind's PrepareForSleep (%s)",
            "logind is running" if running else "logind is not running",
        )
        return bool(running)


def _system_bus() -> QDBusConnection | None:
    """The system bus on Linux (connected or not); None where logind cannot exist."""
    if not sys.platform.startswith("linux"):
        _LOG.info("no logind on this platform; suspends are noticed by the heartbeat alone")
        return None
    from PySide6.QtDBus import QDBusConnection  # noqa: PLC0415 - only where logind can exist

    return QDBusConnection.systemBus()
