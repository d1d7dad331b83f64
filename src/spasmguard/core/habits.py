"""The habit catalogue and its content: prompts, safe lifting, posture checklist.

The words live in TOML files under ``resources/content/<language>/`` so that translators never
touch code. Each file is parsed by a pure ``parse_*`` function (text in, frozen dataclasses out)
that rejects anything missing or malformed with a ContentError naming the file and the key, so
a broken translation fails loudly in tests instead of showing an empty reminder. The ``load_*``
functions pick the language file (falling back to English) and cache the result.
"""

from __future__ import annotations

import functools
import random
import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass

from spasmguard.core.resources import read_text

HABIT_IDS: tuple[str, ...] = ("posture", "hydration", "stretch", "stress")

FALLBACK_LANGUAGE = "en"
MIN_PROMPTS = 10

# A language tag like "en", "pt_BR" or "zh-Hant". Anything else (e.g. "../x") never becomes
# part of a resource path.
_LANGUAGE_TAG = re.compile(r"[A-Za-z]{2,3}([_-][A-Za-z0-9]{2,8})*")
# Checklist item ids are stored in the history: plain, stable identifiers only.
_ITEM_ID = re.compile(r"[a-z][a-z0-9_]*")


@dataclass(frozen=True)
class Habit:
    """One habit: what the reminder says and shows.

    icon is a path under ``resources/`` (e.g. ``icons/habit-posture.svg``); icons are shared by
    every language, so it comes from the id, not from the content file.
    """

    id: str
    title: str
    reason: str
    prompts: tuple[str, ...]
    icon: str


@dataclass(frozen=True)
class LiftingStep:
    """One step of the safe-lifting guide; drawing is a path under ``resources/``."""

    title: str
    text: str
    drawing: str


@dataclass(frozen=True)
class LiftingGuide:
    """The safe-lifting quick reference: ordered steps plus short do and don't lists."""

    steps: tuple[LiftingStep, ...]
    dos: tuple[str, ...]
    donts: tuple[str, ...]


@dataclass(frozen=True)
class PostureItem:
    """One line of the posture checklist.

    id is stored in the history with each answer, so it is the same in every language and
    never changes; title is phrased so that ticking it means "yes, this is right".
    """

    id: str
    title: str
    hint: str


@dataclass(frozen=True)
class PostureChecklist:
    """The posture check: an introduction and the items, in the order they are asked."""

    intro: str
    items: tuple[PostureItem, ...]


class ContentError(Exception):
    """Content data is missing or malformed; the message names the file and the key."""


@dataclass(frozen=True)
class _Table:
    """A TOML table plus where it came from, so every complaint can name file and key."""

    source: str
    path: str
    data: Mapping[str, object]

    def error(self, key: str, problem: str) -> ContentError:
        """A ContentError for ``key`` of this table."""
        where = f"{self.path}.{key}" if self.path else key
        return ContentError(f"{self.source}: '{where}' {problem}")

    def _get(self, key: str) -> object:
        if key not in self.data:
            raise self.error(key, "is missing")
        return self.data[key]

    def table(self, key: str) -> _Table:
        """The sub-table ``key``."""
        value = self._get(key)
        if not isinstance(value, dict):
            raise self.error(key, "must be a table")
        return _Table(self.source, f"{self.path}.{key}" if self.path else key, value)

    def tables(self, key: str) -> tuple[_Table, ...]:
        """The non-empty array of tables ``key`` (``[[key]]`` in TOML), in file order."""
        value = self._get(key)
        if not isinstance(value, list) or not value:
            raise self.error(key, "must be a non-empty array of tables")
        if not all(isinstance(item, dict) for item in value):
            raise self.error(key, "must contain only tables")
        where = f"{self.path}.{key}" if self.path else key
        return tuple(_Table(self.source, f"{where}[{i}]", item) for i, item in enumerate(value))

    def text(self, key: str) -> str:
        """The non-blank string ``key``, stripped."""
        value = self._get(key)
        if not isinstance(value, str) or not value.strip():
            raise self.error(key, "must be a non-empty string")
        return value.strip()

    def texts(self, key: str, minimum: int = 1) -> tuple[str, ...]:
        """The list of at least ``minimum`` distinct non-blank strings ``key``, stripped."""
        value = self._get(key)
        if not isinstance(value, list):
            raise self.error(key, "must be a list of strings")
        if not all(isinstance(item, str) and item.strip() for item in value):
            raise self.error(key, "must contain only non-empty strings")
        items = tuple(item.strip() for item in value)
        duplicates = sorted({item for item in items if items.count(item) > 1})
        if duplicates:
            raise self.error(key, f"repeats {duplicates[0]!r}")
        if len(items) < minimum:
            raise self.error(key, f"needs at least {minimum} entries, found {len(items)}")
        return items


def _document(text: str, source: str) -> _Table:
    """The root table of a TOML document; bad TOML becomes a ContentError naming the file."""
    try:
        return _Table(source, "", tomllib.loads(text))
    except tomllib.TOMLDecodeError as exc:
        raise ContentError(f"{source}: not valid TOML: {exc}") from exc


def parse_habits(text: str, source: str) -> dict[str, Habit]:
    """The four habits from a habits.toml text; source names the file in error messages."""
    habits = _document(text, source).table("habits")
    unknown = sorted(set(habits.data) - set(HABIT_IDS))
    if unknown:
        raise habits.error(unknown[0], f"is not a habit id (known: {', '.join(HABIT_IDS)})")
    return {habit_id: _habit(habits.table(habit_id), habit_id) for habit_id in HABIT_IDS}


