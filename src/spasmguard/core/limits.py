"""Bounds on one action (snooze, pause, a drink), shared by the command line and the running app.

Kept in a module of their own, free of imports, so the command line can validate arguments
without loading the history or planner code.
"""

MAX_SNOOZE_MINUTES = 24 * 60
MAX_PAUSE_MINUTES = 24 * 60
MAX_WATER_ML = 5000
