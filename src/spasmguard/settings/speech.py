"""Texts printed without Qt (the command line, the tray's start-up errors) in the user's language.

Both speak through gettext: Qt's translator needs a QCoreApplication, and the tray's start-up
errors are printed before one exists, or because none can. scripts/translations.py build
compiles the ``.ts`` files' context-free texts into
``resources/locale/<lang>/LC_MESSAGES/spasmguard.mo``, so one ``.ts`` per language holds them.
"""

from __future__ import annotations

import gettext
import os
from collections.abc import Callable
from pathlib import Path

from spasmguard.core.resources import resource
from spasmguard.settings.language import chosen_language

DOMAIN = "spasmguard"
"""The gettext domain of the texts printed without Qt (and, once bound, of argparse's)."""


def speak(language: str) -> None:
    """Make this process's ``gettext.gettext``, argparse's too, speak ``language`` (a shipped tag).

    ``gettext.gettext``, which argparse calls, reads the catalog of the domain bound here in
    the languages that LANGUAGE names (gettext's documented override of LC_ALL, LC_MESSAGES and
    LANG); setting it to the tag already chosen makes argparse and us agree with the app.
    English has no catalog: gettext then hands back the source text. Only for short-lived
    processes: the tray keeps the environment as the user's session set it.
    """
    os.environ["LANGUAGE"] = language
    gettext.bindtextdomain(DOMAIN, str(resource("locale")))
    gettext.textdomain(DOMAIN)


def lookup(settings_path: Path) -> Callable[[str], str]:
    """A lookup from English to the language the settings at ``settings_path`` choose (the
    setting, else the system's), leaving the process's environment and gettext state alone."""
    catalog = gettext.translation(
        DOMAIN, str(resource("locale")), languages=[chosen_language(settings_path)], fallback=True
    )
    return catalog.gettext
