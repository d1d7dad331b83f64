"""The history window: the range changes what is shown, export writes, delete asks first."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
import shiboken6
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QLabel,
    QListWidget,
    QMessageBox,
    QPushButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

from spasmguard.core.clock import FakeClock
from spasmguard.core.habits import load_habits
from spasmguard.core.history import History
from spasmguard.core.languages import SOURCE_LANGUAGE
from spasmguard.core.state import RuntimeState
from spasmguard.ui.bar_chart import DONE_COLOR, MISSED_COLOR, WATER_COLOR
from spasmguard.ui.history_window import HistoryWindow
from spasmguard.ui.i18n import use_language

BERLIN = ZoneInfo("Europe/Berlin")
NOW = datetime(2026, 5, 10, 15, 0, tzinfo=BERLIN)
GOAL_ML = 2000
STATE = RuntimeState(paused_indefinitely=True)

MakeWindow = Callable[[], HistoryWindow]


def day_ago(days: int, hour: int = 10) -> datetime:
    return datetime.combine(NOW.date() - timedelta(days=days), datetime.min.time(), BERLIN).replace(
        hour=hour
    )


@pytest.fixture(autouse=True)
def english() -> None:
    """Dates as QLocale("en") writes them, whatever the machine's locale."""
    use_language(SOURCE_LANGUAGE)


@pytest.fixture
def history(tmp_path: Path) -> Iterator[History]:
    with History(tmp_path / "history.sqlite3") as opened:
        for days in (0, 1, 2):
            opened.record("posture", "done", day_ago(days))
        opened.record("posture", "missed", day_ago(1, 11))
        opened.record("posture", "done", day_ago(10))  # in 30 and 90 days, not in 7
        opened.record("posture", "skipped", day_ago(60))  # in 90 days only
        opened.add_water(2500, day_ago(0))
        opened.add_water(500, day_ago(1), state=STATE)
        yield opened


@pytest.fixture
def make_window(qtbot: QtBot, history: History) -> Iterator[MakeWindow]:
    windows: list[HistoryWindow] = []

    def make() -> HistoryWindow:
        window = HistoryWindow(history, FakeClock(NOW), GOAL_ML, load_habits())
        windows.append(window)
        window.resize(800, 900)
        window.show()
        qtbot.waitExposed(window)
        return window

    yield make
    for window in windows:
        if shiboken6.isValid(window):
            window.close()


def answer_next_dialog(qtbot: QtBot, button_text: str) -> None:
    """Press a button of the next modal dialog (the window runs it with exec())."""

    def press() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, QMessageBox)
        (button,) = [b for b in dialog.findChildren(QPushButton) if b.text() == button_text]
        button.click()

    QTimer.singleShot(0, press)


def colour_share(widget: QWidget, colour: QColor, tolerance: int = 0) -> float:
    """The share of a widget's pixels within ``tolerance`` (per channel) of ``colour``."""
    image = widget.grab().toImage()
    pixels = [image.pixelColor(x, y) for x in range(image.width()) for y in range(image.height())]
    wanted = (colour.red(), colour.green(), colour.blue())

    def near(pixel: QColor) -> bool:
        got = (pixel.red(), pixel.green(), pixel.blue())
        return all(abs(a - b) <= tolerance for a, b in zip(got, wanted, strict=True))

    return sum(1 for pixel in pixels if near(pixel)) / len(pixels)


# --- what is shown ---------------------------------------------------------------------------


def test_shows_30_days_by_default_with_streaks_and_adherence(make_window: MakeWindow) -> None:
    window = make_window()
    assert window.days == 30
    posture = window.chart("posture")
    assert len(posture.totals()) == 30
    assert posture.totals()[-3:] == (1, 2, 1)
    assert sum(posture.totals()) == 5
    assert window.summary("posture").startswith("Days in a row: 3 now, 3 at best")
    assert "done 80 % of the times it was due" in window.summary("posture")
    assert "no answered reminders" in window.summary("stress")
    assert window.summary("water") == "Daily goal 2000 ml, reached on 1 of 30 days."


def test_switching_the_range_changes_the_data_shown(qtbot: QtBot, make_window: MakeWindow) -> None:
    window = make_window()
    window.range_box.setFocus()
    qtbot.keyClick(window.range_box, Qt.Key.Key_Up)  # the keyboard reaches the selector
    assert window.days == 7
    assert len(window.chart("posture").totals()) == 7
    assert sum(window.chart("posture").totals()) == 4  # the done of 10 days ago is gone
    assert "done 75 %" in window.summary("posture")
    assert window.summary("water") == "Daily goal 2000 ml, reached on 1 of 7 days."

    qtbot.keyClick(window.range_box, Qt.Key.Key_Down)
    qtbot.keyClick(window.range_box, Qt.Key.Key_Down)
    assert window.days == 90
    assert sum(window.chart("posture").totals()) == 6
    assert "done 67 %" in window.summary("posture")


