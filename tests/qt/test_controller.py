"""The reminder session and its desktop: a real Tracker, History, ReminderEngine, Tray and windows.

Time is real (APScheduler compares run times with ``datetime.now()``) and the working hours
are the whole day on every day, so the plan does not depend on when the tests run. Only the
notifier's ``send`` and ``withdraw`` are replaced by recorders: what a notification server does
with a reminder is covered by the e2e tests, and here a real D-Bus call would only add delay.
"""

from __future__ import annotations

import json
import logging
import shutil
import stat
import subprocess
import sys
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import datetime, time, timedelta
from pathlib import Path
from typing import Any

import pytest
import shiboken6
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QMessageBox,
    QPushButton,
    QSystemTrayIcon,
    QWidget,
)
from pytestqt.qtbot import QtBot

from spasmguard.core import no_tray
from spasmguard.core.clock import SystemClock
from spasmguard.core.commands import OPEN_WINDOWS
from spasmguard.core.habits import HABIT_IDS, load_habits
from spasmguard.core.history import History
from spasmguard.core.tracker import Tracker
from spasmguard.engine import memory
from spasmguard.engine.gate import Sources
from spasmguard.engine.instance import CommandError, CommandServer
from spasmguard.engine.notifier import Reminder
from spasmguard.session.reminders import ReminderSession
from spasmguard.settings.model import Settings, preferences, to_plan_config
from spasmguard.settings.schema import WEEKDAYS
from spasmguard.settings.store import LoadResult, load_settings
from spasmguard.ui import windows as windows_module
from spasmguard.ui.breathing_pacer import BreathingPacer
from spasmguard.ui.desktop import Desktop
from spasmguard.ui.history_window import HistoryWindow
from spasmguard.ui.lifting_panel import LiftingPanel
from spasmguard.ui.main_window import MainWindow
from spasmguard.ui.reminder_window import ReminderWindow
from spasmguard.ui.settings_window import SettingsWindow
from spasmguard.ui.stretch_session import StretchSession
from spasmguard.ui.tray import TrayMenu
from spasmguard.ui.windows import WindowRegistry

SLACK = timedelta(seconds=5)
SNOOZE_MINUTES = 7
GLASS_ML = 300
TITLES = {habit_id: habit.title for habit_id, habit in load_habits().items()}

# Reminders may come at any hour of any day, so the plan never depends on when tests run.
BASE = (
    Settings.defaults()
    .with_value("general.work_start", "00:00")
    .with_value("general.work_end", "00:00")
    .with_value("general.work_days", list(WEEKDAYS))
    .with_value("general.snooze_minutes", SNOOZE_MINUTES)
    .with_value("general.glass_ml", GLASS_ML)
)

Handler = Callable[[dict[str, Any]], object]


class Commands(dict[str, Handler]):
    """Stands in for the CommandServer: keeps the handlers so tests can call them directly."""

    def register(self, cmd: str, handler: Handler) -> None:
        self[cmd] = handler


@dataclass
class Rig:
    """A started session with its desktop, and what it did, for one test."""

    session: ReminderSession
    desktop: Desktop
    history: History
    settings_path: Path
    started: datetime
    commands: Commands
    sent: list[Reminder] = field(default_factory=list)
    withdrawn: list[str] = field(default_factory=list)
    quits: list[str] = field(default_factory=list)

    def command(self, name: str, **args: object) -> object:
        return self.commands[name](args)

    def next_run(self, habit_id: str) -> datetime | None:
        return self.session.engine.next_run_times()[habit_id]

    def events(self, habit_id: str) -> list[str]:
        """The kinds of event logged for ``habit_id`` since the rig started, oldest first."""
        until = datetime.now().astimezone() + timedelta(seconds=1)
        return [
            e.kind for e in self.history.events_between(self.started, until) if e.habit == habit_id
        ]

    def restart_timer(self, habit_id: str, minutes_ago: float) -> None:
        """Pretend the habit's timer started some minutes ago (as if time had passed)."""
        state = self.session.tracker.state.habit(habit_id)
        state.anchor = datetime.now().astimezone() - timedelta(minutes=minutes_ago)
        self.session.engine.replan()


MakeRig = Callable[..., Rig]


def near(moment: datetime | None, expected: datetime) -> bool:
    return moment is not None and abs(moment - expected) < SLACK


def in_minutes(minutes: float) -> datetime:
    return datetime.now().astimezone() + timedelta(minutes=minutes)


