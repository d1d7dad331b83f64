"""The notifier's asyncio loop: one daemon thread, and the back end that lives on it.

Apart from :mod:`spasmguard.engine.notifier` so that ``asyncio`` is imported with the first
reminder, on the notifier's first use, not while the tray app starts.
"""

from __future__ import annotations

import asyncio
import logging
import sys
import threading
from collections.abc import Awaitable, Callable, Coroutine
from concurrent.futures import Future
from typing import Any

from spasmguard.engine.reminder_notice import Answer, Backend

log = logging.getLogger(__name__)

SEND_TIMEOUT_S = 3.0

_FREEDESKTOP_PLATFORMS = ("linux", "freebsd", "openbsd", "netbsd")


def make_backend(answer: Answer) -> Backend:
    """This platform's notifications (imported here: they cost ~0.3 s and ~15 MiB, off the GUI)."""
    if sys.platform.startswith(_FREEDESKTOP_PLATFORMS):
        from spasmguard.engine.fdo_notifications import FreedesktopBackend  # noqa: PLC0415

        return FreedesktopBackend(answer)
    from spasmguard.engine.native_notifications import NativeBackend  # noqa: PLC0415

    return NativeBackend(answer)


def log_error(job: Future[None]) -> None:
    """Log what a fire-and-forget job raised; nobody else ever looks at its result."""
    if not job.cancelled() and job.exception() is not None:
        log.warning("notifier: %r", job.exception())


class Worker:
    """One asyncio loop in a daemon thread, and the back end that lives on it."""

    def __init__(self, answer: Answer) -> None:
        self.loop = asyncio.new_event_loop()
        self._answer = answer
        # Touched only on the loop thread:
        self._backend: Backend | None = None
        self._lock: asyncio.Lock | None = None
        self._thread = threading.Thread(target=self._run, name="spasmguard-notifier", daemon=True)
        self._thread.start()

    def submit(self, job: Coroutine[Any, Any, None]) -> Future[None]:
        return asyncio.run_coroutine_threadsafe(job, self.loop)

    def stop_after(self, job: Future[None]) -> None:
        """End the loop (and the thread) once `job` is over, however long that takes."""
        job.add_done_callback(lambda _job: self.loop.call_soon_threadsafe(self.loop.stop))

    async def guarded(self, what: str, job: Callable[[Backend], Awaitable[None]]) -> None:
        """Run one job at a time, bounded by the timeout, so jobs never interleave or hang."""
        if self._lock is None:
            self._lock = asyncio.Lock()
        if self._backend is None:
            self._backend = make_backend(self._answer)
        async with self._lock:
            await asyncio.wait_for(job(self._backend), SEND_TIMEOUT_S)
        log.debug("notifier: %s done", what)

    async def shutdown(self) -> None:
        """Close the back end. Not behind the lock: a send stuck on a frozen server must not
        hold up the quit."""
        if self._backend is not None:
            await asyncio.wait_for(self._backend.close(), SEND_TIMEOUT_S)

    def _run(self) -> None:
        try:
            self.loop.run_forever()
        finally:
            self.loop.close()
