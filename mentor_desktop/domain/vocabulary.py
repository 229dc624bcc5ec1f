"""Rules of the vocabulary library: the limits of an item's fields, Danish articles, what
counts as the same word, pictures (PNG or JPEG, size-limited), and the typed problems a
word-list file can have on import (line and column included)."""

from __future__ import annotations

import io
import warnings
from dataclasses import dataclass
from dataclasses import field as dc_field
from enum import StrEnum
from typing import Any

from PIL import Image

from mentor_desktop.domain.enums import WordClass
from mentor_desktop.domain.errors import MentorError

MAX_TERM = 200
MAX_EXAMPLE = 1000
MAX_GLOSS = 500
MAX_LIST_NAME = 200
MAX_DESCRIPTION = 4000
MAX_PICTURE_BYTES = 1_000_000
# A picture small in bytes can still decode to a huge bitmap; cards need far less.
MAX_PICTURE_PIXELS = 4096 * 4096
PICTURE_FORMATS = {"PNG": "png", "JPEG": "jpeg"}

ARTICLES = ("en", "et")


def normalise_term(term: str) -> str:
    """A term as compared for duplicates: single spaces, casefolded."""
    return " ".join(term.split()).casefold()


def term_key(term: str, word_class: WordClass) -> tuple[str, str]:
    """Two items of one list are the same word when term and word class are the same:
    "vask" the noun and "vask" the verb's imperative may both be there."""
    return normalise_term(term), word_class.value


def picture_format(data: bytes) -> str | None:
    """``"png"`` or ``"jpeg"`` when ``data`` is a whole, decodable picture of a sensible
    size; ``None`` for anything else (other formats, truncated files, bombs)."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(io.BytesIO(data)) as image:
                kind = PICTURE_FORMATS.get(image.format or "")
                if kind is None or image.width * image.height > MAX_PICTURE_PIXELS:
                    return None
                image.verify()
            with Image.open(io.BytesIO(data)) as image:
                image.load()
    except (
        OSError,
        ValueError,
        SyntaxError,
        Image.DecompressionBombWarning,
        Image.DecompressionBombError,
    ):
        return None
    return kind


class ImportProblem(StrEnum):
    """What can be wrong with a word-list file or one of its cells."""

    EMPTY_FILE = "empty_file"
    FILE_TOO_LARGE = "file_too_large"
    NOT_TEXT = "not_text"
    OLD_EXCEL = "old_excel"
    UNREADABLE = "unreadable"
    NO_HEADER = "no_header"
    UNKNOWN_COLUMN = "unknown_column"
    DUPLICATE_COLUMN = "duplicate_column"
    NO_TERM_COLUMN = "no_term_column"
    UNKNOWN_LANGUAGE = "unknown_language"
    TOO_MANY_ROWS = "too_many_rows"
    NO_ROWS = "no_rows"
    REQUIRED = "required"
    TOO_LONG = "too_long"
    INVALID_WORD_CLASS = "invalid_word_class"
    INVALID_ARTICLE = "invalid_article"
    INVALID_FLAG = "invalid_flag"
    DUPLICATE_IN_FILE = "duplicate_in_file"
    EXTRA_CELLS = "extra_cells"


@dataclass(frozen=True)
class ImportIssue:
    """One problem of an import. ``line`` is the file's line (CSV) or row (XLSX), counted
    from 1; ``column`` the column counted from 1 and ``header`` its heading, when known."""

    problem: ImportProblem
    line: int | None = None
    column: int | None = None
    header: str | None = None
    params: dict[str, Any] = dc_field(default_factory=dict)


class VocabularyImportError(MentorError):
    """The file cannot be imported; ``issues`` says where and why. Nothing was saved."""

    def __init__(self, issues: list[ImportIssue]):
        self.issues = list(issues)
        super().__init__(
            "; ".join(f"{i.problem} at {i.line or '-'}:{i.column or '-'}" for i in issues[:5])
        )


class ImportCancelledError(MentorError):
    """The user cancelled the import; nothing was saved."""


class ImportStaleError(MentorError):
    """The list changed between the preview and the import; nothing was saved."""
