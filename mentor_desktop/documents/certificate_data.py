"""What a certificate prints, as plain data: built by the certificate service from the
records, stored with the certificate (``to_json``) and drawn by ``certificate_pdf``."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import date
from typing import Any


@dataclass(frozen=True)
class PlacementPart:
    employer_name: str
    employer_cvr: str | None
    site_name: str
    job_title: str | None
    start: date | None
    end: date | None


@dataclass(frozen=True)
class Named:
    """A catalogue text in both languages (work situations, can-do goals), with a figure."""

    da: str
    en: str
    count: int = 0
    level: str | None = None


@dataclass(frozen=True)
class VocabularyArea:
    name: str
    mastered: int
    words: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class FeedbackSummary:
    signed_forms: int
    last_signed_on: date
    signer_name: str
    signer_role: str | None
    comment: str | None


@dataclass(frozen=True)
class CentrePart:
    name: str
    street: str | None
    postcode: str | None
    city: str | None
    cvr: str | None
    signatory_name: str | None
    signatory_title: str | None


@dataclass(frozen=True)
class CertificateData:
    number: str
    verification_code: str
    qr_payload: str
    learner_name: str
    birth_date: date | None
    centre: CentrePart
    placements: list[PlacementPart]
    period_start: date
    period_end: date
    sessions: int
    sessions_on_site: int
    minutes: int
    work_situations: list[Named]
    vocabulary: list[VocabularyArea]
    can_do: list[Named]
    level: str | None
    feedback: FeedbackSummary | None
    tutors: list[str]
    issued_on: date
    place: str | None
    replaces_number: str | None = None

    @property
    def words_mastered(self) -> int:
        return sum(area.mastered for area in self.vocabulary)

    def to_json(self) -> dict[str, Any]:
        """A JSON-ready copy (dates as ISO strings) for the certificate's ``content``."""
        return _jsonable(asdict(self))


def _jsonable(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _jsonable(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_jsonable(v) for v in value]
    if isinstance(value, date):
        return value.isoformat()
    return value
