"""NotificationSender against a real dunst, in a real Qt app (notifier_probe.py, a subprocess)."""

from __future__ import annotations

import contextlib
import json
import queue
import re
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.e2e.desktop import Dunst, require_programs, wait_until
from tests.e2e.slow_notification_server import SlowNotificationServer

pytestmark = pytest.mark.e2e

PROBE = Path(__file__).with_name("notifier_probe.py")
# One line of dunst's context menu: "#Done (Posture) [3,done]".
MENU_LINE = re.compile(r"#(?P<label>.*) \((?P<summary>.*)\) \[\d+,(?P<key>[^\]]+)\]")


class Probe:
    """The probe process: send it commands, wait for the events it prints."""

    def __init__(self, env: dict[str, str], log: Path) -> None:
        self._log = log
        self._stderr = log.open("w")
        self.proc = subprocess.Popen(
            [sys.executable, "-X", "dev", str(PROBE)],
            env=env,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=self._stderr,
            text=True,
        )
        self._events: queue.Queue[dict[str, Any]] = queue.Queue()
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        assert self.proc.stdout is not None
        for line in self.proc.stdout:
            self._events.put(json.loads(line))

    def command(self, cmd: str, **fields: str) -> None:
        assert self.proc.stdin is not None
        self.proc.stdin.write(json.dumps({"cmd": cmd, **fields}) + "\n")
        self.proc.stdin.flush()

    def send(self, habit: str, title: str, body: str) -> dict[str, Any]:
        self.command("send", habit=habit, title=title, body=body)
        return self.expect("sent")

    def expect(self, event: str, timeout: float = 5.0) -> dict[str, Any]:
        """The next event named `event` (others are skipped); fail with the probe's stderr."""
        deadline = time.monotonic() + timeout
        while (left := deadline - time.monotonic()) > 0:
            try:
                got = self._events.get(timeout=left)
            except queue.Empty:
                break
            if got["event"] == event:
                return got
        pytest.fail(f"probe: no {event!r} within {timeout:g} s; stderr:\n{self.stderr()}")

    def no_event(self, event: str, within: float) -> None:
        time.sleep(within)
        seen = [e for e in list(self._events.queue) if e["event"] == event]
        assert seen == []

    def stderr(self) -> str:
        self._stderr.flush()
        return self._log.read_text()

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.kill()
        self.proc.wait(timeout=5)
        self._reader.join(timeout=5)
        for pipe in (self.proc.stdin, self.proc.stdout, self._stderr):
            with contextlib.suppress(OSError):  # stdin of a dead probe: broken pipe on flush
                if pipe is not None:
                    pipe.close()


@pytest.fixture
def probe(desktop: dict[str, str], tmp_path: Path) -> Iterator[Probe]:
    running = Probe(desktop, tmp_path / "probe-stderr.log")
    try:
        assert running.expect("ready", timeout=30)["platform"] == "xcb"
        yield running
    finally:
        running.stop()


def shown(dunst: Dunst, count: int) -> None:
    wait_until(lambda: dunst.displayed() == count, f"{count} notification(s) on screen", 5)


def quit_cleanly(probe: Probe) -> float:
    """Quit the probe; return how long close() took. Dev mode shows leaked sockets here."""
    probe.command("quit")
    closed = probe.expect("closed")
    assert probe.proc.wait(timeout=5) == 0
    assert "Warning" not in probe.stderr()
    return float(closed["ms"])


def test_reminder_reaches_dunst_with_title_body_and_three_buttons(
    probe: Probe, dunst: Dunst
) -> None:
    probe.send("posture", "Posture check", "Roll your shoulders back.")
    shown(dunst, 1)
    menu = [m.groupdict() for line in dunst.press("Done") if (m := MENU_LINE.fullmatch(line))]
    buttons = {(m["label"], m["key"]) for m in menu if m["key"] != "default"}
    assert buttons == {("Done", "done"), ("Snooze", "snooze"), ("Skip", "skip")}
    assert {m["summary"] for m in menu} == {"Posture check"}
    dunst.close_all()
    latest = dunst.history()[0]
    assert (latest["appname"], latest["summary"], latest["body"]) == (
        "spasmguard",
        "Posture check",
        "Roll your shoulders back.",
    )
    quit_cleanly(probe)


