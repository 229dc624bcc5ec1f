"""Validation rules of the domain. Each check adds a ``FieldError`` to a ``Checker``;
``Checker.raise_if_any()`` raises one ``ValidationError`` naming every bad field."""

from __future__ import annotations

import re
from datetime import date, datetime
from enum import StrEnum
from typing import TypeVar

from stdnum.dk import cvr as stdnum_cvr
from stdnum.exceptions import ValidationError as StdnumError

from mentor_desktop.domain.enums import PlacementStatus
from mentor_desktop.domain.errors import ErrorCode, FieldError, ValidationError
from mentor_desktop.domain.placements import can_change_status

E = TypeVar("E", bound=StrEnum)

ASCII_DIGITS = re.compile(r"[0-9]+\Z", re.ASCII)
# Deliberately loose: one @, something on each side, a dot in the domain, no spaces.
EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+\Z")
PHONE = re.compile(r"\+?[0-9 ()-]{6,20}\Z", re.ASCII)
# Logins are compared lower-cased: letters, digits, dot, hyphen, underscore.
LOGIN = re.compile(r"[a-z0-9][a-z0-9._-]{1,99}\Z", re.ASCII)
# Certificate numbers look like "MD-2026-0001": the prefix is upper-case ASCII.
CERTIFICATE_PREFIX = re.compile(r"[A-Z0-9][A-Z0-9-]{0,19}\Z", re.ASCII)
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
MAX_IMAGE_BYTES = 2_000_000

MAX_NAME = 200
MAX_TEXT = 4000
MAX_SESSION_MINUTES = 12 * 60


def is_ascii_digits(value: str) -> bool:
    """True for a non-empty run of 0-9 only (``str.isdigit`` and ``\\d`` also accept
    Arabic-Indic and other digits)."""
    return bool(ASCII_DIGITS.match(value))


def normalise_cvr(value: str) -> str:
    return value.replace(" ", "").replace("-", "")


def is_valid_cvr(value: str) -> bool:
    compact = normalise_cvr(value)
    if not is_ascii_digits(compact) or len(compact) != 8:
        return False
    try:
        stdnum_cvr.validate(compact)
    except StdnumError:
        return False
    return True


