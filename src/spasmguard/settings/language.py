"""The language setting on its own, read quickly: the command line needs it before anything.

``spasmguard --help`` must speak the user's language, so the language is chosen before the
parser is built, on every call. Loading the whole settings file (settings/store.py) would
import the model, the planner and the history for one value; this reads the file with tomllib
and checks the one option against the schema, so it agrees with what the app would use.
"""

from __future__ import annotations

import tomllib
from pathlib import Path

from spasmguard.core.languages import language_in_use
from spasmguard.settings.schema import option

LANGUAGE_KEY = "general.language"


def chosen_language(path: Path) -> str:
    """The shipped language the settings file at ``path`` asks for (its default, the system's
    language, when the file, the table or the value is missing or unusable, as in the app)."""
    item = option(LANGUAGE_KEY)
    try:
        with open(path, "rb") as stream:
            general = tomllib.load(stream).get("general", {})
        setting = item.coerce(general.get("language", item.default))
    except (OSError, ValueError, AttributeError, RecursionError):
        # ValueError covers TOMLDecodeError, UnicodeDecodeError and InvalidValue alike.
        setting = item.default
    return language_in_use(str(setting))
