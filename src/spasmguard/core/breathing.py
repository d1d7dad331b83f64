"""Paced breathing: where in the breath a moment falls, and how big the pacer's circle is.

Pure functions of elapsed time, so the pacer window only asks "what now?" on each frame and the
rules (phase boundaries, easing, whole breaths) are unit-tested without an event loop. A breath
is ``inhale_seconds`` in, then ``exhale_seconds`` out; a session always ends after a full breath
out, so it lasts the requested minutes rounded UP to whole breaths.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from enum import StrEnum


class Phase(StrEnum):
    INHALE = "in"
    EXHALE = "out"


@dataclass(frozen=True)
class Pace:
    """Seconds of one breath in and one breath out (both > 0)."""

    inhale_seconds: float
    exhale_seconds: float

    def __post_init__(self) -> None:
        if self.inhale_seconds <= 0 or self.exhale_seconds <= 0:
            raise ValueError(f"breath lengths must be positive, got {self}")

    @property
    def breath_seconds(self) -> float:
        """One full breath, in and out."""
        return self.inhale_seconds + self.exhale_seconds


@dataclass(frozen=True)
class Breath:
    """The state of the breath at one moment.

    progress: 0 at the start of the phase to 1 at its end.
    size: how open the lungs are, 0 (empty) to 1 (full), eased so the circle starts and ends
    each phase slowly, the way a breath does; the pacer draws its circle from it.
    seconds_left: until the phase changes.
    """

    phase: Phase
    progress: float
    size: float
    seconds_left: float


def breath_at(pace: Pace, elapsed: float) -> Breath:
    """The breath ``elapsed`` seconds into a session (a phase begins exactly at its boundary)."""
    into = max(0.0, elapsed) % pace.breath_seconds
    if into < pace.inhale_seconds:
        progress = into / pace.inhale_seconds
        return Breath(Phase.INHALE, progress, _ease(progress), pace.inhale_seconds - into)
    out = into - pace.inhale_seconds
    progress = out / pace.exhale_seconds
    return Breath(Phase.EXHALE, progress, 1.0 - _ease(progress), pace.exhale_seconds - out)


def session_seconds(pace: Pace, minutes: float) -> float:
    """The session length: ``minutes`` rounded up to whole breaths (at least one)."""
    breaths = max(1, math.ceil(minutes * 60 / pace.breath_seconds - 1e-9))
    return breaths * pace.breath_seconds


def _ease(progress: float) -> float:
    """Sine ease-in-out: 0 -> 0, 1 -> 1, slow at both ends."""
    return (1.0 - math.cos(math.pi * progress)) / 2.0
