"""What one reminder notification holds, and which of its buttons a notification server gets.

Plain Python shared by the notifier (engine/notifier.py) and its two back ends: the
freedesktop.org one for Linux and BSD (engine/fdo_notifications.py) and desktop-notifier's for
macOS and Windows (engine/native_notifications.py).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from spasmguard.core.launchers import APP_NAME

#: The desktop entry (resources/spasmguard.desktop, without ".desktop") notifications name, so
#: servers show and group them under spasmguard with its icon.
DESKTOP_ENTRY = APP_NAME

BUTTON_KINDS = ("done", "snooze", "skip")
START = "start"
GLASS = "glass"
#: The answer to a click on the notification itself: open the app's own reminder window, which
#: has every answer (the way to the buttons a server could not show).
OPEN = "open"
DISMISSED = "dismissed"

#: Servers known to show fewer buttons than a reminder may have, by the name they give in
#: GetServerInformation. GNOME Shell shows the first three and drops the rest without a word.
BUTTON_LIMITS: Mapping[str, int] = {"gnome-shell": 3}

#: How a back end reports an answer: (habit_id, kind), kind one of the buttons, OPEN, DISMISSED.
Answer = Callable[[str, str], None]


@dataclass(frozen=True)
class Reminder:
    """What one notification says; `body` may be user-written text (it is escaped if needed).

    can_start: offer a Start button (answer "start") that opens the habit's guided break.
    can_add_glass: offer "+ a glass" (answer "glass"): a glass of water counted, and done.
    """

    habit_id: str
    title: str
    body: str
    icon: Path | None = None
    can_start: bool = False
    can_add_glass: bool = False

    @property
    def buttons(self) -> tuple[str, ...]:
        """The button kinds, in the order shown: the habit's own action first, if it has one."""
        own = ((START,) if self.can_start else ()) + ((GLASS,) if self.can_add_glass else ())
        return own + BUTTON_KINDS


def buttons_for(server_name: str, kinds: tuple[str, ...]) -> tuple[str, ...]:
    """The buttons to send to the server called `server_name`: all, or the first it can show.

    Dropped buttons stay reachable: a click on the notification opens the reminder window.
    """
    limit = BUTTON_LIMITS.get(server_name)
    return kinds if limit is None else kinds[:limit]


class NotShown(Exception):
    """A reminder could not be shown; `reason` is a key of `NotificationSender.reason_text`."""

    def __init__(self, reason: str, detail: str = "") -> None:
        super().__init__(f"{reason}: {detail}" if detail else reason)
        self.reason = reason


class Backend(Protocol):
    """One platform's notifications; every method runs on the notifier's asyncio loop.

    `show` raises NotShown when the reminder cannot be shown; answers go to the `Answer`
    callback the back end was made with, on the loop thread.
    """

    async def show(self, reminder: Reminder, labels: Mapping[str, str]) -> None: ...

    async def withdraw(self, habit_id: str) -> None: ...

    async def close(self) -> None:
        """Withdraw what is shown and let go of the connection; the back end is done."""
