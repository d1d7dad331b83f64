"""The controller's wiring of the reminder gate and of start at login (real engine and tracker).

Idle time comes from a settable stand-in; everything else is the running app's own code.
"""

from __future__ import annotations

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
from spasmguard.settings.model import Settings, to_plan_config
from spasmguard.settings.schema import WEEKDAYS
from spasmguard.settings.store import LoadResult
from spasmguard.ui import controller as controller_module
from spasmguard.ui.controller import Controller, preferences
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
        self.controller = Controller(clock, tracker, path, LoadResult(BASE), Sources(self.idle))
        self.sent: list[str] = []
        self.started = datetime.now().astimezone()

    def send(self, reminder: Reminder) -> None:
        self.sent.append(reminder.habit_id)

    def make_due(self, habit_id: str) -> None:
        """Pretend the habit's timer started one interval ago, so it falls due now."""
        interval = self.controller.settings.habit(habit_id).interval_minutes
        state = self.controller.tracker.state.habit(habit_id)
        state.anchor = datetime.now().astimezone() - timedelta(minutes=interval + 1)
        self.controller.engine.replan()

    def fired(self, habit_id: str) -> int:
        until = datetime.now().astimezone() + timedelta(seconds=1)
        events = self.history.events_between(self.started, until)
        return sum(1 for e in events if e.habit == habit_id and e.kind == "fired")

    def menu_texts(self) -> list[str]:
        menu = self.controller.tray.menu
        menu.aboutToShow.emit()
        texts = []
        for action in (a for a in menu.actions() if a.isVisible()):
            texts.append(action.text())
            if action.menu() is not None:
                texts += [sub.text() for sub in action.menu().actions()]
        return texts


@pytest.fixture
def rig(qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Rig]:
    monkeypatch.setattr(controller_module, "TRAY_WAIT_MS", 0)
    monkeypatch.setattr(QApplication, "quit", lambda: None)
    made = Rig(tmp_path)
    monkeypatch.setattr(made.controller.notifier, "send", made.send)
    monkeypatch.setattr(made.controller.notifier, "withdraw", lambda _habit_id: None)
    made.controller.start(Commands())  # type: ignore[arg-type]
    yield made
    made.controller.shutdown()
    made.history.close()
    for widget in QApplication.topLevelWidgets():
        widget.close()
    made.controller.deleteLater()


def hold_while_away(rig: Rig, qtbot: QtBot, habit_id: str) -> None:
    """The user has been away ten minutes when the habit falls due: the gate holds it."""
    rig.idle.seconds = 10 * 60
    rig.make_due(habit_id)
    qtbot.waitUntil(lambda: len(rig.controller.gate.held) == 1)


def test_a_reminder_due_while_away_is_held_then_shown_once_on_return(
    rig: Rig, qtbot: QtBot
) -> None:
    hold_while_away(rig, qtbot, "hydration")
    assert rig.sent == []
    assert rig.fired("hydration") == 0  # nothing was shown to an empty chair
    rig.idle.seconds = 2
    rig.controller.gate.check()
    assert rig.sent == ["hydration"]
    assert rig.fired("hydration") == 1


def test_the_heartbeat_brings_the_held_reminder_once_the_user_is_back(
    rig: Rig, qtbot: QtBot
) -> None:
    hold_while_away(rig, qtbot, "stress")
    rig.idle.seconds = 2
    rig.controller.timewatch.beat.emit(30.0)  # the next reading is a minute off: not yet
    assert rig.sent == []
    rig.controller.timewatch.beat.emit(150.0)  # a beat this long reaches the reading
    assert rig.sent == ["stress"]


def test_coming_back_restarts_the_posture_and_stretch_timers(rig: Rig) -> None:
    for habit_id in ("posture", "stretch", "hydration"):
        rig.controller.tracker.state.habit(habit_id).anchor = datetime.now().astimezone() - (
            timedelta(minutes=20)
        )
    rig.controller.engine.replan()
    rig.idle.seconds = 15 * 60
    rig.controller.gate.check()
    rig.idle.seconds = 1
    rig.controller.gate.check()
    now = datetime.now().astimezone()
    runs = rig.controller.engine.next_run_times()
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
    rig.controller.tray.menu.do_not_disturb.emit("on")
    assert "Turn off &do not disturb" in rig.menu_texts()
    rig.make_due("stress")
    rig.make_due("posture")
    qtbot.waitUntil(lambda: len(rig.controller.gate.held) == 2)
    assert rig.sent == []
    rig.controller.tray.menu.do_not_disturb.emit("off")
    assert sorted(rig.sent) == ["posture", "stress"]
    assert "Until I turn it off" in rig.menu_texts()


def test_do_not_disturb_for_an_hour_shows_its_end_in_the_menu(rig: Rig) -> None:
    rig.controller.tray.menu.do_not_disturb.emit("60")
    end = (datetime.now().astimezone() + timedelta(minutes=60)).strftime("%H:%M")
    assert f"Turn off &do not disturb (on until {end})" in rig.menu_texts()


def test_saving_the_settings_installs_and_removes_the_login_entry(
    rig: Rig, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg"))
    entry = tmp_path / "xdg" / "autostart" / "spasmguard.desktop"
    rig.controller.apply_settings(BASE.with_value("general.start_at_login", True))
    assert entry.is_file()
    assert "Exec=" in entry.read_text()
    rig.controller.apply_settings(BASE.with_value("general.idle_threshold_minutes", 12))
    assert not entry.exists()
    assert rig.controller.gate.presence.threshold == timedelta(minutes=12)


def test_settings_disable_what_the_desktop_cannot_tell(
    rig: Rig, monkeypatch: pytest.MonkeyPatch
) -> None:
    reason = "GNOME on Wayland does not tell apps when a window is fullscreen."
    cannot = DesktopCapabilities(fullscreen=Capability(False, reason))
    monkeypatch.setattr(Sources, "capabilities", lambda _sources: cannot)
    rig.controller.open_window("settings")
    (window,) = (w for w in QApplication.topLevelWidgets() if isinstance(w, SettingsWindow))
    (box,) = window.findChildren(QCheckBox, "general.detect_fullscreen")
    assert not box.isEnabled()
    assert box.toolTip() == reason
    (idle,) = window.findChildren(QSpinBox, "general.idle_threshold_minutes")
    assert idle.isEnabled()
