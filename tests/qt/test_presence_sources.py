"""The presence adapters: which source each desktop gets, and the parts that need no desktop.

Which source is picked is decided from the session's environment and from the candidates'
own answers, so it is tested here with scripted candidates and environments; the sources
themselves are tested against real desktops (tests/e2e, and the slow bus in test_slow_bus.py).
"""

from __future__ import annotations

import json
import logging
import socket
import threading
import time
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from spasmguard.engine import dnd, idle, sway_ipc
from spasmguard.engine.capabilities import (
    FULLSCREEN_OPTION,
    IDLE_OPTION,
    Capability,
    DesktopCapabilities,
)
from spasmguard.engine.idle import DesktopIdle, ticks_idle_seconds
from spasmguard.engine.readings import FlagAnswer, IdleAnswer, IdleSource
from spasmguard.engine.sway_ipc import (
    GET_TREE,
    SwayFullscreen,
    fullscreen_where_focused,
    reply_payload,
    request,
)
from spasmguard.engine.wayland_idle import (
    PROTOCOLS,
    WaylandIdle,
    encode,
    read_string,
    read_uint,
    take_messages,
)
from spasmguard.settings.schema import option

DATA = Path(__file__).with_name("data")


class Candidate(IdleSource):
    """A source that works or not, and says so when the test lets it (as a bus service would)."""

    def __init__(self, name: str, works: bool, idle: float = 7.0) -> None:
        super().__init__()
        self.name, self.works, self.idle = name, works, idle
        self.probes: list[FlagAnswer] = []
        self.threshold: float | None = None

    def describe(self) -> str:
        return self.name

    def probe(self, done: FlagAnswer) -> None:
        self.probes.append(done)

    def read(self, done: IdleAnswer) -> None:
        done(self.idle)

    def watch(self, threshold_seconds: float) -> None:
        self.threshold = threshold_seconds

    def answer(self) -> None:
        self.probes.pop(0)(self.works)


def reading(source: IdleSource) -> float | None:
    got: list[float | None] = []
    source.read(got.append)
    assert len(got) == 1
    return got[0]


def test_the_first_working_candidate_is_picked_in_order_without_waiting(
    qtbot: QtBot, caplog: pytest.LogCaptureFixture
) -> None:
    mutter, compositor, screensaver = (
        Candidate("mutter", False),
        Candidate("compositor", True),
        Candidate("screensaver", True),
    )
    caplog.set_level(logging.INFO, "spasmguard.engine.idle")
    picker = DesktopIdle([mutter, compositor, screensaver])
    picker.watch(300.0)
    assert reading(picker) is None  # still picking: the user counts as present
    assert picker.capability.available  # not known yet: nothing is disabled meanwhile
    mutter.answer()
    with qtbot.waitSignal(picker.changed):
        compositor.answer()
    assert reading(picker) == 7.0
    assert screensaver.probes == []  # never asked
    assert compositor.threshold == 300.0
    assert [r.getMessage() for r in caplog.records] == [
        "idle time: from compositor; read on demand, on a timer while away"
    ]
    with qtbot.waitSignal(picker.changed):  # the picked source's events reach the gate
        compositor.changed.emit()


def test_with_no_working_candidate_the_capability_says_why(
    qtbot: QtBot, caplog: pytest.LogCaptureFixture
) -> None:
    only = Candidate("mutter", False)
    caplog.set_level(logging.INFO, "spasmguard.engine.idle")
    picker = DesktopIdle([only])
    only.answer()
    assert reading(picker) is None
    assert picker.capability == Capability(
        False, "This desktop does not tell apps how long you have been idle."
    )
    assert "tried: mutter" in caplog.text


