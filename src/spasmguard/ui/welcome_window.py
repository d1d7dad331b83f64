"""The first-run welcome: the four habits and why they matter, when reminders come, the notice.

Shown once, at the first start (the app decides when; the fact that it was seen is kept in the
data dir, not in the settings file), and again on request from the tray or the command line.
It is a normal, non-modal window: reminders keep coming while it is open, and nothing waits
for it. The working hours and intervals can be changed right here; "Save and start" goes through
the same save function as the settings window, "Skip", Esc or closing keep the defaults. Every
way of closing it emits ``seen`` once.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import time

from PySide6.QtCore import QLocale, QSize, Qt, QTime, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from spasmguard.core.habits import Habit
from spasmguard.core.safety import load_professional
from spasmguard.settings.model import Settings
from spasmguard.settings.schema import Value, option
from spasmguard.ui.i18n import keep_clock_left_to_right, translated
from spasmguard.ui.icons import svg_icon
from spasmguard.ui.safety_blocks import PROFESSIONAL, SPASM, SafetyLinks
from spasmguard.ui.text_blocks import heading, plain_label

_ICON_LINES = 2
_WIDTH_CHARS = 72
_TIME_FORMAT = "HH:mm"
_HOURS_KEYS = ("general.work_start", "general.work_end")


def interval_key(habit_id: str) -> str:
    """The settings key of a habit's interval (also the object name of its editor)."""
    return f"habits.{habit_id}.interval_minutes"


