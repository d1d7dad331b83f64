"""The packaged icons, and the pixmap cache the app keeps switched off."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtGui import QPixmap, QPixmapCache
from pytestqt.qtbot import QtBot

from spasmguard.ui.icons import keep_pixmap_cache_empty, svg_icon


@pytest.fixture
def no_pixmap_cache(qtbot: QtBot) -> Iterator[None]:
    limit = QPixmapCache.cacheLimit()
    keep_pixmap_cache_empty()
    yield
    QPixmapCache.setCacheLimit(limit)


def test_the_tray_icon_renders_without_the_pixmap_cache(no_pixmap_cache: None) -> None:
    pixmap = svg_icon("icons/spasmguard.svg").pixmap(32, 32)
    assert not pixmap.isNull()
    assert pixmap.width() == 32


def test_nothing_enters_the_pixmap_cache_so_its_flush_timer_never_starts(
    no_pixmap_cache: None,
) -> None:
    # An entry in the cache is what starts QPMCache's 30 s flush timer.
    key = QPixmapCache.insert(QPixmap(16, 16))
    assert not key.isValid()


def test_a_missing_icon_is_an_empty_icon_not_an_error(qtbot: QtBot) -> None:
    assert svg_icon("icons/no-such-icon.svg").isNull()
