"""The settings window, built from ``schema.OPTIONS``: one editor per option, one factory per kind.

The schema is the single source of every option, so adding an option there adds its editor here
without touching this file, and ``Option.coerce`` stays the one judge of a value: the editors
only keep values in the obvious range, and Apply/OK run every edited value through the schema
before anything is saved.

The window never changes the app's Settings itself. It is opened with the current Settings and
a ``save`` function from the app (which persists and applies); Cancel, Esc and closing the window
simply drop the edits, and the window is deleted on close and rebuilt when opened again, so
nothing stale survives. Only what the user changed is taken from the widgets; every other value
is carried over from the Settings the window was opened with, so a widget's quirks can never
alter an option the user did not touch.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import time
from string import ascii_lowercase
from types import MappingProxyType
from typing import TypeVar

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QLocale,
    QSize,
    Qt,
    QTime,
    Signal,
    SignalInstance,
)
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QScrollArea,
    QSpinBox,
    QStyle,
    QTabWidget,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from spasmguard.core.habits import Habit, load_habits
from spasmguard.core.languages import LANGUAGE_NAMES, SYSTEM
from spasmguard.settings.launch_entries import StartAtLoginError
from spasmguard.settings.model import Settings
from spasmguard.settings.schema import OPTIONS, WEEKDAYS, InvalidValue, Kind, Option, Value
from spasmguard.ui.i18n import keep_clock_left_to_right, translated

_CONTEXT = "SettingsWindow"


def _translate(text: object) -> str:
    """``text`` in the user's language (object: PySide6 types QT_TRANSLATE_NOOP's result so)."""
    return QCoreApplication.translate(_CONTEXT, str(text))


def _option_text(text: str) -> str:
    """A schema title or help in the user's language (the schema marks them, context "")."""
    return QCoreApplication.translate("", text)


_PLACEHOLDERS = MappingProxyType(
    {"custom_prompt": QT_TRANSLATE_NOOP("SettingsWindow", "Leave empty for rotating tips")}
)
_CHOICE_LABELS = MappingProxyType(
    {
        SYSTEM: QT_TRANSLATE_NOOP("SettingsWindow", "System default"),
        "desktop": QT_TRANSLATE_NOOP("SettingsWindow", "Desktop notification"),
        "window": QT_TRANSLATE_NOOP("SettingsWindow", "spasmguard's own window"),
    }
)
# Options whose name starts with a prefix here are grouped in a box with that title.
_GROUPS = (("work_", QT_TRANSLATE_NOOP("SettingsWindow", "Working hours")),)
# Options whose name ends so show their unit in the spin box (_UnitSpinBox).
_UNIT_ENDINGS = ("_minutes", "_seconds", "_ml")
_NOTHING_UNAVAILABLE: Mapping[str, str] = MappingProxyType({})
_INT_LIMITS = (-(2**31), 2**31 - 1)
_TIME_FORMAT = "HH:mm"
_MAX_SCREEN_SHARE = 0.9
_T = TypeVar("_T")


@dataclass(frozen=True)
class _Editor:
    """One option's widget reduced to what the window needs: read, write, notice edits."""

    widget: QWidget
    read: Callable[[], Value]
    write: Callable[[Value], None]
    edited: SignalInstance


@dataclass(frozen=True)
class _Field:
    """An option with its editor, its "use the general setting" box if it inherits, its tab."""

    option: Option
    editor: _Editor
    inherit: QCheckBox | None
    tab: int

    def read(self) -> Value:
        """The value as the user set it; None while the general setting is used."""
        if self.inherit is not None and self.inherit.isChecked():
            return None
        return self.editor.read()


class _DaysEdit(QWidget):
    """Seven check boxes, Monday to Sunday, read and written as schema day names."""

    edited = Signal()

    def __init__(self) -> None:
        super().__init__()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        locale = QLocale()
        self._boxes: list[QCheckBox] = []
        for number in range(1, len(WEEKDAYS) + 1):  # Qt numbers the days 1 (Monday) to 7
            box = QCheckBox(locale.dayName(number, QLocale.FormatType.ShortFormat))
            box.setAccessibleName(locale.dayName(number, QLocale.FormatType.LongFormat))
            box.toggled.connect(self.edited)
            layout.addWidget(box)
            self._boxes.append(box)
        layout.addStretch(1)
        self.setFocusProxy(self._boxes[0])

    def days(self) -> tuple[str, ...]:
        """The checked days in week order."""
        return tuple(day for day, box in zip(WEEKDAYS, self._boxes, strict=True) if box.isChecked())

    def set_days(self, days: Iterable[str]) -> None:
        """Check exactly these days."""
        wanted = set(days)
        for day, box in zip(WEEKDAYS, self._boxes, strict=True):
            box.setChecked(day in wanted)


