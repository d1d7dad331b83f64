"""The one way to reach files shipped in ``resources/`` (icons, content data).

The top-level ``resources/`` folder is packaged as ``spasmguard/resources`` (a symlink in the
source tree), so the same lookup works from a checkout, an editable install and a wheel.
"""

from __future__ import annotations

from importlib.resources import files
from importlib.resources.abc import Traversable


def resource(*parts: str) -> Traversable:
    """The packaged resource at ``resources/<parts...>`` (it may not exist; check ``is_file``)."""
    return files("spasmguard").joinpath("resources", *parts)


def read_text(*parts: str) -> str:
    """The UTF-8 text of a packaged resource; FileNotFoundError if it is missing."""
    return resource(*parts).read_text(encoding="utf-8")


def read_bytes(*parts: str) -> bytes:
    """The bytes of a packaged resource; FileNotFoundError if it is missing."""
    return resource(*parts).read_bytes()
