"""Every window as a screen reader meets it, through a real AT-SPI bus (at-spi2-core).

One app runs for the whole module, with the accessibility bus up before it starts and a screen
reader announced on org.a11y.Status, so Qt turns its bridge on exactly as it does for Orca. Each
window is opened by name and found on the accessibility bus as the app's new top-level
accessible, so nothing here depends on the window titles' language; controls are found by their
object name (AT-SPI's AccessibleId), which no translation changes. `LANGUAGES` lists the
languages the whole module runs in: add a language there once the app ships it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest

from spasmguard.core.commands import OPEN_WINDOWS
from tests.e2e.apprunner import ALL_DAY, App
from tests.e2e.atspi import MEANINGLESS_ROLES, Accessible, ScreenReader
from tests.e2e.desktop import Desktop, HarnessError, wait_until

pytestmark = pytest.mark.e2e

APP_NAME = "spasmguard"
LANGUAGES = ("en",)
REMINDER = "reminder"
# The windows whose drawings need a text alternative, and the drawings' object names.
DRAWINGS = {"lifting": "_Drawing", "stretch": "SvgView", "breathing": "BreathCircle"}


class A11yApp:
    """The app under a screen reader: opens a window and hands back its accessible."""

    def __init__(self, app: App, reader: ScreenReader) -> None:
        self.app = app
        self.reader = reader
        self.windows: dict[str, Accessible] = {}

    def _top_levels(self) -> list[Accessible]:
        apps = [a for a in self.reader.applications() if a.name == APP_NAME]
        return [self.reader.read(ref) for app in apps for ref in app.children]

    def window(self, name: str) -> Accessible:
        """Open window `name` (or trigger a posture reminder) once; its accessible."""
        if name not in self.windows:
            before = {w.ref for w in self._top_levels()}
            self.app.ok(*(("trigger", "posture") if name == REMINDER else ("open", name)))
            found: list[Accessible] = []

            def appeared() -> bool:
                found[:] = [w for w in self._top_levels() if w.ref not in before and w.showing]
                return len(found) == 1

            wait_until(appeared, f"the {name} window on the accessibility bus")
            self.windows[name] = found[0]
        return self.windows[name]

    def control(self, window: Accessible, ident: str) -> Accessible:
        """The showing control of `window` whose object name is `ident`."""
        for node in self.reader.walk(window):
            if node.ident.rsplit(".", 1)[-1] == ident and node.showing:
                return node
        raise HarnessError(f"no showing control {ident!r} in {window.name!r}")


@pytest.fixture(scope="module", params=LANGUAGES)
def a11y_app(
    request: pytest.FixtureRequest, real_desktop: Desktop, screen_reader: ScreenReader
) -> Iterator[A11yApp]:
    """One app in the language of the run, its reminders in its own window, with posture
    done twice and snoozed once (numbers for the history charts)."""
    settings = ALL_DAY + f'notification_style = "window"\nlanguage = "{request.param}"\n'
    app = App(real_desktop.env, settings).start()
    try:
        for answer in (("done", "posture"), ("done", "posture"), ("snooze", "posture", "5")):
            app.ok(*answer)
        yield A11yApp(app, screen_reader)
    finally:
        app.stop()
        app.remove()


def unnamed_controls(reader: ScreenReader, window: Accessible) -> list[str]:
    """Focusable controls a screen reader could not announce: no name, or a role saying nothing.

    A combo box's popup list is exempt: it never takes Tab focus, and when it opens the reader
    announces its items and the combo box's name.
    """
    return [
        str(node)
        for node in reader.walk(window)
        if node.focusable
        and node.parent_role != "combo box"
        and (not node.name.strip() or node.role in MEANINGLESS_ROLES)
    ]


@pytest.mark.parametrize("name", [*OPEN_WINDOWS, REMINDER])
def test_every_focusable_control_has_a_role_and_a_name(a11y_app: A11yApp, name: str) -> None:
    window = a11y_app.window(name)
    assert window.name.strip(), f"the {name} window has no accessible name"
    controls = [n for n in a11y_app.reader.walk(window) if n.focusable]
    assert controls, f"no focusable control in the {name} window: is the tree really read?"
    assert unnamed_controls(a11y_app.reader, window) == []


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