class _Page(QScrollArea):
    """A tab's scrollable page that asks for room for all of its content (QScrollArea's own
    size hint is a fixed guess), so the window opens big enough and scrolls only when smaller."""

    def __init__(self, body: QWidget, title: str) -> None:
        super().__init__()
        self.setAccessibleName(title)  # it takes focus (to scroll): a screen reader says this
        self._body = body
        self.setWidget(body)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.StyledPanel)  # holds the focus ring

    def sizeHint(self) -> QSize:
        scrollbar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        frame = 2 * self.frameWidth()
        return self._body.sizeHint() + QSize(scrollbar + frame, frame)


class _UnitSpinBox(QSpinBox):
    """A spin box whose unit, chosen by the ending of the option's name ("_minutes"), agrees
    with its number where the language wants it to: Polish "1 minuta", "2 minuty", "5 minut";
    Arabic "2 دقيقتان", "3 دقائق", "11 دقيقة" (Qt's numerus forms).

    The unit is the suffix, so typing and Qt's validation still see only the number; it is the
    numerus form without the number (Qt writes %n as plain digits).
    """

    def __init__(self, name: str) -> None:
        super().__init__()
        self._name = name
        self.valueChanged.connect(self._agree)
        self._agree(self.value())

    def _agree(self, value: int) -> None:
        self.setSuffix(self.unit(value))

    def unit(self, count: int) -> str:
        """The unit after ``count``, with its leading space where the language has one."""
        if self._name.endswith("_minutes"):
            form = self.tr("%n min", "", count)
        elif self._name.endswith("_seconds"):
            form = self.tr("%n s", "", count)
        else:
            form = self.tr("%n ml", "", count)
        return form.replace(str(count), "", 1)


def _bool_editor(_item: Option) -> _Editor:
    box = QCheckBox()
    return _Editor(box, box.isChecked, lambda value: box.setChecked(value is True), box.toggled)


def _int_editor(item: Option) -> _Editor:
    spin = _UnitSpinBox(item.name) if item.name.endswith(_UNIT_ENDINGS) else QSpinBox()
    low, high = _INT_LIMITS
    spin.setRange(
        low if item.minimum is None else item.minimum,
        high if item.maximum is None else item.maximum,
    )
    spin.setAccelerated(True)
    return _Editor(
        spin, spin.value, lambda value: spin.setValue(_as(int, value)), spin.valueChanged
    )


def _text_editor(item: Option) -> _Editor:
    line = QLineEdit()
    if item.max_length is not None:
        line.setMaxLength(item.max_length)
    if item.name in _PLACEHOLDERS:
        line.setPlaceholderText(_translate(_PLACEHOLDERS[item.name]))
    line.setClearButtonEnabled(True)
    return _Editor(line, line.text, lambda value: line.setText(_as(str, value)), line.textChanged)


def _choice_editor(item: Option) -> _Editor:
    """A drop-down list sized from its labels' length, not from laying each label out.

    Qt's default sizing lays out every item's text when the box first shows. The language list
    names each language in its own script, so that would load a CJK and an Arabic font (and
    keep ~4 MiB of font file and glyph cache) for a list the user rarely opens; the popup lays
    the items out only when it opens.
    """
    combo = QComboBox()
    labels = [_choice_label(item, choice) for choice in item.choices]
    for label, choice in zip(labels, item.choices, strict=True):
        combo.addItem(label, choice)
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(max(map(len, labels)))
    return _Editor(
        combo,
        combo.currentData,
        lambda value: combo.setCurrentIndex(combo.findData(value)),
        combo.currentIndexChanged,
    )


def _time_editor(_item: Option) -> _Editor:
    edit = QTimeEdit()
    keep_clock_left_to_right(edit)
    edit.setDisplayFormat(_TIME_FORMAT)

    def write(value: Value) -> None:
        moment = _as(time, value)
        edit.setTime(QTime(moment.hour, moment.minute))

    return _Editor(
        edit, lambda: time(edit.time().hour(), edit.time().minute()), write, edit.timeChanged
    )


def _days_editor(_item: Option) -> _Editor:
    days = _DaysEdit()
    return _Editor(days, days.days, lambda value: days.set_days(_as(tuple, value)), days.edited)


_FACTORIES: Mapping[Kind, Callable[[Option], _Editor]] = MappingProxyType(
    {
        Kind.BOOL: _bool_editor,
        Kind.INT: _int_editor,
        Kind.TEXT: _text_editor,
        Kind.CHOICE: _choice_editor,
        Kind.TIME: _time_editor,
        Kind.DAYS: _days_editor,
    }
)


