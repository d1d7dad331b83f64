"""The settings window and a reminder used with the keyboard alone, under a real window manager
(openbox), with real key presses (xdotool) and a screen reader's client watching the focus.

Each Tab is followed on the accessibility bus: the control that has focus must be named (what a
screen reader says) and the General tab must be walked in reading order. Controls are known by
their object names, so this runs unchanged in any language.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from tests.e2e.apprunner import ALL_DAY, App, click, visible_windows, wait_for_window
from tests.e2e.atspi import REMINDER, A11yApp, Accessible, ScreenReader
from tests.e2e.desktop import HarnessError, run, wait_until

pytestmark = pytest.mark.e2e

MAX_TABS = 40


@pytest.fixture
def a11y_app(window_manager: dict[str, str], screen_reader: ScreenReader) -> Iterator[A11yApp]:
    app = App(window_manager, ALL_DAY + 'notification_style = "window"\n').start()
    try:
        yield A11yApp(app, screen_reader)
    finally:
        app.stop()
        app.remove()


def key(a11y_app: A11yApp, *keys: str) -> None:
    run(["xdotool", "key", *keys], a11y_app.app.env)


def focus_id(a11y_app: A11yApp, window: Accessible) -> str:
    """The object name path of the focused control ("" if nothing in `window` has focus)."""
    node = a11y_app.reader.focused(a11y_app.reader.read(window.ref))
    return "" if node is None else node.ident


def tab_until(a11y_app: A11yApp, window: Accessible, ident: str) -> list[Accessible]:
    """Press Tab until the control named `ident` has focus; every control focused on the way.

    A Tab may leave the focus where it is: in a time editor it moves from the hours to the
    minutes first, as in every Qt time field.
    """
    seen: list[Accessible] = []
    for _ in range(MAX_TABS):
        before = focus_id(a11y_app, window)
        key(a11y_app, "Tab")
        with contextlib.suppress(HarnessError):
            wait_until(lambda b=before: focus_id(a11y_app, window) != b, "focus to move", 1)
        node = a11y_app.reader.focused(a11y_app.reader.read(window.ref))
        assert node is not None, "a Tab left no control with the focus"
        if not seen or seen[-1].ident != node.ident:
            seen.append(node)
        if node.ident.endswith(ident):
            return seen
    raise AssertionError(f"{ident} not reached in {MAX_TABS} Tabs: {[str(n) for n in seen]}")


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
    seen = tab_until(a11y_app, window, "general.snooze_minutes")
    screenshot(tmp_path / "settings-keyboard-focus.png")  # the focus must be visible there
    key(a11y_app, "ctrl+a", "1", "7")
    seen += tab_until(a11y_app, window, "general.work_end")
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
    shown = wait_for_window(a11y_app.app.env, window.name.split(": ", 1)[-1])
    click(a11y_app.app.env, shown.x + 8, shown.y + 8)
    tab_until(a11y_app, window, ".done")
    key(a11y_app, "space")
    a11y_app.app.wait_for_event("posture", "done")
    assert a11y_app.app.events("posture") == ["fired", "done"]
