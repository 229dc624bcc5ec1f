"""A tutor's day: planned visits from today on, visits of the last two weeks, and the
placements that need attention (no first visit yet, no session for two weeks, ending soon).
Everything is filtered, ordered and limited by the database."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time, timedelta
from enum import StrEnum

import sqlalchemy as sa
import sqlalchemy.orm as orm

from mentor_desktop.db import models as m
from mentor_desktop.domain.enums import Attendance, PlacementStatus, Role, SessionMode
from mentor_desktop.domain.placements import OPEN_STATUSES
from mentor_desktop.services.base import MAX_PAGE, Page, ServiceContext, count

RECENT_DAYS = 14
QUIET_DAYS = 14
ENDING_DAYS = 14
DEFAULT_LIMIT = 200

# Placements that can still get a visit.


@dataclass(frozen=True)
class VisitRow:
    """One session as Today and the calendar export show it."""

    id: int
    version: int
    placement_id: int
    learner_id: int
    learner_first_name: str
    learner_last_name: str
    employer_name: str
    site_name: str
    site_street: str | None
    site_postcode: str | None
    site_city: str | None
    tutor_id: int | None
    tutor_name: str | None
    session_date: date
    start_time: time | None
    minutes: int
    mode: SessionMode
    attendance: Attendance

    @property
    def learner_name(self) -> str:
        return f"{self.learner_first_name} {self.learner_last_name}"

    @property
    def site_address(self) -> str:
        """The site's street and town on one line, e.g. "Havnegade 3, 9000 Aalborg"."""
        town = " ".join(p for p in (self.site_postcode, self.site_city) if p)
        return ", ".join(p for p in (self.site_street, town) if p)


class AttentionReason(StrEnum):
    NO_FIRST_VISIT = "no_first_visit"
    NO_RECENT_SESSION = "no_recent_session"
    ENDING_SOON = "ending_soon"


@dataclass(frozen=True)
class Attention:
    """Why a placement needs attention. ``days``: since the referral (None without a referral
    date), since the last attended session, or until the end date."""

    reason: AttentionReason
    days: int | None


@dataclass(frozen=True)
class AttentionRow:
    placement_id: int
    learner_id: int
    learner_first_name: str
    learner_last_name: str
    employer_name: str
    site_name: str
    tutor_id: int | None
    tutor_name: str | None
    status: PlacementStatus
    referral_date: date | None
    end_date: date | None
    last_session_date: date | None
    reasons: list[Attention]

    @property
    def learner_name(self) -> str:
        return f"{self.learner_first_name} {self.learner_last_name}"


@dataclass(frozen=True)
class TodayOverview:
    today: date
    tutor_id: int | None
    planned: Page[VisitRow]
    recent: Page[VisitRow]
    attention: Page[AttentionRow]


def visit_select() -> sa.Select[tuple]:
    """Sessions joined with what Today shows of them; rows become ``VisitRow`` through
    ``visit_row``."""
    return (
        sa.select(
            m.Session.id,
            m.Session.version,
            m.Session.placement_id,
            m.Learner.id,
            m.Learner.first_name,
            m.Learner.last_name,
            m.Employer.name,
            m.Site.name,
            m.Site.street,
            m.Site.postcode,
            m.Site.city,
            m.Session.tutor_id,
            m.User.name,
            m.Session.session_date,
            m.Session.start_time,
            m.Session.minutes,
            m.Session.mode,
            m.Session.attendance,
        )
        .join(m.Placement, m.Session.placement_id == m.Placement.id)
        .join(m.Learner, m.Placement.learner_id == m.Learner.id)
        .join(m.Site, m.Placement.site_id == m.Site.id)
        .join(m.Employer, m.Site.employer_id == m.Employer.id)
        .outerjoin(m.User, m.Session.tutor_id == m.User.id)
    )


def visit_row(r: sa.Row) -> VisitRow:
    return VisitRow(*r)


def planned_condition(today: date, tutor_id: int | None) -> list[sa.ColumnElement[bool]]:
    """Planned sessions from ``today`` on, of ``tutor_id`` (everyone's for None). The
    sessions are picked first, through the date index: joined directly, SQLite would rather
    scan every site's placements (a tenth of a second on a ten-year centre)."""
    planned = sa.select(m.Session.id).where(
        m.Session.attendance == Attendance.PLANNED, m.Session.session_date >= today
    )
    if tutor_id is not None:
        planned = planned.where(m.Session.tutor_id == tutor_id)
    return [m.Session.id.in_(planned), m.Placement.archived_at.is_(None)]


