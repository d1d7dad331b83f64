"""Habit content and prompt rotation: the packaged texts are complete, the loaders reject broken
content with a message that names file and key, and reminders never repeat back to back."""

from __future__ import annotations

import itertools
import random
import xml.etree.ElementTree as ET
from collections.abc import Iterator

import pytest
from hypothesis import given
from hypothesis import strategies as st

from spasmguard.core import habits as habits_module
from spasmguard.core.habits import (
    HABIT_IDS,
    ContentError,
    Habit,
    PromptRotation,
    load_habits,
    load_lifting,
    parse_habits,
    parse_lifting,
    reminder_text,
)
from spasmguard.core.resources import read_bytes, read_text, resource
from spasmguard.core.safety import load_professional

SVG_NS = "{http://www.w3.org/2000/svg}"


@pytest.fixture
def fresh_cache() -> Iterator[None]:
    """Tests that count or fake resource reads must not see (or leave behind) cached parses."""
    caches = (habits_module._cached_habits, load_lifting, load_professional)
    for cache in caches:
        cache.cache_clear()
    yield
    for cache in caches:
        cache.cache_clear()


def _assert_svg(*parts: str) -> None:
    root = ET.fromstring(read_bytes(*parts))  # noqa: S314 (our own packaged files)
    assert root.tag == f"{SVG_NS}svg", parts
    assert len(root.get("viewBox", "").split()) == 4, parts


def _habits_toml(prompt_count: int = 10, skip: str = "", extra: str = "") -> str:
    tables = []
    for habit_id in HABIT_IDS:
        if habit_id == skip:
            continue
        prompts = ", ".join(f'"{habit_id} prompt {n}"' for n in range(prompt_count))
        tables.append(
            f'[habits.{habit_id}]\ntitle = "T {habit_id}"\nreason = "R"\nprompts = [{prompts}]\n'
        )
    return "\n".join(tables) + extra


def _rng(seed: int) -> random.Random:
    return random.Random(seed)  # noqa: S311 (reproducible shuffles, not security)


def _habit(habit_id: str, prompts: list[str]) -> Habit:
    return Habit(habit_id, "title", "reason", tuple(prompts), f"icons/habit-{habit_id}.svg")


# ---- packaged habit content -------------------------------------------------------------


def test_every_habit_has_complete_content() -> None:
    habits = load_habits()
    assert tuple(habits) == HABIT_IDS
    for habit_id, habit in habits.items():
        assert habit.id == habit_id
        assert habit.title.strip()
        assert habit.reason.strip()
        assert len(set(habit.prompts)) == len(habit.prompts) >= 12
        assert all(0 < len(prompt) <= 140 for prompt in habit.prompts), habit_id


def test_habit_icons_are_packaged_svgs() -> None:
    for habit in load_habits().values():
        assert resource(habit.icon).is_file(), habit.icon
        _assert_svg(habit.icon)


@pytest.mark.parametrize("name", ["spasmguard.svg", "spasmguard-paused.svg"])
def test_app_icons_are_svgs(name: str) -> None:
    _assert_svg("icons", name)


def test_paused_icon_differs_from_the_normal_one() -> None:
    assert read_bytes("icons", "spasmguard.svg") != read_bytes("icons", "spasmguard-paused.svg")


def test_habit_reasons_follow_the_guide() -> None:
    """Each reason names the cause the guide gives for that habit (in our own words)."""
    expected = {
        "posture": "position",
        "hydration": "cramps",
        "stretch": "sitting",
        "stress": "tension",
    }
    habits = load_habits()
    for habit_id, word in expected.items():
        assert word in habits[habit_id].reason.lower(), habit_id


def test_loaded_habits_are_a_private_copy() -> None:
    first = load_habits()
    first.pop("posture")
    assert "posture" in load_habits()


