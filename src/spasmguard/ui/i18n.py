"""Qt in the chosen language: our translations, Qt's own, and the locale for dates and numbers.

core.languages decides which language is in use; this module makes Qt follow it. It installs
two QTranslators, ``spasmguard_<lang>.qm`` (built from ``translations/*.ts``, shipped in
``resources/translations/``) and Qt's ``qtbase_<lang>.qm`` from the PySide6 wheel (standard
buttons and dialogs), and makes QLocale(lang) the default, so every ``QLocale()`` formats
dates, times and numbers the same way. Calling :func:`use_language` again swaps them: menus
built afterwards (the tray menu is rebuilt each time it opens) and windows opened afterwards
speak the new language.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QTimeEdit, QWidget

from spasmguard.core import messages
from spasmguard.core.languages import SOURCE_LANGUAGE
from spasmguard.core.resources import resource

_installed: list[QTranslator] = []

# The Qt locale a shipped tag formats with, where Qt's default for the bare tag does not fit.
# QLocale("ar") is Egyptian Arabic, with Eastern Arabic digits ("٢٠٠٠"); but spasmguard's
# clock is "09:30" everywhere (engine/clock_text.py), and %n counts are Western digits too, so
# Arabic takes a locale that writes Western digits (as in the Gulf and the Maghreb): one kind
# of digit in a menu, not "09:30" next to "٢٠٠٠ مل".
_LOCALE_NAMES = {"ar": "ar_AE"}


def use_language(language: str) -> None:
    """Make ``language`` (a shipped tag such as "de" or "pt_BR") the language of Qt texts."""
    for translator in _installed:
        QCoreApplication.removeTranslator(translator)
    _installed.clear()
    locale = qt_locale(language)
    QLocale.setDefault(locale)
    QGuiApplication.setLayoutDirection(locale.textDirection())
    if language == SOURCE_LANGUAGE:
        return
    ours = QTranslator()
    _install(ours, ours.load(str(resource("translations", f"spasmguard_{language}.qm"))))
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt = QTranslator()
    _install(qt, qt.load(locale, "qtbase", "_", qt_folder))


def qt_locale(language: str) -> QLocale:
    """The QLocale that writes dates and numbers for a shipped language tag."""
    locale = QLocale(_LOCALE_NAMES.get(language, language))
    # "2000 ml", not "2,000 ml": amounts here never reach five digits, where grouping helps.
    locale.setNumberOptions(QLocale.NumberOption.OmitGroupSeparator)
    return locale


def keep_clock_left_to_right(edit: QTimeEdit) -> None:
    """Show a time editor's "09:00" in reading order in a right-to-left language too.

    Under a right-to-left layout QDateTimeEdit reverses the order of its sections, so Arabic
    would read 09:00 as "00:09"; a clock reads left to right in every language we ship.
    Call it before ``setDisplayFormat``, which is when the editor orders its sections.
    """
    edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def back_and_next_keys(widget: QWidget) -> tuple[Qt.Key, Qt.Key]:
    """The arrow keys that point back and onward in ``widget``'s reading direction.

    A right-to-left layout mirrors a row of Back / Next buttons, so "next" lies to the left:
    there Left moves on and Right goes back, as the buttons on the screen suggest.
    """
    if widget.isRightToLeft():
        return Qt.Key.Key_Right, Qt.Key.Key_Left
    return Qt.Key.Key_Left, Qt.Key.Key_Right


def _install(translator: QTranslator, loaded: bool) -> None:
    """Install a translator whose file was found (Qt has no qtbase file for some languages)."""
    if loaded and QCoreApplication.installTranslator(translator):
        _installed.append(translator)


def translated(text: str) -> str:
    """A core.messages.Message in the language in use (its arguments too); other text as is."""
    return messages.translated(text, _in_empty_context)


def _in_empty_context(template: str) -> str:
    """Messages live in the empty context: lupdate files ``Message("...")`` there."""
    return QCoreApplication.translate("", template)
