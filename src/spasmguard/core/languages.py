"""Which languages spasmguard speaks, and which one it speaks now: no Qt, one decision.

A shipped language (``SHIPPED_LANGUAGES``) has its texts in ``resources/content/<tag>/``, its
Qt strings in ``translations/spasmguard_<tag>.ts`` and the compiled
``resources/translations/spasmguard_<tag>.qm``. The setting ``general.language`` holds
``system`` or a shipped tag; :func:`language_in_use` turns it into the one tag that texts,
Qt strings, dates and numbers follow, so the tray, the windows and the command line agree.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable

SYSTEM = "system"
"""The setting's value for "the desktop's language" (the first choice and the default)."""

SOURCE_LANGUAGE = "en"
"""The language of the sources, and the one used when nothing else fits."""

SHIPPED_LANGUAGES = ("en", "de", "es", "fr", "it", "pl", "pt_BR", "zh_CN", "ar")
"""Every language spasmguard speaks, English (the source) first. Adding one here is the step
that offers it in the settings; tests/unit/test_translations.py checks that each has its
``translations/spasmguard_<tag>.ts``, compiled ``.qm`` and ``resources/content/<tag>/``."""

LANGUAGE_NAMES = {
    "en": "English",
    "de": "Deutsch",
    "es": "Español",
    "fr": "Français",
    "it": "Italiano",
    "pl": "Polski",
    "pt_BR": "Português (Brasil)",
    "zh_CN": "简体中文",
    "ar": "العربية",
}
"""Each shipped language named as its speakers name it in a list of languages (capitalised
where the language capitalises the start of a menu item). A table, not Qt's
``nativeLanguageName``: Qt calls plain "es" "español de España" and "zh_CN" "中文（中国）",
while spasmguard's Spanish is for every Spanish speaker and its Chinese is the simplified
script. The settings window's language list reads it from here."""

# Unix locale variables in the order C libraries and Qt read them; LANGUAGE is a list.
_LOCALE_VARIABLES = ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")


def system_languages() -> tuple[str, ...]:
    """The desktop's preferred languages, best first, from the locale variables.

    "de_DE.UTF-8@euro" becomes "de_DE"; "C" and "POSIX" mean no preference.
    """
    wanted: list[str] = []
    for variable in _LOCALE_VARIABLES:
        for entry in os.environ.get(variable, "").split(":"):
            tag = re.split(r"[.@]", entry, maxsplit=1)[0].replace("-", "_")
            if tag and tag not in ("C", "POSIX"):
                wanted.append(tag)
    return tuple(dict.fromkeys(wanted))


def best_match(preferred: Iterable[str], shipped: Iterable[str]) -> str:
    """The first preferred language that is shipped, exactly ("pt_BR") or by its primary
    language ("de_AT" -> "de"); English when none is."""
    available = tuple(shipped)
    for tag in preferred:
        primary = tag.split("_", 1)[0]
        for candidate in (tag, primary):
            if candidate in available:
                return candidate
        sibling = next((lang for lang in available if lang.split("_", 1)[0] == primary), None)
        if sibling is not None:
            return sibling
    return SOURCE_LANGUAGE


def language_in_use(setting: str) -> str:
    """The shipped language for the setting's value (``system`` follows the desktop)."""
    preferred = system_languages() if setting == SYSTEM else (setting,)
    return best_match(preferred, SHIPPED_LANGUAGES)
