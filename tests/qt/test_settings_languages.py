"""The settings window in other languages: units that agree with their number, languages named
in themselves, and a failed save explained in the language chosen."""

from __future__ import annotations

import errno
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QAccessibleInterface
from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QMessageBox, QSpinBox, QWidget
from pytestqt.qtbot import QtBot

from spasmguard.core.files import write_atomic
from spasmguard.core.languages import LANGUAGE_NAMES, SHIPPED_LANGUAGES, SOURCE_LANGUAGE
from spasmguard.settings.model import Settings
from spasmguard.settings.store import SettingsError, load_settings, save_settings
from spasmguard.ui.i18n import translated, use_language
from spasmguard.ui.settings_window import SettingsWindow

Save = Callable[[Settings], None]

# The unit after 1, 2, 3, 11 and 100 where the language's forms differ (Qt's numerus rules:
# Arabic has one, two, few 3-10, many 11-99 and other; Polish one, few 2-4, many).
MINUTES = {
    "ar": [" دقيقة", " دقيقتان", " دقائق", " دقيقة", " دقيقة"],
    "pl": [" minuta", " minuty", " minuty", " minut", " minut"],
    "en": [" min"] * 5,
}
SECONDS = {
    "ar": [" ثانية", " ثانيتان", " ثوانٍ", " ثانية", " ثانية"],
    "pl": [" sekunda", " sekundy", " sekundy", " sekund", " sekund"],
}
COUNTS = (1, 2, 3, 11, 100)
Role = QAccessible.Role
Text = QAccessible.Text


@pytest.fixture
def open_in(qtbot: QtBot) -> Iterator[Callable[..., SettingsWindow]]:
    """Opens a settings window in a language; English again afterwards."""

    def open_(language: str, save: Save | None = None) -> SettingsWindow:
        use_language(language)
        window = SettingsWindow(Settings.defaults(), save or (lambda _settings: None))
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        return window

    yield open_
    use_language(SOURCE_LANGUAGE)


def _accessible_children(widget: QWidget | QAccessibleInterface) -> list[QAccessibleInterface]:
    parent = QAccessible.queryAccessibleInterface(widget) if isinstance(widget, QWidget) else widget
    return [parent.child(index) for index in range(parent.childCount())]


def spin(window: SettingsWindow, key: str) -> QSpinBox:
    found = window.findChild(QSpinBox, key)
    assert isinstance(found, QSpinBox), key
    return found


def units(box: QSpinBox, counts: tuple[int, ...] = COUNTS) -> list[str]:
    shown = []
    for count in counts:
        box.setValue(count)
        assert box.value() == count
        assert box.text() == f"{count}{box.suffix()}"
        shown.append(box.suffix())
    return shown


@pytest.mark.parametrize("language", ["ar", "pl", "en"])
def test_a_minutes_unit_agrees_with_the_number(
    open_in: Callable[..., SettingsWindow], language: str
) -> None:
    window = open_in(language)
    assert units(spin(window, "general.snooze_minutes")) == MINUTES[language]


@pytest.mark.parametrize("language", ["ar", "pl"])
def test_a_seconds_unit_agrees_with_the_number(
    open_in: Callable[..., SettingsWindow], language: str
) -> None:
    window = open_in(language)
    breathe_in = spin(window, "general.breathe_in_seconds")  # 2 to 10
    window_time = spin(window, "general.reminder_window_seconds")  # 10 to 600
    assert units(breathe_in, (2, 3)) + units(window_time, (11, 100)) == SECONDS[language][1:]


def test_typing_a_number_keeps_the_unit_in_agreement(
    qtbot: QtBot, open_in: Callable[..., SettingsWindow]
) -> None:
    window = open_in("pl")
    box = spin(window, "general.snooze_minutes")
    box.setFocus()
    box.selectAll()
    qtbot.keyClicks(box, "2")
    assert (box.value(), box.suffix()) == (2, " minuty")
    qtbot.keyClicks(box, "5")
    assert (box.value(), box.suffix()) == (25, " minut")
    qtbot.keyClick(box, Qt.Key.Key_Up)
    assert (box.value(), box.text()) == (26, "26 minut")


@pytest.mark.parametrize("language", ["es", "zh_CN", "ar"])
def test_the_language_list_names_each_language_in_itself(
    open_in: Callable[..., SettingsWindow], language: str
) -> None:
    window = open_in(language)
    box = window.findChild(QComboBox, "general.language")
    assert isinstance(box, QComboBox)
    names = [box.itemText(index) for index in range(1, box.count())]
    assert names == [LANGUAGE_NAMES[tag] for tag in SHIPPED_LANGUAGES]
    assert "Español de España" not in names
    # A screen reader hears every name before the list opens (it is laid out only then).
    (items,) = [child for child in _accessible_children(box) if child.role() == Role.List]
    assert [item.text(Text.Name) for item in _accessible_children(items)][1:] == names
    assert box.itemText(0) != "System default"  # the first choice is translated like any text


def test_a_failed_save_is_explained_in_the_language(
    open_in: Callable[..., SettingsWindow],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    """The store's sentence (with the file system's reason in it) reaches the user in German."""
    shown: list[str] = []

    def record(_parent: QWidget, _title: str, text: str, *_args: object) -> object:
        shown.append(text)
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "warning", staticmethod(record))
    path = tmp_path / "settings.toml"
    write_atomic(path, b"[general\n")  # unreadable and not copied aside: must not be replaced
    previous = load_settings(path, recover=False)

    def save(settings: Settings) -> None:
        save_settings(path, settings, previous)

    window = open_in("de", save)
    spin(window, "general.snooze_minutes").setValue(7)
    buttons = window.findChild(QDialogButtonBox)
    assert isinstance(buttons, QDialogButtonBox)
    buttons.button(QDialogButtonBox.StandardButton.Apply).click()
    (text,) = shown
    assert text.startswith("settings.toml ließ sich nicht speichern: Die Datei ließ sich nicht")
    assert "kein gültiges TOML" in text
    assert "Could not" not in text


def test_a_write_error_keeps_its_sentence_for_translation(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def full_disk(*_args: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr("os.replace", full_disk)
    with pytest.raises(SettingsError) as caught:
        save_settings(tmp_path / "settings.toml", Settings.defaults())
    use_language("de")
    try:
        assert translated(str(caught.value)) == (
            "settings.toml ließ sich nicht speichern: No space left on device. "
            "Die bisherige Datei ist unverändert."
        )
    finally:
        use_language(SOURCE_LANGUAGE)
    assert caught.value.errno == errno.ENOSPC
