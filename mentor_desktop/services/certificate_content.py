"""What goes on a learner's certificate, read from the records in one database session: the
placements and their employers, the attended sessions, the work situations practised, the
words mastered, the can-do goals achieved, the signed employer feedback and the centre; and
the checks made before issuing."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

import sqlalchemy as sa
import sqlalchemy.orm as orm

from mentor_desktop.db import models as m
from mentor_desktop.documents.certificate_data import (
    CentrePart,
    CertificateData,
    FeedbackSummary,
    Named,
    PlacementPart,
    VocabularyArea,
)
from mentor_desktop.domain.certificates import CheckKind, CheckResult, NothingToCertifyError
from mentor_desktop.domain.enums import (
    Attendance,
    CanDoStatus,
    CefrLevel,
    FeedbackStatus,
    PlacementStatus,
    SessionMode,
    VocabularyStatus,
)
from mentor_desktop.domain.errors import NotFoundError
from mentor_desktop.services.base import get_or_raise

# The form kind of the session dialog's drafts (ui/session_dialog.py's DRAFT_KIND).
SESSION_DRAFT_KIND = "session"
WORDS_PER_AREA = 12
_LEVEL_ORDER = list(CefrLevel)
_DIGIT = re.compile(r"\d")


@dataclass(frozen=True)
class Period:
    """Sessions from ``start`` to ``end`` (both inclusive); ``None`` leaves that side open."""

    start: date | None = None
    end: date | None = None


@dataclass(frozen=True)
class Gathered:
    """A learner's certificate before it has a number, with what the checks look at."""

    learner_id: int
    placement_ids: list[int]
    data: CertificateData
    level: CefrLevel | None
    can_do_achieved: int
    checks: list[CheckResult]


def printed_name(first_name: str, last_name: str) -> str:
    """The name exactly as the certificate prints it."""
    return " ".join(f"{first_name} {last_name}".split())


