"""Loading, checking and saving settings.toml: bad values, broken and newer files, atomic saves."""

from __future__ import annotations

import builtins
import errno
import os
import tempfile
import tomllib
from datetime import datetime, time
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
import tomlkit
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from spasmguard.core.clock import FakeClock
from spasmguard.settings.model import Settings
from spasmguard.settings.schema import OPTIONS, Kind, Option
from spasmguard.settings.store import (
    LoadResult,
    Problem,
    SettingsError,
    check_settings,
    load_settings,
    save_settings,
)

DEFAULTS = Settings.defaults()


@pytest.fixture
def path(tmp_path: Path) -> Path:
    return tmp_path / "config" / "settings.toml"


def write(path: Path, data: bytes | str) -> bytes:
    path.parent.mkdir(parents=True, exist_ok=True)
    raw = data.encode() if isinstance(data, str) else data
    path.write_bytes(raw)
    return raw


def folder_names(folder: Path) -> set[str]:
    return {entry.name for entry in folder.iterdir()}


# --- loading ---------------------------------------------------------------------------------


def test_missing_file_gives_defaults_and_writes_nothing(path: Path) -> None:
    result = load_settings(path)
    assert result == LoadResult(DEFAULTS)
    assert not path.parent.exists()


def test_empty_file_is_valid_and_means_defaults(path: Path) -> None:
    write(path, b"")
    assert load_settings(path) == LoadResult(DEFAULTS)


def test_hand_written_file_without_schema_version_is_read(path: Path) -> None:
    write(
        path,
        "[general]\nwork_start = 08:15:00\nwork_days = ['Sat', 'MON', 'mon']\n"
        "[habits.stress]\ninterval_minutes = 120\nwork_end = '12:00'\n",
    )
    result = load_settings(path)
    assert result.problems == []
    assert result.settings.general.work_start == time(8, 15)
    assert result.settings.general.work_days == ("mon", "sat")
    assert result.settings.habit("stress").interval_minutes == 120
    assert result.settings.habit("stress").work_end == time(12, 0)
    assert result.settings.habit("stress").work_start is None
    assert result.settings.habit("posture") == DEFAULTS.habit("posture")


BAD_VALUES = [
    # (key, TOML line inside its table, words the message must contain)
    ("habits.posture.interval_minutes", "interval_minutes = 2", ["5 to 480", "got 2"]),
    ("habits.posture.interval_minutes", "interval_minutes = 30.0", ["whole number", "30.0"]),
    ("habits.posture.interval_minutes", "interval_minutes = true", ["whole number", "true"]),
    ("habits.posture.interval_minutes", 'interval_minutes = "30"', ["whole number", '"30"']),
    ("habits.posture.enabled", 'enabled = "yes"', ["true or false", '"yes"']),
    ("habits.posture.custom_prompt", "custom_prompt = 5", ["text", "got 5"]),
    ("habits.posture.custom_prompt", f'custom_prompt = "{"x" * 301}"', ["300", "301"]),
    ("habits.posture.work_start", 'work_start = "25:00"', ["time of day", '"25:00"']),
    ("habits.posture.work_start", "work_start = 09:00:30", ["time of day"]),
    ("habits.posture.work_days", "work_days = ['mon', 'funday']", ["day names", "funday"]),
    ("habits.posture.work_days", "work_days = []", ["at least one day"]),
    ("habits.posture.work_days", "work_days = 'mon'", ["list of day names"]),
    ("habits.posture.interval", "interval = 30", ["not a setting"]),
]


@pytest.mark.parametrize(("key", "line", "words"), BAD_VALUES)
def test_bad_value_is_reported_by_key_defaulted_and_file_untouched(
    path: Path, key: str, line: str, words: list[str]
) -> None:
    raw = write(path, f"schema_version = 1\n[habits.posture]\nwork_end = '12:00'\n{line}\n")
    result = load_settings(path)
    assert [problem.key for problem in result.problems] == [key]
    for word in words:
        assert word in result.problems[0].message
    if key != "habits.posture.interval":
        assert result.settings.value(key) == DEFAULTS.value(key)
    assert result.settings.habit("posture").work_end == time(12, 0)  # the good neighbour is kept
    assert result.notice is None
    assert path.read_bytes() == raw
    assert folder_names(path.parent) == {"settings.toml"}


