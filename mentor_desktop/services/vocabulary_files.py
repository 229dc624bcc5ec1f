"""Word-list files as spreadsheets write them, and back: CSV (semicolon, comma or tab; UTF-8
with or without BOM, UTF-16 with BOM, or Windows-1252) and XLSX, with Danish or English
headings. Reading checks every cell and names the line and column of each problem; writing
keeps cells that start with = + - @ from becoming live formulas. No database here.

Columns: the Danish term (required), article, word class, example sentence,
safety-critical, and one column per gloss language, headed by the language code ("ar"),
its name with the code ("Arabisk (ar)", "Arabic (ar)") or its name alone."""

from __future__ import annotations

import codecs
import csv
import io
import os
import re
import tempfile
import zipfile
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Any

from mentor_desktop.domain.enums import WordClass
from mentor_desktop.domain.languages import LANGUAGES
from mentor_desktop.domain.vocabulary import (
    ARTICLES,
    MAX_EXAMPLE,
    MAX_GLOSS,
    MAX_TERM,
    ImportCancelledError,
    ImportIssue,
    ImportProblem,
    term_key,
)

Progress = Callable[[int, int], bool]

MAX_FILE_BYTES = 20_000_000
# What an XLSX may unpack to: a small zip can hold a bomb.
MAX_UNPACKED_BYTES = 200_000_000
MAX_ROWS = 20_000
MAX_ISSUES = 200
PROGRESS_EVERY = 200
# The csv module refuses fields over 128 KiB by default; a long cell is reported as TOO_LONG
# with its line and column instead.
csv.field_size_limit(max(csv.field_size_limit(), MAX_FILE_BYTES))

ZIP_SIGNATURE = b"PK\x03\x04"
OLE_SIGNATURE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
# Characters that make a spreadsheet treat a cell as a formula (OWASP's list).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
# Control characters that never occur in a text file a spreadsheet wrote.
CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")


class FileColumn(StrEnum):
    TERM = "term"
    ARTICLE = "article"
    WORD_CLASS = "word_class"
    EXAMPLE = "example"
    SAFETY = "safety_critical"


HEADINGS: dict[str, dict[FileColumn, str]] = {
    "en": {
        FileColumn.TERM: "Term",
        FileColumn.ARTICLE: "Article",
        FileColumn.WORD_CLASS: "Word class",
        FileColumn.EXAMPLE: "Example",
        FileColumn.SAFETY: "Safety-critical",
    },
    "da": {
        FileColumn.TERM: "Ord",
        FileColumn.ARTICLE: "Kendeord",
        FileColumn.WORD_CLASS: "Ordklasse",
        FileColumn.EXAMPLE: "Eksempel",
        FileColumn.SAFETY: "Sikkerhedskritisk",
    },
}

_COLUMN_ALIASES: dict[FileColumn, tuple[str, ...]] = {
    FileColumn.TERM: (
        "term",
        "word",
        "danish",
        "danish term",
        "ord",
        "dansk",
        "dansk ord",
        "glose",
    ),
    FileColumn.ARTICLE: ("article", "kendeord", "artikel"),
    FileColumn.WORD_CLASS: ("word class", "part of speech", "ordklasse"),
    FileColumn.EXAMPLE: ("example", "example sentence", "eksempel", "eksempelsætning"),
    FileColumn.SAFETY: (
        "safety-critical",
        "safety critical",
        "safety",
        "sikkerhedskritisk",
        "sikkerhed",
    ),
}

LANGUAGE_NAMES: dict[str, dict[str, str]] = {
    "en": {
        "da": "Danish", "en": "English", "ar": "Arabic", "fa": "Persian", "prs": "Dari",
        "ps": "Pashto", "ur": "Urdu", "ku": "Kurmanji", "ckb": "Sorani", "ti": "Tigrinya",
        "am": "Amharic", "so": "Somali", "uk": "Ukrainian", "ru": "Russian", "pl": "Polish",
        "ro": "Romanian", "lt": "Lithuanian", "tr": "Turkish", "de": "German",
        "es": "Spanish", "fr": "French", "th": "Thai", "tl": "Tagalog", "vi": "Vietnamese",
    },
    "da": {
        "da": "Dansk", "en": "Engelsk", "ar": "Arabisk", "fa": "Persisk", "prs": "Dari",
        "ps": "Pashto", "ur": "Urdu", "ku": "Kurmanji", "ckb": "Sorani", "ti": "Tigrinya",
        "am": "Amharisk", "so": "Somali", "uk": "Ukrainsk", "ru": "Russisk", "pl": "Polsk",
        "ro": "Rumænsk", "lt": "Litauisk", "tr": "Tyrkisk", "de": "Tysk",
        "es": "Spansk", "fr": "Fransk", "th": "Thai", "tl": "Tagalog", "vi": "Vietnamesisk",
    },
}  # fmt: skip

