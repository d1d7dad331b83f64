"""A small main window for desktops without a system tray, so the user always has a way in."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QLabel, QToolButton, QVBoxLayout, QWidget

from spasmguard.ui.tray import TrayMenu, TrayView


class MainWindow(QWidget):
    """The tray's tooltip as text, and the tray's menu behind one button."""

    def __init__(self, menu: TrayMenu, tooltip: Callable[[TrayView], str]) -> None:
        super().__init__()
        self.setWindowTitle(self.tr("spasmguard"))
        self._menu = menu
        self._tooltip = tooltip
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        button = QToolButton()
        button.setText(self.tr("&Reminders and settings"))
        button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        button.setMenu(menu)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(button)
        menu.aboutToHide.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        """Show what the tray tooltip would say."""
        self.summary.setText(self._tooltip(self._menu.view()))