@pytest.mark.parametrize(
    ("text", "key", "words"),
    [
        ("[general]\nsnooze_minutes = 121", "general.snooze_minutes", ["1 to 120", "121"]),
        ("[general]\nnotification_style = 'popup'", "general.notification_style", ['"popup"']),
        ("[general]\nlanguage = 'de'", "general.language", ['"en"', '"de"']),
        ("[general]\nwork_end = 1730", "general.work_end", ["time of day", "1730"]),
        ("general = 5", "general", ["must be a table"]),
        ("[habits]\nposture = 1", "habits.posture", ["must be a table"]),
        ("[habits.walking]\nenabled = true", "habits.walking", ["not a habit", "posture"]),
        ("colour = 'red'", "colour", ["not a setting"]),
        ("schema_version = 'one'", "schema_version", ["whole number", '"one"']),
    ],
)
def test_each_kind_of_mistake_is_named(path: Path, text: str, key: str, words: list[str]) -> None:
    write(path, text + "\n")
    result = load_settings(path)
    assert [problem.key for problem in result.problems] == [key]
    assert all(word in result.problems[0].message for word in words)
    assert result.settings == DEFAULTS
    assert check_settings(path) == result.problems


BROKEN_FILES = {
    "invalid TOML": b"[general\nsnooze_minutes = 10\n",
    "duplicate key": b"[general]\nglass_ml = 1\nglass_ml = 2\n",
    "invalid UTF-8": b"[general]\nlanguage = '\xff\xfe'\n",
    "binary with NULs": bytes(range(256)) * 4,
}


@pytest.mark.parametrize("raw", BROKEN_FILES.values(), ids=BROKEN_FILES.keys())
def test_unreadable_file_is_copied_aside_byte_for_byte(path: Path, raw: bytes) -> None:
    write(path, raw)
    clock = FakeClock(datetime(2026, 11, 25, 10, 45, tzinfo=ZoneInfo("Europe/Berlin")))
    result = load_settings(path, clock=clock)
    assert result.settings == DEFAULTS
    assert result.problems == []
    assert result.corrupt_copy == path.with_name("settings.toml.corrupt-20261125-104500")
    assert result.corrupt_copy.read_bytes() == raw
    assert path.read_bytes() == raw
    assert result.notice is not None
    assert result.notice.startswith("settings.toml could not be read (")
    assert "settings.toml.corrupt-20261125-104500" in result.notice
    assert "defaults are in use" in result.notice


