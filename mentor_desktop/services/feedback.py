"""Employer feedback forms: a draft per placement and period, filled in and signed by the
employer (drawn on the pad or on paper with a scan), sealed when signed, corrected only by a
new version that keeps the old one. Every read checks the seal; a broken seal is logged and
reported, never repaired. The certificates read ``signed_for_placement``."""

from __future__ import annotations

import builtins
from datetime import UTC, date, datetime, time
from typing import Any

import sqlalchemy as sa
import sqlalchemy.orm as orm

from mentor_desktop.db import models as m
from mentor_desktop.documents.signature_image import render_png
from mentor_desktop.domain.enums import AuditAction, FeedbackStatus, SignatureMethod
from mentor_desktop.domain.errors import ErrorCode
from mentor_desktop.domain.feedback import (
    MAX_SCAN_BYTES,
    Stroke,
    check_comments,
    check_ratings,
    check_signer,
    has_signature,
    normalise_strokes,
    scan_type,
    seal_digest,
    seal_time,
)
from mentor_desktop.domain.validation import MAX_TEXT, Checker
from mentor_desktop.services.base import (
    Page,
    ServiceContext,
    check_version,
    clamp_page,
    get_or_raise,
    like_escape,
    normalise_query,
    require_reference,
)
from mentor_desktop.services.feedback_types import (
    FORM_SORT_KEYS,
    CorrectionExistsError,
    FeedbackDetail,
    FeedbackInput,
    FeedbackRow,
    FeedbackSort,
    FormLockedError,
    RatedCriterion,
    SealState,
    SignedFeedbackSummary,
    criteria_set,
    seal_input,
    seal_state,
)

ENTITY = "feedback_form"


def check_new_form(
    check: Checker, placement_id: int | None, period_start: date | None, period_end: date | None
) -> None:
    """The rules of a new form that need no database: a placement and a period in order."""
    if placement_id is None:
        check.add("placement_id", ErrorCode.REQUIRED)
    if period_start is None:
        check.add("period_start", ErrorCode.REQUIRED)
    if period_end is None:
        check.add("period_end", ErrorCode.REQUIRED)
    check.date_order("period_start", period_start, "period_end", period_end)


