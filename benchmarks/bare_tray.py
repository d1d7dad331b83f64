"""The baseline: a bare PySide6 tray app (QApplication + QSystemTrayIcon + QMenu, nothing else).

The benchmarks run it beside spasmguard in the same run, so every number about spasmguard
can be read as "what spasmguard costs on top of any Qt tray icon on this machine". It prints
its ready line at the same point spasmguard does: after ``show()`` and before the event loop.

Usage: python benchmarks/bare_tray.py   (runs until killed)
"""

from __future__ import annotations

import argparse
import sys

READY_LINE = "bare-tray: ready"


def main(argv: list[str] | None = None) -> int:
    argparse.ArgumentParser(description=__doc__.split("\n", 1)[0]).parse_args(argv)
    # Imported after argument parsing so that `--help` works without a display.
    from PySide6.QtGui import QIcon, QPixmap  # noqa: PLC0415
    from PySide6.QtWidgets import QApplication, QMenu, QSystemTrayIcon  # noqa: PLC0415

    app = QApplication(sys.argv[:1])
    app.setQuitOnLastWindowClosed(False)
    menu = QMenu()
    menu.addAction("Quit").triggered.connect(app.quit)
    pixmap = QPixmap(22, 22)  # a tray icon needs an icon; a plain square is the least there is
    pixmap.fill()
    icon = QSystemTrayIcon(QIcon(pixmap))
    icon.setContextMenu(menu)
    icon.show()
    print(READY_LINE, flush=True)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
