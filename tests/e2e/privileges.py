"""Make file permissions mean something in tests that run as root (as CI does).

Root ignores file modes, so a test that chmods a folder to 0500, or relies on a socket being
owner-only, proves nothing while everything runs as root. Two tools:

* ``capless``: run a program as root but WITHOUT the capabilities that let root ignore file
  modes (``setpriv --bounding-set``); it then meets the modes like any user. Python, installed
  under root's 0700 home in CI, stays usable, which a switch to another user would not allow.
* ``throwaway_user`` + ``exchange_as``: a second account (created once with ``useradd``) and a
  forked child that drops to it and talks to a unix socket, the way another local user would.
"""

from __future__ import annotations

import contextlib
import errno
import os
import pwd
import shutil
import socket
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.e2e import apprunner
from tests.e2e.desktop import HarnessError

STRANGER = "sg-test-stranger"
# The capabilities that let root read, write and chmod files regardless of their mode.
FILE_POWERS = "-dac_override,-dac_read_search,-fowner,-linux_immutable"
EXCHANGE_TIMEOUT_S = 5.0


def _require_root(why: str) -> None:
    if os.geteuid() != 0:
        pytest.fail(f"{why} needs root (CI runs as root; run this test with sudo)")
    if shutil.which("setpriv") is None or shutil.which("useradd") is None:
        raise HarnessError("setpriv and useradd are missing: apt-get install util-linux passwd")


def capless(args: list[str]) -> list[str]:
    """``args`` run as root without root's power over file modes."""
    _require_root("dropping root's file capabilities")
    return ["setpriv", f"--bounding-set={FILE_POWERS}", "--", *args]


@contextlib.contextmanager
def app_launched_by(monkeypatch: pytest.MonkeyPatch, folder: Path, how: str) -> Iterator[None]:
    """While active, apprunner.App runs the app and its command line through a shell line.

    ``how`` comes before the program, e.g. ``"umask 000; exec"`` or ``"exec setpriv ... --"``.
    """
    wrapper = folder / "spasmguard-launcher"
    wrapper.write_text(f'#!/bin/sh\n{how} {apprunner.executable()} "$@"\n')
    wrapper.chmod(0o755)
    with monkeypatch.context() as patch:
        patch.setattr(apprunner, "executable", lambda: str(wrapper))
        yield


def capless_app(
    monkeypatch: pytest.MonkeyPatch, folder: Path
) -> contextlib.AbstractContextManager[None]:
    """While active, apprunner.App starts the app and its command line through ``capless``."""
    return app_launched_by(monkeypatch, folder, " ".join(["exec", *capless([])]))


@dataclass(frozen=True)
class User:
    name: str
    uid: int
    gid: int


def throwaway_user(name: str = STRANGER) -> User:
    """A system account with no home and no shell, created on first use."""
    _require_root("creating a second user account")
    try:
        entry = pwd.getpwnam(name)
    except KeyError:
        args = ["useradd", "--system", "--no-create-home", "--shell", "/usr/sbin/nologin", name]
        subprocess.run(args, check=True, capture_output=True, timeout=30)
        entry = pwd.getpwnam(name)
    return User(name, entry.pw_uid, entry.pw_gid)


def exchange_as(user: User, path: Path, request: bytes) -> str:
    """As ``user``: connect to the unix socket, send ``request``, read the reply line.

    Returns the reply, or the errno name (``EACCES``, ...) of the step that failed. A forked
    child does this, because another user cannot run the Python installed under root's home.
    """
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: never returns into pytest
        try:
            os.close(read_end)
            os.setgroups([])
            os.setresgid(user.gid, user.gid, user.gid)
            os.setresuid(user.uid, user.uid, user.uid)
            outcome = exchange(path, request)
            os.write(write_end, outcome.encode())
        finally:
            os._exit(0)
    os.close(write_end)
    with os.fdopen(read_end, "rb") as stream:
        outcome = stream.read().decode()
    os.waitpid(pid, 0)
    return outcome


def exchange(path: Path, request: bytes) -> str:
    """Connect to a unix socket, send ``request``, return the reply line or the errno name."""
    try:
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as client:
            client.settimeout(EXCHANGE_TIMEOUT_S)
            client.connect(str(path))
            client.sendall(request)
            return client.makefile("rb").readline().decode()
    except OSError as error:
        return errno.errorcode.get(error.errno or 0, str(error))
