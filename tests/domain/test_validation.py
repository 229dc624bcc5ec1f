from __future__ import annotations

from datetime import date, datetime

import pytest

from mentor_desktop.domain.enums import PlacementStatus
from mentor_desktop.domain.errors import ErrorCode, ValidationError
from mentor_desktop.domain.validation import (
    Checker,
    is_ascii_digits,
    is_valid_cvr,
    lessons_of_45,
    session_in_future,
)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("0123", True),
        ("١٢٣", False),
        ("۱۲۳", False),
        ("１２３", False),
        ("12a", False),
        ("", False),
        ("12\n", False),
    ],
)
def test_ascii_digits_only(value, expected):
    assert is_ascii_digits(value) is expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("13585628", True),
        ("13 58 56 28", True),
        ("13585629", False),
        ("1358562", False),
        ("١٣٥٨٥٦٢٨", False),
        ("00000000", False),
    ],
)
def test_cvr_modulus_11(value, expected):
    assert is_valid_cvr(value) is expected


def test_checker_names_every_bad_field():
    check = Checker()
    assert check.cvr("cvr", "١٣٥٨٥٦٢٨") == "١٣٥٨٥٦٢٨"
    check.text("name", "", required=True)
    check.positive_int("minutes", 0)
    with pytest.raises(ValidationError) as caught:
        check.raise_if_any()
    assert [(e.field, e.code) for e in caught.value.errors] == [
        ("cvr", ErrorCode.NOT_ASCII_DIGITS),
        ("name", ErrorCode.REQUIRED),
        ("minutes", ErrorCode.MUST_BE_POSITIVE),
    ]


def test_positive_int_refuses_bools_and_text():
    check = Checker()
    check.positive_int("a", True)
    check.positive_int("b", "5")  # type: ignore[arg-type]
    assert [e.code for e in check.errors] == [ErrorCode.INVALID_CHOICE] * 2


def test_date_order_puts_the_error_on_the_later_field():
    check = Checker()
    check.date_order("start_date", date(2026, 5, 2), "end_date", date(2026, 5, 1))
    check.date_order("start_date", date(2026, 5, 1), "end_date", date(2026, 5, 1))
    check.date_order("start_date", None, "end_date", date(2026, 5, 1))
    [error] = check.errors
    assert error.field == "end_date" and error.params["other"] == "start_date"


@pytest.mark.parametrize(
    ("value", "code", "cleaned"),
    [
        ("Mette", None, "mette"),
        ("m.s-2_b", None, "m.s-2_b"),
        ("m", ErrorCode.INVALID_FORMAT, "m"),
        ("-mette", ErrorCode.INVALID_FORMAT, "-mette"),
        ("søren", ErrorCode.INVALID_FORMAT, "søren"),
    ],
)
def test_login(value, code, cleaned):
    check = Checker()
    assert check.login("login", value) == cleaned
    assert [e.code for e in check.errors] == ([code] if code else [])


@pytest.mark.parametrize(
    ("value", "ok"),
    [
        ("md", True),
        ("SC-VEST", True),
        ("MD 1", False),
        ("-MD", False),
        ("ÆØ", False),
        ("A" * 21, False),
    ],
)
def test_certificate_prefix(value, ok):
    check = Checker()
    check.certificate_prefix("prefix", value)
    assert (not check.errors) is ok


def test_png():
    check = Checker()
    check.png("logo", b"\x89PNG\r\n\x1a\n....")
    check.png("logo", None)
    assert not check.errors
    check.png("logo", b"\xff\xd8\xff\xe0 jpeg")
    check.png("logo", b"\x89PNG\r\n\x1a\n" + b"0" * 10, max_bytes=10)
    assert [e.code for e in check.errors] == [ErrorCode.INVALID_IMAGE, ErrorCode.TOO_LARGE]


def test_status_transition():
    check = Checker()
    check.status_transition("status", None, PlacementStatus.REFERRED)
    check.status_transition("status", PlacementStatus.ACTIVE, PlacementStatus.ACTIVE)
    assert not check.errors
    check.status_transition("status", PlacementStatus.REFERRED, PlacementStatus.COMPLETED)
    [error] = check.errors
    assert error.code is ErrorCode.INVALID_TRANSITION
    assert error.params == {"value": "completed", "current": "referred"}


NOW = datetime(2026, 11, 27, 12, 0)


@pytest.mark.parametrize(
    ("day", "start", "future"),
    [
        (date(2026, 11, 28), None, True),
        (date(2026, 11, 27), None, False),
        (date(2026, 11, 27), datetime(2026, 11, 27, 12, 1), True),
        (date(2026, 11, 27), datetime(2026, 11, 27, 12, 0), False),
        (date(2026, 11, 26), datetime(2026, 11, 26, 23, 0), False),
    ],
)
def test_session_in_future(day, start, future):
    assert session_in_future(day, start, NOW) is future


def test_lessons_of_45_minutes():
    assert lessons_of_45(45) == 1
    assert lessons_of_45(90) == 2
    assert lessons_of_45(60) == pytest.approx(1.333, abs=0.001)
