"""Posture check, "+ a glass", "When to see a professional" and the first-run welcome.

Windows are tested on their own and through a real Controller (real Tracker and History in
tmp_path, real time); only the notifier's send and withdraw are replaced by recorders, as in
test_controller.py. Expected values come from the packaged content and the settings schema.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QLabel,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTimeEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from spasmguard.core.clock import SystemClock
from spasmguard.core.habits import load_habits, load_posture, load_professional
from spasmguard.core.history import History
from spasmguard.core.tracker import Tracker
from spasmguard.engine.notifier import Reminder
from spasmguard.settings.model import Settings, to_plan_config
from spasmguard.settings.schema import WEEKDAYS
from spasmguard.settings.store import LoadResult, load_settings
from spasmguard.ui import controller as controller_module
from spasmguard.ui.controller import WELCOME_FLAG, Controller, preferences
from spasmguard.ui.lifting_panel import LiftingPanel
from spasmguard.ui.posture_check import PostureCheck
from spasmguard.ui.professional_panel import ProfessionalPanel
from spasmguard.ui.reminder_window import ReminderWindow
from spasmguard.ui.welcome_window import WelcomeWindow, interval_key

CHECKLIST = load_posture()
ADVICE = load_professional()
GLASS_ML = 300
BASE = (
    Settings.defaults()
    .with_value("general.work_start", "00:00")
    .with_value("general.work_end", "00:00")
    .with_value("general.work_days", list(WEEKDAYS))
    .with_value("general.glass_ml", GLASS_ML)
)


def shown(kind: type[QWidget]) -> list[QWidget]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()]


def texts(widget: QWidget) -> list[str]:
    return [label.text() for label in widget.findChildren(QLabel)]


def gone(qtbot: QtBot, widget: QWidget) -> None:
    qtbot.waitUntil(lambda: not shiboken6.isValid(widget), timeout=2000)


class Commands(dict[str, Callable[[dict[str, object]], object]]):
    def register(self, name: str, handler: Callable[[dict[str, object]], object]) -> None:
        self[name] = handler


@dataclass
class App:
    """A started controller around a history, with what it sent to the notifier."""

    controller: Controller
    commands: Commands = field(default_factory=Commands)
    sent: list[Reminder] = field(default_factory=list)
    withdrawn: list[str] = field(default_factory=list)

    def events(self, habit_id: str) -> list[str]:
        now = datetime.now().astimezone()
        history = self.controller.tracker.history
        events = history.events_between(now - timedelta(minutes=5), now + timedelta(seconds=1))
        return [e.kind for e in events if e.habit == habit_id]


StartApp = Callable[..., App]


@pytest.fixture
def history(tmp_path: Path) -> Iterator[History]:
    with History(tmp_path / "history.sqlite3") as opened:
        yield opened


@pytest.fixture
def start_app(
    qtbot: QtBot, tmp_path: Path, history: History, monkeypatch: pytest.MonkeyPatch
) -> Iterator[StartApp]:
    """Starts controllers on the same history and settings path (as restarts of the app)."""
    monkeypatch.setattr(controller_module, "TRAY_WAIT_MS", 0)
    apps: list[App] = []

    def start(*, welcome: bool = False, settings: Settings = BASE) -> App:
        clock = SystemClock()
        tracker = Tracker(history, clock, to_plan_config(settings), preferences(settings))
        path = tmp_path / "config" / "settings.toml"
        app = App(Controller(clock, tracker, path, LoadResult(settings)))
        monkeypatch.setattr(app.controller.notifier, "send", app.sent.append)
        monkeypatch.setattr(app.controller.notifier, "withdraw", app.withdrawn.append)
        app.controller.start(app.commands, welcome=welcome)  # type: ignore[arg-type]
        apps.append(app)
        return app

    yield start
    for app in apps:
        app.controller.shutdown()
        for thing in (app.controller.tray.icon, app.controller.tray.menu, app.controller.tray):
            thing.deleteLater()
        app.controller.deleteLater()
    for window in QApplication.topLevelWidgets():
        if window.isVisible():
            window.close()


def menu_action(app: App, text: str) -> None:
    menu = app.controller.tray.menu
    menu.aboutToShow.emit()
    shown = (a for a in menu.actions() if a.isVisible())
    (action,) = [a for a in shown if a.text().replace("&", "") == text]
    action.trigger()


# --- posture check ----------------------------------------------------------------------------


def test_the_checklist_asks_every_item_unticked_with_its_hint(qtbot: QtBot) -> None:
    check = PostureCheck(CHECKLIST, [])
    qtbot.addWidget(check)
    boxes = check.findChildren(QCheckBox)
    assert [b.text() for b in boxes] == [item.title for item in CHECKLIST.items]
    assert not any(b.isChecked() for b in boxes)
    assert all(item.hint in texts(check) for item in CHECKLIST.items)
    assert not check.isModal()


def test_done_hands_over_every_answer_and_cancel_none(qtbot: QtBot) -> None:
    check = PostureCheck(CHECKLIST, [])
    qtbot.addWidget(check)
    first, second = CHECKLIST.items[:2]
    check.findChild(QCheckBox, first.id).setChecked(True)
    with qtbot.waitSignal(check.submitted) as signal:
        check.accept()
    expected = {item.id: item.id == first.id for item in CHECKLIST.items}
    assert signal.args == [expected]
    assert expected[second.id] is False

    other = PostureCheck(CHECKLIST, [])
    qtbot.addWidget(other)
    with qtbot.assertNotEmitted(other.submitted):
        qtbot.keyClick(other, Qt.Key.Key_Escape)


def test_the_summary_names_the_most_missed_items_by_title(qtbot: QtBot) -> None:
    screen, wrists, feet = (CHECKLIST.items[i] for i in (2, 4, 0))
    misses = [(screen.id, 4, 6), (wrists.id, 2, 6), (feet.id, 1, 6)]
    check = PostureCheck(CHECKLIST, misses)
    qtbot.addWidget(check)
    summary = check.findChild(QLabel, "summary").text()
    assert f"{screen.title} (4 of 6 checks)" in summary
    assert f"{wrists.title} (2 of 6 checks)" in summary
    assert feet.title not in summary  # only the top two


def test_the_summary_without_misses_says_so(qtbot: QtBot) -> None:
    check = PostureCheck(CHECKLIST, [(CHECKLIST.items[0].id, 0, 3)])
    qtbot.addWidget(check)
    summary = check.findChild(QLabel, "summary").text()
    assert "every item was right" in summary
    assert CHECKLIST.items[0].title not in summary


def test_a_submitted_check_records_answers_and_done_and_withdraws(
    qtbot: QtBot, start_app: StartApp, history: History
) -> None:
    app = start_app()
    app.controller.remind("posture")
    menu_action(app, "Posture check…")
    (check,) = shown(PostureCheck)
    missed = CHECKLIST.items[1]
    for item in CHECKLIST.items:
        check.findChild(QCheckBox, item.id).setChecked(item is not missed)
    check.accept()
    gone(qtbot, check)
    assert app.events("posture") == ["fired", "done"]
    assert "posture" in app.withdrawn
    now = datetime.now().astimezone()
    misses = {item: (m, t) for item, m, t in history.posture_misses(1, now)}
    assert misses == {item.id: (int(item is missed), 1) for item in CHECKLIST.items}
    # The next check shows what was missed.
    app.controller.start_break("posture")
    (again,) = shown(PostureCheck)
    assert missed.title in again.findChild(QLabel, "summary").text()


def test_start_on_the_posture_reminder_opens_the_checklist(start_app: StartApp) -> None:
    app = start_app(settings=BASE.with_value("general.notification_style", "window"))
    app.controller.remind("posture")
    (window,) = shown(ReminderWindow)
    window.findChild(QPushButton, "start").click()
    assert len(shown(PostureCheck)) == 1
    assert app.events("posture") == ["fired"]  # nothing is done until the check is submitted


def test_open_posture_from_the_command_line(qtbot: QtBot, start_app: StartApp) -> None:
    start_app().commands["open"]({"window": "posture"})
    qtbot.waitUntil(lambda: len(shown(PostureCheck)) == 1, timeout=2000)


# --- "+ a glass" --------------------------------------------------------------------------------


def test_only_the_hydration_reminder_offers_a_glass(start_app: StartApp) -> None:
    app = start_app()
    for habit_id in ("hydration", "posture"):
        app.controller.remind(habit_id)
    glass = {r.habit_id: "glass" in r.buttons for r in app.sent}
    assert glass == {"hydration": True, "posture": False}
    (hydration,) = [r for r in app.sent if r.habit_id == "hydration"]
    assert hydration.buttons[-3:] == ("done", "snooze", "skip")


def test_a_glass_from_the_reminder_window_counts_water_and_done(start_app: StartApp) -> None:
    app = start_app(settings=BASE.with_value("general.notification_style", "window"))
    app.controller.remind("hydration")
    (window,) = shown(ReminderWindow)
    window.findChild(QPushButton, "glass").click()
    assert app.controller.tracker.water_today() == GLASS_ML
    assert app.events("hydration") == ["fired", "done", "water"]
    assert f"{GLASS_ML} of 2000 ml" in app.controller.tray.icon.toolTip()


def test_the_notifications_glass_button_counts_too(start_app: StartApp) -> None:
    app = start_app()
    app.controller.remind("hydration")
    app.controller.answer("hydration", "glass")
    assert app.controller.tracker.water_today() == GLASS_ML
    assert app.withdrawn == ["hydration"]
    app.controller.answer("posture", "glass")  # never offered there: ignored
    assert app.controller.tracker.water_today() == GLASS_ML


def test_the_reminder_window_has_no_glass_for_other_habits(qtbot: QtBot) -> None:
    window = ReminderWindow("posture", "Posture", "Sit back", None, 60)
    qtbot.addWidget(window)
    assert window.findChild(QPushButton, "glass") is None


# --- when to see a professional -----------------------------------------------------------------


def test_the_panel_shows_every_red_flag_and_the_notice(qtbot: QtBot) -> None:
    panel = ProfessionalPanel()
    qtbot.addWidget(panel)
    shown_texts = texts(panel)
    assert ADVICE.intro in shown_texts
    assert all(flag in shown_texts for flag in ADVICE.red_flags)
    assert panel.findChild(QLabel, "notice").text() == ADVICE.notice
    assert any("numbness" in flag and "legs" in flag for flag in ADVICE.red_flags)
    assert all(
        label.textFormat() == Qt.TextFormat.PlainText for label in panel.findChildren(QLabel)
    )
    assert all(label.wordWrap() for label in panel.findChildren(QLabel))


def test_escape_closes_and_deletes_the_panel(qtbot: QtBot) -> None:
    panel = ProfessionalPanel()
    panel.show()
    qtbot.waitExposed(panel)
    qtbot.wait(50)  # offscreen windows become active a moment after they are exposed
    panel.activateWindow()
    qtbot.waitActive(panel)
    assert panel.testAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    qtbot.keyClick(panel.findChild(QScrollArea), Qt.Key.Key_Escape)
    assert not panel.isVisible()
    gone(qtbot, panel)


def test_the_panel_reads_at_a_large_font_without_clipping(qtbot: QtBot) -> None:
    panel = ProfessionalPanel()
    font = panel.font()
    font.setPointSizeF(font.pointSizeF() * 2)
    panel.setFont(font)
    panel.resize(panel.sizeHint())
    panel.show()
    qtbot.waitExposed(panel)
    for label in panel.findChildren(QLabel):
        assert label.height() >= label.heightForWidth(label.width()) or not label.wordWrap()


@pytest.mark.parametrize("route", ["tray", "lifting", "welcome"])
def test_the_panel_is_reachable_from_tray_lifting_and_welcome(
    start_app: StartApp, route: str
) -> None:
    app = start_app()
    if route == "tray":
        menu_action(app, "When to see a professional…")
    elif route == "lifting":
        app.controller.open_window("lifting")
        (lifting,) = shown(LiftingPanel)
        lifting.findChild(QPushButton, "professional").click()
    else:
        app.controller.open_window("welcome")
        (welcome,) = shown(WelcomeWindow)
        welcome.findChild(QPushButton, "professional").click()
    assert len(shown(ProfessionalPanel)) == 1


# --- first-run welcome ----------------------------------------------------------------------------


def test_the_welcome_names_every_habit_with_its_reason_and_the_notice(
    qtbot: QtBot,
) -> None:
    welcome = WelcomeWindow(BASE, lambda _s: None, load_habits())
    qtbot.addWidget(welcome)
    shown_texts = texts(welcome)
    for habit in load_habits().values():
        assert habit.title in shown_texts
        assert habit.reason in shown_texts
    assert welcome.findChild(QLabel, "notice").text() == ADVICE.notice
    assert not welcome.isModal()


def test_the_welcome_edits_show_the_current_hours_and_intervals(qtbot: QtBot) -> None:
    current = Settings.defaults().with_value("habits.stress.interval_minutes", 75)
    welcome = WelcomeWindow(current, lambda _s: None, load_habits())
    qtbot.addWidget(welcome)
    start = welcome.findChild(QTimeEdit, "general.work_start").time()
    assert (start.hour(), start.minute()) == (9, 0)
    assert welcome.findChild(QSpinBox, interval_key("stress")).value() == 75
    assert welcome.findChild(QSpinBox, interval_key("posture")).value() == 30
    assert welcome.edited() == current


def test_first_start_shows_the_welcome_and_skip_marks_it_seen(
    qtbot: QtBot, start_app: StartApp, history: History
) -> None:
    app = start_app(welcome=True)
    (welcome,) = shown(WelcomeWindow)
    assert not welcome.isModal()
    assert history.flag(WELCOME_FLAG) is None
    welcome.findChild(QPushButton, "skip").click()
    gone(qtbot, welcome)
    assert history.flag(WELCOME_FLAG) is not None
    assert not app.controller.settings_path.exists()  # skipping saves nothing


def test_the_welcome_is_not_shown_the_second_time(qtbot: QtBot, start_app: StartApp) -> None:
    first = start_app(welcome=True)
    (welcome,) = shown(WelcomeWindow)
    welcome.close()  # the window's close button counts as seen too
    gone(qtbot, welcome)
    first.controller.shutdown()
    start_app(welcome=True)
    assert shown(WelcomeWindow) == []


def test_save_applies_the_settings_through_the_normal_save(
    qtbot: QtBot, start_app: StartApp, history: History
) -> None:
    app = start_app(welcome=True)
    (welcome,) = shown(WelcomeWindow)
    welcome.findChild(QSpinBox, interval_key("posture")).setValue(50)
    welcome.findChild(QTimeEdit, "general.work_start").setTime(
        welcome.findChild(QTimeEdit, "general.work_start").time().addSecs(-3600)
    )
    welcome.findChild(QPushButton, "save").click()
    gone(qtbot, welcome)
    saved = load_settings(app.controller.settings_path).settings
    assert saved.habit("posture").interval_minutes == 50
    assert saved.general.work_start.hour == 23  # 00:00 one hour earlier
    assert app.controller.tracker.config.plan("posture").interval_minutes == 50
    assert history.flag(WELCOME_FLAG) is not None


def test_no_welcome_unless_asked_or_when_a_settings_file_exists(
    start_app: StartApp, tmp_path: Path
) -> None:
    start_app()  # tests and other callers do not ask for it
    assert shown(WelcomeWindow) == []
    settings_path = tmp_path / "config" / "settings.toml"
    settings_path.parent.mkdir()
    settings_path.write_text("schema_version = 1\n")
    assert start_app(welcome=False).controller.is_first_run() is False


def test_the_welcome_can_be_asked_for_again(qtbot: QtBot, start_app: StartApp) -> None:
    app = start_app()
    menu_action(app, "Welcome tour…")
    assert len(shown(WelcomeWindow)) == 1
    shown(WelcomeWindow)[0].close()
    app.commands["open"]({"window": "welcome"})
    qtbot.waitUntil(lambda: len(shown(WelcomeWindow)) == 1, timeout=2000)


def test_reminders_still_come_while_the_welcome_is_open(start_app: StartApp) -> None:
    app = start_app(welcome=True)
    assert len(shown(WelcomeWindow)) == 1
    app.controller.remind("stretch")
    assert [r.habit_id for r in app.sent] == ["stretch"]
    assert QApplication.activeModalWidget() is None
