"""The settings window opens without the fonts of scripts it does not show.

Its language list names each language in its own script (简体中文, العربية). Laying those names
out when the window opens would load a CJK and an Arabic font and keep their files and glyph
caches all day (issue 16: +4 MiB); only the opened list needs them. Runs in a fresh
interpreter, because fonts a process has loaded stay loaded: the file names of the fonts
mapped into the process are what FreeType actually read.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

PROBE = """
import json, sys
from pathlib import Path
from PySide6.QtWidgets import QApplication, QComboBox
from spasmguard.settings.model import Settings
from spasmguard.ui.settings_window import SettingsWindow

def fonts():
    maps = Path("/proc/self/maps").read_text().splitlines()
    return sorted({Path(line.split()[-1]).name for line in maps if "/fonts/" in line})

qt = QApplication([])
window = SettingsWindow(Settings.defaults(), lambda _settings: None)
window.show()
window.grab()
seen = {"open": fonts()}
box = window.findChild(QComboBox, "general.language")
box.showPopup()
box.view().grab()
seen["list"] = fonts()
print(json.dumps(seen))
"""


def test_only_the_opened_language_list_loads_the_cjk_font() -> None:
    env = {key: value for key, value in os.environ.items() if key != "LANGUAGE"}
    env |= {"LANG": "C.UTF-8", "LC_ALL": "C.UTF-8", "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", PROBE],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    seen = json.loads(done.stdout.splitlines()[-1])
    assert not any("CJK" in font for font in seen["open"]), seen
    # The check can see the font: the opened list lays out 简体中文 and loads it.
    assert any("CJK" in font for font in seen["list"]), seen
