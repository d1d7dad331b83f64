"""QIcons from the packaged SVG files."""

from __future__ import annotations

from PySide6.QtGui import QIcon, QPixmapCache

from spasmguard.core.resources import resource


def svg_icon(path: str) -> QIcon:
    """The icon at a resource path like ``icons/spasmguard.svg`` (empty if it is missing)."""
    file = resource(*path.split("/"))
    return QIcon(str(file)) if file.is_file() else QIcon()


def keep_pixmap_cache_empty() -> None:
    """Switch off Qt's pixmap cache for the life of the process.

    Rendering an SVG icon (the tray icon at start, menus, every change of the icon) puts its
    pixmap into ``QPixmapCache``, whose flush timer then wakes the idle app every 30 s and 10 s
    until it has aged the entry out: measured on the test desktop, five wakeups in the 90 s after
    start against one heartbeat a minute. The app's icons are a few small SVGs drawn only when
    the tray or a window repaints, so drawing them afresh costs nothing a user could notice.
    """
    QPixmapCache.setCacheLimit(0)
