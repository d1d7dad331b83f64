"""The one registry of the app's windows: a builder per name, and the windows now open.

A window is built when first opened and raised when opened again; it deletes itself when
closed, and the registry forgets it then. The names are core.commands.OPEN_WINDOWS, the list
the command line checks too: a registry without a builder for each of them (or with one too
many) refuses to be made, and an unknown name is a ValueError, never some other window.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TypeVar

from PySide6.QtWidgets import QWidget

from spasmguard.core.commands import NO_TOKENS, OPEN_WINDOWS
from spasmguard.engine.memory import before_window_built, trim_when_destroyed
from spasmguard.ui.activation import activate
from spasmguard.ui.buffer_rows import fit_first_size

W = TypeVar("W", bound=QWidget)


def keep_until_destroyed(open_windows: dict[str, W], key: str, widget: W) -> None:
    """Keep a window under a key until Qt destroys it (windows delete themselves on close)."""
    open_windows[key] = widget
    trim_when_destroyed(widget)
    widget.destroyed.connect(
        lambda: open_windows.pop(key, None) if open_windows.get(key) is widget else None
    )


class WindowRegistry:
    """Opens windows by name; tracks them and any other window handed to :meth:`track`."""

    def __init__(self, builders: Mapping[str, Callable[[], QWidget]]) -> None:
        if set(builders) != set(OPEN_WINDOWS):
            missing = sorted(set(OPEN_WINDOWS) - set(builders))
            extra = sorted(set(builders) - set(OPEN_WINDOWS))
            raise ValueError(f"window builders do not match OPEN_WINDOWS: {missing=} {extra=}")
        self._builders = dict(builders)
        self._open: dict[str, QWidget] = {}

    def open(
        self, name: str, activation: Mapping[str, str] = NO_TOKENS, *, quietly: bool = False
    ) -> None:
        """Raise the window if it is open, else build it; ValueError for an unknown name.

        ``activation``: the launcher's tokens, so the desktop lets the window come forward.
        ``quietly``: only show it, for a window the user did not ask for just now (it must not
        take the keys of the window the user is typing in).
        """
        if name not in self._builders:
            raise ValueError(f"unknown window {name!r} (known: {', '.join(OPEN_WINDOWS)})")
        window = self._open.get(name)
        if window is None:
            before_window_built()
            # Only windows need the safety blocks (and the reminder window's widgets they
            # use): imported with the first window, so the tray comes up without them.
            from spasmguard.ui.safety_blocks import connect_safety_links  # noqa: PLC0415

            window = self._builders[name]()
            fit_first_size(window)
            connect_safety_links(window, self.open)
            keep_until_destroyed(self._open, name, window)
        if quietly:
            window.show()
        else:
            activate(window, activation)

    def track(self, key: str, widget: QWidget) -> None:
        """Keep a window that is not opened by name (a message), so :meth:`close_all` closes it."""
        keep_until_destroyed(self._open, key, widget)

    def close_all(self) -> None:
        for window in list(self._open.values()):
            window.close()
