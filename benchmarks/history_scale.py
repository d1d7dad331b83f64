"""Five years of heavy use in the history: does the history window stay fast?

Generates the history of someone who answered reminders all day, every day, for five years
(over 200,000 events, written through the same History API the app uses, in the Europe/Berlin
zone so every daylight-saving switch is in it), then reports, as medians of several runs:

* every statistic query the app makes (``core.history`` and ``core.stats``), each of which must
  answer within 100 ms;
* opening the history window (offscreen Qt: construct, show, first paint with ``grab()``),
  also within 100 ms;
* reading and formatting a full export, for information (its cost grows with the history by
  nature, and it runs once on request, not when the window opens).

Usage: python benchmarks/history_scale.py [--runs N] [--years N] [--screenshot PNG]
                                         [--history FILE]
Exit code 1 when a budgeted figure is over 100 ms. ``--screenshot`` also saves the window
(30-day view) as a PNG, which is how docs/screenshots/history-window.png is made;
``--history`` keeps the generated file (about 36 MB, 1.5 minutes to make) for the next run.
"""

from __future__ import annotations

import argparse
import os
import random
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from spasmguard.core.export import export_events
from spasmguard.core.habits import HABIT_IDS
from spasmguard.core.history import History

BUDGET_MS = 100.0
ZONE = ZoneInfo("Europe/Berlin")
WATER_GOAL_ML = 2000
# Minutes between reminders while working: heavy use, every habit on.
INTERVALS = {"posture": 20, "hydration": 40, "stretch": 30, "stress": 60}
# What became of a reminder, and how often (a snooze brings the reminder back later).
ANSWERS = (("done", 0.62), ("snoozed", 0.14), ("skipped", 0.09), ("missed", 0.15))
SNOOZE = timedelta(minutes=10)
VACATION_DAYS_PER_YEAR = 10
SCREENSHOT_SIZE = (860, 740)  # every habit and the water chart, no scrolling


def generate(history: History, last_day: date, days: int, seed: int = 5) -> int:
    """Fill ``history`` with ``days`` days of use that end on ``last_day``; returns the count."""
    rng = random.Random(seed)  # noqa: S311 (made-up data, not secrets)
    count = 0
    for back in range(days - 1, -1, -1):
        day = last_day - timedelta(days=back)
        if rng.random() < VACATION_DAYS_PER_YEAR / 365:
            continue  # a day off: no events, which breaks streaks as in real life
        weekend = day.weekday() >= 5
        hours = (10, 14) if weekend else (8, 19)
        for habit_id in HABIT_IDS:
            count += _habit_day(history, rng, habit_id, day, hours)
        count += _water_day(history, rng, day, hours)
    return count


def _at(day: date, minutes: float) -> datetime:
    """Local time ``minutes`` after midnight of ``day``, resolved in the zone (DST-aware)."""
    naive = datetime(day.year, day.month, day.day) + timedelta(minutes=minutes)
    return naive.replace(tzinfo=ZONE)


def _habit_day(
    history: History, rng: random.Random, habit_id: str, day: date, hours: tuple[int, int]
) -> int:
    """A working day of one habit: each reminder fires and is answered (a snooze repeats it)."""
    start, end = hours
    kinds = [kind for kind, _ in ANSWERS]
    weights = [weight for _, weight in ANSWERS]
    count = 0
    minute = start * 60 + rng.uniform(0, INTERVALS[habit_id])
    while minute < end * 60:
        history.record(habit_id, "fired", _at(day, minute))
        answer = rng.choices(kinds, weights)[0]
        history.record(habit_id, answer, _at(day, minute + rng.uniform(0.2, 3)))
        count += 2
        gap = SNOOZE.total_seconds() / 60 if answer == "snoozed" else INTERVALS[habit_id]
        minute += gap + rng.uniform(0, 5)
    return count


def _water_day(history: History, rng: random.Random, day: date, hours: tuple[int, int]) -> int:
    start, end = hours
    glasses = rng.randint(3, 11)
    for _ in range(glasses):
        history.add_water(
            rng.choice((150, 200, 250, 330, 500)), _at(day, rng.uniform(start, end) * 60)
        )
    return glasses


