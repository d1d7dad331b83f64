"""Every shipped language is complete and faithful to the source, file by file.

Each test runs over ``SHIPPED_LANGUAGES``, so a language added there is checked at once: its
Qt strings (translations/spasmguard_<lang>.ts: nothing missing, unfinished or stale, the same
placeholders, numerus forms, markup and mnemonics as the source), its compiled .qm (exactly
what lrelease makes of the .ts) and .mo (the command line's gettext catalog, exactly what
scripts/translations.py build makes of it), its content files (the same keys as English,
prompts within the length limit) and its desktop entry. What the windows show is checked in
tests/qt/test_translated_windows.py.
"""

from __future__ import annotations

import argparse
import gettext
import importlib.util
import inspect
import re
import subprocess
import sys
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path
from types import ModuleType

import pytest

from spasmguard.cli import ARGPARSE_TEXTS
from spasmguard.core.languages import SHIPPED_LANGUAGES, SOURCE_LANGUAGE, SYSTEM
from spasmguard.settings.schema import option

REPO = Path(__file__).resolve().parents[2]
SCRIPT = REPO / "scripts" / "translations.py"
CONTENT = REPO / "resources" / "content"
TRANSLATED = [lang for lang in SHIPPED_LANGUAGES if lang != SOURCE_LANGUAGE]
MAX_PROMPT = 140
BIN = Path(sys.executable).parent

# What must survive translation unchanged: {name} placeholders, %n / %s / %1, markup tags.
_TOKENS = re.compile(r"\{[^{}]*\}|%[ns1-9]|</?[a-zA-Z][^<>]*>")


def _load_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("translations_script", SCRIPT)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


SCRIPT_MODULE = _load_script()


def messages(ts: Path) -> dict[tuple[str, str], list[str] | None]:
    """(context, source) -> the translation's forms, or None while it is unfinished."""
    found: dict[tuple[str, str], list[str] | None] = {}
    for context in ET.parse(ts).getroot().iter("context"):  # noqa: S314 - our own files
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            source = message.findtext("source") or ""
            forms = (
                [form.text or "" for form in translation.iter("numerusform")]
                if message.get("numerus") == "yes"
                else [translation.text or ""]
            )
            unfinished = translation.get("type") in ("unfinished", "obsolete", "vanished")
            found[(name, source)] = None if unfinished or not all(forms) else forms
    return found


def ts_path(language: str) -> Path:
    return REPO / "translations" / f"spasmguard_{language}.ts"


@pytest.fixture(scope="module")
def fresh_sources(tmp_path_factory: pytest.TempPathFactory) -> set[tuple[str, str]]:
    """Every (context, source) lupdate finds in the code now, with the script's own options."""
    ts = tmp_path_factory.mktemp("lupdate") / "fresh.ts"
    options, sources = SCRIPT_MODULE.LUPDATE_OPTIONS, SCRIPT_MODULE.sources()
    subprocess.run(
        [str(BIN / "pyside6-lupdate"), *options, *sources, "-ts", str(ts)],
        cwd=REPO,
        check=True,
        capture_output=True,
    )
    return set(messages(ts))


def test_the_language_setting_offers_system_first_then_every_language() -> None:
    language = option("general.language")
    assert language.choices == (SYSTEM, *SHIPPED_LANGUAGES)
    assert language.default == SYSTEM


@pytest.mark.parametrize("language", TRANSLATED)
def test_every_source_string_is_translated_and_none_is_stale(
    language: str, fresh_sources: set[tuple[str, str]]
) -> None:
    found = messages(ts_path(language))
    missing = fresh_sources - set(found)
    stale = set(found) - fresh_sources
    unfinished = [key for key, forms in found.items() if forms is None]
    assert not missing, f"run scripts/translations.py update {language}: {sorted(missing)}"
    assert not stale, f"run scripts/translations.py update {language}: {sorted(stale)}"
    assert not unfinished, f"unfinished in {language}: {unfinished}"


def _mnemonics(text: str) -> int:
    return len(re.findall(r"&[^&\s]", text.replace("&&", "")))


@pytest.mark.parametrize("language", TRANSLATED)
def test_placeholders_numerus_markup_and_mnemonics_match_the_source(language: str) -> None:
    wrong = []
    for (context, source), forms in messages(ts_path(language)).items():
        for form in forms or []:
            if sorted(_TOKENS.findall(form)) != sorted(_TOKENS.findall(source)):
                wrong.append((context, source, form, "placeholders or markup"))
            if _mnemonics(form) != _mnemonics(source):
                wrong.append((context, source, form, "mnemonic"))
    assert not wrong


def test_the_checks_catch_a_broken_translation() -> None:
    assert sorted(_TOKENS.findall("Noch {tmie}")) != sorted(_TOKENS.findall("{time} left"))
    assert sorted(_TOKENS.findall("%n Tag")) == sorted(_TOKENS.findall("%n d"))
    assert _mnemonics("Ü&berspringen") == _mnemonics("S&kip") == 1
    assert _mnemonics("Rock && Roll") == 0


