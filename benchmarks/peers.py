"""The apps a user would install instead of spasmguard, measured beside it: Safe Eyes, Workrave,
RSIBreak, as Debian packages them (``scripts/dev bench`` installs them; nothing else needs them).

Each peer runs in its own throw-away home (HOME and the XDG dirs in a temp folder) and is
measured as a returning user, as spasmguard is: before the first timed start it is started once
and let finish its first run (RSIBreak's welcome dialog is closed as a user closes it), so its
settings exist and no first-run window is measured.

Safe Eyes will not start without a system bus, so run.py gives every app, spasmguard and the
bare tray too, a private stand-in system bus with a stand-in owning logind's name.
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from apps import BenchError, TrayProcess, wait_for, xdotool
from traywatch import TrayWatch

#: How long a first start is left running so the app writes its settings.
FIRST_RUN_S = 5.0


@dataclass(frozen=True)
class PeerSpec:
    """How to run one peer: its Debian package, command, and a first-run window to close."""

    label: str
    package: str
    command: list[str]
    # The start of the title of a dialog shown on the first start only, closed by Return
    # (xdotool matches titles as ASCII regular expressions: RSIBreak's has an em dash).
    welcome_title: str | None = None


PEERS = (
    PeerSpec("Safe Eyes", "safeeyes", ["safeeyes"]),
    PeerSpec("Workrave", "workrave", ["workrave"]),
    PeerSpec("RSIBreak", "rsibreak", ["rsibreak"], welcome_title="Welcome"),
)


def version(package: str) -> str:
    """The installed Debian version without epoch and Debian revision ("0.12.15")."""
    done = subprocess.run(
        ["dpkg-query", "-W", "-f=${Version}", package],
        capture_output=True,
        text=True,
        timeout=10,
        check=False,
    )
    if done.returncode != 0:
        raise BenchError(f"{package} is not installed: run scripts/dev bench")
    return done.stdout.split(":")[-1].split("-")[0]


class Peer(TrayProcess):
    """One peer app in a home of its own."""

    def __init__(self, spec: PeerSpec, desktop_env: dict[str, str], tray: TrayWatch) -> None:
        self.spec = spec
        self.home = Path(tempfile.mkdtemp(prefix=f"sgpeer-{spec.package}-"))
        env = desktop_env | {
            "HOME": str(self.home),
            "XDG_CONFIG_HOME": str(self.home / ".config"),
            "XDG_DATA_HOME": str(self.home / ".local" / "share"),
            "XDG_CACHE_HOME": str(self.home / ".cache"),
            "XDG_STATE_HOME": str(self.home / ".local" / "state"),
            # GTK peers keep settings in GSettings; without dconf on the private bus they would
            # forget them at exit, and every start would be a first start.
            "GSETTINGS_BACKEND": "keyfile",
        }
        super().__init__(f"{spec.label} {version(spec.package)}", spec.command, env, tray)

    def first_run(self) -> None:
        """Start once as a new user, close the welcome dialog if any, and quit."""
        self.start()
        if self.spec.welcome_title is not None:
            self._close_welcome(self.spec.welcome_title)
        time.sleep(FIRST_RUN_S)
        self.stop()

    def _close_welcome(self, title: str) -> None:
        found: list[str] = []

        def shown() -> bool:
            found[:] = self._dialogs(title)
            return bool(found)

        wait_for(shown, f"{self.name}'s first-run dialog")
        xdotool(self.env, "windowfocus", "--sync", found[0])
        xdotool(self.env, "key", "--clearmodifiers", "Return")
        wait_for(lambda: not self._dialogs(title), f"{self.name}'s dialog to close")

    def _dialogs(self, title: str) -> list[str]:
        return xdotool(self.env, "search", "--onlyvisible", "--name", f"^{title}").split()

    def remove(self) -> None:
        shutil.rmtree(self.home, ignore_errors=True)
