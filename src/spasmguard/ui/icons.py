"""QIcons from the packaged SVG files."""

from __future__ import annotations

from PySide6.QtGui import QIcon

from spasmguard.core.resources import resource


def svg_icon(path: str) -> QIcon:
    """The icon at a resource path like ``icons/spasmguard.svg`` (empty if it is missing)."""
    file = resource(*path.split("/"))
    return QIcon(str(file)) if file.is_file() else QIcon()
