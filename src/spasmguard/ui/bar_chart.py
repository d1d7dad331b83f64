"""A small per-day bar chart painted with QPainter: stacked bars, an optional goal line.

A plotting library would cost start-up time and memory for what is a few dozen rectangles, so
the history window draws its own. Lines and text take their colours from the widget's palette
(they follow light and dark themes); only the data series have fixed hues, chosen from the
Okabe-Ito set, which stays distinguishable with the common colour-vision deficiencies and
reads on both light and dark backgrounds. Colour never carries meaning alone: each answer kind
also has its own fill pattern (solid, hatched, grid, cross-hatched), drawn the same in the bars
and in the legend. Hovering a bar shows that day's numbers; the whole chart carries an
accessible description with the period's totals, and a DayList under it is its text
alternative: every day's numbers as a list that a screen reader walks and the keyboard reaches.
In a right-to-left layout (Arabic) the chart is mirrored as such charts are written there: time
runs from right to left, so the newest day sits at the left edge where reading ends, and the
value scale stands on the right, where reading starts.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QDate, QEvent, QLocale, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QHelpEvent, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QListWidget, QSizePolicy, QToolTip, QWidget

# Okabe-Ito hues (bluish green, orange, reddish purple, vermillion, sky blue).
DONE_COLOR = QColor("#009E73")
SNOOZED_COLOR = QColor("#E69F00")
SKIPPED_COLOR = QColor("#CC79A7")
MISSED_COLOR = QColor("#D55E00")
WATER_COLOR = QColor("#56B4E9")


@dataclass(frozen=True)
class Look:
    """How a series is filled: a hue and a pattern, so series differ by more than colour."""

    color: QColor
    pattern: Qt.BrushStyle = Qt.BrushStyle.SolidPattern

    def fill(self, painter: QPainter, box: QRectF, texture: QColor) -> None:
        """Fill ``box`` with the hue, then the pattern's lines in ``texture`` (the background)."""
        painter.fillRect(box, self.color)
        if self.pattern != Qt.BrushStyle.SolidPattern:
            painter.fillRect(box, QBrush(texture, self.pattern))


DONE = Look(DONE_COLOR)
SNOOZED = Look(SNOOZED_COLOR, Qt.BrushStyle.BDiagPattern)
SKIPPED = Look(SKIPPED_COLOR, Qt.BrushStyle.CrossPattern)
MISSED = Look(MISSED_COLOR, Qt.BrushStyle.DiagCrossPattern)
WATER = Look(WATER_COLOR)

_HEIGHT_LINES = 6  # chart height in text lines
_BAR_SHARE = 0.7  # share of a day's slot the bar fills, leaving gaps between days
_PAD = 4
_LIST_LINES = 4.5  # a day list's height in text lines: a few days at a glance, the rest scrolls


@dataclass(frozen=True)
class Series:
    """One stacked layer: a name, a look and one value per day."""

    label: str
    look: Look
    values: tuple[int, ...]


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def short_day(day: date) -> str:
    """'25 Nov' in the user's language, for the axis."""
    return QLocale().toString(_qdate(day), "d MMM")


def long_day(day: date) -> str:
    """'Wednesday, November 25, 2026', written as the user's language writes a date."""
    return QLocale().toString(_qdate(day), QLocale.FormatType.LongFormat)


