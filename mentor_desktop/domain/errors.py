"""Typed errors the services raise. They carry field names and values, never sentences:
the UI turns them into text in the user's language."""

from __future__ import annotations

from dataclasses import dataclass
from dataclasses import field as dc_field
from enum import StrEnum
from typing import Any


class ErrorCode(StrEnum):
    REQUIRED = "required"
    TOO_LONG = "too_long"
    NOT_ASCII_DIGITS = "not_ascii_digits"
    INVALID_CVR = "invalid_cvr"
    INVALID_EMAIL = "invalid_email"
    INVALID_PHONE = "invalid_phone"
    INVALID_POSTCODE = "invalid_postcode"
    INVALID_CHOICE = "invalid_choice"
    MUST_BE_POSITIVE = "must_be_positive"
    TOO_LARGE = "too_large"
    IN_FUTURE = "in_future"
    ATTENDED_IN_FUTURE = "attended_in_future"
    DATE_ORDER = "date_order"
    NOT_FOUND = "not_found"
    DUPLICATE = "duplicate"
    ARCHIVED = "archived"
    INACTIVE = "inactive"
    INVALID_TRANSITION = "invalid_transition"
    NOT_ENDED = "not_ended"
    INVALID_FORMAT = "invalid_format"
    INVALID_IMAGE = "invalid_image"
    LAST_ADMIN = "last_admin"
    UNKNOWN_LANGUAGE = "unknown_language"
    INVALID_PICTURE = "invalid_picture"


@dataclass(frozen=True)
class FieldError:
    """One problem with one field: ``field`` is the input's name, ``params`` fill the message."""

    field: str
    code: ErrorCode
    params: dict[str, Any] = dc_field(default_factory=dict)


class MentorError(Exception):
    """Base of every error the program expects and shows to the user."""


class ValidationError(MentorError):
    """Input that breaks a rule; ``errors`` names each field and what is wrong with it."""

    def __init__(self, errors: list[FieldError]):
        self.errors = list(errors)
        super().__init__("; ".join(f"{e.field}: {e.code}" for e in self.errors))

    def for_field(self, name: str) -> FieldError | None:
        return next((e for e in self.errors if e.field == name), None)


class NotFoundError(MentorError):
    def __init__(self, entity: str, entity_id: int):
        self.entity = entity
        self.entity_id = entity_id
        super().__init__(f"{entity} {entity_id} not found")


class ConflictError(MentorError):
    """Somebody else saved the record since it was read (optimistic locking)."""

    def __init__(self, entity: str, entity_id: int, expected_version: int, actual_version: int):
        self.entity = entity
        self.entity_id = entity_id
        self.expected_version = expected_version
        self.actual_version = actual_version
        super().__init__(
            f"{entity} {entity_id} changed: expected version {expected_version}, "
            f"found {actual_version}"
        )


class DatabaseProblem(StrEnum):
    BAD_URL = "bad_url"
    UNREACHABLE = "unreachable"
    READ_ONLY = "read_only"
    LOCKED = "locked"
    CORRUPT = "corrupt"
    NOT_A_DATABASE = "not_a_database"
    TOO_NEW = "too_new"
    UNKNOWN_SCHEMA = "unknown_schema"
    MIGRATION_FAILED = "migration_failed"
    DISK_FULL = "disk_full"
    BACKUP_FAILED = "backup_failed"
    UNSUPPORTED = "unsupported"
    OTHER = "other"


class DatabaseError(MentorError):
    """The database cannot be used as asked; ``problem`` says why, ``detail`` is technical."""

    def __init__(self, problem: DatabaseProblem, *, target: str = "", detail: str = ""):
        self.problem = problem
        self.target = target
        self.detail = detail
        super().__init__(f"{problem.value}: {target} {detail}".strip())


class NotPermittedError(MentorError):
    """The user working may not do this: only a coordinator or an administrator may change
    the centre's settings or another user."""
