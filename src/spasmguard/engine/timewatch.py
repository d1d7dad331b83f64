"""Noticing suspends, resumes and clock changes, so reminders come neither late nor in a flood.

Qt's timers run on the monotonic clock, which stands still during a suspend: after a resume the
armed wakeup would come late by the length of the sleep. Two independent sources feed one
handler, :meth:`TimeWatch.check`: logind's ``PrepareForSleep`` signal on the system bus (at the
moment of resume; Linux with systemd only) and a coarse heartbeat that lets the planner compare
wall-clock and monotonic time (everywhere; it also catches manual clock changes, time-zone
changes and machines without logind). The handler is idempotent: the planner records every
clock reading, so one warp is seen once however many sources report it, and the engine is woken
only when something changed.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Mapping
from datetime import tzinfo
from typing import TYPE_CHECKING, Protocol, runtime_checkable

from PySide6.QtCore import SLOT, QObject, Qt, QTimer, Signal, Slot

from spasmguard.core.clock import Clock

if TYPE_CHECKING:
    from PySide6.QtDBus import QDBusConnection

_LOG = logging.getLogger(__name__)

#: The production heartbeat: once a minute is enough to catch a clock change and costs
#: 60 wakeups an hour; a resume is caught sooner through logind where it exists.
HEARTBEAT_SECONDS = 60.0
#: Test-only: a shorter heartbeat, so an end-to-end test sees the real mechanism within seconds.
HEARTBEAT_ENV = "SPASMGUARD_HEARTBEAT_SECONDS"

LOGIND_SERVICE = "org.freedesktop.login1"
LOGIND_PATH = "/org/freedesktop/login1"
LOGIND_MANAGER = "org.freedesktop.login1.Manager"
_SIGNAL = (LOGIND_PATH, LOGIND_MANAGER, "PrepareForSleep")
# QtDBus calls slots by their normalized signature (the "1" prefix of Qt's SLOT macro). PySide6
# 6.12 accepts it only as str, although its stubs say bytes: hence the type: ignore below.
_SLOT = SLOT("prepare_for_sleep(bool)")


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


def heartbeat_seconds(environ: Mapping[str, str]) -> float:
    """The heartbeat period: :data:`HEARTBEAT_SECONDS` unless a test set :data:`HEARTBEAT_ENV`.

    A value that is not a positive number is ignored (with a log line), never an error: this is
    a test hook, not a setting, and must not be able to stop the app from starting.
    """
    raw = environ.get(HEARTBEAT_ENV)
    if raw is None:
        return HEARTBEAT_SECONDS
    try:
        seconds = float(raw)
    except ValueError:
        seconds = 0.0
    if not 0 < seconds < float("inf"):
        _LOG.warning("ignoring %s=%r: not a positive number of seconds", HEARTBEAT_ENV, raw)
        return HEARTBEAT_SECONDS
    return seconds


class TimeWatch(QObject):
    """Feeds suspends, resumes and clock changes to the engine through one idempotent handler.

    Its heartbeat is the app's only periodic wakeup; :attr:`beat` lends it to whatever else
    needs a coarse look now and then (the reminder gate), so the idle process wakes once a
    minute, not once per such need.
    """

    #: After each heartbeat's clock check: the heartbeat's period in seconds.
    beat = Signal(float)

    def __init__(
        self,
        clock: Clock,
        engine: Waker,
        period_seconds: float = HEARTBEAT_SECONDS,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._clock = clock
        self._engine = engine
        self._asleep = False
        self._bus: QDBusConnection | None = None
        self._service = LOGIND_SERVICE
        # Very coarse: whole-second accuracy lets the OS batch this wakeup with others.
        self.heartbeat = QTimer(self)
        self.heartbeat.setTimerType(Qt.TimerType.VeryCoarseTimer)
        self.heartbeat.setInterval(round(period_seconds * 1000))
        self.heartbeat.timeout.connect(self._on_heartbeat)

    def start(self, bus: QDBusConnection | None = None, service: str = LOGIND_SERVICE) -> None:
        """Start the heartbeat and listen for logind (``bus``: the system bus unless given).

        ``service`` is the sender whose signals count; tests put a stand-in for logind on a
        private bus. No bus, or no logind, is normal (other platforms, containers): one log line.
        """
        self.heartbeat.start()
        self._service = service
        if bus is None:
            bus = _system_bus()
        if bus is not None:
            self._listen(bus)

    def stop(self) -> None:
        """Stop the heartbeat and stop listening; calling it twice is harmless."""
        self.heartbeat.stop()
        if self._bus is not None:
            self._bus.disconnect(self._service, *_SIGNAL, self, _SLOT)  # type: ignore[call-overload]
            self._bus = None

    @Slot()
    def _on_heartbeat(self) -> None:
        self.check()
        self.beat.emit(self.heartbeat.interval() / 1000)

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

    def _listen(self, bus: QDBusConnection) -> None:
        if not bus.isConnected():
            _LOG.info(
                "no system bus (%s); suspends are noticed by the heartbeat alone",
                bus.lastError().message(),
            )
            return
        if bus.connect(self._service, *_SIGNAL, self, _SLOT):  # type: ignore[call-overload]
            self._bus = bus
            _LOG.info("listening for logind's PrepareForSleep")
        else:
            _LOG.info("cannot listen for PrepareForSleep (%s)", bus.lastError().message())


def _system_bus() -> QDBusConnection | None:
    """The system bus on Linux (connected or not); None where logind cannot exist."""
    if not sys.platform.startswith("linux"):
        _LOG.info("no logind on this platform; suspends are noticed by the heartbeat alone")
        return None
    from PySide6.QtDBus import QDBusConnection  # noqa: PLC0415 - only where logind can exist

    return QDBusConnection.systemBus()
