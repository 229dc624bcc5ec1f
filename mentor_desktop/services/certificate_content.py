"""What goes on a learner's certificate, read from the records in one database session: the
placements and their employers, the attended sessions, the work situations practised, the
words mastered, the can-do goals achieved, the signed employer feedback and the centre; and
the checks made before issuing.

A batch is read in a fixed number of set-based queries, whatever its size, and then shared
out per certificate; one certificate is read as a batch of one, so the two cannot drift."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, replace
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
from mentor_desktop.services.feedback_types import SealState, seal_state

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
class Wanted:
    """One certificate to read: the learner's chosen placements, or (``placement_ids``
    None) those not cancelled or archived that touch ``period``."""

    learner_id: int
    placement_ids: list[int] | None = None
    period: Period = Period()


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


def gather_many(
    s: orm.Session, wanted: Sequence[Wanted], *, today: date
) -> list[Gathered | NotFoundError | NothingToCertifyError]:
    """Each certificate of ``wanted``, in order, or the error that stops it (an unknown
    learner, nothing to certify). Raises ``NotFoundError`` when there is no centre."""
    centre = s.scalars(sa.select(m.Centre).order_by(m.Centre.id).limit(1)).first()
    if centre is None:
        raise NotFoundError("centre", 1)
    learner_ids = {w.learner_id for w in wanted}
    learners = {
        row.id: row for row in s.scalars(sa.select(m.Learner).where(m.Learner.id.in_(learner_ids)))
    }
    chosen = _placements(s, wanted)
    ids = sorted({p.id for placements in chosen for p, _ in placements})
    records = _Records(s, ids, learner_ids, today)
    results: list[Gathered | NotFoundError | NothingToCertifyError] = []
    for want, placements in zip(wanted, chosen, strict=True):
        learner = learners.get(want.learner_id)
        if learner is None:
            results.append(NotFoundError(m.Learner.__tablename__, want.learner_id))
        elif not placements:
            results.append(NothingToCertifyError(want.learner_id))
        else:
            results.append(_one(learner, centre, placements, want.period, records, today))
    return results


class _Records:
    """What every certificate of a batch reads, fetched once for all of its placements and
    learners, with the per-certificate selections made in Python."""

    def __init__(self, s: orm.Session, ids: list[int], learner_ids: set[int], today: date):
        attended = [m.Session.placement_id.in_(ids), m.Session.attendance == Attendance.ATTENDED]
        # Sessions per placement, day and mode, so that any period can be summed from them.
        self.sessions = defaultdict(list)
        for placement, day, mode, count, minutes in s.execute(
            sa.select(
                m.Session.placement_id,
                m.Session.session_date,
                m.Session.mode,
                sa.func.count(),
                sa.func.coalesce(sa.func.sum(m.Session.minutes), 0),
            )
            .where(*attended)
            .group_by(m.Session.placement_id, m.Session.session_date, m.Session.mode)
        ):
            self.sessions[placement].append((day, mode, count, int(minutes)))
        # Situations come in the order of their Danish names (the database's collation);
        # each certificate ranks them by count, keeping that order between equals.
        self.situations = defaultdict(list)
        self.situation_rank: dict[int, int] = {}
        for placement, day, situation, name_da, name_en, count in s.execute(
            sa.select(
                m.Session.placement_id,
                m.Session.session_date,
                m.WorkSituation.id,
                m.WorkSituation.name_da,
                m.WorkSituation.name_en,
                sa.func.count(),
            )
            .select_from(m.Session)
            .join(m.session_work_situation)
            .join(m.WorkSituation)
            .where(*attended)
            .group_by(
                m.Session.placement_id,
                m.Session.session_date,
                m.WorkSituation.id,
                m.WorkSituation.name_da,
                m.WorkSituation.name_en,
            )
            .order_by(m.WorkSituation.name_da, m.WorkSituation.id)
        ):
            self.situations[placement].append((day, situation, name_da, name_en, count))
            self.situation_rank.setdefault(situation, len(self.situation_rank))
        self.words = defaultdict(list)
        for learner, placement, day, area, term in s.execute(
            sa.select(
                m.VocabularyGoal.learner_id,
                m.VocabularyGoal.placement_id,
                m.VocabularyGoal.status_on,
                m.VocabularyList.name,
                m.VocabularyItem.term,
            )
            .select_from(m.VocabularyGoal)
            .join(m.VocabularyItem, m.VocabularyGoal.item_id == m.VocabularyItem.id)
            .join(m.VocabularyList, m.VocabularyItem.list_id == m.VocabularyList.id)
            .where(
                m.VocabularyGoal.learner_id.in_(learner_ids),
                m.VocabularyGoal.status == VocabularyStatus.MASTERED,
            )
            .order_by(m.VocabularyList.name, m.VocabularyGoal.status_on, m.VocabularyItem.term)
        ):
            self.words[learner].append((placement, day, area, term))
        self.can_do = defaultdict(list)
        for learner, placement, day, da, en, level in s.execute(
            sa.select(
                m.CanDoGoal.learner_id,
                m.CanDoGoal.placement_id,
                m.CanDoGoal.status_on,
                m.CanDoGoal.text,
                m.CanDoStatement.text_en,
                m.CanDoGoal.level,
            )
            .outerjoin(m.CanDoStatement, m.CanDoGoal.statement_id == m.CanDoStatement.id)
            .where(
                m.CanDoGoal.learner_id.in_(learner_ids),
                m.CanDoGoal.status.in_([CanDoStatus.ACHIEVED, CanDoStatus.SECURE]),
            )
            .order_by(m.CanDoGoal.status_on, m.CanDoGoal.id)
        ):
            self.can_do[learner].append((placement, day, Named(da, en or da, 0, level.value)))
        # Signed employer feedback whose seal holds, the latest first: a form changed behind
        # the program's back is not quoted on a certificate.
        self.feedback = defaultdict(list)
        forms = s.scalars(
            sa.select(m.FeedbackForm)
            .where(
                m.FeedbackForm.placement_id.in_(ids),
                m.FeedbackForm.status == FeedbackStatus.SIGNED,
                m.FeedbackForm.signed_at.is_not(None),
            )
            .order_by(m.FeedbackForm.signed_at.desc(), m.FeedbackForm.id.desc())
        ).all()
        criteria = {
            c.id: c
            for c in s.scalars(
                sa.select(m.FeedbackCriteriaSet).where(
                    m.FeedbackCriteriaSet.id.in_({f.criteria_set_id for f in forms})
                )
            )
        }
        sealed = [f for f in forms if seal_state(f, criteria[f.criteria_set_id]) is SealState.OK]
        for rank, form in enumerate(sealed):
            self.feedback[form.placement_id].append((rank, form))
        # Session forms left unsaved (drafts, by any user), and planned sessions whose day
        # has passed without being recorded.
        self.drafts: dict[int, int] = defaultdict(int)
        for payload in s.scalars(
            sa.select(m.FormDraft.payload).where(m.FormDraft.form_kind == SESSION_DRAFT_KIND)
        ):
            values = payload.get("values", {}) if isinstance(payload, dict) else {}
            placement = values.get("placement_id")
            if isinstance(placement, int):
                self.drafts[placement] += 1
        self.unrecorded = dict(
            s.execute(
                sa.select(m.Session.placement_id, sa.func.count())
                .where(
                    m.Session.placement_id.in_(ids),
                    m.Session.attendance == Attendance.PLANNED,
                    m.Session.session_date < today,
                )
                .group_by(m.Session.placement_id)
            ).all()
        )
        tutor_ids = sa.select(m.Placement.tutor_id).where(m.Placement.id.in_(ids))
        self.tutors = list(
            s.execute(
                sa.select(m.User.id, m.User.name)
                .where(m.User.id.in_(tutor_ids))
                .order_by(m.User.name)
            )
        )


def _within(day: date | None, period: Period) -> bool:
    return (
        day is not None
        and (period.start is None or day >= period.start)
        and (period.end is None or day <= period.end)
    )


def _one(
    learner: m.Learner,
    centre: m.Centre,
    placements: list[tuple[m.Placement, PlacementPart]],
    period: Period,
    records: _Records,
    today: date,
) -> Gathered:
    ids = [p.id for p, _ in placements]
    wanted = set(ids)
    sessions = on_site = minutes = 0
    days: list[date] = []
    for placement in ids:
        for day, mode, count, spent in records.sessions[placement]:
            if _within(day, period):
                sessions += count
                on_site += count if mode == SessionMode.ON_SITE else 0
                minutes += spent
                days.append(day)
    starts = [p.start_date for p, _ in placements if p.start_date is not None]
    ends = [p.end_date for p, _ in placements if p.end_date is not None]
    period_start = period.start or min(days, default=None) or (min(starts) if starts else today)
    period_end = period.end or max(days, default=None) or (max(ends) if ends else today)
    counts: dict[int, Named] = {}
    for placement in ids:
        for day, situation, name_da, name_en, count in records.situations[placement]:
            if _within(day, period):
                known = counts.get(situation, Named(name_da, name_en, 0))
                counts[situation] = replace(known, count=known.count + count)
    situations = [
        counts[situation]
        for situation in sorted(counts, key=lambda k: (-counts[k].count, records.situation_rank[k]))
    ]
    vocabulary = _vocabulary(records.words[learner.id], wanted, period)
    can_do = [
        goal
        for placement, day, goal in records.can_do[learner.id]
        if (placement is None or placement in wanted)
        and (period.end is None or (day is not None and day <= period.end))
    ]
    level = max((g.level for g in can_do), key=_LEVEL_ORDER.index, default=None)
    level = CefrLevel(level) if level else learner.level_speaking
    feedback, signed_forms = _feedback(records, wanted)
    drafts = sum(records.drafts.get(p, 0) for p in ids)
    unrecorded = sum(records.unrecorded.get(p, 0) for p in ids)
    tutor_ids = {p.tutor_id for p, _ in placements if p.tutor_id is not None}
    tutors = [name for tutor, name in records.tutors if tutor in tutor_ids]
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
        placements=[part for _, part in placements],
        period_start=period_start,
        period_end=period_end,
        sessions=sessions,
        sessions_on_site=on_site,
        minutes=minutes,
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
    return Gathered(learner.id, ids, data, level, len(can_do), checks)


def _placements(
    s: orm.Session, wanted: Sequence[Wanted]
) -> list[list[tuple[m.Placement, PlacementPart]]]:
    """Each certificate's placements with their workplaces, by start date."""
    chosen = {p for w in wanted if w.placement_ids is not None for p in w.placement_ids}
    open_learners = {w.learner_id for w in wanted if w.placement_ids is None}
    rows = s.execute(
        sa.select(m.Placement, m.Site.name, m.Employer.name, m.Employer.cvr)
        .join(m.Site, m.Placement.site_id == m.Site.id)
        .join(m.Employer, m.Site.employer_id == m.Employer.id)
        .where(sa.or_(m.Placement.id.in_(chosen), m.Placement.learner_id.in_(open_learners)))
        .order_by(m.Placement.start_date, m.Placement.id)
    ).all()
    found = [
        (
            placement,
            PlacementPart(
                employer_name=employer_name,
                employer_cvr=cvr,
                site_name=site_name,
                job_title=placement.job_title,
                start=placement.start_date,
                end=placement.end_date,
            ),
        )
        for placement, site_name, employer_name, cvr in rows
    ]
    by_learner = defaultdict(list)
    for placement, part in found:
        by_learner[placement.learner_id].append((placement, part))
    return [[(p, part) for p, part in by_learner[w.learner_id] if _chosen(p, w)] for w in wanted]


