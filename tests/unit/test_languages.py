"""Which language is in use: the setting, else the desktop's preference, else English."""

from __future__ import annotations

import pytest

from spasmguard.core.languages import (
    SHIPPED_LANGUAGES,
    SYSTEM,
    best_match,
    language_in_use,
    system_languages,
)

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
