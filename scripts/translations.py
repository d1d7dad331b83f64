#!/usr/bin/env python3
"""Qt's translation tools over the whole source tree, so nobody has to remember their options.

    .venv/bin/python scripts/translations.py update [LANG ...]
        extract the strings into translations/spasmguard_<LANG>.ts (all .ts without LANG)
    .venv/bin/python scripts/translations.py build
        compile every .ts into resources/translations/spasmguard_<LANG>.qm (for Qt) and
        resources/locale/<LANG>/LC_MESSAGES/spasmguard.mo (for the command line's gettext)

The .mo holds the texts without a context (the command line's own, the settings layer's
Messages and argparse's): the command line speaks through gettext, without Qt (src/spasmguard/
cli.py says why). Both are committed (a checkout and an editable install run without a build
step); tests/unit/test_translations.py fails when one does not match its .ts.
"""

from __future__ import annotations

import struct
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TS_DIR = ROOT / "translations"
QM_DIR = ROOT / "resources" / "translations"
LOCALE_DIR = ROOT / "resources" / "locale"
BIN = Path(sys.executable).parent
# Code without Qt marks texts for translation with _t("...") (settings/schema.py's titles and
# help), core.messages.Message("...", **args) (sentences from the settings layer) and, on the
# command line, gettext's _("...") and _mark("...") (argparse's own texts).
ALIASES = "QT_TR_NOOP+=_t,QT_TR_NOOP+=Message,QT_TR_NOOP+=_,QT_TR_NOOP+=_mark"
MO_MAGIC = 0x950412DE
MO_HEADER = "Content-Type: text/plain; charset=UTF-8\n"
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


def mo_file(ts: Path) -> Path:
    language = ts.stem.removeprefix("spasmguard_")
    return LOCALE_DIR / language / "LC_MESSAGES" / "spasmguard.mo"


def build() -> None:
    QM_DIR.mkdir(exist_ok=True)
    for ts in sorted(TS_DIR.glob("spasmguard_*.ts")):
        command = [str(BIN / "pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm_file(ts))]
        subprocess.run(command, cwd=ROOT, check=True)
        mo = mo_file(ts)
        mo.parent.mkdir(parents=True, exist_ok=True)
        mo.write_bytes(mo_bytes(context_free_texts(ts)))


def context_free_texts(ts: Path) -> dict[str, str]:
    """Source -> translation of the finished, context-free, non-numerus messages of a .ts."""
    texts = {}
    for context in ET.parse(ts).getroot().iter("context"):  # noqa: S314 - our own files
        if context.findtext("name"):
            continue
        for message in context.iter("message"):
            translation = message.find("translation")
            done = translation is not None and not translation.get("type") and translation.text
            if done and message.get("numerus") != "yes":
                texts[message.findtext("source") or ""] = translation.text or ""
    return texts


def mo_bytes(texts: dict[str, str]) -> bytes:
    """A GNU gettext catalog (the .mo format msgfmt writes, without a hash table), in UTF-8.

    Entries sorted by source, as gettext's binary search needs; the empty source carries the
    header naming the charset.
    """
    entries = sorted({"": MO_HEADER, **texts}.items())
    keys = [key.encode("utf-8") for key, _ in entries]
    values = [value.encode("utf-8") for _, value in entries]
    count = len(entries)
    keys_at = 7 * 4
    values_at = keys_at + 8 * count
    data_at = values_at + 8 * count
    table: list[int] = []
    blob = bytearray()
    for strings in (keys, values):
        for text in strings:
            table += [len(text), data_at + len(blob)]
            blob += text + b"\0"
    head = struct.pack("<7I", MO_MAGIC, 0, count, keys_at, values_at, 0, data_at)
    return head + struct.pack(f"<{4 * count}I", *table) + bytes(blob)


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
