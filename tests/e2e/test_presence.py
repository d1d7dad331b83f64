"""Idle time, fullscreen windows and a silenced notification server, on the real test desktop.

Idle time comes from Xvfb's screen saver extension, the moments of going away and coming back
from its XSync IDLETIME alarms, and input is synthesised with xdotool.
Fullscreen needs a window manager that sets ``_NET_WM_STATE_FULLSCREEN``: openbox runs for this
module only (the other e2e tests expect none) and is stopped afterwards.
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from tests.e2e.desktop import require_programs, run, wait_until

pytestmark = pytest.mark.e2e

PROBE = Path(__file__).with_name("presence_probe.py")


def probe(env: dict[str, str], mode: str) -> dict[str, Any]:
    out = run([sys.executable, str(PROBE), mode], env, timeout=30)
    result: dict[str, Any] = json.loads(out.strip().splitlines()[-1])
    return result


def test_x11_idle_time_grows_without_input_and_resets_with_it(desktop: dict[str, str]) -> None:
    require_programs({"xdotool": "xdotool"})
    run(["xdotool", "mousemove_relative", "--", "5", "5"], desktop)
    time.sleep(2)
    idle = probe(desktop, "idle")["idle"]
    assert idle is not None
    assert idle >= 1.5
    run(["xdotool", "mousemove_relative", "--", "-5", "-5"], desktop)
    assert probe(desktop, "idle")["idle"] < 1.5


def test_reminders_due_while_away_wait_for_input_then_come_once(desktop: dict[str, str]) -> None:
    require_programs({"xdotool": "xdotool"})
    result = probe(desktop, "gate")
    assert result["picked"] == "the X server (MIT-SCREEN-SAVER and XSync IDLETIME alarms)"
    assert result["event_driven"]
    assert result["held"] == ["hydration", "stretch"]
    # The XSync alarm told of the return at once: no reading on a timer was asked for.
    assert result["return_noticed_s"] < 2.0
    assert result["next_check_ms"] is None
    # Back at the keyboard: the break covered stretch; hydration comes now, once.
    assert result["breaks"] == [["posture", "stretch"]]
    assert result["delivered"] == ["hydration"]
    assert result["still_held"] == []


def test_a_paused_dunst_counts_as_do_not_disturb(desktop: dict[str, str], dunst: Any) -> None:
    assert probe(desktop, "inhibited") == {"active": False}
    run(["dunstctl", "set-paused", "true"], desktop)
    try:
        assert probe(desktop, "inhibited") == {"active": True}
    finally:
        run(["dunstctl", "set-paused", "false"], desktop)
    assert probe(desktop, "inhibited") == {"active": False}


class ProbeWindow:
    def __init__(self, env: dict[str, str]) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, str(PROBE), "window"],
            env=env,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        self.expect("shown")

    def expect(self, done: str) -> None:
        assert self.proc.stdout is not None
        assert json.loads(self.proc.stdout.readline()) == {"done": done}

    def send(self, line: str) -> None:
        assert self.proc.stdin is not None
        self.proc.stdin.write(line + "\n")
        self.proc.stdin.flush()
        self.expect(line)

    def close(self) -> None:
        assert self.proc.stdin is not None
        assert self.proc.stdout is not None
        self.proc.stdin.close()
        self.proc.wait(timeout=10)
        self.proc.stdout.close()


def test_the_active_fullscreen_window_is_detected(window_manager: dict[str, str]) -> None:
    env = window_manager
    assert probe(env, "fullscreen") == {"active": False}
    window = ProbeWindow(env)
    try:
        wait_until(lambda: probe(env, "fullscreen")["active"], "the fullscreen window")
        window.send("normal")
        wait_until(lambda: not probe(env, "fullscreen")["active"], "the window to leave it")
        window.send("full")
        wait_until(lambda: probe(env, "fullscreen")["active"], "fullscreen again")
    finally:
        window.close()
    wait_until(lambda: not probe(env, "fullscreen")["active"], "no fullscreen window left")
