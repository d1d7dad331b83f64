"""README screenshots of the real app on the test desktop (Xvfb + trayer + dunst).

Run ``python scripts/screenshots.py`` to refresh docs/screenshots/ (``--language xx`` takes
only the shots of one language: tray menu, reminder, settings and history windows, named
``i18n-xx-*.png``). The e2e suite runs the same code into a temporary folder, so a change
that breaks a window or the tray menu shows up there; the pixels themselves are never compared
(they are for people, not for CI).
"""

from __future__ import annotations

import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QTranslator

from spasmguard.core.habits import load_habits
from spasmguard.core.languages import SHIPPED_LANGUAGES, SOURCE_LANGUAGE
from spasmguard.core.resources import resource
from spasmguard.core.safety import load_spasm
from tests.e2e.apprunner import (
    App,
    Window,
    click,
    crop,
    tray_icons,
    wait_for_window,
    window_tree,
)
from tests.e2e.desktop import SCREEN_SIZE, Desktop, wait_until

NAMES = (
    "tray-menu.png",
    "notification.png",
    "reminder-window.png",
    "settings-window.png",
    "lifting-panel.png",
    "history-window.png",
    "stretch-session.png",
    "breathing-pacer.png",
    "posture-check.png",
    "welcome.png",
    "professional.png",
    "spasm-panel.png",
)
# The history shows dates in the language's own format, and its charts mirror in Arabic.
LANGUAGE_VIEWS = (
    "tray-menu.png",
    "reminder-window.png",
    "settings-window.png",
    "history-window.png",
)
TRANSLATED = tuple(lang for lang in SHIPPED_LANGUAGES if lang != SOURCE_LANGUAGE)
NAMES += tuple(f"i18n-{lang}-{view}" for lang in TRANSLATED for view in LANGUAGE_VIEWS)
PAINT_S = 0.5  # a window is mapped a moment before Qt has painted it
MARGIN = 6
TRAY_MENU_MIN = 100  # pixels: the menu is far larger than the tray's 1x1 helper windows


def _union(*windows: Window, margin: int = 0) -> tuple[int, int, int, int]:
    """The box around `windows` plus a margin, clipped to the screen."""
    left = max(0, min(w.x for w in windows) - margin)
    top = max(0, min(w.y for w in windows) - margin)
    right = min(SCREEN_SIZE[0], max(w.x + w.width for w in windows) + margin)
    bottom = min(SCREEN_SIZE[1], max(w.y + w.height for w in windows) + margin)
    return left, top, right - left, bottom - top


def _top_level(env: dict[str, str], match: Callable[[Window], bool], what: str) -> Window:
    """The first mapped top-level window that `match` accepts, once it exists."""
    found: list[Window] = []

    def present() -> bool:
        tree = window_tree(env)
        top = min(depth for depth, _ in tree)
        found[:] = [w for depth, w in tree if depth == top and match(w)]
        return bool(found)

    wait_until(present, what, 5)
    return found[0]


class Photographer:
    """Takes each screenshot from one running app on `desktop`, into `out_dir`."""

    def __init__(
        self, desktop: Desktop, app: App, out_dir: Path, language: str = SOURCE_LANGUAGE
    ) -> None:
        self.desktop = desktop
        self.app = app
        self.out_dir = out_dir
        self.language = language
        self._prefix = "" if language == SOURCE_LANGUAGE else f"i18n-{language}-"
        self._shot = app.root / "screen.png"

    def save(self, name: str, box: tuple[int, int, int, int]) -> Path:
        time.sleep(PAINT_S)
        self.desktop.screenshot(self._shot)
        return crop(self._shot, self.out_dir / (self._prefix + name), box)

    def tray_menu(self) -> Path:
        """The menu opened by a left click on the tray icon, with the icon below it."""
        icon = tray_icons(self.app.env)[0]
        click(self.app.env, *icon.center)
        menu = _top_level(
            self.app.env,
            lambda w: w.wm_class == '"spasmguard" "spasmguard"' and w.width > TRAY_MENU_MIN,
            "the tray menu",
        )
        path = self.save("tray-menu.png", _union(menu, icon, margin=MARGIN))
        click(self.app.env, 5, 5)  # a click elsewhere closes the menu
        return path

    def notification(self) -> Path:
        self.app.ok("trigger", "posture")
        wait_until(lambda: self.desktop.dunst.displayed() == 1, "the notification", 5)
        bubble = _top_level(self.app.env, lambda w: w.wm_class == '"Dunst" "Dunst"', "dunst")
        path = self.save("notification.png", _union(bubble, margin=MARGIN))
        self.app.ok("done", "posture")
        self.desktop.dunst.close_all()
        return path

    def reminder_window(self) -> Path:
        """The app's own window, shown because no notification server is running."""
        self.desktop.dunst.stop()
        try:
            self.app.ok("trigger", "stretch")
            template = _translated(self.language, "ReminderWindow", "Reminder: {title}")
            title = template.format(title=load_habits(self.language)["stretch"].title)
            window = wait_for_window(self.app.env, title)
            path = self.save("reminder-window.png", _union(window, margin=MARGIN))
            self.app.ok("done", "stretch")
        finally:
            self.desktop.dunst.start()
        return path

    def window(self, which: str, title: str, name: str) -> Path:
        self.app.ok("open", which)
        return self.save(name, _union(wait_for_window(self.app.env, title)))


