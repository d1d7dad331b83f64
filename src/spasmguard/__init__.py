"""spasmguard: a tray app that builds the daily habits that can help prevent back spasms."""

__version__ = "0.1.0"