def test_the_selector_has_focus_and_a_keyboard_shortcut(
    qtbot: QtBot, make_window: MakeWindow
) -> None:
    window = make_window()
    window.activateWindow()
    qtbot.waitUntil(window.range_box.hasFocus, timeout=2000)  # the selector comes first
    assert window.range_box.accessibleName() == "Period shown"
    (export,) = [b for b in window.findChildren(QPushButton) if b.text() == "&Export…"]
    export.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)
    assert window.range_box.hasFocus()


def test_charts_describe_themselves_and_name_each_day(make_window: MakeWindow) -> None:
    window = make_window()
    posture = window.chart("posture")
    assert posture.accessibleName() == "Posture check: answers per day"
    assert "In this period: done 4, snoozed 0, skipped 0, missed 1." in (
        posture.accessibleDescription()
    )
    assert posture.day_text(0).startswith("Saturday, April 11, 2026: ")
    assert posture.day_text(28) == "Saturday, May 9, 2026: done 1, snoozed 0, skipped 0, missed 1"
    assert window.chart("water").day_text(29) == "Sunday, May 10, 2026: water 2500 ml"
    last_bar_x = posture.width() - 8
    assert posture.day_at(last_bar_x) == 29
    assert posture.day_at(0) is None


def columns_with(widget: QWidget, colour: QColor) -> list[int]:
    """The x of every pixel column of ``widget`` holding ``colour`` exactly."""
    image = widget.grab().toImage()
    wanted = colour.rgb()
    return [
        x
        for x in range(image.width())
        if any(image.pixelColor(x, y).rgb() == wanted for y in range(image.height()))
    ]


@pytest.mark.parametrize(("language", "newest_at_left"), [("en", False), ("ar", True)])
def test_time_runs_the_way_the_language_reads(
    make_window: MakeWindow, language: str, newest_at_left: bool
) -> None:
    """Arabic mirrors the chart: newest day at the left, the scale on the right; hovering and
    tooltips name the day painted under the pointer."""
    use_language(language)
    try:
        window = make_window()
        water = window.chart("water")
        # Water was drunk only on the newest two days (today 2500 ml, yesterday 500 ml).
        painted = columns_with(water, WATER_COLOR)
        scale_x = columns_with(water, water.palette().color(QPalette.ColorRole.WindowText))
        centre = water.width() / 2
        assert painted
        assert all((x < centre) == newest_at_left for x in painted)
        newest_x = min(painted) if newest_at_left else max(painted)
        assert water.day_at(newest_x) == 29
        edge = water.width() - 8
        assert water.day_at(8 if newest_at_left else edge) == 29
        assert water.day_at(edge if newest_at_left else 8) is None  # the scale's margin
        # The "2500 ml" top label sits in the scale's margin, beside the edge reading starts at.
        labels = [x for x in scale_x if water.day_at(x) is None and 8 < x < water.width() - 8]
        assert labels
        assert (sum(labels) / len(labels) > centre) == newest_at_left
    finally:
        use_language(SOURCE_LANGUAGE)


def day_list(window: HistoryWindow, key: str) -> QListWidget:
    found = window.findChild(QListWidget, f"days_{key}")
    assert isinstance(found, QListWidget)
    return found


def test_every_days_numbers_are_in_a_list_the_keyboard_reaches(
    qtbot: QtBot, make_window: MakeWindow
) -> None:
    """The charts' text alternative: a line per day, today current, Tab reaches it."""
    window = make_window()
    days = day_list(window, "posture")
    assert days.accessibleName() == "Posture check: the numbers of each day"
    assert days.count() == 30
    assert days.item(28).text() == window.chart("posture").day_text(28)
    assert days.currentRow() == 29
    assert days.currentItem().text().startswith("Sunday, May 10, 2026: done 1,")
    assert day_list(window, "water").item(29).text().endswith("water 2500 ml")
    window.activateWindow()
    qtbot.waitUntil(window.range_box.hasFocus, timeout=2000)
    reached = []
    for _ in range(20):
        qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_Tab)
        reached.append(QApplication.focusWidget())
    assert days in reached
    window.range_box.setCurrentIndex(0)  # 7 days: the list follows the chart
    assert days.count() == 7


