"""The one way to reach files shipped in ``resources/`` (icons, content data).

The top-level ``resources/`` folder is packaged as ``spasmguard/resources`` by the wheel's build
configuration (pyproject.toml), so an installed wheel finds it inside the package. A checkout
or an editable install runs the package from ``src/``, which holds no copy: there the folder
is read where it is, at the top of the checkout, so an edit to it shows at once.
"""

from __future__ import annotations

from functools import cache
from importlib.resources import files
from importlib.resources.abc import Traversable
from pathlib import Path

# src/spasmguard/core/resources.py -> the checkout's top folder
_CHECKOUT_RESOURCES = Path(__file__).resolve().parents[3] / "resources"


@cache
def resource_root() -> Traversable:
    """The folder that holds the resources: the package's own copy, else the checkout's."""
    packaged = files("spasmguard").joinpath("resources")
    if packaged.is_dir() or not _CHECKOUT_RESOURCES.is_dir():
        return packaged
    return _CHECKOUT_RESOURCES


def resource(*parts: str) -> Traversable:
    """The resource at ``resources/<parts...>`` (it may not exist; check ``is_file``)."""
    return resource_root().joinpath(*parts)


def read_text(*parts: str) -> str:
    """The UTF-8 text of a packaged resource; FileNotFoundError if it is missing."""
    return resource(*parts).read_text(encoding="utf-8")


def read_bytes(*parts: str) -> bytes:
    """The bytes of a packaged resource; FileNotFoundError if it is missing."""
    return resource(*parts).read_bytes()
