"""core.files: every byte written, or the old file kept and nothing left behind; one error type.

The disk is real (tmp_path); only ``os.write`` and ``os.fsync`` are replaced where a test needs
the disk to take data in pieces or to fill up, which a real file system will not do on demand.
"""

from __future__ import annotations

import errno
import os
from pathlib import Path
from typing import Any

import pytest

from spasmguard.core.files import WriteError, write_atomic, write_new


def folder_names(folder: Path) -> set[str]:
    return {entry.name for entry in folder.iterdir()}


def in_pieces(
    monkeypatch: pytest.MonkeyPatch, size: int, fail_after: int | None = None
) -> list[int]:
    """Make ``os.write`` take at most ``size`` bytes a call (as it may), failing with ENOSPC
    from call ``fail_after`` on; the lengths it was offered, in order."""
    real_write = os.write
    offered: list[int] = []

    def write(fd: int, data: Any) -> int:
        offered.append(len(data))
        if fail_after is not None and len(offered) > fail_after:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        return real_write(fd, bytes(data)[:size])

    monkeypatch.setattr(os, "write", write)
    return offered


def test_write_atomic_creates_the_folder_and_writes_all_bytes(tmp_path: Path) -> None:
    target = tmp_path / "a" / "b" / "file.bin"
    data = os.urandom(200_000)
    write_atomic(target, data)
    assert target.read_bytes() == data
    assert target.stat().st_mode & 0o777 == 0o600
    assert folder_names(target.parent) == {"file.bin"}


def test_write_atomic_writes_everything_a_disk_takes_in_pieces(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    offered = in_pieces(monkeypatch, size=4)
    write_atomic(tmp_path / "file.txt", b"0123456789")
    assert (tmp_path / "file.txt").read_bytes() == b"0123456789"
    assert offered == [10, 6, 2]


def test_a_failure_midway_keeps_the_old_file_and_leaves_no_temp_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "settings.toml"
    target.write_bytes(b"old")
    offered = in_pieces(monkeypatch, size=5, fail_after=1)
    with pytest.raises(WriteError) as caught:
        write_atomic(target, b"0123456789")
    assert str(caught.value) == (
        "Could not save settings.toml: No space left on device. The previous file is unchanged."
    )
    assert caught.value.errno == errno.ENOSPC
    assert caught.value.filename == str(target)
    assert offered == [10, 5]
    assert target.read_bytes() == b"old"
    assert folder_names(tmp_path) == {"settings.toml"}


def test_write_atomic_explains_a_folder_that_cannot_be_made(tmp_path: Path) -> None:
    blocker = tmp_path / "blocker"
    blocker.write_text("a file, not a folder")
    with pytest.raises(WriteError) as caught:
        write_atomic(blocker / "settings.toml", b"x")
    assert str(caught.value) == f"Could not create the folder {blocker}: File exists."
    assert caught.value.filename == str(blocker)


def test_write_atomic_removes_temp_files_a_crash_left_behind(tmp_path: Path) -> None:
    target = tmp_path / "settings.toml"
    target.write_bytes(b"old")
    leftovers = [tmp_path / ".settings.toml.0badc0de.tmp", tmp_path / ".settings.toml.1.tmp"]
    for leftover in leftovers:
        leftover.write_bytes(b"half written")
    unrelated = tmp_path / ".other.toml.1.tmp"
    unrelated.write_bytes(b"not ours")
    write_atomic(target, b"new")
    assert target.read_bytes() == b"new"
    assert folder_names(tmp_path) == {"settings.toml", ".other.toml.1.tmp"}


def test_write_new_writes_everything_and_never_replaces_a_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "copy"
    in_pieces(monkeypatch, size=3)
    write_new(target, b"0123456789")
    assert target.read_bytes() == b"0123456789"
    with pytest.raises(FileExistsError):
        write_new(target, b"other")
    assert target.read_bytes() == b"0123456789"


def test_write_new_removes_what_it_could_not_finish(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    in_pieces(monkeypatch, size=3, fail_after=2)
    with pytest.raises(WriteError, match="Could not write copy: No space left on device"):
        write_new(tmp_path / "copy", b"0123456789")
    assert folder_names(tmp_path) == set()
