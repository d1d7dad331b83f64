"""Qt tests run without a display: pick the offscreen platform before pytest-qt starts Qt.

Also the fixtures of a private D-Bus with a stand-in for logind, which the time watch's tests
and the idle app's timer test share.
"""

import os
import random
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, QTimer
from PySide6.QtDBus import QDBusConnection

from spasmguard.engine import memory, resident_pages
from spasmguard.engine.timewatch import LOGIND_SERVICE

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture
def private_bus() -> Iterator[str]:
    """A throw-away dbus-daemon; its address."""
    daemon = subprocess.Popen(
        ["dbus-daemon", "--session", "--nofork", "--print-address=1"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    assert daemon.stdout is not None
    with daemon.stdout:
        try:
            yield daemon.stdout.readline().strip()
        finally:
            daemon.terminate()
            daemon.wait(timeout=5)


@pytest.fixture
def logind_bus(private_bus: str) -> Iterator[QDBusConnection]:
    """The app's connection to a private bus on which a stand-in owns logind's name."""
    logind = QDBusConnection.connectToBus(private_bus, "logind-owner")
    app_bus = QDBusConnection.connectToBus(private_bus, "app-side")
    assert logind.registerService(LOGIND_SERVICE)
    try:
        yield app_bus
    finally:
        for name in ("logind-owner", "app-side"):
            QDBusConnection.disconnectFromBus(name)


@pytest.fixture
def xvfb() -> Iterator[str]:
    """A throw-away Xvfb on a free random display (as the e2e harness picks them); its name."""
    taken = {p.name[1:] for p in Path("/tmp/.X11-unix").glob("X*")}
    for number in random.sample([n for n in range(100, 1000) if str(n) not in taken], 5):
        read_fd, write_fd = os.pipe()
        server = subprocess.Popen(
            ["Xvfb", f":{number}", "-nolisten", "tcp", "-noreset", "-displayfd", str(write_fd)],
            pass_fds=(write_fd,),
            stderr=subprocess.DEVNULL,
        )
        os.close(write_fd)
        with os.fdopen(read_fd) as ready:
            started = ready.readline().strip() == str(number)  # written once clients may come
        if started:
            break
        server.wait(timeout=5)
    else:
        pytest.fail("Xvfb could not start on any of 5 free display numbers")
    try:
        yield f":{number}"
    finally:
        server.terminate()
        server.wait(timeout=5)


def periodic_timers(owner: QObject) -> list[str]:
    """The running, repeating QTimers among `owner`'s children, by object name and interval."""
    return [
        f"{timer.objectName() or type(timer.parent()).__name__}: {timer.interval()} ms"
        for timer in owner.findChildren(QTimer)
        if timer.isActive() and not timer.isSingleShot()
    ]


@pytest.fixture(params=["logind", "no logind", "no system bus"])
def system_bus(request: pytest.FixtureRequest, private_bus: str) -> Iterator[QDBusConnection]:
    """The app's system bus: logind on it, a bus without logind (CI, containers), or none."""
    if request.param == "logind":
        yield request.getfixturevalue("logind_bus")
        return
    address = private_bus if request.param == "no logind" else "unix:path=/nonexistent"
    yield QDBusConnection.connectToBus(address, "system-bus")
    QDBusConnection.disconnectFromBus("system-bus")


@pytest.fixture
def drops(monkeypatch: pytest.MonkeyPatch) -> list[object]:
    """The snapshot each page drop was asked to compare with, in a window tracker of its own
    (windows earlier tests left open do not count)."""
    monkeypatch.setattr(memory, "WINDOWS", memory.WindowMemory())
    calls: list[object] = []
    real = resident_pages.drop_since

    def recorded(before: resident_pages.Snapshot) -> int:
        calls.append(before)
        return real(before)

    monkeypatch.setattr(resident_pages, "drop_since", recorded)
    return calls