class BarChart(QWidget):
    """Bars for consecutive days; series are stacked bottom-up in the order given."""

    changed = Signal()  # new data was set

    def __init__(self, name: str, unit: str = "") -> None:
        super().__init__()
        self.setAccessibleName(name)
        self._unit = unit
        self._days: tuple[date, ...] = ()
        self._series: tuple[Series, ...] = ()
        self._goal: int | None = None
        self._empty_text = ""
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_data(
        self,
        days: Sequence[date],
        series: Sequence[Series],
        *,
        goal: int | None = None,
        description: str,
        empty_text: str = "",
    ) -> None:
        """Show new data; ``description`` is what a screen reader says about the chart."""
        self._days = tuple(days)
        self._series = tuple(series)
        self._goal = goal
        self._empty_text = empty_text
        self.setAccessibleDescription(description)
        self.update()
        self.changed.emit()

    def totals(self) -> tuple[int, ...]:
        """The height of each day's stack."""
        return tuple(sum(values) for values in zip(*(s.values for s in self._series), strict=True))

    def day_count(self) -> int:
        return len(self._days)

    def day_text(self, index: int) -> str:
        """One day's date and numbers in the user's language (tooltip and day list)."""
        locale = QLocale()
        parts = [f"{s.label} {locale.toString(s.values[index])}{self._unit}" for s in self._series]
        numbers = self.tr(", ", "between the numbers of one day: done 2, snoozed 1").join(parts)
        return self.tr("{day}: {numbers}").format(day=long_day(self._days[index]), numbers=numbers)

    def day_at(self, x: float) -> int | None:
        """The index of the day whose slot contains ``x``, or None outside the bars."""
        plot = self._plot_rect()
        if not self._days or not plot.left() <= x < plot.right():
            return None
        along = plot.right() - x if self._mirrored() else x - plot.left()
        return int(along / plot.width() * len(self._days))

    def sizeHint(self) -> QSize:
        """Wide enough for a readable bar per day of a month, a few lines high."""
        line = self.fontMetrics().height()
        return QSize(line * 30, line * _HEIGHT_LINES)

    def minimumSizeHint(self) -> QSize:
        line = self.fontMetrics().height()
        return QSize(line * 12, line * _HEIGHT_LINES)

    def event(self, event: QEvent) -> bool:
        """Tooltips name the hovered day and its numbers."""
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            index = self.day_at(event.pos().x())
            if index is None:
                QToolTip.hideText()
            else:
                QToolTip.showText(event.globalPos(), self.day_text(index), self)
            return True
        return super().event(event)

    # --- painting ---------------------------------------------------------------------------

    def _top_value(self) -> int:
        return max((*self.totals(), self._goal or 0, 1))

    def _mirrored(self) -> bool:
        return self.layoutDirection() == Qt.LayoutDirection.RightToLeft

    def _plot_rect(self) -> QRectF:
        """The bars' area: room for the value labels at the side reading starts, dates below."""
        metrics = self.fontMetrics()
        scale = metrics.horizontalAdvance(f"{self._top_value()}{self._unit}") + 2 * _PAD
        left, right = (_PAD, scale) if self._mirrored() else (scale, _PAD)
        bottom = metrics.height() + _PAD
        return QRectF(self.rect()).adjusted(left, _PAD + metrics.height() / 2, -right, -bottom)

    def _slot_left(self, plot: QRectF, index: int) -> float:
        """Day ``index``'s slot's left edge: counted from the left, or from the right in RTL."""
        slot = plot.width() / len(self._days)
        return plot.right() - slot * (index + 1) if self._mirrored() else plot.left() + slot * index

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        plot = self._plot_rect()
        text_color = self.palette().color(QPalette.ColorRole.WindowText)
        self._paint_axes(painter, plot, text_color)
        if not any(self.totals()):
            painter.setPen(self.palette().color(QPalette.ColorRole.PlaceholderText))
            painter.drawText(plot, Qt.AlignmentFlag.AlignCenter, self._empty_text)
        else:
            self._paint_bars(painter, plot)
        if self._goal is not None:
            self._paint_goal(painter, plot, text_color)
        painter.end()

    def _y(self, plot: QRectF, value: float) -> float:
        return plot.bottom() - plot.height() * value / self._top_value()

    def _paint_axes(self, painter: QPainter, plot: QRectF, text_color: QColor) -> None:
        """Baseline, the scale (0 and the top value) and the first, middle and last dates."""
        painter.setPen(QPen(self.palette().color(QPalette.ColorRole.Mid), 1))
        painter.drawLine(plot.bottomLeft(), plot.bottomRight())
        painter.setPen(text_color)
        metrics = self.fontMetrics()
        # Each value label hugs the plot: right-aligned left of it, left-aligned right of it (RTL).
        if self._mirrored():
            scale = QRectF(plot.right() + _PAD, 0, self.width() - plot.right() - _PAD, 0)
            align = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        else:
            scale = QRectF(0, 0, plot.left() - _PAD, 0)
            align = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        for value in (0, self._top_value()):
            y = self._y(plot, value)
            box = QRectF(scale.left(), y - metrics.height() / 2, scale.width(), metrics.height())
            painter.drawText(box, align, f"{value}{self._unit}")
        if not self._days:
            return
        slot = plot.width() / len(self._days)
        for index in sorted({0, len(self._days) // 2, len(self._days) - 1}):
            text = short_day(self._days[index])
            width = metrics.horizontalAdvance(text)
            centre = self._slot_left(plot, index) + slot / 2
            x = min(max(centre - width / 2, plot.left()), plot.right() - width)
            painter.drawText(QPointF(x, plot.bottom() + _PAD + metrics.ascent()), text)

    def _paint_bars(self, painter: QPainter, plot: QRectF) -> None:
        slot = plot.width() / len(self._days)
        width = max(1.0, slot * _BAR_SHARE)
        painter.setPen(Qt.PenStyle.NoPen)
        texture = self.palette().color(QPalette.ColorRole.Window)
        for index in range(len(self._days)):
            x = self._slot_left(plot, index) + (slot - width) / 2
            stacked = 0
            for series in self._series:
                value = series.values[index]
                if value:
                    top, bottom = self._y(plot, stacked + value), self._y(plot, stacked)
                    series.look.fill(painter, QRectF(x, top, width, bottom - top), texture)
                    stacked += value

    def _paint_goal(self, painter: QPainter, plot: QRectF, text_color: QColor) -> None:
        """A dashed line across the chart at the goal, in the text colour."""
        assert self._goal is not None
        pen = QPen(text_color, 1.5, Qt.PenStyle.DashLine)
        painter.setPen(pen)
        y = self._y(plot, self._goal)
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))


class DayList(QListWidget):
    """A chart's text alternative: one line per day with its date and numbers, oldest first.

    The bars hold their numbers only in hover tooltips, which neither a screen reader nor the
    keyboard reaches; this list takes Tab focus, the arrow keys walk it day by day, and a screen
    reader reads each line whole. It follows the chart's data, and today is its current line.
    """

    def __init__(self, chart: BarChart, name: str) -> None:
        super().__init__()
        self._chart = chart
        self.setAccessibleName(name)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        chart.changed.connect(self._fill)
        self._fill()

    def sizeHint(self) -> QSize:
        line = self.fontMetrics().height()
        return QSize(line * 30, round(line * _LIST_LINES) + 2 * self.frameWidth())

    def _fill(self) -> None:
        self.clear()
        self.addItems([self._chart.day_text(i) for i in range(self._chart.day_count())])
        self.setCurrentRow(self.count() - 1)