def gather(
    s: orm.Session,
    learner_id: int,
    *,
    placement_ids: list[int] | None,
    period: Period,
    today: date,
) -> Gathered:
    """Raises ``NotFoundError`` (learner, centre) and ``NothingToCertifyError``."""
    learner = get_or_raise(s, m.Learner, learner_id)
    centre = s.scalars(sa.select(m.Centre).order_by(m.Centre.id).limit(1)).first()
    if centre is None:
        raise NotFoundError("centre", 1)
    placements = _placements(s, learner_id, placement_ids, period)
    if not placements:
        raise NothingToCertifyError(learner_id)
    ids = [p.id for p in placements]
    session_filter = [
        m.Session.placement_id.in_(ids),
        m.Session.attendance == Attendance.ATTENDED,
    ]
    if period.start is not None:
        session_filter.append(m.Session.session_date >= period.start)
    if period.end is not None:
        session_filter.append(m.Session.session_date <= period.end)
    sessions, on_site, minutes, first, last = s.execute(
        sa.select(
            sa.func.count(),
            sa.func.count().filter(m.Session.mode == SessionMode.ON_SITE),
            sa.func.coalesce(sa.func.sum(m.Session.minutes), 0),
            sa.func.min(m.Session.session_date),
            sa.func.max(m.Session.session_date),
        ).where(*session_filter)
    ).one()
    starts = [p.start_date for p in placements if p.start_date is not None]
    ends = [p.end_date for p in placements if p.end_date is not None]
    period_start = period.start or first or (min(starts) if starts else today)
    period_end = period.end or last or (max(ends) if ends else today)
    situations = [
        Named(da, en, n)
        for da, en, n in s.execute(
            sa.select(m.WorkSituation.name_da, m.WorkSituation.name_en, sa.func.count())
            .select_from(m.Session)
            .join(m.session_work_situation)
            .join(m.WorkSituation)
            .where(*session_filter)
            .group_by(m.WorkSituation.id, m.WorkSituation.name_da, m.WorkSituation.name_en)
            .order_by(sa.func.count().desc(), m.WorkSituation.name_da)
        )
    ]
    vocabulary = _vocabulary(s, learner_id, ids, period)
    can_do = _can_do(s, learner_id, ids, period)
    level = max((g.level for g in can_do), key=_LEVEL_ORDER.index, default=None)
    level = CefrLevel(level) if level else learner.level_speaking
    feedback, signed_forms = _feedback(s, ids)
    drafts, unrecorded = _unfinished(s, ids, today)
    tutors = list(
        s.scalars(
            sa.select(m.User.name)
            .where(m.User.id.in_([p.tutor_id for p in placements if p.tutor_id is not None]))
            .order_by(m.User.name)
        )
    )
    name = printed_name(learner.first_name, learner.last_name)
    data = CertificateData(
        number="",
        verification_code="",
        qr_payload="",
        learner_name=name,
        birth_date=learner.birth_date,
        centre=CentrePart(
            name=centre.name,
            street=centre.street,
            postcode=centre.postcode,
            city=centre.city,
            cvr=centre.cvr,
            signatory_name=centre.signatory_name,
            signatory_title=centre.signatory_title,
        ),
        placements=[_placement_part(s, p) for p in placements],
        period_start=period_start,
        period_end=period_end,
        sessions=sessions,
        sessions_on_site=on_site,
        minutes=int(minutes),
        work_situations=situations,
        vocabulary=vocabulary,
        can_do=can_do,
        level=level.value if level else None,
        feedback=feedback,
        tutors=tutors,
        issued_on=today,
        place=centre.city,
    )
    checks = [
        CheckResult(
            CheckKind.NAME,
            bool(learner.first_name.strip() and learner.last_name.strip())
            and not _DIGIT.search(name),
            {"name": name},
        ),
        CheckResult(
            CheckKind.MIN_HOURS,
            data.minutes >= centre.min_certificate_minutes,
            {"minutes": data.minutes, "required": centre.min_certificate_minutes},
        ),
        CheckResult(CheckKind.SIGNED_FEEDBACK, signed_forms > 0, {"count": signed_forms}),
        CheckResult(
            CheckKind.NO_DRAFTS,
            drafts == 0 and unrecorded == 0,
            {"drafts": drafts, "unrecorded": unrecorded},
        ),
    ]
    return Gathered(learner_id, ids, data, level, len(can_do), checks)


def _placements(
    s: orm.Session, learner_id: int, placement_ids: list[int] | None, period: Period
) -> list[m.Placement]:
    statement = sa.select(m.Placement).where(m.Placement.learner_id == learner_id)
    if placement_ids is not None:
        statement = statement.where(m.Placement.id.in_(placement_ids))
    else:
        statement = statement.where(
            m.Placement.status != PlacementStatus.CANCELLED, m.Placement.archived_at.is_(None)
        )
        if period.start is not None:
            statement = statement.where(
                sa.or_(m.Placement.end_date.is_(None), m.Placement.end_date >= period.start)
            )
        if period.end is not None:
            statement = statement.where(
                sa.or_(m.Placement.start_date.is_(None), m.Placement.start_date <= period.end)
            )
    return list(s.scalars(statement.order_by(m.Placement.start_date, m.Placement.id)))


def _placement_part(s: orm.Session, placement: m.Placement) -> PlacementPart:
    site_name, employer_name, cvr = s.execute(
        sa.select(m.Site.name, m.Employer.name, m.Employer.cvr)
        .join(m.Employer, m.Site.employer_id == m.Employer.id)
        .where(m.Site.id == placement.site_id)
    ).one()
    return PlacementPart(
        employer_name=employer_name,
        employer_cvr=cvr,
        site_name=site_name,
        job_title=placement.job_title,
        start=placement.start_date,
        end=placement.end_date,
    )


