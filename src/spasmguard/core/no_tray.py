"""What spasmguard does on a desktop without a system tray (stock GNOME, Fedora, ...).

A tray host may come up after the app at login, so the app waits a while before it decides
there is none. Then it must not push a window at the user at every login: the main window
opens once, with an explanation, and after that only when the user asks for it (launching
spasmguard again, e.g. from the application grid). Closing it keeps the reminders running.
"""

from __future__ import annotations

from enum import Enum

TRAY_WAIT_MS = 60_000
"""How long to wait for a tray host after start-up before deciding there is none."""
TRAY_RETRY_MS = 5_000
"""How often to look for one meanwhile (the retries stop with the decision)."""
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


def next_step(tray_available: bool, waited_ms: int, notice_seen: bool) -> TrayStep:
    """Decide, after `waited_ms` of looking, what to do about the tray."""
    if tray_available:
        return TrayStep.SHOW_TRAY
    if waited_ms < TRAY_WAIT_MS:
        return TrayStep.RETRY
    return TrayStep.STAY_QUIET if notice_seen else TrayStep.EXPLAIN


def relaunch_window(tray_shown: bool) -> str:
    """The window a second launch of spasmguard opens in the running app.

    With a tray, the tray is the way in and a relaunch means "let me change something":
    Settings. Without one, the relaunch (from the application grid) is the only way in, so
    it opens the main window, whose menu reaches everything.
    """
    return "settings" if tray_shown else MAIN_WINDOW
