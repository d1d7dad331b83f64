"""The breathing pacer's phase function: boundaries, easing, whole breaths."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from spasmguard.core.breathing import Pace, Phase, breath_at, session_seconds

PACE = Pace(4, 6)


@pytest.mark.parametrize(
    ("elapsed", "phase", "progress", "left"),
    [
        (0.0, Phase.INHALE, 0.0, 4.0),
        (2.0, Phase.INHALE, 0.5, 2.0),
        (4.0, Phase.EXHALE, 0.0, 6.0),
        (7.0, Phase.EXHALE, 0.5, 3.0),
        (10.0, Phase.INHALE, 0.0, 4.0),
        (13.0, Phase.INHALE, 0.75, 1.0),
    ],
)
def test_phases_change_exactly_at_their_boundaries(
    elapsed: float, phase: Phase, progress: float, left: float
) -> None:
    breath = breath_at(PACE, elapsed)
    assert breath.phase is phase
    assert breath.progress == pytest.approx(progress)
    assert breath.seconds_left == pytest.approx(left)


def test_the_circle_is_empty_at_the_start_full_at_the_turn_and_half_midway() -> None:
    assert breath_at(PACE, 0).size == pytest.approx(0)
    assert breath_at(PACE, 2).size == pytest.approx(0.5)
    assert breath_at(PACE, 4).size == pytest.approx(1)
    assert breath_at(PACE, 7).size == pytest.approx(0.5)
    assert breath_at(PACE, 9.999).size == pytest.approx(0, abs=1e-6)


def test_the_circle_moves_slowly_near_the_turn() -> None:
    near_turn = breath_at(PACE, 4.0).size - breath_at(PACE, 3.9).size
    midway = breath_at(PACE, 2.05).size - breath_at(PACE, 1.95).size
    assert 0 < near_turn < midway / 10


@given(st.floats(min_value=0, max_value=600), st.floats(min_value=0.01, max_value=0.5))
def test_the_circle_grows_while_breathing_in_and_shrinks_while_breathing_out(
    start: float, step: float
) -> None:
    now, later = breath_at(PACE, start), breath_at(PACE, start + step)
    if now.phase is later.phase and later.progress > now.progress:
        if now.phase is Phase.INHALE:
            assert later.size >= now.size
        else:
            assert later.size <= now.size


def test_negative_time_counts_as_the_start() -> None:
    assert breath_at(PACE, -3) == breath_at(PACE, 0)


@pytest.mark.parametrize(
    ("pace", "minutes", "seconds"),
    [(Pace(4, 6), 2, 120), (Pace(4, 7), 1, 66), (Pace(5, 5), 5, 300), (Pace(10, 12), 0, 22)],
)
def test_a_session_is_rounded_up_to_whole_breaths(pace: Pace, minutes: int, seconds: int) -> None:
    assert session_seconds(pace, minutes) == pytest.approx(seconds)


@pytest.mark.parametrize(("inhale", "exhale"), [(0, 6), (4, -1)])
def test_a_breath_must_take_time(inhale: float, exhale: float) -> None:
    with pytest.raises(ValueError, match="positive"):
        Pace(inhale, exhale)
