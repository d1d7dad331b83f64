"""Reminders as desktop notifications with Done / Snooze / Skip buttons (and Start, first, for
the habits that have a guided break); a click on the notification itself opens the reminder
window, which has every answer (the way to a button the server could not show).

PySide6's QtDBus cannot send `Notify` with actions, so the back ends are asyncio based: dbus-fast
on Linux and BSD (engine/fdo_notifications.py), desktop-notifier on macOS and Windows
(engine/native_notifications.py). They run on ONE asyncio loop in a daemon thread, started on
first use, so the GUI thread never waits for a notification server. Results go back to the GUI
thread as a queued Qt signal, so slots connected to `action` and `failed` always run there,
whatever their connection type.

A reminder that cannot be shown (no session bus, no server, no buttons, no answer within
`SEND_TIMEOUT_S`) is reported through `failed` so the app can show its own window instead.
"""

from __future__ import annotations

import asyncio
import logging
import sys
import threading
from collections.abc import Awaitable, Callable, Coroutine, Mapping
from concurrent.futures import Future
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal, Slot

from spasmguard.engine.reminder_notice import (
    GLASS,
    OPEN,
    START,
    Answer,
    Backend,
    NotShown,
    Reminder,
)

__all__ = ["CLOSE_WAIT_S", "SEND_TIMEOUT_S", "NotificationSender", "Reminder"]

log = logging.getLogger(__name__)

SEND_TIMEOUT_S = 3.0
#: The longest close() holds the GUI thread at quit; a server slower than that is not waited for.
CLOSE_WAIT_S = 0.5

_FREEDESKTOP_PLATFORMS = ("linux", "freebsd", "openbsd", "netbsd")


def _make_backend(answer: Answer) -> Backend:
    """This platform's notifications (imported here: they cost ~0.3 s and ~15 MiB, off the GUI)."""
    if sys.platform.startswith(_FREEDESKTOP_PLATFORMS):
        from spasmguard.engine.fdo_notifications import FreedesktopBackend  # noqa: PLC0415

        return FreedesktopBackend(answer)
    from spasmguard.engine.native_notifications import NativeBackend  # noqa: PLC0415

    return NativeBackend(answer)


def _log_error(job: Future[None]) -> None:
    """Log what a fire-and-forget job raised; nobody else ever looks at its result."""
    if not job.cancelled() and job.exception() is not None:
        log.warning("notifier: %r", job.exception())


class _Worker:
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
            self._backend = _make_backend(self._answer)
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


class NotificationSender(QObject):
    """Shows one notification per habit and reports what the user did with it."""

    # (habit_id, "done" | "snooze" | "skip" | "start" | "glass" | "open" | "dismissed")
    action = Signal(str, str)
    failed = Signal(str, str)  # (habit_id, one plain translated sentence why)

    # Emitted on the loop thread with (signal name, habit_id, payload); queued to the GUI thread.
    _relay = Signal(str, str, str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._relay.connect(self._forward, Qt.ConnectionType.QueuedConnection)
        self._worker: _Worker | None = None

    # --- GUI thread ---------------------------------------------------------------------------

    def send(self, reminder: Reminder) -> None:
        """Show `reminder`, replacing this habit's previous one; returns at once."""
        tr = QCoreApplication.translate
        labels = {
            "done": tr("NotificationSender", "Done"),
            "snooze": tr("NotificationSender", "Snooze"),
            "skip": tr("NotificationSender", "Skip"),
            START: tr("NotificationSender", "Start"),
            GLASS: tr("NotificationSender", "+ a glass"),
            OPEN: tr("NotificationSender", "All answers"),
        }
        self._submit(lambda worker: self._deliver(worker, reminder, labels))

    def withdraw(self, habit_id: str) -> None:
        """Take this habit's notification off the screen, if one is shown; returns at once."""
        self._submit(
            lambda worker: worker.guarded(
                f"withdraw {habit_id}", lambda backend: backend.withdraw(habit_id)
            )
        )

    def close(self) -> None:
        """Withdraw what is still shown (its buttons would be dead) and let the loop thread end.

        Meant for quitting: it holds the GUI thread for at most `CLOSE_WAIT_S` (a few
        milliseconds when the server answers). A server that does not answer is not waited for;
        the daemon thread finishes the job or ends with the process. A later send() starts afresh.
        """
        worker, self._worker = self._worker, None
        if worker is None:
            return
        done = worker.submit(worker.shutdown())
        worker.stop_after(done)
        try:
            done.result(timeout=CLOSE_WAIT_S)
        except TimeoutError:
            log.warning("notifier: no answer from the notification server at quit; not waiting")
        except Exception:  # close() runs at quit: report, never raise into the caller
            log.warning("notifier: clean shutdown failed", exc_info=True)

    @staticmethod
    def reason_text(reason: str) -> str:
        """The sentence `failed` carries for a reason key (translated on the GUI thread)."""
        tr = QCoreApplication.translate
        texts = {
            "no-bus": tr("NotificationSender", "No D-Bus session bus is available."),
            "no-server": tr("NotificationSender", "No notification server is running."),
            "no-buttons": tr("NotificationSender", "The notification server cannot show buttons."),
            "timeout": tr("NotificationSender", "The notification server did not answer in time."),
        }
        return texts.get(reason, tr("NotificationSender", "The notification server refused it."))

    @Slot(str, str, str)
    def _forward(self, name: str, habit_id: str, payload: str) -> None:
        if name == "failed":
            self.failed.emit(habit_id, self.reason_text(payload))
        else:
            self.action.emit(habit_id, payload)

    def _submit(self, job: Callable[[_Worker], Coroutine[Any, Any, None]]) -> None:
        """Run `job` on the loop thread (started on first use); returns at once."""
        if self._worker is None:
            self._worker = _Worker(self._answered)
        self._worker.submit(job(self._worker)).add_done_callback(_log_error)

    # --- loop thread --------------------------------------------------------------------------

    async def _deliver(
        self, worker: _Worker, reminder: Reminder, labels: Mapping[str, str]
    ) -> None:
        habit = reminder.habit_id
        try:
            await worker.guarded(f"send {habit}", lambda backend: backend.show(reminder, labels))
        except TimeoutError:
            reason = "timeout"
        except NotShown as exc:
            reason = exc.reason
        except Exception:
            log.exception("notifier: reminder %s failed unexpectedly", habit)
            reason = "refused"
        else:
            log.info("notifier: reminder %s delivered", habit)
            return
        log.warning("notifier: reminder %s not delivered (%s)", habit, reason)
        self._relay.emit("failed", habit, reason)

    def _answered(self, habit_id: str, kind: str) -> None:
        """A back end's answer callback: report what the user did."""
        log.info("notifier: reminder %s answered: %s", habit_id, kind)
        self._relay.emit("action", habit_id, kind)
