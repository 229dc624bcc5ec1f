"""Learners: create, update, get, list with search, archive and restore."""

from __future__ import annotations

import builtins
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum
from typing import Any

import sqlalchemy as sa
import sqlalchemy.orm as orm

from mentor_desktop.db import models as m
from mentor_desktop.domain.enums import (
    Attendance,
    AuditAction,
    CefrLevel,
    LearnerStatus,
    LegalBasis,
)
from mentor_desktop.domain.errors import ErrorCode
from mentor_desktop.domain.languages import is_known_language
from mentor_desktop.domain.placements import OPEN_STATUSES
from mentor_desktop.domain.validation import Checker
from mentor_desktop.services.base import (
    Page,
    ServiceContext,
    changed_fields,
    check_version,
    clamp_page,
    danish_order,
    get_or_raise,
    search_condition,
)

ENTITY = "learner"


@dataclass
class LearnerInput:
    """What a person can edit on a learner."""

    first_name: str = ""
    last_name: str = ""
    birth_date: date | None = None
    phone: str | None = None
    email: str | None = None
    case_reference: str | None = None
    languages: list[str] = field(default_factory=list)
    gloss_language: str | None = None
    level_listening: CefrLevel | None = None
    level_speaking: CefrLevel | None = None
    level_reading: CefrLevel | None = None
    level_writing: CefrLevel | None = None
    level_assessed_on: date | None = None
    legal_basis: LegalBasis = LegalBasis.PUBLIC_TASK
    consent_given_on: date | None = None
    consent_withdrawn_on: date | None = None
    status: LearnerStatus = LearnerStatus.ACTIVE


@dataclass(frozen=True)
class LearnerRow:
    id: int
    first_name: str
    last_name: str
    case_reference: str | None
    first_language: str | None
    status: LearnerStatus
    employer_name: str | None
    archived: bool

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}"


@dataclass(frozen=True)
class LearnerPlacementSummary:
    id: int
    employer_name: str
    site_name: str
    tutor_name: str | None
    job_title: str | None
    status: str
    start_date: date | None
    end_date: date | None


@dataclass(frozen=True)
class LearnerDetail:
    id: int
    version: int
    data: LearnerInput
    archived_at: datetime | None
    created_at: datetime
    placements: list[LearnerPlacementSummary]
    session_count: int
    minutes_attended: int

    @property
    def full_name(self) -> str:
        return f"{self.data.first_name} {self.data.last_name}"


class LearnerSort(StrEnum):
    NAME = "name"
    CASE_REFERENCE = "case_reference"
    STATUS = "status"
    CREATED = "created"


def search_text(first_name: str, last_name: str, case_reference: str | None) -> str:
    return " ".join(p for p in (first_name, last_name, case_reference or "") if p).casefold()


def validate(data: LearnerInput, today: date) -> LearnerInput:
    """Cleaned copy of ``data``; raises ``ValidationError`` naming every bad field."""
    check = Checker()
    cleaned = LearnerInput(
        first_name=check.text("first_name", data.first_name, required=True) or "",
        last_name=check.text("last_name", data.last_name, required=True) or "",
        birth_date=data.birth_date,
        phone=check.phone("phone", data.phone),
        email=check.email("email", data.email),
        case_reference=check.text("case_reference", data.case_reference, max_length=50),
        languages=[],
        gloss_language=None,
        level_listening=check.choice(
            "level_listening", data.level_listening, CefrLevel, required=False
        ),
        level_speaking=check.choice(
            "level_speaking", data.level_speaking, CefrLevel, required=False
        ),
        level_reading=check.choice("level_reading", data.level_reading, CefrLevel, required=False),
        level_writing=check.choice("level_writing", data.level_writing, CefrLevel, required=False),
        level_assessed_on=data.level_assessed_on,
        legal_basis=check.choice("legal_basis", data.legal_basis, LegalBasis)
        or LegalBasis.PUBLIC_TASK,
        consent_given_on=data.consent_given_on,
        consent_withdrawn_on=data.consent_withdrawn_on,
        status=check.choice("status", data.status, LearnerStatus) or LearnerStatus.ACTIVE,
    )
    check.not_in_future("birth_date", data.birth_date, today)
    check.not_in_future("level_assessed_on", data.level_assessed_on, today)
    check.not_in_future("consent_given_on", data.consent_given_on, today)
    check.date_order("birth_date", data.birth_date, "level_assessed_on", data.level_assessed_on)
    check.date_order(
        "consent_given_on", data.consent_given_on, "consent_withdrawn_on", data.consent_withdrawn_on
    )
    seen: list[str] = []
    for code in data.languages:
        code = (code or "").strip().lower()
        if not code or code in seen:
            continue
        if not is_known_language(code):
            check.add("languages", ErrorCode.INVALID_CHOICE, value=code)
        seen.append(code)
    cleaned.languages = seen
    gloss = (data.gloss_language or "").strip().lower() or None
    if gloss is not None and not is_known_language(gloss):
        check.add("gloss_language", ErrorCode.INVALID_CHOICE, value=gloss)
    cleaned.gloss_language = gloss
    check.raise_if_any()
    return cleaned