class FeedbackService:
    def __init__(self, context: ServiceContext):
        self._context = context

    # Drafts

    def create_draft(
        self, *, placement_id: int | None, period_start: date | None, period_end: date | None
    ) -> FeedbackDetail:
        """A blank form for the placement and period, on the newest active criteria set.
        Raises ``ValidationError``."""
        check = Checker()
        check_new_form(check, placement_id, period_start, period_end)
        with self._context.write() as s:
            if placement_id is not None:
                require_reference(s, check, "placement_id", m.Placement, placement_id)
            criteria = s.scalars(
                sa.select(m.FeedbackCriteriaSet)
                .where(m.FeedbackCriteriaSet.active.is_(True))
                .order_by(m.FeedbackCriteriaSet.number.desc())
                .limit(1)
            ).first()
            if criteria is None:
                check.add("criteria_set_id", ErrorCode.NOT_FOUND)
            check.raise_if_any()
            assert placement_id and period_start and period_end and criteria
            row = m.FeedbackForm(
                placement_id=placement_id,
                criteria_set_id=criteria.id,
                period_start=period_start,
                period_end=period_end,
                status=FeedbackStatus.DRAFT,
                ratings={},
                created_by_id=self._context.user_id,
            )
            s.add(row)
            s.flush()
            self._context.audit(
                s,
                AuditAction.CREATE,
                ENTITY,
                row.id,
                ["placement_id", "period_start", "period_end"],
            )
            return self._detail(s, row)

    def save_draft(
        self, form_id: int, data: FeedbackInput, *, expected_version: int
    ) -> FeedbackDetail:
        """Keep what has been filled in so far. Raises ``ValidationError``,
        ``FormLockedError``, ``NotFoundError``, ``ConflictError``."""
        with self._context.write() as s:
            row = self._draft(s, form_id, expected_version)
            check = Checker()
            keys = [c["key"] for c in self._criteria_row(s, row).criteria]
            ratings = check_ratings(check, data.ratings, keys, complete=False)
            name, role = check_signer(check, data.signer_name, data.signer_role, required=False)
            comments = check_comments(check, data.comments)
            check.raise_if_any()
            changed = self._set(row, ratings=ratings, comments=comments, name=name, role=role)
            if changed:
                self._context.audit(s, AuditAction.UPDATE, ENTITY, row.id, changed)
                s.flush()
            return self._detail(s, row)

    def delete_draft(self, form_id: int, *, expected_version: int) -> None:
        """Raises ``FormLockedError``, ``NotFoundError``, ``ConflictError``."""
        with self._context.write() as s:
            row = self._draft(s, form_id, expected_version)
            s.delete(row)
            self._context.audit(s, AuditAction.DELETE, ENTITY, form_id)

    # Signing

    def check_signable(self, form_id: int, data: FeedbackInput, strokes: Any) -> None:
        """Raise ``ValidationError`` naming what is missing before ``data`` can be signed:
        ``ratings.<key>``, ``signer_name``, ``signature`` (REQUIRED when the pad is empty)."""
        with self._context.read() as s:
            row = get_or_raise(s, m.FeedbackForm, form_id)
            keys = [c["key"] for c in self._criteria_row(s, row).criteria]
        check = Checker()
        self._signed_input(check, keys, data, normalise_strokes(strokes), drawn=True)
        check.raise_if_any()

    def sign(
        self, form_id: int, data: FeedbackInput, strokes: Any, *, expected_version: int
    ) -> FeedbackDetail:
        """Sign the draft with the strokes drawn on the pad and seal it; the form it
        corrects (if any) becomes superseded. Raises ``ValidationError``,
        ``FormLockedError``, ``NotFoundError``, ``ConflictError``."""
        cleaned_strokes = normalise_strokes(strokes)
        with self._context.write() as s:
            row = self._draft(s, form_id, expected_version)
            criteria = self._criteria_row(s, row)
            keys = [c["key"] for c in criteria.criteria]
            check = Checker()
            ratings, comments, name, role = self._signed_input(
                check, keys, data, cleaned_strokes, drawn=True
            )
            check.raise_if_any()
            self._set(row, ratings=ratings, comments=comments, name=name, role=role)
            row.signature_method = SignatureMethod.DRAWN
            row.signature_strokes = cleaned_strokes
            row.signature_png = render_png(cleaned_strokes)
            row.signed_at = seal_time(self._context.clock())
            return self._seal(s, row, criteria)

    def record_paper(
        self,
        form_id: int,
        data: FeedbackInput,
        *,
        signed_on: date | None,
        scan: bytes | None,
        expected_version: int,
    ) -> FeedbackDetail:
        """Record the draft as signed on paper on ``signed_on``, with the scan of the signed
        page (PDF, PNG or JPEG, at most ``MAX_SCAN_BYTES``) attached and sealed with it.
        Raises ``ValidationError`` (``scan``: REQUIRED, INVALID_FORMAT, TOO_LARGE;
        ``signed_on``: REQUIRED, IN_FUTURE), ``FormLockedError``, ``NotFoundError``,
        ``ConflictError``."""
        with self._context.write() as s:
            row = self._draft(s, form_id, expected_version)
            criteria = self._criteria_row(s, row)
            keys = [c["key"] for c in criteria.criteria]
            check = Checker()
            mime = self._check_scan(check, scan)
            if signed_on is None:
                check.add("signed_on", ErrorCode.REQUIRED)
            else:
                check.not_in_future("signed_on", signed_on, self._context.today())
            ratings, comments, name, role = self._signed_input(check, keys, data, [], drawn=False)
            check.raise_if_any()
            assert signed_on is not None and name is not None
            self._set(row, ratings=ratings, comments=comments, name=name, role=role)
            row.signature_method = SignatureMethod.PAPER
            row.signature_strokes = None
            row.signature_png = None
            row.paper_scan = scan
            row.paper_scan_mime = mime
            # The date written on the paper, at noon local time (the hour is not known).
            noon = datetime.combine(signed_on, time(12)).astimezone()
            row.signed_at = seal_time(noon.astimezone(UTC))
            return self._seal(s, row, criteria)

    def _check_scan(self, check: Checker, scan: bytes | None) -> str | None:
        if not scan:
            check.add("scan", ErrorCode.REQUIRED)
            return None
        if len(scan) > MAX_SCAN_BYTES:
            check.add("scan", ErrorCode.TOO_LARGE, value=len(scan), max=MAX_SCAN_BYTES)
            return None
        mime = scan_type(scan)
        if mime is None:
            check.add("scan", ErrorCode.INVALID_FORMAT, value="")
        return mime

    def _signed_input(
        self,
        check: Checker,
        keys: builtins.list[str],
        data: FeedbackInput,
        strokes: builtins.list[Stroke],
        *,
        drawn: bool,
    ) -> tuple[dict[str, int | None], str | None, str | None, str | None]:
        """``data`` cleaned for signing; what is missing goes into ``check``."""
        ratings = check_ratings(check, data.ratings, keys, complete=True)
        comments = check_comments(check, data.comments)
        name, role = check_signer(check, data.signer_name, data.signer_role, required=True)
        if drawn and not has_signature(strokes):
            check.add("signature", ErrorCode.REQUIRED)
        return ratings, comments, name, role

    def _seal(
        self, s: orm.Session, row: m.FeedbackForm, criteria: m.FeedbackCriteriaSet
    ) -> FeedbackDetail:
        row.status = FeedbackStatus.SIGNED
        s.flush()
        row.content_hash = seal_digest(seal_input(row, criteria))
        if row.supersedes_id is not None:
            old = get_or_raise(s, m.FeedbackForm, row.supersedes_id)
            old.status = FeedbackStatus.SUPERSEDED
            self._context.audit(s, AuditAction.UPDATE, ENTITY, old.id, ["status"])
        self._context.audit(
            s,
            AuditAction.SIGN,
            ENTITY,
            row.id,
            ["ratings", "comments", "signer_name", "signer_role", "signature", "content_hash"],
        )
        s.flush()
        return self._detail(s, row)

    # Corrections

    def start_correction(self, form_id: int, *, reason: str | None) -> FeedbackDetail:
        """A new draft that corrects the signed form ``form_id``, filled in as that form was
        and on its criteria; the signed form stays as it is until the correction is signed.
        Raises ``ValidationError`` (``correction_reason``: REQUIRED), ``FormLockedError``
        (the form is a draft or already superseded), ``CorrectionExistsError``,
        ``NotFoundError``."""
        check = Checker()
        cleaned = check.text("correction_reason", reason, required=True, max_length=MAX_TEXT)
        check.raise_if_any()
        with self._context.write() as s:
            old = get_or_raise(s, m.FeedbackForm, form_id)
            if old.status is not FeedbackStatus.SIGNED:
                raise FormLockedError(form_id, old.status)
            existing = self._correction_draft_id(s, form_id)
            if existing is not None:
                raise CorrectionExistsError(form_id, existing)
            row = m.FeedbackForm(
                placement_id=old.placement_id,
                criteria_set_id=old.criteria_set_id,
                period_start=old.period_start,
                period_end=old.period_end,
                status=FeedbackStatus.DRAFT,
                ratings=dict(old.ratings or {}),
                comments=old.comments,
                signer_name=old.signer_name,
                signer_role=old.signer_role,
                supersedes_id=old.id,
                correction_reason=cleaned,
                created_by_id=self._context.user_id,
            )
            s.add(row)
            s.flush()
            self._context.audit(
                s, AuditAction.CREATE, ENTITY, row.id, ["supersedes_id", "correction_reason"]
            )
            return self._detail(s, row)

    # Reading

    def get(self, form_id: int) -> FeedbackDetail:
        """The form with its seal checked. Raises ``NotFoundError``."""
        with self._context.read() as s:
            return self._detail(s, get_or_raise(s, m.FeedbackForm, form_id))

    def scan(self, form_id: int) -> tuple[bytes, str] | None:
        """The scan of a paper-signed form and its MIME type. Raises ``NotFoundError``."""
        with self._context.read() as s:
            row = get_or_raise(s, m.FeedbackForm, form_id)
            if row.paper_scan is None:
                return None
            return row.paper_scan, row.paper_scan_mime or "application/octet-stream"

    def list(
        self,
        *,
        placement_id: int | None = None,
        tutor_id: int | None = None,
        query: str = "",
        include_superseded: bool = True,
        sort: FeedbackSort = FeedbackSort.PERIOD,
        descending: bool = True,
        offset: int = 0,
        limit: int = 100,
        count: bool = True,
    ) -> Page[FeedbackRow]:
        """One page of forms in the order asked (newest period first by default), each with
        its seal checked; ``query`` matches the learner's or the employer's name."""
        offset, limit = clamp_page(offset, limit)
        with self._context.read() as s:
            condition: builtins.list[sa.ColumnElement[bool]] = []
            if placement_id is not None:
                condition.append(m.FeedbackForm.placement_id == placement_id)
            if tutor_id is not None:
                condition.append(m.Placement.tutor_id == tutor_id)
            if not include_superseded:
                condition.append(m.FeedbackForm.status != FeedbackStatus.SUPERSEDED)
            needle = normalise_query(query)
            if needle:
                pattern = f"%{like_escape(needle)}%"
                condition.append(
                    sa.or_(
                        m.Learner.search_text.like(pattern, escape="\\"),
                        m.Employer.search_text.like(pattern, escape="\\"),
                    )
                )
            base = (
                sa.select(
                    m.FeedbackForm, m.Learner.first_name, m.Learner.last_name, m.Employer.name
                )
                .join(m.Placement, m.FeedbackForm.placement_id == m.Placement.id)
                .join(m.Learner, m.Placement.learner_id == m.Learner.id)
                .join(m.Site, m.Placement.site_id == m.Site.id)
                .join(m.Employer, m.Site.employer_id == m.Employer.id)
                .where(*condition)
            )
            keys = [*FORM_SORT_KEYS[sort], m.FeedbackForm.id]
            statement = (
                base.order_by(*[k.desc() if descending else k.asc() for k in keys])
                .offset(offset)
                .limit(limit)
            )
            sets: dict[int, m.FeedbackCriteriaSet] = {}
            rows = []
            for form, first, last, employer in s.execute(statement):
                criteria = sets.get(form.criteria_set_id) or self._criteria_row(s, form)
                sets[form.criteria_set_id] = criteria
                rows.append(
                    FeedbackRow(
                        id=form.id,
                        placement_id=form.placement_id,
                        learner_name=f"{first} {last}",
                        employer_name=employer,
                        period_start=form.period_start,
                        period_end=form.period_end,
                        status=form.status,
                        method=form.signature_method,
                        signer_name=form.signer_name,
                        signed_at=form.signed_at,
                        seal=seal_state(form, criteria),
                        supersedes_id=form.supersedes_id,
                    )
                )
            total = (
                s.scalar(sa.select(sa.func.count()).select_from(base.subquery()))
                if count
                else offset + len(rows)
            )
            return Page(rows, offset, total or 0)

    def signed_for_placement(self, placement_id: int) -> builtins.list[SignedFeedbackSummary]:
        """The placement's signed forms that no correction has replaced, oldest period
        first: ratings per criterion (with both labels), comments, signer and time, and
        whether the seal holds (a certificate should leave out a form whose seal is
        broken). Reads only."""
        with self._context.read() as s:
            forms = s.scalars(
                sa.select(m.FeedbackForm)
                .where(
                    m.FeedbackForm.placement_id == placement_id,
                    m.FeedbackForm.status == FeedbackStatus.SIGNED,
                )
                .order_by(m.FeedbackForm.period_start, m.FeedbackForm.id)
            ).all()
            result = []
            for row in forms:
                criteria = self._criteria_row(s, row)
                ratings = row.ratings or {}
                result.append(
                    SignedFeedbackSummary(
                        form_id=row.id,
                        period_start=row.period_start,
                        period_end=row.period_end,
                        signed_at=row.signed_at or row.updated_at,
                        signer_name=row.signer_name or "",
                        signer_role=row.signer_role,
                        method=row.signature_method or SignatureMethod.DRAWN,
                        ratings=[
                            RatedCriterion(c["key"], c["da"], c["en"], ratings.get(c["key"]))
                            for c in criteria.criteria
                        ],
                        comments=row.comments,
                        seal_ok=seal_state(row, criteria) is SealState.OK,
                    )
                )
            return result

    # Helpers

    def _draft(self, s: orm.Session, form_id: int, expected_version: int) -> m.FeedbackForm:
        row = get_or_raise(s, m.FeedbackForm, form_id)
        if row.status is not FeedbackStatus.DRAFT:
            raise FormLockedError(form_id, row.status)
        if row.content_hash is not None:  # sealed, then put back to draft behind our back
            raise FormLockedError(form_id, FeedbackStatus.SIGNED)
        check_version(row, ENTITY, form_id, expected_version)
        return row

    def _criteria_row(self, s: orm.Session, row: m.FeedbackForm) -> m.FeedbackCriteriaSet:
        return get_or_raise(s, m.FeedbackCriteriaSet, row.criteria_set_id)

    def _set(
        self,
        row: m.FeedbackForm,
        *,
        ratings: dict[str, int | None],
        comments: str | None,
        name: str | None,
        role: str | None,
    ) -> builtins.list[str]:
        changed = []
        for column, value in (
            ("ratings", ratings),
            ("comments", comments),
            ("signer_name", name),
            ("signer_role", role),
        ):
            if getattr(row, column) != value:
                setattr(row, column, value)
                changed.append(column)
        return changed

    def _correction_draft_id(self, s: orm.Session, form_id: int) -> int | None:
        return s.scalar(
            sa.select(m.FeedbackForm.id).where(
                m.FeedbackForm.supersedes_id == form_id,
                m.FeedbackForm.status == FeedbackStatus.DRAFT,
            )
        )

    def _detail(self, s: orm.Session, row: m.FeedbackForm) -> FeedbackDetail:
        placement = get_or_raise(s, m.Placement, row.placement_id)
        learner = s.get(m.Learner, placement.learner_id)
        site = s.get(m.Site, placement.site_id)
        assert learner is not None and site is not None
        tutor = s.get(m.User, placement.tutor_id) if placement.tutor_id is not None else None
        criteria = self._criteria_row(s, row)
        superseded_by = s.scalar(
            sa.select(m.FeedbackForm.id).where(
                m.FeedbackForm.supersedes_id == row.id,
                m.FeedbackForm.status != FeedbackStatus.DRAFT,
            )
        )
        return FeedbackDetail(
            id=row.id,
            version=row.version,
            placement_id=row.placement_id,
            learner_name=f"{learner.first_name} {learner.last_name}",
            employer_name=site.employer.name,
            site_name=site.name,
            job_title=placement.job_title,
            tutor_id=placement.tutor_id,
            tutor_name=tutor.name if tutor is not None else None,
            period_start=row.period_start,
            period_end=row.period_end,
            status=row.status,
            criteria=criteria_set(criteria),
            data=FeedbackInput(
                ratings=dict(row.ratings or {}),
                comments=row.comments,
                signer_name=row.signer_name,
                signer_role=row.signer_role,
            ),
            method=row.signature_method,
            strokes=normalise_strokes(row.signature_strokes),
            signature_png=row.signature_png,
            scan_mime=row.paper_scan_mime,
            signed_at=row.signed_at,
            content_hash=row.content_hash,
            seal=seal_state(row, criteria),
            supersedes_id=row.supersedes_id,
            correction_reason=row.correction_reason,
            superseded_by_id=superseded_by,
            correction_draft_id=self._correction_draft_id(s, row.id),
        )
