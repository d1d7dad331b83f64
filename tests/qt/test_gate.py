"""ReminderGate with scripted sources and a fake clock; the platform adapters' pure parts."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QTimer
from pytestqt.qtbot import QtBot

from spasmguard.core.clock import FakeClock
from spasmguard.core.presence import DoNotDisturb
from spasmguard.engine import dnd
from spasmguard.engine.gate import ReminderGate, Sources
from spasmguard.engine.idle import ioreg_idle_seconds, ticks_idle_seconds

START = datetime(2026, 3, 2, 10, 0, tzinfo=ZoneInfo("Europe/Berlin"))


class ScriptedIdle:
    """Idle time that grows with the fake clock from the last "input"; counts the readings."""

    def __init__(self, clock: FakeClock) -> None:
        self.clock = clock
        self.last_input: datetime | None = clock.now()
        self.readings = 0

    def touch(self) -> None:
        self.last_input = self.clock.now()

    def idle_seconds(self) -> float | None:
        self.readings += 1
        if self.last_input is None:
            return None
        return (self.clock.now() - self.last_input).total_seconds()


class Switch:
    def __init__(self) -> None:
        self.on = False

    def active(self) -> bool:
        return self.on


class Rig:
    def __init__(self, qtbot: QtBot) -> None:
        self.clock = FakeClock(START)
        self.idle = ScriptedIdle(self.clock)
        self.fullscreen = Switch()
        self.inhibited = Switch()
        self.gate = ReminderGate(
            self.clock, Sources(self.idle, self.fullscreen, self.inhibited), 5, True
        )
        self.delivered: list[str] = []
        self.breaks: list[tuple[str, ...]] = []
        self.gate.deliver.connect(self.delivered.append)
        self.gate.came_back.connect(self.breaks.append)
        self.gate.start()

    def away(self, minutes: float) -> None:
        self.clock.advance(timedelta(minutes=minutes))


@pytest.fixture
def rig(qtbot: QtBot) -> Rig:
    return Rig(qtbot)


def test_a_due_reminder_is_shown_at_once_when_the_user_is_here(rig: Rig) -> None:
    rig.away(2)
    rig.gate.offer("hydration")
    assert rig.delivered == ["hydration"]
    assert len(rig.gate.held) == 0


def test_a_reminder_due_while_away_waits_and_comes_once_on_return(rig: Rig) -> None:
    rig.away(6)
    rig.gate.offer("hydration")
    rig.away(60)
    rig.gate.offer("hydration")  # due again an interval later: still one reminder
    rig.gate.offer("stress")
    assert rig.delivered == []
    rig.gate.check()
    assert rig.delivered == []  # still away
    rig.idle.touch()
    rig.gate.check()
    assert rig.delivered == ["hydration", "stress"]
    assert rig.breaks == [("posture", "stretch")]
    rig.gate.check()
    assert rig.delivered == ["hydration", "stress"]


def test_the_break_itself_settles_held_posture_and_stretch_reminders(rig: Rig) -> None:
    rig.away(10)
    rig.gate.offer("stretch")
    rig.gate.offer("hydration")
    rig.idle.touch()
    rig.gate.check()
    assert rig.delivered == ["hydration"]
    assert rig.breaks == [("posture", "stretch")]


def test_coming_back_with_nothing_held_still_counts_as_a_break(rig: Rig) -> None:
    rig.away(4)
    rig.gate.check()
    assert rig.breaks == []
    rig.away(3)
    rig.gate.check()
    rig.idle.touch()
    rig.gate.check()
    assert rig.breaks == [("posture", "stretch")]
    assert rig.delivered == []


def test_fullscreen_holds_reminders_until_it_ends_then_all_come_together(rig: Rig) -> None:
    rig.fullscreen.on = True
    rig.gate.offer("posture")
    rig.gate.offer("hydration")
    rig.gate.check()
    assert rig.delivered == []
    rig.fullscreen.on = False
    rig.gate.check()
    assert rig.delivered == ["posture", "hydration"]
    assert rig.breaks == []


def test_fullscreen_detection_can_be_turned_off(rig: Rig) -> None:
    rig.fullscreen.on = True
    rig.gate.configure(5, detect_fullscreen=False)
    rig.gate.offer("posture")
    assert rig.delivered == ["posture"]


def test_a_silenced_notification_server_holds_reminders(rig: Rig) -> None:
    rig.inhibited.on = True
    rig.gate.offer("stress")
    rig.gate.check()
    assert rig.delivered == []
    rig.inhibited.on = False
    rig.gate.check()
    assert rig.delivered == ["stress"]


def test_turning_do_not_disturb_off_releases_at_once(rig: Rig, qtbot: QtBot) -> None:
    with qtbot.waitSignal(rig.gate.changed):
        rig.gate.set_do_not_disturb(DoNotDisturb.from_choice("on", rig.clock.now()))
    rig.gate.offer("posture")
    rig.idle.touch()
    rig.gate.check()
    assert rig.delivered == []
    rig.gate.set_do_not_disturb(DoNotDisturb())
    assert rig.delivered == ["posture"]


def test_timed_do_not_disturb_ends_by_itself(rig: Rig) -> None:
    rig.gate.set_do_not_disturb(DoNotDisturb.from_choice("60", rig.clock.now()))
    rig.gate.offer("hydration")
    rig.clock.advance(timedelta(minutes=59))
    rig.idle.touch()
    rig.gate.check()
    assert rig.delivered == []
    rig.clock.advance(timedelta(minutes=1))
    rig.idle.touch()
    rig.gate.check()
    assert rig.delivered == ["hydration"]


def test_the_gate_reads_idle_time_rarely(rig: Rig) -> None:
    # Just started, user active: the next reading when they could first be away (5 min).
    assert rig.gate.next_check_ms() == 300_000
    rig.away(6)
    rig.gate.check()
    assert rig.gate.next_check_ms() == 60_000  # away: once a minute, to notice the return


def test_the_heartbeat_takes_a_reading_only_when_one_is_due(rig: Rig) -> None:
    readings = rig.idle.readings
    for _ in range(4):  # four once-a-minute beats while the user could not yet be away
        rig.away(1)
        rig.gate.beat(60.0)
    assert rig.idle.readings == readings
    rig.away(1)  # 5 minutes: the reading falls due on this beat
    rig.gate.beat(60.0)
    assert rig.idle.readings == readings + 1
    assert rig.gate.presence.away


def test_a_reading_due_between_beats_is_taken_on_the_nearest_beat(rig: Rig) -> None:
    rig.away(6)
    rig.gate.check()  # away: next reading in 60 s
    readings = rig.idle.readings
    rig.clock.advance(timedelta(seconds=25))
    rig.gate.beat(60.0)  # 35 s early: more than half a beat, so the next beat takes it
    assert rig.idle.readings == readings
    rig.clock.advance(timedelta(seconds=10))
    rig.gate.beat(60.0)  # 25 s early, the next beat would be 35 s late: taken now
    assert rig.idle.readings == readings + 1


def test_a_held_reminder_is_released_by_a_beat_when_the_user_returns(rig: Rig) -> None:
    rig.away(6)
    rig.gate.offer("hydration")
    rig.idle.touch()
    rig.clock.advance(timedelta(minutes=1))
    rig.gate.beat(60.0)
    assert rig.delivered == ["hydration"]


def test_the_gate_has_no_timer_of_its_own(rig: Rig) -> None:
    # Its readings ride on the time watch's heartbeat: one periodic wakeup for the app.
    assert rig.gate.findChildren(QTimer) == []


def test_without_idle_time_and_nothing_held_the_gate_never_wakes(qtbot: QtBot) -> None:
    clock = FakeClock(START)
    gate = ReminderGate(clock, Sources(), 5, True)
    gate.start()
    assert gate.next_check_ms() is None
    gate.offer("posture")
    assert gate.next_check_ms() is None
    gate.beat(60.0)
    assert gate.next_check_ms() is None


# --- adapters' pure parts -----------------------------------------------------------------------


def test_windows_tick_counts_wrap_after_49_days() -> None:
    assert ticks_idle_seconds(5_000, 2_000) == 3.0
    assert ticks_idle_seconds(1_000, 2**32 - 1_000) == 2.0


def test_ioreg_output_gives_the_hid_idle_time_in_seconds() -> None:
    text = '    | |   "HIDIdleTime" = 2500000000\n    | |   "HIDIdleTimeDelta" = 12\n'
    assert ioreg_idle_seconds(text) == 2.5
    assert ioreg_idle_seconds("no such key") is None


@pytest.mark.parametrize(
    ("state", "busy"),
    [(1, False), (2, True), (3, True), (4, True), (5, False), (6, False), (7, False)],
)
def test_windows_notification_states_that_mean_presenting(state: int, busy: bool) -> None:
    assert dnd.windows_state_busy(state) is busy
