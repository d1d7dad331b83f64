"""The vocabulary the command line and the running app share: what can be asked, and how much.

Kept in a module of their own, free of imports, so the command line can validate arguments
without loading the history or planner code, and the app checks the same bounds over IPC.
"""

MAX_SNOOZE_MINUTES = 24 * 60
MAX_PAUSE_MINUTES = 24 * 60
MAX_WATER_ML = 5000

# Windows `spasmguard open NAME` can show; "stretch" and "breathing" are the guided breaks.
OPEN_WINDOWS = (
    "settings",
    "lifting",
    "history",
    "welcome",
    "professional",
    "spasm",
    "posture",
    "stretch",
    "breathing",
)
