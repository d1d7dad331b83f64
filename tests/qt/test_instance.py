"""Single instance lock and command IPC, exercised across real processes.

The server needs this process's Qt event loop, so every client that blocks runs in a child
Python process while the test waits with ``qtbot.waitUntil``.
"""

from __future__ import annotations

import json
import logging
import os
import signal
import socket
import stat
import subprocess
import sys
import time
import weakref
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSocketNotifier

from spasmguard.engine import instance
from spasmguard.engine.instance import (
    CommandError,
    CommandServer,
    NotRunning,
    SingleInstance,
    send_command,
)

SEND_COMMAND = """
import json, sys
from pathlib import Path
from spasmguard.engine.instance import CommandError, NotRunning, send_command
try:
    result = send_command(Path(sys.argv[1]), sys.argv[2], json.loads(sys.argv[3]))
    print(json.dumps({"result": result}))
except (CommandError, NotRunning) as exc:
    print(json.dumps({"raised": type(exc).__name__, "message": str(exc)}))
"""

RAW_CLIENT = """
import socket, sys
payload = sys.stdin.buffer.read()
with socket.socket(socket.AF_UNIX) as client:
    client.settimeout(10)
    client.connect(sys.argv[1])
    client.sendall(payload)
    reply = b""
    while b"\\n" not in reply and (chunk := client.recv(4096)):
        reply += chunk
sys.stdout.write(reply.decode())
"""

HOLD_LOCK = """
import sys, time
from pathlib import Path
from spasmguard.engine.instance import SingleInstance
lock = SingleInstance(Path(sys.argv[1]))  # kept referenced: dropping it releases the lock
print("acquired" if lock.acquire() else "refused", flush=True)
if len(sys.argv) > 2:
    time.sleep(60)
"""


def _python(code: str, *args: str) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-c", code, *args],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )


def _finish(qtbot: Any, proc: subprocess.Popen[bytes]) -> str:
    """Keep this process's event loop running until the child exits; return its stdout."""
    qtbot.waitUntil(lambda: proc.poll() is not None, timeout=15_000)
    with proc:  # closes the pipes
        out, err = proc.stdout.read(), proc.stderr.read()  # type: ignore[union-attr]
    assert proc.returncode == 0, err.decode()
    return out.decode()


def _client(qtbot: Any, run_dir: Path, cmd: str, args: object = None) -> dict[str, Any]:
    """Run send_command in a separate process against the server in this one."""
    proc = _python(SEND_COMMAND, str(run_dir), cmd, json.dumps(args or {}))
    proc.stdin.close()  # type: ignore[union-attr]
    answer: dict[str, Any] = json.loads(_finish(qtbot, proc))
    return answer


def _raw_request(qtbot: Any, path: Path, payload: bytes) -> dict[str, Any]:
    """Send arbitrary bytes from a separate process and decode the one reply line."""
    proc = _python(RAW_CLIENT, str(path))
    proc.stdin.write(payload)  # type: ignore[union-attr]
    proc.stdin.close()  # type: ignore[union-attr]
    reply: dict[str, Any] = json.loads(_finish(qtbot, proc))
    return reply