class WelcomeWindow(QDialog):
    """The welcome window. ``save`` persists and applies Settings (OSError with a sentence for
    the user when it cannot). Its SafetyLinks lead to the warning signs and the spasm panel.
    ContentError (from core.habits) if the packaged content is broken."""

    seen = Signal()

    def __init__(
        self,
        current: Settings,
        save: Callable[[Settings], None],
        habits: Mapping[str, Habit],
        *,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(self.tr("Welcome to spasmguard"))
        self._current = current
        self._save = save
        self._seen = False
        self._times: dict[str, QTimeEdit] = {}
        self._intervals: dict[str, QSpinBox] = {}

        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Welcome to spasmguard")))
        layout.addWidget(
            plain_label(
                self.tr(
                    "spasmguard reminds you, during your working hours, of four everyday habits "
                    "that can help prevent back spasms:"
                )
            )
        )
        layout.addLayout(self._habit_rows(habits))
        layout.addWidget(
            plain_label(
                self.tr(
                    "Away from the desk, walking, swimming and cycling are gentle ways to stay "
                    "fit that can help your back too."
                )
            )
        )
        layout.addWidget(heading(self.tr("When reminders come")))
        layout.addLayout(self._schedule_form(habits))
        layout.addWidget(
            plain_label(
                self.tr(
                    "Working days, your own reminder texts and the rest are in Settings, in the "
                    "tray menu. This welcome is there too, as Welcome tour."
                )
            )
        )
        layout.addLayout(self._notice(current.general.language_in_use))
        layout.addStretch()
        layout.addWidget(self._buttons())
        self._save_button.setFocus()  # Enter saves; no editor starts with its text selected
        self._fit(layout, self.fontMetrics().averageCharWidth() * _WIDTH_CHARS)

    # --- building -------------------------------------------------------------------------

    def _habit_rows(self, habits: Mapping[str, Habit]) -> QGridLayout:
        """Each habit's icon, then its title above the reason it matters."""
        grid = QGridLayout()
        grid.setColumnStretch(1, 1)
        side = self.fontMetrics().height() * _ICON_LINES
        for row, habit in enumerate(habits.values()):
            icon = QLabel()
            icon.setPixmap(svg_icon(habit.icon).pixmap(QSize(side, side), self.devicePixelRatioF()))
            grid.addWidget(icon, row, 0, Qt.AlignmentFlag.AlignTop)
            texts = QVBoxLayout()
            texts.setSpacing(0)
            texts.addWidget(plain_label(habit.title, bold=True))
            texts.addWidget(plain_label(habit.reason))
            grid.addLayout(texts, row, 1)
        return grid

    def _schedule_form(self, habits: Mapping[str, Habit]) -> QFormLayout:
        """Working hours (start to end) and each habit's interval, set to the current values."""
        form = QFormLayout()
        hours = QHBoxLayout()
        general = self._current.general
        for key, moment in zip(_HOURS_KEYS, (general.work_start, general.work_end), strict=True):
            edit = QTimeEdit(QTime(moment.hour, moment.minute))
            edit.setObjectName(key)
            keep_clock_left_to_right(edit)
            edit.setDisplayFormat(_TIME_FORMAT)
            self._times[key] = edit
        start, end = (self._times[key] for key in _HOURS_KEYS)
        start.setAccessibleName(self.tr("Working hours start"))
        end.setAccessibleName(self.tr("Working hours end"))
        hours.addWidget(start)
        hours.addWidget(QLabel(self.tr("to")))
        hours.addWidget(end)
        hours.addStretch()
        label = QLabel(self.tr("&Working hours"))
        label.setBuddy(start)
        form.addRow(label, hours)
        for habit_id, habit in habits.items():
            spin = self._interval_editor(habit_id)
            spin.setAccessibleName(self.tr("{title}: every").format(title=habit.title))
            row_label = QLabel(self.tr("{title}, every").format(title=habit.title))
            row_label.setBuddy(spin)
            form.addRow(row_label, spin)
        return form

    def _interval_editor(self, habit_id: str) -> QSpinBox:
        key = interval_key(habit_id)
        item = option(key)
        spin = QSpinBox()
        spin.setObjectName(key)
        spin.setRange(item.minimum or 1, item.maximum or 24 * 60)
        spin.setSuffix(self.tr(" min"))
        spin.setValue(self._current.habit(habit_id).interval_minutes)
        self._intervals[key] = spin
        return spin

    def _notice(self, language: str) -> QVBoxLayout:
        """The not-medical-advice notice and the ways to the warning signs and the spasm panel."""
        box = QVBoxLayout()
        notice = plain_label(load_professional(language or QLocale().name()).notice, italic=True)
        notice.setObjectName("notice")
        box.addWidget(notice)
        box.addWidget(SafetyLinks(PROFESSIONAL, SPASM))
        return box

    def _fit(self, layout: QVBoxLayout, width: int) -> None:
        """Open ``width`` wide and tall enough for every wrapped line at that width.

        A top-level window's first size ignores height-for-width, which would squeeze the
        wrapped reasons into one line each.
        """
        self.setMinimumWidth(width)
        self.resize(width, layout.totalHeightForWidth(width))

    def _buttons(self) -> QDialogButtonBox:
        box = QDialogButtonBox()
        save = box.addButton(self.tr("&Save and start"), QDialogButtonBox.ButtonRole.AcceptRole)
        save.setObjectName("save")
        save.setDefault(True)
        self._save_button = save
        skip = box.addButton(self.tr("S&kip"), QDialogButtonBox.ButtonRole.RejectRole)
        skip.setObjectName("skip")
        skip.setToolTip(self.tr("Keep the settings as they are"))
        box.accepted.connect(self.accept)
        box.rejected.connect(self.reject)
        return box

    # --- behaviour ------------------------------------------------------------------------

    def edited(self) -> Settings:
        """The current settings with the values shown here (checked by the schema)."""
        values: dict[str, Value] = {
            key: time(edit.time().hour(), edit.time().minute()) for key, edit in self._times.items()
        }
        values |= {key: spin.value() for key, spin in self._intervals.items()}
        settings = self._current
        for key, value in values.items():
            if value != settings.value(key):
                settings = settings.with_value(key, value)
        return settings

    def accept(self) -> None:
        """Save and start: save what changed (if anything), and close only if that worked."""
        settings = self.edited()
        if settings != self._current:
            try:
                self._save(settings)
            except OSError as error:
                QMessageBox.warning(self, self.tr("Settings not saved"), translated(str(error)))
                return
        super().accept()

    def done(self, result: int) -> None:
        """Every way out (Save, Skip, Esc, the window's close button) counts as seen, once."""
        if not self._seen:
            self._seen = True
            self.seen.emit()
        super().done(result)
