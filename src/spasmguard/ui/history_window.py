"""The history window: each habit's last 7, 30 or 90 days as charts, streaks, adherence, water.

Seeing the streak grow is what keeps a habit going, so the numbers a user cares about (current
and best streak, how often they did it when reminded) sit right above each habit's chart, and
every day's numbers in a list below it (for screen readers and the keyboard). The window reads
the statistics from ``core.stats`` each time the range changes (a few indexed queries, fast
even on years of history), exports the log as CSV or JSON and deletes it after asking. It is
built when opened and deleted when closed, like every window of the app.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from datetime import date
from pathlib import Path

from PySide6.QtCore import QRectF, QSize, Qt, Signal
from PySide6.QtGui import QKeySequence, QPainter, QPalette, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from spasmguard.core.clock import Clock
from spasmguard.core.export import export_events
from spasmguard.core.files import WriteError, write_atomic
from spasmguard.core.habits import Habit
from spasmguard.core.history import History, HistoryError
from spasmguard.core.stats import RANGE_DAYS, HabitStats, HistoryStats, collect
from spasmguard.ui.bar_chart import (
    DONE,
    MISSED,
    SKIPPED,
    SNOOZED,
    WATER,
    BarChart,
    DayList,
    Look,
    Series,
)
from spasmguard.ui.frame_window import content_layout
from spasmguard.ui.i18n import translated
from spasmguard.ui.text_blocks import plain_label

log = logging.getLogger(__name__)

DEFAULT_RANGE_DAYS = 30
_WINDOW_SIZE_LINES = QSize(46, 40)
_SWATCH_LINES = 1.2  # legend squares: big enough to show their pattern
# The answer kinds' looks, in the order of the kinds (done, snoozed, skipped, missed).
_ANSWER_LOOKS = (DONE, SNOOZED, SKIPPED, MISSED)
_FILTERS = {"csv": "CSV (*.csv)", "json": "JSON (*.json)"}


class HistoryWindow(QMainWindow):
    """Charts and numbers per habit for a chosen range; export and delete. Esc closes it."""

    deleted = Signal()  # the history was deleted (water today and the like changed)

    def __init__(
        self,
        history: History,
        clock: Clock,
        water_goal_ml: int,
        habits: Mapping[str, Habit],
        *,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(self.tr("History"))
        self._history = history
        self._clock = clock
        self._water_goal_ml = water_goal_ml
        self._habits = habits
        self._kind_labels = {
            "done": self.tr("done"),
            "snoozed": self.tr("snoozed"),
            "skipped": self.tr("skipped"),
            "missed": self.tr("missed"),
        }
        self.range_box = self._range_box()
        self.status = plain_label("")
        self._summaries: dict[str, QLabel] = {}
        self._charts: dict[str, BarChart] = {}

        layout = content_layout(self)
        layout.addLayout(self._toolbar())
        layout.addWidget(self._scroll(self._page()))
        layout.addWidget(self.status)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self).activated.connect(self.close)
        self.range_box.setFocus()
        self.reload()

    def sizeHint(self) -> QSize:
        return _WINDOW_SIZE_LINES * self.fontMetrics().height()

    @property
    def days(self) -> int:
        """The number of days shown."""
        return int(self.range_box.currentData())

    def chart(self, key: str) -> BarChart:
        """The chart of a habit id, or of ``water``."""
        return self._charts[key]

    def summary(self, key: str) -> str:
        """The text above a habit's chart (or the water chart)."""
        return self._summaries[key].text()

    # --- building -----------------------------------------------------------------------------

    def _range_box(self) -> QComboBox:
        box = QComboBox()
        for days in RANGE_DAYS:
            box.addItem(self.tr("Last %n days", "", days), days)
        box.setCurrentIndex(RANGE_DAYS.index(DEFAULT_RANGE_DAYS))
        box.setAccessibleName(self.tr("Period shown"))
        box.currentIndexChanged.connect(self.reload)
        return box

    def _toolbar(self) -> QHBoxLayout:
        row = QHBoxLayout()
        label = QLabel(self.tr("&Show:"))
        label.setBuddy(self.range_box)
        row.addWidget(label)
        row.addWidget(self.range_box)
        row.addStretch()
        export = QPushButton(self.tr("&Export…"))
        export.clicked.connect(self.export)
        delete = QPushButton(self.tr("&Delete history…"))
        delete.clicked.connect(self.delete_history)
        row.addWidget(export)
        row.addWidget(delete)
        return row

    def _scroll(self, page: QWidget) -> QScrollArea:
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.StyledPanel)  # holds the focus ring
        scroll.setWidget(page)
        scroll.setAccessibleName(self.tr("Charts by habit"))
        return scroll

    def _page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addLayout(self._legend())
        for habit_id, habit in self._habits.items():
            self._add_section(layout, habit_id, habit.title, self.tr("answers per day"))
        self._add_section(layout, "water", self.tr("Water"), self.tr("water per day"), " ml")
        layout.addStretch()
        return page

    def _legend(self) -> QHBoxLayout:
        row = QHBoxLayout()
        for look, label in zip(_ANSWER_LOOKS, self._kind_labels.values(), strict=True):
            row.addWidget(self._swatch(look))
            row.addWidget(QLabel(label))
        row.addWidget(self._swatch(WATER))
        row.addWidget(QLabel(self.tr("water (dashed line: daily goal)")))
        row.addStretch()
        return row

    def _swatch(self, look: Look) -> QLabel:
        """A small square filled like the series' bars (hue and pattern), for the legend."""
        size = round(self.fontMetrics().height() * _SWATCH_LINES)
        pixmap = QPixmap(size, size)
        painter = QPainter(pixmap)
        look.fill(painter, QRectF(pixmap.rect()), self.palette().color(QPalette.ColorRole.Window))
        painter.end()
        label = QLabel()
        label.setPixmap(pixmap)
        return label

    def _add_section(
        self, layout: QVBoxLayout, key: str, title: str, what: str, unit: str = ""
    ) -> None:
        layout.addWidget(plain_label(title, bold=True))
        self._summaries[key] = plain_label("")
        layout.addWidget(self._summaries[key])
        self._charts[key] = chart = BarChart(
            self.tr("{title}: {what}").format(title=title, what=what), unit
        )
        layout.addWidget(chart)
        numbers = DayList(chart, self.tr("{title}: the numbers of each day").format(title=title))
        numbers.setObjectName(f"days_{key}")
        layout.addWidget(numbers)

    # --- showing ------------------------------------------------------------------------------

    def reload(self) -> None:
        """Read the statistics of the chosen range again and show them."""
        stats = collect(self._history, self.days, self._clock.now(), self._water_goal_ml)
        for habit_id, habit_stats in stats.habits.items():
            if habit_id in self._charts:
                self._show_habit(stats.days, habit_stats)
        self._show_water(stats)

    def _show_habit(self, days: tuple[date, ...], stats: HabitStats) -> None:
        series = [
            Series(label, look, tuple(day[kind] for day in stats.counts))
            for (kind, label), look in zip(self._kind_labels.items(), _ANSWER_LOOKS, strict=True)
        ]
        text = self._habit_text(stats)
        self._summaries[stats.habit_id].setText(text)
        totals = ", ".join(f"{s.label} {sum(s.values)}" for s in series)
        self._charts[stats.habit_id].set_data(
            days,
            series,
            description=self.tr("{summary} In this period: {totals}.").format(
                summary=text, totals=totals
            ),
            empty_text=self.tr("Nothing recorded in this period"),
        )

    def _habit_text(self, stats: HabitStats) -> str:
        streaks = self.tr("Days in a row: {current} now, {best} at best").format(
            current=stats.current_streak, best=stats.best_streak
        )
        if stats.adherence is None:
            kept = self.tr("no answered reminders in this period")
        else:
            kept = self.tr("done {percent} % of the times it was due").format(
                percent=round(stats.adherence * 100)
            )
        return f"{streaks} · {kept}"

    def _show_water(self, stats: HistoryStats) -> None:
        text = self.tr("Daily goal {goal} ml, reached on {met} of %n days.", "", len(stats.days))
        text = text.format(goal=stats.water_goal_ml, met=stats.water_goal_days)
        self._summaries["water"].setText(text)
        self._charts["water"].set_data(
            stats.days,
            [Series(self.tr("water"), WATER, stats.water_ml)],
            goal=stats.water_goal_ml,
            description=text,
            empty_text=self.tr("No water recorded in this period"),
        )

    # --- export and delete --------------------------------------------------------------------

    def export(self) -> None:
        """Ask for a file, then write every event to it as CSV or JSON (by the chosen filter)."""
        suggested = Path.home() / f"spasmguard-history-{self._clock.now().date().isoformat()}.csv"
        name, chosen = QFileDialog.getSaveFileName(
            self, self.tr("Export history"), str(suggested), ";;".join(_FILTERS.values())
        )
        if not name:
            return
        fmt = next((f for f, label in _FILTERS.items() if label == chosen), None)
        fmt = fmt or ("json" if name.lower().endswith(".json") else "csv")
        path = Path(name) if Path(name).suffix else Path(f"{name}.{fmt}")
        events = self._history.all_events()
        try:
            write_atomic(path, export_events(events, fmt).encode("utf-8"))
        except WriteError as error:
            QMessageBox.critical(self, self.tr("Export failed"), translated(str(error)))
            return
        log.info("history exported: %d events to %s", len(events), path)
        self.status.setText(
            self.tr("Export written to {path} (events: {count}).").format(
                path=path, count=len(events)
            )
        )

    def delete_history(self) -> None:
        """Ask, then delete every event (snoozes and pauses stay) and show the empty history."""
        if not self._confirm_delete():
            return
        try:
            count = self._history.delete_events()
        except HistoryError as error:
            QMessageBox.critical(self, self.tr("Delete failed"), translated(str(error)))
            return
        log.info("history deleted: %d events", count)
        self.status.setText(
            self.tr("History deleted (events removed: {count}).").format(count=count)
        )
        self.reload()
        self.deleted.emit()

    def _confirm_delete(self) -> bool:
        """A warning that names the consequence; Cancel is the default button."""
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Delete history?"),
            self.tr(
                "Delete every recorded reminder, answer and glass of water? Streaks start "
                "again from zero. This cannot be undone; export the history first to keep a copy."
            ),
            parent=self,
        )
        delete = box.addButton(self.tr("Delete history"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(box.addButton(QMessageBox.StandardButton.Cancel))
        box.exec()
        return box.clickedButton() is delete
