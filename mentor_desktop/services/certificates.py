"""Certificates: the checks before issuing, issuing one or a batch, the register of issued
certificates (with the SHA-256 and the bytes of each PDF), reissue, revoke and verification.

Numbers are "PREFIX-YEAR-SEQUENCE", unique and gap-free per year: the year's counter row is
taken with an upsert that locks it (PostgreSQL) or inside a transaction that holds SQLite's
write lock from its start, in the same transaction as the certificate's insert, so that a
failure or a second coordinator issuing at the same moment can neither skip nor repeat one.
"""

from __future__ import annotations

import builtins
import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from datetime import date
from enum import StrEnum
from functools import partial
from pathlib import Path

import sqlalchemy as sa
import sqlalchemy.orm as orm
from sqlalchemy.dialects import postgresql, sqlite

from mentor_desktop.db import models as m
from mentor_desktop.documents.certificate_data import CertificateData
from mentor_desktop.documents.certificate_pdf import (
    Images,
    prepare_file,
    render_batch,
    render_certificate,
    sha256,
    write_atomically,
)
from mentor_desktop.domain.certificates import (
    AlreadyRevokedError,
    BatchCancelledError,
    CheckKind,
    CheckResult,
    ChecksFailedError,
    OverrideNotAllowedError,
    Verdict,
    certificate_number,
    new_verification_code,
    normalise_code,
    qr_payload,
)
from mentor_desktop.domain.enums import AuditAction, CertificateLanguage, PlacementStatus, Role
from mentor_desktop.domain.errors import ErrorCode, NotFoundError
from mentor_desktop.domain.validation import MAX_TEXT, Checker
from mentor_desktop.services.base import (
    Page,
    ServiceContext,
    clamp_page,
    get_or_raise,
    like_escape,
    normalise_query,
)
from mentor_desktop.services.certificate_content import Gathered, Period, Wanted, gather_many
from mentor_desktop.services.certificate_register import CertificateRow, register_rows

ENTITY = "certificate"
ANY_TIME = Period()
Progress = Callable[[int, int], bool]


class BatchOutput(StrEnum):
    ONE_FILE = "one_file"
    FILE_EACH = "file_each"


