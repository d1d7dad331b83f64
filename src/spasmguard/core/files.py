"""Writing files whole: every file the app writes (settings, exports, login entries) comes here.

:func:`write_atomic` replaces a file so that a crash or a full disk leaves either the old or the
new file, whole: the new bytes go to a temporary file in the same folder (same file system, so
the rename is atomic), are flushed to disk, and only then renamed over the old file; the folder
is synced so the rename itself survives a power cut. :func:`write_new` creates a file that must
not exist yet. Both write every byte (``os.write`` may write only part of what it is given) and
remove what they created when they fail. Standard library only.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

from spasmguard.core.messages import Message

_NEW_FILE = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)


class WriteError(OSError):
    """A file could not be written; ``str()`` is one plain sentence naming it and the reason
    (``strerror`` is that sentence as a core.messages.Message).

    An OSError, so that callers handling "the disk said no" catch it too; it keeps the errno of
    the failure it wraps, and ``filename`` is the path it could not write.
    """

    def __str__(self) -> str:
        return self.strerror or super().__str__()


def write_atomic(path: Path, data: bytes, mode: int = 0o600) -> None:
    """Replace ``path`` with ``data`` atomically, creating the parent folder (mode 0700).

    Raises WriteError; the previous file, if any, is then unchanged.
    """
    try:
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    except OSError as error:
        what = Message("Could not create the folder {folder}", folder=str(path.parent))
        raise _error(error, path.parent, what) from error
    _remove_stale_temps(path)
    # os.urandom is what secrets.token_hex uses, without the import of hashlib that loads
    # OpenSSL's libcrypto (about 3 MiB of the resting tray app, benchmarks/run.py).
    temp = path.with_name(f".{path.name}.{os.urandom(4).hex()}.tmp")
    try:
        _create_and_write(temp, data, mode)
        os.replace(temp, path)
    except OSError as error:
        with contextlib.suppress(OSError):
            temp.unlink()
        what = Message("Could not save {file}", file=path.name)
        raise _error(error, path, what, Message("The previous file is unchanged.")) from error
    _sync_folder(path.parent)


def write_new(path: Path, data: bytes, mode: int = 0o600) -> None:
    """Create ``path`` with all of ``data``, flushed to disk.

    FileExistsError if it exists (the caller may pick another name); WriteError for anything
    else, with nothing left behind.
    """
    try:
        _create_and_write(path, data, mode)
    except FileExistsError:
        raise
    except OSError as error:
        raise _error(error, path, Message("Could not write {file}", file=path.name)) from error


def _create_and_write(path: Path, data: bytes, mode: int) -> None:
    """Create ``path`` (it must not exist), write all of ``data`` and fsync it; on a failure
    after creating it, remove it again."""
    fd = os.open(path, _NEW_FILE, mode)
    try:
        try:
            view = memoryview(data)
            while view:
                view = view[os.write(fd, view) :]
            os.fsync(fd)
        finally:
            os.close(fd)
    except OSError:
        with contextlib.suppress(OSError):
            path.unlink()
        raise


def _remove_stale_temps(path: Path) -> None:
    """Remove temporary files a crash left between writing and renaming (best effort).

    Only the one running app saves a given file (it holds the single-instance lock), so a
    temporary file that exists before a save starts can only be a leftover.
    """
    for stale in path.parent.glob(f".{path.name}.*.tmp"):
        with contextlib.suppress(OSError):
            stale.unlink()


def _sync_folder(folder: Path) -> None:
    """Make a rename in ``folder`` durable; best effort (Windows cannot open folders)."""
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _error(error: OSError, path: Path, what: Message, after: Message | None = None) -> WriteError:
    """The WriteError saying "<what>: <reason>." and then ``after``: a Message, so the ui and
    the command line show it translated (the reason stays the system's own words)."""
    reason = error.strerror or str(error)
    message = Message("{what}: {reason}.", what=what, reason=reason)
    if after is not None:
        message = Message("{sentence} {more}", sentence=message, more=after)
    return WriteError(error.errno, message, str(path))
