"""The safe-lifting quick reference: complete content, readable at any size, keyboard friendly."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
import shiboken6
from PySide6.QtCore import QByteArray, Qt
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QLabel, QWidget

from spasmguard.core.habits import load_lifting
from spasmguard.core.resources import read_bytes
from spasmguard.core.safety import load_professional
from spasmguard.ui.lifting_panel import LiftingPanel

MakePanel = Callable[[int, int], LiftingPanel]


def settled(panel: LiftingPanel) -> bool:
    """The scroll area has fitted the page to the window: its width, and the height its steps
    need at that width once they flowed into columns (or the window's height, if more)."""
    page, viewport = panel.scroll_area.widget(), panel.scroll_area.viewport()
    height = max(viewport.height(), page.heightForWidth(viewport.width()))
    return page.size().toTuple() == (viewport.width(), height)


@pytest.fixture
def make_panel(qtbot) -> Iterator[MakePanel]:
    """Builds shown panels of a given size, with their layout settled; closes the survivors."""
    panels: list[LiftingPanel] = []

    def make(width: int, height: int) -> LiftingPanel:
        panel = LiftingPanel()
        panels.append(panel)
        panel.resize(width, height)
        panel.show()
        qtbot.waitExposed(panel)
        qtbot.waitUntil(lambda: settled(panel))
        return panel

    yield make
    for panel in panels:
        if shiboken6.isValid(panel):
            panel.close()


def label_texts(panel: LiftingPanel) -> list[str]:
    return [label.text() for label in panel.findChildren(QLabel)]


def drawings(panel: LiftingPanel) -> list[QWidget]:
    """The step drawings, found by their accessible name (the step's title)."""
    titles = {step.title for step in load_lifting().steps}
    return [w for w in panel.findChildren(QWidget) if w.accessibleName() in titles]


def test_shows_every_numbered_step_the_lists_and_the_red_flags(make_panel):
    panel = make_panel(600, 500)
    texts = label_texts(panel)
    guide, advice = load_lifting(), load_professional()
    for number, step in enumerate(guide.steps, start=1):
        assert f"{number}. {step.title}" in texts
        assert step.text in texts
    signs = (*advice.urgent.signs, *advice.soon.signs)
    for item in (*guide.dos, *guide.donts, *signs, advice.intro, advice.notice):
        assert item in texts


def svg_aspect(path: str) -> float:
    """Height / width of the packaged SVG's view box."""
    box = QSvgRenderer(QByteArray(read_bytes(*path.split("/")))).viewBoxF()
    return box.height() / box.width()


def test_every_step_has_a_visible_drawing_in_proportion(make_panel):
    panel = make_panel(600, 500)
    steps = load_lifting().steps
    found = {drawing.accessibleName(): drawing for drawing in drawings(panel)}
    assert len(found) == len(steps)
    for step in steps:
        drawing = found[step.title]
        assert drawing.width() > panel.fontMetrics().height() * 3
        assert drawing.height() / drawing.width() == pytest.approx(svg_aspect(step.drawing), 0.02)
        image = drawing.grab().toImage()
        assert len({image.pixel(x, image.height() // 2) for x in range(image.width())}) > 2


def test_drawings_grow_with_the_window(make_panel):
    small = min(d.width() for d in drawings(make_panel(400, 300)))
    large = min(d.width() for d in drawings(make_panel(1200, 900)))
    assert large > small * 1.2


def test_wide_windows_put_steps_side_by_side_and_narrow_ones_stack_them(make_panel):
    def rows(panel: LiftingPanel) -> int:
        page = panel.scroll_area.widget()
        return len({d.mapTo(page, d.rect().topLeft()).y() for d in drawings(panel)})

    assert rows(make_panel(400, 300)) == len(load_lifting().steps)
    assert rows(make_panel(1200, 900)) < len(load_lifting().steps)


@pytest.mark.parametrize(("width", "height"), [(400, 300), (1200, 900)])
def test_all_text_wraps_inside_the_scroll_area_without_clipping(make_panel, width, height):
    panel = make_panel(width, height)
    page = panel.scroll_area.widget()
    labels = panel.findChildren(QLabel)
    assert labels
    assert panel.scroll_area.horizontalScrollBar().maximum() == 0, "wider than the window"
    for label in labels:
        assert label.wordWrap(), label.text()
        assert label.textFormat() == Qt.TextFormat.PlainText, label.text()
        assert page.isAncestorOf(label), label.text()
        assert label.height() >= label.heightForWidth(label.width()), f"cut off: {label.text()}"
        assert label.mapTo(page, label.rect().topRight()).x() < page.width(), label.text()


def test_keyboard_scrolls_the_page(qtbot, make_panel):
    panel = make_panel(400, 300)
    panel.activateWindow()
    qtbot.waitUntil(panel.scroll_area.hasFocus)  # the page takes the keys, not a label
    scroll_bar = panel.scroll_area.verticalScrollBar()
    assert scroll_bar.value() == 0
    qtbot.keyClick(panel.scroll_area, Qt.Key.Key_PageDown)
    assert scroll_bar.value() > 0


def test_escape_closes_and_deletes_the_panel(qtbot, make_panel):
    panel = make_panel(400, 300)
    panel.activateWindow()
    qtbot.waitUntil(panel.scroll_area.hasFocus)
    qtbot.keyClick(panel.scroll_area, Qt.Key.Key_Escape)
    assert not panel.isVisible()
    qtbot.waitUntil(lambda: not shiboken6.isValid(panel), timeout=2000)


def test_window_title_names_the_panel(make_panel):
    assert make_panel(400, 300).windowTitle() == "Safe lifting"
