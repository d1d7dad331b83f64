"""Every window as a screen reader meets it, through a real AT-SPI bus (at-spi2-core).

One app runs for the whole module, with the accessibility bus up before it starts and a screen
reader announced on org.a11y.Status, so Qt turns its bridge on exactly as it does for Orca. Each
window is opened by name and found on the accessibility bus as the app's new top-level
accessible, so nothing here depends on the window titles' language; controls are found by their
object name (AT-SPI's AccessibleId), which no translation changes, and the module runs once
per language in `atspi.LANGUAGES`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest

from spasmguard.core.commands import OPEN_WINDOWS
from tests.e2e.apprunner import App
from tests.e2e.atspi import (
    LANGUAGES,
    REMINDER,
    A11yApp,
    ScreenReader,
    app_settings,
    unnamed_controls,
)
from tests.e2e.desktop import Desktop, wait_until

pytestmark = pytest.mark.e2e

CONTROL_ROLES = {"push button", "check box", "radio button", "spin box", "combo box", "text"}
# The windows whose drawings need a text alternative, and the drawings' object names.
DRAWINGS = {"lifting": "_Drawing", "stretch": "SvgView", "breathing": "BreathCircle"}


@pytest.fixture(scope="module", params=LANGUAGES)
def a11y_app(
    request: pytest.FixtureRequest, real_desktop: Desktop, screen_reader: ScreenReader
) -> Iterator[A11yApp]:
    """One app in the language of the run, its reminders in its own window, with posture
    done twice and snoozed once (numbers for the history charts)."""
    app = App(real_desktop.env, app_settings(request.param)).start()
    try:
        for answer in (("done", "posture"), ("done", "posture"), ("snooze", "posture", "5")):
            app.ok(*answer)
        yield A11yApp(app, screen_reader)
    finally:
        app.stop()
        app.remove()


@pytest.mark.parametrize("name", [*OPEN_WINDOWS, REMINDER])
def test_every_focusable_control_has_a_role_and_a_name(a11y_app: A11yApp, name: str) -> None:
    window = a11y_app.window(name)
    assert window.name.strip(), f"the {name} window has no accessible name"
    controls = [n for n in a11y_app.reader.walk(window) if n.focusable]
    assert controls, f"no focusable control in the {name} window: is the tree really read?"
    assert unnamed_controls(a11y_app.reader, window) == []


@pytest.mark.parametrize("name", [*OPEN_WINDOWS, REMINDER])
def test_every_control_takes_keyboard_focus(a11y_app: A11yApp, name: str) -> None:
    """A control the mouse can use but Tab skips would shut keyboard users out."""
    window = a11y_app.window(name)
    controls = [n for n in a11y_app.reader.walk(window) if n.role in CONTROL_ROLES]
    assert [str(n) for n in controls if n.showing and n.enabled and not n.focusable] == []


@pytest.mark.parametrize("name", sorted(DRAWINGS))
def test_drawings_have_a_name_and_a_description(a11y_app: A11yApp, name: str) -> None:
    window = a11y_app.window(name)
    drawings = [
        node
        for node in a11y_app.reader.walk(window)
        if node.ident.rsplit(".", 1)[-1] == DRAWINGS[name] and node.showing
    ]
    assert drawings, f"no drawing {DRAWINGS[name]} in the {name} window"
    assert [str(d) for d in drawings if not (d.name.strip() and d.description.strip())] == []


def test_history_charts_say_their_numbers(a11y_app: A11yApp) -> None:
    """The posture chart's description ends with the period's totals of each answer kind."""
    window = a11y_app.window("history")
    charts = [n for n in a11y_app.reader.walk(window) if n.ident.endswith(".BarChart")]
    assert len(charts) == 5  # four habits and the water
    assert all(chart.name.strip() and chart.description.strip() for chart in charts)
    posture = charts[0].description
    # done, snoozed, skipped, missed: the history the fixture made.
    assert re.findall(r"\d+", posture)[-4:] == ["2", "1", "0", "0"], posture


def test_a_reminder_answered_through_the_action_interface_records_done(
    a11y_app: A11yApp,
) -> None:
    """A screen reader's "activate" on Done (AT-SPI Action "Press") answers the reminder."""
    reader = a11y_app.reader
    window = a11y_app.window(REMINDER)
    done = a11y_app.control(window, "done")
    assert done.role == "push button"
    assert "Press" in reader.actions(done)
    assert reader.do_action(done, "Press")
    app = a11y_app.app
    wait_until(lambda: app.events("posture")[-2:] == ["fired", "done"], "posture done", 5)
