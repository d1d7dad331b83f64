"""The running app without its widgets: one reminder session and the command line's handlers.

It sits between ui (which shows what it says) and engine (the timer, gate, time watch and
notifier it wires). It may use QObject signals, never widgets: what a reminder window or a tray
looks like is the ui's business, reached through the session's signals.
"""
