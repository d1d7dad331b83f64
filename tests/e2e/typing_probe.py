"""A text window for typing tests: it shows what it was typed, and writes it to a file.

Run as ``python -c "$(cat typing_probe.py)" OUT_FILE`` by the desktop's own Python (the session
account may not read this checkout). Its Wayland app id is ``typing-probe``.
"""

import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication, QPlainTextEdit

app = QApplication(sys.argv[:1])
app.setDesktopFileName("typing-probe")
out = Path(sys.argv[1])
edit = QPlainTextEdit()
edit.setWindowTitle("typing probe")
edit.textChanged.connect(lambda: out.write_text(edit.toPlainText()))
edit.show()
sys.exit(app.exec())
