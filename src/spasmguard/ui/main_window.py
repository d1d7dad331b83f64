"""The main window for desktops without a system tray: the tray's tooltip and menu in a window.

The app opens it by itself only once, with an explanation (core/no_tray.py decides when);
after that the user opens it by launching spasmguard again, e.g. from the application grid.
Closing it never stops the reminders, and the window says so.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QLabel, QMainWindow, QPushButton, QToolButton

from spasmguard.ui.frame_window import content_layout
from spasmguard.ui.i18n import translated
from spasmguard.ui.tray import TrayMenu, TrayView

AddToMenu = Callable[[], object]
"""Puts spasmguard in the application menus; raises OSError with a sentence if it cannot."""


class MainWindow(QMainWindow):
    """The tray's tooltip as text, and the tray's menu behind one button."""

    notice_seen = Signal()
    """The no-tray explanation was shown and the window closed: do not explain again."""

    def __init__(
        self,
        menu: TrayMenu,
        tooltip: Callable[[TrayView], str],
        *,
        explain: bool = False,
        add_to_menu: AddToMenu | None = None,
    ) -> None:
        """`explain`: show why this window is here (the first time only); `add_to_menu`: a
        way to add spasmguard to the application grid, offered when it is not there yet."""
        super().__init__()
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        # Opened by the app itself when explaining: it must not take the keys of another window.
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating, explain)
        self.setWindowTitle(self.tr("spasmguard"))
        self._menu = menu
        self._tooltip = tooltip
        self._explained = explain
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        button = QToolButton()
        button.setText(self.tr("&Reminders and settings"))
        button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        button.setMenu(menu)
        layout = content_layout(self)
        if explain:
            layout.addWidget(self._paragraph(self._notice()))
        layout.addWidget(self.summary)
        layout.addWidget(button)
        self.keeps_running = self._paragraph(
            self.tr(
                "Closing this window keeps your reminders running. To open it again, start "
                "spasmguard again from your application menu."
            )
        )
        layout.addWidget(self.keeps_running)
        self.outcome = self._paragraph("")
        if add_to_menu is not None:
            layout.addWidget(self._add_to_menu_button(add_to_menu))
            layout.addWidget(self.outcome)
        menu.aboutToHide.connect(self.refresh)
        self.refresh()

    def _notice(self) -> str:
        return self.tr(
            "Your desktop shows no tray icons, so spasmguard has no icon in the top bar. "
            "This window stands in for it. It opens by itself this once only."
        )

    def _paragraph(self, text: str) -> QLabel:
        label = QLabel(text)
        label.setWordWrap(True)
        return label

    def _add_to_menu_button(self, add_to_menu: AddToMenu) -> QPushButton:
        """A button that adds the menu entry; its outcome, or the reason it failed, beside it."""
        button = QPushButton(self.tr("&Add spasmguard to the application menu"))

        def add() -> None:
            try:
                add_to_menu()
            except OSError as error:
                self.outcome.setText(translated(str(error)))
                return
            self.outcome.setText(self.tr("Added: spasmguard is now in your application menu."))
            button.setEnabled(False)

        button.clicked.connect(add)
        return button

    def refresh(self) -> None:
        """Show what the tray tooltip would say."""
        self.summary.setText(self._tooltip(self._menu.view()))

    def closeEvent(self, event: QCloseEvent) -> None:
        """Closing counts as having read the explanation (the reminders keep running)."""
        if self._explained:
            self._explained = False
            self.notice_seen.emit()
        super().closeEvent(event)
