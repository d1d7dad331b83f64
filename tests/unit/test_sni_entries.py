"""Watcher entries as each StatusNotifier host lists them (tests/e2e/sni.py)."""

from __future__ import annotations

import pytest

from tests.e2e.sni import split_entry


@pytest.mark.parametrize(
    ("entry", "expected"),
    [
        (":1.7/StatusNotifierItem", (":1.7", "/StatusNotifierItem")),  # waybar
        (":1.7@/StatusNotifierItem", (":1.7", "/StatusNotifierItem")),  # GNOME AppIndicator
        (
            "org.kde.StatusNotifierItem-42-1",
            ("org.kde.StatusNotifierItem-42-1", "/StatusNotifierItem"),
        ),
    ],
)
def test_an_entry_names_the_items_bus_name_and_path(entry: str, expected: tuple[str, str]) -> None:
    assert split_entry(entry) == expected
