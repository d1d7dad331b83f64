"""A NotificationSender inside a real QApplication, driven over stdin/stdout by test_notifier.py.

Runs as its own process on the test desktop (QT_QPA_PLATFORM=xcb) so that the pytest process
keeps its offscreen Qt. Commands arrive as JSON lines on stdin:
  {"cmd": "send", "habit": ..., "title": ..., "body": ...}   -> {"event": "sent", "ms": ...}
    (optionally "can_start": "1" for the Start button of a guided break)
  {"cmd": "withdraw", "habit": ...}                          -> {"event": "withdrawn"}
  {"cmd": "close"}                                           -> {"event": "closed", "ms": ...}
  {"cmd": "quit"}   (close, then exit)                       -> {"event": "closed", "ms": ...}
and every `action` / `failed` signal is printed as {"event": "action" | "failed", ...} with
"main_thread": whether the connected slot ran on the GUI thread.
"""

from __future__ import annotations

import json
import sys
import threading
import time
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtWidgets import QApplication

from spasmguard.engine.notifier import NotificationSender, Reminder


def report(event: str, **fields: Any) -> None:
    on_main = threading.current_thread() is threading.main_thread()
    print(json.dumps({"event": event, "main_thread": on_main, **fields}), flush=True)


class Driver(QObject):
    """Turns stdin lines into calls on the sender, on the GUI thread."""

    command = Signal(str)

    def __init__(self, app: QApplication) -> None:
        super().__init__()
        self._app = app
        self.notifier = NotificationSender()
        # Direct connections run the slot in the emitting thread, so "main_thread" shows that
        # the sender itself emits on the GUI thread (an auto connection would hide it).
        direct = Qt.ConnectionType.DirectConnection
        self.notifier.action.connect(lambda h, kind: report("action", habit=h, kind=kind), direct)
        self.notifier.failed.connect(lambda h, why: report("failed", habit=h, why=why), direct)
        self.command.connect(self.run)

    @Slot(str)
    def run(self, line: str) -> None:
        cmd = json.loads(line)
        started = time.monotonic()
        if cmd["cmd"] == "send":
            start = bool(cmd.get("can_start"))
            self.notifier.send(
                Reminder(cmd["habit"], cmd["title"], cmd["body"], None, can_start=start)
            )
            report("sent", ms=(time.monotonic() - started) * 1000)
        elif cmd["cmd"] == "withdraw":
            self.notifier.withdraw(cmd["habit"])
            report("withdrawn")
        else:
            self.notifier.close()
            report("closed", ms=(time.monotonic() - started) * 1000)
            if cmd["cmd"] == "quit":
                self._app.quit()


def read_stdin(driver: Driver) -> None:
    for line in sys.stdin:
        driver.command.emit(line)
    driver.command.emit('{"cmd": "quit"}')


def main() -> None:
    app = QApplication(sys.argv)
    driver = Driver(app)
    threading.Thread(target=read_stdin, args=(driver,), daemon=True).start()
    report("ready", platform=app.platformName())
    app.exec()


if __name__ == "__main__":
    main()
