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
from PySide6.QtCore import QDate, QLocale

from spasmguard.core.commands import OPEN_WINDOWS
from spasmguard.core.languages import SOURCE_LANGUAGE
from spasmguard.ui.i18n import qt_locale
from tests.e2e.apprunner import ENGLISH_MENU_ENTRIES, App, click, visible_windows
from tests.e2e.atspi import (
    CHECKABLE,
    CHECKED,
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
# The windows that are dialogs (QDialog); every other window is a frame (QMainWindow).
WINDOW_ROLES = {"settings": "dialog", "welcome": "dialog", "posture": "dialog"}
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
        yield A11yApp(app, screen_reader, request.param)
    finally:
        app.stop()
        app.remove()


@pytest.mark.parametrize("name", [*OPEN_WINDOWS, REMINDER])
def test_every_window_is_a_frame_or_dialog_named_by_its_title(a11y_app: A11yApp, name: str) -> None:
    """What a screen reader announces when the window opens: its kind and its title."""
    window = a11y_app.window(name)
    assert window.role == WINDOW_ROLES.get(name, "frame"), str(window)
    assert window.name.strip(), f"the {name} window has no accessible name"
    assert visible_windows(a11y_app.app.env, window.name), f"no window titled {window.name!r}"


@pytest.mark.parametrize("name", [*OPEN_WINDOWS, REMINDER])
def test_every_focusable_control_has_a_role_and_a_name(a11y_app: A11yApp, name: str) -> None:
    window = a11y_app.window(name)
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


def test_history_charts_list_every_days_numbers(a11y_app: A11yApp) -> None:
    """The charts' text alternative: a list with a line per day, its date and numbers in the
    app's language; the fixture's answers (2 done, 1 snoozed) are on today's line."""
    reader = a11y_app.reader
    window = a11y_app.window("history")
    days = a11y_app.control(window, "days_posture")
    assert (days.role, days.focusable) == ("list", True)
    assert days.name.strip()
    lines = [reader.read(ref, days.role) for ref in days.children]
    assert len(lines) == 30  # the default period
    assert {line.role for line in lines} == {"list item"}
    # A line ends with its four numbers: done, snoozed, skipped, missed.
    answered = [line.name for line in lines if re.findall(r"\d+", line.name)[-4:] != ["0"] * 4]
    assert len(answered) == 1, answered
    # Today's date as the language writes it (yesterday's if the test runs over midnight).
    locale = qt_locale(a11y_app.language)
    dates = [
        locale.toString(QDate.currentDate().addDays(-back), QLocale.FormatType.LongFormat)
        for back in (0, 1)
    ]
    (today,) = [d for d in dates if answered[0].startswith(d)]
    # done, snoozed, skipped, missed: the fixture's history, in QLocale's digits.
    assert re.findall(r"\d+", answered[0].removeprefix(today)) == ["2", "1", "0", "0"]
    if a11y_app.language == SOURCE_LANGUAGE:
        assert answered[0] == f"{today}: done 2, snoozed 1, skipped 0, missed 0"


def test_the_tray_menu_is_a_menu_of_named_entries(a11y_app: A11yApp) -> None:
    """The tray menu, opened with a click on the icon: each entry a named menu item, in the
    app's language; no entry claims a checked state it cannot have."""
    menu = a11y_app.tray_menu()
    try:
        assert menu.role == "popup menu"
        entries = [a11y_app.reader.read(ref, menu.role) for ref in menu.children]
        shown = [e for e in entries if e.showing and e.role != "separator"]
        assert len(shown) >= 12  # habits, water, pause, do not disturb, windows, quit
        assert [str(e) for e in shown if e.role != "menu item" or not e.name.strip()] == []
        assert [str(e) for e in shown if CHECKED in e.states and CHECKABLE not in e.states] == []
        names = {e.name for e in shown}
        if a11y_app.language == SOURCE_LANGUAGE:
            assert names >= ENGLISH_MENU_ENTRIES
        else:
            assert ENGLISH_MENU_ENTRIES & names == set()
    finally:
        click(a11y_app.app.env, 5, 5)  # a click elsewhere closes the menu
        wait_until(lambda: not a11y_app.reader.read(menu.ref).showing, "the menu to close", 5)


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
