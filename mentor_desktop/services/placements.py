"""Placements (forløb: a learner at an employer's site with a tutor): create, update, change
status with its history, get, list with filters, archive and restore."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass, fields, replace
from datetime import date, datetime
from enum import StrEnum
from typing import Any

import sqlalchemy as sa
import sqlalchemy.orm as orm

from mentor_desktop.db import models as m
from mentor_desktop.domain.enums import Attendance, AuditAction, Outcome, PlacementStatus
from mentor_desktop.domain.errors import ErrorCode
from mentor_desktop.domain.placements import ENDED_STATUSES, next_statuses
from mentor_desktop.domain.validation import Checker, lessons_of_45
from mentor_desktop.services.base import (
    Page,
    ServiceContext,
    apply_archived,
    changed_fields,
    check_version,
    clamp_page,
    contains_condition,
    danish_order,
    get_or_raise,
    require_reference,
    search_condition,
)
from mentor_desktop.services.employers import employer_found

ENTITY = "placement"
MAX_PLANNED_HOURS = 2000


@dataclass
class PlacementInput:
    """What a person can edit on a placement."""

    learner_id: int | None = None
    site_id: int | None = None
    tutor_id: int | None = None
    job_title: str | None = None
    referral_date: date | None = None
    start_date: date | None = None
    end_date: date | None = None
    planned_hours: int | None = None
    status: PlacementStatus = PlacementStatus.REFERRED
    outcome: Outcome | None = None
    outcome_on: date | None = None
    followup_outcome: Outcome | None = None
    followup_on: date | None = None
    buddy_name: str | None = None
    buddy_phone: str | None = None


@dataclass(frozen=True)
class StatusChange:
    from_status: PlacementStatus | None
    to_status: PlacementStatus
    at: datetime
    user_id: int | None


@dataclass(frozen=True)
class PlacementRow:
    id: int
    learner_id: int
    learner_name: str
    employer_id: int
    employer_name: str
    site_id: int
    site_name: str
    tutor_id: int | None
    tutor_name: str | None
    job_title: str | None
    status: PlacementStatus
    referral_date: date | None
    start_date: date | None
    end_date: date | None
    planned_hours: int | None
    minutes_attended: int
    archived: bool

    @property
    def lessons_attended(self) -> float:
        return lessons_of_45(self.minutes_attended)


@dataclass(frozen=True)
class PlacementDetail:
    id: int
    version: int
    data: PlacementInput
    learner_name: str
    employer_id: int
    employer_name: str
    site_name: str
    tutor_name: str | None
    archived_at: datetime | None
    created_at: datetime
    status_history: list[StatusChange]
    session_count: int
    minutes_attended: int
    first_session_date: date | None

    @property
    def lessons_attended(self) -> float:
        return lessons_of_45(self.minutes_attended)

    @property
    def next_statuses(self) -> list[PlacementStatus]:
        return next_statuses(self.data.status)

    @property
    def days_to_first_session(self) -> int | None:
        """Referral to first attended session: a key measure for the municipality."""
        if self.data.referral_date is None or self.first_session_date is None:
            return None
        return (self.first_session_date - self.data.referral_date).days


class PlacementSort(StrEnum):
    START = "start"
    REFERRAL = "referral"
    LEARNER = "learner"
    EMPLOYER = "employer"
    STATUS = "status"


_COLUMNS = [f.name for f in fields(PlacementInput)]


def validate(data: PlacementInput, today: date) -> PlacementInput:
    """Cleaned copy of ``data`` (rules that need no database); raises ``ValidationError``."""
    check = Checker()
    status = check.choice("status", data.status, PlacementStatus) or PlacementStatus.REFERRED
    cleaned = replace(
        data,
        job_title=check.text("job_title", data.job_title),
        planned_hours=check.positive_int(
            "planned_hours", data.planned_hours, required=False, maximum=MAX_PLANNED_HOURS
        ),
        status=status,
        outcome=check.choice("outcome", data.outcome, Outcome, required=False),
        followup_outcome=check.choice(
            "followup_outcome", data.followup_outcome, Outcome, required=False
        ),
        buddy_name=check.text("buddy_name", data.buddy_name),
        buddy_phone=check.phone("buddy_phone", data.buddy_phone),
    )
    check.not_in_future("referral_date", data.referral_date, today)
    check.date_order("referral_date", data.referral_date, "start_date", data.start_date)
    check.date_order("start_date", data.start_date, "end_date", data.end_date)
    if data.start_date is None:
        check.date_order("referral_date", data.referral_date, "end_date", data.end_date)
    for field, when_field in (("outcome", "outcome_on"), ("followup_outcome", "followup_on")):
        value, when = getattr(cleaned, field), getattr(data, when_field)
        if value is not None and status not in ENDED_STATUSES:
            check.add(field, ErrorCode.NOT_ENDED, status=status.value)
        if when is not None and value is None and not check.has(field):
            check.add(field, ErrorCode.REQUIRED)
        check.not_in_future(when_field, when, today)
    check.date_order("start_date", data.start_date, "outcome_on", data.outcome_on)
    check.date_order("outcome_on", data.outcome_on, "followup_on", data.followup_on)
    check.raise_if_any()
    return cleaned


class PlacementService:
    def __init__(self, context: ServiceContext):
        self._context = context

    def create(self, data: PlacementInput) -> PlacementDetail:
        """Raises ``ValidationError`` (also for a learner, site or tutor that is missing,
        archived or inactive, and a first status other than referred or active)."""
        cleaned = validate(data, self._context.today())
        with self._context.write() as s:
            check = Checker()
            self._check_references(s, check, cleaned, None)
            check.status_transition("status", None, cleaned.status)
            check.raise_if_any()
            row = m.Placement(**{name: getattr(cleaned, name) for name in _COLUMNS})
            s.add(row)
            s.flush()
            self._record_status(s, row.id, None, row.status)
            self._context.audit(s, AuditAction.CREATE, ENTITY, row.id, _COLUMNS)
            return self._detail(s, row)

    def update(
        self, placement_id: int, data: PlacementInput, *, expected_version: int
    ) -> PlacementDetail:
        """Raises ``ValidationError`` (``status``: INVALID_TRANSITION for a step the status
        table does not allow), ``NotFoundError``, ``ConflictError``."""
        cleaned = validate(data, self._context.today())
        with self._context.write() as s:
            row = get_or_raise(s, m.Placement, placement_id)
            check_version(row, ENTITY, placement_id, expected_version)
            check = Checker()
            self._check_references(s, check, cleaned, row)
            check.status_transition("status", row.status, cleaned.status)
            check.raise_if_any()
            old_status = row.status
            changed = changed_fields(row, {name: getattr(cleaned, name) for name in _COLUMNS})
            if changed:
                if row.status != old_status:
                    self._record_status(s, row.id, old_status, row.status)
                self._context.audit(s, AuditAction.UPDATE, ENTITY, row.id, changed)
                s.flush()
            return self._detail(s, row)

    def change_status(
        self, placement_id: int, status: PlacementStatus, *, expected_version: int
    ) -> PlacementDetail:
        """Move the placement to ``status``, keeping everything else; reopening an ended
        placement clears its outcomes, which belonged to the end. Raises as ``update``."""
        data = replace(self.get(placement_id).data, status=status)
        if status not in ENDED_STATUSES:
            data = replace(
                data, outcome=None, outcome_on=None, followup_outcome=None, followup_on=None
            )
        return self.update(placement_id, data, expected_version=expected_version)

    def archive(self, placement_id: int, *, expected_version: int) -> PlacementDetail:
        """Raises ``NotFoundError``, ``ConflictError``."""
        return self._set_archived(placement_id, expected_version, archived=True)

    def restore(self, placement_id: int, *, expected_version: int) -> PlacementDetail:
        """Raises ``NotFoundError``, ``ConflictError``."""
        return self._set_archived(placement_id, expected_version, archived=False)

    def _set_archived(
        self, placement_id: int, expected_version: int, *, archived: bool
    ) -> PlacementDetail:
        with self._context.write() as s:
            row = get_or_raise(s, m.Placement, placement_id)
            check_version(row, ENTITY, placement_id, expected_version)
            apply_archived(self._context, s, row, ENTITY, archived=archived)
            return self._detail(s, row)

    def get(self, placement_id: int) -> PlacementDetail:
        """Raises ``NotFoundError``."""
        with self._context.read() as s:
            return self._detail(s, get_or_raise(s, m.Placement, placement_id))

    def list(
        self,
        *,
        tutor_id: int | None = None,
        learner_id: int | None = None,
        employer_id: int | None = None,
        site_id: int | None = None,
        status: PlacementStatus | Collection[PlacementStatus] | None = None,
        query: str = "",
        offset: int = 0,
        limit: int = 100,
        sort: PlacementSort = PlacementSort.START,
        descending: bool = False,
        include_archived: bool = False,
        count: bool = True,
        first_tutor_id: int | None = None,
    ) -> Page[PlacementRow]:
        """One page of placements, filtered and sorted in the database. ``query`` searches
        the learners' names and case references, the employers' names and CVR numbers and
        the sites' names. ``first_tutor_id`` puts that tutor's
        placements (their caseload) before everyone else's, each part in the chosen order."""
        offset, limit = clamp_page(offset, limit)
        with self._context.read() as s:
            condition: list[sa.ColumnElement[bool]] = []
            if not include_archived:
                condition.append(m.Placement.archived_at.is_(None))
            if tutor_id is not None:
                condition.append(m.Placement.tutor_id == tutor_id)
            if learner_id is not None:
                condition.append(m.Placement.learner_id == learner_id)
            if site_id is not None:
                condition.append(m.Placement.site_id == site_id)
            if employer_id is not None:
                condition.append(m.Site.employer_id == employer_id)
            if isinstance(status, PlacementStatus):
                condition.append(m.Placement.status == status)
            elif status is not None:
                condition.append(m.Placement.status.in_(list(status)))
            found = placements_found(s, query)
            if found is not None:
                condition.append(found)
            orders: dict[PlacementSort, list[Any]] = {
                PlacementSort.START: [m.Placement.start_date],
                PlacementSort.REFERRAL: [m.Placement.referral_date],
                PlacementSort.LEARNER: [
                    danish_order(s, m.Learner.last_name),
                    danish_order(s, m.Learner.first_name),
                ],
                PlacementSort.EMPLOYER: [
                    danish_order(s, m.Employer.name),
                    danish_order(s, m.Site.name),
                ],
                PlacementSort.STATUS: [m.Placement.status],
            }
            order = orders[sort]
            order_by = [
                c.desc().nulls_last() if descending else c.asc().nulls_last() for c in order
            ]
            if first_tutor_id is not None:
                own = sa.case((m.Placement.tutor_id == first_tutor_id, 0), else_=1)
                order_by.insert(0, own)
            minutes = (
                sa.select(sa.func.coalesce(sa.func.sum(m.Session.minutes), 0))
                .where(
                    m.Session.placement_id == m.Placement.id,
                    m.Session.attendance == Attendance.ATTENDED,
                )
                .correlate(m.Placement)
                .scalar_subquery()
            )
            joined = (
                sa.select(m.Placement.id)
                .join(m.Learner, m.Placement.learner_id == m.Learner.id)
                .join(m.Site, m.Placement.site_id == m.Site.id)
                .join(m.Employer, m.Site.employer_id == m.Employer.id)
                .where(*condition)
            )
            statement = (
                joined.with_only_columns(
                    m.Placement.id,
                    m.Placement.learner_id,
                    m.Learner.first_name,
                    m.Learner.last_name,
                    m.Employer.id,
                    m.Employer.name,
                    m.Site.id,
                    m.Site.name,
                    m.Placement.tutor_id,
                    m.User.name,
                    m.Placement.job_title,
                    m.Placement.status,
                    m.Placement.referral_date,
                    m.Placement.start_date,
                    m.Placement.end_date,
                    m.Placement.planned_hours,
                    minutes,
                    m.Placement.archived_at,
                )
                .outerjoin(m.User, m.Placement.tutor_id == m.User.id)
                .order_by(*order_by, m.Placement.id.desc() if descending else m.Placement.id)
                .offset(offset)
                .limit(limit)
            )
            rows = [
                PlacementRow(
                    id=r[0],
                    learner_id=r[1],
                    learner_name=f"{r[2]} {r[3]}",
                    employer_id=r[4],
                    employer_name=r[5],
                    site_id=r[6],
                    site_name=r[7],
                    tutor_id=r[8],
                    tutor_name=r[9],
                    job_title=r[10],
                    status=r[11],
                    referral_date=r[12],
                    start_date=r[13],
                    end_date=r[14],
                    planned_hours=r[15],
                    minutes_attended=int(r[16] or 0),
                    archived=r[17] is not None,
                )
                for r in s.execute(statement)
            ]
            total = (
                s.scalar(sa.select(sa.func.count()).select_from(joined.subquery()))
                if count
                else offset + len(rows)
            )
            return Page(rows, offset, total or 0)

    def _check_references(
        self, s: orm.Session, check: Checker, data: PlacementInput, row: m.Placement | None
    ) -> None:
        """Learner, site (and its employer) and tutor must exist and be in use; an unchanged
        reference of an existing placement may point at something archived since."""

        def unchanged(field: str) -> bool:
            return row is not None and getattr(row, field) == getattr(data, field)

        require_reference(
            s,
            check,
            "learner_id",
            m.Learner,
            data.learner_id,
            allow_archived=unchanged("learner_id"),
        )
        site = require_reference(
            s, check, "site_id", m.Site, data.site_id, allow_archived=unchanged("site_id")
        )
        if (
            site is not None
            and not unchanged("site_id")
            and not check.has("site_id")
            and site.employer.archived_at is not None
        ):
            check.add("site_id", ErrorCode.ARCHIVED, value=site.id, employer_id=site.employer_id)
        if data.tutor_id is not None and not unchanged("tutor_id"):
            tutor = s.get(m.User, data.tutor_id)
            if tutor is None:
                check.add("tutor_id", ErrorCode.NOT_FOUND, value=data.tutor_id)
            elif not tutor.active:
                check.add("tutor_id", ErrorCode.INACTIVE, value=data.tutor_id)

    def _record_status(
        self,
        s: orm.Session,
        placement_id: int,
        old: PlacementStatus | None,
        new: PlacementStatus,
    ) -> None:
        s.add(
            m.PlacementStatusChange(
                placement_id=placement_id,
                from_status=old,
                to_status=new,
                at=self._context.clock(),
                user_id=self._context.user_id,
            )
        )

    def _detail(self, s: orm.Session, row: m.Placement) -> PlacementDetail:
        learner = s.get(m.Learner, row.learner_id)
        site = s.get(m.Site, row.site_id)
        assert learner is not None and site is not None
        tutor = s.get(m.User, row.tutor_id) if row.tutor_id is not None else None
        history = [
            StatusChange(c.from_status, c.to_status, c.at, c.user_id)
            for c in s.scalars(
                sa.select(m.PlacementStatusChange)
                .where(m.PlacementStatusChange.placement_id == row.id)
                .order_by(m.PlacementStatusChange.at, m.PlacementStatusChange.id)
            )
        ]
        attended = m.Session.attendance == Attendance.ATTENDED
        sessions, minutes, first = s.execute(
            sa.select(
                sa.func.count(m.Session.id),
                sa.func.coalesce(sa.func.sum(m.Session.minutes), 0),
                sa.func.min(m.Session.session_date),
            ).where(m.Session.placement_id == row.id, attended)
        ).one()
        return PlacementDetail(
            id=row.id,
            version=row.version,
            data=PlacementInput(**{name: getattr(row, name) for name in _COLUMNS}),
            learner_name=f"{learner.first_name} {learner.last_name}",
            employer_id=site.employer_id,
            employer_name=site.employer.name,
            site_name=site.name,
            tutor_name=tutor.name if tutor is not None else None,
            archived_at=row.archived_at,
            created_at=row.created_at,
            status_history=history,
            session_count=sessions,
            minutes_attended=int(minutes),
            first_session_date=first,
        )


def placements_found(s: orm.Session, query: str) -> sa.ColumnElement[bool] | None:
    """A filter (over placements joined with their learner, site and employer) for those
    whose learner, employer or site ``query`` finds; ``None`` for an empty query."""
    learner = search_condition(
        s,
        query,
        search_column=m.Learner.search_text,
        id_column=m.Learner.id,
        fts_table="learner_fts",
    )
    employer = employer_found(s, query)
    site = contains_condition(s, m.Site.name, query)
    if learner is None or employer is None or site is None:
        return None
    return sa.or_(learner, employer, site)
