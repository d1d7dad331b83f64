"""Reading and writing ``settings.toml`` without ever losing what the user wrote.

Loading never raises: a bad value is reported by its dotted key and replaced by its default in
memory only; a file that cannot be read at all is first copied aside byte for byte; a file from
a newer spasmguard is used as far as it is understood and never overwritten. Saving re-reads
the file and edits it in place with tomlkit, so comments, key order and unknown keys survive,
and it writes nothing when nothing changed.
"""

from __future__ import annotations

import errno
import tomllib
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from types import MappingProxyType
from typing import TYPE_CHECKING, Any

from spasmguard.core.clock import Clock
from spasmguard.core.files import WriteError, write_atomic, write_new
from spasmguard.core.habits import HABIT_IDS
from spasmguard.core.messages import Message
from spasmguard.settings.model import Settings
from spasmguard.settings.schema import (
    CURRENT_SCHEMA_VERSION,
    OPTIONS,
    SCHEMA_VERSION_KEY,
    SECTIONS,
    InvalidValue,
    Option,
    Value,
    allowed,
    option,
    show,
    toml_value,
)

if TYPE_CHECKING:
    from tomlkit.container import Container

__all__ = [
    "MIGRATIONS",
    "LoadResult",
    "Migration",
    "Problem",
    "SettingsError",
    "check_settings",
    "load_settings",
    "render_fresh",
    "save_settings",
    "schema_version_for",
]

Migration = Callable[[dict[str, Any]], dict[str, Any]]
"""Turns the file's data of version N into version N + 1 (it may edit in place and return it)."""

MIGRATIONS: Mapping[int, Migration] = MappingProxyType({})
"""``{from_version: migration}``; the current schema version is ``1 + len(MIGRATIONS)``."""

_TABLES = frozenset(
    ".".join(section.split(".")[: depth + 1])
    for section in SECTIONS
    for depth in range(section.count(".") + 1)
)
_OPTION_KEYS = frozenset(item.key for item in OPTIONS)
_MAX_COPIES = 1000


class SettingsError(OSError):
    """The settings could not be saved; ``str()`` is one plain sentence for the user.

    It is an OSError so that callers handling "the disk said no" catch it too, and it keeps the
    errno of the failure it wraps (if the disk said no: a WriteError).
    """

    def __str__(self) -> str:
        return self.strerror or super().__str__()


@dataclass(frozen=True)
class Problem:
    """One bad entry of the file; ``key`` is dotted (``""`` for the file as a whole)."""

    key: str
    message: str


@dataclass(frozen=True)
class LoadResult:
    """What ``load_settings`` found.

    settings: always usable (defaults wherever the file had nothing usable).
    read_only: the file must not be overwritten (it is from a newer spasmguard, or it could not
        be upgraded); ``save_settings`` refuses.
    notice: one plain sentence for the user when the file as a whole had a problem.
    corrupt_copy: where an unreadable file was copied before defaults were used.
    """

    settings: Settings
    problems: list[Problem] = field(default_factory=list)
    read_only: bool = False
    notice: str | None = None
    corrupt_copy: Path | None = None


class _Unreadable(Exception):
    """The file exists but is not a TOML document; ``raw`` is None if its bytes were unreadable."""

    def __init__(self, reason: str, raw: bytes | None) -> None:
        super().__init__(reason)
        self.reason = reason
        self.raw = raw


@dataclass(frozen=True)
class _Reading:
    """The validated content of a parsed file."""

    values: dict[str, Value]
    problems: list[Problem]
    read_only: bool = False
    notice: str | None = None


def schema_version_for(migrations: Mapping[int, Migration]) -> int:
    """The schema version a registry upgrades to; ValueError unless it is 1, 2, ... without gaps."""
    if sorted(migrations) != list(range(1, len(migrations) + 1)):
        raise ValueError(f"migrations must start at version 1 without gaps: {sorted(migrations)}")
    return 1 + len(migrations)


def load_settings(
    path: Path,
    *,
    migrations: Mapping[int, Migration] = MIGRATIONS,
    recover: bool = True,
    clock: Clock | None = None,
) -> LoadResult:
    """Read, upgrade and validate the settings file; never raises for anything in or about it.

    recover=False skips copying an unreadable file aside (for read-only callers).
    clock only names the copy (``settings.toml.corrupt-YYYYmmdd-HHMMSS``).
    """
    try:
        data = _read_document(path)
    except FileNotFoundError:
        return LoadResult(Settings.defaults())
    except _Unreadable as bad:
        return _unreadable_result(path, bad, recover, clock)
    reading = _interpret(data, migrations, path.name)
    return LoadResult(
        Settings.from_values(reading.values), reading.problems, reading.read_only, reading.notice
    )


