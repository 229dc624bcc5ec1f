from __future__ import annotations

from mentor_desktop.domain.vocabulary import (
    ImportIssue,
    ImportProblem,
    ImportStaleError,
    VocabularyImportError,
)
from mentor_desktop.ui.vocabulary_messages import column_letter, issue_text, transfer_error_text


def test_columns_are_named_as_spreadsheets_name_them():
    assert [column_letter(n) for n in (1, 2, 26, 27, 52, 703)] == ["A", "B", "Z", "AA", "AZ", "AAA"]


def test_an_issue_says_where_and_what(english):
    long_cell = ImportIssue(ImportProblem.TOO_LONG, 3, 1, "Ord", {"max": 200, "length": 10_000_000})
    assert issue_text(long_cell) == (
        "Line 3, column A (Ord): The cell holds 10,000,000 characters; at most 200 are allowed."
    )
    binary = ImportIssue(ImportProblem.NOT_TEXT)
    assert issue_text(binary).startswith("The file is neither a CSV text file nor an Excel")
    language = ImportIssue(ImportProblem.UNKNOWN_LANGUAGE, 1, 28, "Klingon (tlh)", {"value": "tlh"})
    assert issue_text(language) == (
        "Line 1, column AB (Klingon (tlh)): “tlh” is not a language code the program knows."
    )


def test_every_problem_has_its_own_sentence(english):
    sentences = {issue_text(ImportIssue(p, params={"value": "x"})) for p in ImportProblem}
    assert len(sentences) == len(ImportProblem)


def test_errors_of_an_import_end_with_nothing_imported(english):
    error = VocabularyImportError([ImportIssue(ImportProblem.REQUIRED, 4, 1, "Term")])
    assert transfer_error_text(error).splitlines() == [
        "Line 4, column A (Term): The Danish term is empty.",
        "Nothing has been imported.",
    ]
    assert "import the file again" in transfer_error_text(ImportStaleError())
