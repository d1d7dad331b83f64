"""How the stretch and breathing breaks are built from the settings.

Which habits have a guided break, and its window's name, is core.commands.GUIDED_BREAKS; the
posture checklist, which needs the history, is built by ui/desktop.py. Kept apart so the break
windows (and QtSvg) are imported only when the user first starts a break.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QApplication

from spasmguard.settings.model import GeneralSettings

if TYPE_CHECKING:
    from spasmguard.ui.breathing_pacer import BreathingPacer
    from spasmguard.ui.stretch_session import StretchSession


def build_break(habit_id: str, general: GeneralSettings) -> StretchSession | BreathingPacer:
    """The guided-break window of ``habit_id`` ("stretch" or "stress"), set up from settings.

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
    raise ValueError(f"{habit_id!r} has no guided break built here (known: stretch, stress)")
