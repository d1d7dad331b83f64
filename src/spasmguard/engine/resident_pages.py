"""Dropping the code and font pages a window brought into the resident set, once it has closed.

The first window of a session runs Qt code the tray never runs (laying out and painting
widgets) and reads fonts: measured, about 6 MiB of pages of libQt6Gui, libQt6Widgets, their
Python bindings, FreeType, fontconfig's cache and the Noto font files join the process's
resident set and stay there all day, though nothing uses them until the next window. They are
the files' own pages, unchanged, so they can leave the process and be read again when needed:
``madvise(MADV_DONTNEED)`` on them does what the kernel does with an exited program's pages.
A page no other program maps becomes plain page cache, the first memory the kernel takes back
when it needs some; a page other programs map too (FreeType or fontconfig's cache in the
notification server) stays theirs. The next window finds the pages still cached, as a
program started again does, unless the memory was needed meanwhile. This is the Linux
counterpart of trimming an idle process's working set on Windows.

Which pages: those of read-only file maps that are resident now and were not before the first
window was built, so the tray's own working set (its icon, menu, timers, the notifier) stays.
The process's own page table says which pages are resident and which are the file's own page,
not a private copy the process wrote to (``/proc/self/pagemap``: bits 63 and 61 of each page's
entry, readable without privileges). Only those file pages are dropped: a written copy (a
library's relocated data, made read-only after loading) would lose the writes, so it is never
touched, nor is any writable or anonymous memory (that is the heap's: ``engine/memory.py``).
The maps are read and their pages dropped in one go on the GUI thread, the thread that loads
fonts and libraries for windows, so a range read is still the same file's when it is dropped.

Elsewhere than Linux, or where ``/proc/self/pagemap`` cannot be read, nothing is dropped and
:func:`snapshot` returns ``None``.
"""

from __future__ import annotations

import ctypes
import logging
import mmap
import re
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

_LOG = logging.getLogger(__name__)

_PAGE = mmap.PAGESIZE
_ENTRY = 8  # bytes per page in /proc/self/pagemap, little-endian: the flags are the top byte
_PRESENT, _FILE_PAGE = 0x80, 0x20  # bits 63 and 61
_IS_RESIDENT_FILE_PAGE = bytes(
    1 if top & (_PRESENT | _FILE_PAGE) == _PRESENT | _FILE_PAGE else 0 for top in range(256)
)
_RUN = re.compile(rb"\x01+")
_MADV_DONTNEED = 4  # <sys/mman.h>, the same on every Linux architecture
_MAPS = Path("/proc/self/maps")
_PAGEMAP = Path("/proc/self/pagemap")


@dataclass(frozen=True)
class _Mapping:
    start: int
    end: int
    path: str

    @property
    def pages(self) -> int:
        return (self.end - self.start) // _PAGE


#: Each read-only file map, and one byte per page of it: 1 for a resident page of the file.
Snapshot = dict[_Mapping, bytes]


def _read_only_file_maps() -> list[_Mapping]:
    found = []
    for line in _MAPS.read_text().splitlines():
        fields = line.split(maxsplit=5)
        if len(fields) < 6 or not fields[5].startswith("/") or "w" in fields[1]:
            continue
        start, end = (int(part, 16) for part in fields[0].split("-"))
        found.append(_Mapping(start, end, fields[5]))
    return found


def _resident_file_pages(pagemap: BinaryIO, mapping: _Mapping) -> bytes:
    pagemap.seek(mapping.start // _PAGE * _ENTRY)
    entries = pagemap.read(mapping.pages * _ENTRY)
    return entries[_ENTRY - 1 :: _ENTRY].translate(_IS_RESIDENT_FILE_PAGE)


def _take() -> Snapshot:
    with _PAGEMAP.open("rb", buffering=0) as pagemap:
        return {
            mapping: _resident_file_pages(pagemap, mapping) for mapping in _read_only_file_maps()
        }


def _new_since(before: bytes | None, now: bytes) -> bytes:
    """1 where a page is resident now and was not before (every resident page of a new map)."""
    if before is None:
        return now
    if before == now:
        return bytes(len(now))
    width = len(now)
    return (int.from_bytes(now, "big") & ~int.from_bytes(before, "big")).to_bytes(width, "big")


class _Kernel:
    """``madvise`` through libc, and whether resident pages can be known at all here."""

    def __init__(self) -> None:
        linux = sys.platform.startswith("linux")
        self.madvise = ctypes.CDLL(None, use_errno=True).madvise if linux else None

    def drop(self, address: int, length: int) -> bool:
        if self.madvise is None:
            return False
        address_p, length_t = ctypes.c_void_p(address), ctypes.c_size_t(length)
        return bool(self.madvise(address_p, length_t, _MADV_DONTNEED) == 0)


_KERNEL = _Kernel()


def snapshot() -> Snapshot | None:
    """Which pages of read-only file maps are resident now; None where this cannot be known."""
    if _KERNEL.madvise is None:
        return None
    try:
        return _take()
    except OSError as error:
        _LOG.info("resident pages cannot be read (%s): closed windows keep their code pages", error)
        _KERNEL.madvise = None
        return None


def drop_since(before: Snapshot) -> int:
    """Drop from the resident set the read-only file pages that became resident since `before`.

    Returns the bytes dropped.
    """
    now = snapshot()
    if now is None:
        return 0
    dropped = 0
    for mapping, resident in now.items():
        for run in _RUN.finditer(_new_since(before.get(mapping), resident)):
            length = (run.end() - run.start()) * _PAGE
            if _KERNEL.drop(mapping.start + run.start() * _PAGE, length):
                dropped += length
    return dropped
