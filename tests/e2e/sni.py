"""A StatusNotifierItem + DBusMenu client: what a tray host sees of the app, on any desktop.

Every StatusNotifier tray (waybar, GNOME's AppIndicator extension, Plasma) finds items through
org.kde.StatusNotifierWatcher, reads their properties (org.kde.StatusNotifierItem) and shows
their menu through com.canonical.dbusmenu. This client does the same on a test bus, so a test
can check the icon the host was given, read the menu with its ids, and click an entry the way
a host does. It only needs the bus address: nothing here knows which desktop runs the host.

It talks D-Bus through dbus-fast (already installed with desktop-notifier), on an event loop
of its own that runs only while a call is made; signals that arrive meanwhile are counted.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from dbus_fast import Message, MessageType, Variant
from dbus_fast.aio import MessageBus

from tests.e2e.desktop import HarnessError
from tests.e2e.desktops import bus

WATCHER = "org.kde.StatusNotifierWatcher"
WATCHER_PATH = "/StatusNotifierWatcher"
ITEM_INTERFACE = "org.kde.StatusNotifierItem"
ITEM_PATH = "/StatusNotifierItem"  # where an entry without a path has its item
MENU_INTERFACE = "com.canonical.dbusmenu"
PROPERTIES = "org.freedesktop.DBus.Properties"
BUS = "org.freedesktop.DBus"
BUS_PATH = "/org/freedesktop/DBus"
FIND_TIMEOUT = 10.0


@dataclass(frozen=True)
class MenuEntry:
    """One DBusMenu item: its id, what a host shows, and its children (a submenu)."""

    id: int
    label: str
    enabled: bool
    visible: bool
    separator: bool
    children: tuple[MenuEntry, ...]

    def walk(self) -> Iterator[MenuEntry]:
        """This entry's descendants, depth first (the root itself excluded)."""
        for child in self.children:
            yield child
            yield from child.walk()

    def shown(self) -> list[MenuEntry]:
        """Visible, non-separator entries at any depth, as a host would list them."""
        return [e for e in self.walk() if e.visible and not e.separator]

    def find(self, label: str) -> MenuEntry:
        """The one visible entry whose label (mnemonic '_' removed) starts with `label`."""
        found = [e for e in self.shown() if e.label.replace("_", "").startswith(label)]
        if len(found) != 1:
            names = [e.label for e in self.shown()]
            raise HarnessError(f"{len(found)} menu entries start with {label!r}: {names}")
        return found[0]


@dataclass(frozen=True)
class StatusItem:
    """A registered StatusNotifierItem and the properties a host reads from it."""

    service: str
    path: str
    id: str
    title: str
    status: str
    icon_name: str
    icon_pixmaps: tuple[tuple[int, int], ...]  # (width, height) of each pixmap
    tooltip_title: str
    tooltip_text: str
    menu: str  # object path of its com.canonical.dbusmenu


def split_entry(entry: str) -> tuple[str, str]:
    """(bus name, object path) of a RegisteredStatusNotifierItems entry.

    Watchers list items as "<bus name><path>" (waybar: ":1.7/StatusNotifierItem"), as
    "<bus name>@<path>" (GNOME's AppIndicator extension: ":1.7@/StatusNotifierItem"), or as a
    bare bus name when the item sits at the default path.
    """
    slash = entry.find("/")
    return (entry, ITEM_PATH) if slash < 0 else (entry[:slash].removesuffix("@"), entry[slash:])


def _entry(node: list[Any]) -> MenuEntry:
    """A MenuEntry from one (ia{sv}av) layout node, with defaults from the DBusMenu spec."""
    ident, props, children = node
    value = {key: variant.value for key, variant in props.items()}
    return MenuEntry(
        id=ident,
        label=value.get("label", ""),
        enabled=value.get("enabled", True),
        visible=value.get("visible", True),
        separator=value.get("type", "standard") == "separator",
        children=tuple(_entry(child.value) for child in children),
    )


async def _connect(bus_address: str) -> MessageBus:
    """A connected bus (dbus-fast binds a MessageBus to the loop running when it is made)."""
    return await MessageBus(bus_address=bus_address).connect()