def check_settings(
    path: Path, *, migrations: Mapping[int, Migration] = MIGRATIONS
) -> list[Problem]:
    """Every problem of the file, for ``spasmguard config check``; reads only, copies nothing."""
    result = load_settings(path, migrations=migrations, recover=False)
    if result.notice is None:
        return result.problems
    key = SCHEMA_VERSION_KEY if result.read_only else ""
    return [Problem(key, result.notice), *result.problems]


def _read_document(path: Path) -> dict[str, Any]:
    """The parsed file. FileNotFoundError if it is missing, _Unreadable for anything else."""
    return _parse(_read_bytes(path))


def _read_bytes(path: Path) -> bytes:
    """The file's bytes. FileNotFoundError if it is missing, _Unreadable for other OS errors."""
    try:
        # open(), not Path.read_bytes(): as root, tests can only simulate EACCES by patching it.
        with open(path, "rb") as stream:
            return stream.read()
    except FileNotFoundError:
        raise
    except OSError as error:
        raise _Unreadable(_os_reason(error), None) from error


def _parse(raw: bytes) -> dict[str, Any]:
    """TOML bytes to a dict, or _Unreadable saying in plain words why not."""
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        reason = Message("not UTF-8 text: byte {byte} is invalid", byte=error.start)
        raise _Unreadable(reason, raw) from error
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        # tomllib's own explanation (line and column) is English: it has no translations.
        raise _Unreadable(Message("not valid TOML: {error}", error=str(error)), raw) from error
    except RecursionError as error:
        raise _Unreadable(Message("not valid TOML: nested too deeply"), raw) from error


def _os_reason(error: OSError) -> str:
    if isinstance(error, IsADirectoryError):
        return Message("it is a folder, not a file")
    if isinstance(error, PermissionError):
        return Message("permission denied")
    return (error.strerror or str(error)).lower()


def _unreadable_result(
    path: Path, bad: _Unreadable, recover: bool, clock: Clock | None
) -> LoadResult:
    """Defaults, plus a copy of the unreadable bytes when they could be read and recover is on."""
    head = Message("{file} could not be read ({reason})", file=path.name, reason=bad.reason)
    if bad.raw is None or not recover:
        notice = Message("{problem}; defaults are in use.", problem=head)
        return LoadResult(Settings.defaults(), notice=notice)
    try:
        copy = _copy_aside(path, bad.raw, clock)
    except OSError as error:
        reason = (
            error.strerror
            if isinstance(error, WriteError)
            else Message("{reason}.", reason=_os_reason(error))
        )
        notice = Message(
            "{problem} and could not be copied aside. {reason} Defaults are in use and the file "
            "will not be overwritten.",
            problem=head,
            reason=reason,
        )
        return LoadResult(Settings.defaults(), notice=notice)
    notice = Message(
        "{problem}; a copy was saved as {copy} and defaults are in use.",
        problem=head,
        copy=copy.name,
    )
    return LoadResult(Settings.defaults(), notice=notice, corrupt_copy=copy)


def _copy_aside(path: Path, raw: bytes, clock: Clock | None) -> Path:
    """Keep the unreadable bytes next to the file; an identical earlier copy is reused.

    Reusing keeps one copy per distinct broken content instead of one per app start.
    """
    for existing in sorted(path.parent.glob(f"{path.name}.corrupt-*")):
        if _same_bytes(existing, raw):
            return existing
    now = clock.now() if clock is not None else datetime.now()
    base = f"{path.name}.corrupt-{now:%Y%m%d-%H%M%S}"
    for attempt in range(1, _MAX_COPIES + 1):
        copy = path.with_name(base if attempt == 1 else f"{base}-{attempt}")
        try:
            write_new(copy, raw)
        except FileExistsError:
            continue
        return copy
    raise FileExistsError(f"too many copies named {base}")


def _same_bytes(path: Path, raw: bytes) -> bool:
    try:
        return path.stat().st_size == len(raw) and path.read_bytes() == raw
    except OSError:
        return False


