"""Can-do goals: workplace statements ("can report a fault to the shift leader") with an
indicative CEFR level, from a catalogue per sector that the centre edits (the starter
catalogue ships in ``resources/can_do/``), set for a learner and marked started, achieved
or secure with evidence: a session, a signed employer feedback form, or a note."""

from __future__ import annotations

import builtins
import json
import logging
from dataclasses import dataclass
from datetime import date

import sqlalchemy as sa
import sqlalchemy.orm as orm

from mentor_desktop.db import models as m
from mentor_desktop.domain.enums import (
    AuditAction,
    CanDoStatus,
    CefrLevel,
    FeedbackStatus,
    Sector,
)
from mentor_desktop.domain.errors import ErrorCode
from mentor_desktop.domain.validation import MAX_TEXT, Checker
from mentor_desktop.paths import resources_dir
from mentor_desktop.services.base import (
    ServiceContext,
    changed_fields,
    check_version,
    get_or_raise,
    require_reference,
)

log = logging.getLogger(__name__)

STATEMENT = "can_do_statement"
GOAL = "can_do_goal"
# Statuses that claim something was shown, and so need evidence.
NEEDS_EVIDENCE = (CanDoStatus.ACHIEVED, CanDoStatus.SECURE)


def starter_catalogue_file() -> str:
    return str(resources_dir() / "can_do" / "starter_catalogue.json")


@dataclass
class StatementInput:
    sector: Sector | None = None
    text_da: str | None = None
    text_en: str | None = None
    level: CefrLevel | None = None


@dataclass(frozen=True)
class StatementRow:
    id: int
    version: int
    sector: Sector
    text_da: str
    text_en: str | None
    level: CefrLevel
    active: bool

    def text(self, language: str) -> str:
        return self.text_en if language == "en" and self.text_en else self.text_da


@dataclass(frozen=True)
class Evidence:
    """What shows that a can-do goal was reached; any of the three may be given."""

    session_id: int | None = None
    feedback_id: int | None = None
    note: str | None = None


@dataclass(frozen=True)
class CanDoRow:
    id: int
    version: int
    learner_id: int
    placement_id: int | None
    statement_id: int | None
    text: str
    text_en: str | None
    level: CefrLevel
    status: CanDoStatus
    status_on: date
    evidence: Evidence
    evidence_session_date: date | None
    evidence_feedback_signer: str | None
    evidence_feedback_signed_on: date | None


@dataclass(frozen=True)
class EvidenceChoice:
    """A session or signed feedback form of the learner that can be named as evidence."""

    id: int
    on_date: date
    label: str


def validate_statement(data: StatementInput) -> StatementInput:
    """Raises ``ValidationError`` naming every bad field."""
    check = Checker()
    text_da = check.text("text_da", data.text_da, required=True, max_length=MAX_TEXT)
    return_value = StatementInput(
        sector=check.choice("sector", data.sector, Sector, required=True),
        text_da=text_da,
        text_en=check.text("text_en", data.text_en, max_length=MAX_TEXT),
        level=check.choice("level", data.level, CefrLevel, required=True),
    )
    check.raise_if_any()
    return return_value