def shown(kind: type[QWidget]) -> list[QWidget]:
    """The visible top-level widgets of one kind."""
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()]


def labels(widget: QWidget) -> list[str]:
    return [label.text() for label in widget.findChildren(QLabel)]


def menu_lines(menu: TrayMenu) -> list[str]:
    menu.aboutToShow.emit()
    return [a.text() for a in menu.actions() if a.isVisible() and not a.isSeparator()]


@pytest.fixture
def make_rig(qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[MakeRig]:
    """Builds and starts sessions (no tray offscreen: the main window shows at once)."""
    monkeypatch.setattr(no_tray, "TRAY_WAIT_MS", 0)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))  # application menus of this
    monkeypatch.setenv("XDG_DATA_DIRS", str(tmp_path / "system"))  # test only: empty
    quits: list[str] = []
    monkeypatch.setattr(QCoreApplication, "quit", lambda: quits.append("quit"))
    rigs: list[Rig] = []

    def make(
        settings: Settings = BASE,
        loaded: LoadResult | None = None,
        start: bool = True,
        sources: Sources | None = None,
    ) -> Rig:
        loaded = loaded or LoadResult(settings)
        settings = loaded.settings
        clock = SystemClock()
        history = History(tmp_path / f"history-{len(rigs)}.sqlite3")
        tracker = Tracker(history, clock, to_plan_config(settings), preferences(settings))
        path = tmp_path / "config" / "settings.toml"
        session = ReminderSession(clock, tracker, path, loaded, sources)
        rig = Rig(session, Desktop(session), history, path, clock.now(), Commands())
        rig.quits = quits
        monkeypatch.setattr(rig.session.notifier, "send", rig.sent.append)
        monkeypatch.setattr(rig.session.notifier, "withdraw", rig.withdrawn.append)
        rigs.append(rig)
        if start:
            rig.desktop.start(rig.commands)  # type: ignore[arg-type]
        return rig

    yield make
    for rig in rigs:
        rig.desktop.shutdown()
        rig.history.close()
        for thing in (rig.desktop.tray.icon, rig.desktop.tray.menu, rig.desktop.tray):
            thing.deleteLater()
        rig.desktop.deleteLater()
        rig.session.deleteLater()
    for window in shown(MainWindow) + shown(QMessageBox):
        window.close()
        window.deleteLater()


@pytest.fixture
def rig(make_rig: MakeRig) -> Rig:
    return make_rig()


# --- reminders --------------------------------------------------------------------------------


def test_remind_records_fired_and_sends_the_habit_title_with_a_rotating_prompt(rig: Rig) -> None:
    rig.session.remind("stretch")
    rig.session.remind("stretch")
    assert rig.events("stretch") == ["fired", "fired"]
    first, second = rig.sent
    assert first.habit_id == second.habit_id == "stretch"
    assert first.title == TITLES["stretch"]
    prompts = load_habits()["stretch"].prompts
    assert first.body in prompts
    assert second.body in prompts
    assert first.body != second.body
    assert first.icon is not None
    assert first.icon.is_file()
    assert shown(ReminderWindow) == []


def test_remind_uses_the_custom_prompt_when_one_is_set(make_rig: MakeRig) -> None:
    rig = make_rig(BASE.with_value("habits.posture.custom_prompt", "Shoulders <down>"))
    rig.session.remind("posture")
    assert [r.body for r in rig.sent] == ["Shoulders <down>"]


def test_remind_restarts_the_habits_timer(rig: Rig) -> None:
    rig.restart_timer("posture", minutes_ago=25)
    assert near(rig.next_run("posture"), in_minutes(5))
    rig.session.remind("posture")
    assert near(rig.next_run("posture"), in_minutes(30))


def test_the_window_style_shows_the_apps_own_window_instead(
    qtbot: QtBot, make_rig: MakeRig
) -> None:
    rig = make_rig(BASE.with_value("general.notification_style", "window"))
    rig.session.remind("hydration")
    assert rig.sent == []
    (window,) = shown(ReminderWindow)
    assert TITLES["hydration"] in labels(window)
    assert rig.events("hydration") == ["fired"]
    qtbot.mouseClick(window.findChild(QPushButton, "done"), Qt.MouseButton.LeftButton)
    assert rig.events("hydration") == ["fired", "done"]