class TodayService:
    def __init__(self, context: ServiceContext):
        self._context = context

    def acting_tutor_id(self) -> int | None:
        """The acting user's id when that user is a tutor (who sees their own caseload);
        None for a coordinator, an administrator or no user (who see everyone's)."""
        if self._context.user_id is None:
            return None
        with self._context.read() as s:
            role = s.scalar(sa.select(m.User.role).where(m.User.id == self._context.user_id))
        return self._context.user_id if role is Role.TUTOR else None

    def overview(self, *, tutor_id: int | None = None, limit: int = DEFAULT_LIMIT) -> TodayOverview:
        """The three lists of Today for ``tutor_id`` (everyone's for None), each at most
        ``limit`` rows with its full count. Raises ``DatabaseError``."""
        limit = max(1, min(limit, MAX_PAGE))
        today = self._context.today()
        with self._context.read() as s:
            return TodayOverview(
                today=today,
                tutor_id=tutor_id,
                planned=self._planned(s, today, tutor_id, limit),
                recent=self._recent(s, today, tutor_id, limit),
                attention=self._attention(s, today, tutor_id, limit),
            )

    def _planned(
        self, s: orm.Session, today: date, tutor_id: int | None, limit: int
    ) -> Page[VisitRow]:
        statement = visit_select().where(*planned_condition(today, tutor_id))
        rows = s.execute(
            statement.order_by(
                m.Session.session_date, m.Session.start_time.asc().nulls_last(), m.Session.id
            ).limit(limit)
        )
        return Page([visit_row(r) for r in rows], 0, count(s, statement))

    def _recent(
        self, s: orm.Session, today: date, tutor_id: int | None, limit: int
    ) -> Page[VisitRow]:
        """Sessions of the last ``RECENT_DAYS`` days up to today, newest first; a planned
        visit of an earlier day that was never logged is among them."""
        condition = [
            m.Session.session_date >= today - timedelta(days=RECENT_DAYS),
            m.Session.session_date <= today,
            sa.or_(
                m.Session.attendance != Attendance.PLANNED,
                m.Session.session_date < today,
            ),
            m.Placement.archived_at.is_(None),
        ]
        if tutor_id is not None:
            condition.append(m.Session.tutor_id == tutor_id)
        statement = visit_select().where(*condition)
        rows = s.execute(
            statement.order_by(
                m.Session.session_date.desc(),
                m.Session.start_time.desc().nulls_last(),
                m.Session.id.desc(),
            ).limit(limit)
        )
        return Page([visit_row(r) for r in rows], 0, count(s, statement))

    def _attention(
        self, s: orm.Session, today: date, tutor_id: int | None, limit: int
    ) -> Page[AttentionRow]:
        last_attended = (
            sa.select(sa.func.max(m.Session.session_date))
            .where(
                m.Session.placement_id == m.Placement.id,
                m.Session.attendance == Attendance.ATTENDED,
            )
            .correlate(m.Placement)
            .scalar_subquery()
        )
        open_placement = sa.and_(
            m.Placement.archived_at.is_(None), m.Placement.status.in_(OPEN_STATUSES)
        )
        no_first_visit = sa.and_(
            m.Placement.status.in_((PlacementStatus.REFERRED, PlacementStatus.ACTIVE)),
            ~sa.exists().where(
                m.Session.placement_id == m.Placement.id,
                m.Session.attendance == Attendance.ATTENDED,
            ),
        )
        quiet = sa.and_(
            m.Placement.status == PlacementStatus.ACTIVE,
            last_attended <= today - timedelta(days=QUIET_DAYS),
        )
        ending = m.Placement.end_date.between(today, today + timedelta(days=ENDING_DAYS))
        condition = [open_placement, sa.or_(no_first_visit, quiet, ending)]
        if tutor_id is not None:
            condition.append(m.Placement.tutor_id == tutor_id)
        base = (
            sa.select(m.Placement.id)
            .join(m.Learner, m.Placement.learner_id == m.Learner.id)
            .join(m.Site, m.Placement.site_id == m.Site.id)
            .join(m.Employer, m.Site.employer_id == m.Employer.id)
            .where(*condition)
        )
        statement = (
            base.with_only_columns(
                m.Placement.id,
                m.Learner.id,
                m.Learner.first_name,
                m.Learner.last_name,
                m.Employer.name,
                m.Site.name,
                m.Placement.tutor_id,
                m.User.name,
                m.Placement.status,
                m.Placement.referral_date,
                m.Placement.end_date,
                last_attended,
            )
            .outerjoin(m.User, m.Placement.tutor_id == m.User.id)
            .order_by(m.Learner.last_name, m.Learner.first_name, m.Placement.id)
            .limit(limit)
        )
        rows = []
        for r in s.execute(statement):
            status, referral, end, last = r[8], r[9], r[10], r[11]
            rows.append(
                AttentionRow(
                    placement_id=r[0],
                    learner_id=r[1],
                    learner_first_name=r[2],
                    learner_last_name=r[3],
                    employer_name=r[4],
                    site_name=r[5],
                    tutor_id=r[6],
                    tutor_name=r[7],
                    status=status,
                    referral_date=referral,
                    end_date=end,
                    last_session_date=last,
                    reasons=_reasons(today, status, referral, end, last),
                )
            )
        return Page(rows, 0, count(s, base))


def _reasons(
    today: date,
    status: PlacementStatus,
    referral: date | None,
    end: date | None,
    last: date | None,
) -> list[Attention]:
    """The reasons the query selected a placement for, worked out again from its row."""
    reasons = []
    if last is None and status in (PlacementStatus.REFERRED, PlacementStatus.ACTIVE):
        days = (today - referral).days if referral is not None else None
        reasons.append(Attention(AttentionReason.NO_FIRST_VISIT, days))
    if last is not None and status == PlacementStatus.ACTIVE and (today - last).days >= QUIET_DAYS:
        reasons.append(Attention(AttentionReason.NO_RECENT_SESSION, (today - last).days))
    if end is not None and 0 <= (end - today).days <= ENDING_DAYS:
        reasons.append(Attention(AttentionReason.ENDING_SOON, (end - today).days))
    return reasons
