"""A screen reader's view of the app: its AT-SPI tree, read with plain D-Bus calls (dbus-fast).

This is what Orca does underneath libatspi: ask the launcher on the session bus (org.a11y.Bus)
for the accessibility bus, then walk the registry's applications, their windows and every
accessible below, and invoke actions. Plain D-Bus instead of pyatspi keeps the client in the
test's own Python (no system interpreter, no GObject introspection) while talking to the same
at-spi2-core daemons a real screen reader uses.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from dbus_fast import Message, MessageType, Variant
from dbus_fast.aio import MessageBus

from spasmguard.core.languages import SHIPPED_LANGUAGES, SOURCE_LANGUAGE
from tests.e2e.apprunner import ALL_DAY, App, click, tray_icons
from tests.e2e.desktop import HarnessError, run, wait_until

ACCESSIBLE = "org.a11y.atspi.Accessible"
ACTION = "org.a11y.atspi.Action"
COMPONENT = "org.a11y.atspi.Component"
PROPERTIES = "org.freedesktop.DBus.Properties"
REGISTRY = ("org.a11y.atspi.Registry", "/org/a11y/atspi/accessible/root")
REGISTRY_IFACE = ("org.a11y.atspi.Registry", "/org/a11y/atspi/registry")
LAUNCHER = ("org.a11y.Bus", "/org/a11y/bus")
BUS = ("org.freedesktop.DBus", "/org/freedesktop/DBus")
EVENT_OBJECT = "org.a11y.atspi.Event.Object"

# AtspiStateType bits (at-spi2-core's atspi-constants.h).
CHECKED, ENABLED, FOCUSABLE, FOCUSED, SHOWING, CHECKABLE = 4, 8, 11, 12, 25, 41
# Roles that say nothing about what a control is.
MEANINGLESS_ROLES = {"", "invalid", "unknown", "redundant object"}

APP_NAME = "spasmguard"
MENU_KEY_TRIES = 5
MENU_FOCUS_TIMEOUT = 1.0
LANGUAGES = SHIPPED_LANGUAGES
"""The languages the accessibility tests run in: every one the app ships."""
REMINDER = "reminder"  # A11yApp.window's name for a posture reminder in the app's own window

Ref = tuple[str, str]  # (bus name, object path) of one accessible


@dataclass(frozen=True)
class Accessible:
    """One node of the tree, as a screen reader reads it."""

    ref: Ref
    role: str
    name: str
    description: str
    ident: str
    states: frozenset[int]
    children: tuple[Ref, ...]
    parent_role: str = ""

    @property
    def focusable(self) -> bool:
        return FOCUSABLE in self.states

    @property
    def enabled(self) -> bool:
        return ENABLED in self.states

    @property
    def showing(self) -> bool:
        return SHOWING in self.states

    @property
    def focused(self) -> bool:
        return FOCUSED in self.states

    def __str__(self) -> str:
        where = self.ident or self.ref[1]
        return f"{self.role} {self.name!r} (id {where}, in a {self.parent_role})"


def _states(words: list[int]) -> frozenset[int]:
    return frozenset(i for i in range(32 * len(words)) if words[i // 32] >> (i % 32) & 1)


async def _connect(address: str) -> MessageBus:
    """A connection to a bus (built inside the loop: dbus-fast binds it to the running one)."""
    return await MessageBus(bus_address=address).connect()


class ScreenReader:
    """A client of the accessibility bus of one test desktop (call `close()` when done)."""

    def __init__(self, session_bus_address: str) -> None:
        self._loop = asyncio.new_event_loop()
        self._session = self._run(_connect(session_bus_address))
        (address,) = self._call(self._session, LAUNCHER, "org.a11y.Bus", "GetAddress")
        self._bus = self._run(_connect(address))
        self._focus_events: list[Ref] = []
        self._focus_wanted: asyncio.Future[None] | None = None
        self._listen_to_focus()

    def close(self) -> None:
        for bus in (self._bus, self._session):
            bus.disconnect()
            self._run(bus.wait_for_disconnect())
        self._loop.close()

    def enable(self) -> None:
        """Say a screen reader runs (org.a11y.Status), as Orca does: apps turn on their bridge."""
        flag = Variant("b", True)
        body = ["org.a11y.Status", "ScreenReaderEnabled", flag]
        self._call(self._session, LAUNCHER, PROPERTIES, "Set", sig="ssv", body=body)

    # --- reading ------------------------------------------------------------------------------

    def read(self, ref: Ref, parent_role: str = "") -> Accessible:
        """One accessible's role, name, description, id (Qt: the object name), states, children."""
        name, description = (self._property(ref, key) for key in ("Name", "Description"))
        ident = self._property(ref, "AccessibleId") if ref != REGISTRY else ""
        (role,) = self._call(self._bus, ref, ACCESSIBLE, "GetRoleName")
        (states,) = self._call(self._bus, ref, ACCESSIBLE, "GetState")
        (children,) = self._call(self._bus, ref, ACCESSIBLE, "GetChildren")
        kids = tuple((str(bus), str(path)) for bus, path in children)
        return Accessible(ref, role, name, description, ident, _states(states), kids, parent_role)

    def parent(self, ref: Ref) -> Ref:
        (value,) = self._call(
            self._bus, ref, PROPERTIES, "Get", sig="ss", body=[ACCESSIBLE, "Parent"]
        )
        bus, path = value.value
        return str(bus), str(path)

    def walk(self, top: Accessible) -> Iterator[Accessible]:
        """`top` and every accessible below it, depth first."""
        yield top
        for child in top.children:
            yield from self.walk(self.read(child, top.role))

    def applications(self) -> list[Accessible]:
        return [self.read(ref) for ref in self.read(REGISTRY).children]

    def tab_stops(self, top: Accessible) -> list[Accessible]:
        """The showing, enabled controls below `top` that take keyboard focus.

        A combo box's popup list, a tab bar's tabs and a list's items are not entered: Tab
        stops at the combo box, the tab bar and the list, and the arrow keys move among their
        items.
        """
        found = []
        for child in top.children:
            node = self.read(child, top.role)
            if not node.showing:
                continue
            if node.focusable and node.enabled:
                found.append(node)
            if node.role not in {"combo box", "page tab list", "list"}:
                found += self.tab_stops(node)
        return found

    def next_focus(self, timeout: float) -> Ref | None:
        """The control the app announces as focused next, or None if none is within `timeout`.

        This is what a screen reader speaks from: the focus event (object:state-changed:focused)
        Qt sends for the widget that really has the focus, not the containers that only say
        "focused" because that widget is their focus proxy.
        """
        if not self._focus_events:
            self._focus_wanted = self._loop.create_future()
            with contextlib.suppress(TimeoutError):
                self._run(asyncio.wait_for(self._focus_wanted, timeout))
        return self._focus_events.pop(0) if self._focus_events else None

    def forget_focus_events(self) -> None:
        """Drop focus events not read yet (those of earlier key presses)."""
        self._run(asyncio.sleep(0))  # let dbus-fast hand over what has arrived
        self._focus_events.clear()

    def _on_message(self, message: Message) -> None:
        if message.member == "StateChanged" and message.body[:2] == ["focused", 1]:
            self._focus_events.append((str(message.sender), str(message.path)))
            if self._focus_wanted is not None and not self._focus_wanted.done():
                self._focus_wanted.set_result(None)

    def _listen_to_focus(self) -> None:
        """Subscribe to focus events, and tell the registry, so apps start sending them."""
        rule = f"type='signal',interface='{EVENT_OBJECT}',member='StateChanged',arg0='focused'"
        self._call(self._bus, BUS, "org.freedesktop.DBus", "AddMatch", sig="s", body=[rule])
        self._bus.add_message_handler(self._on_message)
        register = ["object:state-changed:focused"]
        registry = "org.a11y.atspi.Registry"
        self._call(self._bus, REGISTRY_IFACE, registry, "RegisterEvent", sig="s", body=register)

    def actions(self, node: Accessible) -> list[str]:
        (actions,) = self._call(self._bus, node.ref, ACTION, "GetActions")
        return [str(action[0]) for action in actions]

    def do_action(self, node: Accessible, action: str) -> bool:
        """Invoke the named action (e.g. "Press") the way a screen reader's command does."""
        index = self.actions(node).index(action)
        (ok,) = self._call(self._bus, node.ref, ACTION, "DoAction", sig="i", body=[index])
        return bool(ok)

    def extents(self, node: Accessible) -> tuple[int, int, int, int]:
        """x, y, width, height on the screen."""
        (box,) = self._call(self._bus, node.ref, COMPONENT, "GetExtents", sig="u", body=[0])
        x, y, width, height = box
        return x, y, width, height

    # --- D-Bus --------------------------------------------------------------------------------

    def _property(self, ref: Ref, name: str) -> str:
        (value,) = self._call(self._bus, ref, PROPERTIES, "Get", sig="ss", body=[ACCESSIBLE, name])
        return str(value.value)

    def _call(
        self,
        bus: MessageBus,
        ref: Ref,
        interface: str,
        member: str,
        *,
        sig: str = "",
        body: Any = (),
    ) -> list[Any]:
        message = Message(
            destination=ref[0],
            path=ref[1],
            interface=interface,
            member=member,
            signature=sig,
            body=list(body),
        )
        reply = self._run(bus.call(message))
        if reply is None or reply.message_type == MessageType.ERROR:
            error = "no reply" if reply is None else f"{reply.error_name} {reply.body}"
            raise HarnessError(f"{interface}.{member} on {ref[0]}{ref[1]}: {error}")
        return list(reply.body)

    def _run(self, coroutine: Any) -> Any:
        return self._loop.run_until_complete(asyncio.wait_for(coroutine, 10.0))


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


