"""The safety content in the windows: the caution line in every guided break, the warning signs
with the urgent level first and set apart, and the during-a-spasm panel within one click of the
tray, the warning signs and every guided break.

Guided breaks are opened through a real session and desktop (the start_app fixture of
test_habit_depth.py), so a new guided break without the caution line fails here too.
"""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QFrame, QLabel, QPushButton, QScrollArea, QWidget
from pytestqt.qtbot import QtBot

from spasmguard.core.commands import GUIDED_BREAKS
from spasmguard.core.safety import load_professional, load_spasm
from spasmguard.ui.professional_panel import ProfessionalPanel
from spasmguard.ui.safety_blocks import PROFESSIONAL, SPASM
from spasmguard.ui.spasm_panel import SpasmPanel
from tests.qt import test_habit_depth as depth
from tests.qt.test_habit_depth import StartApp, menu_action, shown, texts

# The fixtures of test_habit_depth.py: a started session and desktop on a history in tmp_path.
history = depth.history
start_app = depth.start_app

ADVICE = load_professional()
PANELS = {PROFESSIONAL: ProfessionalPanel, SPASM: SpasmPanel}


def link(window: QWidget, target: str) -> QPushButton:
    button = window.findChild(QPushButton, target)
    assert button is not None, f"no link to {target} in {window.windowTitle()}"
    return button


@pytest.mark.parametrize("habit_id", GUIDED_BREAKS)
def test_every_guided_break_shows_the_caution_line(start_app: StartApp, habit_id: str) -> None:
    app = start_app()
    app.desktop.windows.open(GUIDED_BREAKS[habit_id])
    (window,) = [w for w in shown(QWidget) if w.findChild(QPushButton) is not None]
    caution = window.findChild(QLabel, "caution")
    assert caution is not None, window.windowTitle()
    assert caution.text() == ADVICE.caution
    assert caution.isVisible()
    assert link(window, PROFESSIONAL).isVisible()


@pytest.mark.parametrize("target", [PROFESSIONAL, SPASM])
@pytest.mark.parametrize("habit_id", GUIDED_BREAKS)
def test_every_guided_break_links_to_both_safety_panels(
    start_app: StartApp, habit_id: str, target: str
) -> None:
    app = start_app()
    app.desktop.windows.open(GUIDED_BREAKS[habit_id])
    (window,) = [w for w in shown(QWidget) if w.findChild(QLabel, "caution") is not None]
    link(window, target).click()
    assert len(shown(PANELS[target])) == 1


@pytest.mark.parametrize("route", ["tray", "warning signs", "welcome", "lifting"])
def test_the_spasm_panel_is_one_click_away(start_app: StartApp, route: str) -> None:
    app = start_app()
    if route == "tray":
        menu_action(app, "If your back is in spasm now…")
    else:
        window = {"warning signs": PROFESSIONAL, "welcome": "welcome", "lifting": "lifting"}[route]
        app.desktop.windows.open(window)
        (opened,) = [w for w in shown(QWidget) if w.findChild(QPushButton, SPASM) is not None]
        link(opened, SPASM).click()
    assert len(shown(SpasmPanel)) == 1


def test_the_urgent_level_comes_first_and_stands_apart_not_by_colour(qtbot: QtBot) -> None:
    panel = ProfessionalPanel()
    qtbot.addWidget(panel)
    panel.show()
    qtbot.waitExposed(panel)
    urgent = panel.findChild(QFrame, "urgent")
    soon = panel.findChild(QFrame, "soon")
    assert (
        urgent.mapTo(panel, urgent.rect().topLeft()).y()
        < soon.mapTo(panel, soon.rect().topLeft()).y()
    )
    # A frame, an icon and a bold instruction: visible in any palette and to any eyes.
    assert urgent.frameShape() == QFrame.Shape.Box
    assert soon.frameShape() == QFrame.Shape.NoFrame
    assert urgent.lineWidth() > 1
    icons = [label for label in urgent.findChildren(QLabel) if not label.pixmap().isNull()]
    assert [icon.accessibleName() for icon in icons] == [ADVICE.urgent.title]
    (action,) = [
        label for label in urgent.findChildren(QLabel) if label.text() == ADVICE.urgent.action
    ]
    assert action.font().bold()
    assert set(ADVICE.urgent.signs) <= set(texts(urgent))
    assert not set(ADVICE.urgent.signs) & set(texts(soon))
    assert set(ADVICE.soon.signs) <= set(texts(soon))


def test_the_spasm_panel_shows_its_steps_the_physiotherapist_and_the_notice(qtbot: QtBot) -> None:
    panel = SpasmPanel()
    qtbot.addWidget(panel)
    shown_texts = texts(panel)
    spasm = load_spasm()
    assert panel.windowTitle() == spasm.title
    assert all(step in shown_texts for step in spasm.steps)
    assert ADVICE.physiotherapist in shown_texts
    assert panel.findChild(QLabel, "notice").text() == ADVICE.notice


@pytest.mark.parametrize("panel_type", [ProfessionalPanel, SpasmPanel])
def test_the_safety_panels_open_showing_all_of_their_text(
    qtbot: QtBot, panel_type: type[QWidget]
) -> None:
    """Nobody should have to find out by scrolling that there is a second level of signs."""
    panel = panel_type()
    qtbot.addWidget(panel)
    panel.show()
    qtbot.waitExposed(panel)
    assert panel.findChild(QScrollArea).verticalScrollBar().maximum() == 0
