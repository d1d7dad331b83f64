"""ReminderGate with scripted sources and a fake clock: answers now, later, or never."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QTimer
from pytestqt.qtbot import QtBot

from spasmguard.core.clock import FakeClock
from spasmguard.core.presence import DoNotDisturb
from spasmguard.engine.gate import STALE_LOOK_SECONDS, ReminderGate, Sources
from spasmguard.engine.readings import Detector, FlagAnswer, IdleAnswer, IdleSource

START = datetime(2026, 3, 2, 10, 0, tzinfo=ZoneInfo("Europe/Berlin"))


class ScriptedIdle(IdleSource):
    """Idle time that grows with the fake clock from the last "input"; counts the readings.

    With ``later`` set, answers wait in :attr:`pending` until :meth:`answer` sends them, as a
    D-Bus service's answers arrive from the event loop.
    """

    def __init__(self, clock: FakeClock) -> None:
        super().__init__()
        self.clock = clock
        self.last_input: datetime | None = clock.now()
        self.readings = 0
        self.later = False
        self.pending: list[IdleAnswer] = []

    def touch(self) -> None:
        self.last_input = self.clock.now()

    def seconds(self) -> float | None:
        if self.last_input is None:
            return None
        return (self.clock.now() - self.last_input).total_seconds()

    def read(self, done: IdleAnswer) -> None:
        self.readings += 1
        if self.later:
            self.pending.append(done)
        else:
            done(self.seconds())

    def answer(self) -> None:
        """Send every answer still on its way, with the idle time as it is now."""
        pending, self.pending = self.pending, []
        for done in pending:
            done(self.seconds())


class Switch(Detector):
    def __init__(self) -> None:
        super().__init__()
        self.on = False
        self.readings = 0

    def read(self, done: FlagAnswer) -> None:
        self.readings += 1
        done(self.on)


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


# --- answers that come later ----------------------------------------------------------------


def test_a_reminder_waits_for_a_late_answer_and_then_comes(rig: Rig) -> None:
    rig.idle.later = True
    rig.gate.offer("hydration")
    assert rig.delivered == []
    assert rig.gate.looking
    rig.idle.answer()
    assert rig.delivered == ["hydration"]
    assert not rig.gate.looking


def test_reminders_due_during_a_look_are_decided_by_it_with_no_second_question(rig: Rig) -> None:
    rig.idle.later = True
    readings = rig.idle.readings
    rig.gate.offer("hydration")
    rig.gate.offer("stress")
    rig.gate.check()
    assert rig.idle.readings == readings + 1
    rig.idle.answer()
    assert rig.delivered == ["hydration", "stress"]


def test_a_late_answer_that_says_away_holds_the_reminder(rig: Rig) -> None:
    rig.idle.later = True
    rig.gate.offer("hydration")
    rig.away(6)  # the answer is read when it comes: the user has been gone six minutes by then
    rig.idle.answer()
    assert rig.delivered == []
    assert list(rig.gate.held) == ["hydration"]


def test_a_look_that_never_answers_is_given_up_and_asked_again(rig: Rig) -> None:
    rig.idle.later = True
    rig.gate.offer("hydration")
    rig.idle.pending.clear()  # that answer is lost for good
    rig.clock.advance(timedelta(seconds=STALE_LOOK_SECONDS - 1))
    rig.gate.offer("stress")
    assert rig.idle.pending == []  # still within the look's time: no second question
    rig.clock.advance(timedelta(seconds=2))
    rig.gate.offer("stress")
    rig.idle.answer()
    assert rig.delivered == ["hydration", "stress"]


def test_answers_after_stop_are_dropped(rig: Rig) -> None:
    rig.idle.later = True
    rig.gate.offer("hydration")
    rig.gate.stop()
    rig.idle.answer()
    assert rig.delivered == []
    rig.gate.offer("stress")
    assert rig.idle.pending == []  # a stopped gate asks nothing


def test_with_nothing_to_decide_only_idle_time_is_asked(rig: Rig) -> None:
    rig.gate.check()
    assert (rig.fullscreen.readings, rig.inhibited.readings) == (0, 0)
    rig.gate.offer("posture")
    assert (rig.fullscreen.readings, rig.inhibited.readings) == (1, 1)


def test_a_reminder_due_during_an_idle_only_look_still_meets_the_detectors(rig: Rig) -> None:
    rig.idle.later = True
    rig.fullscreen.on = True
    rig.gate.check()  # nothing to decide: asks idle time only
    rig.gate.offer("posture")  # joins that look
    rig.idle.answer()  # ... which then asks again, this time with the detectors
    rig.idle.answer()
    assert rig.delivered == []
    assert list(rig.gate.held) == ["posture"]


def test_do_not_disturb_holds_without_asking_the_detectors(rig: Rig) -> None:
    rig.gate.set_do_not_disturb(DoNotDisturb.from_choice("on", rig.clock.now()))
    rig.gate.offer("posture")
    assert list(rig.gate.held) == ["posture"]
    assert (rig.fullscreen.readings, rig.inhibited.readings) == (0, 0)


# --- event-driven idle time -----------------------------------------------------------------


class EventIdle(IdleSource):
    """Tells of going away and coming back by itself, as the Wayland idle protocol does."""

    def __init__(self) -> None:
        super().__init__()
        self.idle = 0.0
        self.threshold: float | None = None

    @property
    def event_driven(self) -> bool:
        return True

    def read(self, done: IdleAnswer) -> None:
        done(self.idle)

    def watch(self, threshold_seconds: float) -> None:
        self.threshold = threshold_seconds

    def tell(self, idle: float) -> None:
        self.idle = idle
        self.changed.emit()


def test_an_event_driven_source_is_told_the_threshold_and_wakes_the_gate(qtbot: QtBot) -> None:
    clock = FakeClock(START)
    idle = EventIdle()
    gate = ReminderGate(clock, Sources(idle), 5, True)
    breaks: list[object] = []
    gate.came_back.connect(breaks.append)
    assert idle.threshold == 300
    gate.start()
    assert gate.next_check_ms() is None  # no reading on a timer: the source will tell
    idle.tell(300.0)
    assert gate.presence.away
    assert gate.next_check_ms() is None
    idle.tell(0.0)
    assert breaks == [("posture", "stretch")]
    gate.configure(10, True)
    assert idle.threshold == 600


def test_held_reminders_are_still_looked_at_once_a_minute_with_an_event_driven_source(
    qtbot: QtBot,
) -> None:
    gate = ReminderGate(FakeClock(START), Sources(EventIdle()), 5, True)
    gate.set_do_not_disturb(DoNotDisturb.from_choice("on", START))
    gate.offer("posture")
    assert gate.next_check_ms() == 60_000


def test_reminders_held_while_away_wait_for_the_event_driven_return_not_a_timer(
    qtbot: QtBot,
) -> None:
    idle = EventIdle()
    gate = ReminderGate(FakeClock(START), Sources(idle), 5, True)
    delivered: list[str] = []
    gate.deliver.connect(delivered.append)
    gate.start()
    idle.tell(301.0)
    gate.offer("hydration")
    assert list(gate.held) == ["hydration"]
    assert gate.next_check_ms() is None  # the return is an event: no reading on a beat
    idle.tell(0.0)
    assert delivered == ["hydration"]


def test_a_check_during_a_look_is_followed_by_a_fresh_look(rig: Rig) -> None:
    rig.idle.later = True
    rig.away(6)
    rig.gate.offer("hydration")  # the look reads idle time: away
    rig.idle.touch()  # the user comes back while that answer is on its way ...
    rig.gate.check()  # ... and an event-driven source says so
    pending, rig.idle.pending = rig.idle.pending, []
    for done in pending:
        done(360.0)  # the answer as it was read: away
    assert list(rig.gate.held) == ["hydration"]
    rig.idle.answer()  # the fresh look sees the return
    assert rig.delivered == ["hydration"]
    assert rig.breaks == [("posture", "stretch")]
