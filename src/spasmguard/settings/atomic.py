"""Replace a file so that a crash or a full disk leaves either the old or the new file, whole.

The new bytes go to a temporary file in the same folder (same file system, so the rename is
atomic), are flushed to disk, and only then renamed over the old file; the folder is synced so
the rename itself survives a power cut. On failure the temporary file is removed and the old
file is left as it was.
"""

from __future__ import annotations

import contextlib
import os
import secrets
from pathlib import Path

_OPEN_FLAGS = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)


class SettingsError(OSError):
    """Settings could not be saved; ``str()`` is one plain sentence for the user.

    It is an OSError so that callers handling "the disk said no" catch it too, and it keeps the
    errno of the failure it wraps.
    """

    def __str__(self) -> str:
        return self.strerror or super().__str__()


def write_atomic(path: Path, data: bytes, mode: int = 0o600) -> None:
    """Write ``data`` to ``path`` atomically, creating the parent folder (mode 0700) if needed.

    Raises SettingsError (an OSError carrying the original errno) with a plain sentence.
    """
    try:
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    except OSError as error:
        raise _error(error, f"Could not create the folder {path.parent}") from error
    _remove_stale_temps(path)
    temp = path.with_name(f".{path.name}.{secrets.token_hex(4)}.tmp")
    try:
        _write_new(temp, data, mode)
        os.replace(temp, path)
    except OSError as error:
        with contextlib.suppress(OSError):
            temp.unlink()
        message = f"Could not save {path.name}"
        raise _error(error, message, " The previous file is unchanged.") from error
    _sync_folder(path.parent)


def _remove_stale_temps(path: Path) -> None:
    """Remove temporary files a crash left between writing and renaming (best effort).

    Only the one running app saves a given file (it holds the single-instance lock), so a
    temporary file that exists before a save starts can only be a leftover.
    """
    for stale in path.parent.glob(f".{path.name}.*.tmp"):
        with contextlib.suppress(OSError):
            stale.unlink()


def _write_new(path: Path, data: bytes, mode: int) -> None:
    """Create ``path`` (it must not exist), write all of ``data`` and fsync it."""
    fd = os.open(path, _OPEN_FLAGS, mode)
    try:
        view = memoryview(data)
        while view:
            view = view[os.write(fd, view) :]
        os.fsync(fd)
    finally:
        os.close(fd)


def _sync_folder(folder: Path) -> None:
    """Make a rename in ``folder`` durable; best effort (Windows cannot open folders)."""
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _error(error: OSError, what: str, after: str = "") -> SettingsError:
    reason = error.strerror or str(error)
    return SettingsError(error.errno, f"{what}: {reason}.{after}")