@pytest.mark.parametrize("language", TRANSLATED)
def test_the_committed_qm_is_what_lrelease_makes_of_the_ts(language: str, tmp_path: Path) -> None:
    qm = tmp_path / "fresh.qm"
    subprocess.run(
        [str(BIN / "pyside6-lrelease"), "-silent", str(ts_path(language)), "-qm", str(qm)],
        check=True,
    )
    committed = REPO / "resources" / "translations" / f"spasmguard_{language}.qm"
    assert committed.read_bytes() == qm.read_bytes(), "run scripts/translations.py build"


@pytest.mark.parametrize("language", TRANSLATED)
def test_the_committed_mo_is_what_build_makes_of_the_ts(language: str) -> None:
    ts = ts_path(language)
    committed = SCRIPT_MODULE.mo_file(ts)
    texts = SCRIPT_MODULE.context_free_texts(ts)
    assert committed.read_bytes() == SCRIPT_MODULE.mo_bytes(texts), "run translations.py build"
    with committed.open("rb") as stream:
        catalog = gettext.GNUTranslations(stream)
    assert texts["usage: "] != "usage: "
    assert all(catalog.gettext(source) == text for source, text in texts.items())


def test_the_argparse_texts_are_the_ones_argparse_looks_up() -> None:
    """A Python whose argparse words a text differently would leave it English: say so."""
    source = inspect.getsource(argparse)
    missing = [text for text in ARGPARSE_TEXTS if f"_({text!r})" not in source]
    assert not missing


def _shape(value: object, where: str) -> set[str]:
    """Every key path in a TOML document; arrays of tables count their items by position."""
    if isinstance(value, dict):
        paths = {where}
        for key, item in value.items():
            paths |= _shape(item, f"{where}.{key}")
        return paths
    if isinstance(value, list) and value and all(isinstance(item, dict) for item in value):
        paths = {f"{where}[{len(value)}]"}
        for index, item in enumerate(value):
            paths |= _shape(item, f"{where}[{index}]")
        return paths
    return {where}


_FIXED_KEYS = ("id", "step", "drawing")
"""Keys whose values are names, not words: the same in every language."""


def _fixed(value: object, where: str) -> dict[str, object]:
    """Every number, boolean and fixed name in a document, by its key path."""
    if isinstance(value, dict):
        found: dict[str, object] = {}
        for key, item in value.items():
            path = f"{where}.{key}"
            if key in _FIXED_KEYS or isinstance(item, bool | int | float):
                found[path] = item
            found |= _fixed(item, path)
        return found
    if isinstance(value, list):
        return {
            k: v for i, item in enumerate(value) for k, v in _fixed(item, f"{where}[{i}]").items()
        }
    return {}


def _prompts(document: dict[str, object]) -> list[str]:
    habits = document.get("habits", {})
    assert isinstance(habits, dict)
    return [prompt for habit in habits.values() for prompt in habit.get("prompts", [])]


@pytest.mark.parametrize("language", TRANSLATED)
def test_content_files_have_exactly_the_english_keys(language: str) -> None:
    english = sorted(path.name for path in (CONTENT / SOURCE_LANGUAGE).glob("*.toml"))
    assert sorted(path.name for path in (CONTENT / language).glob("*.toml")) == english
    for name in english:
        source = tomllib.loads((CONTENT / SOURCE_LANGUAGE / name).read_text("utf-8"))
        translated = tomllib.loads((CONTENT / language / name).read_text("utf-8"))
        assert _shape(translated, name) == _shape(source, name)
        assert _fixed(translated, name) == _fixed(source, name)
        assert translated.get("language") == language


@pytest.mark.parametrize("language", SHIPPED_LANGUAGES)
def test_prompts_stay_within_the_length_limit(language: str) -> None:
    document = tomllib.loads((CONTENT / language / "habits.toml").read_text("utf-8"))
    too_long = [prompt for prompt in _prompts(document) if len(prompt) > MAX_PROMPT]
    assert not too_long


def test_the_key_check_catches_a_missing_or_extra_key() -> None:
    source = {"habits": {"posture": {"title": "x", "prompts": ["a"]}}, "items": [{"id": "a"}]}
    missing = {"habits": {"posture": {"prompts": ["a"]}}, "items": [{"id": "a"}]}
    extra = {"habits": {"posture": {"title": "x", "prompts": ["a"]}}, "items": [{"id": "a"}, {}]}
    assert _shape(missing, "f") != _shape(source, "f")
    assert _shape(extra, "f") != _shape(source, "f")


@pytest.mark.parametrize("language", TRANSLATED)
def test_the_desktop_entry_names_the_app_in_every_language(language: str) -> None:
    entry = (REPO / "resources" / "spasmguard.desktop").read_text("utf-8")
    for key in ("Name", "GenericName", "Comment", "Keywords"):
        assert re.search(rf"^{key}\[{language}\]=\S", entry, re.MULTILINE), key
