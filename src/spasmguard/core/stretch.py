"""Guided stretch routines: content data for the stretch break window.

The words live in ``resources/content/<language>/stretch.toml``. Each step (title, instruction,
drawing) is written once under ``[steps.<id>]`` and routines list step ids with a length in
seconds, so a translator translates every instruction once however many routines use it. The
``opening`` step is put in front of every routine by the parser, so no routine can forget to
say "move gently, stop if pain increases". A routine's steps must add up to exactly its
advertised minutes: the picker promises "2 minutes" and the countdown must keep that promise.
Parsing reuses the table helpers of :mod:`spasmguard.core.habits`, so errors read the same.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from spasmguard.core.habits import (
    FALLBACK_LANGUAGE,
    ContentError,
    _content_text,
    _document,
    _Table,
)

STRETCH_FILE = "stretch.toml"
DRAWING_FOLDER = "icons/stretch"
MIN_STEPS = 5
MIN_STEP_SECONDS = 5
MAX_STEP_SECONDS = 120
_SLUG = re.compile(r"[a-z0-9]+(-[a-z0-9]+)*")

__all__ = ["ContentError", "Routine", "StretchStep", "load_stretch", "parse_stretch"]


@dataclass(frozen=True)
class StretchStep:
    """One timed step of a routine; drawing is a path under ``resources/``."""

    title: str
    text: str
    drawing: str
    seconds: int


@dataclass(frozen=True)
class Routine:
    """A routine: the opening step followed by its own steps, ``minutes`` long in total."""

    id: str
    title: str
    minutes: int
    steps: tuple[StretchStep, ...]


@dataclass(frozen=True)
class _Move:
    """A step's words and drawing before a routine gives it a length."""

    title: str
    text: str
    drawing: str


def parse_stretch(text: str, source: str) -> tuple[Routine, ...]:
    """The routines of a stretch.toml text, shortest first; source names the file in errors."""
    root = _document(text, source)
    steps = root.table("steps")
    moves = {key: _move(steps.table(key)) for key in steps.data}
    opening = _timed(root.table("opening"), moves)
    routines = tuple(_routine(table, moves, opening) for table in root.tables("routines"))
    ids = [routine.id for routine in routines]
    repeated = sorted({rid for rid in ids if ids.count(rid) > 1})
    if repeated:
        raise root.error("routines", f"repeats the id {repeated[0]!r}")
    return tuple(sorted(routines, key=lambda routine: routine.minutes))


def _move(table: _Table) -> _Move:
    drawing = table.text("drawing")
    if "/" in drawing or "\\" in drawing or not drawing.endswith(".svg"):
        raise table.error("drawing", f"must be the file name of an SVG in {DRAWING_FOLDER}/")
    return _Move(table.text("title"), table.text("text"), f"{DRAWING_FOLDER}/{drawing}")


def _timed(table: _Table, moves: dict[str, _Move]) -> StretchStep:
    """A ``{ step = "<id>", seconds = N }`` entry as a full step."""
    name = table.text("step")
    if name not in moves:
        raise table.error("step", f"names no [steps.{name}] table")
    move = moves[name]
    seconds = _whole(table, "seconds", MIN_STEP_SECONDS, MAX_STEP_SECONDS)
    return StretchStep(move.title, move.text, move.drawing, seconds)


def _routine(table: _Table, moves: dict[str, _Move], opening: StretchStep) -> Routine:
    rid = table.text("id")
    if not _SLUG.fullmatch(rid):
        raise table.error("id", "must be lower-case letters, digits and dashes")
    minutes = _whole(table, "minutes", 1, 30)
    steps = (opening, *(_timed(entry, moves) for entry in table.tables("steps")))
    if len(steps) < MIN_STEPS:
        raise table.error("steps", f"needs at least {MIN_STEPS} steps with the opening one")
    total = sum(step.seconds for step in steps)
    if total != minutes * 60:
        raise table.error("steps", f"add up to {total} s with the opening, not {minutes * 60} s")
    return Routine(rid, table.text("title"), minutes, steps)


def _whole(table: _Table, key: str, low: int, high: int) -> int:
    """The whole number ``key`` of ``table``, from low to high."""
    if key not in table.data:
        raise table.error(key, "is missing")
    value = table.data[key]
    if not isinstance(value, int) or isinstance(value, bool) or not low <= value <= high:
        raise table.error(key, f"must be a whole number from {low} to {high}")
    return value


@functools.cache
def load_stretch(language: str = FALLBACK_LANGUAGE) -> tuple[Routine, ...]:
    """The stretch routines in ``language`` (or English), shortest first; parsed once."""
    return parse_stretch(*_content_text(STRETCH_FILE, language))
