"""Which habits have a guided break, and how their windows are built from the settings.

Kept apart from the controller so that its wiring stays a few lines, and so the break windows
(and QtSvg) are imported only when the user first starts a break.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QApplication

from spasmguard.settings.model import GeneralSettings

if TYPE_CHECKING:
    from spasmguard.ui.breathing_pacer import BreathingPacer
    from spasmguard.ui.stretch_session import StretchSession

GUIDED_HABITS: tuple[str, ...] = ("stretch", "stress", "posture")
"""Habits whose reminder offers Start: a stretch routine, paced breathing, or the posture
checklist (which the controller builds itself: it needs the history; see ui/posture_check.py)."""


def window_name(habit_id: str) -> str:
    """The controller's window key for a habit's guided break."""
    return f"break-{habit_id}"


def habit_of(name: str) -> str | None:
    """The habit of a guided-break window key, or None for any other window."""
    habit_id = name.removeprefix("break-")
    return habit_id if habit_id != name and habit_id in GUIDED_HABITS else None


def build_break(habit_id: str, general: GeneralSettings) -> StretchSession | BreathingPacer:
    """The guided-break window of ``habit_id`` (one of GUIDED_HABITS), set up from settings.

    The window emits ``finished(habit_id)`` once when the break is completed.
    """
    if habit_id == "stretch":
        from spasmguard.core.stretch import load_stretch  # noqa: PLC0415
        from spasmguard.ui.stretch_session import StretchSession  # noqa: PLC0415

        chime = QApplication.beep if general.stretch_chime else None
        return StretchSession(
            load_stretch(general.language), chime=chime, language=general.language
        )
    if habit_id == "stress":
        from spasmguard.core.breathing import Pace  # noqa: PLC0415
        from spasmguard.ui.breathing_pacer import BreathingPacer  # noqa: PLC0415

        pace = Pace(general.breathe_in_seconds, general.breathe_out_seconds)
        return BreathingPacer(pace, general.breathing_minutes, language=general.language)
    raise ValueError(f"{habit_id!r} has no guided break (known: {', '.join(GUIDED_HABITS)})")
