"""Ask sway to leave a reminder window unfocused, and to put it where notifications appear.

Wayland gives a client no say over focus or position: "show without activating" and a moved
window are hints sway ignores, so it focused the reminder window in the middle of the screen
and a space typed for another window pressed a button. sway does take rules over its IPC
socket ($SWAYSOCK, the i3 protocol): ``no_focus`` keeps matching windows from being focused
when they appear, and ``for_window ... move position`` places them. Rules cannot be removed,
so each distinct (title, position) is sent once per run, matching only this process's windows.

Elsewhere nothing is sent. One short local request per new rule, answered before the window
is shown (a rule that came later would miss it); engine.sway_ipc frames the messages.
"""

from __future__ import annotations

import json
import logging
import os
import re
import socket

from spasmguard.engine.sway_ipc import reply_payload, request

_LOG = logging.getLogger(__name__)

_RUN_COMMAND = 0
_TIMEOUT_S = 1.0
_ANY_BUT_WORDS = re.compile(r"[^\w ]")


class SwayError(OSError):
    """sway's IPC socket did not answer, or refused a command."""


def run_command(socket_path: str, command: str) -> None:
    """Run one sway command; SwayError if the socket fails or sway reports a failure."""
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as conn:
        conn.settimeout(_TIMEOUT_S)
        conn.connect(socket_path)
        conn.sendall(request(_RUN_COMMAND, command.encode()))
        replies = json.loads(_reply(conn))
    failed = [r.get("error", "failed") for r in replies if not r.get("success")]
    if failed:
        raise SwayError(f"sway refused {command!r}: {'; '.join(failed)}")


def _reply(conn: socket.socket) -> bytes:
    """The payload of sway's reply, read until it is complete."""
    buffer = b""
    while (payload := reply_payload(buffer)) is None:
        chunk = conn.recv(4096)
        if not chunk:
            raise SwayError("sway closed its IPC socket mid-reply")
        buffer += chunk
    return payload


def title_pattern(title: str) -> str:
    """A sway criteria regex for exactly this title, safe inside its double quotes.

    Anything but letters, digits and spaces matches as "any character": no escaping to get
    wrong between sway's quoting and its regular expressions.
    """
    return f"^{_ANY_BUT_WORDS.sub('.', title)}$"


class SwayRules:
    """The rules this process has given sway, so that each is sent only once."""

    def __init__(self, socket_path: str | None) -> None:
        """`socket_path` is sway's IPC socket ($SWAYSOCK); None where there is no sway."""
        self._socket = socket_path or None
        self._sent: set[str] = set()

    def unfocused_at(self, title: str, x: int, y: int) -> bool:
        """New windows of this process titled `title`: never focused on appearing, placed at
        (x, y) of their output. False where this is not sway or sway refused."""
        if self._socket is None:
            return False
        criteria = f'[pid={os.getpid()} title="{title_pattern(title)}"]'
        commands = (f"no_focus {criteria}", f"for_window {criteria} move position {x} {y}")
        try:
            for command in commands:
                if command not in self._sent:
                    run_command(self._socket, command)
                    self._sent.add(command)
        except (OSError, ValueError) as error:
            _LOG.warning("sway did not take the reminder window's rules: %s", error)
            return False
        return True
