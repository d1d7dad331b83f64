"""The event log and runtime state, in one sqlite3 file (``<data dir>/history.sqlite3``).

Durability choices, and why:

* WAL journal with ``synchronous=NORMAL``: in WAL mode a commit is written to the WAL file
  before ``COMMIT`` returns, so a crash or ``kill -9`` of the app never loses or corrupts a
  committed transaction; only a power loss or OS crash can drop the last few commits (never
  corrupt the file). For a habit log that trade is right: ``FULL`` would fsync on every button
  press for no gain against the failures we actually see.
* Every write is one ``BEGIN IMMEDIATE`` transaction. IMMEDIATE takes the write lock up front,
  so when the CLI and the app write at the same time the second one waits (``busy_timeout``)
  instead of failing half way through a read-then-write transaction.
* A user action stores its event and the new :class:`RuntimeState` in the same transaction
  (``record(..., state=...)``), so after any crash the log and the state agree.
* The schema is versioned with ``PRAGMA user_version``; each migration step runs in its own
  transaction together with the version bump. A file from a newer spasmguard is opened for
  reading only and never downgraded. ``PRAGMA application_id`` marks the file as ours, so a
  foreign database is refused instead of being altered.

Each event stores the local calendar ``day`` it happened on (from the aware ``at`` the caller
passes, which comes from the clock in the local zone), so per-day statistics stay right across
daylight-saving switches and time-zone changes: a day is what the user lived as that day.
"""

from __future__ import annotations

import json
import os
import sqlite3
from collections.abc import Iterator, Mapping
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, timezone
from functools import lru_cache
from pathlib import Path
from types import TracebackType

from spasmguard.core.commands import MAX_WATER_ML
from spasmguard.core.habits import HABIT_IDS
from spasmguard.core.messages import Message
from spasmguard.core.state import RuntimeState

EVENT_KINDS = ("fired", "done", "snoozed", "skipped", "missed", "water")
# What became of reminders, as the history window charts them per day.
RESPONSE_KINDS = ("done", "snoozed", "skipped", "missed")
# The kinds that settle whether a habit was kept (see History.adherence).
OUTCOME_KINDS = ("done", "skipped", "missed")
WATER_HABIT = "hydration"
POSTURE_HABIT = "posture"

# "SPGH" (spasmguard history) in ASCII: identifies our files among other sqlite databases.
_APPLICATION_ID = 0x53504748
_BUSY_TIMEOUT_S = 5.0
_FILE_MODE = 0o600
_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
_ONE_US = timedelta(microseconds=1)
# runtime_state keys of set_flag(); the prefix keeps them apart from the 'state' row.
_FLAG_PREFIX = "flag:"

# A history kept in memory only, for a session whose file cannot be used: nothing is left behind.
IN_MEMORY = Path(":memory:")

_KIND_LIST_SQL = ", ".join(f"'{kind}'" for kind in EVENT_KINDS)

# Migration steps: _MIGRATIONS[n] takes the schema from version n to n + 1.
# Statements are run one by one (executescript would commit the surrounding transaction).
_MIGRATIONS: tuple[tuple[str, ...], ...] = (
    (
        f"""CREATE TABLE events (
            id INTEGER PRIMARY KEY,
            at_utc REAL NOT NULL,
            utc_offset INTEGER NOT NULL,
            day TEXT NOT NULL CHECK (length(day) = 10),
            habit TEXT NOT NULL,
            kind TEXT NOT NULL CHECK (kind IN ({_KIND_LIST_SQL})),
            detail TEXT NOT NULL DEFAULT '',
            amount_ml INTEGER CHECK (amount_ml > 0),
            CHECK ((kind = 'water') = (amount_ml IS NOT NULL))
        )""",
        "CREATE INDEX events_habit_kind_day ON events (habit, kind, day)",
        "CREATE INDEX events_day_habit_kind ON events (day, habit, kind)",
        "CREATE INDEX events_at ON events (at_utc)",
        "CREATE TABLE runtime_state (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
        f"PRAGMA application_id = {_APPLICATION_ID}",
    ),
    (
        # One row per checklist item per posture check; the rows of one check share at_utc.
        """CREATE TABLE posture_checks (
            id INTEGER PRIMARY KEY,
            at_utc REAL NOT NULL,
            utc_offset INTEGER NOT NULL,
            day TEXT NOT NULL CHECK (length(day) = 10),
            item TEXT NOT NULL CHECK (length(item) > 0),
            ok INTEGER NOT NULL CHECK (ok IN (0, 1))
        )""",
        "CREATE INDEX posture_checks_day_item ON posture_checks (day, item)",
    ),
)
SCHEMA_VERSION = len(_MIGRATIONS)