@pytest.mark.usefixtures("fresh_cache")
def test_content_is_parsed_once_per_language(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[tuple[str, ...]] = []

    def counting_read_text(*parts: str) -> str:
        calls.append(parts)
        return read_text(*parts)

    monkeypatch.setattr(habits_module, "read_text", counting_read_text)
    load_habits()
    load_habits()
    load_lifting()
    load_lifting()
    assert calls == [("content", "en", "habits.toml"), ("content", "en", "lifting.toml")]


# ---- language fallback ------------------------------------------------------------------


@pytest.mark.parametrize("language", ["xx", "de_DE.UTF-8", "pt_BR", "../../etc", ""])
def test_unknown_languages_fall_back_to_english(language: str) -> None:
    assert load_habits(language) == load_habits("en")
    assert load_lifting(language) == load_lifting("en")
    assert load_professional(language) == load_professional("en")


@pytest.mark.usefixtures("fresh_cache")
@pytest.mark.parametrize("language", ["de", "de_AT", "de-CH.UTF-8"])
def test_a_translated_file_is_preferred(monkeypatch: pytest.MonkeyPatch, language: str) -> None:
    german = _habits_toml().replace('title = "T posture"', 'title = "Haltung"')

    def fake_read_text(*parts: str) -> str:
        if parts == ("content", "de", "habits.toml"):
            return german
        raise FileNotFoundError(parts)

    monkeypatch.setattr(habits_module, "read_text", fake_read_text)
    assert load_habits(language)["posture"].title == "Haltung"


@pytest.mark.usefixtures("fresh_cache")
def test_missing_english_file_is_a_content_error(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_files(*parts: str) -> str:
        raise FileNotFoundError(parts)

    monkeypatch.setattr(habits_module, "read_text", no_files)
    with pytest.raises(ContentError, match=r"content/en/professional\.toml"):
        load_professional("fr")


# ---- malformed habit content ------------------------------------------------------------


def test_parse_habits_accepts_minimal_valid_content() -> None:
    habits = parse_habits(_habits_toml(), "test.toml")
    assert habits["stress"].prompts[0] == "stress prompt 0"
    assert habits["hydration"].icon == "icons/habit-hydration.svg"


@pytest.mark.parametrize(
    ("text", "pattern"),
    [
        ("habits = [", r"bad\.toml: not valid TOML"),
        ('language = "en"', r"bad\.toml: 'habits' is missing"),
        (_habits_toml(skip="stretch"), r"'habits\.stretch' is missing"),
        (_habits_toml(prompt_count=9), r"'habits\.posture\.prompts' needs at least 10"),
        (
            _habits_toml().replace('"hydration prompt 3"', '"hydration prompt 2"'),
            r"'habits\.hydration\.prompts' repeats 'hydration prompt 2'",
        ),
        (
            _habits_toml().replace('"stress prompt 5"', '"   "'),
            r"'habits\.stress\.prompts' must contain only non-empty strings",
        ),
        (
            _habits_toml().replace('title = "T posture"', "title = 3"),
            r"'habits\.posture\.title' must be a non-empty string",
        ),
        (
            _habits_toml().replace('reason = "R"', 'reason = ""', 1),
            r"'habits\.posture\.reason' must be a non-empty string",
        ),
        (_habits_toml(extra='[habits.sleep]\ntitle = "x"\n'), r"'habits\.sleep' is not a habit"),
        ('habits = "all of them"', r"'habits' must be a table"),
    ],
)
def test_malformed_habits_name_file_and_key(text: str, pattern: str) -> None:
    with pytest.raises(ContentError, match=pattern) as caught:
        parse_habits(text, "bad.toml")
    assert str(caught.value).startswith("bad.toml: ")


# ---- lifting guide ----------------------------------------------------------------------


def test_lifting_steps_come_in_a_safe_order() -> None:
    steps = load_lifting().steps
    texts = [f"{step.title} {step.text}".lower() for step in steps]

    def first(word: str) -> int:
        return next(i for i, text in enumerate(texts) if word in text)

    assert first("plan") == 0
    assert first("knees") < first("lift with your legs") < first("twist")
    assert first("twist") < first("set it down") == len(steps) - 1
    assert any("back straight" in text for text in texts)
    assert any("help" in text for text in texts[:1])


def test_lifting_dos_and_donts_are_short_lists() -> None:
    guide = load_lifting()
    assert 4 <= len(guide.dos) <= 6
    assert 4 <= len(guide.donts) <= 6
    assert any("knees" in line for line in guide.dos)
    assert any("twist" in line for line in guide.donts)


def test_lifting_drawings_exist_and_parse_as_svg() -> None:
    drawings = [step.drawing for step in load_lifting().steps]
    assert len(set(drawings)) == len(drawings)
    for drawing in drawings:
        assert drawing.startswith("icons/lifting/")
        _assert_svg(*drawing.split("/"))


def test_parse_lifting_keeps_file_order() -> None:
    text = 'dos = ["d"]\ndonts = ["n"]\n' + "".join(
        f'[[steps]]\ntitle = "{name}"\ntext = "t"\ndrawing = "{name}.svg"\n'
        for name in ("b", "a", "c")
    )
    guide = parse_lifting(text, "lift.toml")
    assert [step.title for step in guide.steps] == ["b", "a", "c"]
    assert guide.steps[0].drawing == "icons/lifting/b.svg"


@pytest.mark.parametrize(
    ("text", "pattern"),
    [
        ('dos = ["d"]\ndonts = ["n"]\n', r"lift\.toml: 'steps' is missing"),
        ('dos = ["d"]\ndonts = ["n"]\nsteps = []\n', r"'steps' must be a non-empty array"),
        (
            'dos = ["d"]\ndonts = ["n"]\n[[steps]]\ntitle = "a"\ntext = "t"\n',
            r"'steps\[0\]\.drawing' is missing",
        ),
        (
            'dos = ["d"]\ndonts = ["n"]\n[[steps]]\ntitle = "a"\ntext = "t"\n'
            'drawing = "../spasmguard.svg"\n',
            r"'steps\[0\]\.drawing' must be the file name of an SVG",
        ),
        (
            '[[steps]]\ntitle = "a"\ntext = "t"\ndrawing = "a.svg"\ndos = ["d"]\ndonts = ["n"]\n',
            r"lift\.toml: 'dos' is missing",
        ),
    ],
)
def test_malformed_lifting_names_file_and_key(text: str, pattern: str) -> None:
    with pytest.raises(ContentError, match=pattern):
        parse_lifting(text, "lift.toml")


# ---- prompt rotation --------------------------------------------------------------------

distinct_prompts = st.lists(st.text(min_size=1, max_size=8), min_size=2, max_size=15, unique=True)


@given(prompts=distinct_prompts, seed=st.integers(), draws=st.integers(1, 80))
def test_rotation_deals_every_prompt_once_per_round_without_repeats(
    prompts: list[str], seed: int, draws: int
) -> None:
    rotation = PromptRotation({"stress": _habit("stress", prompts)}, _rng(seed))
    shown = [rotation.next_prompt("stress") for _ in range(draws)]
    assert all(a != b for a, b in itertools.pairwise(shown))
    rounds = [shown[i : i + len(prompts)] for i in range(0, draws, len(prompts))]
    for dealt in rounds:
        assert len(set(dealt)) == len(dealt)
        if len(dealt) == len(prompts):
            assert sorted(dealt) == sorted(prompts)


@given(seed=st.integers())
def test_rotation_over_the_packaged_prompts(seed: int) -> None:
    habits = load_habits()
    rotation = PromptRotation(habits, _rng(seed))
    for habit_id, habit in habits.items():
        shown = [rotation.next_prompt(habit_id) for _ in range(3 * len(habit.prompts))]
        assert all(a != b for a, b in itertools.pairwise(shown))
        assert sorted(shown) == sorted(habit.prompts * 3)


def test_rotation_shuffles_differently_per_round() -> None:
    prompts = [f"p{n}" for n in range(12)]
    rotation = PromptRotation({"posture": _habit("posture", prompts)}, _rng(7))
    rounds = [tuple(rotation.next_prompt("posture") for _ in prompts) for _ in range(4)]
    assert len(set(rounds)) > 1


def test_rotation_keeps_habits_independent() -> None:
    rotation = PromptRotation(
        {"posture": _habit("posture", ["a", "b"]), "stress": _habit("stress", ["x", "y"])},
        _rng(1),
    )
    assert {rotation.next_prompt("posture"), rotation.next_prompt("posture")} == {"a", "b"}
    assert rotation.next_prompt("stress") in {"x", "y"}


def test_rotation_rejects_unknown_habits_and_empty_prompt_lists() -> None:
    rotation = PromptRotation({"posture": _habit("posture", ["a", "b"])})
    with pytest.raises(KeyError):
        rotation.next_prompt("stress")
    with pytest.raises(ValueError, match="stretch"):
        PromptRotation({"stretch": _habit("stretch", [])})


# ---- reminder text ----------------------------------------------------------------------


def test_custom_prompt_wins_and_is_stripped() -> None:
    rotation = PromptRotation({"hydration": _habit("hydration", ["a", "b"])}, _rng(3))
    assert reminder_text("  Drink from the blue mug  ", rotation, "hydration") == (
        "Drink from the blue mug"
    )
    # The rotation was not consumed: the next two prompts still cover the whole round.
    assert {reminder_text(None, rotation, "hydration") for _ in range(2)} == {"a", "b"}


@pytest.mark.parametrize("custom", [None, "", "   \n"])
def test_blank_custom_prompt_uses_the_rotation(custom: str | None) -> None:
    rotation = PromptRotation({"hydration": _habit("hydration", ["a", "b"])}, _rng(3))
    assert reminder_text(custom, rotation, "hydration") in {"a", "b"}