def test_the_day_list_speaks_the_users_language(make_window: MakeWindow) -> None:
    use_language("de")
    try:
        window = make_window()
        today = day_list(window, "posture").item(29).text()
    finally:
        use_language(SOURCE_LANGUAGE)
    assert today.startswith("Sonntag, 10. Mai 2026: ")
    assert "erledigt 1" in today
    assert "done" not in today


def test_bars_are_painted_in_the_series_colours(make_window: MakeWindow) -> None:
    window = make_window()
    assert colour_share(window.chart("posture"), DONE_COLOR) > 0.005
    assert colour_share(window.chart("posture"), MISSED_COLOR) > 0.001
    assert colour_share(window.chart("stress"), DONE_COLOR) == 0
    assert colour_share(window.chart("water"), WATER_COLOR) > 0.005


@pytest.mark.parametrize(("text", "base"), [("#000000", "#ffffff"), ("#ffffff", "#202020")])
def test_axes_and_labels_follow_the_palette(make_window: MakeWindow, text: str, base: str) -> None:
    window = make_window()
    palette = QPalette(window.palette())
    palette.setColor(QPalette.ColorRole.WindowText, QColor(text))
    palette.setColor(QPalette.ColorRole.Window, QColor(base))
    window.setPalette(palette)
    chart = window.chart("water")
    assert colour_share(chart, QColor(text), tolerance=60) > 0.003  # labels and the goal line
    assert colour_share(chart, QColor(base)) > 0.5  # the background is the window's


# --- export, delete, close -------------------------------------------------------------------


@pytest.mark.parametrize(("name", "chosen"), [("export", "JSON (*.json)"), ("x.json", "")])
def test_export_writes_json_chosen_by_filter_or_name(
    make_window: MakeWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, name: str, chosen: str
) -> None:
    window = make_window()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_: (str(tmp_path / name), chosen))
    window.export()
    written = tmp_path / "export.json" if name == "export" else tmp_path / name
    events = json.loads(written.read_text())["events"]
    assert len(events) == 8
    assert str(written) in window.status.text()


def test_export_writes_csv_and_a_cancelled_dialog_writes_nothing(
    make_window: MakeWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    window = make_window()
    target = tmp_path / "history.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_: (str(target), "CSV (*.csv)"))
    window.export()
    assert target.read_text().splitlines()[0] == "time,habit,kind,detail,amount_ml"
    assert len(target.read_text().splitlines()) == 9
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_: ("", ""))
    window.export()
    assert list(tmp_path.glob("*.csv")) == [target]


def test_delete_asks_first_and_then_empties_the_history(
    qtbot: QtBot, make_window: MakeWindow, history: History
) -> None:
    window = make_window()
    answer_next_dialog(qtbot, "Cancel")
    window.delete_history()
    assert len(history.all_events()) == 8
    assert sum(window.chart("posture").totals()) == 5

    answer_next_dialog(qtbot, "Delete history")
    with qtbot.waitSignal(window.deleted, timeout=2000):
        window.delete_history()
    assert history.all_events() == []
    assert history.load_state() == STATE
    assert sum(window.chart("posture").totals()) == 0
    assert window.summary("posture").startswith("Days in a row: 0 now, 0 at best")
    assert window.status.text() == "History deleted (events removed: 8)."


def test_closing_destroys_the_window(qtbot: QtBot, make_window: MakeWindow) -> None:
    window = make_window()
    window.activateWindow()
    qtbot.waitUntil(window.range_box.hasFocus, timeout=2000)
    qtbot.keyClick(window.range_box, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not shiboken6.isValid(window), timeout=2000)


def test_answer_kinds_differ_by_more_than_colour(make_window: MakeWindow) -> None:
    """The legend's squares, filled like the bars, differ in pattern once colour is gone."""
    window = make_window()
    labels = window.findChildren(QLabel)
    images = [label.pixmap().toImage() for label in labels if not label.pixmap().isNull()]
    assert len(images) == 5  # done, snoozed, skipped, missed, water
    texture = window.palette().color(QPalette.ColorRole.Window).rgb()

    def pattern(image: QImage) -> frozenset[tuple[int, int]]:
        """Where the pattern's lines are: pixels in the background colour."""
        points = ((x, y) for x in range(image.width()) for y in range(image.height()))
        return frozenset(p for p in points if image.pixel(*p) == texture)

    answer_patterns = [pattern(image) for image in images[:4]]
    assert answer_patterns[0] == frozenset()  # done is solid
    assert len(set(answer_patterns)) == 4
