"""Safety content: the warning signs in two levels, what to do during a spasm, the notices.

The words live in ``resources/content/<language>/professional.toml`` (warning signs, the
physiotherapist line, the not-medical-advice notice and the caution line of the guided breaks)
and ``spasm.toml`` ("If your back is in spasm now"). The urgent level is a required table of
its own, so a translation that drops it fails to load instead of hiding the signs that need
emergency help. Parsing reuses the table helpers of :mod:`spasmguard.core.habits`, so errors
read the same.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from spasmguard.core.habits import FALLBACK_LANGUAGE, _content_text, _document, _Table


@dataclass(frozen=True)
class WarningLevel:
    """One level of warning signs: its title, what to do, and the signs themselves."""

    title: str
    action: str
    signs: tuple[str, ...]


@dataclass(frozen=True)
class ProfessionalAdvice:
    """When to get help (urgent level first), and the lines every safety panel repeats."""

    intro: str
    urgent: WarningLevel
    soon: WarningLevel
    physiotherapist: str
    notice: str
    caution: str


@dataclass(frozen=True)
class SpasmAdvice:
    """What to do while the back is in spasm: a title and short steps, in order."""

    title: str
    steps: tuple[str, ...]


def parse_professional(text: str, source: str) -> ProfessionalAdvice:
    """The warning signs and notices from a professional.toml text; source names the file."""
    root = _document(text, source)
    return ProfessionalAdvice(
        intro=root.text("intro"),
        urgent=_level(root.table("urgent")),
        soon=_level(root.table("soon")),
        physiotherapist=root.text("physiotherapist"),
        notice=root.text("notice"),
        caution=root.text("caution"),
    )


def _level(table: _Table) -> WarningLevel:
    return WarningLevel(table.text("title"), table.text("action"), table.texts("signs"))


def parse_spasm(text: str, source: str) -> SpasmAdvice:
    """The during-a-spasm advice from a spasm.toml text; source names the file in errors."""
    root = _document(text, source)
    return SpasmAdvice(title=root.text("title"), steps=root.texts("steps", minimum=3))


@functools.cache
def load_professional(language: str = FALLBACK_LANGUAGE) -> ProfessionalAdvice:
    """The warning signs and notices in ``language`` (or English); parsed once per language."""
    return parse_professional(*_content_text("professional.toml", language))


@functools.cache
def load_spasm(language: str = FALLBACK_LANGUAGE) -> SpasmAdvice:
    """The during-a-spasm advice in ``language`` (or English); parsed once per language."""
    return parse_spasm(*_content_text("spasm.toml", language))
