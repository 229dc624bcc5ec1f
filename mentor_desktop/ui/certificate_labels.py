"""The words the certificate screens share: the checks as checklist lines, the certificate
languages, a certificate's state and a verification's verdict."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from mentor_desktop.domain.certificates import (
    AlreadyRevokedError,
    BatchCancelledError,
    CheckKind,
    CheckResult,
    ChecksFailedError,
    NothingToCertifyError,
    OverrideNotAllowedError,
    Verdict,
)
from mentor_desktop.domain.enums import CertificateLanguage
from mentor_desktop.domain.errors import ErrorCode, MentorError, NotFoundError, ValidationError
from mentor_desktop.services.certificates import CertificateRow, Verification
from mentor_desktop.ui import messages


def hours(minutes: int) -> str:
    return QLocale().toString(minutes / 60, "f", 1)


def check_title(kind: CheckKind) -> str:
    if kind == CheckKind.NAME:
        return QCoreApplication.translate("CertificateLabels", "Name as it will print")
    if kind == CheckKind.MIN_HOURS:
        return QCoreApplication.translate("CertificateLabels", "Minimum hours")
    if kind == CheckKind.SIGNED_FEEDBACK:
        return QCoreApplication.translate("CertificateLabels", "Signed employer feedback")
    return QCoreApplication.translate("CertificateLabels", "No unfinished sessions")


def check_detail(result: CheckResult) -> str:
    params = result.params
    if result.kind == CheckKind.NAME:
        text = QCoreApplication.translate(
            "CertificateLabels", "“{name}” – compare it with the learner's ID before printing."
        )
        if not result.passed:
            text = QCoreApplication.translate(
                "CertificateLabels", "“{name}” – first and last name are needed, and no digits."
            )
        return text.format(name=params["name"])
    if result.kind == CheckKind.MIN_HOURS:
        return QCoreApplication.translate(
            "CertificateLabels", "{hours} hours taught; the centre asks for at least {required}."
        ).format(hours=hours(params["minutes"]), required=hours(params["required"]))
    if result.kind == CheckKind.SIGNED_FEEDBACK:
        return QCoreApplication.translate(
            "CertificateLabels", "Signed feedback forms: {count}."
        ).format(count=params["count"])
    return QCoreApplication.translate(
        "CertificateLabels",
        "Unsaved session forms: {drafts}. Past sessions still marked planned: {unrecorded}.",
    ).format(drafts=params["drafts"], unrecorded=params["unrecorded"])


def language_name(language: CertificateLanguage | str) -> str:
    if language == CertificateLanguage.DANISH:
        return QCoreApplication.translate("CertificateLabels", "Danish")
    if language == CertificateLanguage.ENGLISH:
        return QCoreApplication.translate("CertificateLabels", "English")
    return QCoreApplication.translate("CertificateLabels", "Danish and English")


def state(row: CertificateRow) -> str:
    if row.revoked and row.replaced_by_number:
        return QCoreApplication.translate("CertificateLabels", "Replaced by {number}").format(
            number=row.replaced_by_number
        )
    if row.revoked:
        return QCoreApplication.translate("CertificateLabels", "Revoked")
    return QCoreApplication.translate("CertificateLabels", "Valid")


def verdict_text(result: Verification) -> str:
    row = result.certificate
    if result.verdict == Verdict.UNKNOWN or row is None:
        if result.code is None:
            return QCoreApplication.translate(
                "CertificateLabels",
                "This is not a verification code: it has 12 letters and digits.",
            )
        return QCoreApplication.translate(
            "CertificateLabels", "Unknown: no certificate of this centre has the code {code}."
        ).format(code=result.code)
    issued = QLocale().toString(row.issued_at.astimezone().date(), QLocale.FormatType.ShortFormat)
    if result.verdict == Verdict.REVOKED:
        text = QCoreApplication.translate(
            "CertificateLabels",
            "Revoked: certificate {number} to {name}, issued {date}.\nReason: {reason}",
        ).format(number=row.number, name=row.printed_name, date=issued, reason=row.revoked_reason)
        if row.replaced_by_number:
            text += "\n" + QCoreApplication.translate(
                "CertificateLabels", "It was replaced by {number}."
            ).format(number=row.replaced_by_number)
        return text
    return QCoreApplication.translate(
        "CertificateLabels", "Genuine: certificate {number} to {name}, issued {date}."
    ).format(number=row.number, name=row.printed_name, date=issued)


def error_text(error: MentorError) -> str:
    """A sentence for an error of the certificate work; other errors as everywhere else."""
    if isinstance(error, ChecksFailedError):
        return QCoreApplication.translate(
            "CertificateLabels",
            "Not issued: these checks failed and have no reason to override them: {checks}.",
        ).format(checks=", ".join(check_title(kind) for kind in error.failed))
    if isinstance(error, OverrideNotAllowedError):
        return QCoreApplication.translate(
            "CertificateLabels", "Only a coordinator may override a failed check."
        )
    if isinstance(error, AlreadyRevokedError):
        return QCoreApplication.translate(
            "CertificateLabels", "Certificate {number} has already been revoked."
        ).format(number=error.number)
    if isinstance(error, NothingToCertifyError):
        return QCoreApplication.translate(
            "CertificateLabels", "The learner has no placement to put on a certificate."
        )
    if isinstance(error, BatchCancelledError):
        return QCoreApplication.translate(
            "CertificateLabels",
            "The batch was cancelled; no certificate was issued and no file written.",
        )
    if isinstance(error, NotFoundError) and error.entity == "centre":
        return QCoreApplication.translate(
            "CertificateLabels",
            "Set up the centre (name, address, signatory) before issuing certificates.",
        )
    if isinstance(error, ValidationError) and all(
        e.code == ErrorCode.REQUIRED for e in error.errors
    ):
        return QCoreApplication.translate("CertificateLabels", "Give a reason.")
    return messages.error_text(error)