def sources_for(monkeypatch: pytest.MonkeyPatch, env: dict[str, str]) -> list[str]:
    """The idle candidates, by class, for a Linux session with this environment."""
    for name in ("WAYLAND_DISPLAY", "XDG_SESSION_TYPE", "DISPLAY", "XDG_RUNTIME_DIR"):
        monkeypatch.delenv(name, raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    monkeypatch.setattr(idle.sys, "platform", "linux")
    # An X server is there whenever DISPLAY is, as XWayland is beside a Wayland session.
    monkeypatch.setattr(idle, "shared_server", lambda: object() if "DISPLAY" in env else None)
    return [type(candidate).__name__ for candidate in idle._candidates()]


def test_xwayland_idle_time_never_counts_on_a_wayland_session(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    wayland = {"WAYLAND_DISPLAY": "wayland-1", "XDG_RUNTIME_DIR": str(tmp_path), "DISPLAY": ":0"}
    assert sources_for(monkeypatch, wayland) == ["MutterIdle", "WaylandIdle", "ScreenSaverIdle"]
    by_session_type = {"XDG_SESSION_TYPE": "wayland", "DISPLAY": ":0"}
    assert sources_for(monkeypatch, by_session_type) == ["MutterIdle", "ScreenSaverIdle"]


def test_an_x11_session_asks_the_x_server_before_the_screensaver_service(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    x11 = {"DISPLAY": ":0", "XDG_SESSION_TYPE": "x11"}
    assert sources_for(monkeypatch, x11) == ["MutterIdle", "X11Idle", "ScreenSaverIdle"]


def fullscreen_for(monkeypatch: pytest.MonkeyPatch, env: dict[str, str]) -> dnd.Detector:
    for name in ("WAYLAND_DISPLAY", "XDG_SESSION_TYPE", "SWAYSOCK", "XDG_CURRENT_DESKTOP"):
        monkeypatch.delenv(name, raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    monkeypatch.setattr(dnd.sys, "platform", "linux")
    monkeypatch.setattr(dnd, "shared_server", lambda: None)
    return dnd.fullscreen_detector()


def test_fullscreen_comes_from_sway_ipc_on_sway(monkeypatch: pytest.MonkeyPatch) -> None:
    sway = {"WAYLAND_DISPLAY": "wayland-1", "SWAYSOCK": "/run/user/1000/sway-ipc.sock"}
    detector = fullscreen_for(monkeypatch, sway)
    assert type(detector).__name__ == "SwayFullscreen"
    assert detector.capability.available


def test_gnome_on_wayland_cannot_tell_fullscreen_and_says_so(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    gnome = {"WAYLAND_DISPLAY": "wayland-0", "XDG_CURRENT_DESKTOP": "ubuntu:GNOME"}
    reason = fullscreen_for(monkeypatch, gnome).capability.reason
    assert reason == "GNOME on Wayland does not tell apps when a window is fullscreen."
    kde = {"XDG_SESSION_TYPE": "wayland", "XDG_CURRENT_DESKTOP": "KDE"}
    assert not fullscreen_for(monkeypatch, kde).capability.available


def test_only_the_impossible_options_are_named_each_with_its_reason() -> None:
    none = DesktopCapabilities()
    assert dict(none.unavailable_options()) == {}
    missing = Capability(False, "No.")
    both = DesktopCapabilities(idle=missing, fullscreen=Capability(False, "Never."))
    assert dict(both.unavailable_options()) == {IDLE_OPTION: "No.", FULLSCREEN_OPTION: "Never."}
    assert option(IDLE_OPTION).key == IDLE_OPTION  # both are real options of the schema
    assert option(FULLSCREEN_OPTION).key == FULLSCREEN_OPTION


# --- sway's window tree (saved from sway 1.7) -------------------------------------------------


def tree(name: str) -> dict[str, object]:
    loaded: dict[str, object] = json.loads((DATA / name).read_text())
    return loaded


def test_a_fullscreen_window_on_the_focused_workspace_counts() -> None:
    assert fullscreen_where_focused(tree("sway-tree-fullscreen.json"))


def test_a_fullscreen_window_on_another_workspace_does_not() -> None:
    # Workspaces report fullscreen_mode 1 themselves: only windows may count.
    assert not fullscreen_where_focused(tree("sway-tree-fullscreen-elsewhere.json"))


def test_a_window_fullscreen_across_all_outputs_counts_from_anywhere() -> None:
    elsewhere = tree("sway-tree-fullscreen-elsewhere.json")
    outputs = elsewhere["nodes"]
    assert isinstance(outputs, list)
    window = outputs[1]["nodes"][0]["nodes"][1]  # HEADLESS-1, workspace 1, the second window
    assert window["fullscreen_mode"] == 1
    window["fullscreen_mode"] = 2
    assert fullscreen_where_focused(elsewhere)


def test_i3_ipc_messages_are_framed_both_ways() -> None:
    assert request(GET_TREE) == b"i3-ipc" + (0).to_bytes(4, "little") + (4).to_bytes(4, "little")
    reply = b"i3-ipc" + (2).to_bytes(4, "little") + (4).to_bytes(4, "little") + b"{}"
    assert reply_payload(reply[:-1]) is None  # still arriving
    assert reply_payload(reply) == b"{}"
    with pytest.raises(ValueError, match="not an i3-ipc reply"):
        reply_payload(b"HTTP/1.1 200 OK\r\n\r\n")


# --- the Wayland wire protocol ----------------------------------------------------------------


def test_a_wayland_request_is_words_and_padded_strings() -> None:
    # wl_display.get_registry(new id 2): object 1, opcode 1, 12 bytes.
    assert encode(1, 1, 2) == bytes.fromhex("01000000 01000c00 02000000")
    # wl_registry.bind(name 5, "wl_seat", version 1, new id 4): the string takes 4 + 8 bytes.
    bound = encode(2, 0, 5, "wl_seat", 1, 4)
    assert len(bound) == 8 + 4 + 12 + 4 + 4
    assert read_string(bound[8:], 4) == ("wl_seat", 16)


def test_events_are_taken_whole_and_a_partial_one_waits() -> None:
    # wl_registry.global(name 9, "ext_idle_notifier_v1", version 1), then half of the next.
    event = encode(2, 0, 9, "ext_idle_notifier_v1", 1)
    buffer = bytearray(event + event[:5])
    ((object_id, opcode, payload),) = list(take_messages(buffer))
    assert (object_id, opcode) == (2, 0)
    name, offset = read_uint(payload, 0)
    interface, offset = read_string(payload, offset)
    assert (name, interface, read_uint(payload, offset)[0]) == (9, "ext_idle_notifier_v1", 1)
    assert buffer == event[:5]


def test_a_malformed_event_is_refused() -> None:
    with pytest.raises(ValueError, match="malformed"):
        list(take_messages(bytearray(encode(1, 0)[:4] + b"\0\0\0\0")))


def test_the_standard_idle_protocol_is_preferred_to_kwins() -> None:
    assert [p.global_name for p in PROTOCOLS] == ["ext_idle_notifier_v1", "org_kde_kwin_idle"]


def test_no_compositor_means_no_wayland_idle_time(qtbot: QtBot, tmp_path: Path) -> None:
    source = WaylandIdle(tmp_path / "wayland-9")
    works: list[bool] = []
    source.probe(works.append)
    assert works == [False]
    assert reading(source) is None


# --- Windows ------------------------------------------------------------------------------------


def test_windows_tick_counts_wrap_after_49_days() -> None:
    assert ticks_idle_seconds(5_000, 2_000) == 3.0
    assert ticks_idle_seconds(1_000, 2**32 - 1_000) == 2.0


@pytest.mark.parametrize(
    ("state", "busy"),
    [(1, False), (2, True), (3, True), (4, True), (5, False), (6, False), (7, False)],
)
def test_windows_notification_states_that_mean_presenting(state: int, busy: bool) -> None:
    assert dnd.windows_state_busy(state) is busy


# --- one get_tree round trip on a real socket -------------------------------------------------


class SwaySocket:
    """A listening socket that answers one get_tree as sway does, in two pieces (or never)."""

    def __init__(self, path: Path, reply: bytes | None) -> None:
        self.server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        self.server.bind(str(path))
        self.server.listen(1)
        self.request = b""
        self.thread = threading.Thread(target=self.serve, args=(reply,), daemon=True)
        self.thread.start()

    def serve(self, reply: bytes | None) -> None:
        connection, _ = self.server.accept()
        with connection:
            self.request = connection.recv(64)
            if reply is None:
                connection.recv(1)  # silent until the client hangs up
                return
            half = len(reply) // 2
            connection.sendall(reply[:half])
            time.sleep(0.05)  # the second piece comes in a later read
            connection.sendall(reply[half:])
            connection.recv(1)

    def close(self) -> None:
        self.thread.join(timeout=5)
        self.server.close()


def ask_sway(qtbot: QtBot, path: Path) -> bool:
    answers: list[bool] = []
    SwayFullscreen(path).read(answers.append)
    qtbot.waitUntil(lambda: bool(answers), timeout=5000)
    assert len(answers) == 1
    return answers[0]


def test_the_tree_is_asked_for_and_read_even_in_pieces(qtbot: QtBot, tmp_path: Path) -> None:
    payload = (DATA / "sway-tree-fullscreen.json").read_bytes()
    reply = b"i3-ipc" + len(payload).to_bytes(4, "little") + GET_TREE.to_bytes(4, "little")
    sway = SwaySocket(tmp_path / "sway.sock", reply + payload)
    try:
        assert ask_sway(qtbot, tmp_path / "sway.sock")
    finally:
        sway.close()
    assert sway.request == request(GET_TREE)


def test_a_silent_sway_counts_as_no_fullscreen_window(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sway_ipc, "ANSWER_TIMEOUT_MS", 200)
    sway = SwaySocket(tmp_path / "sway.sock", None)
    try:
        assert not ask_sway(qtbot, tmp_path / "sway.sock")
    finally:
        sway.close()


def test_no_sway_socket_counts_as_no_fullscreen_window(qtbot: QtBot, tmp_path: Path) -> None:
    assert not ask_sway(qtbot, tmp_path / "absent.sock")
