from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale

from mentor_desktop.app import install_translators, remove_translators
from mentor_desktop.domain.errors import (
    ConflictError,
    DatabaseError,
    DatabaseProblem,
    ErrorCode,
    FieldError,
    ValidationError,
)
from mentor_desktop.ui.messages import (
    database_error_text,
    database_problem_text,
    error_text,
    field_error_text,
)


@pytest.fixture(params=["en", "da"])
def language(request, qapp) -> Iterator[str]:
    previous = QLocale()
    translators = install_translators(qapp, request.param)
    yield request.param
    remove_translators(qapp, translators)
    QLocale.setDefault(previous)


def test_every_database_problem_has_its_own_sentence(language):
    sentences = {problem: database_problem_text(problem) for problem in DatabaseProblem}
    assert len(set(sentences.values())) == len(DatabaseProblem)


def test_every_field_error_has_its_own_sentence(language):
    fallback = field_error_text(FieldError("x", "no such code"))  # type: ignore[arg-type]
    sentences = [field_error_text(FieldError("x", code, {"value": "7"})) for code in ErrorCode]
    assert fallback not in sentences
    assert len(set(sentences)) == len(ErrorCode)


def test_a_database_error_names_the_problem_and_the_database(language):
    error = DatabaseError(DatabaseProblem.TOO_NEW, target="/data/mentor.sqlite3")
    text = database_error_text(error)
    assert "/data/mentor.sqlite3" in text
    expected = {"en": "newer version of Mentor Desktop", "da": "nyere version af Mentor Desktop"}
    assert expected[language] in text


def test_validation_errors_name_the_field_in_the_users_language(language):
    error = ValidationError([FieldError("first_name", ErrorCode.REQUIRED)])
    expected = {
        "en": "First name: This field must be filled in.",
        "da": "Fornavn: Feltet skal udfyldes.",
    }
    assert error_text(error) == expected[language]
    assert error_text(ConflictError("learner", 1, 1, 2))
