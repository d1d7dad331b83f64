"""Cold start of ``spasmguard --version`` against a bare ``python -c pass`` in the same run.

Scripts call the command line often (status bars, shell prompts), so its start-up cost is
what a user feels. The bare interpreter start is measured alongside as the baseline, because
absolute times depend on the machine; the difference is what spasmguard itself costs.

Usage: python benchmarks/cli_startup.py [RUNS]   (default 10; prints medians in milliseconds)
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests.installed import installed_executable


def median_ms(command: list[str], runs: int, env: dict[str, str]) -> float:
    """Median wall time of ``runs`` runs of ``command`` (after one untimed warm-up run).

    The warm-up fills the OS file cache, so every timed run sees the same conditions.
    """
    subprocess.run(command, env=env, check=True, capture_output=True)
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        subprocess.run(command, env=env, check=True, capture_output=True)
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def main() -> None:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 10
    with tempfile.TemporaryDirectory() as scratch:
        # Private dirs, so that nothing the user has (or a running app) takes part.
        env = os.environ | {
            "SPASMGUARD_CONFIG_DIR": str(Path(scratch, "config")),
            "SPASMGUARD_DATA_DIR": str(Path(scratch, "data")),
        }
        baseline = median_ms([sys.executable, "-c", "pass"], runs, env)
        version = median_ms([installed_executable(), "--version"], runs, env)
    print(f"python -c pass:        {baseline:7.1f} ms (median of {runs})")
    print(f"spasmguard --version:  {version:7.1f} ms (median of {runs})")
    print(f"spasmguard's own cost: {version - baseline:7.1f} ms")


if __name__ == "__main__":
    main()
