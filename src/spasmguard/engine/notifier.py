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
`SEND_TIMEOUT_S` of engine/notifier_loop.py) is reported through `failed` so the app can show
its own window instead.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Coroutine, Mapping
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal, Slot

from spasmguard.engine.asyncio_import import import_asyncio_without_tls
from spasmguard.engine.reminder_notice import GLASS, OPEN, START, NotShown, Reminder

if TYPE_CHECKING:
    from spasmguard.engine.notifier_loop import Worker

__all__ = ["CLOSE_WAIT_S", "NotificationSender", "Reminder"]

log = logging.getLogger(__name__)

#: The longest close() holds the GUI thread at quit; a server slower than that is not waited for.
CLOSE_WAIT_S = 0.5


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
        self._worker: Worker | None = None

    # --- GUI thread ---------------------------------------------------------------------------

    def send(self, reminder: Reminder) -> None:
        """Show `reminder`, replacing this habit's previous one; returns at once."""
        translate = QCoreApplication.translate
        labels = {
            "done": translate("NotificationSender", "Done"),
            "snooze": translate("NotificationSender", "Snooze"),
            "skip": translate("NotificationSender", "Skip"),
            START: translate("NotificationSender", "Start"),
            GLASS: translate("NotificationSender", "+ a glass"),
            OPEN: translate("NotificationSender", "All answers"),
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
        translate = QCoreApplication.translate
        texts = {
            "no-bus": translate("NotificationSender", "No D-Bus session bus is available."),
            "no-server": translate("NotificationSender", "No notification server is running."),
            "no-buttons": translate(
                "NotificationSender", "The notification server cannot show buttons."
            ),
            "timeout": translate(
                "NotificationSender", "The notification server did not answer in time."
            ),
        }
        return texts.get(
            reason, translate("NotificationSender", "The notification server refused it.")
        )

    @Slot(str, str, str)
    def _forward(self, name: str, habit_id: str, payload: str) -> None:
        if name == "failed":
            self.failed.emit(habit_id, self.reason_text(payload))
        else:
            self.action.emit(habit_id, payload)

    def _submit(self, job: Callable[[Worker], Coroutine[Any, Any, None]]) -> None:
        """Run `job` on the loop thread (started on first use); returns at once."""
        import_asyncio_without_tls()
        from spasmguard.engine.notifier_loop import Worker, log_error  # noqa: PLC0415

        if self._worker is None:
            self._worker = Worker(self._answered)
        self._worker.submit(job(self._worker)).add_done_callback(log_error)

    # --- loop thread --------------------------------------------------------------------------

    async def _deliver(self, worker: Worker, reminder: Reminder, labels: Mapping[str, str]) -> None:
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
