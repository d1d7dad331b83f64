"""Where files live: platform defaults, environment overrides, and nothing created on lookup."""

from __future__ import annotations

import sys
from pathlib import Path

import platformdirs
import pytest

from spasmguard.settings import paths

ALL = (
    paths.config_dir,
    paths.data_dir,
    paths.log_dir,
    paths.runtime_dir,
    paths.settings_file,
    paths.history_file,
)


@pytest.fixture
def no_overrides(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SPASMGUARD_CONFIG_DIR", raising=False)
    monkeypatch.delenv("SPASMGUARD_DATA_DIR", raising=False)


def test_overrides_move_every_location(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SPASMGUARD_CONFIG_DIR", str(tmp_path / "cfg"))
    monkeypatch.setenv("SPASMGUARD_DATA_DIR", str(tmp_path / "data"))
    assert paths.config_dir() == tmp_path / "cfg"
    assert paths.settings_file() == tmp_path / "cfg" / "settings.toml"
    assert paths.data_dir() == tmp_path / "data"
    assert paths.history_file() == tmp_path / "data" / "history.sqlite3"
    assert paths.log_dir() == tmp_path / "data" / "logs"
    assert paths.runtime_dir() == tmp_path / "data" / "run"
    assert list(tmp_path.iterdir()) == []  # looking up never creates anything


def test_environment_is_read_on_every_call(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SPASMGUARD_CONFIG_DIR", str(tmp_path / "one"))
    assert paths.settings_file().parent == tmp_path / "one"
    monkeypatch.setenv("SPASMGUARD_CONFIG_DIR", str(tmp_path / "two"))
    assert paths.settings_file().parent == tmp_path / "two"


def test_relative_override_becomes_absolute(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("SPASMGUARD_DATA_DIR", "rel")
    assert paths.data_dir() == tmp_path / "rel"
    assert paths.data_dir().is_absolute()


@pytest.mark.usefixtures("no_overrides")
def test_config_override_leaves_data_locations_alone(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SPASMGUARD_CONFIG_DIR", str(tmp_path))
    assert not paths.data_dir().is_relative_to(tmp_path)
    assert not paths.log_dir().is_relative_to(tmp_path)


@pytest.mark.usefixtures("no_overrides")
@pytest.mark.skipif(sys.platform != "linux", reason="XDG variables are a Linux convention")
def test_linux_defaults_follow_xdg(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xc"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xd"))
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "xs"))
    assert paths.settings_file() == tmp_path / "xc" / "spasmguard" / "settings.toml"
    assert paths.history_file() == tmp_path / "xd" / "spasmguard" / "history.sqlite3"
    assert paths.log_dir().is_relative_to(tmp_path / "xs" / "spasmguard")
    assert not (tmp_path / "xc").exists()


@pytest.mark.usefixtures("no_overrides")
def test_empty_override_counts_as_unset(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SPASMGUARD_CONFIG_DIR", "")
    assert paths.config_dir() == platformdirs.user_config_path("spasmguard", appauthor=False)
    assert paths.config_dir().is_absolute()


@pytest.mark.usefixtures("no_overrides")
def test_runtime_dir_without_xdg_runtime_dir_does_not_warn(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv("XDG_RUNTIME_DIR", raising=False)
    found = paths.runtime_dir()  # pytest turns any warning into an error
    assert found.is_absolute()
    assert "spasmguard" in found.parts


@pytest.mark.usefixtures("no_overrides")
def test_runtime_dir_falls_back_to_the_data_dir_when_nothing_safe_exists(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def unsafe(*args: object, **kwargs: object) -> Path:
        raise PermissionError("runtime directory is owned by another user")

    monkeypatch.setattr(platformdirs, "user_runtime_path", unsafe)
    assert paths.runtime_dir() == paths.data_dir() / "run"


@pytest.mark.parametrize("lookup", ALL, ids=lambda lookup: lookup.__name__)
def test_every_location_is_an_absolute_path(lookup: object) -> None:
    assert callable(lookup)
    found = lookup()
    assert isinstance(found, Path)
    assert found.is_absolute()
