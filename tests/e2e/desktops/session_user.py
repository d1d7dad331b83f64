"""The account a desktop session runs as, when the compositor will not run as root.

sway refuses root ("Unable to drop root ... refusing to start", no flag gets past it), and CI
runs the tests as root. So the whole session (compositor, tray host, notification server and
the app) runs as a throwaway system account, while the tests stay root and talk to it through
the session's sockets (root passes every file mode; the private bus lets root in by name).

That account must be able to run the app. CI's Python lives under root's home (mode 0700), so
the venv the tests run in is unusable for it ("env: 'spasmguard': Permission denied"). The
session therefore builds a venv of its own with the system's /usr/bin/python3 in a world-
readable folder and installs the project into it, not editable (the checkout may sit under
root's home too). Measured here: about 9.5 s, every wheel coming from pip's local sources.
"""

from __future__ import annotations

import os
import pwd
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from tests.e2e.desktop import HarnessError, require_programs
from tests.e2e.privileges import throwaway_user

SESSION_ACCOUNT = "sg-test-desktop"
SYSTEM_PYTHON = "/usr/bin/python3"
PROJECT = Path(__file__).resolve().parents[3]
INSTALL_TIMEOUT = 600.0


@dataclass(frozen=True)
class SessionUser:
    """A throwaway account and a venv with spasmguard that it can run."""

    name: str
    uid: int
    gid: int
    venv: Path

    def command(self, args: list[str]) -> list[str]:
        """`args` run as this account, SIGTERMed if the test process dies."""
        if self.uid == os.geteuid():
            return args
        return [
            "setpriv",
            f"--reuid={self.uid}",
            f"--regid={self.gid}",
            "--init-groups",
            "--pdeathsig=TERM",  # a uid change clears the one set before exec
            "--",
            *args,
        ]

    def spasmguard(self, *args: str) -> list[str]:
        """The installed spasmguard command line, run as this account."""
        return self.command([str(self.venv / "bin" / "spasmguard"), *args])

    def python(self, *args: str) -> list[str]:
        """The venv's Python, run as this account."""
        return self.command([str(self.venv / "bin" / "python"), *args])

    def give(self, path: Path) -> None:
        """Hand a folder and everything in it to this account."""
        for folder, dirs, files in os.walk(path):
            for name in [folder, *(os.path.join(folder, n) for n in dirs + files)]:
                os.chown(name, self.uid, self.gid)

    def mkdir(self, path: Path, mode: int = 0o700) -> Path:
        """A new folder owned by this account (the runtime dir must be its own, 0700)."""
        path.mkdir(mode=mode)
        os.chown(path, self.uid, self.gid)
        return path


def session_user(root: Path) -> SessionUser:
    """As root: the throwaway account (created on first use) with a fresh venv in `root`
    (which must be 0755). As anyone else: that user, with the Python running the tests."""
    if os.geteuid() != 0:
        me = pwd.getpwuid(os.geteuid())
        return SessionUser(me.pw_name, me.pw_uid, me.pw_gid, Path(sys.prefix))
    require_programs({"setpriv": "util-linux", "useradd": "passwd"})
    account = throwaway_user(SESSION_ACCOUNT)
    return SessionUser(account.name, account.uid, account.gid, readable_venv(root / "venv"))


def readable_venv(venv: Path) -> Path:
    """A venv built with the system Python, holding the project as it is now."""
    if not Path(SYSTEM_PYTHON).exists():
        raise HarnessError(f"{SYSTEM_PYTHON} is missing: apt-get install python3 python3-venv")
    _install([SYSTEM_PYTHON, "-m", "venv", str(venv)], "apt-get install python3-venv")
    pip = str(venv / "bin" / "pip")
    _install([pip, "install", "-q", "--disable-pip-version-check", str(PROJECT)], "see pip's words")
    return venv


def _install(args: list[str], hint: str) -> None:
    done = subprocess.run(
        args, capture_output=True, text=True, timeout=INSTALL_TIMEOUT, check=False
    )
    if done.returncode != 0:
        raise HarnessError(f"{' '.join(args)} failed ({hint}): {done.stderr.strip()[-2000:]}")
