"""The rules the reminder window gives sway, against a stand-in for sway's IPC socket.

The stand-in speaks the i3 IPC framing sway uses and answers each RUN_COMMAND as told; the
sway e2e suite (tests/e2e/test_wayland_desktops.py) shows the rules working on the real sway.
"""

from __future__ import annotations

import json
import os
import socket
import struct
import tempfile
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from spasmguard.engine.sway_rules import SwayError, SwayRules, run_command

HEADER = struct.Struct("=6sII")


class FakeSway:
    """A unix socket that records each command and replies success (or `error`, if set)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.commands: list[str] = []
        self.error: str | None = None
        self._server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        self._server.bind(str(path))
        self._server.listen()
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()

    def _serve(self) -> None:
        while True:
            try:
                conn, _ = self._server.accept()
            except OSError:
                return
            with conn:
                magic, length, kind = HEADER.unpack(conn.recv(HEADER.size, socket.MSG_WAITALL))
                command = conn.recv(length, socket.MSG_WAITALL).decode()
                self.commands.append(command)
                reply = [
                    {"success": False, "error": self.error} if self.error else {"success": True}
                ]
                payload = json.dumps(reply).encode()
                conn.sendall(HEADER.pack(magic, len(payload), kind) + payload)

    def close(self) -> None:
        self._server.close()


@pytest.fixture
def sway() -> Iterator[FakeSway]:
    # A short folder of our own: a unix socket path must fit in about 100 bytes.
    with tempfile.TemporaryDirectory(prefix="sgsway") as folder:
        fake = FakeSway(Path(folder) / "ipc.sock")
        yield fake
        fake.close()


def test_a_window_title_gets_no_focus_and_a_place_once(sway: FakeSway) -> None:
    rules = SwayRules(str(sway.path))
    assert rules.unfocused_at("Reminder: Posture check", 900, 16)
    assert rules.unfocused_at("Reminder: Posture check", 900, 16)
    criteria = f'[pid={os.getpid()} title="^Reminder. Posture check$"]'
    assert sway.commands == [
        f"no_focus {criteria}",
        f"for_window {criteria} move position 900 16",
    ]


def test_a_new_place_for_the_same_title_adds_only_the_new_rule(sway: FakeSway) -> None:
    rules = SwayRules(str(sway.path))
    rules.unfocused_at("Reminder: Drink", 900, 16)
    rules.unfocused_at("Reminder: Drink", 1500, 16)
    assert [c.split()[0] for c in sway.commands] == ["no_focus", "for_window", "for_window"]
    assert sway.commands[-1].endswith("move position 1500 16")


def test_quotes_and_regex_characters_in_a_title_match_as_any_character(sway: FakeSway) -> None:
    SwayRules(str(sway.path)).unfocused_at('Reminder: "Sit" (1+1)?', 1, 2)
    assert 'title="^Reminder. .Sit. .1.1..$"' in sway.commands[0]


def test_a_refused_rule_is_reported_as_false_and_sent_again_next_time(
    sway: FakeSway, caplog: pytest.LogCaptureFixture
) -> None:
    sway.error = "Unknown/invalid command"
    rules = SwayRules(str(sway.path))
    assert not rules.unfocused_at("Reminder: Move", 1, 2)
    assert "sway did not take" in caplog.text
    sway.error = None
    assert rules.unfocused_at("Reminder: Move", 1, 2)
    assert len(sway.commands) == 3  # the refused no_focus, then both rules


def test_without_sway_nothing_is_sent() -> None:
    assert not SwayRules(None).unfocused_at("Reminder: Move", 1, 2)
    assert not SwayRules("").unfocused_at("Reminder: Move", 1, 2)


def test_a_socket_nobody_listens_on_is_reported_as_false(tmp_path: Path) -> None:
    assert not SwayRules(str(tmp_path / "missing.sock")).unfocused_at("Reminder: Move", 1, 2)


def test_sway_reports_a_failed_command_as_an_error_naming_it(sway: FakeSway) -> None:
    sway.error = "No matching node"
    with pytest.raises(SwayError, match="No matching node"):
        run_command(str(sway.path), "[title=x] focus")