def _stale_socket(path: Path) -> None:
    """Leave a socket file behind with nobody listening, as a killed app would."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with socket.socket(socket.AF_UNIX) as orphan:
        orphan.bind(str(path))


@pytest.fixture
def run_dir(tmp_path: Path) -> Path:
    return tmp_path / "run"


@pytest.fixture
def server(qtbot: Any, run_dir: Path) -> Iterator[CommandServer]:
    srv = CommandServer(run_dir)
    srv.register("echo", lambda args: {"echoed": args, "pid": os.getpid()})
    srv.start()
    yield srv
    srv.close()


def _try_lock_elsewhere(run_dir: Path) -> str:
    run = [sys.executable, "-c", HOLD_LOCK, str(run_dir)]
    return subprocess.run(run, capture_output=True, check=True).stdout.decode().strip()


def _connections_closed(server: CommandServer | None) -> bool:
    return server is None or not server.findChildren(QSocketNotifier)


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


# --- single instance ---------------------------------------------------------------------------


def test_lock_is_held_by_one_process_at_a_time(run_dir: Path) -> None:
    mine = SingleInstance(run_dir)
    assert mine.acquire()
    assert _mode(run_dir) == 0o700
    assert _try_lock_elsewhere(run_dir) == "refused"

    mine.release()
    assert _try_lock_elsewhere(run_dir) == "acquired"


def test_lock_of_a_killed_process_is_taken_over(run_dir: Path) -> None:
    holder = _python(HOLD_LOCK, str(run_dir), "hold")
    assert holder.stdout.readline().strip() == b"acquired"  # type: ignore[union-attr]
    assert not SingleInstance(run_dir).acquire()  # alive: its lock counts

    os.kill(holder.pid, signal.SIGKILL)
    with holder:  # reaps it and closes the pipes
        holder.wait()
    assert (run_dir / instance.LOCK_NAME).exists()  # kill -9 left the lock file behind
    assert SingleInstance(run_dir).acquire()


# --- command server ------------------------------------------------------------------------------


def test_round_trip_from_another_process(qtbot: Any, server: CommandServer, run_dir: Path) -> None:
    args = {"habit": "posture", "minutes": 10, "note": "Rücken ✓"}
    answer = _client(qtbot, run_dir, "echo", args)
    assert answer == {"result": {"echoed": args, "pid": os.getpid()}}
    # gone as soon as the client hangs up, well before the 2 s deadline for silent clients
    qtbot.waitUntil(lambda: _connections_closed(server), timeout=1000)


def test_socket_and_its_directory_are_private(server: CommandServer, run_dir: Path) -> None:
    assert server.socket_path.parent == run_dir
    assert stat.S_ISSOCK(server.socket_path.stat().st_mode)
    assert _mode(server.socket_path) & 0o077 == 0
    assert _mode(run_dir) == 0o700


def test_handler_command_error_reaches_the_client_verbatim(
    qtbot: Any, server: CommandServer, run_dir: Path
) -> None:
    def refuse(args: dict[str, Any]) -> object:
        raise CommandError(f"No habit called {args['habit']}.")

    server.register("snooze", refuse)
    answer = _client(qtbot, run_dir, "snooze", {"habit": "yoga"})
    assert answer == {"raised": "CommandError", "message": "No habit called yoga."}


@pytest.mark.parametrize("result", [RuntimeError("boom"), {1, 2}], ids=["raises", "not-json"])
def test_broken_handler_gives_a_generic_error_and_server_survives(
    qtbot: Any,
    server: CommandServer,
    run_dir: Path,
    caplog: pytest.LogCaptureFixture,
    result: object,
) -> None:
    def broken(args: dict[str, Any]) -> object:
        if isinstance(result, Exception):
            raise result
        return result

    server.register("status", broken)
    with caplog.at_level(logging.ERROR, logger=instance.__name__):
        answer = _client(qtbot, run_dir, "status")
    assert answer["raised"] == "CommandError"
    assert "boom" not in answer["message"]  # internals stay in the log
    assert any(record.exc_info for record in caplog.records)
    assert _client(qtbot, run_dir, "echo", {"n": 1})["result"]["echoed"] == {"n": 1}


def test_unknown_command_is_refused_by_name(
    qtbot: Any, server: CommandServer, run_dir: Path
) -> None:
    answer = _client(qtbot, run_dir, "dance")
    assert answer["raised"] == "CommandError"
    assert "dance" in answer["message"]


@pytest.mark.parametrize(
    "payload",
    [
        b"{not json\n",
        b"\xff\xfe\n",
        b"[1, 2]\n",
        b'"status"\n',
        b'{"args": {}}\n',
        b'{"cmd": 5, "args": {}}\n',
        b'{"cmd": "echo", "args": [1]}\n',
        b"x" * (1024 * 1024),
        b'{"cmd": "echo", "args": {"pad": "' + b"y" * (1024 * 1024) + b'"}}\n',
    ],
    ids=["bad-json", "bad-utf8", "array", "string", "no-cmd", "cmd-not-text", "args-not-object",
         "1MiB-no-newline", "1MiB-line"],
)  # fmt: skip
def test_bad_request_is_refused_and_server_keeps_answering(
    qtbot: Any, server: CommandServer, run_dir: Path, payload: bytes
) -> None:
    reply = _raw_request(qtbot, server.socket_path, payload)
    assert reply["ok"] is False
    assert isinstance(reply["error"], str)
    assert reply["error"]
    assert _client(qtbot, run_dir, "echo", {"after": True})["result"]["echoed"] == {"after": True}


def test_args_may_be_left_out(qtbot: Any, server: CommandServer) -> None:
    reply = _raw_request(qtbot, server.socket_path, b'{"cmd": "echo"}\n')
    assert reply == {"ok": True, "result": {"echoed": {}, "pid": os.getpid()}}


def test_silent_client_is_dropped(
    qtbot: Any, server: CommandServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(instance, "CONNECTION_TIMEOUT_MS", 200)
    with socket.socket(socket.AF_UNIX) as silent:
        silent.connect(str(server.socket_path))
        silent.setblocking(False)
        received: list[bytes] = []

        def closed_by_server() -> bool:
            try:
                received.append(silent.recv(100))
            except BlockingIOError:
                return False
            return True

        qtbot.waitUntil(closed_by_server, timeout=3000)
    assert received == [b""]  # end of stream, no reply
    qtbot.waitUntil(lambda: _connections_closed(server))


def test_server_with_a_connection_in_flight_is_freed_when_dropped(
    qtbot: Any, run_dir: Path
) -> None:
    # A reference cycle through a connection would leave the server to the garbage collector,
    # which may then delete it (and the connection) inside a connection's slot: a crash.
    srv = CommandServer(run_dir)
    srv.start()
    with socket.socket(socket.AF_UNIX) as client:
        client.connect(str(srv.socket_path))
        gone = weakref.ref(srv)
        qtbot.waitUntil(lambda: not _connections_closed(gone()))
        del srv
        assert gone() is None


def test_registering_a_command_twice_is_a_wiring_error(server: CommandServer) -> None:
    with pytest.raises(ValueError, match="echo"):
        server.register("echo", lambda _args: None)


# --- client without a server ---------------------------------------------------------------------


def test_not_running_when_nothing_was_ever_started(run_dir: Path) -> None:
    with pytest.raises(NotRunning):
        send_command(run_dir, "status")


def test_stale_socket_means_not_running_until_a_server_replaces_it(
    qtbot: Any, run_dir: Path
) -> None:
    _stale_socket(run_dir / instance.SOCKET_NAME)
    with pytest.raises(NotRunning):
        send_command(run_dir, "status")

    srv = CommandServer(run_dir)
    srv.register("status", lambda _args: "fine")
    srv.start()
    try:
        assert _client(qtbot, run_dir, "status") == {"result": "fine"}
    finally:
        srv.close()


def test_client_gives_up_on_a_server_that_never_answers(run_dir: Path) -> None:
    run_dir.mkdir()
    with socket.socket(socket.AF_UNIX) as hung:
        hung.bind(str(run_dir / instance.SOCKET_NAME))
        hung.listen()  # accepts connections into the backlog, never reads or replies
        started = time.monotonic()
        with pytest.raises(CommandError, match="in time"):
            send_command(run_dir, "status", timeout_ms=300)
    assert time.monotonic() - started < 2


HANG_UP = """
import socket, sys
with socket.socket(socket.AF_UNIX) as rude:
    rude.bind(sys.argv[1])
    rude.listen()
    print("listening", flush=True)
    conn, _ = rude.accept()
    conn.recv(100)
    conn.close()
