"""A window brought forward with the launcher's token (ui/activation.py)."""

from __future__ import annotations

import os

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from spasmguard.ui import activation


class Recording(QWidget):
    """Records the token Qt Wayland would read in requestActivate (activateWindow)."""

    def __init__(self) -> None:
        super().__init__()
        self.seen: list[str | None] = []

    def activateWindow(self) -> None:
        self.seen.append(os.environ.get("XDG_ACTIVATION_TOKEN"))
        super().activateWindow()


@pytest.fixture
def window(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> Recording:
    monkeypatch.delenv("XDG_ACTIVATION_TOKEN", raising=False)
    widget = Recording()
    qtbot.addWidget(widget)
    return widget


def on(platform: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(activation.QGuiApplication, "platformName", staticmethod(lambda: platform))


def test_on_wayland_the_token_is_there_when_the_window_asks_for_focus_and_gone_after(
    window: Recording, monkeypatch: pytest.MonkeyPatch
) -> None:
    on("wayland", monkeypatch)
    activation.activate(window, {"XDG_ACTIVATION_TOKEN": "wl-7", "DESKTOP_STARTUP_ID": "x"})
    assert window.seen == ["wl-7"]
    assert window.isVisible()
    assert "XDG_ACTIVATION_TOKEN" not in os.environ  # never leaks to a later window


def test_without_a_token_or_off_wayland_the_window_is_still_shown(
    window: Recording, monkeypatch: pytest.MonkeyPatch
) -> None:
    activation.activate(window, {})
    on("xcb", monkeypatch)
    activation.activate(window, {"XDG_ACTIVATION_TOKEN": "wl-7"})
    assert window.seen == [None, None]
    assert window.isVisible()