def _interpret(data: dict[str, Any], migrations: Mapping[int, Migration], name: str) -> _Reading:
    """Version check, upgrade and validation of a parsed file."""
    target = schema_version_for(migrations)
    version, version_problems = _version_of(data)
    if version > target:
        values, problems = _validate(data, report_unknown=False)
        notice = Message(
            "{file} was written by a newer spasmguard (settings version {version}, this one "
            "knows {target}); the settings it understands are used and the file is left unchanged.",
            file=name,
            version=version,
            target=target,
        )
        return _Reading(values, version_problems + problems, read_only=True, notice=notice)
    try:
        data = _migrate(data, version, migrations)
    except Exception as error:  # a migration tripping over an odd file must not stop the app
        notice = Message(
            "{file} could not be upgraded from settings version {version} ({error}); "
            "defaults are in use and the file is left unchanged.",
            file=name,
            version=version,
            error=error,
        )
        return _Reading({}, version_problems, read_only=True, notice=notice)
    values, problems = _validate(data, report_unknown=True)
    return _Reading(values, version_problems + problems)


def _version_of(data: Mapping[str, Any]) -> tuple[int, list[Problem]]:
    """The file's schema version; a missing one means 1 (a hand-written file)."""
    raw = data.get(SCHEMA_VERSION_KEY, 1)
    if isinstance(raw, int) and not isinstance(raw, bool) and raw >= 1:
        return raw, []
    message = Message(
        "must be a whole number of 1 or more, got {value}; 1 is assumed", value=show(raw)
    )
    return 1, [Problem(SCHEMA_VERSION_KEY, message)]


def _migrate(data: dict[str, Any], version: int, migrations: Mapping[int, Migration]) -> Any:
    """Apply the registry's steps from ``version`` up to the current version, in order."""
    for step in range(version, schema_version_for(migrations)):
        data = migrations[step](data)
    return data


def _validate(
    data: Mapping[str, Any], *, report_unknown: bool
) -> tuple[dict[str, Value], list[Problem]]:
    """Valid values by dotted key, and one Problem per bad, misplaced or unknown key."""
    values: dict[str, Value] = {}
    problems: list[Problem] = []
    for key, raw in _entries(data, ""):
        if key in _TABLES:
            problems.append(Problem(key, Message("must be a table, got {value}", value=show(raw))))
        elif key in _OPTION_KEYS:
            try:
                values[key] = option(key).coerce(raw)
            except InvalidValue as error:
                problems.append(Problem(key, error.message))
        elif report_unknown and key != SCHEMA_VERSION_KEY:
            problems.append(Problem(key, _unknown_message(key)))
    return values, problems


def _entries(table: Mapping[str, Any], prefix: str) -> Iterator[tuple[str, Any]]:
    """(dotted key, value) of every entry, descending only into tables the schema has."""
    for name, raw in table.items():
        key = prefix + name
        if key in _TABLES and isinstance(raw, dict):
            yield from _entries(raw, key + ".")
        else:
            yield key, raw


def _unknown_message(key: str) -> Message:
    if key.startswith("habits.") and key.count(".") == 1:
        return Message("is not a habit (known habits: {habits})", habits=", ".join(HABIT_IDS))
    return Message("is not a setting spasmguard knows (misspelt or misplaced?)")


# --- saving ---------------------------------------------------------------------------------


def save_settings(
    path: Path,
    settings: Settings,
    previous: LoadResult | None = None,
    *,
    migrations: Mapping[int, Migration] = MIGRATIONS,
) -> bool:
    """Write ``settings`` to ``path`` if that changes the file; True if something was written.

    With ``previous`` (the load the settings were edited from) only the options changed since
    that load are written, so edits made to the file in the meantime by hand are kept. Raises
    SettingsError (one plain sentence) if the file must not or could not be written.
    """
    if previous is not None and previous.read_only:
        raise SettingsError(
            errno.EPERM,
            Message(
                "{file} is from a newer spasmguard or could not be upgraded, so it is left "
                "unchanged.",
                file=path.name,
            ),
        )
    old_text = _replaceable_text(path, previous)
    if old_text is None:
        new_text = render_fresh(settings)
    else:
        changed = _changed_keys(settings, previous)
        new_text = _updated_text(path.name, old_text, settings, changed, migrations)
    if new_text == old_text:
        return False
    # A settings file symlinked from a dotfiles repository stays a symlink: replace its target.
    try:
        write_atomic(path.resolve(), new_text.encode("utf-8"))
    except WriteError as error:
        raise SettingsError(error.errno, error.strerror) from error
    return True


