"""Sentences for the problems a word-list file can have, with where they are: "Line 4,
column B (Kendeord): “den” is not an article; use en or et"."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from mentor_desktop.domain.errors import MentorError
from mentor_desktop.domain.vocabulary import (
    ImportCancelledError,
    ImportIssue,
    ImportProblem,
    ImportStaleError,
    VocabularyImportError,
)
from mentor_desktop.ui.messages import error_text


def column_letter(column: int) -> str:
    """A spreadsheet's name for a column counted from 1: A, B, ..., Z, AA."""
    letters = ""
    while column > 0:
        column, rest = divmod(column - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


def issue_problem(issue: ImportIssue) -> str:
    """What is wrong, without where."""
    p = issue.params
    match issue.problem:
        case ImportProblem.EMPTY_FILE:
            return QCoreApplication.translate("VocabularyMessages", "The file is empty.")
        case ImportProblem.FILE_TOO_LARGE:
            return QCoreApplication.translate(
                "VocabularyMessages", "The file is too large: at most {max} MB can be imported."
            ).format(max=p.get("max", 0) // 1_000_000)
        case ImportProblem.NOT_TEXT:
            return QCoreApplication.translate(
                "VocabularyMessages",
                "The file is neither a CSV text file nor an Excel workbook (.xlsx). "
                "Save the list as CSV or .xlsx in your spreadsheet program.",
            )
        case ImportProblem.OLD_EXCEL:
            return QCoreApplication.translate(
                "VocabularyMessages",
                "The file is an old Excel workbook (.xls). Save it as .xlsx or CSV and import that.",
            )
        case ImportProblem.UNREADABLE:
            return QCoreApplication.translate(
                "VocabularyMessages", "The file cannot be read; it may be damaged."
            )
        case ImportProblem.NO_HEADER:
            return QCoreApplication.translate(
                "VocabularyMessages",
                "The first line must name the columns, such as Ord, Kendeord, Ordklasse, "
                "Eksempel and one column per language (Term, Article, Word class, Example "
                "in English). Found: {found}.",
            ).format(found=p.get("found", ""))
        case ImportProblem.UNKNOWN_COLUMN:
            return QCoreApplication.translate(
                "VocabularyMessages", "“{value}” is not a column the program knows."
            ).format(value=p.get("value", ""))
        case ImportProblem.DUPLICATE_COLUMN:
            return QCoreApplication.translate(
                "VocabularyMessages", "The column “{value}” comes twice."
            ).format(value=p.get("value", ""))
        case ImportProblem.NO_TERM_COLUMN:
            return QCoreApplication.translate(
                "VocabularyMessages",
                "There is no column for the Danish term (Ord or Term). Found: {found}.",
            ).format(found=p.get("found", ""))
        case ImportProblem.UNKNOWN_LANGUAGE:
            return QCoreApplication.translate(
                "VocabularyMessages", "“{value}” is not a language code the program knows."
            ).format(value=p.get("value", ""))
        case ImportProblem.TOO_MANY_ROWS:
            return QCoreApplication.translate(
                "VocabularyMessages",
                "The file has more than {max} words; split it into smaller lists.",
            ).format(max=p.get("max", 0))
        case ImportProblem.NO_ROWS:
            return QCoreApplication.translate(
                "VocabularyMessages", "The file has no words below its headings."
            )
        case ImportProblem.REQUIRED:
            return QCoreApplication.translate("VocabularyMessages", "The Danish term is empty.")
        case ImportProblem.TOO_LONG:
            return QCoreApplication.translate(
                "VocabularyMessages",
                "The cell holds {length} characters; at most {max} are allowed.",
            ).format(
                length=QLocale().toString(int(p.get("length", 0))),
                max=QLocale().toString(int(p.get("max", 0))),
            )
        case ImportProblem.INVALID_WORD_CLASS:
            return QCoreApplication.translate(
                "VocabularyMessages",
                "“{value}” is not a word class; use navneord, udsagnsord, tillægsord, biord, "
                "udtryk or andet (noun, verb, adjective, adverb, phrase, other).",
            ).format(value=p.get("value", ""))
        case ImportProblem.INVALID_ARTICLE:
            return QCoreApplication.translate(
                "VocabularyMessages",
                "“{value}” is not an article; use en or et, or leave the cell empty.",
            ).format(value=p.get("value", ""))
        case ImportProblem.INVALID_FLAG:
            return QCoreApplication.translate(
                "VocabularyMessages",
                "“{value}” is neither yes nor no; use ja, nej or leave the cell empty.",
            ).format(value=p.get("value", ""))
        case ImportProblem.DUPLICATE_IN_FILE:
            return QCoreApplication.translate(
                "VocabularyMessages", "“{value}” is already on line {first_line}."
            ).format(value=p.get("value", ""), first_line=p.get("first_line", "?"))
        case ImportProblem.EXTRA_CELLS:
            return QCoreApplication.translate(
                "VocabularyMessages", "The cell has text but its column has no heading."
            )
    return QCoreApplication.translate("VocabularyMessages", "The file cannot be imported.")


def issue_place(issue: ImportIssue) -> str:
    """Where: "Line 4, column B (Kendeord)", "Line 4", or empty for the whole file."""
    if issue.line is None:
        return ""
    if issue.column is None:
        return QCoreApplication.translate("VocabularyMessages", "Line {line}").format(
            line=issue.line
        )
    if issue.header:
        return QCoreApplication.translate(
            "VocabularyMessages", "Line {line}, column {column} ({heading})"
        ).format(line=issue.line, column=column_letter(issue.column), heading=issue.header)
    return QCoreApplication.translate("VocabularyMessages", "Line {line}, column {column}").format(
        line=issue.line, column=column_letter(issue.column)
    )


def issue_text(issue: ImportIssue) -> str:
    place = issue_place(issue)
    problem = issue_problem(issue)
    if not place:
        return problem
    return QCoreApplication.translate("VocabularyMessages", "{place}: {problem}").format(
        place=place, problem=problem
    )


def transfer_error_text(error: MentorError) -> str:
    """A sentence for an error of an import; nothing was imported in any of them."""
    if isinstance(error, VocabularyImportError):
        lines = [issue_text(i) for i in error.issues[:10]]
        lines.append(QCoreApplication.translate("VocabularyMessages", "Nothing has been imported."))
        return "\n".join(lines)
    if isinstance(error, ImportCancelledError):
        return QCoreApplication.translate(
            "VocabularyMessages", "The import was cancelled; nothing has been imported."
        )
    if isinstance(error, ImportStaleError):
        return QCoreApplication.translate(
            "VocabularyMessages",
            "The list was changed by someone else while you looked at the preview. Nothing "
            "has been imported; import the file again to see a new preview.",
        )
    return error_text(error)
