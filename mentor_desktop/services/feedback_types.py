"""The data the feedback service takes and returns, its errors, and the check of a stored
form against its seal."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum
from typing import Any

from mentor_desktop.db import models as m
from mentor_desktop.domain.enums import FeedbackStatus, SignatureMethod
from mentor_desktop.domain.errors import MentorError
from mentor_desktop.domain.feedback import SealInput, Stroke, seal_digest
from mentor_desktop.services.reference import CriteriaSet, Criterion

log = logging.getLogger(__name__)


class FormLockedError(MentorError):
    """The form is signed (or superseded) and can no longer be changed."""

    def __init__(self, form_id: int, status: FeedbackStatus):
        self.form_id = form_id
        self.status = status
        super().__init__(f"feedback form {form_id} is {status.value}")


class CorrectionExistsError(MentorError):
    """A correction of the form is already being prepared: ``draft_id``."""

    def __init__(self, form_id: int, draft_id: int):
        self.form_id = form_id
        self.draft_id = draft_id
        super().__init__(f"feedback form {form_id} already has correction {draft_id}")


class FeedbackSort(StrEnum):
    PERIOD = "period"
    LEARNER = "learner"
    EMPLOYER = "employer"
    STATUS = "status"
    SIGNED = "signed"


FORM_SORT_KEYS: dict[FeedbackSort, list[Any]] = {
    FeedbackSort.PERIOD: [m.FeedbackForm.period_end, m.FeedbackForm.period_start],
    FeedbackSort.LEARNER: [m.Learner.last_name, m.Learner.first_name],
    FeedbackSort.EMPLOYER: [m.Employer.name],
    FeedbackSort.STATUS: [m.FeedbackForm.status],
    FeedbackSort.SIGNED: [m.FeedbackForm.signed_at],
}


class SealState(StrEnum):
    UNSIGNED = "unsigned"
    OK = "ok"
    BROKEN = "broken"


@dataclass
class FeedbackInput:
    """What the employer fills in. ``ratings`` maps a criterion's key to 1-4, or to ``None``
    for "not observed"; a key left out is not answered yet."""

    ratings: dict[str, int | None] = field(default_factory=dict)
    comments: str | None = None
    signer_name: str | None = None
    signer_role: str | None = None


@dataclass(frozen=True)
class FeedbackRow:
    id: int
    placement_id: int
    learner_name: str
    employer_name: str
    period_start: date
    period_end: date
    status: FeedbackStatus
    method: SignatureMethod | None
    signer_name: str | None
    signed_at: datetime | None
    seal: SealState
    supersedes_id: int | None

    @property
    def archived(self) -> bool:
        """A form replaced by a correction: kept, but shown as no longer current."""
        return self.status is FeedbackStatus.SUPERSEDED


@dataclass(frozen=True)
class FeedbackDetail:
    id: int
    version: int
    placement_id: int
    learner_name: str
    employer_name: str
    site_name: str
    job_title: str | None
    tutor_id: int | None
    tutor_name: str | None
    period_start: date
    period_end: date
    status: FeedbackStatus
    criteria: CriteriaSet
    data: FeedbackInput
    method: SignatureMethod | None
    strokes: list[Stroke]
    signature_png: bytes | None
    scan_mime: str | None
    signed_at: datetime | None
    content_hash: str | None
    seal: SealState
    supersedes_id: int | None
    correction_reason: str | None
    superseded_by_id: int | None
    correction_draft_id: int | None

    @property
    def editable(self) -> bool:
        """A draft that was never sealed: it can still be filled in and signed."""
        return self.status is FeedbackStatus.DRAFT and self.content_hash is None


@dataclass(frozen=True)
class RatedCriterion:
    key: str
    label_da: str
    label_en: str
    rating: int | None


@dataclass(frozen=True)
class SignedFeedbackSummary:
    """One signed form of a placement, as a certificate quotes it."""

    form_id: int
    period_start: date
    period_end: date
    signed_at: datetime
    signer_name: str
    signer_role: str | None
    method: SignatureMethod
    ratings: list[RatedCriterion]
    comments: str | None
    seal_ok: bool


def criteria_set(row: m.FeedbackCriteriaSet) -> CriteriaSet:
    return CriteriaSet(
        id=row.id,
        number=row.number,
        criteria=[Criterion(c["key"], c["da"], c["en"]) for c in row.criteria],
        active=row.active,
    )


def seal_input(row: m.FeedbackForm, criteria: m.FeedbackCriteriaSet) -> SealInput:
    assert row.signer_name is not None and row.signed_at is not None
    assert row.signature_method is not None
    return SealInput(
        form_id=row.id,
        placement_id=row.placement_id,
        period_start=row.period_start,
        period_end=row.period_end,
        criteria_set_number=criteria.number,
        criteria=list(criteria.criteria),
        ratings=dict(row.ratings or {}),
        comments=row.comments,
        signer_name=row.signer_name,
        signer_role=row.signer_role,
        signed_at=row.signed_at,
        method=row.signature_method.value,
        strokes=row.signature_strokes,
        signature_png=row.signature_png,
        paper_scan=row.paper_scan,
        supersedes_id=row.supersedes_id,
        correction_reason=row.correction_reason,
    )


def seal_state(row: m.FeedbackForm, criteria: m.FeedbackCriteriaSet) -> SealState:
    """Check the row against its seal; a mismatch is written to the log. A sealed form put
    back to draft, or a signed one without a seal, is broken too."""
    if row.status is FeedbackStatus.DRAFT and row.content_hash is None:
        return SealState.UNSIGNED
    try:
        ok = (
            row.status is not FeedbackStatus.DRAFT
            and row.content_hash is not None
            and seal_digest(seal_input(row, criteria)) == row.content_hash
        )
    except (AssertionError, AttributeError, KeyError, TypeError, ValueError):
        ok = False
    if not ok:
        log.warning("feedback form %s: the seal does not match the stored form", row.id)
        return SealState.BROKEN
    return SealState.OK
