"""Widgets: tray, reminder window, settings window, lifting panel."""
