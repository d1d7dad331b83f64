"""What every window, the tray menu and a reminder show in each shipped language.

A real session and desktop (test_habit_depth's start_app) run with the language set; then every
window the app opens by name, the reminder window and the tray menu (with its submenus) are
walked widget by widget: no text may still be English where the language has its own words, no
two mnemonics may clash within one menu or window, and no label or button may get less width
than it needs. English runs too, so the clash and width checks hold for the source as well.
"""

from __future__ import annotations

import re
import tomllib
import unicodedata
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QMenu,
    QPushButton,
    QStyle,
    QTabWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from spasmguard.core.commands import OPEN_WINDOWS
from spasmguard.core.languages import SHIPPED_LANGUAGES, SOURCE_LANGUAGE
from spasmguard.settings.store import load_settings
from spasmguard.ui.i18n import translated, use_language
from spasmguard.ui.reminder_window import ReminderWindow
from tests.qt import test_habit_depth as depth
from tests.qt.test_habit_depth import App, StartApp, shown
from tests.unit.test_content import _strings

history = depth.history
start_app = depth.start_app

REPO = Path(__file__).resolve().parents[2]
TRANSLATED = [lang for lang in SHIPPED_LANGUAGES if lang != SOURCE_LANGUAGE]
# Words that are the same in English and in some language ("Pause", "Start", "OK", units).
_SHORT = 3


def _pattern(source: str) -> re.Pattern[str]:
    """A source string as a pattern its rendered forms match: placeholders stand for anything."""
    plain = source.replace("&&", "\0").replace("&", "").replace("\0", "&")
    parts = re.split(r"(\{[^{}]*\}|%n|%s)", plain)
    return re.compile("".join(".+" if i % 2 else re.escape(part) for i, part in enumerate(parts)))


def _has_words(source: str) -> bool:
    """Whether a source has English words besides its placeholders ("{title}: {what}" has none:
    French writes it "{title} : {what}", which would match any text with a colon)."""
    return re.search(r"[A-Za-z]", re.sub(r"\{[^{}]*\}|%n|%s", "", source)) is not None


def _english_sources(language: str) -> list[re.Pattern[str]]:
    """Every English Qt string the language translates differently, as rendered patterns."""
    ts = REPO / "translations" / f"spasmguard_{language}.ts"
    patterns = []
    for message in ET.parse(ts).getroot().iter("message"):  # noqa: S314 - our own file
        source = message.findtext("source") or ""
        forms = [form.text or "" for form in message.iter("numerusform")]
        forms = forms or [message.findtext("translation") or ""]
        if source not in forms and len(source.strip()) > _SHORT and _has_words(source):
            patterns.append(_pattern(source))
    return patterns


def _english_content(language: str) -> set[str]:
    """Every English content text the language words differently."""
    found: set[str] = set()
    for path in (REPO / "resources" / "content" / SOURCE_LANGUAGE).glob("*.toml"):
        english = set(_strings(tomllib.loads(path.read_text("utf-8"))))
        translated_file = REPO / "resources" / "content" / language / path.name
        translated = set(_strings(tomllib.loads(translated_file.read_text("utf-8"))))
        found |= {text for text in english - translated if len(text) > _SHORT and " " in text}
    return found


@pytest.fixture
def app_in(start_app: StartApp) -> Iterator[object]:
    """Start the app in a language; English again afterwards, for the tests that follow."""

    def start(language: str) -> App:
        settings = depth.BASE.with_value("general.language", language).with_value(
            "general.notification_style", "window"
        )
        return start_app(settings=settings)

    yield start
    use_language(SOURCE_LANGUAGE)


def _texts(widget: QWidget) -> list[str]:
    """What a user reads or hears on one widget."""
    texts = [widget.toolTip(), widget.accessibleName(), widget.accessibleDescription()]
    if isinstance(widget, QLabel | QAbstractButton):
        texts.append(widget.text())
    if isinstance(widget, QGroupBox):
        texts.append(widget.title())
    if isinstance(widget, QComboBox):
        texts += [widget.itemText(i) for i in range(widget.count())]
    if isinstance(widget, QTabWidget):
        texts += [widget.tabText(i) for i in range(widget.count())]
    if widget.isWindow():
        texts.append(widget.windowTitle())
    return [text.replace("&&", "\0").replace("&", "").replace("\0", "&") for text in texts]


def _mnemonic(text: str) -> str | None:
    match = re.search(r"&([^&\s])", text.replace("&&", ""))
    return match[1].casefold() if match else None


