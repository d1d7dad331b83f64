"""Giving a closed window's memory back to the system, so a tray app that sits all day stays small.

A window allocates many small blocks (widgets, their Python wrappers, layouts, text) and frees
them when it is destroyed, but glibc's allocator keeps the freed pages in its heap for reuse:
without help the process holds them all day (measured: about 11 MiB after the first settings
and lifting windows). ``malloc_trim(0)`` returns every free page at the top and in the middle
of the heap. It runs once, after a destroyed window's deferred deletion has finished (a
zero-delay single shot, so the window's children are gone too), after a garbage collection
that frees cycles a window's Python wrappers may form. One call per close: no timer stays
armed, nothing runs while no window closes. Once no window is open any more, the code and
font pages the windows brought in leave the resident set too (``engine/resident_pages.py``).

Elsewhere than glibc (macOS, Windows, musl) there is no ``malloc_trim``; the system allocators
there return memory on their own terms, and the trim is a no-op.
"""

from __future__ import annotations

import ctypes
import gc
import logging
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer

if TYPE_CHECKING:
    from spasmguard.engine.resident_pages import Snapshot

_LOG = logging.getLogger(__name__)


def _load_malloc_trim() -> Callable[[int], int] | None:
    if not sys.platform.startswith("linux"):
        return None
    try:
        trim: Callable[[int], int] = ctypes.CDLL(None).malloc_trim
    except AttributeError:  # not glibc
        return None
    return trim


_MALLOC_TRIM = _load_malloc_trim()


def trim_heap() -> bool:
    """Collect garbage and return free heap pages to the system; False where there is no way."""
    gc.collect()
    if _MALLOC_TRIM is None:
        return False
    _MALLOC_TRIM(0)
    return True


class WindowMemory(QObject):
    """What the app's windows hold, given back as they close.

    After one or more windows are destroyed together, :func:`trim_heap` runs once. When the
    last open window is gone, the code and font pages the windows brought in since the first
    of them was built are dropped from the resident set too (``engine/resident_pages.py``).
    A QObject, so that Qt drops the windows' connections to it if it goes first.
    """

    def __init__(self) -> None:
        super().__init__()
        self.pending = False
        self.open_windows = 0
        self.before: Snapshot | None = None

    def opening(self) -> None:
        """A window is about to be built: note what is resident, unless a window is open."""
        if self.open_windows == 0 and self.before is None:
            # Imported with the first window: the tray starts without it (about 2 ms).
            from spasmguard.engine import resident_pages  # noqa: PLC0415

            self.before = resident_pages.snapshot()

    def track(self, window: QObject) -> None:
        self.open_windows += 1
        window.destroyed.connect(self._destroyed)

    def _destroyed(self) -> None:
        self.open_windows -= 1
        if not self.pending:
            self.pending = True
            QTimer.singleShot(0, self._run)

    def _run(self) -> None:
        self.pending = False
        if self.open_windows == 0 and self.before is not None:
            from spasmguard.engine import resident_pages  # noqa: PLC0415 - loaded by opening()

            dropped = resident_pages.drop_since(self.before)
            self.before = None
            _LOG.debug("windows closed: %.1f MiB of code and font pages dropped", dropped / 2**20)
        trim_heap()  # last: the snapshots' buffers are free by then


WINDOWS = WindowMemory()


def before_window_built() -> None:
    """Note what is resident before a window is built (the window registry calls this)."""
    WINDOWS.opening()


def trim_when_destroyed(window: QObject) -> None:
    """Give memory back once `window` has been destroyed (the window registry calls this)."""
    WINDOWS.track(window)