def test_a_failed_notification_opens_the_window_with_the_same_text(rig: Rig) -> None:
    rig.session.remind("stress")
    (reminder,) = rig.sent
    assert shown(ReminderWindow) == []
    rig.session.notifier.failed.emit("stress", "No notification server is running.")
    (window,) = shown(ReminderWindow)
    assert reminder.body in labels(window)
    assert reminder.title in labels(window)


def test_a_new_reminder_replaces_the_open_window_of_that_habit(
    qtbot: QtBot, make_rig: MakeRig
) -> None:
    rig = make_rig(BASE.with_value("general.notification_style", "window"))
    rig.session.remind("posture")
    (first,) = shown(ReminderWindow)
    rig.session.remind("posture")
    (second,) = shown(ReminderWindow)
    assert second is not first
    # The replaced window was withdrawn, not missed: only the two firings are logged.
    assert rig.events("posture") == ["fired", "fired"]


def test_a_due_habit_reaches_the_notifier_once_through_the_engine(
    qtbot: QtBot, rig: Rig, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO)
    rig.restart_timer("posture", minutes_ago=30 - 0.3 / 60)  # due in 0.3 s
    qtbot.waitUntil(lambda: len(rig.sent) == 1, timeout=5000)
    qtbot.wait(200)
    assert [r.habit_id for r in rig.sent] == ["posture"]
    assert rig.events("posture") == ["fired"]
    assert near(rig.next_run("posture"), in_minutes(30))
    logged = [r.getMessage() for r in caplog.records]
    assert logged.count("reminder due: posture") == 1
    assert logged.count("reminder fired: posture") == 1


def test_shutdown_counts_an_open_reminder_window_as_missed(make_rig: MakeRig) -> None:
    rig = make_rig(BASE.with_value("general.notification_style", "window"))
    rig.session.remind("stress")
    rig.desktop.shutdown()
    assert shown(ReminderWindow) == []
    assert rig.events("stress") == ["fired", "missed"]


# --- answers ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("action", "kind", "minutes_to_next", "withdraws"),
    [
        ("done", "done", 30, True),
        ("skip", "skipped", 30, True),
        ("snooze", "snoozed", SNOOZE_MINUTES, True),
        ("missed", "missed", 5, False),
        ("dismissed", "missed", 5, False),
    ],
)
def test_an_answer_is_logged_and_replans_at_once(
    rig: Rig, action: str, kind: str, minutes_to_next: int, withdraws: bool
) -> None:
    rig.restart_timer("posture", minutes_ago=25)  # posture (every 30 min) is due in 5 minutes
    rig.session.answer("posture", action)
    assert rig.events("posture") == [kind]
    assert near(rig.next_run("posture"), in_minutes(minutes_to_next))
    assert rig.withdrawn == (["posture"] if withdraws else [])


def test_a_click_on_the_notification_opens_the_window_with_every_answer(rig: Rig) -> None:
    rig.session.remind("stretch")
    rig.session.answer("stretch", "open")
    (window,) = shown(ReminderWindow)
    answers = {button.objectName() for button in window.findChildren(QPushButton)}
    assert {"start", "done", "snooze", "skip"} <= answers
    assert rig.events("stretch") == ["fired"]  # opening it answered nothing yet
    window.findChild(QPushButton, "skip").click()
    assert rig.events("stretch") == ["fired", "skipped"]


@pytest.fixture
def activated(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, object]]:
    """Each window the app brought forward (title), with the tokens it passed along."""
    seen: list[tuple[str, object]] = []
    monkeypatch.setattr(
        windows_module,
        "activate",
        lambda window, tokens: seen.append((window.windowTitle(), tokens)),
    )
    return seen


def test_open_brings_the_window_forward_with_the_forwarded_token(
    qtbot: QtBot, rig: Rig, activated: list[tuple[str, object]]
) -> None:
    tokens = {"XDG_ACTIVATION_TOKEN": "wl-9", "junk": "x"}
    rig.command("open", window="settings", activation=tokens)
    qtbot.waitUntil(lambda: activated != [], timeout=2000)
    assert activated == [("spasmguard settings", {"XDG_ACTIVATION_TOKEN": "wl-9"})]


def test_an_unknown_answer_changes_nothing(rig: Rig) -> None:
    before = rig.next_run("posture")
    rig.session.answer("posture", "maybe")
    assert rig.events("posture") == []
    assert rig.next_run("posture") == before


# --- commands ---------------------------------------------------------------------------------