WORD_CLASS_NAMES: dict[str, dict[WordClass, str]] = {
    "en": {w: w.value for w in WordClass},
    "da": {
        WordClass.NOUN: "navneord",
        WordClass.VERB: "udsagnsord",
        WordClass.ADJECTIVE: "tillægsord",
        WordClass.ADVERB: "biord",
        WordClass.PHRASE: "udtryk",
        WordClass.OTHER: "andet",
    },
}

_WORD_CLASS_ALIASES: dict[str, WordClass] = {
    **{name: w for names in WORD_CLASS_NAMES.values() for w, name in names.items()},
    "substantiv": WordClass.NOUN, "sb": WordClass.NOUN, "n": WordClass.NOUN,
    "verbum": WordClass.VERB, "vb": WordClass.VERB, "v": WordClass.VERB,
    "adjektiv": WordClass.ADJECTIVE, "adj": WordClass.ADJECTIVE,
    "adverbium": WordClass.ADVERB, "adv": WordClass.ADVERB,
    "fast udtryk": WordClass.PHRASE, "frase": WordClass.PHRASE,
    "expression": WordClass.PHRASE,
}  # fmt: skip

_TRUE = {"1", "x", "ja", "j", "yes", "y", "true", "sand", "sandt", "sikkerhed", "!"}
_FALSE = {"", "0", "nej", "n", "no", "false", "falsk", "-"}
FLAG_TEXT = {"en": ("yes", ""), "da": ("ja", "")}


@dataclass(frozen=True)
class ParsedRow:
    """One word read from a file. ``None`` means the cell was empty (or there was no such
    column): on an existing word, an empty cell changes nothing."""

    line: int
    term: str
    word_class: WordClass | None
    article: str | None
    example: str | None
    safety_critical: bool | None
    glosses: dict[str, str]

    def key(self) -> tuple[str, str]:
        return term_key(self.term, self.word_class or default_word_class(self.article))


@dataclass
class ParsedFile:
    file_format: str
    encoding: str | None = None
    delimiter: str | None = None
    languages: list[str] = field(default_factory=list)
    rows: list[ParsedRow] = field(default_factory=list)
    issues: list[ImportIssue] = field(default_factory=list)


def default_word_class(article: str | None) -> WordClass:
    """A word with an article is a noun; without one, and with no word class given, the
    program does not guess further."""
    return WordClass.NOUN if article else WordClass.OTHER


def _normal_heading(text: str) -> str:
    return " ".join(text.replace("_", " ").split()).strip(" :*").casefold()


_HEADING_COLUMNS = {
    _normal_heading(alias): column
    for column, aliases in _COLUMN_ALIASES.items()
    for alias in aliases
}
_LANGUAGE_BY_NAME = {
    name.casefold(): code for names in LANGUAGE_NAMES.values() for code, name in names.items()
}
_CODE_IN_HEADING = re.compile(
    r"^(?:.*\(\s*([A-Za-z]{2,3})\s*\)|(?:gloss|oversættelse)\s+([A-Za-z]{2,3}))$", re.I
)


def read_heading(text: str) -> FileColumn | str | None:
    """What a heading names: a fixed column, a language code (which may be unknown, in
    lower case) or ``None`` when it names nothing known."""
    normal = _normal_heading(text)
    if normal in _HEADING_COLUMNS:
        return _HEADING_COLUMNS[normal]
    if normal in _LANGUAGE_BY_NAME:
        return _LANGUAGE_BY_NAME[normal]
    match = _CODE_IN_HEADING.match(normal)
    if match:
        return (match.group(1) or match.group(2)).lower()
    if re.fullmatch(r"[a-z]{2,3}", normal):
        return normal
    return None


def unescape_cell(value: str) -> str:
    """Undo the apostrophe that an export puts before = + - @ so the text comes back."""
    if len(value) > 1 and value[0] == "'" and value[1] in "=+-@":
        return value[1:]
    return value


