"""The layer rules of docs/architecture.md, enforced.

import-linter reads the contracts from pyproject.toml. The tests run it on the real tree, prove
it would catch a violation (on a copy with a forbidden import planted), and check at run time
that importing every core and settings module loads no Qt, APScheduler or notifier code, and
that the session loads no widget code (proved the same way, by planting an import).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SRC = ROOT / "src"
FORBIDDEN_AT_RUNTIME = ("PySide6", "shiboken6", "apscheduler", "desktop_notifier", "dbus_fast")


def _lint_imports(tree: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(tree / "src")}
    return subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys; from importlinter.cli import lint_imports_command; "
            "sys.exit(lint_imports_command())",
            str(tree / "pyproject.toml"),
            "--no-cache",
        ],
        cwd=tree,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def _copy_tree(tmp_path: Path) -> Path:
    tree = tmp_path / "tree"
    shutil.copytree(SRC, tree / "src", ignore=shutil.ignore_patterns("__pycache__", "resources"))
    shutil.copy(ROOT / "pyproject.toml", tree / "pyproject.toml")
    return tree


def test_contracts_hold_on_the_real_tree(tmp_path: Path) -> None:
    result = _lint_imports(_copy_tree(tmp_path))
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Contracts: 4 kept, 0 broken." in result.stdout


@pytest.mark.parametrize(
    ("module", "planted"),
    [
        ("core/planner.py", "import PySide6.QtCore"),
        ("settings/store.py", "import apscheduler"),
        ("core/history.py", "from spasmguard.settings import paths"),
        ("engine/__init__.py", "from spasmguard import ui"),
        ("engine/gate.py", "from spasmguard.session import reminders"),
        ("session/reminders.py", "from spasmguard.ui import tray"),
    ],
)
def test_a_planted_violation_is_caught(tmp_path: Path, module: str, planted: str) -> None:
    tree = _copy_tree(tmp_path)
    target = tree / "src" / "spasmguard" / module
    target.write_text(target.read_text(encoding="utf-8") + f"\n{planted}  # noqa\n", "utf-8")
    result = _lint_imports(tree)
    assert result.returncode != 0
    assert "BROKEN" in result.stdout


def test_core_and_settings_load_no_gui_code_at_runtime() -> None:
    modules = sorted(
        ".".join(path.relative_to(SRC).with_suffix("").parts)
        for layer in ("core", "settings")
        for path in (SRC / "spasmguard" / layer).glob("*.py")
    )
    script = (
        "import importlib, sys\n"
        f"for name in {modules!r}: importlib.import_module(name)\n"
        f"print(sorted({{m.split('.')[0] for m in sys.modules}} & set({FORBIDDEN_AT_RUNTIME!r})))"
    )
    out = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True, timeout=60
    ).stdout
    assert len(modules) >= 8
    assert out.strip() == "[]"


WIDGET_MODULES = ("PySide6.QtWidgets", "PySide6.QtGui")


def _widget_modules_loaded_by_the_session(src: Path) -> list[str]:
    """The widget modules importing every session module loads (import-linter cannot tell
    PySide6's submodules apart, so this rule is checked at run time)."""
    modules = sorted(
        f"spasmguard.session.{p.stem}" for p in (src / "spasmguard/session").glob("*.py")
    )
    script = (
        "import importlib, json, sys\n"
        f"for name in {modules!r}: importlib.import_module(name)\n"
        f"print(json.dumps(sorted(set(sys.modules) & set({WIDGET_MODULES!r}))))"
    )
    env = {**os.environ, "PYTHONPATH": str(src)}
    out = subprocess.run(
        [sys.executable, "-c", script],
        env=env,
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    ).stdout
    assert len(modules) >= 3
    return list(json.loads(out))


def test_the_session_loads_no_widget_code(tmp_path: Path) -> None:
    assert _widget_modules_loaded_by_the_session(SRC) == []
    tree = _copy_tree(tmp_path)
    target = tree / "src" / "spasmguard" / "session" / "commands.py"
    target.write_text(target.read_text("utf-8") + "\nimport PySide6.QtWidgets  # noqa\n", "utf-8")
    assert "PySide6.QtWidgets" in _widget_modules_loaded_by_the_session(tree / "src")