def _translated(language: str, context: str, text: str) -> str:
    """``text`` as the app shows it in ``language`` (read from the shipped .qm)."""
    translator = QTranslator()
    translator.load(str(resource("translations", f"spasmguard_{language}.qm")))
    return translator.translate(context, text) or text


def take_language_screenshots(desktop: Desktop, out_dir: Path, language: str) -> list[Path]:
    """The tray menu, a reminder window, the settings and history windows in ``language``."""
    out_dir.mkdir(parents=True, exist_ok=True)
    app = App(desktop.env, settings=f'[general]\nlanguage = "{language}"\n').start()
    try:
        wait_until(lambda: bool(tray_icons(app.env)), "the tray icon")
        cameraman = Photographer(desktop, app, out_dir, language)
        title = _translated(language, "SettingsWindow", "spasmguard settings")
        return [
            cameraman.tray_menu(),
            cameraman.reminder_window(),
            cameraman.window("settings", title, "settings-window.png"),
            cameraman.window(
                "history", _translated(language, "HistoryWindow", "History"), "history-window.png"
            ),
        ]
    finally:
        app.stop()
        app.remove()


def take_screenshots(desktop: Desktop, out_dir: Path) -> list[Path]:
    """Start the app on `desktop`, photograph every README view into `out_dir`, quit; then the
    views of every other language."""
    shots = _take_english_screenshots(desktop, out_dir)
    for language in TRANSLATED:
        shots += take_language_screenshots(desktop, out_dir, language)
    return shots


def _take_english_screenshots(desktop: Desktop, out_dir: Path) -> list[Path]:
    out_dir.mkdir(parents=True, exist_ok=True)
    app = App(desktop.env, settings="").start()  # defaults, as a new user sees them
    try:
        wait_until(lambda: bool(tray_icons(app.env)), "the tray icon")
        cameraman = Photographer(desktop, app, out_dir)
        return [
            cameraman.tray_menu(),
            cameraman.notification(),
            cameraman.reminder_window(),
            cameraman.window("settings", "spasmguard settings", "settings-window.png"),
            cameraman.window("lifting", "Safe lifting", "lifting-panel.png"),
            cameraman.window("history", "History", "history-window.png"),
            cameraman.window("stretch", "Stretch break", "stretch-session.png"),
            cameraman.window("breathing", "Breathing break", "breathing-pacer.png"),
            cameraman.window("posture", "Posture check", "posture-check.png"),
            cameraman.window("welcome", "Welcome to spasmguard", "welcome.png"),
            cameraman.window("professional", "When to see a professional", "professional.png"),
            cameraman.window("spasm", load_spasm().title, "spasm-panel.png"),
        ]
    finally:
        app.stop()
        app.remove()


def main(out_dir: Path, language: str | None = None) -> int:
    desktop = Desktop(Path(tempfile.mkdtemp(prefix="sgshots", dir="/tmp")))
    desktop.start()
    try:
        if language is None:
            shots = take_screenshots(desktop, out_dir)
        else:
            shots = take_language_screenshots(desktop, out_dir, language)
        for path in shots:
            print(path)
    finally:
        desktop.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path("docs/screenshots")))
