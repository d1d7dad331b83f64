"""What happens when the user (or the timer) acts on a habit.

Every action updates the runtime state through the planner and records its history event in the
SAME transaction as the new state, so a crash can never leave one without the other. The engine
calls these methods and then re-plans; the command line and the tray reach them the same way.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta

from spasmguard.core import planner
from spasmguard.core.clock import Clock
from spasmguard.core.history import POSTURE_HABIT, WATER_HABIT, History
from spasmguard.core.planner import PlanConfig, TimeWarp
from spasmguard.core.status import build_status


@dataclass(frozen=True)
class Preferences:
    """The settings the tracker needs besides the plan itself."""

    snooze_minutes: int
    glass_ml: int
    water_goal_ml: int
    stop_hydration_at_goal: bool = False


class Tracker:
    """Owns the runtime state; applies actions; answers what is due."""

    def __init__(
        self, history: History, clock: Clock, config: PlanConfig, prefs: Preferences
    ) -> None:
        self.history = history
        self.clock = clock
        self.config = config
        self.prefs = prefs
        self.state = history.load_state()

    def configure(self, config: PlanConfig, prefs: Preferences) -> None:
        """Take new settings; the caller re-plans."""
        self.config = config
        self.prefs = prefs
        self._keep_water_goal(self.clock.now())
        self.history.save_state(self.state)

    def start(self) -> None:
        """Begin a session: every habit is first due one interval from now (saved)."""
        planner.start(self.config, self.state, self.clock.now(), self.clock.monotonic())
        self.history.save_state(self.state)

    def save_state(self) -> None:
        """Persist the runtime state (after the engine re-planned or started)."""
        self.history.save_state(self.state)

    def observe_clock(self) -> TimeWarp | None:
        """Apply the planner's gap rules to a suspend or clock change, if one happened (saved)."""
        warp = planner.observe_clock(
            self.config, self.state, self.clock.now(), self.clock.monotonic()
        )
        if warp is not None:
            self.history.save_state(self.state)
        return warp

    def natural_break(self, habit_ids: tuple[str, ...]) -> None:
        """The user is back from time away: these habits' timers restart from now."""
        planner.natural_break(self.state, habit_ids, self.clock.now())
        self.history.save_state(self.state)

    def due_habits(self) -> list[str]:
        return planner.due_habits(self.config, self.state, self.clock.now())

    def next_due(self, habit_id: str) -> datetime | None:
        return planner.next_due(self.config, self.state, habit_id, self.clock.now())

    def fell_due(self, habit_id: str) -> None:
        """The engine found the habit due: its timer restarts from now (saved).

        So a reminder the gate holds, or one never answered, comes back one interval later and
        never in a loop. Nothing is recorded here: a reminder counts as fired when it is shown.
        """
        now = self.clock.now()
        planner.mark_due(self.state, habit_id, now)
        self._keep_water_goal(now)
        self.history.save_state(self.state)

    def fired(self, habit_id: str, detail: str = "") -> None:
        """A reminder was shown: recorded, and its timer restarts from now."""
        now = self.clock.now()
        planner.mark_fired(self.state, habit_id, now)
        self._keep_water_goal(now)
        self.history.record(habit_id, "fired", now, detail, state=self.state)

    def done(self, habit_id: str) -> None:
        now = self.clock.now()
        planner.mark_done(self.state, habit_id, now)
        self._keep_water_goal(now)
        self.history.record(habit_id, "done", now, state=self.state)

    def skipped(self, habit_id: str) -> None:
        now = self.clock.now()
        planner.mark_skipped(self.state, habit_id, now)
        self._keep_water_goal(now)
        self.history.record(habit_id, "skipped", now, state=self.state)

    def snoozed(self, habit_id: str, minutes: int | None = None) -> datetime:
        """Put a habit off (default: the settings snooze length); returns when it comes back."""
        now = self.clock.now()
        length = minutes if minutes is not None else self.prefs.snooze_minutes
        until = now + timedelta(minutes=length)
        planner.snooze(self.state, habit_id, until)
        self.history.record(habit_id, "snoozed", now, f"{length} min", state=self.state)
        return until

    def missed(self, habit_id: str) -> None:
        """A reminder went unanswered; the timer already restarted when it fired."""
        self.history.record(habit_id, "missed", self.clock.now(), state=self.state)

    def drink(self, ml: int | None = None) -> int:
        """Count water; returns today's total in ml."""
        now = self.clock.now()
        amount = ml if ml is not None else self.prefs.glass_ml
        total = self.history.water_today(now) + amount
        self._keep_water_goal(now, total)
        self.history.add_water(amount, now, state=self.state)
        return total

    def drank_glass(self) -> int:
        """The hydration reminder's "+ a glass": one glass counted AND the reminder done."""
        self.done(WATER_HABIT)
        return self.drink()

    def posture_checked(self, answers: Mapping[str, bool]) -> None:
        """A posture checklist was submitted: its answers and a posture ``done``, atomically."""
        now = self.clock.now()
        planner.mark_done(self.state, POSTURE_HABIT, now)
        self.history.record_posture_check(answers, now, state=self.state)

    def _keep_water_goal(self, now: datetime, drunk_ml: int | None = None) -> None:
        """With stop_hydration_at_goal, hold hydration reminders for the rest of a day whose
        water reached the goal (or release the hold when the option or goal changed).

        Re-derived after every action that could clear or need it, since done, skipped and
        fired restart the timer and drop the hold's snooze.
        """
        drunk = self.history.water_today(now) if drunk_ml is None else drunk_ml
        met = self.prefs.stop_hydration_at_goal and drunk >= self.prefs.water_goal_ml
        planner.hold_for_today(self.state, WATER_HABIT, now, met)

    def pause(self, length: int | str) -> datetime | None:
        """Pause for N minutes, until the next working day ('tomorrow') or until resumed ('off')."""
        now = self.clock.now()
        if length == "off":
            until: datetime | None = None
        elif length == "tomorrow":
            until = planner.next_working_start(self.config.default_hours, now)
        else:
            until = now + timedelta(minutes=int(length))
        planner.pause(self.state, until)
        self.history.save_state(self.state)
        return until

    def resume(self) -> None:
        planner.resume(self.state, self.clock.now())
        self.history.save_state(self.state)

    def is_paused(self) -> bool:
        return planner.is_paused(self.state, self.clock.now())

    def water_today(self) -> int:
        return self.history.water_today(self.clock.now())

    def status(self) -> dict[str, object]:
        """The status report of the running app (same shape as the offline one)."""
        return build_status(self.config, self.state, self.clock.now(), running=True)
