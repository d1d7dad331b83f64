"""Sentences for the user from code that has no Qt: English text that knows its template.

A :class:`Message` is a ``str`` (the English sentence, for logs, the command line and every
caller that only wants text) that also keeps its template and arguments, so the ui can show it
in the user's language: ui/i18n.py translates the template and fills in the arguments, which
may be Messages themselves. scripts/translations.py tells lupdate that ``Message("...")``
marks its first argument for translation (in the empty context), so templates must be literal.
The same templates reach the command line through gettext (scripts/translations.py build
compiles them into a .mo next to the .qm), so one :func:`translated` serves both.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from types import MappingProxyType


class Message(str):
    """``Message("must be one of {allowed}, got {value}", allowed=..., value=...)``."""

    template: str
    args: Mapping[str, object]

    def __new__(cls, template: str, /, **args: object) -> Message:
        text = super().__new__(cls, template.format(**args))
        text.template = template
        text.args = MappingProxyType(args)
        return text


def translated(text: str, lookup: Callable[[str], str]) -> str:
    """A Message in another language (its Message arguments too), other text as it is.

    ``lookup`` turns an English template into the translated one: Qt's translator in the ui,
    gettext on the command line.
    """
    if not isinstance(text, Message):
        return text
    args = {
        key: translated(value, lookup) if isinstance(value, str) else value
        for key, value in text.args.items()
    }
    return lookup(text.template).format(**args)