def _as(kind: type[_T], value: Value) -> _T:
    """``value`` as the type an editor shows; the window only writes values the schema gave it."""
    if not isinstance(value, kind):
        raise TypeError(f"expected {kind.__name__}, got {value!r}")
    return value


# A unit in brackets at the end of a title: "Snooze (minutes)".
# Half- or full-width brackets: "Snooze (minutes)", "稍后提醒（分钟）".
_UNIT_IN_TITLE = re.compile(r"\s*[(（][^()（）]*[)）]$")
_INPUT_METHOD_SCRIPTS = ("CJK", "HIRAGANA", "KATAKANA", "HANGUL")


def _label_text(item: Option) -> str:
    """The title to show beside the editor: its unit is dropped where the spin box shows it.

    "Snooze (minutes)" beside a box reading "10 min" says the unit twice. The full title stays
    the editor's accessible name, and error messages and the docs use it as it is.
    """
    title = _option_text(item.title)
    return _UNIT_IN_TITLE.sub("", title) if item.name.endswith(_UNIT_ENDINGS) else title


def _choice_label(item: Option, choice: str) -> str:
    """What a choice is called in the list; languages by their name, other values by a label."""
    if item.name == "language" and choice != SYSTEM:
        return LANGUAGE_NAMES[choice]
    return _translate(_CHOICE_LABELS[choice]) if choice in _CHOICE_LABELS else choice


def _group_title(item: Option) -> str | None:
    return next(
        (_translate(title) for prefix, title in _GROUPS if item.name.startswith(prefix)), None
    )


def _with_mnemonic(text: str, taken: set[str], source: str) -> str:
    """``text`` with an Alt+letter shortcut on its first letter not yet ``taken`` on this page.

    No keyboard types Alt+a Chinese character, so a title without a free typeable letter gets
    one in brackets at its end, as Qt's own Chinese texts do ("语言(&L)"): the first free letter
    of its English ``source``, else of the alphabet.
    """
    for index, char in enumerate(text):
        if _typeable(char) and char.casefold() not in taken:
            taken.add(char.casefold())
            return _escape(text[:index]) + "&" + _escape(text[index:])
    spare = (c for c in source.casefold() + ascii_lowercase if c in ascii_lowercase)
    letter = next((c for c in spare if c not in taken), None)
    if letter is None:
        return _escape(text)
    taken.add(letter)
    return f"{_escape(text)}(&{letter.upper()})"


def _typeable(char: str) -> bool:
    """Whether Alt plus this character can be typed: letters and digits, but not the
    ideographs, kana and hangul that only an input method writes.

    ASCII needs no lookup; unicodedata (~0.4 MiB that stays mapped) loads only for a title
    that starts with another script.
    """
    if char.isascii():
        return char.isalnum()
    import unicodedata  # noqa: PLC0415 - only for non-ASCII titles (memory)

    return char.isalnum() and not unicodedata.name(char, "").startswith(_INPUT_METHOD_SCRIPTS)


def _escape(text: str) -> str:
    return text.replace("&", "&&")


def _mnemonic_of(text: str) -> str | None:
    """The letter after a single ``&`` in a button text, if there is one."""
    plain = text.replace("&&", "")
    index = plain.find("&")
    return plain[index + 1].casefold() if 0 <= index < len(plain) - 1 else None


