"""The Plasma harness itself: what it asks for when the machine lacks part of the desktop."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.e2e.desktop import HarnessError
from tests.e2e.kde import plasma
from tests.e2e.kde.plasma import Plasma

pytestmark = pytest.mark.e2e


def test_a_missing_program_fails_naming_the_package_to_install(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))  # no program at all
    with pytest.raises(HarnessError, match=r"apt-get install .*\bkwin-wayland\b"):
        Plasma(tmp_path).start()


def test_a_missing_file_fails_naming_the_package_to_install(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    absent = tmp_path / "org.kde.plasma.desktop"
    monkeypatch.setattr(plasma, "REQUIRED_FILES", {absent: "plasma-desktop"})
    with pytest.raises(HarnessError, match=rf"needs {absent}: apt-get install plasma-desktop$"):
        Plasma(tmp_path).start()