_COLUMNS = (
    "first_name last_name birth_date phone email case_reference gloss_language level_listening "
    "level_speaking level_reading level_writing level_assessed_on legal_basis consent_given_on "
    "consent_withdrawn_on status"
).split()


class LearnerService:
    def __init__(self, context: ServiceContext):
        self._context = context

    def create(self, data: LearnerInput) -> LearnerDetail:
        """Raises ``ValidationError``."""
        cleaned = validate(data, self._context.today())
        with self._context.write() as s:
            row = m.Learner(**{name: getattr(cleaned, name) for name in _COLUMNS})
            row.search_text = search_text(
                cleaned.first_name, cleaned.last_name, cleaned.case_reference
            )
            row.languages = [
                m.LearnerLanguage(code=code, position=i) for i, code in enumerate(cleaned.languages)
            ]
            s.add(row)
            s.flush()
            self._context.audit(s, AuditAction.CREATE, ENTITY, row.id, [*_COLUMNS, "languages"])
            return self._detail(s, row)

    def update(
        self, learner_id: int, data: LearnerInput, *, expected_version: int
    ) -> LearnerDetail:
        """Raises ``ValidationError``, ``NotFoundError``, ``ConflictError``."""
        cleaned = validate(data, self._context.today())
        with self._context.write() as s:
            row = get_or_raise(s, m.Learner, learner_id)
            check_version(row, ENTITY, learner_id, expected_version)
            changed = changed_fields(row, {name: getattr(cleaned, name) for name in _COLUMNS})
            if [lang.code for lang in row.languages] != cleaned.languages:
                row.languages = [
                    m.LearnerLanguage(code=code, position=i)
                    for i, code in enumerate(cleaned.languages)
                ]
                s.flush()
                changed.append("languages")
            if changed:
                row.search_text = search_text(row.first_name, row.last_name, row.case_reference)
                self._context.audit(s, AuditAction.UPDATE, ENTITY, row.id, changed)
                s.flush()
            return self._detail(s, row)

    def archive(self, learner_id: int, *, expected_version: int) -> LearnerDetail:
        return self._set_archived(learner_id, expected_version, archived=True)

    def restore(self, learner_id: int, *, expected_version: int) -> LearnerDetail:
        return self._set_archived(learner_id, expected_version, archived=False)

    def _set_archived(
        self, learner_id: int, expected_version: int, *, archived: bool
    ) -> LearnerDetail:
        with self._context.write() as s:
            row = get_or_raise(s, m.Learner, learner_id)
            check_version(row, ENTITY, learner_id, expected_version)
            if (row.archived_at is not None) != archived:
                row.archived_at = self._context.clock() if archived else None
                action = AuditAction.ARCHIVE if archived else AuditAction.RESTORE
                self._context.audit(s, action, ENTITY, row.id, ["archived_at"])
                s.flush()
            return self._detail(s, row)

    def get(self, learner_id: int) -> LearnerDetail:
        """Raises ``NotFoundError``."""
        with self._context.read() as s:
            return self._detail(s, get_or_raise(s, m.Learner, learner_id))

    def list(
        self,
        *,
        query: str = "",
        offset: int = 0,
        limit: int = 100,
        sort: LearnerSort = LearnerSort.NAME,
        descending: bool = False,
        include_archived: bool = False,
        count: bool = True,
        first_tutor_id: int | None = None,
    ) -> Page[LearnerRow]:
        """One page of learners, filtered and sorted in the database. ``first_tutor_id``
        puts that tutor's caseload (learners with an open placement of theirs) before
        everyone else, each part in the chosen order."""
        offset, limit = clamp_page(offset, limit)
        with self._context.read() as s:
            condition = self._filter(s, query, include_archived)
            employer = (
                sa.select(m.Employer.name)
                .join(m.Site, m.Site.employer_id == m.Employer.id)
                .join(m.Placement, m.Placement.site_id == m.Site.id)
                .where(m.Placement.learner_id == m.Learner.id, m.Placement.archived_at.is_(None))
                .order_by(m.Placement.start_date.desc().nulls_last(), m.Placement.id.desc())
                .limit(1)
                .correlate(m.Learner)
                .scalar_subquery()
            )
            first_language = (
                sa.select(m.LearnerLanguage.code)
                .where(m.LearnerLanguage.learner_id == m.Learner.id)
                .order_by(m.LearnerLanguage.position)
                .limit(1)
                .correlate(m.Learner)
                .scalar_subquery()
            )
            last_name = danish_order(s, m.Learner.last_name)
            orders: dict[LearnerSort, list[Any]] = {
                LearnerSort.NAME: [last_name, danish_order(s, m.Learner.first_name)],
                LearnerSort.CASE_REFERENCE: [m.Learner.case_reference, last_name],
                LearnerSort.STATUS: [m.Learner.status, last_name],
                LearnerSort.CREATED: [m.Learner.created_at],
            }
            order = orders[sort]
            order_by = [c.desc() if descending else c.asc() for c in order]
            if first_tutor_id is not None:
                own = (
                    sa.select(m.Placement.id)
                    .where(
                        m.Placement.learner_id == m.Learner.id,
                        m.Placement.tutor_id == first_tutor_id,
                        m.Placement.archived_at.is_(None),
                        m.Placement.status.in_(OPEN_STATUSES),
                    )
                    .correlate(m.Learner)
                    .exists()
                )
                order_by.insert(0, sa.case((own, 0), else_=1))
            statement = (
                sa.select(
                    m.Learner.id,
                    m.Learner.first_name,
                    m.Learner.last_name,
                    m.Learner.case_reference,
                    first_language,
                    m.Learner.status,
                    employer,
                    m.Learner.archived_at,
                )
                .where(*condition)
                .order_by(*order_by, m.Learner.id.desc() if descending else m.Learner.id)
                .offset(offset)
                .limit(limit)
            )
            rows = [
                LearnerRow(r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7] is not None)
                for r in s.execute(statement)
            ]
            total = (
                s.scalar(sa.select(sa.func.count()).select_from(m.Learner).where(*condition))
                if count
                else offset + len(rows)
            )
            return Page(rows, offset, total or 0)

    def _filter(
        self, s: orm.Session, query: str, include_archived: bool
    ) -> builtins.list[sa.ColumnElement[bool]]:
        condition: list[sa.ColumnElement[bool]] = []
        if not include_archived:
            condition.append(m.Learner.archived_at.is_(None))
        found = search_condition(
            s,
            query,
            search_column=m.Learner.search_text,
            id_column=m.Learner.id,
            fts_table="learner_fts",
        )
        if found is not None:
            condition.append(found)
        return condition

    def _detail(self, s: orm.Session, row: m.Learner) -> LearnerDetail:
        data = LearnerInput(**{name: getattr(row, name) for name in _COLUMNS})
        key = {"learner_id": row.id}
        data.languages = list(s.scalars(_LANGUAGES, key))
        placements = [
            LearnerPlacementSummary(
                id=p.id,
                employer_name=p.employer_name,
                site_name=p.site_name,
                tutor_name=p.tutor_name,
                job_title=p.job_title,
                status=p.status.value,
                start_date=p.start_date,
                end_date=p.end_date,
            )
            for p in s.execute(_PLACEMENTS, key)
        ]
        count, minutes = s.execute(_ATTENDED, key).one()
        return LearnerDetail(
            id=row.id,
            version=row.version,
            data=data,
            archived_at=row.archived_at,
            created_at=row.created_at,
            placements=placements,
            session_count=count,
            minutes_attended=int(minutes),
        )


