"""The status report shared by ``spasmguard status`` and the running app.

One function builds it from settings (as a PlanConfig), runtime state and the time, so the command
line gives the same answer whether it asks the running app or computes it itself.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from datetime import datetime
from typing import Any

from spasmguard.core import planner
from spasmguard.core.clock import describe_zone
from spasmguard.core.messages import Message
from spasmguard.core.planner import PlanConfig
from spasmguard.core.state import RuntimeState


def build_status(
    config: PlanConfig, state: RuntimeState, now: datetime, *, running: bool
) -> dict[str, Any]:
    """The JSON-shaped status (`spasmguard status --json`): running, paused_until, per-habit times.

    When the app is not running, nothing will be delivered, so old anchors would only say
    "overdue". Instead the report shows when each reminder would come if the app started now
    (a copy of the state is started; the caller's state is not touched).
    """
    if not running:
        state = copy.deepcopy(state)
        planner.start(config, state, now, 0.0)
    habits: dict[str, Any] = {}
    for plan in config.habits:
        hstate = state.habits.get(plan.habit_id)
        snoozed = hstate.snoozed_until if hstate is not None else None
        due = planner.next_due(config, state, plan.habit_id, now) if plan.enabled else None
        habits[plan.habit_id] = {
            "enabled": plan.enabled,
            "interval_minutes": plan.interval_minutes,
            "next_due": _iso(due, now),
            "snoozed_until": _iso(snoozed, now) if snoozed is not None and snoozed > now else None,
        }
    return {
        "running": running,
        "paused_until": _iso(state.paused_until, now) if planner.is_paused(state, now) else None,
        "paused_indefinitely": state.paused_indefinitely,
        "habits": habits,
    }


def _iso(moment: datetime | None, now: datetime) -> str | None:
    """ISO 8601 in the zone of ``now``: a state saved before a DST switch or a move to another
    zone carries the old offset, and every time in one report should read the same way."""
    if moment is None:
        return None
    return moment.astimezone(now.tzinfo).isoformat(timespec="seconds")


def format_status(
    status: dict[str, Any],
    titles: dict[str, str],
    now: datetime,
    show: Callable[[str], str] = str,
) -> str:
    """A short human-readable rendering of ``build_status`` output.

    Every phrase is a Message; ``show`` turns one into the user's language (the command line
    passes gettext's), so this stays plain Python that tests read in English.
    """
    running = (
        Message("spasmguard is running.")
        if status["running"]
        else Message(
            "spasmguard is not running; times show when reminders would come if it started now."
        )
    )
    lines = [show(running)]
    if status.get("paused_indefinitely"):
        lines.append(show(Message("All reminders are paused until you resume them.")))
    elif status["paused_until"]:
        when = _when(status["paused_until"], now)
        lines.append(show(Message("All reminders are paused until {time}.", time=when)))
    width = max((len(t) for t in titles.values()), default=10)
    for habit_id, info in status["habits"].items():
        title = titles.get(habit_id, habit_id).ljust(width)
        lines.append(f"  {title}  {show(_schedule(info, now))}")
    if now.tzinfo is not None:
        lines.append(show(Message("Times are in {zone}.", zone=describe_zone(now.tzinfo))))
    return "\n".join(lines)


def _schedule(info: dict[str, Any], now: datetime) -> Message:
    """One habit's line after its title: off, or its interval, next time and snooze."""
    if not info["enabled"]:
        return Message("off")
    minutes = info["interval_minutes"]
    if not info["next_due"]:
        return Message("every {minutes} min, not scheduled", minutes=minutes)
    when = _when(info["next_due"], now)
    if info["snoozed_until"]:
        return Message(
            "every {minutes} min, next {time} (snoozed until {until})",
            minutes=minutes,
            time=when,
            until=_when(info["snoozed_until"], now),
        )
    return Message("every {minutes} min, next {time}", minutes=minutes, time=when)


_DAY_NAMES = (
    Message("Mon"),
    Message("Tue"),
    Message("Wed"),
    Message("Thu"),
    Message("Fri"),
    Message("Sat"),
    Message("Sun"),
)
"""Short day names as Messages, translated with the rest; never strftime's %a, which follows
the C library's locale and not the language the command line speaks."""


def _when(iso: str, now: datetime) -> str:
    """HH:MM for today, 'Mon 09:30' within a week, else the date: short and unambiguous."""
    moment = datetime.fromisoformat(iso).astimezone(now.tzinfo)
    days = (moment.date() - now.date()).days
    if days == 0:
        return moment.strftime("%H:%M")
    if 0 < days < 7:
        return Message("{day} {time}", day=_DAY_NAMES[moment.weekday()], time=f"{moment:%H:%M}")
    return moment.strftime("%Y-%m-%d %H:%M")