def median_ms(action: Callable[[], object], runs: int) -> float:
    """Median wall time of ``runs`` calls, after one untimed warm-up call (warm file cache)."""
    action()
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        action()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def query_timings(history: History, now: datetime, runs: int) -> list[tuple[str, float]]:
    """Every statistic the app computes, timed one by one."""
    from spasmguard.core.stats import RANGE_DAYS, collect  # noqa: PLC0415

    today = now.date()
    cases: list[tuple[str, Callable[[], object]]] = [
        ("today_counts", lambda: history.today_counts(now)),
        ("water_today", lambda: history.water_today(now)),
        ("water_progress", lambda: history.water_progress(now, WATER_GOAL_ML)),
    ]
    for habit_id in HABIT_IDS:
        cases.append(
            (f"current_streak({habit_id})", lambda h=habit_id: history.current_streak(h, now))
        )
        cases.append((f"best_streak({habit_id})", lambda h=habit_id: history.best_streak(h)))
    for days in RANGE_DAYS:
        first = today - timedelta(days=days - 1)
        cases.append(
            (f"adherence(posture, {days})", lambda d=days: history.adherence("posture", d, now))
        )
        cases.append((f"daily_counts({days} days)", lambda f=first: history.daily_counts(f, today)))
        cases.append((f"daily_water({days} days)", lambda f=first: history.daily_water(f, today)))
        cases.append(
            (
                f"stats.collect({days} days, all)",
                lambda d=days: collect(history, d, now, WATER_GOAL_ML),
            )
        )
    return [(name, median_ms(action, runs)) for name, action in cases]


def window_timing(history: History, now: datetime, runs: int, screenshot: Path | None) -> float:
    """Median time to construct, show and first paint the history window (offscreen)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication  # noqa: PLC0415

    from spasmguard.core.clock import FakeClock  # noqa: PLC0415
    from spasmguard.core.habits import load_habits  # noqa: PLC0415
    from spasmguard.ui.history_window import HistoryWindow  # noqa: PLC0415

    app = QApplication.instance() or QApplication([])
    clock, habits = FakeClock(now), load_habits()

    def open_window() -> None:
        window = HistoryWindow(history, clock, WATER_GOAL_ML, habits)
        window.show()
        window.grab()
        window.close()
        app.processEvents()

    timing = median_ms(open_window, runs)
    if screenshot is not None:
        window = HistoryWindow(history, clock, WATER_GOAL_ML, habits)
        window.resize(*SCREENSHOT_SIZE)
        window.show()
        window.grab().save(str(screenshot))
        window.close()
    return timing


def _event_count(path: Path) -> int:
    conn = sqlite3.connect(path)
    try:
        return int(conn.execute("SELECT count(*) FROM events").fetchone()[0])
    finally:
        conn.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--years", type=int, default=5)
    parser.add_argument("--screenshot", type=Path)
    parser.add_argument(
        "--history", type=Path, help="keep the generated history here; reuse it if it exists"
    )
    args = parser.parse_args()

    now = datetime(2026, 11, 25, 17, 30, tzinfo=ZONE)
    with tempfile.TemporaryDirectory() as scratch:
        path = args.history or Path(scratch, "history.sqlite3")
        if not path.exists():
            with History(path) as history:
                started = time.perf_counter()
                generate(history, now.date(), round(args.years * 365.25))
                print(f"generated in {time.perf_counter() - started:.0f} s")
        count = _event_count(path)
        print(f"{count} events ({path.stat().st_size / 1e6:.1f} MB); medians of {args.runs} runs\n")
        with History(path) as history:
            rows = query_timings(history, now, args.runs)
            opening = window_timing(history, now, args.runs, args.screenshot)
            rows.append(("history window: construct + show + paint", opening))
            export = median_ms(lambda: export_events(history.all_events(), "csv"), args.runs)
        over = [name for name, ms in rows if ms > BUDGET_MS]
    width = max(len(name) for name, _ in rows)
    print(f"{'measurement':<{width}}  {'median':>9}  budget {BUDGET_MS:.0f} ms")
    for name, ms in rows:
        print(f"{name:<{width}}  {ms:7.2f} ms  {'OVER' if ms > BUDGET_MS else 'ok'}")
    print(f"\nnot budgeted: read and format all {count} events as CSV: {export:.0f} ms")
    if count < 200_000:
        over.append("fewer than 200,000 events")
    if over:
        sys.exit(f"over budget: {', '.join(over)}")


if __name__ == "__main__":
    main()