"""


def test_client_reports_a_server_that_hangs_up_without_answering(run_dir: Path) -> None:
    # The rude server is a process, not a thread: send_command's blocking waits hold the GIL.
    run_dir.mkdir()
    with _python(HANG_UP, str(run_dir / instance.SOCKET_NAME)) as rude:
        assert rude.stdout.readline().strip() == b"listening"  # type: ignore[union-attr]
        with pytest.raises(CommandError, match="without answering"):
            send_command(run_dir, "status", timeout_ms=5000)


# --- activation tokens ---------------------------------------------------------------------------


def test_activation_tokens_are_those_a_launcher_set() -> None:
    environ = {"XDG_ACTIVATION_TOKEN": "wl-1", "DESKTOP_STARTUP_ID": "", "HOME": "/h"}
    assert instance.activation_tokens(environ) == {"XDG_ACTIVATION_TOKEN": "wl-1"}
    assert instance.activation_tokens({}) == {}


@pytest.mark.parametrize(
    ("sent", "kept"),
    [
        ({"XDG_ACTIVATION_TOKEN": "wl-1", "DESKTOP_STARTUP_ID": "x11-2"}, ...),
        (
            {"XDG_ACTIVATION_TOKEN": "wl-1", "LD_PRELOAD": "/evil.so"},
            {"XDG_ACTIVATION_TOKEN": "wl-1"},
        ),
        ({"XDG_ACTIVATION_TOKEN": 7, "DESKTOP_STARTUP_ID": ""}, {}),
        ({"XDG_ACTIVATION_TOKEN": "x" * 100_000}, {}),
        ("wl-1", {}),
        (None, {}),
    ],
)
def test_only_known_tokens_of_sane_size_are_received(sent: object, kept: object) -> None:
    args = {"window": "settings", "activation": sent}
    assert instance.received_activation(args) == (sent if kept is ... else kept)


def test_open_from_the_command_line_forwards_the_launchers_token(
    qtbot: Any, tmp_path: Path
) -> None:
    data_dir = tmp_path / "data"
    received: list[dict[str, Any]] = []
    srv = CommandServer(data_dir / "run")  # where SPASMGUARD_DATA_DIR puts the socket
    srv.register("open", lambda args: received.append(args) or "")
    srv.start()
    env = {**os.environ, "SPASMGUARD_DATA_DIR": str(data_dir), "XDG_ACTIVATION_TOKEN": "wl-42"}
    env.pop("DESKTOP_STARTUP_ID", None)
    cli = [sys.executable, "-m", "spasmguard", "open", "settings"]
    proc = subprocess.Popen(cli, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        _finish(qtbot, proc)
    finally:
        srv.close()
    assert received == [{"window": "settings", "activation": {"XDG_ACTIVATION_TOKEN": "wl-42"}}]
