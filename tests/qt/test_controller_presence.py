"""The session's wiring of the reminder gate and of start at login (real engine and tracker).

Idle time comes from a settable stand-in; everything else is the running app's own code.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication, QCheckBox, QSpinBox
from pytestqt.qtbot import QtBot

from spasmguard.core.clock import SystemClock
from spasmguard.core.history import History
from spasmguard.core.tracker import Tracker
from spasmguard.engine.capabilities import Capability, DesktopCapabilities
from spasmguard.engine.gate import Sources
from spasmguard.engine.notifier import Reminder
from spasmguard.engine.readings import IdleAnswer, IdleSource
from spasmguard.session.reminders import ReminderSession
from spasmguard.settings.launch_entries import StartAtLoginError
from spasmguard.settings.model import Settings, preferences, to_plan_config
from spasmguard.settings.schema import WEEKDAYS
from spasmguard.settings.store import LoadResult, load_settings
from spasmguard.ui import desktop as desktop_module
from spasmguard.ui.desktop import Desktop
from spasmguard.ui.settings_window import SettingsWindow

BASE = (
    Settings.defaults()
    .with_value("general.work_start", "00:00")
    .with_value("general.work_end", "00:00")
    .with_value("general.work_days", list(WEEKDAYS))
)


class Idle(IdleSource):
    def __init__(self) -> None:
        super().__init__()
        self.seconds = 0.0

    def read(self, done: IdleAnswer) -> None:
        done(self.seconds)


class Commands(dict[str, Any]):
    def register(self, cmd: str, handler: Any) -> None:
        self[cmd] = handler


class Rig:
    def __init__(self, tmp_path: Path) -> None:
        self.idle = Idle()
        self.history = History(tmp_path / "history.sqlite3")
        clock = SystemClock()
        tracker = Tracker(self.history, clock, to_plan_config(BASE), preferences(BASE))
        path = tmp_path / "config" / "settings.toml"
        self.session = ReminderSession(clock, tracker, path, LoadResult(BASE), Sources(self.idle))
        self.desktop = Desktop(self.session)
        self.sent: list[str] = []
        self.started = datetime.now().astimezone()

    def send(self, reminder: Reminder) -> None:
        self.sent.append(reminder.habit_id)

    def make_due(self, habit_id: str) -> None:
        """Pretend the habit's timer started one interval ago, so it falls due now."""
        interval = self.session.settings.habit(habit_id).interval_minutes
        state = self.session.tracker.state.habit(habit_id)
        state.anchor = datetime.now().astimezone() - timedelta(minutes=interval + 1)
        self.session.engine.replan()

    def fired(self, habit_id: str) -> int:
        until = datetime.now().astimezone() + timedelta(seconds=1)
        events = self.history.events_between(self.started, until)
        return sum(1 for e in events if e.habit == habit_id and e.kind == "fired")

    def menu_texts(self) -> list[str]:
        menu = self.desktop.tray.menu
        menu.aboutToShow.emit()
        texts = []
        for action in (a for a in menu.actions() if a.isVisible()):
            texts.append(action.text())
            if action.menu() is not None:
                texts += [sub.text() for sub in action.menu().actions()]
        return texts


@pytest.fixture
def rig(qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Rig]:
    monkeypatch.setattr(desktop_module, "TRAY_WAIT_MS", 0)
    monkeypatch.setattr(QApplication, "quit", lambda: None)
    made = Rig(tmp_path)
    monkeypatch.setattr(made.session.notifier, "send", made.send)
    monkeypatch.setattr(made.session.notifier, "withdraw", lambda _habit_id: None)
    made.desktop.start(Commands())  # type: ignore[arg-type]
    yield made
    made.desktop.shutdown()
    made.history.close()
    for widget in QApplication.topLevelWidgets():
        widget.close()
    made.desktop.deleteLater()
    made.session.deleteLater()


def hold_while_away(rig: Rig, qtbot: QtBot, habit_id: str) -> None:
    """The user has been away ten minutes when the habit falls due: the gate holds it."""
    rig.idle.seconds = 10 * 60
    rig.make_due(habit_id)
    qtbot.waitUntil(lambda: len(rig.session.gate.held) == 1)


def test_a_reminder_due_while_away_is_held_then_shown_once_on_return(
    rig: Rig, qtbot: QtBot, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO)
    hold_while_away(rig, qtbot, "hydration")
    assert rig.sent == []
    assert rig.fired("hydration") == 0  # nothing was shown to an empty chair
    assert "reminder fired: hydration" not in caplog.messages
    # The timer restarted when it fell due, and that was saved: held, it does not come again.
    saved = rig.history.load_state().habit("hydration").anchor
    assert saved == rig.session.tracker.state.habit("hydration").anchor
    assert abs(datetime.now().astimezone() - saved) < timedelta(seconds=5)
    rig.idle.seconds = 2
    rig.session.gate.check()
    assert rig.sent == ["hydration"]
    assert rig.fired("hydration") == 1
    assert caplog.messages.count("reminder fired: hydration") == 1