def neutralise_cell(value: str) -> str:
    """A CSV cell a spreadsheet will not run as a formula: an apostrophe in front."""
    return "'" + value if value.startswith(FORMULA_STARTS) else value


# Reading.


def read_file(data: bytes, progress: Progress | None = None) -> ParsedFile:
    """Read a word list from the bytes of a CSV or XLSX file (told apart by content, not by
    name). Problems are returned in ``issues``; rows with problems are left out of ``rows``.
    Raises ``ImportCancelledError`` when ``progress`` returns ``False``."""
    if not data.strip():
        return ParsedFile("csv", issues=[ImportIssue(ImportProblem.EMPTY_FILE)])
    if len(data) > MAX_FILE_BYTES:
        issue = ImportIssue(
            ImportProblem.FILE_TOO_LARGE, params={"size": len(data), "max": MAX_FILE_BYTES}
        )
        return ParsedFile("csv", issues=[issue])
    if data.startswith(OLE_SIGNATURE):
        return ParsedFile("xls", issues=[ImportIssue(ImportProblem.OLD_EXCEL)])
    if data.startswith(ZIP_SIGNATURE):
        return _read_xlsx(data, progress)
    return _read_csv(data, progress)


def _decode(data: bytes) -> tuple[str, str] | None:
    """The text and the encoding's name, or ``None`` when the bytes are not text."""
    if data.startswith(codecs.BOM_UTF8):
        candidates = [("utf-8-sig", "UTF-8")]
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        candidates = [("utf-16", "UTF-16")]
    elif b"\x00" in data:
        return None
    else:
        candidates = [("utf-8", "UTF-8"), ("cp1252", "Windows-1252")]
    for codec, name in candidates:
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            continue
        if CONTROL.search(text):
            return None
        return text, name
    return None


def _read_csv(data: bytes, progress: Progress | None) -> ParsedFile:
    decoded = _decode(data)
    if decoded is None:
        return ParsedFile("csv", issues=[ImportIssue(ImportProblem.NOT_TEXT)])
    text, encoding = decoded
    first_line = 1
    forced: str | None = None
    sep = re.match(r'"?sep=(.)"?\r?\n', text)
    if sep:  # Excel's own hint line: "sep=;"
        forced, text, first_line = sep.group(1), text[sep.end() :], 2
    delimiter = forced or _guess_delimiter(text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    records: list[tuple[int, list[str]]] = []
    try:
        start = 1
        for record in reader:
            if record and any(cell.strip() for cell in record):
                records.append((start + first_line - 1, record))
                if len(records) > MAX_ROWS + 1:
                    break
            start = reader.line_num + 1
    except csv.Error as error:
        issue = ImportIssue(
            ImportProblem.UNREADABLE,
            line=reader.line_num + first_line - 1,
            params={"detail": str(error)},
        )
        return ParsedFile("csv", encoding, delimiter, issues=[issue])
    parsed = _read_records(iter(records), len(records), progress)
    parsed.file_format, parsed.encoding, parsed.delimiter = "csv", encoding, delimiter
    return parsed


def _guess_delimiter(text: str) -> str:
    """The delimiter under which the first line reads as the most known headings."""
    best, best_score = ";", (-1, -1)
    for delimiter in (";", ",", "\t"):
        try:
            first = next(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter), [])
        except csv.Error:
            continue
        known = sum(1 for cell in first if read_heading(cell) is not None)
        score = (known, len(first))
        if score > best_score:
            best, best_score = delimiter, score
    return best


def _cell_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _read_xlsx(data: bytes, progress: Progress | None) -> ParsedFile:
    import openpyxl  # loaded when a workbook is read or written, not at start

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            if sum(i.file_size for i in archive.infolist()) > MAX_UNPACKED_BYTES:
                issue = ImportIssue(
                    ImportProblem.FILE_TOO_LARGE,
                    params={"size": len(data), "max": MAX_FILE_BYTES},
                )
                return ParsedFile("xlsx", issues=[issue])
        book = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, ValueError, OSError) as error:
        issue = ImportIssue(ImportProblem.UNREADABLE, params={"detail": type(error).__name__})
        return ParsedFile("xlsx", issues=[issue])
    try:
        sheet = book.worksheets[0]
        total = sheet.max_row or 0

        def records() -> Iterator[tuple[int, list[str]]]:
            for line, values in enumerate(sheet.iter_rows(values_only=True), start=1):
                cells = [_cell_text(v) for v in values]
                if any(c.strip() for c in cells):
                    yield line, cells

        parsed = _read_records(records(), total, progress)
    finally:
        book.close()
    parsed.file_format = "xlsx"
    return parsed


