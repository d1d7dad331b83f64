"""Security of the running app: private files, an owner-only command socket, hostile requests.

The app runs for real on the test desktop. File modes are checked with a permissive umask (so
a mode the app does not set itself shows), the socket is tried by a second user account, and
hostile requests are sent over the socket itself, not through the well-behaved command line.
"""

from __future__ import annotations

import json
import socket
import stat
import subprocess
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.e2e import apprunner
from tests.e2e.apprunner import App
from tests.e2e.privileges import app_launched_by, capless, exchange, exchange_as, throwaway_user

pytestmark = pytest.mark.e2e


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def socket_path(app: App) -> Path:
    return app.data_dir / "run" / "spasmguard.sock"


@pytest.fixture
def app(desktop: dict[str, str]) -> Iterator[App]:
    running = App(desktop)
    try:
        yield running.start()
    finally:
        running.stop()
        running.remove()


def test_what_the_app_creates_is_private_even_with_a_permissive_umask(
    desktop: dict[str, str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    with app_launched_by(monkeypatch, tmp_path, "umask 000; exec"):
        app = App(desktop)
        try:
            app.start()
            app.ok("drink", "250")  # a history write, so the WAL files exist
            folders = [app.data_dir, app.data_dir / "run", app.data_dir / "logs"]
            assert {str(f): mode(f) for f in folders} == {str(f): 0o700 for f in folders}
            database = [
                app.data_dir / f"history.sqlite3{suffix}" for suffix in ("", "-wal", "-shm")
            ]
            assert {f.name: mode(f) for f in database} == {f.name: 0o600 for f in database}
            assert stat.S_ISSOCK(socket_path(app).stat().st_mode)
            assert mode(socket_path(app)) & 0o077 == 0
        finally:
            app.stop()
            app.remove()


def test_the_command_socket_answers_its_owner_and_no_other_user(app: App) -> None:
    stranger = throwaway_user()
    trigger = json.dumps({"cmd": "trigger", "args": {"habit": "posture"}}).encode() + b"\n"
    # As created, the folders on the way already keep the stranger out ...
    assert exchange_as(stranger, socket_path(app), trigger) == "EACCES"
    # ... and with every folder on the way opened up, the socket's own mode still does.
    for folder in (app.root, app.data_dir, app.data_dir / "run"):
        folder.chmod(0o711)
    assert exchange_as(stranger, socket_path(app), trigger) == "EACCES"
    assert app.events("posture") == []
    # The owner gets through on the socket's owner rights alone, without root's powers.
    owner = subprocess.run(
        capless([apprunner.executable(), "trigger", "posture"]),
        env=app.env,
        capture_output=True,
        text=True,
        timeout=10,
        check=False,
    )
    assert (owner.returncode, owner.stderr) == (0, "")
    app.wait_for_event("posture", "fired")


HOSTILE = [
    (b"x" * (1024 * 1024), "The request is too large."),
    (b"\xff\xfe\x00garbage\n", "The request is not valid JSON."),
    (b"[" * 60_000 + b"\n", "The request is not valid JSON."),
    (b"[1, 2]\n", "The request must be a JSON object."),
    (b'{"cmd": 5}\n', 'The request needs a text "cmd" and an object "args".'),
    (b'{"cmd": "trigger", "args": []}\n', 'The request needs a text "cmd" and an object "args".'),
    (b'{"cmd": "__import__", "args": {}}\n', "Unknown command: __import__."),
    (b'{"cmd": "trigger", "args": {"habit": "../posture"}}\n', "Unknown habit '../posture'."),
    (
        b'{"cmd": "snooze", "args": {"habit": "posture", "minutes": 1e999}}\n',
        "Snooze length must be a whole number of minutes, 1 to 1440.",
    ),
    (
        b'{"cmd": "drink", "args": {"ml": true}}\n',
        "The amount must be a whole number of millilitres, 1 to 5000.",
    ),
]


@pytest.mark.parametrize(("request_bytes", "error"), HOSTILE, ids=range(len(HOSTILE)))
def test_a_hostile_request_is_refused_and_the_app_keeps_running(
    app: App, request_bytes: bytes, error: str
) -> None:
    reply = json.loads(exchange(socket_path(app), request_bytes))
    assert reply == {"ok": False, "error": error}
    assert app.proc is not None
    assert app.proc.poll() is None
    assert app.status()["running"] is True
    assert app.events("posture") == []
    assert "Traceback" not in app.stderr()


def test_a_silent_client_neither_blocks_others_nor_stays_forever(app: App) -> None:
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as silent:
        silent.connect(str(socket_path(app)))
        silent.sendall(b'{"cmd": "status"')  # never finished
        answers = []
        threads = [
            threading.Thread(target=lambda: answers.append(app.status()["running"]))
            for _ in range(10)
        ]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=15)
        assert answers == [True] * 10
        silent.settimeout(5)
        assert silent.recv(100) == b""  # the app hung up on it (after its 2 s limit)
