"""The countdown behind the guided breaks, driven by a fake monotonic clock."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from spasmguard.core.clock import FakeClock
from spasmguard.core.countdown import Countdown, Event


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(datetime(2026, 3, 2, 10, 0, tzinfo=UTC))


def make(clock: FakeClock, *durations: float) -> Countdown:
    return Countdown(list(durations), clock.monotonic)


def test_steps_follow_each_other_on_time(clock: FakeClock) -> None:
    run = make(clock, 10, 20, 5)
    clock.advance(9.5)
    assert run.update() is None
    assert (run.index, run.remaining()) == (0, pytest.approx(0.5))
    clock.advance(0.5)
    assert run.update() is Event.STEP
    assert (run.index, run.remaining()) == (1, pytest.approx(20))
    assert run.total_remaining() == pytest.approx(25)


def test_a_late_tick_catches_up_across_steps_without_losing_time(clock: FakeClock) -> None:
    run = make(clock, 10, 20, 5)
    clock.advance(33)
    assert run.update() is Event.STEP
    assert run.index == 2
    assert run.remaining() == pytest.approx(2)


def test_running_out_finishes_exactly_once(clock: FakeClock) -> None:
    run = make(clock, 3, 4)
    clock.advance(7)
    assert run.update() is Event.FINISHED
    assert run.finished
    assert run.over
    clock.advance(5)
    assert run.update() is None
    assert run.skip() is None
    assert run.back() is None
    assert run.remaining() == 0
    assert run.elapsed_total() == pytest.approx(7)


def test_a_long_gap_past_the_end_finishes_once(clock: FakeClock) -> None:
    run = make(clock, 3, 4)
    clock.advance(100)
    assert run.update() is Event.FINISHED
    assert run.index == 1


def test_pause_freezes_the_step_and_resume_continues_it(clock: FakeClock) -> None:
    run = make(clock, 10, 10)
    clock.advance(4)
    run.pause()
    assert run.paused
    clock.advance(60)
    assert run.update() is None
    assert (run.index, run.remaining()) == (0, pytest.approx(6))
    run.toggle_pause()
    assert not run.paused
    clock.advance(5.9)
    assert run.update() is None
    clock.advance(0.1)
    assert run.update() is Event.STEP


def test_pausing_twice_keeps_the_time_already_used(clock: FakeClock) -> None:
    run = make(clock, 10)
    clock.advance(3)
    run.pause()
    run.pause()
    run.resume()
    clock.advance(3)
    run.toggle_pause()
    clock.advance(50)
    assert run.remaining() == pytest.approx(4)


def test_skip_starts_the_next_step_in_full(clock: FakeClock) -> None:
    run = make(clock, 10, 8, 6)
    clock.advance(3)
    assert run.skip() is Event.STEP
    assert (run.index, run.remaining()) == (1, pytest.approx(8))


def test_skipping_the_last_step_finishes(clock: FakeClock) -> None:
    run = make(clock, 10, 8)
    run.skip()
    assert run.skip() is Event.FINISHED
    assert run.finished


def test_back_restarts_the_previous_step_and_the_first_one_in_place(clock: FakeClock) -> None:
    run = make(clock, 10, 8)
    clock.advance(12)
    run.update()
    assert run.back() is Event.STEP
    assert (run.index, run.remaining()) == (0, pytest.approx(10))
    clock.advance(4)
    run.back()
    assert (run.index, run.remaining()) == (0, pytest.approx(10))


def test_back_and_skip_keep_a_paused_countdown_paused(clock: FakeClock) -> None:
    run = make(clock, 10, 8, 6)
    run.pause()
    run.skip()
    clock.advance(30)
    assert run.paused
    assert (run.index, run.remaining()) == (1, pytest.approx(8))
    run.back()
    clock.advance(30)
    assert (run.index, run.remaining()) == (0, pytest.approx(10))


def test_stop_ends_without_finishing(clock: FakeClock) -> None:
    run = make(clock, 5)
    run.stop()
    clock.advance(10)
    assert run.update() is None
    assert run.over
    assert not run.finished
    assert not run.paused
    run.resume()
    assert run.update() is None


@pytest.mark.parametrize("durations", [[], [5, 0], [-1]])
def test_steps_must_have_a_length(clock: FakeClock, durations: list[float]) -> None:
    with pytest.raises(ValueError, match="durations"):
        Countdown(durations, clock.monotonic)