class CanDoService:
    def __init__(self, context: ServiceContext):
        self._context = context

    # The catalogue.

    def ensure_starter_catalogue(self) -> int:
        """Fill an empty catalogue from the shipped starter catalogue; a catalogue that has
        statements (the centre's own, edited or not) is left alone. Returns how many
        statements were added."""
        with self._context.write() as s:
            if s.scalar(sa.select(m.CanDoStatement.id).limit(1)) is not None:
                return 0
            with open(starter_catalogue_file(), encoding="utf-8") as file:
                entries = json.load(file)["statements"]
            rows = [
                m.CanDoStatement(
                    sector=Sector(e["sector"]),
                    text_da=e["da"],
                    text_en=e["en"],
                    level=CefrLevel(e["level"]),
                )
                for e in entries
            ]
            s.add_all(rows)
            s.flush()
            for row in rows:
                self._context.audit(s, AuditAction.CREATE, STATEMENT, row.id, ["text_da"])
            log.info("added %d can-do statements from the starter catalogue", len(rows))
            return len(rows)

    def catalogue(
        self, *, sector: Sector | None = None, include_inactive: bool = False
    ) -> builtins.list[StatementRow]:
        """The catalogue by sector (in the enum's order), level and entry."""
        with self._context.read() as s:
            statement = sa.select(m.CanDoStatement)
            if sector is not None:
                statement = statement.where(m.CanDoStatement.sector == sector)
            if not include_inactive:
                statement = statement.where(m.CanDoStatement.active.is_(True))
            order = {value: index for index, value in enumerate(Sector)}
            levels = {value: index for index, value in enumerate(CefrLevel)}
            rows = [_statement_row(r) for r in s.scalars(statement)]
            return sorted(rows, key=lambda r: (order[r.sector], levels[r.level], r.id))

    def create_statement(self, data: StatementInput) -> StatementRow:
        """Raises ``ValidationError``."""
        cleaned = validate_statement(data)
        with self._context.write() as s:
            row = m.CanDoStatement(
                sector=cleaned.sector,
                text_da=cleaned.text_da,
                text_en=cleaned.text_en,
                level=cleaned.level,
            )
            s.add(row)
            s.flush()
            self._context.audit(
                s, AuditAction.CREATE, STATEMENT, row.id, ["level", "sector", "text_da", "text_en"]
            )
            return _statement_row(row)

    def update_statement(
        self, statement_id: int, data: StatementInput, *, expected_version: int
    ) -> StatementRow:
        """Change a catalogue entry; goals already set keep the wording they were set
        with. Raises ``ValidationError``, ``NotFoundError``, ``ConflictError``."""
        cleaned = validate_statement(data)
        with self._context.write() as s:
            row = get_or_raise(s, m.CanDoStatement, statement_id)
            check_version(row, STATEMENT, statement_id, expected_version)
            changed = changed_fields(
                row,
                {
                    "sector": cleaned.sector,
                    "text_da": cleaned.text_da,
                    "text_en": cleaned.text_en,
                    "level": cleaned.level,
                },
            )
            if changed:
                self._context.audit(s, AuditAction.UPDATE, STATEMENT, row.id, changed)
                s.flush()
            return _statement_row(row)

    def set_statement_active(
        self, statement_id: int, active: bool, *, expected_version: int
    ) -> StatementRow:
        """Retire a statement from the catalogue (or bring it back). Raises
        ``NotFoundError``, ``ConflictError``."""
        with self._context.write() as s:
            row = get_or_raise(s, m.CanDoStatement, statement_id)
            check_version(row, STATEMENT, statement_id, expected_version)
            if row.active != active:
                row.active = active
                action = AuditAction.RESTORE if active else AuditAction.ARCHIVE
                self._context.audit(s, action, STATEMENT, row.id, ["active"])
                s.flush()
            return _statement_row(row)

    # A learner's goals.

    def assign(
        self, learner_id: int, statement_id: int, *, placement_id: int | None = None
    ) -> CanDoRow:
        """Set a catalogue statement as a planned goal of the learner, in the wording it
        has now. Raises ``ValidationError``."""
        with self._context.write() as s:
            check = Checker()
            require_reference(s, check, "learner_id", m.Learner, learner_id)
            statement = require_reference(s, check, "statement_id", m.CanDoStatement, statement_id)
            if statement is not None and not statement.active:
                check.add("statement_id", ErrorCode.INACTIVE, value=statement_id)
            self._check_placement(s, check, learner_id, placement_id)
            check.raise_if_any()
            assert statement is not None
            row = m.CanDoGoal(
                learner_id=learner_id,
                placement_id=placement_id,
                statement_id=statement.id,
                text=statement.text_da,
                level=statement.level,
                status=CanDoStatus.PLANNED,
                status_on=self._context.today(),
            )
            s.add(row)
            s.flush()
            self._context.audit(
                s, AuditAction.CREATE, GOAL, row.id, ["placement_id", "statement_id", "status"]
            )
            return self._row(s, row)

    def set_status(
        self,
        goal_id: int,
        status: CanDoStatus,
        *,
        expected_version: int,
        evidence: Evidence | None = None,
        on_date: date | None = None,
    ) -> CanDoRow:
        """Mark the goal started, achieved or secure (or planned again) on ``on_date``
        (today when ``None``). Achieved and secure need evidence: a session or a signed
        feedback form of the learner's placements, or a note. Raises ``ValidationError``,
        ``NotFoundError``, ``ConflictError``."""
        check = Checker()
        chosen = check.choice("status", status, CanDoStatus, required=True)
        when = on_date or self._context.today()
        check.not_in_future("on_date", when, self._context.today())
        given = evidence or Evidence()
        note = check.text("evidence_note", given.note, max_length=MAX_TEXT)
        check.raise_if_any()
        with self._context.write() as s:
            row = get_or_raise(s, m.CanDoGoal, goal_id)
            check_version(row, GOAL, goal_id, expected_version)
            self._check_evidence(s, check, row.learner_id, given)
            if chosen in NEEDS_EVIDENCE and not (given.session_id or given.feedback_id or note):
                check.add("evidence", ErrorCode.REQUIRED)
            check.raise_if_any()
            changed = changed_fields(
                row,
                {
                    "status": chosen,
                    "status_on": when,
                    "evidence_session_id": given.session_id,
                    "evidence_feedback_id": given.feedback_id,
                    "evidence_note": note,
                },
            )
            if changed:
                self._context.audit(s, AuditAction.UPDATE, GOAL, row.id, changed)
                s.flush()
            return self._row(s, row)

    def remove(self, goal_id: int, *, expected_version: int) -> None:
        """Raises ``NotFoundError``, ``ConflictError``."""
        with self._context.write() as s:
            row = get_or_raise(s, m.CanDoGoal, goal_id)
            check_version(row, GOAL, goal_id, expected_version)
            s.delete(row)
            self._context.audit(s, AuditAction.DELETE, GOAL, goal_id)

    def goals(self, learner_id: int) -> builtins.list[CanDoRow]:
        """The learner's can-do goals by level and entry."""
        with self._context.read() as s:
            rows = s.scalars(
                sa.select(m.CanDoGoal)
                .where(m.CanDoGoal.learner_id == learner_id)
                .order_by(m.CanDoGoal.id)
            )
            levels = {value: index for index, value in enumerate(CefrLevel)}
            result = [self._row(s, r) for r in rows]
            return sorted(result, key=lambda r: (levels[r.level], r.id))

    def get(self, goal_id: int) -> CanDoRow:
        """Raises ``NotFoundError``."""
        with self._context.read() as s:
            return self._row(s, get_or_raise(s, m.CanDoGoal, goal_id))

    def evidence_sessions(self, learner_id: int) -> builtins.list[EvidenceChoice]:
        """The learner's attended sessions, newest first, labelled with the employer."""
        with self._context.read() as s:
            statement = (
                sa.select(m.Session.id, m.Session.session_date, m.Employer.name)
                .join(m.Placement, m.Session.placement_id == m.Placement.id)
                .join(m.Site, m.Placement.site_id == m.Site.id)
                .join(m.Employer, m.Site.employer_id == m.Employer.id)
                .where(m.Placement.learner_id == learner_id)
                .order_by(m.Session.session_date.desc(), m.Session.id.desc())
                .limit(200)
            )
            return [EvidenceChoice(*row) for row in s.execute(statement)]

    def evidence_feedback(self, learner_id: int) -> builtins.list[EvidenceChoice]:
        """The signed employer feedback forms of the learner's placements, newest first,
        labelled with the signer's name."""
        with self._context.read() as s:
            statement = (
                sa.select(m.FeedbackForm.id, m.FeedbackForm.signed_at, m.FeedbackForm.signer_name)
                .join(m.Placement, m.FeedbackForm.placement_id == m.Placement.id)
                .where(
                    m.Placement.learner_id == learner_id,
                    m.FeedbackForm.status == FeedbackStatus.SIGNED,
                )
                .order_by(m.FeedbackForm.signed_at.desc(), m.FeedbackForm.id.desc())
            )
            return [
                EvidenceChoice(form_id, signed_at.astimezone().date(), signer or "")
                for form_id, signed_at, signer in s.execute(statement)
                if signed_at is not None
            ]

    def _check_placement(
        self, s: orm.Session, check: Checker, learner_id: int, placement_id: int | None
    ) -> None:
        if placement_id is None:
            return
        placement = require_reference(
            s, check, "placement_id", m.Placement, placement_id, allow_archived=True
        )
        if placement is not None and placement.learner_id != learner_id:
            check.add("placement_id", ErrorCode.INVALID_CHOICE, value=placement_id)

    def _check_evidence(
        self, s: orm.Session, check: Checker, learner_id: int, evidence: Evidence
    ) -> None:
        """A session or feedback form named as evidence must be the learner's; a form must
        be signed."""
        if evidence.session_id is not None:
            owner = s.scalar(
                sa.select(m.Placement.learner_id)
                .join(m.Session, m.Session.placement_id == m.Placement.id)
                .where(m.Session.id == evidence.session_id)
            )
            if owner != learner_id:
                check.add(
                    "evidence_session_id", ErrorCode.INVALID_CHOICE, value=evidence.session_id
                )
        if evidence.feedback_id is not None:
            found = s.execute(
                sa.select(m.Placement.learner_id, m.FeedbackForm.status)
                .join(m.FeedbackForm, m.FeedbackForm.placement_id == m.Placement.id)
                .where(m.FeedbackForm.id == evidence.feedback_id)
            ).first()
            if found is None or found[0] != learner_id or found[1] != FeedbackStatus.SIGNED:
                check.add(
                    "evidence_feedback_id", ErrorCode.INVALID_CHOICE, value=evidence.feedback_id
                )

    def _row(self, s: orm.Session, row: m.CanDoGoal) -> CanDoRow:
        session_date = (
            s.scalar(
                sa.select(m.Session.session_date).where(m.Session.id == row.evidence_session_id)
            )
            if row.evidence_session_id is not None
            else None
        )
        signer, signed_at = None, None
        if row.evidence_feedback_id is not None:
            found = s.execute(
                sa.select(m.FeedbackForm.signer_name, m.FeedbackForm.signed_at).where(
                    m.FeedbackForm.id == row.evidence_feedback_id
                )
            ).first()
            if found is not None:
                signer, signed_at = found
        text_en = (
            s.scalar(
                sa.select(m.CanDoStatement.text_en).where(m.CanDoStatement.id == row.statement_id)
            )
            if row.statement_id is not None
            else None
        )
        return CanDoRow(
            id=row.id,
            version=row.version,
            learner_id=row.learner_id,
            placement_id=row.placement_id,
            statement_id=row.statement_id,
            text=row.text,
            text_en=text_en,
            level=row.level,
            status=row.status,
            status_on=row.status_on,
            evidence=Evidence(row.evidence_session_id, row.evidence_feedback_id, row.evidence_note),
            evidence_session_date=session_date,
            evidence_feedback_signer=signer,
            evidence_feedback_signed_on=signed_at.astimezone().date() if signed_at else None,
        )


def _statement_row(row: m.CanDoStatement) -> StatementRow:
    return StatementRow(
        row.id, row.version, row.sector, row.text_da, row.text_en, row.level, row.active
    )
