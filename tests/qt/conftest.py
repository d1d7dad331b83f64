"""Qt tests run without a display: pick the offscreen platform before pytest-qt starts Qt."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