_EVENT_COLUMNS = "at_utc, utc_offset, day, habit, kind, detail, amount_ml"
_DONE_DAYS = "SELECT DISTINCT day FROM events WHERE habit = ? AND kind = 'done' AND day <= ?"
_DONE_DAYS_NEWEST_FIRST = _DONE_DAYS + " ORDER BY day DESC"
_DONE_DAYS_OLDEST_FIRST = _DONE_DAYS + " ORDER BY day ASC"


class HistoryError(Exception):
    """The history file cannot be used as asked (foreign file, newer schema, write failure).

    ``str()`` is one sentence, a core.messages.Message the ui and the command line translate.
    """

    def __init__(self, message: Message) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


@dataclass(frozen=True)
class Event:
    """One logged event. ``at`` carries the UTC offset that was local when it happened."""

    at: datetime
    day: date
    habit: str
    kind: str
    detail: str
    amount_ml: int | None


@dataclass(frozen=True)
class WaterProgress:
    """Water drunk today against the daily goal."""

    drunk_ml: int
    goal_ml: int

    @property
    def fraction(self) -> float:
        """Share of the goal reached, capped at 1.0 (for a progress bar)."""
        return min(1.0, self.drunk_ml / self.goal_ml)


class History:
    """The history database. Not thread-safe: use it from one thread (the GUI thread)."""

    def __init__(self, path: Path, *, read_only: bool = False) -> None:
        """Open, create or migrate ``path`` (or :data:`IN_MEMORY`); HistoryError if not ours.

        A file that is not a spasmguard database is left exactly as it was. With ``read_only``
        the file must already exist and is neither created, migrated nor written (the command
        line exports this way, whether or not the app has the file open); sqlite may still
        create the empty ``-wal`` and ``-shm`` companions that any reader of a WAL file needs.
        """
        self.path = path
        self.read_only = read_only
        self._read_only_reason = Message("it was opened for reading only")
        if read_only:
            self._conn = _connect_read_only(path)
        else:
            if path != IN_MEMORY:
                _create_private_file(path)
            self._conn = sqlite3.connect(path, timeout=_BUSY_TIMEOUT_S, isolation_level=None)
        try:
            self._open()
        except BaseException:
            self._conn.close()
            raise

    def _open(self) -> None:
        version = self._identify()
        if self.read_only and version == 0:
            raise HistoryError(
                Message("{file} is not a complete spasmguard history yet", file=str(self.path))
            )
        if self.read_only and version < SCHEMA_VERSION:
            raise HistoryError(
                Message(
                    "{file} was written by an older spasmguard; start the app once to update it",
                    file=str(self.path),
                )
            )
        if version > SCHEMA_VERSION:
            # Written by a newer spasmguard: read what we can, never write or downgrade.
            self.read_only = True
            self._read_only_reason = Message("it was written by a newer spasmguard")
        if self.read_only:
            self._conn.execute("PRAGMA query_only = ON")
            return
        self._conn.execute("PRAGMA journal_mode = WAL")
        self._conn.execute("PRAGMA synchronous = NORMAL")
        self._migrate()
        if self.path != IN_MEMORY:
            for suffix in ("", "-wal", "-shm"):
                _chmod_private(Path(f"{self.path}{suffix}"))

    def _identify(self) -> int:
        """The schema version of an empty or spasmguard database; HistoryError for anything else."""
        not_ours = HistoryError(
            Message("{file} is not a spasmguard history database", file=str(self.path))
        )
        try:
            app_id = self._conn.execute("PRAGMA application_id").fetchone()[0]
            version = self._conn.execute("PRAGMA user_version").fetchone()[0]
            tables = self._conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
        except sqlite3.DatabaseError as exc:
            raise not_ours from exc
        if app_id == _APPLICATION_ID or (app_id == 0 and version == 0 and tables == 0):
            return int(version)
        raise not_ours

    def _migrate(self) -> None:
        """Apply each missing migration step in its own transaction.

        The version is read again inside the write lock: another process (the CLI) may have
        migrated the file between our first look and now.
        """
        for target in range(1, SCHEMA_VERSION + 1):
            with self._write():
                current = self._conn.execute("PRAGMA user_version").fetchone()[0]
                if current >= target:
                    continue
                for statement in _MIGRATIONS[target - 1]:
                    self._conn.execute(statement)
                self._conn.execute(f"PRAGMA user_version = {target}")

    def close(self) -> None:
        """Close the connection (the WAL is checkpointed by sqlite when the last one closes)."""
        self._conn.close()

    def __enter__(self) -> History:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()

    @contextmanager
    def _write(self) -> Iterator[None]:
        """One write transaction; any sqlite failure becomes a HistoryError, nothing half-done."""
        if self.read_only:
            raise HistoryError(
                Message(
                    "{file} is open read-only: {reason}",
                    file=str(self.path),
                    reason=self._read_only_reason,
                )
            )
        try:
            self._conn.execute("BEGIN IMMEDIATE")
        except sqlite3.Error as exc:
            raise _write_failed(self.path, exc) from exc
        try:
            yield
            self._conn.execute("COMMIT")
        except BaseException as exc:
            if self._conn.in_transaction:
                self._conn.execute("ROLLBACK")
            if isinstance(exc, sqlite3.Error):
                raise _write_failed(self.path, exc) from exc
            raise

    # --- writes -------------------------------------------------------------------------

    def record(
        self,
        habit_id: str,
        kind: str,
        at: datetime,
        detail: str = "",
        state: RuntimeState | None = None,
    ) -> None:
        """Log one reminder event, and the new state with it in the same transaction."""
        _check_habit(habit_id)
        if kind not in EVENT_KINDS or kind == "water":
            raise ValueError(f"unknown event kind {kind!r} (water goes through add_water)")
        self._insert(habit_id, kind, at, detail=detail, amount_ml=None, state=state)

    def add_water(self, ml: int, at: datetime, state: RuntimeState | None = None) -> None:
        """Log a drink of ``ml`` millilitres (1..5000), with the new state if given."""
        if not 1 <= ml <= MAX_WATER_ML:
            raise ValueError(f"water amount must be 1..{MAX_WATER_ML} ml, got {ml}")
        self._insert(WATER_HABIT, "water", at, detail="", amount_ml=ml, state=state)

    def record_posture_check(
        self, answers: Mapping[str, bool], at: datetime, state: RuntimeState | None = None
    ) -> None:
        """Log a posture check: each item's answer (True = right) and a posture ``done``.

        Both go in with the new state in one transaction: a check is either fully recorded
        or not at all. ValueError without answers (an empty check is not a check).
        """
        if not answers:
            raise ValueError("a posture check needs at least one answer")
        rows = [(*_time_columns(at), item, int(ok)) for item, ok in answers.items()]
        with self._write():
            self._conn.executemany(
                "INSERT INTO posture_checks (at_utc, utc_offset, day, item, ok)"
                " VALUES (?, ?, ?, ?, ?)",
                rows,
            )
            self._add_event(POSTURE_HABIT, "done", at, detail="checklist", amount_ml=None)
            if state is not None:
                self._store_state(state)

    def _insert(
        self,
        habit_id: str,
        kind: str,
        at: datetime,
        *,
        detail: str,
        amount_ml: int | None,
        state: RuntimeState | None,
    ) -> None:
        with self._write():
            self._add_event(habit_id, kind, at, detail=detail, amount_ml=amount_ml)
            if state is not None:
                self._store_state(state)

    def _add_event(
        self, habit_id: str, kind: str, at: datetime, *, detail: str, amount_ml: int | None
    ) -> None:
        """Insert one event row (inside a transaction the caller holds)."""
        self._conn.execute(
            "INSERT INTO events (at_utc, utc_offset, day, habit, kind, detail, amount_ml)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)",
            (*_time_columns(at), habit_id, kind, detail, amount_ml),
        )

    def delete_events(self) -> int:
        """Delete every event and posture answer, keep the runtime state; returns events deleted.

        ``secure_delete`` overwrites the freed pages and the checkpoint empties the WAL, so the
        deleted history does not linger in the file for an undelete tool to find. The checkpoint
        is best effort: a reader that has the file open (the app) can hold it back for a while.
        """
        with self._write():
            self._conn.execute("PRAGMA secure_delete = ON")
            self._conn.execute("DELETE FROM posture_checks")
            deleted = self._conn.execute("DELETE FROM events").rowcount
        self._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        return deleted

    def save_state(self, state: RuntimeState) -> None:
        """Store the runtime state on its own (no event goes with it)."""
        with self._write():
            self._store_state(state)

    def _store_state(self, state: RuntimeState) -> None:
        self._conn.execute(
            "INSERT INTO runtime_state (key, value) VALUES ('state', ?)"
            " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            (json.dumps(state.to_dict()),),
        )

    def set_flag(self, name: str, value: str) -> None:
        """Store a small named value of the runtime kind (e.g. when the welcome was seen).

        Flags live next to the runtime state, in the data dir, never in the settings file.
        """
        with self._write():
            self._conn.execute(
                "INSERT INTO runtime_state (key, value) VALUES (?, ?)"
                " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                (_FLAG_PREFIX + name, value),
            )

    # --- reads --------------------------------------------------------------------------

    def flag(self, name: str) -> str | None:
        """The value stored by ``set_flag(name, ...)``, or None if there is none."""
        row = self._conn.execute(
            "SELECT value FROM runtime_state WHERE key = ?", (_FLAG_PREFIX + name,)
        ).fetchone()
        return None if row is None else str(row[0])

    def load_state(self) -> RuntimeState:
        """The stored runtime state; an empty one when there is none or it cannot be read.

        An unreadable state only costs the user their snoozes and pause, which is better
        than refusing to start.
        """
        try:
            row = self._conn.execute(
                "SELECT value FROM runtime_state WHERE key = 'state'"
            ).fetchone()
            data = json.loads(row[0]) if row is not None else None
        except (sqlite3.Error, ValueError, TypeError):
            return RuntimeState()
        return RuntimeState.from_dict(data) if isinstance(data, dict) else RuntimeState()

    def today_counts(self, now: datetime) -> dict[str, dict[str, int]]:
        """habit -> kind -> events on now's local date (every habit and kind, zeros included)."""
        counts = {habit: dict.fromkeys(EVENT_KINDS, 0) for habit in HABIT_IDS}
        rows = self._conn.execute(
            "SELECT habit, kind, count(*) FROM events WHERE day = ? GROUP BY habit, kind",
            (_today(now).isoformat(),),
        )
        for habit, kind, count in rows:
            if habit in counts:
                counts[habit][kind] = count
        return counts

    def adherence(self, habit_id: str, days: int, now: datetime) -> float | None:
        """done / (done + skipped + missed) over the last ``days`` local days, today included.

        Only outcomes count: a reminder that fired or was snoozed has not been answered yet,
        so counting it would punish a reminder that is still open. A ``done`` the user logged
        without a reminder still counts, because the habit was kept. None when there were no
        outcomes at all (nothing to judge, which is not the same as 0 %).
        """
        _check_habit(habit_id)
        if days < 1:
            raise ValueError(f"days must be at least 1, got {days}")
        today = _today(now)
        first = today - timedelta(days=days - 1)
        rows = self._conn.execute(
            "SELECT kind, count(*) FROM events WHERE habit = ?"
            " AND kind IN ('done', 'skipped', 'missed') AND day BETWEEN ? AND ? GROUP BY kind",
            (habit_id, first.isoformat(), today.isoformat()),
        )
        return adherence_ratio(dict(rows.fetchall()))

    def daily_counts(self, first: date, last: date) -> dict[tuple[date, str], dict[str, int]]:
        """(local day, habit) -> kind -> count, for the days ``first..last`` (both included).

        One grouped query answered from the (day, habit, kind) index alone, so its cost grows
        with the days asked for, not with the size of the log. Days, habits and kinds without
        events are absent (the caller knows which ones it wants to show).
        """
        rows = self._conn.execute(
            "SELECT day, habit, kind, count(*) FROM events WHERE day BETWEEN ? AND ?"
            " GROUP BY day, habit, kind",
            (first.isoformat(), last.isoformat()),
        )
        counts: dict[tuple[date, str], dict[str, int]] = {}
        for day, habit, kind, count in rows:
            counts.setdefault((date.fromisoformat(day), habit), {})[kind] = count
        return counts

    def posture_misses(self, days: int, now: datetime) -> list[tuple[str, int, int]]:
        """(item, missed, total) per posture checklist item over the last ``days`` local days.

        Today is included; most often missed first (ties by item id), items never missed
        included with 0, so a caller can also show what went right. Empty without checks.
        """
        if days < 1:
            raise ValueError(f"days must be at least 1, got {days}")
        today = _today(now)
        rows = self._conn.execute(
            "SELECT item, sum(ok = 0), count(*) FROM posture_checks"
            " WHERE day BETWEEN ? AND ? GROUP BY item ORDER BY 2 DESC, item",
            ((today - timedelta(days=days - 1)).isoformat(), today.isoformat()),
        )
        return [(str(item), int(missed), int(total)) for item, missed, total in rows]

    def current_streak(self, habit_id: str, now: datetime) -> int:
        """Consecutive local days with a ``done``, ending today, or yesterday while today has none.

        Today is not over, so a streak that reached yesterday is still alive this morning.
        """
        _check_habit(habit_id)
        today = _today(now)
        expected: date | None = None
        streak = 0
        for day in self._done_days(_DONE_DAYS_NEWEST_FIRST, habit_id, today):
            if expected is None:
                if day < today - timedelta(days=1):
                    return 0
            elif day != expected:
                break
            streak += 1
            expected = day - timedelta(days=1)
        return streak

    def best_streak(self, habit_id: str) -> int:
        """The longest run of consecutive local days with a ``done`` ever logged."""
        _check_habit(habit_id)
        best = run = 0
        previous: date | None = None
        for day in self._done_days(_DONE_DAYS_OLDEST_FIRST, habit_id, date.max):
            run = run + 1 if previous == day - timedelta(days=1) else 1
            best = max(best, run)
            previous = day
        return best

    def _done_days(self, query: str, habit_id: str, until: date) -> Iterator[date]:
        """Distinct days up to ``until`` with a ``done`` for the habit, in the query's order."""
        rows = self._conn.execute(query, (habit_id, until.isoformat()))
        return (date.fromisoformat(day) for (day,) in rows)

    def water_today(self, now: datetime) -> int:
        """Millilitres of water logged on now's local date."""
        row = self._conn.execute(
            "SELECT coalesce(sum(amount_ml), 0) FROM events"
            " WHERE habit = ? AND kind = 'water' AND day = ?",
            (WATER_HABIT, _today(now).isoformat()),
        ).fetchone()
        return int(row[0])

    def water_progress(self, now: datetime, goal_ml: int) -> WaterProgress:
        """Today's water against ``goal_ml`` (which must be positive)."""
        if goal_ml < 1:
            raise ValueError(f"the water goal must be positive, got {goal_ml}")
        return WaterProgress(self.water_today(now), goal_ml)

    def daily_water(self, first: date, last: date) -> dict[date, int]:
        """Local day -> millilitres drunk, for the days ``first..last`` that have any."""
        rows = self._conn.execute(
            "SELECT day, sum(amount_ml) FROM events"
            " WHERE habit = ? AND kind = 'water' AND day BETWEEN ? AND ? GROUP BY day",
            (WATER_HABIT, first.isoformat(), last.isoformat()),
        )
        return {date.fromisoformat(day): int(total) for day, total in rows}

    def events_between(self, start: datetime, end: datetime) -> list[Event]:
        """Events with ``start <= at < end`` (real instants, not local days), oldest first."""
        # Not injectable: _EVENT_COLUMNS is a constant of this module.
        rows = self._conn.execute(
            f"SELECT {_EVENT_COLUMNS} FROM events"  # noqa: S608  # nosec B608
            " WHERE at_utc >= ? AND at_utc < ? ORDER BY at_utc, id",
            (_to_seconds(start), _to_seconds(end)),
        )
        return [_event_from_row(row) for row in rows]

    def all_events(self) -> list[Event]:
        """Every event, oldest first (for export)."""
        # Not injectable: _EVENT_COLUMNS is a constant of this module.
        rows = self._conn.execute(
            f"SELECT {_EVENT_COLUMNS} FROM events ORDER BY at_utc, id"  # noqa: S608  # nosec B608
        )
        return [_event_from_row(row) for row in rows]


