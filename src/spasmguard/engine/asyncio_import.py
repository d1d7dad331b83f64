"""asyncio without TLS: the app's asyncio talks D-Bus over a Unix socket, never TLS.

APScheduler imports asyncio when the reminders start, and asyncio imports the ``ssl`` module,
which loads OpenSSL: about 4 MiB of the resting app's memory (benchmarks/run.py), for
encryption nothing here uses. asyncio is written to run where Python has no ``ssl`` (its
modules import it inside ``try``/``except ImportError``); an entry of ``None`` in
``sys.modules`` is the import system's documented way to make an import fail. asyncio is
imported once that way, then the entry is removed, so a later ``import ssl`` elsewhere still
works; only asyncio's own TLS (``ssl=`` of its connections) stays unavailable.
"""

from __future__ import annotations

import importlib
import sys


def import_asyncio_without_tls() -> None:
    """Import asyncio, if nothing has yet, without loading ``ssl`` and OpenSSL."""
    if "asyncio" in sys.modules or "ssl" in sys.modules:
        return
    sys.modules["ssl"] = None  # type: ignore[assignment]
    try:
        importlib.import_module("asyncio")
    finally:
        del sys.modules["ssl"]
