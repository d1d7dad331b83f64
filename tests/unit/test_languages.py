"""Which language is in use: the setting, else the desktop's preference, else English."""

from __future__ import annotations

from pathlib import Path

import pytest

from spasmguard.core.languages import (
    LANGUAGE_NAMES,
    SHIPPED_LANGUAGES,
    SYSTEM,
    best_match,
    language_in_use,
    system_languages,
)
from spasmguard.settings.language import chosen_language
from spasmguard.settings.store import load_settings

SHIPPED = ("en", "de", "pt_BR", "zh_CN")


@pytest.mark.parametrize(
    ("preferred", "chosen"),
    [
        (("de_AT",), "de"),  # a region we do not ship: its language
        (("pt_BR",), "pt_BR"),
        (("pt_PT",), "pt_BR"),  # no pt of its own: the shipped variant beats English
        (("fr_FR", "de_DE"), "de"),  # the first shipped one in the user's order
        (("zh",), "zh_CN"),
        (("fr",), "en"),
        ((), "en"),
    ],
)
def test_the_best_shipped_match_for_the_desktops_preferences(
    preferred: tuple[str, ...], chosen: str
) -> None:
    assert best_match(preferred, SHIPPED) == chosen


def test_system_preferences_come_from_language_then_the_locale(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("LANGUAGE", "fr:de_DE")
    monkeypatch.setenv("LC_ALL", "")
    monkeypatch.setenv("LC_MESSAGES", "C")
    monkeypatch.setenv("LANG", "pt_BR.UTF-8@euro")
    assert system_languages() == ("fr", "de_DE", "pt_BR")


def test_system_follows_the_desktop_and_a_chosen_language_wins(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    assert "de" in SHIPPED_LANGUAGES
    monkeypatch.setenv("LANGUAGE", "de_CH")
    assert language_in_use(SYSTEM) == "de"
    assert language_in_use("en") == "en"
    monkeypatch.setenv("LANGUAGE", "")
    monkeypatch.setenv("LC_ALL", "C")
    monkeypatch.delenv("LC_MESSAGES", raising=False)
    monkeypatch.delenv("LANG", raising=False)
    assert language_in_use(SYSTEM) == "en"


def test_every_shipped_language_is_named_as_its_speakers_name_it() -> None:
    assert tuple(LANGUAGE_NAMES) == SHIPPED_LANGUAGES
    assert LANGUAGE_NAMES["es"] == "Español"  # not Qt's "español de España"
    assert LANGUAGE_NAMES["pt_BR"] == "Português (Brasil)"
    assert LANGUAGE_NAMES["zh_CN"] == "简体中文"  # the script, not Qt's "中文（中国）"
    assert LANGUAGE_NAMES["ar"] == "العربية"
    assert all(name and name != tag for tag, name in LANGUAGE_NAMES.items())


# --- the command line's choice: the settings file's language, else the desktop's ----------


@pytest.fixture
def desktop_speaks_german(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LANGUAGE", "de_AT")
    monkeypatch.setenv("LANG", "fr_FR.UTF-8")


@pytest.mark.usefixtures("desktop_speaks_german")
def test_the_command_line_uses_the_settings_language(tmp_path: Path) -> None:
    path = tmp_path / "settings.toml"
    path.write_text('[general]\nlanguage = "zh_CN"\n')
    assert chosen_language(path) == "zh_CN"
    path.write_text('[general]\nlanguage = "system"\n')
    assert chosen_language(path) == "de"


@pytest.mark.usefixtures("desktop_speaks_german")
@pytest.mark.parametrize(
    "content",
    [
        None,  # no settings file yet
        b"[general]\nsnooze_minutes = 5\n",  # no language in it
        b'[general]\nlanguage = "tlh"\n',  # not a shipped language
        b"[general]\nlanguage = 3\n",  # not text
        b"general = 3\n",  # not a table
        b'[general\nlanguage = "pl"\n',  # not TOML
        b'\xff[general]\nlanguage = "pl"\n',  # not UTF-8
    ],
    ids=["missing", "unset", "unknown", "number", "not-a-table", "broken", "binary"],
)
def test_an_unusable_language_setting_follows_the_desktop_as_the_app_does(
    tmp_path: Path, content: bytes | None
) -> None:
    path = tmp_path / "settings.toml"
    if content is not None:
        path.write_bytes(content)
    assert chosen_language(path) == "de"
    if content is not None:  # the store agrees: the value it uses is the default, "system"
        assert load_settings(path, recover=False).settings.general.language == SYSTEM


def test_a_settings_folder_in_place_of_the_file_follows_the_desktop(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("LANGUAGE", "pl")
    (tmp_path / "settings.toml").mkdir()
    assert chosen_language(tmp_path / "settings.toml") == "pl"
