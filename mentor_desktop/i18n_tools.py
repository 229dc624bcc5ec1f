"""Translation tooling: refresh ``translations/*.ts`` from the code with pyside6-lupdate and
compile them with pyside6-lrelease. ``python -m mentor_desktop.i18n_tools update`` is what
``make translations`` runs; the test suite uses the same functions to spot stale files."""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from mentor_desktop.paths import PACKAGE_DIR

SOURCE_DIR = PACKAGE_DIR
TRANSLATIONS_DIR = PACKAGE_DIR.parent / "translations"
LANGUAGES = ("da", "en")
# English is the source language; its file only holds the plural forms ("%n learner(s)").
PLURAL_ONLY = frozenset({"en"})


def ts_file(language: str, folder: Path = TRANSLATIONS_DIR) -> Path:
    return folder / f"mentor_desktop_{language}.ts"


def qm_file(language: str, folder: Path = TRANSLATIONS_DIR) -> Path:
    return folder / f"mentor_desktop_{language}.qm"


def source_files(root: Path = SOURCE_DIR) -> list[Path]:
    """Every Python file of the package, except Alembic revisions (they show no text)."""
    return sorted(
        path
        for path in root.rglob("*.py")
        if "migrations" not in path.relative_to(root).parts and "__pycache__" not in path.parts
    )


def _tool(name: str) -> str:
    beside_python = Path(sys.executable).parent / name
    if beside_python.exists():
        return str(beside_python)
    found = shutil.which(name)
    if found is None:
        raise FileNotFoundError(f"{name} not found; install PySide6")
    return found


def lupdate(ts: Path, language: str, sources: Sequence[Path] | None = None) -> None:
    """Merge the messages of ``sources`` (default: the package) into ``ts``."""
    files = [str(p) for p in (sources if sources is not None else source_files())]
    plural_only = ["-pluralonly"] if language in PLURAL_ONLY else []
    subprocess.run(
        [
            _tool("pyside6-lupdate"),
            "-silent",
            "-no-obsolete",
            *plural_only,
            "-locations",
            "none",
            "-source-language",
            "en",
            "-target-language",
            language,
            *files,
            "-ts",
            str(ts),
        ],
        check=True,
    )


def lrelease(ts: Path, qm: Path) -> None:
    subprocess.run(
        [_tool("pyside6-lrelease"), "-silent", "-nounfinished", str(ts), "-qm", str(qm)],
        check=True,
    )


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    comment: str
    numerus: bool
    translations: tuple[str, ...]
    unfinished: bool


def read_ts(ts: Path) -> list[Message]:
    """The messages of a ``.ts`` file, obsolete and vanished ones left out."""
    messages = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            kind = translation.get("type", "") if translation is not None else "unfinished"
            if kind in ("obsolete", "vanished"):
                continue
            numerus = message.get("numerus") == "yes"
            if translation is None:
                texts: tuple[str, ...] = ()
            elif numerus:
                texts = tuple(f.text or "" for f in translation.iter("numerusform"))
            else:
                texts = (translation.text or "",)
            messages.append(
                Message(
                    context=name,
                    source=message.findtext("source", ""),
                    comment=message.findtext("comment", ""),
                    numerus=numerus,
                    translations=texts,
                    unfinished=kind == "unfinished",
                )
            )
    return messages


def update(languages: Sequence[str] = LANGUAGES) -> None:
    for language in languages:
        ts = ts_file(language)
        lupdate(ts, language)
        lrelease(ts, qm_file(language))
        unfinished = sum(m.unfinished for m in read_ts(ts))
        if unfinished:
            print(f"{ts.name}: {unfinished} message(s) still to translate")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m mentor_desktop.i18n_tools")
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("update", help="refresh the .ts files from the code and compile them")
    commands.add_parser("release", help="compile the .ts files into .qm files")
    args = parser.parse_args(argv)
    if args.command == "update":
        update()
    else:
        for language in LANGUAGES:
            lrelease(ts_file(language), qm_file(language))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
