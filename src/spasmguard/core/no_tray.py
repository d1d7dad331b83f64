"""What spasmguard does on a desktop without a system tray (stock GNOME, Fedora, ...).

A tray host may come up after the app at login, so the app waits a while before it decides
there is none. Then it must not push a window at the user at every login: the main window
opens once, with an explanation, and after that only when the user asks for it (launching
spasmguard again, e.g. from the application grid). Closing it keeps the reminders running.
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import Enum

TRAY_WAIT_MS = 60_000
"""How long to wait for a tray host after start-up before deciding there is none."""
TRAY_RETRY_MS = 5_000
"""How often to look for one meanwhile (the retries stop with the decision)."""
TRAY_WAIT_ENV = "SPASMGUARD_TRAY_WAIT_SECONDS"
"""Test hook (not a setting): the e2e tests on a desktop without a tray do not wait a minute."""
NOTICE_FLAG = "no_tray_notice_seen"
"""History flag (runtime data, not settings) set once the no-tray explanation was closed."""
MAIN_WINDOW = "main"
"""The window name of the main window that stands in for the tray."""


class TrayStep(Enum):
    """The next step while looking for a tray."""

    SHOW_TRAY = "show tray"
    RETRY = "retry"
    EXPLAIN = "explain"  # no tray: open the main window with the explanation, this once
    STAY_QUIET = "stay quiet"  # no tray, and the user already knows: show nothing


def tray_wait_ms(environ: Mapping[str, str]) -> int:
    """:data:`TRAY_WAIT_MS`, unless a test set :data:`TRAY_WAIT_ENV` to a number of seconds.

    A value that is not a number of seconds is ignored: a test hook must never stop the app.
    """
    raw = environ.get(TRAY_WAIT_ENV, "")
    try:
        seconds = float(raw)
    except ValueError:
        return TRAY_WAIT_MS
    return int(seconds * 1000) if 0 <= seconds <= TRAY_WAIT_MS / 1000 else TRAY_WAIT_MS


def next_step(
    tray_available: bool, waited_ms: int, notice_seen: bool, wait_ms: int | None = None
) -> TrayStep:
    """Decide, after `waited_ms` of looking (of `wait_ms` at most), what to do about the tray."""
    if tray_available:
        return TrayStep.SHOW_TRAY
    if waited_ms < (TRAY_WAIT_MS if wait_ms is None else wait_ms):
        return TrayStep.RETRY
    return TrayStep.STAY_QUIET if notice_seen else TrayStep.EXPLAIN


def relaunch_window(tray_shown: bool) -> str:
    """The window a second launch of spasmguard opens in the running app.

    With a tray, the tray is the way in and a relaunch means "let me change something":
    Settings. Without one, the relaunch (from the application grid) is the only way in, so
    it opens the main window, whose menu reaches everything.
    """
    return "settings" if tray_shown else MAIN_WINDOW
