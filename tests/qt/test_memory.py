"""A destroyed window gives its memory back: the heap is trimmed once, after the deletion.

The trim itself is glibc's (measured by benchmarks/run.py, not timed here); these tests prove
that closing a window of the app's registry reaches it, once per batch of closes, and never
while the window still exists.
"""

from __future__ import annotations

import sys

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from spasmguard.engine import memory


@pytest.fixture
def trims(monkeypatch: pytest.MonkeyPatch) -> list[bool]:
    """Each call of memory.trim_heap, recorded (and still run).

    Windows that earlier tests left for deferred deletion are deleted first, and the trim their
    deletion asked for is run, so that none is counted here.
    """
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
    QCoreApplication.processEvents()
    calls: list[bool] = []
    real = memory.trim_heap

    def counted() -> bool:
        calls.append(real())
        return calls[-1]

    monkeypatch.setattr(memory, "trim_heap", counted)
    return calls


def _closing_window(destroyed: list[str]) -> QWidget:
    """A window that deletes itself on close; `destroyed` gets an entry when it is gone."""
    window = QWidget()
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    window.destroyed.connect(lambda: destroyed.append("gone"))
    memory.trim_when_destroyed(window)
    return window


def test_the_heap_is_trimmed_after_a_closed_window_is_destroyed(
    qtbot: QtBot, trims: list[bool]
) -> None:
    destroyed: list[str] = []
    window = _closing_window(destroyed)
    window.show()
    window.close()
    assert (destroyed, trims) == ([], [])  # deletion is deferred: nothing is freed yet
    qtbot.waitUntil(lambda: len(trims) == 1)
    assert destroyed == ["gone"]
    assert trims == [sys.platform.startswith("linux")]


def test_windows_closed_together_are_trimmed_once(qtbot: QtBot, trims: list[bool]) -> None:
    destroyed: list[str] = []
    windows = [_closing_window(destroyed) for _ in range(3)]
    for window in windows:
        window.show()
    for window in windows:
        window.close()
    qtbot.waitUntil(lambda: len(trims) == 1)
    assert len(destroyed) == 3
    qtbot.wait(50)
    assert len(trims) == 1


def test_an_open_window_is_never_trimmed_for(qtbot: QtBot, trims: list[bool]) -> None:
    window = _closing_window([])
    window.show()
    qtbot.wait(50)
    assert trims == []
    window.close()
    qtbot.waitUntil(lambda: len(trims) == 1)


def test_the_window_registry_trims_after_its_windows(qtbot: QtBot, trims: list[bool]) -> None:
    from spasmguard.ui.windows import keep_until_destroyed  # noqa: PLC0415 - the hook under test

    registry: dict[str, QWidget] = {}
    window = QWidget()
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    keep_until_destroyed(registry, "settings", window)
    window.show()
    window.close()
    qtbot.waitUntil(lambda: len(trims) == 1 and not registry)


def test_pages_are_dropped_when_the_last_window_is_gone_against_the_first_ones_start(
    qtbot: QtBot, trims: list[bool], drops: list[object]
) -> None:
    memory.before_window_built()
    first_snapshot = memory.WINDOWS.before
    assert first_snapshot  # the resident pages of this very process, read on Linux
    first = _closing_window([])
    memory.before_window_built()  # a second window while the first is open: same start
    assert memory.WINDOWS.before is first_snapshot
    second = _closing_window([])
    first.show()
    second.show()
    first.close()
    qtbot.waitUntil(lambda: len(trims) == 1)
    assert drops == []  # a window is still open: its pages are in use
    second.close()
    qtbot.waitUntil(lambda: len(trims) == 2)
    assert drops == [first_snapshot]
    assert memory.WINDOWS.before is None  # the next window starts from what is resident then