@dataclass
class IssueRequest:
    """One certificate to issue. ``placement_ids`` None: the learner's placements (not
    cancelled or archived) that touch ``period``. ``overrides`` gives a reason for each
    failed check the coordinator lets pass."""

    learner_id: int
    language: CertificateLanguage = CertificateLanguage.DANISH
    placement_ids: list[int] | None = None
    period: Period = field(default_factory=Period)
    overrides: dict[CheckKind, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Checklist:
    learner_id: int
    name: str
    placement_ids: list[int]
    results: list[CheckResult]

    @property
    def failed(self) -> list[CheckKind]:
        return [r.kind for r in self.results if not r.passed]

    def result(self, kind: CheckKind) -> CheckResult:
        return next(r for r in self.results if r.kind == kind)


@dataclass(frozen=True)
class Issued:
    certificate: CertificateRow
    pdf: bytes


@dataclass(frozen=True)
class Verification:
    verdict: Verdict
    code: str | None
    certificate: CertificateRow | None = None


@dataclass(frozen=True)
class BatchSelection:
    """Learners for a batch: a cohort (placements ending in a period), narrowed to an
    employer and/or a tutor. A placement already on a valid certificate is left out unless
    ``include_certified``. Each certificate covers all the attended sessions of the
    learner's chosen placements."""

    ended_from: date | None = None
    ended_to: date | None = None
    employer_id: int | None = None
    tutor_id: int | None = None
    include_certified: bool = False


@dataclass(frozen=True)
class BatchResult:
    certificates: list[CertificateRow]
    files: list[Path]


class CertificateService:
    def __init__(self, context: ServiceContext):
        self._context = context

    # --- checks and preview ------------------------------------------------------------

    def check(
        self, learner_id: int, *, placement_ids: list[int] | None = None, period: Period = ANY_TIME
    ) -> Checklist:
        """The checklist before issuing. Raises ``NotFoundError`` and
        ``NothingToCertifyError``."""
        with self._context.read() as s:
            return _checklist(self._gather(s, learner_id, placement_ids, period))

    def preview(self, request: IssueRequest) -> bytes:
        """The certificate as it would print now, marked as a preview instead of a number
        and a code; nothing is issued."""
        with self._context.read() as s:
            gathered = self._gather(s, request.learner_id, request.placement_ids, request.period)
            images = _images(s)
        data = replace(gathered.data, number="—", verification_code="—", qr_payload="PREVIEW")
        return render_certificate(data, request.language, images)

    def select_batch(self, selection: BatchSelection) -> builtins.list[Checklist]:
        """The checklists of the learners a batch selection finds, by name."""
        with self._context.read() as s:
            statement = (
                sa.select(m.Placement.learner_id, m.Placement.id)
                .join(m.Site, m.Placement.site_id == m.Site.id)
                .join(m.Learner, m.Placement.learner_id == m.Learner.id)
                .where(
                    m.Placement.archived_at.is_(None),
                    m.Placement.status != PlacementStatus.CANCELLED,
                    m.Learner.archived_at.is_(None),
                )
                .order_by(m.Learner.last_name, m.Learner.first_name, m.Learner.id, m.Placement.id)
            )
            if selection.ended_from is not None:
                statement = statement.where(m.Placement.end_date >= selection.ended_from)
            if selection.ended_to is not None:
                statement = statement.where(m.Placement.end_date <= selection.ended_to)
            if selection.employer_id is not None:
                statement = statement.where(m.Site.employer_id == selection.employer_id)
            if selection.tutor_id is not None:
                statement = statement.where(m.Placement.tutor_id == selection.tutor_id)
            if not selection.include_certified:
                statement = statement.where(
                    ~sa.exists().where(
                        m.certificate_placement.c.placement_id == m.Placement.id,
                        m.certificate_placement.c.certificate_id == m.Certificate.id,
                        m.Certificate.revoked_at.is_(None),
                    )
                )
            placements: dict[int, list[int]] = {}
            for learner_id, placement_id in s.execute(statement):
                placements.setdefault(learner_id, []).append(placement_id)
            wanted = [Wanted(learner_id, ids) for learner_id, ids in placements.items()]
            return [_checklist(_found(g)) for g in self._gather_many(s, wanted)]

    # --- issuing -------------------------------------------------------------------------

    def issue(self, request: IssueRequest) -> Issued:
        """Check, number, render and register one certificate in one transaction.
        Raises ``ChecksFailedError`` (a failed check without an override reason),
        ``OverrideNotAllowedError``, ``ValidationError`` (an empty reason),
        ``NotFoundError``, ``NothingToCertifyError``."""
        overrides = self._clean_overrides(request.overrides)
        with self._issuing() as s:
            gathered = self._gather(s, request.learner_id, request.placement_ids, request.period)
            [(row, _, pdf)], _ = self._issue_all(
                s, [(gathered, request.language, overrides)], _images(s)
            )
            return Issued(self._row(s, row), pdf)

    def issue_batch(
        self,
        requests: builtins.list[IssueRequest],
        *,
        target: Path,
        output: BatchOutput,
        progress: Progress | None = None,
    ) -> BatchResult:
        """Issue every request in one transaction and write the PDFs: ``target`` is the one
        file (``ONE_FILE``) or the folder for a file each (named after the numbers).
        ``progress(done, total)`` returning False cancels: the transaction is rolled back,
        no number is used and no file is written (``BatchCancelledError``). Raises what
        ``issue`` raises, for the first request that fails; then nothing is issued."""
        requests = [replace(r, overrides=self._clean_overrides(r.overrides)) for r in requests]
        total = len(requests) + 1
        prepared: list[tuple[Path, Path]] = []
        try:
            with self._issuing() as s:
                wanted = [Wanted(r.learner_id, r.placement_ids, r.period) for r in requests]
                # The first request that fails stops the batch, whatever the reason.
                items = [
                    (_checked(_found(found), r.overrides), r.language, r.overrides)
                    for found, r in zip(self._gather_many(s, wanted), requests, strict=True)
                ]
                issued, combined = self._issue_all(
                    s,
                    items,
                    _images(s),
                    progress=progress,
                    combine=output == BatchOutput.ONE_FILE,
                )
                if progress is not None and not progress(len(requests), total):
                    raise BatchCancelledError(len(requests))
                if combined is not None:
                    prepared.append((prepare_file(target, combined), target))
                else:
                    for row, _, pdf in issued:
                        path = target / f"{row.number}.pdf"
                        prepared.append((prepare_file(path, pdf), path))
                if progress is not None and not progress(len(requests), total):
                    raise BatchCancelledError(len(requests))
                rows = register_rows(s, [row for row, *_ in issued])
        except BaseException:
            for temporary, _ in prepared:
                temporary.unlink(missing_ok=True)
            raise
        for temporary, path in prepared:
            os.replace(temporary, path)
        if progress is not None:
            progress(total, total)
        return BatchResult(rows, [path for _, path in prepared])

    def reissue(
        self,
        certificate_id: int,
        *,
        reason: str,
        language: CertificateLanguage | None = None,
        overrides: dict[CheckKind, str] | None = None,
    ) -> Issued:
        """A new certificate (new number and code, from the records as they are now) for the
        same learner, placements and period; the old one is revoked with ``reason`` and
        linked from the new one. ``overrides`` None keeps the old certificate's overrides.
        Raises ``ValidationError`` (no reason), ``NotFoundError``, ``AlreadyRevokedError``
        and what ``issue`` raises."""
        cleaned_reason = self._reason(reason)
        if overrides is None:
            with self._context.read() as s:
                kept = get_or_raise(s, m.Certificate, certificate_id).overrides or []
            overrides = {CheckKind(o["check"]): o["reason"] for o in kept}
        cleaned = self._clean_overrides(overrides)
        with self._issuing() as s:
            old = get_or_raise(s, m.Certificate, certificate_id)
            if old.revoked_at is not None:
                raise AlreadyRevokedError(old.number)
            placement_ids = list(
                s.scalars(
                    sa.select(m.certificate_placement.c.placement_id).where(
                        m.certificate_placement.c.certificate_id == old.id
                    )
                )
            )
            gathered = self._gather(
                s, old.learner_id, placement_ids, Period(old.period_start, old.period_end)
            )
            gathered = replace(gathered, data=replace(gathered.data, replaces_number=old.number))
            [(row, _, pdf)], _ = self._issue_all(
                s, [(gathered, language or old.language, cleaned)], _images(s), replaces=old
            )
            self._revoke(s, old, cleaned_reason)
            return Issued(self._row(s, row), pdf)

    def revoke(self, certificate_id: int, *, reason: str) -> CertificateRow:
        """Raises ``ValidationError`` (no reason), ``NotFoundError``, ``AlreadyRevokedError``."""
        cleaned = self._reason(reason)
        with self._context.write() as s:
            row = get_or_raise(s, m.Certificate, certificate_id)
            if row.revoked_at is not None:
                raise AlreadyRevokedError(row.number)
            self._revoke(s, row, cleaned)
            s.flush()
            return self._row(s, row)

    # --- the register ------------------------------------------------------------------

    def verify(self, text: str) -> Verification:
        """Genuine, revoked or unknown, from this database alone: ``text`` is the code as
        printed (hyphens, spaces and case do not matter) or the QR code's text."""
        code = normalise_code(text)
        if code is None:
            return Verification(Verdict.UNKNOWN, None)
        with self._context.read() as s:
            row = s.scalars(
                sa.select(m.Certificate).where(m.Certificate.verification_code == code)
            ).first()
            if row is None:
                return Verification(Verdict.UNKNOWN, code)
            verdict = Verdict.REVOKED if row.revoked_at is not None else Verdict.GENUINE
            return Verification(verdict, code, self._row(s, row))

    def get(self, certificate_id: int) -> CertificateRow:
        with self._context.read() as s:
            return self._row(s, get_or_raise(s, m.Certificate, certificate_id))

    def pdf(self, certificate_id: int) -> bytes:
        """The PDF as issued. Raises ``NotFoundError``."""
        with self._context.read() as s:
            pdf = s.scalar(sa.select(m.Certificate.pdf).where(m.Certificate.id == certificate_id))
            if pdf is None:
                raise NotFoundError(ENTITY, certificate_id)
            return pdf

    def export(self, certificate_id: int, path: Path) -> None:
        """Write the PDF as issued to ``path``, atomically. Raises ``NotFoundError`` and
        ``OSError``."""
        write_atomically(path, self.pdf(certificate_id))

    def list(
        self,
        *,
        query: str = "",
        learner_id: int | None = None,
        include_revoked: bool = True,
        descending: bool = True,
        offset: int = 0,
        limit: int = 100,
        count: bool = True,
    ) -> Page[CertificateRow]:
        """The register in the order of issue (newest first unless ``descending`` is False);
        ``query`` matches the printed name or the number."""
        offset, limit = clamp_page(offset, limit)
        with self._context.read() as s:
            condition: list[sa.ColumnElement[bool]] = []
            needle = normalise_query(query)
            if needle:
                pattern = f"%{like_escape(needle)}%"
                condition.append(
                    sa.or_(
                        sa.func.lower(m.Certificate.printed_name).like(pattern, escape="\\"),
                        sa.func.lower(m.Certificate.number).like(pattern, escape="\\"),
                    )
                )
            if learner_id is not None:
                condition.append(m.Certificate.learner_id == learner_id)
            if not include_revoked:
                condition.append(m.Certificate.revoked_at.is_(None))
            order = [m.Certificate.issued_at, m.Certificate.id]
            rows = s.scalars(
                sa.select(m.Certificate)
                .where(*condition)
                .order_by(*(key.desc() if descending else key.asc() for key in order))
                .offset(offset)
                .limit(limit)
            ).all()
            total = offset + len(rows)
            if count:
                total = (
                    s.scalar(
                        sa.select(sa.func.count()).select_from(m.Certificate).where(*condition)
                    )
                    or 0
                )
            return Page(register_rows(s, rows), offset, total)

    # --- inside ------------------------------------------------------------------------

    @contextmanager
    def _issuing(self) -> Iterator[orm.Session]:
        """A unit of work that holds SQLite's write lock from its first statement, so that
        what it reads before taking a number cannot turn stale (PostgreSQL locks the
        counter's row instead)."""
        with self._context.write() as s:
            s.connection(execution_options={"sqlite_begin": "IMMEDIATE"})
            yield s

    def _gather(
        self,
        s: orm.Session,
        learner_id: int,
        placement_ids: builtins.list[int] | None,
        period: Period,
    ) -> Gathered:
        return _found(self._gather_many(s, [Wanted(learner_id, placement_ids, period)])[0])

    def _gather_many(
        self, s: orm.Session, wanted: builtins.list[Wanted]
    ) -> builtins.list[Gathered | Exception]:
        return builtins.list(gather_many(s, wanted, today=self._context.today()))

    def _clean_overrides(self, overrides: dict[CheckKind, str]) -> dict[CheckKind, str]:
        check = Checker()
        cleaned = {}
        for kind, reason in overrides.items():
            text = check.text(f"override_{kind}", reason, max_length=MAX_TEXT)
            if text is None:
                check.add(f"override_{kind}", ErrorCode.REQUIRED)
            else:
                cleaned[CheckKind(kind)] = text
        check.raise_if_any()
        if cleaned and self._context.user_id is not None:
            with self._context.read() as s:
                user = s.get(m.User, self._context.user_id)
                if user is None or user.role not in (Role.COORDINATOR, Role.ADMIN):
                    raise OverrideNotAllowedError("only a coordinator may override a check")
        return cleaned

    def _reason(self, reason: str) -> str:
        check = Checker()
        cleaned = check.text("reason", reason, required=True, max_length=MAX_TEXT)
        check.raise_if_any()
        assert cleaned is not None
        return cleaned

    def _issue_all(
        self,
        s: orm.Session,
        items: builtins.list[tuple[Gathered, CertificateLanguage, dict[CheckKind, str]]],
        images: Images,
        *,
        progress: Progress | None = None,
        combine: bool = False,
        replaces: m.Certificate | None = None,
    ) -> tuple[builtins.list[tuple[m.Certificate, CertificateData, bytes]], bytes | None]:
        """Check every certificate (the first one failing stops them all), take their
        numbers in one step, render each PDF (and, with ``combine``, the one file of them
        all, drawn from the same pages) and insert the rows, their placements and audit
        events in a few statements. ``progress(index, len(items) + 1)`` before each
        certificate; False cancels."""
        for gathered, _, overrides in items:
            _checked(gathered, overrides)
        if not items:
            return [], render_batch([], images, combine=combine)[1]
        now = self._context.clock()
        prefix = s.scalar(sa.select(m.Centre.certificate_prefix).order_by(m.Centre.id).limit(1))
        years = [gathered.data.issued_on.year for gathered, _, _ in items]
        first = {year: _take_numbers(s, year, years.count(year)) for year in dict.fromkeys(years)}
        datas = []
        for index, (gathered, _, _) in enumerate(items):
            year = years[index]
            sequence = first[year]
            first[year] += 1
            number = certificate_number(prefix or "MD", year, sequence)
            code = new_verification_code()
            datas.append(
                (
                    sequence,
                    replace(
                        gathered.data,
                        number=number,
                        verification_code=code,
                        qr_payload=qr_payload(number, code),
                    ),
                )
            )
        pdfs, combined = render_batch(
            [(data, language) for (_, data), (_, language, _) in zip(datas, items, strict=True)],
            images,
            combine=combine,
            before=None if progress is None else partial(_report, progress, len(items) + 1),
        )
        rows = []
        for (sequence, data), (gathered, language, overrides), pdf in zip(
            datas, items, pdfs, strict=True
        ):
            failed = [r.kind for r in gathered.checks if not r.passed]
            rows.append(
                m.Certificate(
                    number=data.number,
                    year=data.issued_on.year,
                    sequence=sequence,
                    verification_code=data.verification_code,
                    learner_id=gathered.learner_id,
                    language=language,
                    printed_name=data.learner_name,
                    period_start=data.period_start,
                    period_end=data.period_end,
                    minutes=data.minutes,
                    sessions=data.sessions,
                    level_reached=gathered.level,
                    words_mastered=data.words_mastered,
                    goals_achieved=gathered.can_do_achieved,
                    content=data.to_json(),
                    overrides=[{"check": kind.value, "reason": overrides[kind]} for kind in failed],
                    issued_by_id=self._context.user_id,
                    issued_at=now,
                    pdf_sha256=sha256(pdf),
                    pdf=pdf,
                    replaces_id=replaces.id if replaces is not None else None,
                )
            )
        s.add_all(rows)
        s.flush()
        s.execute(
            sa.insert(m.certificate_placement),
            [
                {"certificate_id": row.id, "placement_id": p}
                for row, (gathered, _, _) in zip(rows, items, strict=True)
                for p in gathered.placement_ids
            ],
        )
        for row in rows:
            fields = ["number", "learner_id", "pdf_sha256", "placement_ids"]
            if row.overrides:
                fields.append("overrides")
            if replaces is not None:
                fields.append("replaces_id")
            self._context.audit(s, AuditAction.ISSUE, ENTITY, row.id, fields)
        issued = [(row, data, pdf) for row, (_, data), pdf in zip(rows, datas, pdfs, strict=True)]
        return issued, combined

    def _revoke(self, s: orm.Session, row: m.Certificate, reason: str) -> None:
        row.revoked_at = self._context.clock()
        row.revoked_reason = reason
        row.revoked_by_id = self._context.user_id
        self._context.audit(s, AuditAction.REVOKE, ENTITY, row.id, ["revoked_at", "revoked_reason"])

    def _row(self, s: orm.Session, row: m.Certificate) -> CertificateRow:
        return register_rows(s, [row])[0]


def _found(gathered: Gathered | Exception) -> Gathered:
    """The certificate read, or the error that stopped it raised."""
    if isinstance(gathered, Exception):
        raise gathered
    return gathered


def _report(progress: Progress, total: int, index: int) -> None:
    if not progress(index, total):
        raise BatchCancelledError(index)


def _checked(gathered: Gathered, overrides: dict[CheckKind, str]) -> Gathered:
    """``gathered`` if every check it fails has an override. Raises ``ChecksFailedError``."""
    unresolved = [r.kind for r in gathered.checks if not r.passed and r.kind not in overrides]
    if unresolved:
        raise ChecksFailedError(gathered.learner_id, unresolved)
    return gathered


def _checklist(gathered: Gathered) -> Checklist:
    return Checklist(
        gathered.learner_id, gathered.data.learner_name, gathered.placement_ids, gathered.checks
    )


def _images(s: orm.Session) -> Images:
    logo, signature = s.execute(
        sa.select(m.Centre.logo_png, m.Centre.signature_png).order_by(m.Centre.id).limit(1)
    ).first() or (None, None)
    return Images(logo_png=logo, signature_png=signature)


def _take_numbers(s: orm.Session, year: int, count: int) -> int:
    """The first of the next ``count`` sequence numbers of ``year``. The upsert locks the
    counter's row until the transaction ends: a second coordinator waits, then gets the
    numbers after these; a rollback gives them back."""
    table = m.CertificateCounter.__table__
    dialect = s.get_bind().dialect.name
    insert = postgresql.insert if dialect == "postgresql" else sqlite.insert
    statement = (
        insert(table)
        .values(year=year, last_number=count)
        .on_conflict_do_update(
            index_elements=[table.c.year], set_={"last_number": table.c.last_number + count}
        )
        .returning(table.c.last_number)
    )
    return int(s.execute(statement).scalar_one()) - count + 1
