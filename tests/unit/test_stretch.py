"""Stretch routines as content data: the packaged file is complete and safe to show, and broken
content is refused with a message naming the file and the key."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import pytest

from spasmguard.core.resources import read_bytes, read_text
from spasmguard.core.stretch import MIN_STEPS, ContentError, load_stretch, parse_stretch

SVG_NS = "{http://www.w3.org/2000/svg}"

GOOD = """
opening = { step = "gently", seconds = 10 }

[steps.gently]
title = "Move gently"
text = "Stop if pain increases."
drawing = "gently.svg"

[steps.roll]
title = "Roll"
text = "Roll your shoulders."
drawing = "roll.svg"

[[routines]]
id = "short"
title = "Short"
minutes = 1
steps = [
    { step = "roll", seconds = 20 },
    { step = "roll", seconds = 10 },
    { step = "roll", seconds = 10 },
    { step = "roll", seconds = 10 },
]
"""


def test_the_packaged_routines_last_two_three_and_five_minutes() -> None:
    routines = load_stretch()
    assert [routine.minutes for routine in routines] == [2, 3, 5]
    for routine in routines:
        assert len(routine.steps) >= 5
        assert sum(step.seconds for step in routine.steps) == routine.minutes * 60
    assert len({routine.id for routine in routines}) == len(routines)


def test_every_routine_opens_by_asking_to_move_gently_and_stop_on_pain() -> None:
    for routine in load_stretch():
        opening = routine.steps[0]
        assert "gently" in opening.title.lower()
        assert "stop" in opening.text.lower()
        assert "pain" in opening.text.lower()


def test_instructions_are_short_enough_for_one_or_two_lines() -> None:
    for routine in load_stretch():
        for step in routine.steps:
            assert len(step.text) <= 110, step.title
            assert len(step.title) <= 30, step.title


def test_every_drawing_is_a_packaged_svg_with_a_title() -> None:
    drawings = {step.drawing for routine in load_stretch() for step in routine.steps}
    assert len(drawings) >= 8
    for drawing in drawings:
        root = ET.fromstring(read_bytes(*drawing.split("/")))  # noqa: S314 - our own file
        assert root.tag == f"{SVG_NS}svg"
        assert root.get("viewBox")
        title = root.find(f"{SVG_NS}title")
        assert title is not None
        assert title.text


def test_no_step_asks_to_bend_forward_or_twist() -> None:
    text = read_text("content", "en", "stretch.toml").lower()
    body = text.split("language =", 1)[1]  # the header comment names what is left out
    for risky in ("twist", "touch your toes", "bounce"):
        assert risky not in body


def test_the_opening_step_is_put_first_without_being_listed() -> None:
    (routine,) = parse_stretch(GOOD, "test.toml")
    assert [step.title for step in routine.steps] == ["Move gently"] + ["Roll"] * 4
    assert [step.seconds for step in routine.steps] == [10, 20, 10, 10, 10]
    assert routine.steps[1].drawing == "icons/stretch/roll.svg"


def test_routines_come_shortest_first() -> None:
    head, short = GOOD.split("[[routines]]")
    long = short.replace('"short"', '"long"').replace("minutes = 1", "minutes = 2")
    long = long.replace("seconds = 20 }", "seconds = 80 }")
    routines = parse_stretch(f"{head}[[routines]]{long}[[routines]]{short}", "t.toml")
    assert [routine.id for routine in routines] == ["short", "long"]


@pytest.mark.parametrize(
    ("old", "new", "where"),
    [
        (
            '{ step = "roll", seconds = 20 }',
            '{ step = "nap", seconds = 20 }',
            "routines[0].steps[0].step",
        ),
        ("seconds = 20 }", "seconds = 21 }", "routines[0].steps"),
        ("seconds = 20 }", "seconds = 200 }", "routines[0].steps[0].seconds"),
        ('drawing = "roll.svg"', 'drawing = "../roll.svg"', "steps.roll.drawing"),
        ('drawing = "roll.svg"', 'drawing = "roll.png"', "steps.roll.drawing"),
        ('id = "short"', 'id = "Short one"', "routines[0].id"),
        ('text = "Roll your shoulders."', 'text = " "', "steps.roll.text"),
        ("minutes = 1", 'minutes = "1"', "routines[0].minutes"),
        ('opening = { step = "gently", seconds = 10 }', "", "opening"),
    ],
)
def test_broken_content_names_the_file_and_the_key(old: str, new: str, where: str) -> None:
    assert old in GOOD
    with pytest.raises(ContentError, match=rf"^bad\.toml: '{re.escape(where)}'"):
        parse_stretch(GOOD.replace(old, new), "bad.toml")


def test_a_routine_needs_enough_steps() -> None:
    short = GOOD.replace('    { step = "roll", seconds = 10 },\n', "", 1).replace(
        "seconds = 20 }", "seconds = 30 }"
    )
    with pytest.raises(ContentError, match=f"at least {MIN_STEPS} steps"):
        parse_stretch(short, "bad.toml")


def test_two_routines_may_not_share_an_id() -> None:
    routine = GOOD[GOOD.index("[[routines]]") :]
    with pytest.raises(ContentError, match="'routines' repeats the id 'short'"):
        parse_stretch(GOOD + routine, "bad.toml")


def test_bad_toml_names_the_file() -> None:
    with pytest.raises(ContentError, match=r"^bad\.toml: not valid TOML"):
        parse_stretch("steps = [", "bad.toml")


def test_an_unknown_language_falls_back_to_english() -> None:
    assert load_stretch("xx_YY") == load_stretch("en")
