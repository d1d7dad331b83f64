"""The tray menu, icon and tooltip, and the no-tray main window, driven by hand-made views.

The tray only renders a :class:`TrayView` and turns clicks into signals, so every test builds
the view it needs and looks at what the user would see or what a click emits. The menu is
opened for real (``popup``) where the point is what happens when it is about to show.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta, timezone

import pytest
from PySide6.QtCore import QPoint, QSize
from PySide6.QtGui import QAction, QImage
from PySide6.QtWidgets import QLabel, QMenu, QSystemTrayIcon, QToolButton
from pytestqt.qtbot import QtBot

from spasmguard.ui.main_window import MainWindow
from spasmguard.ui.tray import HabitLine, Tray, TrayMenu, TrayView

ZONE = timezone(timedelta(hours=1))
NOW = datetime(2026, 11, 26, 10, 0, tzinfo=ZONE)  # a Thursday
SEPARATOR = "  —  "

POSTURE = HabitLine("posture", "Sit up", NOW.replace(hour=14, minute=30), snoozed=False)
STRETCH = HabitLine("stretch", "Stretch", NOW + timedelta(days=1, hours=-0.5), snoozed=False)
VIEW = TrayView(
    now=NOW,
    habits=(POSTURE, STRETCH),
    paused=False,
    paused_until=None,
    water_ml=750,
    water_goal_ml=2000,
)


@dataclass
class ViewBox:
    """The view the tray asks for; tests swap it to see whether the tray asks again."""

    view: TrayView = VIEW
    asked: int = 0

    def __call__(self) -> TrayView:
        self.asked += 1
        return self.view


@pytest.fixture
def box() -> ViewBox:
    return ViewBox()


@pytest.fixture
def menu(qtbot: QtBot, box: ViewBox) -> Iterator[TrayMenu]:
    menu = TrayMenu(box)
    yield menu
    menu.hide()
    menu.deleteLater()


@pytest.fixture
def tray(qtbot: QtBot, box: ViewBox) -> Iterator[Tray]:
    tray = Tray(box)
    yield tray
    tray.hide()
    tray.menu.deleteLater()
    tray.deleteLater()


def shown(menu: QMenu) -> list[QAction]:
    """The entries of ``menu`` the user sees (not its submenus' entries), separators left out."""
    return [a for a in menu.actions() if a.isVisible() and not a.isSeparator()]


def entries(menu: QMenu) -> list[str]:
    """The text of every shown entry of ``menu``."""
    return [action.text() for action in shown(menu)]


def entry(menu: QMenu, starts: str) -> QAction:
    """The one shown entry whose text starts with ``starts`` (mnemonic ampersands ignored)."""
    found = [a for a in shown(menu) if a.text().replace("&", "").startswith(starts)]
    assert len(found) == 1, entries(menu)
    return found[0]


def habit_entries(menu: QMenu) -> list[str]:
    return [text for text in entries(menu) if SEPARATOR in text]


def pause_menu(menu: QMenu) -> QMenu:
    submenu = entry(menu, "Pause reminders").menu()
    assert isinstance(submenu, QMenu)
    return submenu


def open_and_close(qtbot: QtBot, menu: QMenu) -> None:
    """Pop the menu up for real (which emits aboutToShow) and close it again."""
    menu.popup(QPoint(0, 0))
    qtbot.waitUntil(menu.isVisible, timeout=2000)
    menu.hide()


def pixels(tray: Tray) -> QImage:
    return tray.icon.icon().pixmap(QSize(32, 32)).toImage()


# --- the menu ---------------------------------------------------------------------------------


def test_one_line_per_habit_with_its_title_and_next_time(menu: TrayMenu) -> None:
    assert habit_entries(menu) == [
        f"Sit up{SEPARATOR}next 14:30",
        f"Stretch{SEPARATOR}next Fri 09:30",
    ]


def test_a_habit_line_reminds_of_that_habit_now(qtbot: QtBot, menu: TrayMenu) -> None:
    with qtbot.waitSignal(menu.remind_now, timeout=1000) as blocker:
        entry(menu, f"Stretch{SEPARATOR}").trigger()
    assert blocker.args == ["stretch"]


def test_a_snoozed_habit_says_until_when(qtbot: QtBot, box: ViewBox, menu: TrayMenu) -> None:
    box.view = replace(
        VIEW, habits=(replace(POSTURE, next_due=NOW.replace(minute=40), snoozed=True),)
    )
    open_and_close(qtbot, menu)
    assert habit_entries(menu) == [f"Sit up{SEPARATOR}snoozed until 10:40"]


def test_a_habit_without_a_next_time_says_so(box: ViewBox) -> None:
    box.view = replace(VIEW, habits=(replace(POSTURE, next_due=None),))
    assert habit_entries(TrayMenu(box)) == [f"Sit up{SEPARATOR}not scheduled"]


def test_no_enabled_habit_shows_one_disabled_note(box: ViewBox) -> None:
    box.view = replace(VIEW, habits=())
    note = entry(TrayMenu(box), "All reminders are switched off")
    assert not note.isEnabled()


def test_a_time_in_another_zone_is_shown_on_the_local_day(box: ViewBox) -> None:
    # 23:30 UTC on Thursday is 00:30 on Friday here: "00:30" alone would read as the past.
    late = NOW.replace(hour=23)
    moment = datetime(2026, 11, 26, 23, 30, tzinfo=UTC)
    box.view = replace(VIEW, now=late, habits=(replace(POSTURE, next_due=moment),))
    assert habit_entries(TrayMenu(box)) == [f"Sit up{SEPARATOR}next Fri 00:30"]


def test_the_water_line_counts_towards_the_goal_and_logs_a_glass(
    qtbot: QtBot, menu: TrayMenu
) -> None:
    water = entry(menu, "I drank a glass of water")
    assert "750 / 2000 ml" in water.text()
    with qtbot.waitSignal(menu.drink, timeout=1000):
        water.trigger()


@pytest.mark.parametrize(
    ("label", "value"),
    [
        ("30 minutes", "30"),
        ("1 hour", "60"),
        ("2 hours", "120"),
        ("Until tomorrow", "tomorrow"),
        ("Until I resume", "off"),
    ],
)
def test_each_pause_choice_emits_its_length(
    qtbot: QtBot, menu: TrayMenu, label: str, value: str
) -> None:
    with qtbot.waitSignal(menu.pause, timeout=1000) as blocker:
        entry(pause_menu(menu), label).trigger()
    assert blocker.args == [value]


def test_the_pause_submenu_offers_exactly_the_five_choices(menu: TrayMenu) -> None:
    assert entries(pause_menu(menu)) == [
        "30 minutes",
        "1 hour",
        "2 hours",
        "Until tomorrow",
        "Until I resume",
    ]


def test_while_paused_the_menu_offers_resume_instead_of_pause(
    qtbot: QtBot, box: ViewBox, menu: TrayMenu
) -> None:
    box.view = replace(VIEW, paused=True, paused_until=NOW.replace(hour=11, minute=15))
    open_and_close(qtbot, menu)
    assert not [text for text in entries(menu) if "Pause" in text]
    assert habit_entries(menu) == [f"Sit up{SEPARATOR}paused", f"Stretch{SEPARATOR}paused"]
    resume = entry(menu, "Resume reminders")
    assert "11:15" in resume.text()
    with qtbot.waitSignal(menu.resume, timeout=1000):
        resume.trigger()


def test_an_open_ended_pause_offers_resume_without_a_time(box: ViewBox) -> None:
    box.view = replace(VIEW, paused=True, paused_until=None)
    assert entry(TrayMenu(box), "Resume").text().replace("&", "") == "Resume reminders"


@pytest.mark.parametrize(
    ("label", "signal"),
    [
        ("Lifting technique…", "open_lifting"),
        ("Settings…", "open_settings"),
        ("Quit", "quit_requested"),
    ],
)
def test_window_and_quit_entries_emit_their_signals(
    qtbot: QtBot, menu: TrayMenu, label: str, signal: str
) -> None:
    with qtbot.waitSignal(getattr(menu, signal), timeout=1000):
        entry(menu, label).trigger()


@pytest.mark.parametrize(
    ("label", "habit_id"), [("Stretch break…", "stretch"), ("Breathing break…", "stress")]
)
def test_guided_break_entries_name_their_habit(
    qtbot: QtBot, menu: TrayMenu, label: str, habit_id: str
) -> None:
    with qtbot.waitSignal(menu.start_break, timeout=1000) as blocker:
        entry(menu, label).trigger()
    assert blocker.args == [habit_id]


def test_the_menu_is_updated_from_a_fresh_view_each_time_it_shows(
    qtbot: QtBot, box: ViewBox, menu: TrayMenu
) -> None:
    open_and_close(qtbot, menu)
    assert habit_entries(menu)[0] == f"Sit up{SEPARATOR}next 14:30"
    box.view = replace(
        VIEW, habits=(replace(POSTURE, next_due=NOW.replace(hour=15, minute=5)),), water_ml=1000
    )
    asked = box.asked
    open_and_close(qtbot, menu)
    assert box.asked > asked
    assert habit_entries(menu) == [f"Sit up{SEPARATOR}next 15:05"]
    assert "1000 / 2000 ml" in entry(menu, "I drank").text()


def test_the_menu_keeps_its_entries_when_it_shows_again(
    qtbot: QtBot, box: ViewBox, menu: TrayMenu
) -> None:
    """Updated in place, never rebuilt: a StatusNotifier host keeps the ids it was given."""
    every = [menu.actions(), pause_menu(menu).actions()]
    box.view = replace(VIEW, paused=True, dnd_on=True, habits=(STRETCH,))
    open_and_close(qtbot, menu)
    box.view = VIEW
    open_and_close(qtbot, menu)
    assert [menu.actions(), pause_menu(menu).actions()] == every
    assert habit_entries(menu) == [
        f"Sit up{SEPARATOR}next 14:30",
        f"Stretch{SEPARATOR}next Fri 09:30",
    ]


def test_do_not_disturb_offers_turning_it_off_while_on(
    qtbot: QtBot, box: ViewBox, menu: TrayMenu
) -> None:
    assert entry(menu, "Do not disturb").menu() is not None
    box.view = replace(VIEW, dnd_on=True, dnd_until=NOW.replace(hour=11))
    open_and_close(qtbot, menu)
    assert not [text for text in entries(menu) if text.replace("&", "") == "Do not disturb"]
    off = entry(menu, "Turn off do not disturb")
    assert "11:00" in off.text()
    with qtbot.waitSignal(menu.do_not_disturb, timeout=1000) as blocker:
        off.trigger()
    assert blocker.args == ["off"]


# --- the tray icon ----------------------------------------------------------------------------


def test_the_tooltip_names_the_earliest_habit_and_its_time(tray: Tray) -> None:
    early = HabitLine("stress", "Breathe", NOW.replace(hour=10, minute=20), snoozed=False)
    tip = tray.tooltip(replace(VIEW, habits=(POSTURE, early, STRETCH)))
    first, water = tip.splitlines()
    assert "Breathe" in first
    assert "10:20" in first
    assert "Sit up" not in first
    assert "750" in water
    assert "2000" in water


def test_the_tooltip_says_paused_and_until_when(tray: Tray) -> None:
    until = NOW.replace(hour=12, minute=0)
    tip = tray.tooltip(replace(VIEW, paused=True, paused_until=until)).splitlines()[0]
    assert "paused" in tip
    assert "12:00" in tip
    assert "Sit up" not in tip
    open_ended = tray.tooltip(replace(VIEW, paused=True, paused_until=None)).splitlines()[0]
    assert "paused" in open_ended


def test_the_tooltip_without_scheduled_habits_says_none_are(tray: Tray) -> None:
    tip = tray.tooltip(replace(VIEW, habits=(replace(POSTURE, next_due=None),)))
    assert "no reminders scheduled" in tip.splitlines()[0]


def test_refresh_puts_the_current_view_in_the_tooltip(tray: Tray, box: ViewBox) -> None:
    assert tray.icon.toolTip() == tray.tooltip(VIEW)
    box.view = replace(VIEW, paused=True, paused_until=None)
    tray.refresh()
    assert tray.icon.toolTip() == tray.tooltip(box.view)
    assert "paused" in tray.icon.toolTip()


def test_the_icon_looks_different_while_paused(tray: Tray, box: ViewBox) -> None:
    running = pixels(tray)
    assert not running.isNull()
    box.view = replace(VIEW, paused=True)
    tray.refresh()
    paused = pixels(tray)
    assert paused != running
    box.view = VIEW
    tray.refresh()
    assert pixels(tray) == running


def test_the_icon_carries_the_menu(tray: Tray) -> None:
    assert tray.icon.contextMenu() is tray.menu


def test_a_left_click_opens_the_menu_with_a_fresh_view(
    qtbot: QtBot, tray: Tray, box: ViewBox
) -> None:
    box.view = replace(VIEW, water_ml=1250)
    tray.icon.activated.emit(QSystemTrayIcon.ActivationReason.Trigger)
    qtbot.waitUntil(tray.menu.isVisible, timeout=2000)
    assert "1250 / 2000 ml" in entry(tray.menu, "I drank").text()


# --- the main window (no tray) ----------------------------------------------------------------


def test_the_main_window_shows_the_tooltip_and_the_menu_behind_a_button(
    qtbot: QtBot, tray: Tray, box: ViewBox
) -> None:
    window = MainWindow(tray.menu, tray.tooltip)
    qtbot.addWidget(window)
    (label,) = window.findChildren(QLabel)
    assert label.text() == tray.tooltip(VIEW)
    (button,) = window.findChildren(QToolButton)
    assert button.menu() is tray.menu
    assert button.text()  # a visible, keyboard-reachable control, not an icon-only one


def test_the_main_window_follows_the_view_after_the_menu_closes(
    qtbot: QtBot, tray: Tray, box: ViewBox
) -> None:
    window = MainWindow(tray.menu, tray.tooltip)
    qtbot.addWidget(window)
    box.view = replace(VIEW, paused=True, paused_until=None)
    open_and_close(qtbot, tray.menu)
    (label,) = window.findChildren(QLabel)
    assert label.text() == tray.tooltip(box.view)
    assert "paused" in label.text()
