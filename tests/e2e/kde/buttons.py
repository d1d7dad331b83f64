"""Where Plasma draws push buttons (in a notification popup), found in a screenshot of it.

Plasma's popups are translucent over the wallpaper, so there is no flat background to tell
buttons from (apprunner.button_row needs one). Breeze's buttons are near-white instead: in
the popup's lowest band of rows that cross exactly as many near-white stretches as there are
buttons, each stretch is one button.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

from tests.e2e.desktop import COMMAND_TIMEOUT, HarnessError

NEAR_WHITE = "94%"  # every channel at least this bright
MIN_WIDTH = 20  # pixels: narrower light stretches are gaps in text, not buttons


def light_mask(image: Path) -> list[list[bool]]:
    """Rows of "this pixel is near-white", from imagemagick (the darkest channel, thresholded)."""
    cmd = ["convert", str(image), "-channel", "RGB", "-separate", "-evaluate-sequence", "min"]
    cmd += ["-threshold", NEAR_WHITE, "-depth", "8", "pgm:-"]
    data = subprocess.run(cmd, check=True, capture_output=True, timeout=COMMAND_TIMEOUT).stdout
    _magic, width, height, _maxval, raw = data.split(maxsplit=4)
    w, h = int(width), int(height)
    return [[raw[y * w + x] > 0 for x in range(w)] for y in range(h)]


def _stretches(row: list[bool]) -> list[tuple[int, int]]:
    """(start, length) of each run of near-white pixels at least MIN_WIDTH long."""
    found, start = [], None
    for x, light in enumerate([*row, False]):
        if light and start is None:
            start = x
        elif not light and start is not None:
            if x - start >= MIN_WIDTH:
                found.append((start, x - start))
            start = None
    return found


def lowest_buttons(image: Path, count: int) -> list[tuple[int, int, int, int]]:
    """Boxes (x, y, w, h) of the `count` buttons in the image's lowest row of them."""
    band: list[tuple[int, list[tuple[int, int]]]] = []
    for y, row in reversed(list(enumerate(light_mask(image)))):
        stretches = _stretches(row)
        if len(stretches) == count:
            band.append((y, stretches))
        elif band:
            break
    if not band:
        raise HarnessError(f"no row of {count} light buttons in {image}")
    top, bottom = band[-1][0], band[0][0]
    spans = band[0][1]
    return [(x, top, width, bottom - top + 1) for x, width in spans]