def _read_records(
    records: Iterator[tuple[int, list[str]]], total: int, progress: Progress | None
) -> ParsedFile:
    parsed = ParsedFile("csv")
    heading = next(records, None)
    if heading is None:
        parsed.issues.append(ImportIssue(ImportProblem.NO_ROWS))
        return parsed
    columns = _read_headings(heading, parsed)
    if parsed.issues:
        return parsed
    seen: dict[tuple[str, str], int] = {}
    count = 0
    for line, cells in records:
        count += 1
        if count > MAX_ROWS:
            parsed.issues.append(ImportIssue(ImportProblem.TOO_MANY_ROWS, params={"max": MAX_ROWS}))
            break
        row = _read_row(line, cells, columns, heading[1], parsed.issues)
        if row is not None:
            first = seen.setdefault(row.key(), line)
            if first != line:
                term_column = columns.index(FileColumn.TERM)
                parsed.issues.append(
                    ImportIssue(
                        ImportProblem.DUPLICATE_IN_FILE,
                        line,
                        term_column + 1,
                        heading[1][term_column],
                        {"value": row.term, "first_line": first},
                    )
                )
            else:
                parsed.rows.append(row)
        if len(parsed.issues) >= MAX_ISSUES:
            break
        if progress is not None and count % PROGRESS_EVERY == 0 and not progress(line, total):
            raise ImportCancelledError()
    if progress is not None and not progress(total, total):
        raise ImportCancelledError()
    if not parsed.rows and not parsed.issues:
        parsed.issues.append(ImportIssue(ImportProblem.NO_ROWS))
    return parsed


def _read_headings(
    heading: tuple[int, list[str]], parsed: ParsedFile
) -> list[FileColumn | str | None]:
    line, cells = heading
    columns = [read_heading(cell) if cell.strip() else None for cell in cells]
    found = ", ".join(c.strip()[:40] for c in cells if c.strip())[:200]
    if not any(columns):
        parsed.issues.append(ImportIssue(ImportProblem.NO_HEADER, line, params={"found": found}))
        return columns
    for index, (cell, column) in enumerate(zip(cells, columns, strict=True)):
        text = cell.strip()
        issue: ImportProblem | None = None
        if not text:
            continue
        if column is None:
            issue = ImportProblem.UNKNOWN_COLUMN
        elif not isinstance(column, FileColumn) and column not in LANGUAGES:
            issue = ImportProblem.UNKNOWN_LANGUAGE
        elif column in columns[:index]:
            issue = ImportProblem.DUPLICATE_COLUMN
        if issue is not None:
            value = column if issue is ImportProblem.UNKNOWN_LANGUAGE else text[:80]
            parsed.issues.append(ImportIssue(issue, line, index + 1, text[:80], {"value": value}))
    if FileColumn.TERM not in columns:
        parsed.issues.append(
            ImportIssue(ImportProblem.NO_TERM_COLUMN, line, params={"found": found})
        )
    parsed.languages = [c for c in columns if c is not None and not isinstance(c, FileColumn)]
    return columns