def _vocabulary(
    s: orm.Session, learner_id: int, placement_ids: list[int], period: Period
) -> list[VocabularyArea]:
    """Words mastered, grouped by the vocabulary list (the area) they come from."""
    statement = (
        sa.select(m.VocabularyList.name, m.VocabularyItem.term)
        .select_from(m.VocabularyGoal)
        .join(m.VocabularyItem, m.VocabularyGoal.item_id == m.VocabularyItem.id)
        .join(m.VocabularyList, m.VocabularyItem.list_id == m.VocabularyList.id)
        .where(
            m.VocabularyGoal.learner_id == learner_id,
            m.VocabularyGoal.status == VocabularyStatus.MASTERED,
            sa.or_(
                m.VocabularyGoal.placement_id.in_(placement_ids),
                m.VocabularyGoal.placement_id.is_(None),
            ),
        )
        .order_by(m.VocabularyList.name, m.VocabularyGoal.status_on, m.VocabularyItem.term)
    )
    if period.end is not None:
        statement = statement.where(m.VocabularyGoal.status_on <= period.end)
    areas: dict[str, list[str]] = {}
    for area, term in s.execute(statement):
        areas.setdefault(area, []).append(term)
    ranked = sorted(areas.items(), key=lambda item: (-len(item[1]), item[0]))
    return [VocabularyArea(name, len(terms), terms[:WORDS_PER_AREA]) for name, terms in ranked]


def _can_do(
    s: orm.Session, learner_id: int, placement_ids: list[int], period: Period
) -> list[Named]:
    statement = (
        sa.select(m.CanDoGoal.text, m.CanDoStatement.text_en, m.CanDoGoal.level)
        .outerjoin(m.CanDoStatement, m.CanDoGoal.statement_id == m.CanDoStatement.id)
        .where(
            m.CanDoGoal.learner_id == learner_id,
            m.CanDoGoal.status.in_([CanDoStatus.ACHIEVED, CanDoStatus.SECURE]),
            sa.or_(m.CanDoGoal.placement_id.in_(placement_ids), m.CanDoGoal.placement_id.is_(None)),
        )
        .order_by(m.CanDoGoal.status_on, m.CanDoGoal.id)
    )
    if period.end is not None:
        statement = statement.where(m.CanDoGoal.status_on <= period.end)
    return [Named(da, en or da, 0, level.value) for da, en, level in s.execute(statement)]


def _feedback(s: orm.Session, placement_ids: list[int]) -> tuple[FeedbackSummary | None, int]:
    """The signed (sealed) employer feedback: how many forms, and the latest one's signer,
    date and comment."""
    signed = [
        m.FeedbackForm.placement_id.in_(placement_ids),
        m.FeedbackForm.status == FeedbackStatus.SIGNED,
        m.FeedbackForm.signed_at.is_not(None),
    ]
    count = s.scalar(sa.select(sa.func.count()).select_from(m.FeedbackForm).where(*signed)) or 0
    if not count:
        return None, 0
    latest = s.scalars(
        sa.select(m.FeedbackForm)
        .where(*signed)
        .order_by(m.FeedbackForm.signed_at.desc(), m.FeedbackForm.id.desc())
        .limit(1)
    ).one()
    assert latest.signed_at is not None
    summary = FeedbackSummary(
        signed_forms=count,
        last_signed_on=latest.signed_at.astimezone().date(),
        signer_name=latest.signer_name or "",
        signer_role=latest.signer_role,
        comment=latest.comments,
    )
    return summary, count


def _unfinished(s: orm.Session, placement_ids: list[int], today: date) -> tuple[int, int]:
    """Session forms left unsaved (drafts, by any user) for these placements, and planned
    sessions whose day has passed without being recorded."""
    drafts = 0
    wanted = set(placement_ids)
    for payload in s.scalars(
        sa.select(m.FormDraft.payload).where(m.FormDraft.form_kind == SESSION_DRAFT_KIND)
    ):
        values = payload.get("values", {}) if isinstance(payload, dict) else {}
        if values.get("placement_id") in wanted:
            drafts += 1
    unrecorded = (
        s.scalar(
            sa.select(sa.func.count())
            .select_from(m.Session)
            .where(
                m.Session.placement_id.in_(placement_ids),
                m.Session.attendance == Attendance.PLANNED,
                m.Session.session_date < today,
            )
        )
        or 0
    )
    return drafts, unrecorded