def _clashes(texts: list[str]) -> list[str]:
    seen: dict[str, str] = {}
    clashes = []
    for text in texts:
        letter = _mnemonic(text)
        if letter is None:
            continue
        if letter in seen:
            clashes.append(f"{seen[letter]!r} and {text!r} both use Alt+{letter}")
        seen[letter] = text
    return clashes


def _untypeable(texts: list[str]) -> list[str]:
    """Texts whose Alt+letter no keyboard types: a Chinese character needs an input method."""
    scripts = ("CJK", "HIRAGANA", "KATAKANA", "HANGUL")
    return [t for t in texts if unicodedata.name(_mnemonic(t) or "a").startswith(scripts)]


def _window_mnemonics(window: QWidget) -> list[str]:
    """Texts with a mnemonic that are on screen together in one window."""
    texts = []
    for widget in [window, *window.findChildren(QWidget)]:
        if not widget.isVisible():
            continue
        if isinstance(widget, QAbstractButton) or (
            isinstance(widget, QLabel) and widget.buddy() is not None
        ):
            texts.append(widget.text())
        if isinstance(widget, QGroupBox):
            texts.append(widget.title())
    return texts


def _cut_off(window: QWidget) -> list[str]:
    """Labels and buttons on screen narrower than their text needs."""
    cut = []
    for widget in window.findChildren(QWidget):
        if not widget.isVisible() or not isinstance(widget, QLabel | QAbstractButton):
            continue
        if isinstance(widget, QLabel) and (widget.wordWrap() or not widget.text()):
            continue
        needed = _needed_width(widget)
        if widget.width() < needed:
            cut.append(f"{widget.text()!r}: {widget.width()} px of {needed}")
    return cut


def _needed_width(widget: QLabel | QAbstractButton) -> int:
    """The width a widget's text needs. A push button's own size hint adds the style's minimum
    button width (80 px in Fusion) to any text, so its text is measured with the margins."""
    if not isinstance(widget, QPushButton):
        return widget.minimumSizeHint().width()
    style = widget.style()
    text = widget.fontMetrics().horizontalAdvance(widget.text().replace("&", ""))
    icon = widget.iconSize().width() + 4 if not widget.icon().isNull() else 0
    margins = 2 * style.pixelMetric(QStyle.PixelMetric.PM_ButtonMargin)
    frame = 2 * style.pixelMetric(QStyle.PixelMetric.PM_DefaultFrameWidth)
    return text + icon + margins + frame


def _open_everything(app: App, qtbot: QtBot) -> list[QWidget]:
    """Every window by name and a reminder window, shown and laid out."""
    for name in OPEN_WINDOWS:
        app.desktop.windows.open(name)
    app.session.remind("hydration")
    windows = [w for w in QApplication.topLevelWidgets() if w.isVisible() and w.isWindow()]
    windows = [w for w in windows if not isinstance(w, QMenu)]
    for window in windows:
        qtbot.waitExposed(window)
    assert len(shown(ReminderWindow)) == 1
    return windows


def _pages(window: QWidget) -> Iterator[QWidget]:
    """The window once per tab of its tab widget (so hidden pages are looked at too)."""
    tabs = window.findChild(QTabWidget)
    if tabs is None:
        yield window
        return
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
        QApplication.processEvents()
        yield window


def _menus(menu: QMenu) -> Iterator[QMenu]:
    yield menu
    for action in menu.actions():
        if action.menu() is not None:
            yield from _menus(action.menu())


@pytest.mark.parametrize("language", TRANSLATED)
def test_no_window_or_menu_shows_english_in_another_language(
    qtbot: QtBot, app_in: object, language: str
) -> None:
    app = app_in(language)  # type: ignore[operator]
    english = _english_sources(language)
    content = _english_content(language)
    found = []
    for window in _open_everything(app, qtbot):
        for page in _pages(window):
            for widget in [page, *page.findChildren(QWidget)]:
                for text in _texts(widget):
                    if text in content or any(p.fullmatch(text) for p in english):
                        found.append(f"{type(window).__name__}: {text!r}")
    menu = app.desktop.tray.menu
    menu.refresh()
    for submenu in _menus(menu):
        for action in submenu.actions():
            text = action.text().replace("&", "")
            if any(p.fullmatch(text) for p in english):
                found.append(f"tray menu: {text!r}")
    assert not found


