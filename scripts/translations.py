#!/usr/bin/env python3
"""Qt's translation tools over the whole source tree, so nobody has to remember their options.

    .venv/bin/python scripts/translations.py update [LANG ...]
        extract the strings into translations/spasmguard_<LANG>.ts (all .ts without LANG)
    .venv/bin/python scripts/translations.py build
        compile every .ts into resources/translations/spasmguard_<LANG>.qm

The .qm files are committed (a checkout and an editable install run without a build step);
tests/unit/test_translations.py fails when one does not match its .ts.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TS_DIR = ROOT / "translations"
QM_DIR = ROOT / "resources" / "translations"
BIN = Path(sys.executable).parent
# Code without Qt marks texts for translation with _t("...") (settings/schema.py's titles and
# help) and core.messages.Message("...", **args) (sentences from the settings layer).
ALIASES = "QT_TR_NOOP+=_t,QT_TR_NOOP+=Message"
LUPDATE_OPTIONS = ("-tr-function-alias", ALIASES, "-no-obsolete", "-locations", "none")


def ts_file(language: str) -> Path:
    return TS_DIR / f"spasmguard_{language}.ts"


def qm_file(ts: Path) -> Path:
    return QM_DIR / ts.with_suffix(".qm").name


def sources() -> list[str]:
    return sorted(str(path.relative_to(ROOT)) for path in (ROOT / "src").rglob("*.py"))


def update(languages: list[str]) -> None:
    targets = [ts_file(lang) for lang in languages] or sorted(TS_DIR.glob("spasmguard_*.ts"))
    for ts in targets:
        language = ts.stem.removeprefix("spasmguard_")
        command = [str(BIN / "pyside6-lupdate"), *LUPDATE_OPTIONS, "-source-language", "en"]
        command += ["-target-language", language, *sources(), "-ts", str(ts.relative_to(ROOT))]
        subprocess.run(command, cwd=ROOT, check=True)


def build() -> None:
    QM_DIR.mkdir(exist_ok=True)
    for ts in sorted(TS_DIR.glob("spasmguard_*.ts")):
        command = [str(BIN / "pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm_file(ts))]
        subprocess.run(command, cwd=ROOT, check=True)


def main(argv: list[str]) -> int:
    if argv[:1] == ["update"]:
        update(argv[1:])
    elif argv == ["build"]:
        build()
    else:
        print(__doc__, file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
