"""The session when things go wrong or text is hostile: failed saves, markup in user text.

Uses the session rig of test_controller.py (real Tracker, History, engine, tray, windows).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtWidgets import QLabel, QMessageBox

from spasmguard.settings.store import LoadResult, SettingsError, load_settings
from spasmguard.ui.reminder_window import ReminderWindow
from tests.qt.test_controller import BASE, MakeRig, in_minutes, make_rig, menu_lines, near, shown

__all__ = ["make_rig"]  # the fixture, imported so that pytest finds it here

HOSTILE = '<b>Sit</b> & <img src="x"> &amp; <a href="http://x">tall</a>'


def test_a_settings_file_that_cannot_be_written_still_takes_effect_and_says_so(
    make_rig: MakeRig,
) -> None:
    rig = make_rig()
    rig.settings_path.mkdir(parents=True)  # a folder where the file should be: no write works
    changed = BASE.with_value("habits.posture.interval_minutes", 90)
    with pytest.raises(SettingsError) as failure:
        rig.session.apply_settings(changed)
    message = str(failure.value)
    assert message.startswith("Could not save settings.toml")
    assert message.endswith("The new settings are in effect until spasmguard quits.")
    assert rig.session.settings == changed
    assert rig.session.tracker.config.plan("posture").interval_minutes == 90
    assert near(rig.next_run("posture"), in_minutes(90))
    assert rig.settings_path.is_dir()
    assert not any(rig.settings_path.iterdir())


def test_a_later_save_that_works_writes_the_session_settings(make_rig: MakeRig) -> None:
    rig = make_rig()
    rig.settings_path.mkdir(parents=True)
    first = BASE.with_value("habits.posture.interval_minutes", 90)
    with pytest.raises(SettingsError):
        rig.session.apply_settings(first)
    rig.settings_path.rmdir()  # the file can be written again
    # The settings window builds on the settings in effect, which include the unsaved change.
    rig.session.apply_settings(first.with_value("habits.stress.interval_minutes", 60))
    on_disk = load_settings(rig.settings_path).settings
    assert on_disk.habit("posture").interval_minutes == 90
    assert on_disk.habit("stress").interval_minutes == 60


def test_the_settings_problem_message_shows_the_files_text_as_plain_text(
    tmp_path: Path, make_rig: MakeRig
) -> None:
    path = tmp_path / "settings.toml"
    path.write_text(f"[habits.posture]\ninterval_minutes = '{HOSTILE}'\n")
    loaded = load_settings(path)
    assert loaded.problems  # precondition: the hostile text is a bad value
    make_rig(loaded=LoadResult(loaded.settings, loaded.problems))
    (box,) = shown(QMessageBox)
    assert box.textFormat() == Qt.TextFormat.PlainText
    assert "<b>Sit</b>" in box.text()


def test_a_custom_prompt_with_markup_is_shown_verbatim_and_never_reaches_the_tray(
    make_rig: MakeRig,
) -> None:
    settings = BASE.with_value("general.notification_style", "window").with_value(
        "habits.posture.custom_prompt", HOSTILE
    )
    rig = make_rig(settings)
    rig.session.remind("posture")
    (window,) = shown(ReminderWindow)
    showing = [label for label in window.findChildren(QLabel) if label.text() == HOSTILE]
    assert showing, "the prompt is shown exactly as written"
    assert all(label.textFormat() == Qt.TextFormat.PlainText for label in showing)
    tooltip = rig.desktop.tray.icon.toolTip()
    texts = [tooltip, *menu_lines(rig.desktop.tray.menu)]
    assert not any("Sit" in text for text in texts)
    # QSystemTrayIcon renders a tooltip as rich text when it looks like markup.
    assert not GuiQt.mightBeRichText(tooltip)
    window.close()