@pytest.mark.parametrize(
    ("button", "kind"), [("Done", "done"), ("Snooze", "snooze"), ("Skip", "skip")]
)
def test_pressing_a_button_reports_it_on_the_gui_thread(
    probe: Probe, dunst: Dunst, button: str, kind: str
) -> None:
    probe.send("hydration", "Drink water", "A glass now.")
    shown(dunst, 1)
    dunst.press(button)
    got = probe.expect("action")
    assert (got["habit"], got["kind"], got["main_thread"]) == ("hydration", kind, True)


def test_a_guided_break_reminder_has_start_first_and_reports_it(probe: Probe, dunst: Dunst) -> None:
    probe.command("send", habit="stretch", title="Stretch", body="Time to move.", can_start="1")
    probe.expect("sent")
    shown(dunst, 1)
    menu = [m.groupdict() for line in dunst.press("Start") if (m := MENU_LINE.fullmatch(line))]
    # dunst lists actions in its own order; the order sent is checked in test_controller.py.
    keys = {m["key"] for m in menu if m["key"] != "default"}
    assert keys == {"start", "done", "snooze", "skip"}
    got = probe.expect("action")
    assert (got["habit"], got["kind"], got["main_thread"]) == ("stretch", "start", True)


def test_a_click_on_the_notification_itself_reports_open(probe: Probe, dunst: Dunst) -> None:
    probe.send("posture", "Posture", "Sit tall.")
    shown(dunst, 1)
    dunst.click()
    got = probe.expect("action")
    assert (got["habit"], got["kind"], got["main_thread"]) == ("posture", "open", True)


def test_notify_names_the_app_and_its_desktop_entry(
    probe: Probe, dunst: Dunst, desktop: dict[str, str], tmp_path: Path
) -> None:
    require_programs({"dbus-monitor": "dbus"})  # Debian 12: dbus pulls in dbus-bin, which has it
    calls = tmp_path / "notify-calls.txt"
    rule = "type='method_call',interface='org.freedesktop.Notifications',member='Notify'"
    with calls.open("w") as out:
        monitor = subprocess.Popen(["dbus-monitor", "--session", rule], env=desktop, stdout=out)
    try:
        wait_until(lambda: "NameAcquired" in calls.read_text(), "dbus-monitor to listen", 5)
        probe.send("posture", "Posture", "Sit tall.")
        wait_until(lambda: "desktop-entry" in calls.read_text(), "a Notify call", 5)
    finally:
        monitor.terminate()
        monitor.wait(timeout=5)
    call = calls.read_text()
    assert re.search(r'string "desktop-entry"\s+variant\s+string "spasmguard"', call), call
    # app_name, replaces_id, app_icon: the app's icon by name when the reminder has none.
    assert re.search(
        r'member=Notify\n\s+string "spasmguard"\n\s+uint32 0\n\s+string "spasmguard"', call
    ), call


def test_dismissing_the_notification_reports_dismissed(probe: Probe, dunst: Dunst) -> None:
    probe.send("stretch", "Stretch", "Reach for the ceiling.")
    shown(dunst, 1)
    dunst.close_top()
    got = probe.expect("action")
    assert (got["habit"], got["kind"]) == ("stretch", "dismissed")


def test_user_text_is_escaped_for_a_markup_server(probe: Probe, dunst: Dunst) -> None:
    probe.send("stress", "Breathe", "<b>Relax</b> & breathe > 3 times")
    shown(dunst, 1)
    dunst.close_all()
    assert dunst.history()[0]["body"] == "&lt;b&gt;Relax&lt;/b&gt; &amp; breathe &gt; 3 times"


def test_a_new_reminder_replaces_the_same_habits_previous_one(probe: Probe, dunst: Dunst) -> None:
    probe.send("posture", "Posture", "first")
    probe.send("stretch", "Stretch", "other habit")
    shown(dunst, 2)
    probe.send("posture", "Posture", "second")
    # Give a wrong implementation time to show a third notification before counting.
    time.sleep(0.5)
    shown(dunst, 2)
    dunst.close_all()
    assert sorted(n["body"] for n in dunst.history()[:2]) == ["other habit", "second"]


def test_withdraw_removes_the_notification_without_an_action(probe: Probe, dunst: Dunst) -> None:
    probe.send("posture", "Posture", "Sit tall.")
    shown(dunst, 1)
    probe.command("withdraw", habit="posture")
    shown(dunst, 0)
    probe.no_event("action", within=0.3)
    assert quit_cleanly(probe) < 200  # measured: 2 ms