def test_the_heartbeat_brings_the_held_reminder_once_the_user_is_back(
    rig: Rig, qtbot: QtBot
) -> None:
    hold_while_away(rig, qtbot, "stress")
    rig.idle.seconds = 2
    rig.session.timewatch.beat.emit(30.0)  # the next reading is a minute off: not yet
    assert rig.sent == []
    rig.session.timewatch.beat.emit(150.0)  # a beat this long reaches the reading
    assert rig.sent == ["stress"]


def test_coming_back_restarts_the_posture_and_stretch_timers(rig: Rig) -> None:
    for habit_id in ("posture", "stretch", "hydration"):
        rig.session.tracker.state.habit(habit_id).anchor = datetime.now().astimezone() - (
            timedelta(minutes=20)
        )
    rig.session.engine.replan()
    rig.idle.seconds = 15 * 60
    rig.session.gate.check()
    rig.idle.seconds = 1
    rig.session.gate.check()
    now = datetime.now().astimezone()
    runs = rig.session.engine.next_run_times()
    for habit_id, interval in (("posture", 30), ("stretch", 45)):
        run = runs[habit_id]
        assert run is not None
        assert abs(run - (now + timedelta(minutes=interval))) < timedelta(seconds=5)
    hydration = runs["hydration"]
    assert hydration is not None
    assert abs(hydration - (now + timedelta(minutes=40))) < timedelta(seconds=5)


def test_do_not_disturb_from_the_tray_holds_reminders_until_turned_off(
    rig: Rig, qtbot: QtBot
) -> None:
    assert "Until I turn it off" in rig.menu_texts()
    rig.desktop.tray.menu.do_not_disturb.emit("on")
    assert "Turn off &do not disturb" in rig.menu_texts()
    rig.make_due("stress")
    rig.make_due("posture")
    qtbot.waitUntil(lambda: len(rig.session.gate.held) == 2)
    assert rig.sent == []
    rig.desktop.tray.menu.do_not_disturb.emit("off")
    assert sorted(rig.sent) == ["posture", "stress"]
    assert "Until I turn it off" in rig.menu_texts()


def test_do_not_disturb_for_an_hour_shows_its_end_in_the_menu(rig: Rig) -> None:
    before = datetime.now()
    rig.desktop.tray.menu.do_not_disturb.emit("60")
    texts = rig.menu_texts()
    after = datetime.now()
    # An end on another day names its weekday. The times agree unless a minute (or midnight)
    # turned during these lines: then any of them is right.
    ends = {
        end.strftime("%H:%M" if end.date() == shown.date() else "%a %H:%M")
        for end in (before + timedelta(minutes=60), after + timedelta(minutes=60))
        for shown in (before, after)
    }
    assert any(f"Turn off &do not disturb (on until {end})" in texts for end in ends), texts


def test_saving_the_settings_installs_and_removes_the_login_entry(
    rig: Rig, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg"))
    entry = tmp_path / "xdg" / "autostart" / "spasmguard.desktop"
    rig.session.apply_settings(BASE.with_value("general.start_at_login", True))
    assert entry.is_file()
    assert "Exec=" in entry.read_text()
    rig.session.apply_settings(BASE.with_value("general.idle_threshold_minutes", 12))
    assert not entry.exists()
    assert rig.session.gate.presence.threshold == timedelta(minutes=12)


def test_a_login_entry_that_cannot_be_written_is_not_a_lost_save(
    rig: Rig, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg"))
    (tmp_path / "xdg").write_text("a file where the folder should be")
    wanted = BASE.with_value("general.start_at_login", True).with_value("general.glass_ml", 400)
    with pytest.raises(StartAtLoginError, match=r"^Start at login could not be switched on"):
        rig.session.apply_settings(wanted)
    assert load_settings(rig.session.settings_path).settings == wanted
    assert rig.session.settings == wanted


def test_settings_disable_what_the_desktop_cannot_tell(
    rig: Rig, monkeypatch: pytest.MonkeyPatch
) -> None:
    reason = "GNOME on Wayland does not tell apps when a window is fullscreen."
    cannot = DesktopCapabilities(fullscreen=Capability(False, reason))
    monkeypatch.setattr(Sources, "capabilities", lambda _sources: cannot)
    rig.desktop.windows.open("settings")
    (window,) = (w for w in QApplication.topLevelWidgets() if isinstance(w, SettingsWindow))
    (box,) = window.findChildren(QCheckBox, "general.detect_fullscreen")
    assert not box.isEnabled()
    assert box.toolTip() == reason
    (idle,) = window.findChildren(QSpinBox, "general.idle_threshold_minutes")
    assert idle.isEnabled()