class A11yApp:
    """The app under a screen reader: opens a window and hands back its accessible."""

    def __init__(self, app: App, reader: ScreenReader, language: str = SOURCE_LANGUAGE) -> None:
        self.app = app
        self.reader = reader
        self.language = language
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

    def tray_menu(self) -> Accessible:
        """Open the tray menu as a user does: a click on the icon in trayer's panel, then Down.

        Qt lists no popup among the application's children: a screen reader meets a menu
        through the focus event of the entry the arrow key makes current, and reads the menu
        as that entry's parent.
        """
        icon = tray_icons(self.app.env)[0]
        self.reader.forget_focus_events()
        click(self.app.env, *icon.center)
        for _ in range(MENU_KEY_TRIES):  # the first Down may come before the menu is mapped
            run(["xdotool", "key", "Down"], self.app.env)
            entry = self.reader.next_focus(MENU_FOCUS_TIMEOUT)
            if entry is not None:
                return self.reader.read(self.reader.parent(entry))
        raise HarnessError("no menu entry took the focus after a click on the tray icon")

    def control(self, window: Accessible, ident: str) -> Accessible:
        """The showing control of `window` whose object name is `ident`."""
        for node in self.reader.walk(window):
            if node.ident.rsplit(".", 1)[-1] == ident and node.showing:
                return node
        raise HarnessError(f"no showing control {ident!r} in {window.name!r}")


def app_settings(language: str) -> str:
    """settings.toml for the tests: reminders due all day, in the app's own window, in
    `language`."""
    return ALL_DAY + f'notification_style = "window"\nlanguage = "{language}"\n'