def _replaceable_text(path: Path, previous: LoadResult | None) -> str | None:
    """The current file's text to edit, or None when a fresh file may be written.

    A file that cannot be parsed may only be replaced once its bytes are safe in a copy.
    """
    try:
        raw = _read_bytes(path)
        _parse(raw)
    except FileNotFoundError:
        return None
    except _Unreadable as bad:
        copy = previous.corrupt_copy if previous is not None else None
        if bad.raw is not None and copy is not None and _same_bytes(copy, bad.raw):
            return None
        message = Message(
            "Could not save {file}: it could not be read ({reason}) and has not been copied "
            "aside, so it is left unchanged.",
            file=path.name,
            reason=bad.reason,
        )
        raise SettingsError(errno.EIO, message) from bad
    return raw.decode("utf-8")


def _changed_keys(settings: Settings, previous: LoadResult | None) -> list[str]:
    if previous is None:
        return [item.key for item in OPTIONS]
    return [
        item.key
        for item in OPTIONS
        if settings.value(item.key) != previous.settings.value(item.key)
    ]


def _updated_text(
    name: str,
    old_text: str,
    settings: Settings,
    changed: list[str],
    migrations: Mapping[int, Migration],
) -> str:
    """The file's text with the changed options set; comments and unknown keys are kept."""
    import tomlkit  # noqa: PLC0415 - only saving needs it; start-up stays light

    target = schema_version_for(migrations)
    try:
        document = tomlkit.parse(old_text)
        version, _ = _version_of(document.unwrap())
        if version < target:
            document = _migrated_document(document, version, migrations)
    except Exception as error:  # tomlkit stricter than tomllib, or a migration failing
        message = Message(
            "Could not save {file}: it could not be updated ({error}).", file=name, error=str(error)
        )
        raise SettingsError(errno.EIO, message) from error
    if version > target:
        message = Message("{file} is from a newer spasmguard, so it is left unchanged.", file=name)
        raise SettingsError(errno.EPERM, message)
    values, problems = _validate(document.unwrap(), report_unknown=False)
    bad = {problem.key for problem in problems}
    for key in changed:
        item = option(key)
        new = settings.value(key)
        on_disk = values.get(key, item.default)
        if key in bad or new != on_disk:
            _set(document, item, new)
    return tomlkit.dumps(document)


def _migrated_document(document: Any, version: int, migrations: Mapping[int, Migration]) -> Any:
    """The document upgraded to the current version (comments survive in-place migrations)."""
    import tomlkit  # noqa: PLC0415

    migrated = _migrate(document, version, migrations)
    if not isinstance(migrated, tomlkit.TOMLDocument):
        fresh = tomlkit.document()
        fresh.update(migrated)
        migrated = fresh
    migrated[SCHEMA_VERSION_KEY] = schema_version_for(migrations)
    return migrated


def _set(document: Container, item: Option, value: Value) -> None:
    """Set (or, for "inherit", remove) one option in a tomlkit document, creating its tables."""
    import tomlkit  # noqa: PLC0415

    table: Any = document
    parts = item.section.split(".")
    for depth, part in enumerate(parts):
        if not isinstance(table.get(part), dict):
            table[part] = tomlkit.table(is_super_table=depth < len(parts) - 1)
        table = table[part]
    if value is None:
        table.pop(item.name, None)
    else:
        table[item.name] = toml_value(value)


def render_fresh(settings: Settings) -> str:
    """A complete settings file: every option, each under a comment with its help text.

    Overrides that inherit the general value are written as commented-out examples.
    """
    import tomlkit  # noqa: PLC0415

    lines = [
        '# spasmguard settings. Times are "HH:MM"; days are mon, tue, wed, thu, fri, sat, sun.',
        "# A habit's work_start, work_end and work_days, when present, replace the general ones.",
        f"{SCHEMA_VERSION_KEY} = {CURRENT_SCHEMA_VERSION}",
    ]
    for section in SECTIONS:
        lines += ["", f"[{section}]"]
        for item in (entry for entry in OPTIONS if entry.section == section):
            value = settings.value(item.key)
            lines.append(f"# {item.help}{allowed(item)}")
            if value is None and item.inherits is not None:
                example = toml_value(settings.value(item.inherits))
                lines.append(f"# {item.name} = {tomlkit.item(example).as_string()}")
            else:
                lines.append(f"{item.name} = {tomlkit.item(toml_value(value)).as_string()}")
    return "\n".join(lines) + "\n"