class SettingsWindow(QDialog):
    """Every option of the schema on tabs: General, then one tab per habit.

    ``save`` is called with the new Settings on Apply and OK when something changed; it persists
    and applies them and may raise OSError (SettingsError) with a sentence for the user, which is
    shown while the window stays open with the user's edits. A StartAtLoginError means the
    settings were saved but the login entry was not changed: that is shown, and the save stands.
    ``applied`` carries the Settings after each successful save. The window deletes itself when
    closed.

    ``unavailable`` names the options that can do nothing on this desktop (option key -> the
    reason, one sentence; the engine decides it, see engine.capabilities): they are shown
    disabled, with the reason as their tooltip, and their values are kept as they are.
    """

    applied = Signal(object)

    def __init__(
        self,
        current: Settings,
        save: Callable[[Settings], None],
        *,
        unavailable: Mapping[str, str] = _NOTHING_UNAVAILABLE,
        parent: QWidget | None = None,
    ) -> None:
        """ContentError (from core.habits) if the packaged habit titles are broken."""
        super().__init__(parent)
        self._unavailable = unavailable
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(self.tr("spasmguard settings"))
        self._current = current
        self._save = save
        self._fields: dict[str, _Field] = {}

        self._buttons = self._button_box()
        self._tabs = QTabWidget()
        self._tabs.setDocumentMode(True)
        self._tabs.setAccessibleName(self.tr("Settings sections"))
        self._build_tabs(current.general.language_in_use)
        self._follow_general_settings()

        layout = QVBoxLayout(self)
        layout.addWidget(self._tabs)
        layout.addWidget(self._buttons)

        values = current.values()
        self._load(
            {key: values.get(key, field.option.default) for key, field in self._fields.items()}
        )
        self._baseline = self._readout()
        self._watch_edits()
        self._refresh()
        self.resize(self._default_size())

    # --- building -------------------------------------------------------------------------

    def _button_box(self) -> QDialogButtonBox:
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok
            | QDialogButtonBox.StandardButton.Apply
            | QDialogButtonBox.StandardButton.Cancel
            | QDialogButtonBox.StandardButton.RestoreDefaults
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        buttons.clicked.connect(self._button_clicked)
        return buttons

    def _build_tabs(self, language: str) -> None:
        """One tab per table of the schema, in file order."""
        sections: dict[str, list[Option]] = {}
        for item in OPTIONS:
            sections.setdefault(item.section, []).append(item)
        habits = load_habits(language)
        for section, items in sections.items():
            title = self._section_title(section, habits)
            self._tabs.addTab(self._page(items, self._tabs.count(), title), title)

    def _section_title(self, section: str, habits: Mapping[str, Habit]) -> str:
        """The tab title: the habit's title in the settings' language for a habit's table."""
        if section == "general":
            return self.tr("General")
        habit = habits.get(section.removeprefix("habits."))
        return section if habit is None else habit.title

    def _page(self, items: list[Option], tab: int, title: str) -> _Page:
        """A scrollable page: ungrouped options first, then one titled box per group."""
        body = QWidget()
        column = QVBoxLayout(body)
        forms: dict[str | None, QFormLayout] = {None: self._form()}
        column.addLayout(forms[None])
        taken = self._button_mnemonics()
        # Built in the order shown (ungrouped first, then each box), so Tab follows the eye.
        shown: list[str | None] = [None]
        shown += [g for g in dict.fromkeys(map(_group_title, items)) if g is not None]
        for item in sorted(items, key=lambda i: shown.index(_group_title(i))):
            group = _group_title(item)
            if group not in forms:
                box = QGroupBox(group)
                forms[group] = self._form()
                box.setLayout(forms[group])
                column.addWidget(box)
            self._add_row(forms[group], item, tab, taken)
        column.addStretch(1)

        return _Page(body, title)

    def _default_size(self) -> QSize:
        """Room for the biggest page and every tab title, but never more than the screen."""
        tabs = self._tabs.tabBar().sizeHint().width() + self._tabs.tabBar().height()
        size = self.sizeHint().expandedTo(QSize(tabs, 0))
        screen = self.screen().availableSize() * _MAX_SCREEN_SHARE
        return size.boundedTo(screen)

    @staticmethod
    def _form() -> QFormLayout:
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        return form

    def _button_mnemonics(self) -> set[str]:
        """Letters the dialog buttons already use, so no label on a page takes them."""
        texts = (button.text() for button in self._buttons.buttons())
        return {letter for letter in map(_mnemonic_of, texts) if letter is not None}

    def _add_row(self, form: QFormLayout, item: Option, tab: int, taken: set[str]) -> None:
        """The option's editor with its title as a label (or as the check box text)."""
        editor = _FACTORIES[item.kind](item)
        editor.widget.setObjectName(item.key)
        editor.widget.setToolTip(_option_text(item.help))
        editor.widget.setAccessibleName(_option_text(item.title))
        inherit = self._inherit_box(item, editor) if item.inherits is not None else None
        self._fields[item.key] = _Field(item, editor, inherit, tab)

        field, first = editor.widget, editor.widget
        if inherit is not None:
            # The box above the editor it switches off, so a wide editor keeps the window narrow.
            field, first = QWidget(), inherit
            stack = QVBoxLayout(field)
            stack.setContentsMargins(0, 0, 0, 0)
            stack.addWidget(inherit)
            stack.addWidget(editor.widget, alignment=Qt.AlignmentFlag.AlignLeft)
        title = _with_mnemonic(_label_text(item), taken, item.title)
        if isinstance(editor.widget, QCheckBox) and inherit is None:
            editor.widget.setText(title)
            form.addRow(field)
            self._mark_unavailable(item, (field,))
            return
        label = QLabel(title)
        label.setBuddy(first)
        form.addRow(label, field)
        self._mark_unavailable(item, (label, field))

    def _mark_unavailable(self, item: Option, widgets: Iterable[QWidget]) -> None:
        """Disable an option this desktop cannot honour; its tooltip says why."""
        reason = self._unavailable.get(item.key)
        if reason is None:
            return
        for widget in widgets:
            widget.setEnabled(False)
            widget.setToolTip(reason)
            widget.setAccessibleDescription(reason)

    def _inherit_box(self, item: Option, editor: _Editor) -> QCheckBox:
        box = QCheckBox(self.tr("Use the general setting"))
        box.setObjectName(item.key + ".inherit")
        box.setToolTip(self.tr("While checked, the General tab's value is used."))
        box.toggled.connect(editor.widget.setDisabled)
        return box

    def _follow_general_settings(self) -> None:
        """Inheriting editors show the general value they stand for, live as it is edited."""
        for field in self._fields.values():
            general = self._fields.get(field.option.inherits or "")
            if field.inherit is None or general is None:
                continue
            update = functools.partial(self._show_general_value, field, general)
            field.inherit.toggled.connect(update)
            general.editor.edited.connect(update)

    def _watch_edits(self) -> None:
        """Keep Apply enabled exactly while something differs from what was last saved."""
        for field in self._fields.values():
            field.editor.edited.connect(self._refresh)
            if field.inherit is not None:
                field.inherit.toggled.connect(self._refresh)

    @staticmethod
    def _show_general_value(field: _Field, general: _Field, *_signal_args: object) -> None:
        if field.inherit is not None and field.inherit.isChecked():
            field.editor.write(general.read())

    # --- values ---------------------------------------------------------------------------

    def _load(self, values: Mapping[str, Value]) -> None:
        """Show these values (None in an inheriting option checks "use the general setting")."""
        for key, value in values.items():
            field = self._fields[key]
            if field.inherit is not None:
                field.inherit.setChecked(value is None)  # its toggled signal disables the editor
            if value is not None:
                field.editor.write(value)

    def _readout(self) -> dict[str, Value]:
        return {key: field.read() for key, field in self._fields.items()}

    def _changes(self) -> dict[str, Value]:
        """The values the user changed since the window opened or last saved."""
        return {
            key: value for key, value in self._readout().items() if value != self._baseline[key]
        }

    def _refresh(self, *_signal_args: object) -> None:
        apply = self._buttons.button(QDialogButtonBox.StandardButton.Apply)
        apply.setEnabled(bool(self._changes()))

    # --- buttons --------------------------------------------------------------------------

    def _button_clicked(self, button: QAbstractButton) -> None:
        role = self._buttons.buttonRole(button)
        if role == QDialogButtonBox.ButtonRole.ApplyRole:
            self._apply()
        elif role == QDialogButtonBox.ButtonRole.ResetRole:
            self._load({key: field.option.default for key, field in self._fields.items()})

    def accept(self) -> None:
        """OK: save what changed, and close only if that worked."""
        if not self._changes() or self._apply():
            super().accept()

    def _apply(self) -> bool:
        """Validate the changed values with the schema and save them; False if that failed."""
        accepted: dict[str, Value] = {}
        problems: list[tuple[_Field, str]] = []
        for key, raw in self._changes().items():
            field = self._fields[key]
            try:
                accepted[key] = field.option.coerce(raw)
            except InvalidValue as error:
                problems.append((field, translated(error.message)))
        if problems:
            self._show_problems(problems)
            return False
        settings = Settings.from_values(self._current.values() | accepted)
        try:
            self._save(settings)
        except StartAtLoginError as error:  # saved and in effect: only the login entry failed
            QMessageBox.warning(self, self.tr("Start at login not changed"), translated(str(error)))
        except OSError as error:
            QMessageBox.warning(self, self.tr("Settings not saved"), translated(str(error)))
            return False
        self._current = settings
        self._baseline = self._readout()
        self._refresh()
        self.applied.emit(settings)
        return True

    def _show_problems(self, problems: list[tuple[_Field, str]]) -> None:
        """Name every bad value by tab and title, then take the user to the first one."""
        lines = (
            self.tr("{tab}, {title}: {problem}").format(
                tab=self._tabs.tabText(field.tab),
                title=_option_text(field.option.title),
                problem=problem,
            )
            for field, problem in problems
        )
        QMessageBox.warning(self, self.tr("Settings not saved"), "\n".join(lines))
        first = problems[0][0]
        self._tabs.setCurrentIndex(first.tab)
        first.editor.widget.setFocus()