def adherence_ratio(counts: Mapping[str, int]) -> float | None:
    """done / (done + skipped + missed) from kind -> count; None when there is no outcome.

    The one definition of adherence, shared by :meth:`History.adherence` and the statistics
    that compute it from counts they already have.
    """
    total = sum(counts.get(kind, 0) for kind in OUTCOME_KINDS)
    return counts.get("done", 0) / total if total else None


def _connect_read_only(path: Path) -> sqlite3.Connection:
    """A connection that cannot write ``path``; HistoryError when it cannot be opened."""
    try:
        return sqlite3.connect(
            f"{path.absolute().as_uri()}?mode=ro",
            uri=True,
            timeout=_BUSY_TIMEOUT_S,
            isolation_level=None,
        )
    except sqlite3.Error as exc:
        # sqlite's own reason is English: it has no translations.
        message = Message("could not open {file}: {reason}", file=str(path), reason=str(exc))
        raise HistoryError(message) from exc


def _write_failed(path: Path, error: sqlite3.Error) -> HistoryError:
    message = Message("could not write to {file}: {reason}", file=str(path), reason=str(error))
    return HistoryError(message)


def _event_from_row(row: tuple[float, int, str, str, str, str, int | None]) -> Event:
    """An Event from an ``events_between`` row, in the offset that was local at the time."""
    at_utc, utc_offset, day, habit, kind, detail, amount_ml = row
    at = (_EPOCH + round(at_utc * 1_000_000) * _ONE_US).astimezone(_zone(utc_offset))
    return Event(at, date.fromisoformat(day), habit, kind, detail, amount_ml)


