"""asyncio is imported without ssl and OpenSSL, and ssl still imports afterwards for others.

In a fresh interpreter: the test session has long imported both.
"""

from __future__ import annotations

import json
import subprocess
import sys

PROBE = """
import json, sys
from spasmguard.engine.asyncio_import import import_asyncio_without_tls
import_asyncio_without_tls()
loaded = {"asyncio": "asyncio" in sys.modules, "ssl": "ssl" in sys.modules}
import asyncio
async def answer():
    return 42
loaded["runs"] = asyncio.run(answer())
import ssl
loaded["ssl_later"] = ssl.OPENSSL_VERSION.startswith("OpenSSL")
print(json.dumps(loaded))
"""


def test_asyncio_runs_without_ssl_and_ssl_can_still_be_imported() -> None:
    done = subprocess.run(
        [sys.executable, "-c", PROBE], capture_output=True, text=True, timeout=60, check=True
    )
    assert json.loads(done.stdout) == {
        "asyncio": True,
        "ssl": False,
        "runs": 42,
        "ssl_later": True,
    }
