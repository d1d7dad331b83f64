"""Pages a window brought in leave the resident set; the tray's own pages and written copies stay.

Each test maps a file of its own (through libc, as the loader maps a library or FreeType a
font), reads some of its pages before the snapshot and some after, and asks the kernel itself
which are resident, through the page table (``/proc/self/pagemap``, bit 63).
"""

from __future__ import annotations

import ctypes
import mmap
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from spasmguard.engine import resident_pages

PAGE = mmap.PAGESIZE
PAGES = 64
# A read maps the pages around it too (the kernel's fault-around, 16 pages): the pages these
# tests read lie in separate groups of 16.
FAR = 16
PROT_READ, PROT_WRITE = 1, 2
MAP_PRIVATE = 2
_LIBC = ctypes.CDLL(None, use_errno=True)
_LIBC.mmap.restype = ctypes.c_void_p
_LIBC.mmap.argtypes = (
    ctypes.c_void_p,
    ctypes.c_size_t,
    ctypes.c_int,
    ctypes.c_int,
    ctypes.c_int,
    ctypes.c_long,
)
_LIBC.mprotect.argtypes = (ctypes.c_void_p, ctypes.c_size_t, ctypes.c_int)
_LIBC.munmap.argtypes = (ctypes.c_void_p, ctypes.c_size_t)


def resident(address: int) -> bool:
    with Path("/proc/self/pagemap").open("rb", buffering=0) as pagemap:
        pagemap.seek(address // PAGE * 8)
        return bool(int.from_bytes(pagemap.read(8), "little") >> 63)


def read_page(address: int) -> bytes:
    return ctypes.string_at(address, 4)


def page(base: int, index: int) -> int:
    return base + index * PAGE


def mapped(path: Path, protection: int) -> Iterator[int]:
    path.write_bytes(b"".join(bytes([i]) * PAGE for i in range(PAGES)))
    fd = os.open(path, os.O_RDWR)
    try:
        address = _LIBC.mmap(None, PAGES * PAGE, protection, MAP_PRIVATE, fd, 0)
    finally:
        os.close(fd)
    assert address not in (None, ctypes.c_void_p(-1).value), os.strerror(ctypes.get_errno())
    yield address
    _LIBC.munmap(address, PAGES * PAGE)


@pytest.fixture
def read_only_map(tmp_path: Path) -> Iterator[int]:
    """A file mapped read-only and private: as the loader maps a library's code."""
    yield from mapped(tmp_path / "code.bin", PROT_READ)


@pytest.fixture
def writable_map(tmp_path: Path) -> Iterator[int]:
    """A file mapped private and writable: as the loader maps a library's data."""
    yield from mapped(tmp_path / "data.bin", PROT_READ | PROT_WRITE)


def test_pages_read_since_the_snapshot_leave_and_the_earlier_ones_stay(read_only_map: int) -> None:
    read_page(page(read_only_map, 0))
    before = resident_pages.snapshot()
    assert before is not None
    later = (FAR + 2, 2 * FAR + 3, 3 * FAR + 5)
    for index in later:
        read_page(page(read_only_map, index))
    assert all(resident(page(read_only_map, i)) for i in later)

    dropped = resident_pages.drop_since(before)

    assert [resident(page(read_only_map, i)) for i in (0, *later)] == [True, False, False, False]
    assert dropped >= len(later) * PAGE
    index = 2 * FAR + 3
    assert read_page(page(read_only_map, index)) == bytes([index]) * 4  # read again from the file


def test_a_map_made_after_the_snapshot_is_dropped_whole(tmp_path: Path) -> None:
    before = resident_pages.snapshot()
    assert before is not None
    for address in mapped(tmp_path / "font.bin", PROT_READ):
        read_page(page(address, 1))
        assert resident(page(address, 1))
        resident_pages.drop_since(before)
        assert not resident(page(address, 1))


def test_a_page_the_process_wrote_to_keeps_its_content(writable_map: int) -> None:
    """A library's relocated data is written at load and made read-only after: it is no
    longer the file's page, and dropping it would undo the writes."""
    before = resident_pages.snapshot()
    assert before is not None
    ctypes.memmove(page(writable_map, FAR), b"\xaa" * 4, 4)
    read_page(page(writable_map, 2 * FAR))
    assert _LIBC.mprotect(writable_map, PAGES * PAGE, PROT_READ) == 0

    resident_pages.drop_since(before)

    assert read_page(page(writable_map, FAR)) == b"\xaa" * 4
    assert resident(page(writable_map, FAR))
    assert not resident(page(writable_map, 2 * FAR))  # a file page of the same map does leave


def test_writable_maps_are_left_alone(writable_map: int) -> None:
    before = resident_pages.snapshot()
    assert before is not None
    read_page(page(writable_map, 4))
    resident_pages.drop_since(before)
    assert resident(page(writable_map, 4))
