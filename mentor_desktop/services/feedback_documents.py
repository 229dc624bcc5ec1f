"""The feedback forms' files: the PDF of a signed form, a blank form to sign on paper, and
the scan of a paper-signed form, written atomically where the user chose."""

from __future__ import annotations

import os

from mentor_desktop.documents.feedback_pdf import (
    FeedbackPdfData,
    blank_form_pdf,
    signed_form_pdf,
    write_atomically,
)
from mentor_desktop.domain.enums import FeedbackStatus
from mentor_desktop.domain.errors import MentorError, NotFoundError
from mentor_desktop.services.centre import CentreService
from mentor_desktop.services.feedback import FeedbackService
from mentor_desktop.services.feedback_types import FeedbackDetail, SealState


class NotSignedError(MentorError):
    """A signed form's PDF was asked for a form that is still a draft."""

    def __init__(self, form_id: int):
        self.form_id = form_id
        super().__init__(f"feedback form {form_id} is not signed")


class FileWriteError(MentorError):
    """The file could not be written; nothing was left half-written."""

    def __init__(self, path: str, detail: str):
        self.path = path
        self.detail = detail
        super().__init__(f"cannot write {path}: {detail}")


class FeedbackDocumentService:
    def __init__(self, feedback: FeedbackService, centre: CentreService):
        self._feedback = feedback
        self._centre = centre

    def signed_pdf(self, form_id: int, *, language: str = "da") -> bytes:
        """The PDF of a signed (or superseded) form; a broken seal is printed as a warning.
        Raises ``NotSignedError``, ``NotFoundError``."""
        detail = self._feedback.get(form_id)
        if detail.status is FeedbackStatus.DRAFT:
            raise NotSignedError(form_id)
        return signed_form_pdf(self._data(detail, language, blank=False))

    def blank_pdf(self, form_id: int, *, language: str = "da") -> bytes:
        """A blank form for the placement and period of ``form_id``, to sign on paper.
        Raises ``NotFoundError``."""
        return blank_form_pdf(self._data(self._feedback.get(form_id), language, blank=True))

    def save_signed_pdf(self, form_id: int, path: str, *, language: str = "da") -> None:
        """Raises ``NotSignedError``, ``NotFoundError``, ``FileWriteError``."""
        _write(path, self.signed_pdf(form_id, language=language))

    def save_blank_pdf(self, form_id: int, path: str, *, language: str = "da") -> None:
        """Raises ``NotFoundError``, ``FileWriteError``."""
        _write(path, self.blank_pdf(form_id, language=language))

    def save_scan(self, form_id: int, path: str) -> str:
        """Write the scan of a paper-signed form; returns its MIME type. Raises
        ``NotFoundError`` (also when the form has no scan), ``FileWriteError``."""
        scan = self._feedback.scan(form_id)
        if scan is None:
            raise NotFoundError("feedback_scan", form_id)
        _write(path, scan[0])
        return scan[1]

    def _data(self, detail: FeedbackDetail, language: str, *, blank: bool) -> FeedbackPdfData:
        try:
            centre_name: str | None = self._centre.get().name
        except NotFoundError:
            centre_name = None
        return FeedbackPdfData(
            language=language,
            form_id=detail.id,
            centre_name=centre_name,
            learner_name=detail.learner_name,
            employer_name=detail.employer_name,
            site_name=detail.site_name,
            job_title=detail.job_title,
            tutor_name=detail.tutor_name,
            period_start=detail.period_start,
            period_end=detail.period_end,
            criteria=[(c.key, c.label(language)) for c in detail.criteria.criteria],
            criteria_version=detail.criteria.number,
            ratings={} if blank else dict(detail.data.ratings),
            comments=None if blank else detail.data.comments,
            signer_name=None if blank else detail.data.signer_name,
            signer_role=None if blank else detail.data.signer_role,
            signed_at=None if blank else detail.signed_at,
            method=detail.method.value if detail.method is not None and not blank else None,
            signature_png=None if blank else detail.signature_png,
            content_hash=None if blank else detail.content_hash,
            seal_ok=blank or detail.seal is SealState.OK,
            supersedes_id=detail.supersedes_id,
            correction_reason=detail.correction_reason,
        )


def _write(path: str, content: bytes) -> None:
    try:
        write_atomically(path, content)
    except OSError as error:
        raise FileWriteError(os.fspath(path), error.strerror or str(error)) from error
