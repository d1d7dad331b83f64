"""The settings window against the real schema: one editor per option, and what reaches `save`.

Expected values come from the schema (ranges, defaults, titles) and from ``Settings`` itself,
never from the window, so a window that drifts from the schema fails here.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import time

import pytest
import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QTimeEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from spasmguard.core.habits import HABIT_IDS, load_habits
from spasmguard.settings.atomic import SettingsError
from spasmguard.settings.model import Settings
from spasmguard.settings.schema import OPTIONS, WEEKDAYS, Kind, Option, option
from spasmguard.ui import settings_window
from spasmguard.ui.settings_window import SettingsWindow

EDITOR_TYPES = {
    Kind.BOOL: QCheckBox,
    Kind.INT: QSpinBox,
    Kind.TEXT: QLineEdit,
    Kind.CHOICE: QComboBox,
    Kind.TIME: QTimeEdit,
    Kind.DAYS: QWidget,
}
Button = QDialogButtonBox.StandardButton
Opener = Callable[..., SettingsWindow]


@pytest.fixture
def saved() -> list[Settings]:
    """Every Settings the window handed to `save`, in order."""
    return []


@pytest.fixture
def open_window(qtbot: QtBot, saved: list[Settings]) -> Iterator[Opener]:
    """Opens windows (saving into `saved` unless told otherwise); closes those left open."""
    windows: list[SettingsWindow] = []

    def open_(
        current: Settings | None = None, save: object = None, **options: object
    ) -> SettingsWindow:
        window = SettingsWindow(current or Settings.defaults(), save or saved.append, **options)
        window.show()
        qtbot.waitExposed(window)
        windows.append(window)
        return window

    yield open_
    for window in windows:
        if shiboken6.isValid(window):
            window.close()
    flush_deletes()


@pytest.fixture
def warnings(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """(title, text) of every QMessageBox.warning, which never blocks the test."""
    shown: list[tuple[str, str]] = []

    def record(
        _parent: QWidget, title: str, text: str, *_args: object
    ) -> QMessageBox.StandardButton:
        shown.append((title, text))
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "warning", staticmethod(record))
    return shown


def flush_deletes() -> None:
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def editor(window: SettingsWindow, key: str) -> QWidget:
    found = window.findChildren(QWidget, key)
    assert len(found) == 1, f"{key}: {len(found)} editors"
    return found[0]


def spin(window: SettingsWindow, key: str) -> QSpinBox:
    widget = editor(window, key)
    assert isinstance(widget, QSpinBox)
    return widget


def inherit_box(window: SettingsWindow, key: str) -> QCheckBox:
    box = window.findChild(QCheckBox, key + ".inherit")
    assert box is not None
    return box


def day_boxes(window: SettingsWindow, key: str) -> list[QCheckBox]:
    boxes = editor(window, key).findChildren(QCheckBox)
    assert len(boxes) == len(WEEKDAYS)
    return boxes


def button(window: SettingsWindow, which: QDialogButtonBox.StandardButton) -> QPushButton:
    box = window.findChild(QDialogButtonBox)
    assert box is not None
    found = box.button(which)
    assert found is not None
    return found


def another_value(item: Option) -> int:
    """A valid value of an INT option that is not its default."""
    assert isinstance(item.default, int)
    assert item.maximum is not None
    return item.default + 1 if item.default < item.maximum else item.default - 1


def changed_keys(before: Settings, after: Settings) -> set[str]:
    old, new = before.values(), after.values()
    return {key for key in old if old[key] != new[key]}


def customised() -> Settings:
    """Settings that differ from the defaults in every kind of option, overrides included."""
    return (
        Settings.defaults()
        .with_value("general.snooze_minutes", 25)
        .with_value("general.notification_style", "window")
        .with_value("general.work_days", ["mon", "wed"])
        .with_value("habits.posture.enabled", False)
        .with_value("habits.posture.custom_prompt", "Shoulders down")
        .with_value("habits.stretch.work_start", "07:15")
        .with_value("habits.stress.work_days", ["sat"])
    )


# --- built from the schema ------------------------------------------------------------------


def test_every_option_has_exactly_one_editor_of_its_kind(open_window: Opener) -> None:
    window = open_window()
    for item in OPTIONS:
        assert isinstance(editor(window, item.key), EDITOR_TYPES[item.kind]), item.key
        if item.kind is Kind.DAYS:
            day_boxes(window, item.key)


def test_spin_boxes_take_their_range_from_the_schema(open_window: Opener) -> None:
    window = open_window()
    int_options = [item for item in OPTIONS if item.kind is Kind.INT]
    assert int_options
    for item in int_options:
        box = spin(window, item.key)
        assert (box.minimum(), box.maximum()) == (item.minimum, item.maximum), item.key
        box.setValue(item.maximum + 1000)
        assert box.value() == item.maximum


def without_unit(title: str) -> str:
    """The title less its unit in brackets: 'Snooze (minutes)' gives 'Snooze'."""
    return title[: title.rindex("(")].rstrip()


def test_units_show_as_suffixes_and_only_there(open_window: Opener) -> None:
    window = open_window()
    labels = {label.buddy(): label.text().replace("&", "") for label in window.findChildren(QLabel)}
    units = {"general.snooze_minutes": "min", "general.reminder_window_seconds": "s"}
    units |= {"general.glass_ml": "ml", "habits.posture.interval_minutes": "min"}
    for key, unit in units.items():
        box = spin(window, key)
        assert box.suffix().strip() == unit
        title = option(key).title
        assert title.endswith(")")
        assert labels[box] == without_unit(title)
        assert box.accessibleName() == title


def test_text_and_choice_editors_follow_the_schema(open_window: Opener) -> None:
    window = open_window()
    prompt = editor(window, "habits.posture.custom_prompt")
    assert isinstance(prompt, QLineEdit)
    assert prompt.maxLength() == option("habits.posture.custom_prompt").max_length
    assert prompt.placeholderText()
    style = option("general.notification_style")
    combo = editor(window, style.key)
    assert isinstance(combo, QComboBox)
    assert [combo.itemData(index) for index in range(combo.count())] == list(style.choices)


def test_every_option_is_labelled_with_its_title_and_explained_by_its_help(
    open_window: Opener,
) -> None:
    window = open_window()
    labels = {label.buddy(): label.text().replace("&", "") for label in window.findChildren(QLabel)}
    for item in OPTIONS:
        widget = editor(window, item.key)
        assert widget.toolTip() == item.help
        if isinstance(widget, QCheckBox):
            assert widget.text().replace("&", "") == item.title
        else:
            labelled = inherit_box(window, item.key) if item.inherits else widget
            # A unit the spin box shows as its suffix is left out of the label.
            unit = isinstance(widget, QSpinBox) and widget.suffix() and item.title.endswith(")")
            title = without_unit(item.title) if unit else item.title
            assert labels[labelled] == title, item.key


def test_labels_on_a_page_have_different_shortcut_letters(open_window: Opener) -> None:
    window = open_window()
    tabs = window.findChild(QTabWidget)
    assert tabs is not None
    for index in range(tabs.count()):
        page = tabs.widget(index)
        texts = [label.text() for label in page.findChildren(QLabel)]
        texts += [box.text() for box in page.findChildren(QCheckBox) if "&" in box.text()]
        letters = [text[text.index("&") + 1].lower() for text in texts]
        assert len(letters) == len(set(letters)), texts


def test_tabs_are_general_then_each_habit_by_title(open_window: Opener) -> None:
    window = open_window()
    tabs = window.findChild(QTabWidget)
    assert tabs is not None
    titles = [tabs.tabText(index) for index in range(tabs.count())]
    habits = load_habits()
    assert titles == ["General", *(habits[habit_id].title for habit_id in HABIT_IDS)]
    posture_page = tabs.widget(1)
    assert posture_page.findChild(QWidget, "habits.posture.interval_minutes") is not None
    assert posture_page.findChild(QWidget, "general.snooze_minutes") is None


def test_a_new_option_in_the_schema_gets_an_editor(
    open_window: Opener, monkeypatch: pytest.MonkeyPatch
) -> None:
    extra = Option("general.focus_minutes", Kind.INT, 7, "Focus block", "A made-up option.", 3, 9)
    monkeypatch.setattr(settings_window, "OPTIONS", (*OPTIONS, extra))
    window = open_window()
    box = spin(window, extra.key)
    assert (box.minimum(), box.maximum(), box.value()) == (3, 9, 7)
    assert box.toolTip() == extra.help


# --- showing and saving values ---------------------------------------------------------------


def test_the_window_shows_the_current_settings(open_window: Opener) -> None:
    current = customised()
    window = open_window(current)
    assert spin(window, "general.snooze_minutes").value() == 25
    style = editor(window, "general.notification_style")
    assert isinstance(style, QComboBox)
    assert style.currentData() == "window"
    checked = [box.isChecked() for box in day_boxes(window, "general.work_days")]
    assert checked == [day in ("mon", "wed") for day in WEEKDAYS]
    enabled = editor(window, "habits.posture.enabled")
    assert isinstance(enabled, QCheckBox)
    assert not enabled.isChecked()
    prompt = editor(window, "habits.posture.custom_prompt")
    assert isinstance(prompt, QLineEdit)
    assert prompt.text() == "Shoulders down"
    assert not inherit_box(window, "habits.stretch.work_start").isChecked()
    start = editor(window, "habits.stretch.work_start")
    assert isinstance(start, QTimeEdit)
    assert start.time() == QTime(7, 15)
    assert inherit_box(window, "habits.stretch.work_end").isChecked()


def test_apply_is_disabled_until_something_changes(open_window: Opener) -> None:
    window = open_window()
    apply = button(window, Button.Apply)
    assert not apply.isEnabled()
    item = option("general.glass_ml")
    spin(window, item.key).setValue(another_value(item))
    assert apply.isEnabled()
    assert isinstance(item.default, int)
    spin(window, item.key).setValue(item.default)
    assert not apply.isEnabled()


def test_apply_saves_exactly_the_edited_value_and_keeps_the_window_open(
    open_window: Opener, saved: list[Settings], qtbot: QtBot
) -> None:
    current = customised()
    window = open_window(current)
    item = option("habits.hydration.interval_minutes")
    spin(window, item.key).setValue(another_value(item))
    with qtbot.waitSignal(window.applied) as applied:
        button(window, Button.Apply).click()
    assert len(saved) == 1
    assert changed_keys(current, saved[0]) == {item.key}
    assert saved[0].value(item.key) == another_value(item)
    assert applied.args == [saved[0]]
    assert window.isVisible()
    assert not button(window, Button.Apply).isEnabled()


def test_typed_text_is_saved(open_window: Opener, saved: list[Settings], qtbot: QtBot) -> None:
    window = open_window()
    prompt = editor(window, "habits.stress.custom_prompt")
    qtbot.keyClicks(prompt, "Unclench your jaw")
    button(window, Button.Ok).click()
    assert [settings.habit("stress").custom_prompt for settings in saved] == ["Unclench your jaw"]


def test_ok_saves_and_closes_the_window_which_is_then_deleted(
    open_window: Opener, saved: list[Settings]
) -> None:
    window = open_window()
    spin(window, "general.snooze_minutes").setValue(15)
    button(window, Button.Ok).click()
    assert [settings.general.snooze_minutes for settings in saved] == [15]
    flush_deletes()
    assert not shiboken6.isValid(window)


def test_ok_without_changes_saves_nothing(open_window: Opener, saved: list[Settings]) -> None:
    window = open_window()
    button(window, Button.Ok).click()
    assert saved == []
    assert not window.isVisible()


@pytest.mark.parametrize("how", ["cancel", "escape", "close"])
def test_leaving_without_ok_drops_the_edits(
    open_window: Opener, saved: list[Settings], qtbot: QtBot, how: str
) -> None:
    current = customised()
    window = open_window(current)
    spin(window, "general.snooze_minutes").setValue(99)
    inherit_box(window, "habits.posture.work_days").setChecked(False)
    if how == "cancel":
        button(window, Button.Cancel).click()
    elif how == "escape":
        qtbot.keyClick(window, Qt.Key.Key_Escape)
    else:
        window.close()
    assert saved == []
    assert current.general.snooze_minutes == 25
    flush_deletes()
    assert not shiboken6.isValid(window)


def test_restore_defaults_fills_in_the_defaults_and_saves_them_only_on_ok(
    open_window: Opener, saved: list[Settings]
) -> None:
    window = open_window(customised())
    tabs = window.findChild(QTabWidget)
    assert tabs is not None
    tabs.setCurrentIndex(2)  # the defaults reach every page, not just the visible one
    button(window, Button.RestoreDefaults).click()
    assert saved == []
    assert inherit_box(window, "habits.stretch.work_start").isChecked()
    button(window, Button.Ok).click()
    assert len(saved) == 1
    assert saved[0].values() == Settings.defaults().values()


def test_use_general_setting_stores_none(open_window: Opener, saved: list[Settings]) -> None:
    window = open_window(customised())
    key = "habits.stretch.work_start"
    assert editor(window, key).isEnabled()
    inherit_box(window, key).setChecked(True)
    assert not editor(window, key).isEnabled()
    button(window, Button.Apply).click()
    assert saved[-1].value(key) is None
    assert changed_keys(customised(), saved[-1]) == {key}


def test_an_own_value_replaces_the_general_one(open_window: Opener, saved: list[Settings]) -> None:
    window = open_window()
    key = "habits.hydration.work_end"
    inherit_box(window, key).setChecked(False)
    time_edit = editor(window, key)
    assert isinstance(time_edit, QTimeEdit)
    assert time_edit.isEnabled()
    time_edit.setTime(QTime(21, 45))
    button(window, Button.Apply).click()
    assert saved[-1].value(key) == time(21, 45)


def test_an_inheriting_editor_shows_the_general_value_as_it_is_edited(
    open_window: Opener,
) -> None:
    window = open_window()
    general = editor(window, "general.work_start")
    assert isinstance(general, QTimeEdit)
    general.setTime(QTime(6, 30))
    follower = editor(window, "habits.posture.work_start")
    assert isinstance(follower, QTimeEdit)
    assert follower.time() == QTime(6, 30)
    general_days = day_boxes(window, "general.work_days")
    general_days[6].setChecked(True)
    assert day_boxes(window, "habits.stress.work_days")[6].isChecked()


# --- errors ----------------------------------------------------------------------------------


def test_a_failed_save_is_explained_and_the_edits_stay(
    open_window: Opener, warnings: list[tuple[str, str]]
) -> None:
    sentence = "Could not save settings.toml: the disk is full."

    def failing_save(_settings: Settings) -> None:
        raise SettingsError(sentence)

    window = open_window(save=failing_save)
    spin(window, "general.water_goal_ml").setValue(3000)
    button(window, Button.Ok).click()
    assert len(warnings) == 1
    assert sentence in warnings[0][1]
    assert window.isVisible()
    assert spin(window, "general.water_goal_ml").value() == 3000
    assert button(window, Button.Apply).isEnabled()


def test_the_schema_judges_what_the_widgets_allow(
    open_window: Opener, saved: list[Settings], warnings: list[tuple[str, str]]
) -> None:
    window = open_window()
    for box in day_boxes(window, "general.work_days"):
        box.setChecked(False)
    button(window, Button.Apply).click()
    assert saved == []
    assert len(warnings) == 1
    assert option("general.work_days").title in warnings[0][1]
    with pytest.raises(ValueError, match="at least one day") as error:
        option("general.work_days").coerce([])
    assert str(error.value) in warnings[0][1]
    assert window.isVisible()


IDLE, FULLSCREEN = "general.idle_threshold_minutes", "general.detect_fullscreen"
NO_IDLE = "This desktop does not tell apps how long you have been idle."


def test_an_option_this_desktop_cannot_honour_is_disabled_and_says_why(
    open_window: Opener,
) -> None:
    window = open_window(unavailable={IDLE: NO_IDLE})
    idle = spin(window, IDLE)
    assert not idle.isEnabled()
    assert idle.toolTip() == NO_IDLE
    assert idle.accessibleDescription() == NO_IDLE
    (label,) = (label for label in window.findChildren(QLabel) if label.buddy() is idle)
    assert not label.isEnabled()
    assert label.toolTip() == NO_IDLE
    fullscreen = editor(window, FULLSCREEN)
    assert fullscreen.isEnabled()
    assert fullscreen.toolTip() == option(FULLSCREEN).help


def test_a_disabled_check_box_keeps_its_value_through_a_save(
    open_window: Opener, saved: list[Settings]
) -> None:
    current = Settings.defaults().with_value(FULLSCREEN, False)
    reason = "GNOME on Wayland does not tell apps when a window is fullscreen."
    window = open_window(current, unavailable={FULLSCREEN: reason})
    box = editor(window, FULLSCREEN)
    assert isinstance(box, QCheckBox)
    assert not box.isEnabled()
    assert box.toolTip() == reason
    assert not box.isChecked()
    spin(window, "general.snooze_minutes").setValue(7)
    button(window, Button.Apply).click()
    assert changed_keys(current, saved[-1]) == {"general.snooze_minutes"}