def test_an_unreadable_file_is_copied_whole_when_the_disk_takes_it_in_pieces(
    path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    raw = write(path, BROKEN_FILES["binary with NULs"])
    real_write = os.write
    monkeypatch.setattr(os, "write", lambda fd, data: real_write(fd, bytes(data)[:100]))
    copy = load_settings(path).corrupt_copy
    assert copy is not None
    assert copy.read_bytes() == raw


def test_a_copy_that_cannot_be_written_is_explained_and_left_out(
    path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write(path, b"= broken")

    def disk_full(fd: int, data: Any) -> int:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(os, "write", disk_full)
    result = load_settings(path)
    assert result.corrupt_copy is None
    assert result.notice is not None
    assert "could not be copied aside. Could not write settings.toml.corrupt-" in result.notice
    assert "No space left on device." in result.notice
    assert folder_names(path.parent) == {"settings.toml"}


def test_invalid_toml_notice_says_where(path: Path) -> None:
    write(path, "[general]\nsnooze_minutes = 10\nwork_days = [mon]\n")
    notice = load_settings(path).notice
    assert notice is not None
    assert "not valid TOML" in notice
    assert "line 3" in notice


def test_same_broken_content_is_copied_once_and_a_new_one_gets_a_counter(path: Path) -> None:
    clock = FakeClock(datetime(2026, 1, 2, 3, 4, 5, tzinfo=ZoneInfo("UTC")))
    write(path, b"= broken")
    first = load_settings(path, clock=clock).corrupt_copy
    assert load_settings(path, clock=clock).corrupt_copy == first
    write(path, b"= broken differently")
    second = load_settings(path, clock=clock).corrupt_copy
    assert first is not None
    assert second == first.with_name(first.name + "-2")
    assert first.read_bytes() == b"= broken"
    assert second.read_bytes() == b"= broken differently"


def test_a_folder_in_place_of_the_file_is_left_alone(path: Path) -> None:
    path.mkdir(parents=True)
    (path / "keep.txt").write_text("mine")
    result = load_settings(path)
    assert result.settings == DEFAULTS
    assert result.corrupt_copy is None
    assert result.notice is not None
    assert "folder" in result.notice
    assert (path / "keep.txt").read_text() == "mine"
    assert folder_names(path.parent) == {"settings.toml"}
    with pytest.raises(SettingsError, match="left unchanged"):
        save_settings(path, DEFAULTS.with_value("general.glass_ml", 300), result)
    assert (path / "keep.txt").read_text() == "mine"


def deny_reading(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    """Make reading ``path`` fail with EACCES (chmod 000 does not stop root)."""
    if os.geteuid() != 0:
        path.chmod(0)
        return
    real_open = builtins.open

    def fake_open(file: Any, *args: Any, **kwargs: Any) -> Any:
        if Path(file) == path:
            raise PermissionError(errno.EACCES, "Permission denied", str(file))
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr(builtins, "open", fake_open)


def test_unreadable_for_permissions_gives_defaults_and_save_refuses(
    path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    raw = write(path, "[general]\nglass_ml = 300\n")
    deny_reading(monkeypatch, path)
    result = load_settings(path)
    assert result.settings == DEFAULTS
    assert result.notice is not None
    assert "permission denied" in result.notice
    assert check_settings(path)[0].key == ""
    with pytest.raises(SettingsError):
        save_settings(path, DEFAULTS.with_value("general.glass_ml", 400), result)
    monkeypatch.undo()
    path.chmod(0o600)
    assert path.read_bytes() == raw


def test_newer_file_is_used_read_only_and_never_overwritten(path: Path) -> None:
    raw = write(
        path,
        "schema_version = 7\n[general]\nsnooze_minutes = 15\nfuture_option = 1\n"
        "[habits.posture]\ninterval_minutes = 1000\n",
    )
    result = load_settings(path)
    assert result.read_only
    assert result.settings.general.snooze_minutes == 15
    assert result.settings.habit("posture").interval_minutes == 30
    assert [problem.key for problem in result.problems] == ["habits.posture.interval_minutes"]
    assert result.notice is not None
    assert "newer" in result.notice
    with pytest.raises(SettingsError, match="newer"):
        save_settings(path, result.settings.with_value("general.glass_ml", 500), result)
    assert path.read_bytes() == raw
    assert check_settings(path)[0].key == "schema_version"


def test_save_refuses_a_file_that_became_newer_after_loading(path: Path) -> None:
    result = load_settings(path)
    raw = write(path, "schema_version = 2\n")
    with pytest.raises(SettingsError, match="newer"):
        save_settings(path, DEFAULTS.with_value("general.glass_ml", 500), result)
    assert path.read_bytes() == raw


def test_check_settings_copies_nothing(path: Path) -> None:
    write(path, b"\x00\x01 not toml")
    problems = check_settings(path)
    assert len(problems) == 1
    assert problems[0].key == ""
    assert "could not be read" in problems[0].message
    assert folder_names(path.parent) == {"settings.toml"}


def test_check_settings_of_a_good_or_missing_file_is_empty(path: Path) -> None:
    assert check_settings(path) == []
    write(path, "[habits.hydration]\nenabled = false\n")
    assert check_settings(path) == []


# --- migrations ------------------------------------------------------------------------------


def test_migrations_run_in_order_from_the_file_version(path: Path) -> None:
    def v1_to_v2(data: dict[str, Any]) -> dict[str, Any]:
        data.setdefault("general", {})["snooze_minutes"] = data["general"].pop("snooze")
        return data

    def v2_to_v3(data: dict[str, Any]) -> dict[str, Any]:
        data["general"]["snooze_minutes"] *= 2  # only right if it runs after v1_to_v2
        return data

    chain = {1: v1_to_v2, 2: v2_to_v3}
    write(path, "# mine\n[general]\nsnooze = 7\n")
    result = load_settings(path, migrations=chain)
    assert result.problems == []
    assert result.settings.general.snooze_minutes == 14

    assert save_settings(path, result.settings, result, migrations=chain)
    saved = path.read_text()
    assert saved.startswith("# mine\n")
    assert tomllib.loads(saved) == {"schema_version": 3, "general": {"snooze_minutes": 14}}

    write(path, "schema_version = 2\n[general]\nsnooze_minutes = 5\n")
    assert load_settings(path, migrations=chain).settings.general.snooze_minutes == 10


def test_a_failing_migration_leaves_the_file_alone(path: Path) -> None:
    def broken(data: dict[str, Any]) -> dict[str, Any]:
        raise KeyError("snooze")

    raw = write(path, "[general]\nglass_ml = 300\n")
    result = load_settings(path, migrations={1: broken})
    assert result.read_only
    assert result.settings == DEFAULTS
    assert result.notice is not None
    assert "could not be upgraded" in result.notice
    with pytest.raises(SettingsError):
        save_settings(path, DEFAULTS, result)
    with pytest.raises(SettingsError, match="could not be updated"):
        save_settings(path, DEFAULTS, None, migrations={1: broken})
    assert path.read_bytes() == raw


# --- saving ----------------------------------------------------------------------------------


def changed_settings() -> Settings:
    return (
        DEFAULTS.with_value("general.work_start", time(7, 5))
        .with_value("general.work_days", ["sun", "wed"])
        .with_value("general.notification_style", "window")
        .with_value("habits.posture.interval_minutes", 25)
        .with_value("habits.stretch.enabled", False)
        .with_value("habits.stress.custom_prompt", 'Breathe "in"\nand out \\ ünïcode')
        .with_value("habits.hydration.work_end", time(23, 59))
        .with_value("habits.hydration.work_days", ("sat",))
    )


def test_round_trip_of_a_fresh_file(path: Path) -> None:
    wanted = changed_settings()
    assert save_settings(path, wanted, load_settings(path))
    assert load_settings(path) == LoadResult(wanted)
    assert path.stat().st_mode & 0o777 == 0o600
    assert path.parent.stat().st_mode & 0o777 == 0o700


def test_fresh_file_documents_every_option(path: Path) -> None:
    save_settings(path, DEFAULTS, None)
    text = path.read_text()
    for item in OPTIONS:
        assert f"# {item.help}" in text
    data = tomllib.loads(text)
    assert data["general"]["work_start"] == "09:00"
    assert "work_start" not in data["habits"]["posture"]  # inherit = absent
    assert '# work_start = "09:00"' in text


def test_save_keeps_comments_order_unknown_keys_and_default_values(path: Path) -> None:
    original = (
        "# my settings\n"
        "[habits.stretch]  # the important one\n"
        "interval_minutes = 45 # same as the default, but I wrote it\n"
        "enabled = true\n"
        "my_note = 'keep me'\n\n"
        "[general]\n"
        "snooze_minutes = 10  # snooze\n"
        "[plugins]\nx = 1\n"
    )
    write(path, original)
    before = load_settings(path)
    after = before.settings.with_value("general.snooze_minutes", 20)
    assert save_settings(path, after, before)
    assert path.read_text() == original.replace("snooze_minutes = 10", "snooze_minutes = 20")


def test_save_adds_missing_tables_and_removes_inherited_overrides(path: Path) -> None:
    write(path, "[habits.posture]\nwork_days = ['mon']\nenabled = false\n")
    before = load_settings(path)
    after = before.settings.with_value("habits.posture.work_days", None).with_value(
        "habits.stress.interval_minutes", 100
    )
    assert save_settings(path, after, before)
    data = tomllib.loads(path.read_text())
    assert data == {"habits": {"posture": {"enabled": False}, "stress": {"interval_minutes": 100}}}
    assert load_settings(path).settings == after


def test_nothing_changed_means_nothing_written(path: Path) -> None:
    save_settings(path, changed_settings(), None)
    before = path.stat()
    result = load_settings(path)
    assert save_settings(path, result.settings, result) is False
    assert save_settings(path, result.settings, None) is False
    after = path.stat()
    assert (after.st_ino, after.st_mtime_ns) == (before.st_ino, before.st_mtime_ns)


def test_a_symlinked_settings_file_stays_a_symlink(path: Path, tmp_path: Path) -> None:
    real = tmp_path / "dotfiles" / "spasmguard.toml"
    write(real, "# tracked in git\n[general]\nglass_ml = 300\n")
    path.parent.mkdir(parents=True)
    path.symlink_to(real)
    loaded = load_settings(path)
    assert save_settings(path, loaded.settings.with_value("general.glass_ml", 330), loaded)
    assert path.is_symlink()
    assert real.read_text() == "# tracked in git\n[general]\nglass_ml = 330\n"


def test_hand_edits_made_while_the_window_was_open_survive(path: Path) -> None:
    write(path, "[general]\nglass_ml = 300\n")
    loaded = load_settings(path)
    write(path, "[general]\nglass_ml = 300\nwater_goal_ml = 3000\n")  # edited by hand meanwhile
    assert save_settings(path, loaded.settings.with_value("general.glass_ml", 330), loaded)
    assert tomllib.loads(path.read_text()) == {"general": {"glass_ml": 330, "water_goal_ml": 3000}}


def test_bad_values_stay_in_the_file_unless_changed_in_the_window(path: Path) -> None:
    write(path, "[general]\nsnooze_minutes = 0\nglass_ml = 9\n")
    loaded = load_settings(path)
    assert save_settings(path, loaded.settings.with_value("general.glass_ml", 200), loaded)
    assert tomllib.loads(path.read_text()) == {"general": {"snooze_minutes": 0, "glass_ml": 200}}


def test_save_replaces_a_broken_file_only_after_it_was_copied_aside(path: Path) -> None:
    raw = write(path, b"[[[ not toml")
    with pytest.raises(SettingsError, match="copied aside"):
        save_settings(path, DEFAULTS, None)
    assert load_settings(path, recover=False).corrupt_copy is None
    with pytest.raises(SettingsError):
        save_settings(path, DEFAULTS, load_settings(path, recover=False))
    assert path.read_bytes() == raw

    loaded = load_settings(path)
    assert loaded.corrupt_copy is not None
    assert save_settings(path, loaded.settings, loaded)
    assert load_settings(path) == LoadResult(DEFAULTS)
    assert loaded.corrupt_copy.read_bytes() == raw


def test_save_refuses_when_the_file_broke_after_it_was_copied_aside(path: Path) -> None:
    write(path, b"[[[ not toml")
    loaded = load_settings(path)
    raw = write(path, b"[[[ broken in a new way")
    with pytest.raises(SettingsError):
        save_settings(path, DEFAULTS, loaded)
    assert path.read_bytes() == raw


# --- atomic writes ---------------------------------------------------------------------------


def test_a_failed_write_keeps_the_old_file_and_leaves_no_temp_file(
    path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write(path, "[general]\nglass_ml = 300\n")
    loaded = load_settings(path)
    raw = path.read_bytes()

    def disk_full(fd: int) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(os, "fsync", disk_full)
    with pytest.raises(SettingsError) as caught:
        save_settings(path, loaded.settings.with_value("general.glass_ml", 400), loaded)
    assert str(caught.value) == (
        "Could not save settings.toml: No space left on device. The previous file is unchanged."
    )
    assert caught.value.errno == errno.ENOSPC
    assert path.read_bytes() == raw
    assert folder_names(path.parent) == {"settings.toml"}


# --- never raises ----------------------------------------------------------------------------

_KEYS = st.sampled_from([item.name for item in OPTIONS] + ["schema_version", "general", "x"])
_SCALARS = st.one_of(
    st.booleans(),
    st.integers(min_value=-(2**63), max_value=2**63 - 1),
    st.floats(),
    st.text(max_size=20),
    st.times(),
    st.dates(),
    st.sampled_from(["09:00", "mon", "desktop", "en", "24:00", "9:7"]),
)
_VALUES = st.recursive(
    _SCALARS,
    lambda inner: (
        st.lists(inner, max_size=4)
        | st.dictionaries(st.one_of(_KEYS, st.text(max_size=8)), inner, max_size=4)
    ),
    max_leaves=12,
)
_TABLE = st.dictionaries(st.one_of(_KEYS, st.text(max_size=8)), _VALUES, max_size=6)
_DOCUMENTS = st.fixed_dictionaries(
    {},
    optional={
        "schema_version": _VALUES,
        "general": _TABLE,
        "habits": st.dictionaries(
            st.sampled_from(["posture", "hydration", "stretch", "stress", "walk"]), _TABLE
        ),
    },
).flatmap(lambda known: _TABLE.map(lambda extra: {**extra, **known}))


def load_in_fresh_folder(raw: bytes) -> tuple[LoadResult, bytes]:
    with tempfile.TemporaryDirectory() as folder:
        target = Path(folder) / "settings.toml"
        target.write_bytes(raw)
        result = load_settings(target)
        check_settings(target)
        return result, target.read_bytes()


def assert_usable(settings_value: Settings) -> None:
    for item in OPTIONS:
        value = settings_value.value(item.key)
        assert item.coerce(value) == value


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=300))
def test_load_never_raises_for_any_bytes(raw: bytes) -> None:
    result, after = load_in_fresh_folder(raw)
    assert after == raw
    assert_usable(result.settings)


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_DOCUMENTS)
def test_load_never_raises_for_any_toml_document(document: dict[str, Any]) -> None:
    raw = tomlkit.dumps(document).encode()
    result, after = load_in_fresh_folder(raw)
    assert after == raw
    assert_usable(result.settings)
    assert result.corrupt_copy is None
    assert all(isinstance(problem, Problem) and problem.message for problem in result.problems)


def _valid_value(item: Option) -> st.SearchStrategy[Any]:
    """Any value the option accepts, derived from the schema."""
    strategies: dict[Kind, st.SearchStrategy[Any]] = {
        Kind.BOOL: st.booleans(),
        Kind.INT: st.integers(item.minimum, item.maximum),
        Kind.TEXT: st.text(max_size=item.max_length or 0),
        Kind.CHOICE: st.sampled_from(item.choices),
        Kind.TIME: st.builds(time, st.integers(0, 23), st.integers(0, 59)),
        Kind.DAYS: st.lists(
            st.sampled_from(["mon", "tue", "wed", "thu", "fri", "sat", "sun"]), min_size=1
        ),
    }
    chosen = strategies[item.kind]
    return st.none() | chosen if item.inherits else chosen


def _apply(values: dict[str, Any]) -> Settings:
    result = DEFAULTS
    for key, value in values.items():
        result = result.with_value(key, value)
    return result


_SETTINGS = st.fixed_dictionaries({item.key: _valid_value(item) for item in OPTIONS}).map(_apply)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_SETTINGS, _SETTINGS)
def test_any_valid_settings_survive_save_and_load(first: Settings, second: Settings) -> None:
    with tempfile.TemporaryDirectory() as folder:
        target = Path(folder) / "settings.toml"
        save_settings(target, first, None)
        assert load_settings(target) == LoadResult(first)
        loaded = load_settings(target)
        assert save_settings(target, second, loaded) == (second != first)
        assert load_settings(target) == LoadResult(second)