def _chosen(placement: m.Placement, want: Wanted) -> bool:
    if want.placement_ids is not None:
        return placement.id in want.placement_ids
    period = want.period
    return (
        placement.status != PlacementStatus.CANCELLED
        and placement.archived_at is None
        and (
            period.start is None or placement.end_date is None or placement.end_date >= period.start
        )
        and (
            period.end is None or placement.start_date is None or placement.start_date <= period.end
        )
    )


def _vocabulary(
    rows: list[tuple[int | None, date | None, str, str]], wanted: set[int], period: Period
) -> list[VocabularyArea]:
    """Words mastered, grouped by the vocabulary list (the area) they come from."""
    areas: dict[str, list[str]] = {}
    for placement, day, area, term in rows:
        if (placement is None or placement in wanted) and (
            period.end is None or (day is not None and day <= period.end)
        ):
            areas.setdefault(area, []).append(term)
    ranked = sorted(areas.items(), key=lambda item: (-len(item[1]), item[0]))
    return [VocabularyArea(name, len(terms), terms[:WORDS_PER_AREA]) for name, terms in ranked]


def _feedback(records: _Records, wanted: set[int]) -> tuple[FeedbackSummary | None, int]:
    """The signed (sealed) employer feedback: how many forms, and the latest one's signer,
    date and comment."""
    signed = sorted(found for placement in wanted for found in records.feedback[placement])
    if not signed:
        return None, 0
    latest = signed[0][1]
    summary = FeedbackSummary(
        signed_forms=len(signed),
        last_signed_on=latest.signed_at.astimezone().date(),
        signer_name=latest.signer_name or "",
        signer_role=latest.signer_role,
        comment=latest.comments,
    )
    return summary, len(signed)