def test_status_reports_every_habit_in_json_shape(rig: Rig) -> None:
    status = rig.command("status")
    assert isinstance(status, dict)
    json.dumps(status)  # crosses the socket as JSON
    assert status["running"] is True
    assert status["paused_until"] is None
    assert set(status["habits"]) == set(HABIT_IDS)
    posture = status["habits"]["posture"]
    assert posture["enabled"] is True
    assert posture["interval_minutes"] == 30
    assert posture["snoozed_until"] is None
    assert near(datetime.fromisoformat(posture["next_due"]), rig.started + timedelta(minutes=30))


def test_trigger_shows_the_reminder_now(rig: Rig) -> None:
    reply = rig.command("trigger", habit="hydration")
    assert [r.habit_id for r in rig.sent] == ["hydration"]
    assert rig.events("hydration") == ["fired"]
    assert TITLES["hydration"] in str(reply)


@pytest.mark.parametrize("name", ["trigger", "snooze", "done"])
def test_habit_commands_refuse_an_unknown_habit(rig: Rig, name: str) -> None:
    with pytest.raises(CommandError, match="Unknown habit"):
        rig.command(name, habit="yoga", minutes=5)
    assert rig.sent == []


def test_snooze_puts_the_habit_off_for_the_given_minutes(rig: Rig) -> None:
    rig.command("snooze", habit="stress", minutes=15)
    assert rig.events("stress") == ["snoozed"]
    assert near(rig.next_run("stress"), in_minutes(15))
    snoozed = rig.command("status")["habits"]["stress"]["snoozed_until"]  # type: ignore[index]
    assert near(datetime.fromisoformat(snoozed), in_minutes(15))
    assert any("snoozed until" in line for line in menu_lines(rig.desktop.tray.menu))


@pytest.mark.parametrize("minutes", [0, -5, "10", None, 2.5, True])
def test_snooze_refuses_a_bad_length(rig: Rig, minutes: object) -> None:
    before = rig.next_run("stress")
    with pytest.raises(CommandError, match="minutes"):
        rig.command("snooze", habit="stress", minutes=minutes)
    assert rig.events("stress") == []
    assert rig.next_run("stress") == before


def test_pause_for_minutes_holds_every_reminder_until_it_ends(rig: Rig) -> None:
    rig.command("pause", length=60)
    status = rig.command("status")
    assert near(datetime.fromisoformat(status["paused_until"]), in_minutes(60))  # type: ignore[index]
    for habit_id in HABIT_IDS:
        run = rig.next_run(habit_id)
        assert run is not None
        assert run > in_minutes(60)
    assert "paused" in rig.desktop.tray.icon.toolTip()


def test_pause_until_tomorrow_ends_at_the_next_days_start(rig: Rig) -> None:
    before = datetime.now()
    rig.command("pause", length="tomorrow")
    after = datetime.now()
    until = rig.session.tracker.state.paused_until
    # The two agree unless midnight passed during the command: then either answer is right.
    midnights = {datetime.combine(t.date() + timedelta(days=1), time.min) for t in (before, after)}
    assert until is not None
    assert until.replace(tzinfo=None) in midnights
    assert rig.session.tracker.is_paused()


def test_pause_off_holds_every_reminder_until_resumed(rig: Rig) -> None:
    rig.command("pause", length="off")
    assert all(rig.next_run(habit_id) is None for habit_id in HABIT_IDS)
    assert rig.command("status")["paused_indefinitely"] is True  # type: ignore[index]
    lines = menu_lines(rig.desktop.tray.menu)
    assert any(line.replace("&", "").startswith("Resume reminders") for line in lines)
    rig.command("resume")
    assert not rig.session.tracker.is_paused()
    assert near(rig.next_run("posture"), in_minutes(30))
    assert "paused" not in rig.desktop.tray.icon.toolTip()


@pytest.mark.parametrize("length", [0, -30, "later", None, "60", True])
def test_pause_refuses_a_bad_length(rig: Rig, length: object) -> None:
    with pytest.raises(CommandError, match="Pause length"):
        rig.command("pause", length=length)
    assert not rig.session.tracker.is_paused()


