"""The vocabulary the command line and the running app share: what can be asked, and how much.

Kept in a module of their own, free of project imports, so the command line can validate
arguments without loading the history or planner code, and the app checks the same bounds over
IPC. The window names here are the only list of them: the app's window registry
(ui/windows.py) refuses to start unless it has a builder for exactly these names.
"""

from collections.abc import Mapping
from types import MappingProxyType

EXIT_OK = 0
EXIT_ERROR = 1
EXIT_USAGE = 2
EXIT_NOT_RUNNING = 3
"""The command's exit codes; here, so the tray's start-up can use them without the CLI."""

MAX_SNOOZE_MINUTES = 24 * 60
MAX_PAUSE_MINUTES = 24 * 60
MAX_WATER_ML = 5000

NO_TOKENS: Mapping[str, str] = MappingProxyType({})
"""No activation tokens: a window opened without a launcher behind it (tray, reminder)."""

GUIDED_BREAKS = MappingProxyType(
    {"posture": "posture", "stretch": "stretch", "stress": "breathing"}
)
"""The habits whose reminder offers Start, and the name of the window of each one's guided break."""

OPEN_WINDOWS = (
    "settings",
    "main",
    "lifting",
    "history",
    "welcome",
    "professional",
    "spasm",
    *GUIDED_BREAKS.values(),
)
"""Every window the app opens by name (`spasmguard open NAME`, the tray, a reminder's Start)."""