class SniClient:
    """A connection to one test bus, acting as a StatusNotifier host would."""

    def __init__(self, bus_address: str) -> None:
        self._loop = asyncio.new_event_loop()
        self._layout_updates: list[tuple[str, int, int]] = []  # (sender, revision, parent)
        self._bus: MessageBus = self._run(_connect(bus_address))
        self._bus.add_message_handler(self._on_message)
        rule = f"type='signal',interface='{MENU_INTERFACE}',member='LayoutUpdated'"
        self._bus_call("AddMatch", "s", [rule])

    def close(self) -> None:
        self._bus.disconnect()
        self._run(self._bus.wait_for_disconnect())
        self._loop.close()

    def __enter__(self) -> SniClient:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    # --- the watcher and the item ---------------------------------------------------------

    def registered(self) -> list[str]:
        """The watcher's RegisteredStatusNotifierItems ([] while no watcher runs)."""
        if not self.has_owner(WATCHER):
            return []
        value: list[str] = self._get(
            WATCHER, WATCHER_PATH, WATCHER, "RegisteredStatusNotifierItems"
        )
        return value

    def has_owner(self, name: str) -> bool:
        owned: bool = self._bus_call("NameHasOwner", "s", [name])[0]
        return owned

    def find_item(self, item_id: str, timeout: float = FIND_TIMEOUT) -> StatusItem:
        """The registered item whose Id is `item_id`, once it has registered."""
        deadline = time.monotonic() + timeout
        while True:
            seen = [item for entry in self.registered() if (item := self._read_live(entry))]
            matching = [item for item in seen if item.id == item_id]
            if len(matching) == 1:
                return matching[0]
            if len(matching) > 1 or time.monotonic() > deadline:
                ids = [item.id for item in seen]
                raise HarnessError(f"{len(matching)} items with Id {item_id!r} registered: {ids}")
            time.sleep(0.05)

    def _read_live(self, entry: str) -> StatusItem | None:
        """The item, or None if its owner has left (a watcher may list it a moment longer)."""
        if not self.has_owner(split_entry(entry)[0]):
            return None
        return self.read_item(entry)

    def read_item(self, entry: str) -> StatusItem:
        """Every property a host reads, from the item a watcher entry names."""
        service, path = split_entry(entry)
        props = self._call((service, path, PROPERTIES), "GetAll", "s", [ITEM_INTERFACE])[0]
        value = {key: variant.value for key, variant in props.items()}
        _icon, _pixmaps, tip_title, tip_text = value.get("ToolTip", ("", [], "", ""))
        return StatusItem(
            service=service,
            path=path,
            id=value.get("Id", ""),
            title=value.get("Title", ""),
            status=value.get("Status", ""),
            icon_name=value.get("IconName", ""),
            icon_pixmaps=tuple((w, h) for w, h, _data in value.get("IconPixmap", [])),
            tooltip_title=tip_title,
            tooltip_text=tip_text,
            menu=value.get("Menu", ""),
        )

    # --- the menu ---------------------------------------------------------------------------

    def about_to_show(self, item: StatusItem, entry_id: int = 0) -> bool:
        """Tell the app its menu (or a submenu) is about to open; True if it asks for a reload."""
        needs_update: bool = self._menu(item, "AboutToShow", "i", [entry_id])[0]
        return needs_update

    def layout(self, item: StatusItem) -> tuple[int, MenuEntry]:
        """(revision, root entry) of the whole menu, every property included."""
        revision, root = self._menu(item, "GetLayout", "iias", [0, -1, []])
        return revision, _entry(root)

    def open_menu(self, item: StatusItem) -> MenuEntry:
        """What a host does when the user opens the menu: AboutToShow, then GetLayout."""
        self.about_to_show(item)
        return self.layout(item)[1]

    def click(self, item: StatusItem, entry: MenuEntry) -> None:
        """Click an entry as a host does: Event(id, "clicked", 0, timestamp)."""
        stamp = int(time.time()) & 0xFFFFFFFF
        self._menu(item, "Event", "isvu", [entry.id, "clicked", Variant("i", 0), stamp])

    def layout_updates(self, item: StatusItem) -> int:
        """How many LayoutUpdated signals the item's menu sent since this client connected.

        A round trip first: signals the app sent before answering it have then arrived.
        """
        self.has_owner(item.service)
        return sum(1 for sender, *_rest in self._layout_updates if sender == self._owner(item))

    # --- plumbing ---------------------------------------------------------------------------

    def _owner(self, item: StatusItem) -> str:
        if item.service.startswith(":"):
            return item.service
        owner: str = self._bus_call("GetNameOwner", "s", [item.service])[0]
        return owner

    def _menu(self, item: StatusItem, member: str, signature: str, body: list[Any]) -> list[Any]:
        if not item.menu:
            raise HarnessError(f"the item {item.id!r} exports no menu")
        return self._call((item.service, item.menu, MENU_INTERFACE), member, signature, body)

    def _get(self, service: str, path: str, interface: str, name: str) -> Any:
        return self._call((service, path, PROPERTIES), "Get", "ss", [interface, name])[0].value

    def _bus_call(self, member: str, signature: str, body: list[Any]) -> list[Any]:
        return self._call((BUS, BUS_PATH, BUS), member, signature, body)

    def _call(
        self, target: tuple[str, str, str], member: str, signature: str, body: list[Any]
    ) -> list[Any]:
        """Call a method of (bus name, path, interface); the reply's body, or HarnessError."""
        service, path, interface = target
        member = f"{interface}.{member}"
        message = bus.method_call(service, path, member, signature=signature, body=body)
        reply: list[Any] = self._run(bus.reply_body(self._bus, message))
        return reply

    def _on_message(self, message: Message) -> None:
        if message.message_type == MessageType.SIGNAL and message.member == "LayoutUpdated":
            revision, parent = message.body
            self._layout_updates.append((message.sender or "", revision, parent))

    def _run(self, awaitable: Any) -> Any:
        try:
            return self._loop.run_until_complete(awaitable)
        except TimeoutError as error:
            raise HarnessError(f"no D-Bus reply within {bus.CALL_TIMEOUT_S:g} s") from error
