"""The shape of every presence adapter: asked for a reading, it answers through a callback.

An answer may come at once (a question to the local X server, Windows, macOS), or later from the
event loop (a D-Bus service, the compositor's socket), but always exactly once, so the reminder
gate can ask several adapters together and decide when the last one answered: nothing waits on
the GUI thread. An adapter that cannot tell answers None (idle time) or False (detectors), so an
unsupported desktop gets its reminders as before.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal

from spasmguard.engine.capabilities import Capability

IdleAnswer = Callable[[float | None], None]
FlagAnswer = Callable[[bool], None]


class IdleSource(QObject):
    """Where idle time comes from (seconds without keyboard or mouse input; None: unknown)."""

    #: Event-driven sources only: the user went idle or came back; take a reading now.
    changed = Signal()

    def __init__(self, capability: Capability | None = None) -> None:
        super().__init__()
        self.capability = capability or Capability()

    @property
    def event_driven(self) -> bool:
        """Whether :attr:`changed` tells of every going away and coming back, so nobody needs
        to read again on a timer to notice them."""
        return False

    def read(self, done: IdleAnswer) -> None:
        """Answer the idle time (once, now or later)."""
        done(None)

    def probe(self, done: FlagAnswer) -> None:
        """Answer whether this source works on this desktop (the first reading tells, here)."""
        self.read(lambda idle: done(idle is not None))

    def watch(self, threshold_seconds: float) -> None:
        """The user counts as away after this long; event-driven sources tell of it then."""

    def describe(self) -> str:
        """The source's name for the log."""
        return type(self).__name__


class Teller(QObject):
    """Tells an idle source the moments the user goes away and comes back (an OS facility
    that sends events, such as XSync alarms or Mutter's watches)."""

    #: The user went away or came back.
    crossed = Signal()

    @property
    def telling(self) -> bool:
        """Whether the events come now (a teller may need a while to set up, or fail to)."""
        return True

    def watch(self, threshold_ms: int) -> None:
        """Tell of idle time crossing ``threshold_ms``, either way."""

    def close(self) -> None:
        """Tell no more (before the display or bus it listens to goes away)."""


class Detector:
    """One yes/no question about the desktop: should reminders wait right now?"""

    def __init__(self, capability: Capability | None = None) -> None:
        self.capability = capability or Capability()

    def read(self, done: FlagAnswer) -> None:
        """Answer whether reminders should wait (once, now or later)."""
        done(False)
