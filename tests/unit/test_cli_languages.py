"""The installed ``spasmguard`` command speaks the user's language, argparse's own words too.

Each test runs the real executable in a subprocess, with private config and data dirs and the
language chosen the way a user chooses it (LANGUAGE, LANG or the settings file). Outputs are
checked two ways: the expected translation is there (read from the language's .ts, so a
re-worded translation does not break the test), and no English sentence of the catalog is
left in them (every context-free source's words, placeholders aside).
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from functools import cache
from pathlib import Path

import pytest

from spasmguard.core.habits import load_habits
from tests.unit.test_cli import Env

REPO = Path(__file__).resolve().parents[2]
LANGUAGES = ("de", "ar")
_PLACEHOLDER = re.compile(r"\{[^{}]*\}|%\([a-z_]+\)[rs]|%[rs]")


@cache
def catalog(language: str) -> dict[str, str]:
    """Source -> translation of the context-free texts (the command line's) of a language."""
    root = ET.parse(REPO / "translations" / f"spasmguard_{language}.ts").getroot()  # noqa: S314
    texts = {}
    for context in root.iter("context"):
        if context.findtext("name"):
            continue
        for message in context.iter("message"):
            texts[message.findtext("source") or ""] = message.findtext("translation") or ""
    return texts


def tr(language: str, source: str) -> str:
    translation = catalog(language)[source]
    assert translation, source
    return translation


def english_left(output: str, language: str) -> list[str]:
    """English phrases of the catalog (two words or more, outside placeholders) in ``output``.

    A phrase the translation keeps as it is (a command word, a file name) does not count.
    Line breaks (argparse wraps help) count as spaces.
    """
    output = " ".join(output.split())
    found = []
    for source, translation in catalog(language).items():
        for piece in _PLACEHOLDER.split(source):
            phrase = piece.strip(" .,:;()'")
            english = re.search(r"[a-z]{2,} [a-z]{2,}", phrase) and phrase not in translation
            if english and phrase in output:
                found.append(phrase)
    return found


@pytest.fixture
def env(tmp_path: Path) -> Env:
    return Env.under(tmp_path)


@pytest.mark.parametrize("language", LANGUAGES)
def test_help_is_in_the_language_argparse_headings_and_all(env: Env, language: str) -> None:
    result = env.run("--help", LANGUAGE=language)
    assert result.code == 0
    assert result.stdout.startswith(tr(language, "usage: ").strip())
    for source in (
        "options",
        "show this help message and exit",
        "show program's version number and exit",
        "show the next reminder of each habit",
        "COMMAND",
    ):
        assert tr(language, source) in result.help, source
    assert not english_left(result.stdout, language)


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_subcommands_help_is_in_the_language(env: Env, language: str) -> None:
    result = env.run("history", "export", "--help", LANGUAGE=language)
    assert result.code == 0
    assert tr(language, "the file to write (replaced if it exists), - for stdout") in result.help
    assert not english_left(result.stdout, language)


@pytest.mark.parametrize(
    "args",
    [
        ("frobnicate",),  # invalid choice
        ("trigger",),  # a required argument missing
        ("snooze", "posture", "0"),  # our own range message
        ("status", "--jsn"),  # unrecognized arguments
    ],
    ids=["unknown-command", "missing-argument", "out-of-range", "unknown-option"],
)
@pytest.mark.parametrize("language", LANGUAGES)
def test_usage_errors_are_one_line_in_the_language(
    env: Env, language: str, args: tuple[str, ...]
) -> None:
    result = env.run(*args, LANGUAGE=language)
    assert result.code == 2
    assert len(result.stderr.splitlines()) == 1, result.stderr
    see = tr(language, "{prog}: {problem} (see '{prog} --help')").split("{problem}")[1]
    assert see.replace("{prog}", "spasmguard").split("'")[0] in result.stderr
    assert not english_left(result.stderr, language), result.stderr


@pytest.mark.parametrize("language", LANGUAGES)
def test_status_is_in_the_language_with_the_languages_habit_titles(env: Env, language: str) -> None:
    result = env.run("status", LANGUAGE=language, TZ="UTC")
    assert result.code == 0
    lines = result.stdout.splitlines()
    assert lines[0] == tr(
        language,
        "spasmguard is not running; times show when reminders would come if it started now.",
    )
    for habit in load_habits(language).values():
        assert any(habit.title in line for line in lines), habit.title
    assert not english_left(result.stdout, language)
    assert " every " not in result.stdout
    assert "Times are in" not in result.stdout


@pytest.mark.parametrize("language", LANGUAGES)
def test_config_check_names_bad_keys_in_the_language(env: Env, language: str) -> None:
    env.settings.write_text('[general]\nsnooze_minutes = "ten"\n')
    result = env.run("config", "check", LANGUAGE=language)
    assert result.code == 1
    reason = tr(language, "must be a whole number from {low} to {high}, got {value}")
    assert reason.format(low=1, high=120, value='"ten"') in result.stderr
    assert not english_left(result.text, language), result.text


@pytest.mark.parametrize("language", LANGUAGES)
def test_an_unreadable_settings_file_is_reported_in_the_language(env: Env, language: str) -> None:
    env.settings.write_bytes(b"\xff\xfe[general]\n")
    result = env.run("config", "check", LANGUAGE=language)
    assert result.code == 1
    head = tr(language, "{file} could not be read ({reason})").split("{file}")[1]
    assert head.split("{reason}")[0] in result.stderr
    assert tr(language, "not UTF-8 text: byte {byte} is invalid").format(byte=0) in result.stderr


@pytest.mark.parametrize("language", LANGUAGES)
def test_command_errors_are_in_the_language(env: Env, language: str) -> None:
    not_running = env.run("quit", LANGUAGE=language)
    assert not_running.code == 3
    assert not_running.stderr.strip() == "spasmguard: " + tr(language, "spasmguard is not running.")
    unconfirmed = env.run("history", "delete", LANGUAGE=language)
    assert unconfirmed.code == 2
    assert tr(language, "this deletes every event for good; add --yes to confirm.") in (
        unconfirmed.stderr
    )


def test_the_settings_language_wins_over_the_desktops(env: Env) -> None:
    env.settings.write_text('[general]\nlanguage = "pl"\n')
    result = env.run("status", LANGUAGE="de", LANG="de_DE.UTF-8")
    assert result.stdout.splitlines()[0] == tr(
        "pl", "spasmguard is not running; times show when reminders would come if it started now."
    )


def test_the_desktops_language_comes_from_lang_when_language_is_unset(env: Env) -> None:
    result = env.run("--help", LANG="pt_BR.UTF-8")
    assert tr("pt_BR", "show the next reminder of each habit") in result.help


def test_english_stays_the_source_text(env: Env) -> None:
    result = env.run("--help", LANG="C")
    assert result.stdout.startswith("usage: spasmguard")
    assert "show the next reminder of each habit" in result.stdout


def test_the_english_check_would_see_an_untranslated_line() -> None:
    assert english_left("spasmguard is not running.", "de") == ["spasmguard is not running"]
    assert english_left("Aufruf: spasmguard [-h]", "de") == []