def test_close_withdraws_what_is_shown_and_a_later_send_still_works(
    probe: Probe, dunst: Dunst
) -> None:
    probe.send("posture", "Posture", "before close")
    shown(dunst, 1)
    probe.command("close")
    probe.expect("closed")
    shown(dunst, 0)
    probe.send("posture", "Posture", "after close")
    shown(dunst, 1)
    dunst.press("Snooze")
    assert probe.expect("action")["kind"] == "snooze"
    quit_cleanly(probe)


def test_no_notification_server_emits_failed_quickly(
    no_notification_server: dict[str, str], tmp_path: Path
) -> None:
    probe = Probe(no_notification_server, tmp_path / "probe-stderr.log")
    try:
        probe.expect("ready", timeout=30)
        started = time.monotonic()
        assert probe.send("posture", "Posture", "Sit tall.")["ms"] < 500
        got = probe.expect("failed", timeout=4)
        assert time.monotonic() - started < 4
        assert (got["habit"], got["main_thread"]) == ("posture", True)
        assert got["why"] == "No notification server is running."
        assert quit_cleanly(probe) < 1000
    finally:
        probe.stop()


def test_quitting_does_not_wait_for_a_frozen_server(probe: Probe, dunst: Dunst) -> None:
    probe.send("posture", "Posture", "Sit tall.")
    shown(dunst, 1)
    with dunst.frozen():
        probe.command("quit")
        closed = probe.expect("closed")
        assert probe.proc.wait(timeout=5) == 0
    # close() waits CLOSE_WAIT_S (0.5 s) for the server, then lets the process go.
    assert 400 < closed["ms"] < 1000


def test_an_unresponsive_server_times_out_into_failed(probe: Probe, dunst: Dunst) -> None:
    with dunst.frozen():
        started = time.monotonic()
        assert probe.send("hydration", "Drink water", "A glass now.")["ms"] < 500
        got = probe.expect("failed", timeout=6)
        waited = time.monotonic() - started
    assert 2.5 < waited < 5
    assert got["why"] == "The notification server did not answer in time."


@pytest.fixture
def slow_server(no_notification_server: dict[str, str]) -> Iterator[SlowNotificationServer]:
    with SlowNotificationServer(no_notification_server["DBUS_SESSION_BUS_ADDRESS"]) as server:
        yield server


@pytest.fixture
def slow_probe(
    no_notification_server: dict[str, str], slow_server: SlowNotificationServer, tmp_path: Path
) -> Iterator[Probe]:
    """The probe on the bus where only the slow server shows notifications."""
    running = Probe(no_notification_server, tmp_path / "probe-stderr.log")
    try:
        running.expect("ready", timeout=30)
        yield running
    finally:
        running.stop()


def test_a_notification_shown_after_the_send_timed_out_still_answers(
    slow_probe: Probe, slow_server: SlowNotificationServer
) -> None:
    """Plasma answers Notify once its popup is built: later than the timeout under load. The
    app falls back to its window, but the popup the user sees must work too."""
    slow_probe.send("posture", "Posture", "Sit tall.")
    assert slow_probe.expect("failed", timeout=6)["why"] == (
        "The notification server did not answer in time."
    )
    server_id = slow_server.answer_notify()
    slow_server.press(server_id, "done")
    assert slow_probe.expect("action")["kind"] == "done"
    wait_until(lambda: "CloseNotification" in slow_server.members(), "the app to close it", 5)
    assert slow_server.calls[-1] == ("CloseNotification", [server_id])


def test_a_late_notification_withdrawn_meanwhile_is_closed_at_once(
    slow_probe: Probe, slow_server: SlowNotificationServer
) -> None:
    """Answered in the fallback window before the server answered: nothing stale stays up."""
    slow_probe.send("posture", "Posture", "Sit tall.")
    slow_probe.expect("failed", timeout=6)
    slow_probe.command("withdraw", habit="posture")
    slow_probe.expect("withdrawn")
    server_id = slow_server.answer_notify()
    wait_until(lambda: "CloseNotification" in slow_server.members(), "the app to close it", 5)
    assert slow_server.calls[-1] == ("CloseNotification", [server_id])
    slow_server.press(server_id, "done")
    slow_probe.no_event("action", within=0.5)
