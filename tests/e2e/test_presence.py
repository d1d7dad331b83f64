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
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from tests.e2e.desktop import require_programs, run, wait_until

pytestmark = pytest.mark.e2e

PROBE = Path(__file__).with_name("presence_probe.py")
# Longer than the presence probe's away threshold in its "told" scenario (2 s).
ALREADY_AWAY_S = 2.5
# An alarm tells of the return at once; a reading on a timer would come a minute later.
RETURN_NOTICED_S = 2.0


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


def told_return(
    probe_command: list[str], scenario: str, env: dict[str, str], come_back: Callable[[], None]
) -> float:
    """The presence probe's "told" ``scenario`` (or "lowered", "raised", "saved"): once it says
    the user is away, with a reminder held and no reading on a timer, ``come_back`` gives real
    input; the seconds until the probe noticed the return."""
    args = [*probe_command, scenario]
    with subprocess.Popen(
        args, env=env, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    ) as probe:
        assert probe.stdin is not None
        assert probe.stdout is not None
        picked = json.loads(probe.stdout.readline())
        assert picked["event_driven"], picked
        away = json.loads(probe.stdout.readline())
        assert away == {"away": True, "held": ["hydration"], "next_check_ms": None}
        came_back = time.monotonic()
        come_back()
        if scenario == "saved":
            probe.stdin.write("came back\n")  # it moves the threshold now
            probe.stdin.flush()
        told = probe.stdout.readline()  # the probe gives up after 30 s: exits with 1
        assert probe.wait(timeout=10) == 0, "the probe did not notice the return"
    back = json.loads(told)
    assert back["still_held"] == []
    return float(back["back_at"]) - came_back


def test_a_user_already_away_when_the_alarms_are_placed_is_noticed_coming_back(
    desktop: dict[str, str],
) -> None:
    """Idle past the threshold before the XSync alarms are placed (the app starts, or the
    threshold moves, while the user is away): the going-away alarm never fires then, the
    gate's first reading says away, and the coming-back alarm tells of the return."""
    require_programs({"xdotool": "xdotool"})
    wait_until(lambda: probe(desktop, "idle")["idle"] > ALREADY_AWAY_S, "the user to be away", 10)
    assert x11_return(desktop, "told") < RETURN_NOTICED_S


@pytest.mark.parametrize("move", ["lowered", "raised", "saved"])
def test_a_return_is_noticed_after_the_threshold_moved_while_away(
    desktop: dict[str, str], move: str
) -> None:
    """The threshold moves while the user is away: lowered (3 s to 2 s), the new alarms are
    placed with the idle time past both; raised (2 s to a minute), the coming-back alarm
    placed at the new threshold would miss this return, so it waits at the old one; saved as
    the user comes back (the click on Save the first input), the alarm that input fired is
    handled before the alarms are replaced."""
    require_programs({"xdotool": "xdotool"})
    run(["xdotool", "mousemove_relative", "--", "5", "5"], desktop)
    assert x11_return(desktop, move) < RETURN_NOTICED_S


def x11_return(env: dict[str, str], scenario: str) -> float:
    move = ["xdotool", "mousemove_relative", "--", "3", "3"]
    return told_return([sys.executable, str(PROBE)], scenario, env, lambda: run(move, env))


def test_reminders_due_while_away_wait_for_input_then_come_once(desktop: dict[str, str]) -> None:
    require_programs({"xdotool": "xdotool"})
    result = probe(desktop, "gate")
    assert result["picked"] == "the X server (MIT-SCREEN-SAVER and XSync IDLETIME alarms)"
    assert result["event_driven"]
    assert result["held"] == ["hydration", "stretch"]
    # The XSync alarm told of the return at once: no reading on a timer was asked for.
    assert result["return_noticed_s"] < RETURN_NOTICED_S
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