@lru_cache(maxsize=64)
def _zone(utc_offset: int) -> timezone:
    """The fixed zone of an offset in seconds; cached, since a log holds only a few offsets and
    building one per row was half the cost of reading a whole log for export."""
    return timezone(timedelta(seconds=utc_offset))


def _create_private_file(path: Path) -> None:
    """Create the database file (and its folder) readable by the user only, if missing.

    sqlite gives the -wal and -shm files the mode of the database file, so this also keeps
    them private; an existing file is not touched here (it may not even be ours).
    """
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    os.close(os.open(path, os.O_CREAT | os.O_WRONLY, _FILE_MODE))


def _chmod_private(path: Path) -> None:
    """Make an existing file of ours private (files created by an older version, or a lax umask)."""
    with suppress(FileNotFoundError):
        os.chmod(path, _FILE_MODE)


def _check_habit(habit_id: str) -> None:
    if habit_id not in HABIT_IDS:
        raise ValueError(f"unknown habit {habit_id!r}")


def _utc_offset(at: datetime) -> timedelta:
    """The offset of an aware datetime; ValueError for a naive one (its day would be a guess)."""
    offset = at.utcoffset()
    if offset is None:
        raise ValueError(f"an aware datetime is needed, got {at!r}")
    return offset


def _today(now: datetime) -> date:
    _utc_offset(now)
    return now.date()


def _time_columns(at: datetime) -> tuple[float, int, str]:
    """(at_utc, utc_offset, day) as stored for an aware moment; ValueError for a naive one."""
    offset = _utc_offset(at)
    return _to_seconds(at), int(offset.total_seconds()), at.date().isoformat()


def _to_seconds(at: datetime) -> float:
    """Unix seconds as stored in ``at_utc`` (exact to the microsecond when read back)."""
    _utc_offset(at)
    return ((at - _EPOCH) // _ONE_US) / 1_000_000
