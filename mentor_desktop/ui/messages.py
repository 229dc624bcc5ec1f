"""Sentences for the typed errors that ``domain`` and ``services`` raise, in the user's
language. The layers below never translate; this module is where their errors get words."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from mentor_desktop.domain.errors import (
    ConflictError,
    DatabaseError,
    DatabaseProblem,
    ErrorCode,
    FieldError,
    MentorError,
    NotFoundError,
    NotPermittedError,
    ValidationError,
)
from mentor_desktop.services.demo import DemoCancelledError, DemoNotEmptyError


def _tr(text: str) -> str:
    return QCoreApplication.translate("Messages", text)


_DATABASE_PROBLEMS = {
    DatabaseProblem.BAD_URL: QT_TRANSLATE_NOOP(
        "Messages",
        "The database address is not valid. Check the --database option or the "
        "MENTOR_DATABASE_URL environment variable.",
    ),
    DatabaseProblem.UNREACHABLE: QT_TRANSLATE_NOOP(
        "Messages",
        "The database cannot be reached. Check the network connection, the server's address "
        "and that the server is running, or that the database file and its folder exist.",
    ),
    DatabaseProblem.READ_ONLY: QT_TRANSLATE_NOOP(
        "Messages",
        "The database can be read but not written. Check that you may write to the database "
        "file and to the folder it is in.",
    ),
    DatabaseProblem.LOCKED: QT_TRANSLATE_NOOP(
        "Messages",
        "The database is locked by another program. Close other copies of Mentor Desktop "
        "that use it and try again.",
    ),
    DatabaseProblem.CORRUPT: QT_TRANSLATE_NOOP(
        "Messages",
        "The database file is damaged. Restore it from a backup.",
    ),
    DatabaseProblem.NOT_A_DATABASE: QT_TRANSLATE_NOOP(
        "Messages",
        "The file is not a database, or it is encrypted. Check that you chose the right file.",
    ),
    DatabaseProblem.TOO_NEW: QT_TRANSLATE_NOOP(
        "Messages",
        "The database was created by a newer version of Mentor Desktop. Install that version "
        "to open it.",
    ),
    DatabaseProblem.UNKNOWN_SCHEMA: QT_TRANSLATE_NOOP(
        "Messages",
        "The database holds tables that Mentor Desktop does not know. It may belong to "
        "another program.",
    ),
    DatabaseProblem.MIGRATION_FAILED: QT_TRANSLATE_NOOP(
        "Messages",
        "The database could not be upgraded to this version of Mentor Desktop.",
    ),
    DatabaseProblem.DISK_FULL: QT_TRANSLATE_NOOP(
        "Messages",
        "The disk is full. Free some space and try again.",
    ),
    DatabaseProblem.BACKUP_FAILED: QT_TRANSLATE_NOOP(
        "Messages",
        "The database could not be backed up before the upgrade, so it was not upgraded.",
    ),
    DatabaseProblem.UNSUPPORTED: QT_TRANSLATE_NOOP(
        "Messages",
        "This kind of database is not supported. Use a SQLite file or a PostgreSQL server.",
    ),
    DatabaseProblem.OTHER: QT_TRANSLATE_NOOP(
        "Messages",
        "The database could not be used.",
    ),
}

_FIELDS = {
    "first_name": QT_TRANSLATE_NOOP("Messages", "First name"),
    "last_name": QT_TRANSLATE_NOOP("Messages", "Last name"),
    "birth_date": QT_TRANSLATE_NOOP("Messages", "Date of birth"),
    "phone": QT_TRANSLATE_NOOP("Messages", "Phone"),
    "email": QT_TRANSLATE_NOOP("Messages", "Email"),
    "case_reference": QT_TRANSLATE_NOOP("Messages", "Case reference"),
    "languages": QT_TRANSLATE_NOOP("Messages", "Languages"),
    "gloss_language": QT_TRANSLATE_NOOP("Messages", "Gloss language"),
    "level_listening": QT_TRANSLATE_NOOP("Messages", "Listening level"),
    "level_speaking": QT_TRANSLATE_NOOP("Messages", "Speaking level"),
    "level_reading": QT_TRANSLATE_NOOP("Messages", "Reading level"),
    "level_writing": QT_TRANSLATE_NOOP("Messages", "Writing level"),
    "level_assessed_on": QT_TRANSLATE_NOOP("Messages", "Level assessed on"),
    "legal_basis": QT_TRANSLATE_NOOP("Messages", "Legal basis"),
    "consent_given_on": QT_TRANSLATE_NOOP("Messages", "Consent given on"),
    "consent_withdrawn_on": QT_TRANSLATE_NOOP("Messages", "Consent withdrawn on"),
    "status": QT_TRANSLATE_NOOP("Messages", "Status"),
    "name": QT_TRANSLATE_NOOP("Messages", "Name"),
    "cvr": QT_TRANSLATE_NOOP("Messages", "CVR number"),
    "sector": QT_TRANSLATE_NOOP("Messages", "Sector"),
    "street": QT_TRANSLATE_NOOP("Messages", "Street"),
    "postcode": QT_TRANSLATE_NOOP("Messages", "Postcode"),
    "city": QT_TRANSLATE_NOOP("Messages", "City"),
    "role": QT_TRANSLATE_NOOP("Messages", "Role"),
    "first_action": QT_TRANSLATE_NOOP("Messages", "First agreed action"),
    "second_action": QT_TRANSLATE_NOOP("Messages", "Second agreed action"),
    "approved_on": QT_TRANSLATE_NOOP("Messages", "Approval date"),
    "starts_on": QT_TRANSLATE_NOOP("Messages", "Start of the agreement"),
    "ends_on": QT_TRANSLATE_NOOP("Messages", "End of the agreement"),
    "employer_id": QT_TRANSLATE_NOOP("Messages", "Employer"),
    "learner_id": QT_TRANSLATE_NOOP("Messages", "Learner"),
    "site_id": QT_TRANSLATE_NOOP("Messages", "Site"),
    "tutor_id": QT_TRANSLATE_NOOP("Messages", "Tutor"),
    "job_title": QT_TRANSLATE_NOOP("Messages", "Job title"),
    "referral_date": QT_TRANSLATE_NOOP("Messages", "Referral date"),
    "start_date": QT_TRANSLATE_NOOP("Messages", "Start date"),
    "end_date": QT_TRANSLATE_NOOP("Messages", "End date"),
    "planned_hours": QT_TRANSLATE_NOOP("Messages", "Planned hours"),
    "outcome": QT_TRANSLATE_NOOP("Messages", "Outcome"),
    "outcome_on": QT_TRANSLATE_NOOP("Messages", "Outcome date"),
    "followup_outcome": QT_TRANSLATE_NOOP("Messages", "Follow-up outcome"),
    "followup_on": QT_TRANSLATE_NOOP("Messages", "Follow-up date"),
    "buddy_name": QT_TRANSLATE_NOOP("Messages", "Language buddy"),
    "buddy_phone": QT_TRANSLATE_NOOP("Messages", "Language buddy's phone"),
    "term": QT_TRANSLATE_NOOP("Messages", "Danish term"),
    "word_class": QT_TRANSLATE_NOOP("Messages", "Word class"),
    "article": QT_TRANSLATE_NOOP("Messages", "Article"),
    "example": QT_TRANSLATE_NOOP("Messages", "Example sentence"),
    "glosses": QT_TRANSLATE_NOOP("Messages", "Glosses"),
    "picture": QT_TRANSLATE_NOOP("Messages", "Picture"),
    "description": QT_TRANSLATE_NOOP("Messages", "Description"),
    "login": QT_TRANSLATE_NOOP("Messages", "Login"),
    "active": QT_TRANSLATE_NOOP("Messages", "Active"),
    "signatory_name": QT_TRANSLATE_NOOP("Messages", "Signatory's name"),
    "signatory_title": QT_TRANSLATE_NOOP("Messages", "Signatory's title"),
    "certificate_prefix": QT_TRANSLATE_NOOP("Messages", "Certificate number prefix"),
    "min_certificate_minutes": QT_TRANSLATE_NOOP("Messages", "Minimum hours for a certificate"),
    "logo_png": QT_TRANSLATE_NOOP("Messages", "Logo"),
    "signature_png": QT_TRANSLATE_NOOP("Messages", "Signature"),
}


def database_problem_text(problem: DatabaseProblem) -> str:
    """One sentence saying what is wrong with the database and what to do about it."""
    return _tr(_DATABASE_PROBLEMS.get(problem, _DATABASE_PROBLEMS[DatabaseProblem.OTHER]))


def database_error_text(error: DatabaseError) -> str:
    """The problem, the database it concerns, and the reassurance that nothing changed."""
    lines = [database_problem_text(error.problem)]
    if error.target:
        lines.append(
            QCoreApplication.translate("Messages", "Database: {database}").format(
                database=error.target
            )
        )
    lines.append(QCoreApplication.translate("Messages", "Nothing has been changed."))
    return "\n\n".join(lines)


def field_name(field: str) -> str:
    source = _FIELDS.get(field)
    return _tr(source) if source else field


def field_error_text(error: FieldError) -> str:
    """What is wrong with one field, without the field's name (it is shown beside it)."""
    p = error.params
    match error.code:
        case ErrorCode.REQUIRED:
            return QCoreApplication.translate("Messages", "This field must be filled in.")
        case ErrorCode.TOO_LONG:
            return QCoreApplication.translate(
                "Messages", "At most {max} characters (now {length})."
            ).format(max=p.get("max", "?"), length=p.get("length", "?"))
        case ErrorCode.NOT_ASCII_DIGITS:
            return QCoreApplication.translate("Messages", "Use the digits 0–9 only.")
        case ErrorCode.INVALID_CVR:
            return QCoreApplication.translate(
                "Messages", "{value} is not a valid CVR number."
            ).format(value=p.get("value", ""))
        case ErrorCode.INVALID_EMAIL:
            return QCoreApplication.translate(
                "Messages", "{value} is not a valid email address."
            ).format(value=p.get("value", ""))
        case ErrorCode.INVALID_PHONE:
            return QCoreApplication.translate(
                "Messages", "{value} is not a valid phone number."
            ).format(value=p.get("value", ""))
        case ErrorCode.INVALID_POSTCODE:
            return QCoreApplication.translate(
                "Messages", "{value} is not a Danish postcode."
            ).format(value=p.get("value", ""))
        case ErrorCode.INVALID_CHOICE:
            return QCoreApplication.translate(
                "Messages", "{value} is not one of the choices."
            ).format(value=p.get("value", ""))
        case ErrorCode.MUST_BE_POSITIVE:
            return QCoreApplication.translate("Messages", "Must be more than 0.")
        case ErrorCode.TOO_LARGE if p.get("unit") == "bytes":
            return QCoreApplication.translate(
                "Messages", "The file is too large: at most {max} kB."
            ).format(max=int(p.get("max", 0)) // 1000)
        case ErrorCode.TOO_LARGE:
            return QCoreApplication.translate("Messages", "Must be at most {max}.").format(
                max=p.get("max", "?")
            )
        case ErrorCode.IN_FUTURE:
            return QCoreApplication.translate("Messages", "The date lies in the future.")
        case ErrorCode.ATTENDED_IN_FUTURE:
            return QCoreApplication.translate(
                "Messages", "A session in the future cannot have been attended."
            )
        case ErrorCode.DATE_ORDER:
            return QCoreApplication.translate(
                "Messages", "Must not be earlier than {other}."
            ).format(other=field_name(str(p.get("other", ""))))
        case ErrorCode.NOT_FOUND:
            return QCoreApplication.translate("Messages", "The chosen record no longer exists.")
        case ErrorCode.DUPLICATE if p.get("scope") == "list":
            return QCoreApplication.translate(
                "Messages", "{value} is already in this list."
            ).format(value=p.get("value", ""))
        case ErrorCode.DUPLICATE:
            return QCoreApplication.translate("Messages", "{value} is already in use.").format(
                value=p.get("value", "")
            )
        case ErrorCode.ARCHIVED:
            return QCoreApplication.translate("Messages", "The chosen record is archived.")
        case ErrorCode.INACTIVE:
            return QCoreApplication.translate("Messages", "The chosen person is no longer active.")
        case ErrorCode.INVALID_TRANSITION:
            return QCoreApplication.translate("Messages", "The status cannot change this way.")
        case ErrorCode.NOT_ENDED:
            return QCoreApplication.translate(
                "Messages", "Can only be filled in once the placement has ended."
            )
        case ErrorCode.INVALID_FORMAT:
            return QCoreApplication.translate(
                "Messages", "{value} is not in the expected format."
            ).format(value=p.get("value", ""))
        case ErrorCode.INVALID_IMAGE:
            return QCoreApplication.translate("Messages", "The file is not a usable PNG image.")
        case ErrorCode.UNKNOWN_LANGUAGE:
            return QCoreApplication.translate(
                "Messages", "{value} is not a language code the program knows."
            ).format(value=p.get("value", ""))
        case ErrorCode.INVALID_PICTURE:
            return QCoreApplication.translate(
                "Messages", "The file is not a whole PNG or JPEG picture."
            )
        case ErrorCode.LAST_ADMIN:
            return QCoreApplication.translate(
                "Messages", "At least one active administrator must remain."
            )
    return QCoreApplication.translate("Messages", "The value is not valid.")


def error_text(error: MentorError) -> str:
    """A sentence for any error the program expects."""
    if isinstance(error, DatabaseError):
        return database_error_text(error)
    if isinstance(error, ValidationError):
        return "\n".join(
            QCoreApplication.translate("Messages", "{field}: {problem}").format(
                field=field_name(e.field), problem=field_error_text(e)
            )
            for e in error.errors
        )
    if isinstance(error, DemoNotEmptyError):
        return QCoreApplication.translate(
            "Messages",
            "The database is not empty; a demo centre can only go into an empty database.",
        )
    if isinstance(error, DemoCancelledError):
        return QCoreApplication.translate(
            "Messages", "The demo centre was cancelled; nothing was saved."
        )
    if isinstance(error, NotPermittedError):
        return QCoreApplication.translate(
            "Messages",
            "Only a coordinator or an administrator may change the centre's settings or "
            "other users. Nothing was changed.",
        )
    if isinstance(error, ConflictError):
        return QCoreApplication.translate(
            "Messages",
            "Someone else changed this record after you opened it. Open it again to see "
            "their changes.",
        )
    if isinstance(error, NotFoundError):
        return QCoreApplication.translate(
            "Messages", "The record no longer exists. Someone may have deleted it."
        )
    return QCoreApplication.translate("Messages", "The action could not be completed.")
