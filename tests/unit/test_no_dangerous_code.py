"""No pickle, eval, exec or ``shell=True`` anywhere in the project, tests and scripts included.

bandit (run by ``scripts/dev test``) checks ``src``; this walks every Python file of the
repository with ``ast``, so a test helper or a benchmark cannot bring them back either. The
scanner is tested on planted code first, so an always-passing scan would fail here.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SCANNED = ("src", "tests", "scripts", "benchmarks")
FORBIDDEN_MODULES = {"pickle", "cPickle", "_pickle", "shelve", "marshal", "dill"}
FORBIDDEN_BUILTINS = {"eval", "exec", "compile", "__import__"}


def findings(source: str) -> list[str]:
    """What the source does that this project forbids, as 'line: what' strings."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import | ast.ImportFrom):
            names = [node.module or ""] if isinstance(node, ast.ImportFrom) else []
            names += [alias.name for alias in node.names] if isinstance(node, ast.Import) else []
            found += [
                f"{node.lineno}: import {n}" for n in names if n.split(".")[0] in FORBIDDEN_MODULES
            ]
        elif isinstance(node, ast.Call):
            if isinstance(node.func, ast.Name) and node.func.id in FORBIDDEN_BUILTINS:
                found.append(f"{node.lineno}: {node.func.id}()")
            found += [
                f"{node.lineno}: shell=True"
                for kw in node.keywords
                if kw.arg == "shell"
                and not (isinstance(kw.value, ast.Constant) and not kw.value.value)
            ]
    return found


@pytest.mark.parametrize(
    "planted",
    [
        "import pickle",
        "from pickle import loads",
        "import shelve as s",
        "eval('1')",
        "exec('x = 1')",
        "subprocess.run('ls', shell=True)",
        "subprocess.run(cmd, shell=flag)",
    ],
)
def test_the_scanner_finds_planted_code(planted: str) -> None:
    assert len(findings(planted)) == 1


def test_the_scanner_allows_lookalikes() -> None:
    allowed = "app.exec()\nsubprocess.run(['ls'], shell=False)\nimport pickletools_free as x\n"
    assert findings(allowed) == []


def test_no_python_file_of_the_project_uses_them() -> None:
    files = [p for folder in SCANNED for p in (ROOT / folder).rglob("*.py")]
    assert len(files) > 50  # the walk really saw the project
    problems = {
        str(path.relative_to(ROOT)): found
        for path in files
        if (found := findings(path.read_text(encoding="utf-8")))
    }
    assert problems == {}