@pytest.mark.parametrize("language", SHIPPED_LANGUAGES)
def test_no_two_mnemonics_clash_in_a_window_or_menu(
    qtbot: QtBot, app_in: object, language: str
) -> None:
    app = app_in(language)  # type: ignore[operator]
    clashes = []
    for window in _open_everything(app, qtbot):
        for page in _pages(window):
            clashes += [f"{type(window).__name__}: {c}" for c in _clashes(_window_mnemonics(page))]
    menu = app.desktop.tray.menu
    menu.refresh()
    for submenu in _menus(menu):
        clashes += _clashes([action.text() for action in submenu.actions() if action.isVisible()])
    assert not clashes


@pytest.mark.parametrize("language", SHIPPED_LANGUAGES)
def test_every_mnemonic_can_be_typed(qtbot: QtBot, app_in: object, language: str) -> None:
    app = app_in(language)  # type: ignore[operator]
    texts = [
        t for w in _open_everything(app, qtbot) for p in _pages(w) for t in _window_mnemonics(p)
    ]
    menu = app.desktop.tray.menu
    menu.refresh()
    texts += [action.text() for submenu in _menus(menu) for action in submenu.actions()]
    assert not _untypeable(texts)


def test_chinese_settings_titles_get_a_latin_letter_and_drop_their_unit(
    qtbot: QtBot, app_in: object
) -> None:
    app = app_in("zh_CN")  # type: ignore[operator]
    labels = [w.text() for w in _open_everything(app, qtbot) for w in w.findChildren(QLabel)]
    assert "稍后提醒(&S)" in labels  # "Snooze (minutes)": S from the English, unit in the box


@pytest.mark.parametrize("language", SHIPPED_LANGUAGES)
def test_no_label_or_button_is_cut_off(qtbot: QtBot, app_in: object, language: str) -> None:
    app = app_in(language)  # type: ignore[operator]
    cut = []
    for window in _open_everything(app, qtbot):
        for page in _pages(window):
            cut += [f"{type(window).__name__}: {c}" for c in _cut_off(page)]
    assert not cut


def test_the_checks_catch_what_they_look_for() -> None:
    assert _pattern("next {time}").fullmatch("next Fri 09:30")
    assert not _pattern("next {time}").fullmatch("nächste Fr. 09:30")
    assert _pattern("Last %n days").fullmatch("Last 7 days")
    assert _clashes(["&Datei", "&Drucken", "&Bearbeiten"]) == [
        "'&Datei' and '&Drucken' both use Alt+d"
    ]
    assert _clashes(["Rock && &Roll", "&Pop"]) == []
    assert _untypeable(["稍后提醒", "&语言", "语言(&L)", "&Übungsfolge"]) == ["&语言"]


def test_the_tray_speaks_the_language_and_formats_through_its_locale(
    app_in: object,
) -> None:
    app = app_in("de")  # type: ignore[operator]
    menu = app.desktop.tray.menu
    menu.refresh()
    texts = [action.text() for action in menu.actions()]
    assert "B&eenden" in texts
    assert any(text.startswith("Ich habe ein Glas Wasser getrunken") for text in texts)
    assert "Heute getrunken:" in app.desktop.tray.icon.toolTip()


def test_settings_file_problems_are_told_in_the_language(tmp_path: Path) -> None:
    """The settings layer has no Qt: its Messages are translated where they are shown."""
    path = tmp_path / "settings.toml"
    path.write_text('[general]\nsnooze_minutes = "ten"\nlanguage = "de"\n[nonsense\n')
    broken = load_settings(path)
    path.write_text('[general]\nsnooze_minutes = "ten"\n')
    (problem,) = load_settings(path).problems
    use_language("de")
    try:
        assert broken.notice is not None
        assert translated(broken.notice).startswith("settings.toml ließ sich nicht lesen (")
        assert translated(problem.message) == (
            'muss eine ganze Zahl von 1 bis 120 sein, steht aber auf "ten"'
        )
    finally:
        use_language(SOURCE_LANGUAGE)
    assert translated(problem.message) == 'must be a whole number from 1 to 120, got "ten"'


def test_a_new_language_takes_effect_without_a_restart(qtbot: QtBot, app_in: object) -> None:
    app = app_in(SOURCE_LANGUAGE)  # type: ignore[operator]
    menu = app.desktop.tray.menu
    assert "&Quit" in [action.text() for action in menu.actions()]
    app.session.apply_settings(app.session.settings.with_value("general.language", "de"))
    # Qt posts LanguageChange to every widget; the menu words its entries anew, in place.
    qtbot.waitUntil(lambda: "B&eenden" in [action.text() for action in menu.actions()])
    assert "Erinnerungen &pausieren" in [action.text() for action in menu.actions()]
    assert app.desktop.tray.icon.toolTip().startswith("spasmguard: als Nächstes")
    assert app.session.habits["posture"].title == "Haltungscheck"
