"""The shipped files (icons, content, .desktop) are found from a checkout and from a wheel.

There is no symlink from the package to resources/ (checkouts without symlink support would
break): the wheel gets a copy by its build configuration, a checkout reads the folder itself.
"""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

from spasmguard.core.resources import read_text, resource, resource_root

CHECKOUT = Path(__file__).resolve().parents[2]
SHIPPED = sorted(
    path.relative_to(CHECKOUT / "resources").as_posix()
    for path in (CHECKOUT / "resources").rglob("*")
    if path.is_file()
)


def test_a_checkout_reads_the_top_level_folder_itself() -> None:
    assert Path(str(resource_root())) == CHECKOUT / "resources"
    desktop_file = CHECKOUT / "resources" / "spasmguard.desktop"
    assert read_text("spasmguard.desktop") == desktop_file.read_text(encoding="utf-8")
    assert not resource("no", "such.svg").is_file()


def test_the_wheel_carries_every_resource_and_the_package_finds_them(tmp_path: Path) -> None:
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", tmp_path, CHECKOUT],
        check=True,
        capture_output=True,
        timeout=300,
    )
    (wheel,) = tmp_path.glob("spasmguard-*.whl")
    with zipfile.ZipFile(wheel) as archive:
        names = archive.namelist()
        archive.extractall(tmp_path / "installed")
    prefix = "spasmguard/resources/"
    assert "icons/spasmguard.svg" in SHIPPED
    assert sorted(n.removeprefix(prefix) for n in names if n.startswith(prefix)) == SHIPPED
    # The unpacked wheel, first on the path, as an installed one would be.
    probe = (
        "import sys; sys.path.insert(0, sys.argv[1]);"
        "from spasmguard.core.resources import read_text, resource_root;"
        "print(resource_root()); print(len(read_text('spasmguard.desktop')))"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe, tmp_path / "installed"],
        check=True,
        capture_output=True,
        text=True,
        timeout=60,
    )
    root, length = done.stdout.splitlines()
    assert Path(root) == tmp_path / "installed" / "spasmguard" / "resources"
    assert int(length) == len((CHECKOUT / "resources/spasmguard.desktop").read_text())