def _habit(table: _Table, habit_id: str) -> Habit:
    return Habit(
        id=habit_id,
        title=table.text("title"),
        reason=table.text("reason"),
        prompts=table.texts("prompts", minimum=MIN_PROMPTS),
        icon=f"icons/habit-{habit_id}.svg",
    )


def parse_lifting(text: str, source: str) -> LiftingGuide:
    """The safe-lifting guide from a lifting.toml text; source names the file in errors."""
    root = _document(text, source)
    return LiftingGuide(
        steps=tuple(_lifting_step(step) for step in root.tables("steps")),
        dos=root.texts("dos"),
        donts=root.texts("donts"),
    )


def _lifting_step(table: _Table) -> LiftingStep:
    drawing = table.text("drawing")
    if "/" in drawing or "\\" in drawing or not drawing.endswith(".svg"):
        raise table.error("drawing", "must be the file name of an SVG in icons/lifting/")
    return LiftingStep(
        title=table.text("title"),
        text=table.text("text"),
        drawing=f"icons/lifting/{drawing}",
    )


def parse_posture(text: str, source: str) -> PostureChecklist:
    """The posture checklist from a posture.toml text; source names the file in errors."""
    root = _document(text, source)
    items = tuple(_posture_item(table) for table in root.tables("items"))
    ids = [item.id for item in items]
    repeated = next((item_id for item_id in ids if ids.count(item_id) > 1), None)
    if repeated is not None:
        raise root.error("items", f"repeats the id {repeated!r}")
    return PostureChecklist(intro=root.text("intro"), items=items)


def _posture_item(table: _Table) -> PostureItem:
    item_id = table.text("id")
    if not _ITEM_ID.fullmatch(item_id):
        raise table.error("id", "must be lower-case letters, digits and underscores")
    return PostureItem(id=item_id, title=table.text("title"), hint=table.text("hint"))


def _language_candidates(language: str) -> tuple[str, ...]:
    """Languages to try, best first: the tag, its primary language ("pt_BR" -> "pt"), English.

    Locale spellings such as "de_DE.UTF-8" reduce to their primary language; strings that are
    not language tags are skipped, so they can never reach a resource path.
    """
    primary = re.split(r"[-_.@]", language, maxsplit=1)[0]
    wanted = (language, primary, FALLBACK_LANGUAGE)
    valid = (tag for tag in wanted if _LANGUAGE_TAG.fullmatch(tag))
    return tuple(dict.fromkeys(valid))


def _content_text(file_name: str, language: str) -> tuple[str, str]:
    """(text, source) of content/<language>/<file_name>, falling back as described above."""
    for candidate in _language_candidates(language):
        source = f"content/{candidate}/{file_name}"
        try:
            return read_text("content", candidate, file_name), source
        except FileNotFoundError:
            continue
    raise ContentError(f"content/{FALLBACK_LANGUAGE}/{file_name}: file is missing")


@functools.cache
def _cached_habits(language: str) -> Mapping[str, Habit]:
    return parse_habits(*_content_text("habits.toml", language))


def load_habits(language: str = FALLBACK_LANGUAGE) -> dict[str, Habit]:
    """The four habits in ``language`` (or English), keyed by id in HABIT_IDS order.

    Parsed once per language; each call returns a fresh dict so callers may not corrupt the cache.
    """
    return dict(_cached_habits(language))


@functools.cache
def load_lifting(language: str = FALLBACK_LANGUAGE) -> LiftingGuide:
    """The safe-lifting guide in ``language`` (or English); parsed once per language."""
    return parse_lifting(*_content_text("lifting.toml", language))


@functools.cache
def load_posture(language: str = FALLBACK_LANGUAGE) -> PostureChecklist:
    """The posture checklist in ``language`` (or English); parsed once per language."""
    return parse_posture(*_content_text("posture.toml", language))


class PromptRotation:
    """Hands out each habit's prompts like a shuffled deck, so reminders don't feel canned.

    Every prompt is shown once per round, in a fresh random order each round, and the same
    prompt never comes twice in a row, not even where one round ends and the next begins
    (a habit with a single prompt necessarily repeats it).
    """

    def __init__(self, habits: Mapping[str, Habit], rng: random.Random | None = None) -> None:
        """ValueError if a habit has no prompts: a reminder must always have a body."""
        self._prompts = {hid: tuple(dict.fromkeys(h.prompts)) for hid, h in habits.items()}
        empty = [hid for hid, prompts in self._prompts.items() if not prompts]
        if empty:
            raise ValueError(f"habit {empty[0]!r} has no prompts")
        # Prompt variety, not security: no secret depends on this generator.
        self._rng = rng if rng is not None else random.Random()  # noqa: S311  # nosec B311
        self._decks: dict[str, list[str]] = {}
        self._last: dict[str, str] = {}

    def next_prompt(self, habit_id: str) -> str:
        """The next prompt of ``habit_id``; KeyError for a habit this rotation doesn't know."""
        prompts = self._prompts[habit_id]
        deck = self._decks.get(habit_id)
        if not deck:
            deck = self._new_deck(prompts, self._last.get(habit_id))
            self._decks[habit_id] = deck
        prompt = deck.pop()
        self._last[habit_id] = prompt
        return prompt

    def _new_deck(self, prompts: tuple[str, ...], last: str | None) -> list[str]:
        """A shuffled round; it is dealt from the end, which must not repeat ``last``."""
        deck = list(prompts)
        self._rng.shuffle(deck)
        if deck[-1] == last:
            deck[0], deck[-1] = deck[-1], deck[0]
        return deck


def reminder_text(custom_prompt: str | None, rotation: PromptRotation, habit_id: str) -> str:
    """The reminder body: the user's own prompt if they wrote one, else the next rotating one."""
    if custom_prompt is not None and custom_prompt.strip():
        return custom_prompt.strip()
    return rotation.next_prompt(habit_id)
