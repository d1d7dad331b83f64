"""Window widths that Qt's Wayland buffers hold without padded rows, for KWin 5.27's sake.

Qt 6.11 pads each row of a window's shared-memory (wl_shm) buffer to a multiple of 256 bytes:
64 pixels of 4 bytes. KWin 5.27 (Plasma 5.27) now and then reads the first buffer of a new
window as if its rows were not padded, and the window shows sheared stripes until it is next
repainted in full (measured: docs/desktops.md). A window whose width in device pixels is a whole
number of 64-pixel blocks has no padding to misread, so windows open that wide on Wayland: at
most 63 device pixels wider than their layout asks for.
"""

from __future__ import annotations

import math

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

ROW_PIXELS = 64  # Qt's 256-byte row alignment, in 4-byte pixels


def unpadded_width(width: int, device_pixel_ratio: float) -> int:
    """The least logical width >= `width` whose device pixels fill whole padded rows (`width`
    itself where no such width is near, as for an odd fractional scale)."""
    for candidate in range(width, width + ROW_PIXELS * math.ceil(device_pixel_ratio)):
        if round(candidate * device_pixel_ratio) % ROW_PIXELS == 0:
            return candidate
    return width


def on_wayland() -> bool:
    return QGuiApplication.platformName().startswith("wayland")


def fit_first_size(window: QWidget) -> None:
    """Give `window`, not shown yet, its first size with an unpadded width (on Wayland)."""
    if not on_wayland():
        return
    resized = window.testAttribute(Qt.WidgetAttribute.WA_Resized)
    size = window.size() if resized else window.sizeHint()
    window.resize(unpadded_width(size.width(), window.devicePixelRatioF()), size.height())
