"""The settings window and a reminder used with the keyboard alone, under a real window manager
(openbox), with real key presses (xdotool) and a screen reader's client watching the focus.

Each Tab is followed on the accessibility bus: the control that has focus must be named (what a
screen reader says) and the General tab must be walked in reading order. Controls are known by
their object names, so this runs unchanged in any language.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from spasmguard.core.commands import OPEN_WINDOWS
from spasmguard.core.habits import HABIT_IDS
from tests.e2e.apprunner import App, click, crop, visible_windows, wait_for_window
from tests.e2e.atspi import (
    LANGUAGES,
    REMINDER,
    A11yApp,
    Accessible,
    ScreenReader,
    app_settings,
)
from tests.e2e.desktop import HarnessError, run, wait_until

pytestmark = pytest.mark.e2e

MAX_TABS = 60
FOCUS_EVENT_TIMEOUT = 1.5
FOCUS_PAINT_TIMEOUT = 2.0


def _started(
    language: str,
    window_manager: dict[str, str],
    screen_reader: ScreenReader,
    *,
    uneven_history: bool = False,
) -> Iterator[A11yApp]:
    """The app in `language` under the window manager, watched by the screen reader.

    With `uneven_history`, each habit is answered a different number of times first.
    """
    app = App(window_manager, app_settings(language)).start()
    try:
        if uneven_history:
            for count, habit in enumerate(HABIT_IDS):
                for _ in range(count):
                    app.ok("done", habit)
        yield A11yApp(app, screen_reader, language)
    finally:
        app.stop()
        app.remove()


@pytest.fixture(params=LANGUAGES)
def a11y_app(
    request: pytest.FixtureRequest, window_manager: dict[str, str], screen_reader: ScreenReader
) -> Iterator[A11yApp]:
    yield from _started(request.param, window_manager, screen_reader)


@pytest.fixture(scope="module", params=LANGUAGES)
def windows_app(
    request: pytest.FixtureRequest, window_manager: dict[str, str], screen_reader: ScreenReader
) -> Iterator[A11yApp]:
    """One app for the tour of every window (each stays open once opened).

    Each habit is answered a different number of times, so the history's day lists differ:
    the visible-focus check compares a control's look before and after the Tab at one place on
    the screen, and identical lists scrolled into each other's place would look unchanged.
    """
    yield from _started(request.param, window_manager, screen_reader, uneven_history=True)


def key(a11y_app: A11yApp, *keys: str) -> None:
    run(["xdotool", "key", *keys], a11y_app.app.env)


def press_tab(a11y_app: A11yApp, focus: Accessible | None) -> Accessible:
    """Press Tab once; the control the app then announces as focused (`focus` if none).

    A Tab may leave the focus where it is: in a time editor it moves from the hours to the
    minutes first, as in every Qt time field.
    """
    reader = a11y_app.reader
    reader.forget_focus_events()
    key(a11y_app, "Tab")
    ref = reader.next_focus(FOCUS_EVENT_TIMEOUT)
    if ref is not None:
        return reader.read(ref)
    assert focus is not None, "Tab focused nothing"
    return focus


def tab_until(a11y_app: A11yApp, ident: str) -> list[Accessible]:
    """Press Tab until the control named `ident` has focus; every control focused on the way."""
    seen: list[Accessible] = []
    for _ in range(MAX_TABS):
        node = press_tab(a11y_app, seen[-1] if seen else None)
        if not seen or seen[-1].ref != node.ref:
            seen.append(node)
        if node.ident.endswith(ident):
            return seen
    raise AssertionError(f"{ident} not reached in {MAX_TABS} Tabs: {[str(n) for n in seen]}")


class TabRound:
    """Tab round a window until the focus is back where the first Tab put it, noting every
    stop and whether each one looks different once it has the focus (visible focus).

    The look is compared in screenshots: the control's box before the Tab that focuses it and
    after, waiting up to FOCUS_PAINT_TIMEOUT for the repaint that follows the focus event.
    """

    def __init__(self, a11y_app: A11yApp, shots: Path) -> None:
        self._app = a11y_app
        self._shots = shots
        self._count = 0
        self.stops: list[Accessible] = []
        self.unseen: list[Accessible] = []
        self._shot = self._take()
        self._go()

    def _take(self) -> Path:
        self._count += 1
        shot = self._shots / f"tab-{self._count:03}.png"
        run(["import", "-window", "root", str(shot)], self._app.app.env)
        return shot

    def _looks(self, node: Accessible, shot: Path) -> bytes:
        box = self._app.reader.extents(node)
        name = node.ref[1].rsplit("/", 1)[-1]
        return crop(shot, shot.with_suffix(f".{name}.ppm"), box).read_bytes()

    def _note(self, node: Accessible) -> None:
        self.stops.append(node)
        before = self._looks(node, self._shot)

        def changed() -> bool:
            self._shot = self._take()
            return self._looks(node, self._shot) != before

        try:
            wait_until(changed, "the focus to show", FOCUS_PAINT_TIMEOUT)
        except HarnessError:
            self.unseen.append(node)

    def _go(self) -> None:
        self._note(press_tab(self._app, None))
        for _ in range(MAX_TABS):
            node = press_tab(self._app, self.stops[-1])
            if node.ref == self.stops[0].ref and len(self.stops) > 1:
                return
            if node.ref != self.stops[-1].ref:
                self._note(node)
        raise AssertionError(f"Tab never came back to {self.stops[0]} in {MAX_TABS} presses")


def activate(a11y_app: A11yApp, title: str) -> None:
    shown = wait_for_window(a11y_app.app.env, title)
    run(["xdotool", "windowactivate", "--sync", str(int(shown.wid, 16))], a11y_app.app.env)


def test_settings_tab_order_change_a_value_and_ok(
    a11y_app: A11yApp, screenshot: Callable[[Path], Path], tmp_path: Path
) -> None:
    """Tab walks the General tab top to bottom, a typed value and Return (OK) are saved."""
    reader = a11y_app.reader
    window = a11y_app.window("settings")
    activate(a11y_app, window.name)
    seen = tab_until(a11y_app, "general.snooze_minutes")
    screenshot(tmp_path / "settings-keyboard-focus.png")  # the focus must be visible there
    key(a11y_app, "ctrl+a", "1", "7")
    seen += tab_until(a11y_app, "general.work_end")
    assert [str(n) for n in seen if not n.name.strip()] == []
    on_page = [n for n in seen if "._Page." in n.ident]  # the tab bar and page come first
    tops = [reader.extents(n)[1] for n in on_page]
    assert tops == sorted(tops), [str(n) for n in on_page]
    key(a11y_app, "Return")  # the default button: OK
    settings = a11y_app.app.config_dir / "settings.toml"
    wait_until(lambda: "snooze_minutes = 17" in settings.read_text(), "the saved snooze", 5)
    env = a11y_app.app.env
    wait_until(lambda: not visible_windows(env, window.name), "the settings window to close", 5)


def test_a_clicked_reminder_is_answered_with_tab_and_space(a11y_app: A11yApp) -> None:
    window = a11y_app.window(REMINDER)
    shown = wait_for_window(a11y_app.app.env, window.name)  # the title: "Reminder: <habit>"
    click(a11y_app.app.env, shown.x + 8, shown.y + 8)
    tab_until(a11y_app, ".done")
    key(a11y_app, "space")
    a11y_app.app.wait_for_event("posture", "done")
    assert a11y_app.app.events("posture") == ["fired", "done"]


@pytest.mark.parametrize("name", OPEN_WINDOWS)
def test_tab_reaches_every_control_of_every_window_with_visible_focus(
    windows_app: A11yApp, name: str, tmp_path: Path
) -> None:
    """Every control that takes focus gets it by Tab, and looks different while it has it.

    A container (a tab widget handing its focus to its tab bar) counts as reached when what it
    hands the focus to is.
    """
    reader = windows_app.reader
    window = windows_app.window(name)
    activate(windows_app, window.name)
    tabs = TabRound(windows_app, tmp_path)
    missed = [
        str(stop)
        for stop in reader.tab_stops(reader.read(window.ref))
        if not any(r.ref == stop.ref or r.ident.startswith(f"{stop.ident}.") for r in tabs.stops)
    ]
    assert missed == [], "\n".join(missed)
    assert [str(node) for node in tabs.unseen] == []