# The detail's statements, built once: building a statement costs more than running it.
_LEARNER_ID = sa.bindparam("learner_id")
_LANGUAGES = (
    sa.select(m.LearnerLanguage.code)
    .where(m.LearnerLanguage.learner_id == _LEARNER_ID)
    .order_by(m.LearnerLanguage.position)
)
_PLACEMENTS = (
    sa.select(
        m.Placement.id,
        m.Employer.name.label("employer_name"),
        m.Site.name.label("site_name"),
        m.User.name.label("tutor_name"),
        m.Placement.job_title,
        m.Placement.status,
        m.Placement.start_date,
        m.Placement.end_date,
    )
    .join(m.Site, m.Placement.site_id == m.Site.id)
    .join(m.Employer, m.Site.employer_id == m.Employer.id)
    .outerjoin(m.User, m.Placement.tutor_id == m.User.id)
    .where(m.Placement.learner_id == _LEARNER_ID)
    .order_by(m.Placement.start_date.desc().nulls_last(), m.Placement.id.desc())
)
_ATTENDED = (
    sa.select(sa.func.count(m.Session.id), sa.func.coalesce(sa.func.sum(m.Session.minutes), 0))
    .join(m.Placement, m.Session.placement_id == m.Placement.id)
    .where(m.Placement.learner_id == _LEARNER_ID, m.Session.attendance == Attendance.ATTENDED)
)