def test_an_answered_reminder_windows_pages_leave_with_it(
    qtbot: QtBot, make_rig: MakeRig, drops: list[object], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A reminder window, like any window, gives back the code it brought in once it is gone
    (the window style shows one every half hour or so: it must not keep it all day)."""
    rig = make_rig(BASE.with_value("general.notification_style", "window"))
    # A tracker that sees the reminder window alone (offscreen, the main window opened at start).
    monkeypatch.setattr(memory, "WINDOWS", memory.WindowMemory())
    rig.session.remind("hydration")
    (window,) = shown(ReminderWindow)
    before = memory.WINDOWS.before
    assert before  # what was resident before it was built
    qtbot.mouseClick(window.findChild(QPushButton, "done"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: any(drop is before for drop in drops))


def test_done_logs_and_closes_the_open_reminder_window(make_rig: MakeRig) -> None:
    rig = make_rig(BASE.with_value("general.notification_style", "window"))
    rig.session.remind("stretch")
    assert len(shown(ReminderWindow)) == 1
    rig.restart_timer("stretch", minutes_ago=40)
    rig.command("done", habit="stretch")
    assert shown(ReminderWindow) == []
    assert rig.events("stretch") == ["fired", "done"]  # the withdrawn window is not "missed"
    assert near(rig.next_run("stretch"), in_minutes(45))


def test_drink_counts_a_glass_or_the_given_amount(rig: Rig) -> None:
    assert str(GLASS_ML) in str(rig.command("drink"))
    assert rig.session.tracker.water_today() == GLASS_ML
    rig.command("drink", ml=400)
    assert rig.session.tracker.water_today() == GLASS_ML + 400
    assert f"{GLASS_ML + 400} of 2000 ml" in rig.desktop.tray.icon.toolTip()


@pytest.mark.parametrize("ml", ["400", 2.5, 0, -250, 5001, True])
def test_drink_refuses_a_bad_amount(rig: Rig, ml: object) -> None:
    with pytest.raises(CommandError, match="millilitres"):
        rig.command("drink", ml=ml)
    assert rig.session.tracker.water_today() == 0


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("settings", SettingsWindow),
        ("lifting", LiftingPanel),
        ("history", HistoryWindow),
        ("stretch", StretchSession),
        ("breathing", BreathingPacer),
    ],
)
def test_open_builds_one_window_and_raises_it_again(
    qtbot: QtBot, rig: Rig, name: str, kind: type[QWidget]
) -> None:
    rig.command("open", window=name)
    qtbot.waitUntil(lambda: len(shown(kind)) == 1, timeout=2000)
    (first,) = shown(kind)
    rig.command("open", window=name)
    qtbot.wait(50)
    assert shown(kind) == [first]
    first.close()
    qtbot.waitUntil(lambda: not shiboken6.isValid(first), timeout=2000)
    rig.command("open", window=name)
    qtbot.waitUntil(lambda: len(shown(kind)) == 1, timeout=2000)
    (rebuilt,) = shown(kind)
    assert rebuilt is not first


def test_open_refuses_an_unknown_window(rig: Rig) -> None:
    with pytest.raises(CommandError, match="Unknown window"):
        rig.command("open", window="nonsense")
    with pytest.raises(ValueError, match="unknown window 'nonsense'"):
        rig.session.open_window("nonsense")
    with pytest.raises(ValueError, match="unknown window 'nonsense'"):
        rig.desktop.windows.open("nonsense")
    assert shown(SettingsWindow) == []  # never some other window instead


def test_every_window_name_has_exactly_one_builder(qtbot: QtBot) -> None:
    def builder() -> QWidget:
        return QWidget()

    names = ("settings", "lifting", "history", "welcome", "professional")
    with pytest.raises(ValueError, match=r"missing=.*'breathing'.*'posture'.*'stretch'"):
        WindowRegistry(dict.fromkeys(names, builder))
    every = dict.fromkeys(OPEN_WINDOWS, builder)
    with pytest.raises(ValueError, match=r"extra=.*'yoga'"):
        WindowRegistry({**every, "yoga": builder})
    WindowRegistry(every).open("breathing")
    assert len(shown(QWidget)) >= 1


def test_quit_is_scheduled_not_done_inside_the_command(qtbot: QtBot, rig: Rig) -> None:
    rig.command("quit")
    assert rig.quits == []  # the reply must go out before the app quits
    qtbot.waitUntil(lambda: rig.quits == ["quit"], timeout=2000)


# --- the tray menu drives the same methods ----------------------------------------------------


def test_the_tray_menu_reaches_the_session(qtbot: QtBot, rig: Rig) -> None:
    menu = rig.desktop.tray.menu
    menu.remind_now.emit("posture")
    assert [r.habit_id for r in rig.sent] == ["posture"]
    menu.drink.emit()
    assert rig.session.tracker.water_today() == GLASS_ML
    menu.pause.emit("30")
    assert near(rig.session.tracker.state.paused_until, in_minutes(30))
    menu.resume.emit()
    assert not rig.session.tracker.is_paused()
    menu.pause.emit("off")
    assert rig.session.tracker.state.paused_indefinitely
    menu.quit_requested.emit()
    assert rig.quits == ["quit"]
    menu.open_window.emit("settings")
    assert len(shown(SettingsWindow)) == 1
    menu.open_window.emit("history")
    assert len(shown(HistoryWindow)) == 1


# --- settings ---------------------------------------------------------------------------------


def test_applied_settings_are_saved_privately_and_take_effect_at_once(rig: Rig) -> None:
    assert near(rig.next_run("posture"), rig.started + timedelta(minutes=30))
    new = BASE.with_value("habits.posture.interval_minutes", 50)
    rig.session.apply_settings(new)
    assert stat.S_IMODE(rig.settings_path.stat().st_mode) == 0o600
    assert load_settings(rig.settings_path).settings == new
    assert near(rig.next_run("posture"), rig.started + timedelta(minutes=50))
    assert rig.command("status")["habits"]["posture"]["interval_minutes"] == 50  # type: ignore[index]


def test_disabling_a_habit_removes_its_menu_line_and_its_reminders(rig: Rig) -> None:
    title = TITLES["stretch"]
    assert any(line.startswith(title) for line in menu_lines(rig.desktop.tray.menu))
    rig.session.apply_settings(BASE.with_value("habits.stretch.enabled", False))
    assert not any(line.startswith(title) for line in menu_lines(rig.desktop.tray.menu))
    assert rig.next_run("stretch") is None
    assert rig.next_run("posture") is not None


def test_a_bad_settings_value_is_reported_once_at_start(tmp_path: Path, make_rig: MakeRig) -> None:
    path = tmp_path / "settings.toml"
    path.write_text('schema_version = 1\n[habits.posture]\ninterval_minutes = "often"\n')
    loaded = load_settings(path)
    assert loaded.problems  # precondition: the store found the bad value
    rig = make_rig(loaded=loaded)
    (box,) = shown(QMessageBox)
    assert "habits.posture.interval_minutes" in box.text()
    box.close()
    rig.session.apply_settings(BASE.with_value("habits.stress.interval_minutes", 60))
    assert shown(QMessageBox) == []


def test_a_good_settings_file_shows_no_message(rig: Rig) -> None:
    assert shown(QMessageBox) == []


# --- no system tray (the decision: core/no_tray.py) ---------------------------------------------
# Offscreen Qt has no tray, so every desktop here runs the no-tray path for real.


@pytest.fixture
def data_dirs(tmp_path: Path) -> Path:
    """The test's own XDG_DATA_HOME (make_rig sets it); no application menu lists spasmguard."""
    return tmp_path / "data"


def explained(rig: Rig) -> bool:
    return rig.history.flag(no_tray.NOTICE_FLAG) is not None


def notice(window: MainWindow) -> bool:
    return any("no tray icons" in text for text in labels(window))


def test_without_a_tray_the_explanation_shows_once_after_the_retries(
    qtbot: QtBot, make_rig: MakeRig, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(no_tray, "TRAY_WAIT_MS", 300)
    monkeypatch.setattr(no_tray, "TRAY_RETRY_MS", 100)
    rig = make_rig()
    assert shown(MainWindow) == []  # still hoping for a tray
    qtbot.waitUntil(lambda: len(shown(MainWindow)) == 1, timeout=3000)
    (window,) = shown(MainWindow)
    assert notice(window)
    assert rig.desktop.tray.icon.toolTip() in labels(window)
    # Opened by the app, not by the user: it must not take another window's keys.
    assert window.testAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
    qtbot.wait(300)
    assert len(shown(MainWindow)) == 1  # the retries stopped


def test_closing_the_main_window_keeps_reminders_running_and_the_window_says_so(
    qtbot: QtBot, rig: Rig
) -> None:
    (window,) = shown(MainWindow)
    assert any("keeps your reminders running" in text for text in labels(window))
    assert not explained(rig)
    window.close()
    assert shown(MainWindow) == []
    assert explained(rig)  # closing it was reading it
    assert rig.quits == []
    rig.session.remind("posture")
    assert [r.habit_id for r in rig.sent] == ["posture"]


def test_once_explained_no_window_is_pushed_at_start(make_rig: MakeRig) -> None:
    rig = make_rig(start=False)
    rig.history.set_flag(no_tray.NOTICE_FLAG, "2026-01-01T00:00:00+00:00")
    rig.desktop.start(rig.commands)  # type: ignore[arg-type]
    assert shown(MainWindow) == []
    assert not rig.desktop.tray.icon.isVisible()


def test_without_a_tray_a_relaunch_opens_the_main_window_without_the_explanation(
    qtbot: QtBot, make_rig: MakeRig
) -> None:
    rig = make_rig(start=False)
    rig.history.set_flag(no_tray.NOTICE_FLAG, "2026-01-01T00:00:00+00:00")
    rig.desktop.start(rig.commands)  # type: ignore[arg-type]
    assert rig.command("relaunch") == ""
    qtbot.waitUntil(lambda: len(shown(MainWindow)) == 1, timeout=2000)
    (window,) = shown(MainWindow)
    assert not notice(window)
    assert shown(SettingsWindow) == []


def test_with_a_tray_a_relaunch_opens_settings(
    qtbot: QtBot, make_rig: MakeRig, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QSystemTrayIcon, "isSystemTrayAvailable", staticmethod(lambda: True))
    rig = make_rig()
    assert rig.desktop.tray.icon.isVisible()
    assert shown(MainWindow) == []
    rig.command("relaunch")
    qtbot.waitUntil(lambda: len(shown(SettingsWindow)) == 1, timeout=2000)
    assert shown(MainWindow) == []
    shown(SettingsWindow)[0].close()


def test_a_relaunch_brings_its_window_forward_with_the_forwarded_token(
    qtbot: QtBot, make_rig: MakeRig, activated: list[tuple[str, object]]
) -> None:
    rig = make_rig(start=False)
    rig.history.set_flag(no_tray.NOTICE_FLAG, "2026-01-01T00:00:00+00:00")
    rig.desktop.start(rig.commands)  # type: ignore[arg-type]
    rig.command("relaunch", activation={"XDG_ACTIVATION_TOKEN": "wl-7"})
    qtbot.waitUntil(lambda: activated != [], timeout=2000)
    assert activated == [("spasmguard", {"XDG_ACTIVATION_TOKEN": "wl-7"})]


def test_the_main_window_follows_changes_made_elsewhere(rig: Rig) -> None:
    (window,) = shown(MainWindow)
    rig.command("pause", length="off")
    assert window.summary.text() == rig.desktop.tray.icon.toolTip()
    rig.command("drink", ml=500)
    assert "500 of 2000 ml" in window.summary.text()


def add_button(window: MainWindow) -> QPushButton | None:
    found = [b for b in window.findChildren(QPushButton) if "application menu" in b.text()]
    return found[0] if found else None


def test_the_main_window_adds_spasmguard_to_the_application_menu(rig: Rig, data_dirs: Path) -> None:
    (window,) = shown(MainWindow)
    button = add_button(window)
    assert button is not None
    button.click()
    entry = data_dirs / "applications" / "spasmguard.desktop"
    assert "Exec=" in entry.read_text()
    assert not button.isEnabled()
    assert "now in your application menu" in window.outcome.text()


def test_adding_to_the_menu_says_why_it_failed(rig: Rig, data_dirs: Path) -> None:
    data_dirs.write_text("a file where the data folder should be")
    (window,) = shown(MainWindow)
    button = add_button(window)
    assert button is not None
    button.click()
    assert button.isEnabled()
    assert str(data_dirs) in window.outcome.text()


def test_with_the_menu_entry_in_place_no_button_offers_it(
    make_rig: MakeRig, tmp_path: Path
) -> None:
    applications = tmp_path / "system" / "applications"
    applications.mkdir(parents=True)
    (applications / "spasmguard.desktop").write_text("[Desktop Entry]\n")
    make_rig()
    (window,) = shown(MainWindow)
    assert add_button(window) is None


# --- the real command server, driven from another process -------------------------------------

CLIENT = """
import json, sys
from pathlib import Path
from spasmguard.engine.instance import CommandError, send_command
answers = []
for cmd, args in json.loads(sys.argv[2]):
    try:
        answers.append({"result": send_command(Path(sys.argv[1]), cmd, args, timeout_ms=5000)})
    except CommandError as exc:
        answers.append({"error": str(exc)})
print(json.dumps(answers))
"""


@pytest.fixture
def run_dir() -> Iterator[Path]:
    """A short path: a Unix socket path must fit in about 100 bytes."""
    path = Path(tempfile.mkdtemp(dir="/tmp"))
    yield path / "run"
    shutil.rmtree(path, ignore_errors=True)


def test_commands_over_the_socket(qtbot: QtBot, make_rig: MakeRig, run_dir: Path) -> None:
    rig = make_rig(start=False)
    server = CommandServer(run_dir)
    server.start()
    rig.desktop.start(server)
    requests = [
        ["status", {}],
        ["snooze", {"habit": "posture", "minutes": "soon"}],
        ["drink", {"ml": 200}],
        ["done", {"habit": "posture"}],
    ]
    child = subprocess.Popen(
        [sys.executable, "-c", CLIENT, str(run_dir), json.dumps(requests)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    try:
        qtbot.waitUntil(lambda: child.poll() is not None, timeout=20_000)
        out, err = child.communicate()
    finally:
        server.close()
    assert child.returncode == 0, err.decode()
    status, snooze, drink, done = json.loads(out)
    assert set(status["result"]["habits"]) == set(HABIT_IDS)
    assert "minutes" in snooze["error"]
    assert "200 of 2000 ml" in drink["result"]
    assert TITLES["posture"] in done["result"]
    assert rig.events("posture") == ["done"]


# --- guided breaks ----------------------------------------------------------------------------


def test_only_guided_habits_get_a_start_button_in_the_notification(rig: Rig) -> None:
    for habit_id in HABIT_IDS:
        rig.session.remind(habit_id)
    starts = {r.habit_id: r.buttons[0] == "start" for r in rig.sent}
    assert (starts["stretch"], starts["stress"], starts["hydration"]) == (True, True, False)
    assert all(r.buttons[-3:] == ("done", "snooze", "skip") for r in rig.sent)


@pytest.mark.parametrize(
    ("habit_id", "kind"), [("stretch", StretchSession), ("stress", BreathingPacer)]
)
def test_start_opens_the_break_and_only_finishing_records_done(
    qtbot: QtBot, rig: Rig, habit_id: str, kind: type[QWidget]
) -> None:
    rig.session.remind(habit_id)
    rig.session.notifier.action.emit(habit_id, "start")
    (window,) = shown(kind)
    assert rig.withdrawn == [habit_id]
    assert rig.events(habit_id) == ["fired"]
    window.finished.emit(habit_id)  # type: ignore[attr-defined]
    assert rig.events(habit_id) == ["fired", "done"]
    window.close()


def test_start_from_the_reminder_window_opens_the_stretch_break(
    qtbot: QtBot, make_rig: MakeRig
) -> None:
    rig = make_rig(BASE.with_value("general.notification_style", "window"))
    rig.session.remind("stretch")
    (reminder,) = shown(ReminderWindow)
    qtbot.mouseClick(reminder.findChild(QPushButton, "start"), Qt.MouseButton.LeftButton)
    (session,) = shown(StretchSession)
    assert rig.events("stretch") == ["fired"]
    session.close()
    qtbot.waitUntil(lambda: not shiboken6.isValid(session), timeout=2000)
    assert rig.events("stretch") == ["fired"], "stopping early records nothing"


def test_the_tray_starts_a_break_without_a_reminder_and_raises_an_open_one(
    qtbot: QtBot, rig: Rig
) -> None:
    rig.desktop.tray.menu.open_window.emit("breathing")
    (first,) = shown(BreathingPacer)
    rig.desktop.tray.menu.open_window.emit("breathing")
    assert shown(BreathingPacer) == [first]
    first.close()


def test_the_breaks_follow_the_settings(make_rig: MakeRig) -> None:
    rig = make_rig(
        BASE.with_value("general.breathe_in_seconds", 3)
        .with_value("general.breathe_out_seconds", 5)
        .with_value("general.breathing_minutes", 1)
    )
    rig.desktop.windows.open("breathing")
    (pacer,) = shown(BreathingPacer)
    assert (pacer.pace.inhale_seconds, pacer.pace.exhale_seconds) == (3, 5)
    assert pacer.countdown.total_remaining() == pytest.approx(64, abs=0.5)
    pacer.close()