class Checker:
    """Collects field errors for one piece of input."""

    def __init__(self) -> None:
        self.errors: list[FieldError] = []

    def add(self, field: str, code: ErrorCode, **params: object) -> None:
        self.errors.append(FieldError(field, code, dict(params)))

    def has(self, field: str) -> bool:
        return any(e.field == field for e in self.errors)

    def raise_if_any(self) -> None:
        if self.errors:
            raise ValidationError(self.errors)

    def text(
        self, field: str, value: str | None, *, required: bool = False, max_length: int = MAX_NAME
    ) -> str | None:
        """Strip ``value``; empty becomes None. Returns the cleaned value."""
        cleaned = (value or "").strip()
        if not cleaned:
            if required:
                self.add(field, ErrorCode.REQUIRED)
            return None
        if len(cleaned) > max_length:
            self.add(field, ErrorCode.TOO_LONG, max=max_length, length=len(cleaned))
        return cleaned

    def choice(
        self, field: str, value: object, enum: type[E], *, required: bool = True
    ) -> E | None:
        if value is None or value == "":
            if required:
                self.add(field, ErrorCode.REQUIRED)
            return None
        try:
            return enum(str(value))
        except ValueError:
            self.add(field, ErrorCode.INVALID_CHOICE, value=str(value))
            return None

    def cvr(self, field: str, value: str | None, *, required: bool = False) -> str | None:
        cleaned = self.text(field, value, required=required, max_length=20)
        if cleaned is None:
            return None
        compact = normalise_cvr(cleaned)
        if not is_ascii_digits(compact):
            self.add(field, ErrorCode.NOT_ASCII_DIGITS, value=cleaned)
        elif not is_valid_cvr(compact):
            self.add(field, ErrorCode.INVALID_CVR, value=cleaned)
        return compact

    def postcode(self, field: str, value: str | None) -> str | None:
        cleaned = self.text(field, value, max_length=10)
        if cleaned is None:
            return None
        if not is_ascii_digits(cleaned):
            self.add(field, ErrorCode.NOT_ASCII_DIGITS, value=cleaned)
        elif len(cleaned) != 4:
            self.add(field, ErrorCode.INVALID_POSTCODE, value=cleaned)
        return cleaned

    def email(self, field: str, value: str | None) -> str | None:
        cleaned = self.text(field, value, max_length=254)
        if cleaned is not None and not EMAIL.match(cleaned):
            self.add(field, ErrorCode.INVALID_EMAIL, value=cleaned)
        return cleaned

    def phone(self, field: str, value: str | None) -> str | None:
        cleaned = self.text(field, value, max_length=30)
        if cleaned is not None and not PHONE.match(cleaned):
            self.add(field, ErrorCode.INVALID_PHONE, value=cleaned)
        return cleaned

    def positive_int(
        self, field: str, value: int | None, *, required: bool = True, maximum: int | None = None
    ) -> int | None:
        if value is None:
            if required:
                self.add(field, ErrorCode.REQUIRED)
            return None
        if isinstance(value, bool) or not isinstance(value, int):
            self.add(field, ErrorCode.INVALID_CHOICE, value=str(value))
            return None
        if value <= 0:
            self.add(field, ErrorCode.MUST_BE_POSITIVE, value=value)
        elif maximum is not None and value > maximum:
            self.add(field, ErrorCode.TOO_LARGE, value=value, max=maximum)
        return value

    def login(self, field: str, value: str | None) -> str | None:
        """A login, lower-cased; refused unless it is ASCII letters, digits, ``._-``."""
        cleaned = self.text(field, value, required=True, max_length=100)
        if cleaned is None:
            return None
        cleaned = cleaned.lower()
        if not LOGIN.match(cleaned):
            self.add(field, ErrorCode.INVALID_FORMAT, value=cleaned)
        return cleaned

    def certificate_prefix(self, field: str, value: str | None) -> str | None:
        cleaned = self.text(field, value, required=True, max_length=20)
        if cleaned is None:
            return None
        cleaned = cleaned.upper()
        if not CERTIFICATE_PREFIX.match(cleaned):
            self.add(field, ErrorCode.INVALID_FORMAT, value=cleaned)
        return cleaned

    def png(self, field: str, data: bytes | None, *, max_bytes: int = MAX_IMAGE_BYTES) -> None:
        if data is None:
            return
        if not data.startswith(PNG_SIGNATURE):
            self.add(field, ErrorCode.INVALID_IMAGE)
        elif len(data) > max_bytes:
            self.add(field, ErrorCode.TOO_LARGE, value=len(data), max=max_bytes)

    def status_transition(
        self, field: str, current: PlacementStatus | None, new: PlacementStatus | None
    ) -> None:
        """``new`` must be allowed after ``current`` (``None``: the placement is new)."""
        if new is not None and not can_change_status(current, new):
            self.add(
                field,
                ErrorCode.INVALID_TRANSITION,
                value=new.value,
                current=current.value if current is not None else None,
            )

    def not_in_future(self, field: str, value: date | None, today: date) -> None:
        if value is not None and value > today:
            self.add(field, ErrorCode.IN_FUTURE, value=value.isoformat())

    def date_order(
        self, earlier_field: str, earlier: date | None, later_field: str, later: date | None
    ) -> None:
        """``later`` must not come before ``earlier``; the error is put on ``later_field``."""
        if earlier is not None and later is not None and later < earlier:
            self.add(
                later_field,
                ErrorCode.DATE_ORDER,
                other=earlier_field,
                value=later.isoformat(),
                other_value=earlier.isoformat(),
            )


def session_in_future(session_date: date, start: datetime | None, now: datetime) -> bool:
    """Whether a session lies in the future compared with ``now`` (both local, naive)."""
    if session_date > now.date():
        return True
    return start is not None and session_date == now.date() and start > now


def lessons_of_45(minutes: int) -> float:
    """Minutes as Danish teaching lessons (lektioner) of 45 minutes."""
    return minutes / 45