def _read_row(
    line: int,
    cells: list[str],
    columns: list[FileColumn | str | None],
    headings: list[str],
    issues: list[ImportIssue],
) -> ParsedRow | None:
    found = len(issues)

    def problem(index: int, kind: ImportProblem, **params: Any) -> None:
        heading = headings[index].strip()[:80] if index < len(headings) else None
        issues.append(ImportIssue(kind, line, index + 1, heading, params))

    values: dict[FileColumn, str] = {}
    glosses: dict[str, str] = {}
    limits = {FileColumn.TERM: MAX_TERM, FileColumn.EXAMPLE: MAX_EXAMPLE}
    for index, raw in enumerate(cells):
        column = columns[index] if index < len(columns) else None
        value = unescape_cell(raw.strip())
        if column is None:
            if value:
                problem(index, ImportProblem.EXTRA_CELLS)
            continue
        limit = limits.get(column, MAX_GLOSS) if isinstance(column, FileColumn) else MAX_GLOSS
        if len(value) > limit:
            problem(index, ImportProblem.TOO_LONG, max=limit, length=len(value))
            continue
        if isinstance(column, FileColumn):
            values[column] = value
        elif value:
            glosses[column] = " ".join(value.split())
    term = " ".join(values.get(FileColumn.TERM, "").split())
    term_index = columns.index(FileColumn.TERM)
    if not term and not any(i.column == term_index + 1 for i in issues[found:]):
        problem(term_index, ImportProblem.REQUIRED)
    article = values.get(FileColumn.ARTICLE, "").lower() or None
    if article is not None and article not in ARTICLES:
        problem(
            columns.index(FileColumn.ARTICLE), ImportProblem.INVALID_ARTICLE, value=article[:40]
        )
    word_class: WordClass | None = None
    text = values.get(FileColumn.WORD_CLASS, "")
    if text:
        word_class = _WORD_CLASS_ALIASES.get(text.casefold().rstrip("."))
        if word_class is None:
            problem(
                columns.index(FileColumn.WORD_CLASS),
                ImportProblem.INVALID_WORD_CLASS,
                value=text[:40],
            )
    safety: bool | None = None
    flag = values.get(FileColumn.SAFETY, "").casefold()
    if flag in _TRUE:
        safety = True
    elif flag and flag in _FALSE:
        safety = False
    elif flag:
        problem(columns.index(FileColumn.SAFETY), ImportProblem.INVALID_FLAG, value=flag[:40])
    if len(issues) > found:
        return None
    example = values.get(FileColumn.EXAMPLE) or None
    return ParsedRow(line, term, word_class, article, example, safety, glosses)


# Writing.


@dataclass(frozen=True)
class ExportRow:
    term: str
    article: str | None
    word_class: WordClass
    example: str | None
    safety_critical: bool
    glosses: dict[str, str]


def export_table(
    rows: Sequence[ExportRow], languages: Sequence[str], heading_language: str
) -> list[list[str]]:
    """The headings and the rows as text, in ``heading_language`` ("da" or "en")."""
    names = HEADINGS[heading_language]
    language_names = LANGUAGE_NAMES[heading_language]
    classes = WORD_CLASS_NAMES[heading_language]
    yes, no = FLAG_TEXT[heading_language]
    table = [
        [names[c] for c in FileColumn]
        + [f"{language_names.get(code, code)} ({code})" for code in languages]
    ]
    for row in rows:
        table.append(
            [
                row.term,
                row.article or "",
                classes[row.word_class],
                row.example or "",
                yes if row.safety_critical else no,
                *(row.glosses.get(code, "") for code in languages),
            ]
        )
    return table


def write_csv(table: Sequence[Sequence[str]], *, delimiter: str = ";") -> bytes:
    """CSV as Danish Excel reads it: UTF-8 with BOM, semicolons, CRLF; no live formulas."""
    out = io.StringIO(newline="")
    writer = csv.writer(out, delimiter=delimiter, lineterminator="\r\n")
    for line in table:
        writer.writerow([neutralise_cell(cell) for cell in line])
    return codecs.BOM_UTF8 + out.getvalue().encode("utf-8")


def write_xlsx(table: Sequence[Sequence[str]], *, sheet_title: str) -> bytes:
    """An XLSX workbook of one sheet; every cell is stored as text, never as a formula."""
    import openpyxl
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = re.sub(r"[\[\]:*?/\\]", " ", sheet_title).strip()[:31] or "Vocabulary"
    bold = Font(bold=True)
    for r, line in enumerate(table, start=1):
        for c, value in enumerate(line, start=1):
            cell = sheet.cell(row=r, column=c)
            cell.value = value
            cell.data_type = "s"
            if r == 1:
                cell.font = bold
    sheet.freeze_panes = "A2"
    for c, heading in enumerate(table[0] if table else [], start=1):
        widest = max((len(line[c - 1]) for line in table if c - 1 < len(line)), default=10)
        letter = get_column_letter(c)
        sheet.column_dimensions[letter].width = min(60, max(10, widest + 2, len(heading) + 2))
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def atomic_write(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` all or nothing: a temporary file beside it, flushed to
    disk, then renamed over it. Raises ``OSError``; then ``path`` is as it was."""
    path = Path(path)
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
