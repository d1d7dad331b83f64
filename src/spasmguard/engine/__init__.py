"""Adapters between the core and Qt / APScheduler / the notification server."""
