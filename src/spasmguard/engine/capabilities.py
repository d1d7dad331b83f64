"""What this desktop lets spasmguard know, decided once, in the engine.

Some desktops make an option impossible: sway 1.7 reports no fullscreen windows to X11 apps,
GNOME on Wayland tells no app about fullscreen windows, a desktop may offer no idle time. The
adapters that read the desktop (engine.idle, engine.dnd) each say what they can do as a
:class:`Capability`; :class:`DesktopCapabilities` gathers them and names the settings that do
nothing here, with the reason in one plain sentence, so the settings window can disable exactly
those options and say why where the user looks, without knowing any desktop itself.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

_CONTEXT = "Capabilities"

NO_IDLE_TIME = QT_TRANSLATE_NOOP(
    "Capabilities", "This desktop does not tell apps how long you have been idle."
)
NO_FULLSCREEN = QT_TRANSLATE_NOOP(
    "Capabilities", "This desktop does not tell apps when a window is fullscreen."
)
GNOME_WAYLAND_FULLSCREEN = QT_TRANSLATE_NOOP(
    "Capabilities", "GNOME on Wayland does not tell apps when a window is fullscreen."
)

#: The settings option each capability makes work (keys of settings.schema).
IDLE_OPTION = "general.idle_threshold_minutes"
FULLSCREEN_OPTION = "general.detect_fullscreen"


@dataclass(frozen=True)
class Capability:
    """Whether something can be known here; if not, ``reason`` says why in one sentence."""

    available: bool = True
    reason: str = ""

    @classmethod
    def missing(cls, reason: object) -> Capability:
        """Not available, for ``reason``: an untranslated sentence, kept in the user's language."""
        return cls(False, QCoreApplication.translate(_CONTEXT, str(reason)))


@dataclass(frozen=True)
class DesktopCapabilities:
    """Everything the desktop lets the reminder gate know (all available unless told)."""

    idle: Capability = field(default_factory=Capability)
    fullscreen: Capability = field(default_factory=Capability)

    def unavailable_options(self) -> Mapping[str, str]:
        """The settings that do nothing on this desktop, each with the reason to show."""
        pairs = ((IDLE_OPTION, self.idle), (FULLSCREEN_OPTION, self.fullscreen))
        return MappingProxyType({key: cap.reason for key, cap in pairs if not cap.available})
