"""Pure-Python heart of spasmguard: habits, clock, planner, history. Standard library only."""
