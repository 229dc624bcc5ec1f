"""Reference data every centre starts with: the catalogue of work situations practised in
sessions and the first set of employer-feedback criteria. Seeded once per database, read by
the session and feedback screens."""

from __future__ import annotations

import logging
from dataclasses import dataclass

import sqlalchemy as sa
from sqlalchemy import exc

from mentor_desktop.db import models as m
from mentor_desktop.domain.errors import DatabaseError, DatabaseProblem, NotFoundError
from mentor_desktop.services.base import ServiceContext

log = logging.getLogger(__name__)

# (code, Danish name, English name), in the order the catalogue is shown.
WORK_SITUATIONS: tuple[tuple[str, str, str], ...] = (
    ("safety_briefing", "Sikkerhedsinstruktion", "Safety briefing"),
    ("taking_instructions", "Modtage instruktioner", "Taking instructions"),
    ("shift_handover", "Vagtoverlevering", "Shift handover"),
    ("reporting_fault", "Melde en fejl", "Reporting a fault"),
    ("calling_in_sick", "Sygemelding", "Calling in sick"),
    ("asking_for_help", "Bede om hjælp", "Asking for help"),
    ("talking_with_colleagues", "Tale med kolleger", "Talking with colleagues"),
    ("break_small_talk", "Småsnak i pausen", "Small talk in breaks"),
    ("customer_contact", "Kundekontakt", "Customer contact"),
    ("reading_work_texts", "Læse arbejdstekster", "Reading work texts"),
    ("writing_short_messages", "Skrive korte beskeder", "Writing short messages"),
    ("phone_messages", "Telefonbeskeder", "Phone messages"),
    ("rota_and_timesheets", "Vagtplan og timesedler", "Rota and timesheets"),
    ("hygiene_rules", "Hygiejneregler", "Hygiene rules"),
    ("staff_meetings", "Personalemøder", "Staff meetings"),
)

CRITERIA_SET_NUMBER = 1
# Feedback criteria set number 1: what the employer rates on the feedback form.
FEEDBACK_CRITERIA: tuple[dict[str, str], ...] = (
    {"key": "instructions", "da": "Forstår instruktioner", "en": "Understands instructions"},
    {"key": "safety", "da": "Sikkerhedskommunikation", "en": "Safety communication"},
    {"key": "colleagues", "da": "Taler med kolleger", "en": "Talks with colleagues"},
    {"key": "customers", "da": "Kundekontakt", "en": "Customer contact"},
    {"key": "reading", "da": "Læser arbejdstekster", "en": "Reads work texts"},
    {"key": "writing", "da": "Skriver korte beskeder", "en": "Writes short messages"},
)


@dataclass(frozen=True)
class WorkSituationRow:
    id: int
    code: str
    name_da: str
    name_en: str
    active: bool

    def name(self, language: str) -> str:
        return self.name_da if language == "da" else self.name_en


@dataclass(frozen=True)
class Criterion:
    key: str
    da: str
    en: str

    def label(self, language: str) -> str:
        return self.da if language == "da" else self.en


@dataclass(frozen=True)
class CriteriaSet:
    id: int
    number: int
    criteria: list[Criterion]
    active: bool


class ReferenceService:
    def __init__(self, context: ServiceContext):
        self._context = context

    def ensure_reference_data(self) -> bool:
        """Add whatever of the built-in catalogue and criteria set 1 is missing; entries the
        database already has are left as they are. Returns whether anything was added. Costs
        two small reads when nothing is missing; safe when two programs start at once."""
        missing, criteria_missing = self._missing()
        if not missing and not criteria_missing:
            return False
        try:
            with self._context.write() as s:
                s.add_all(
                    m.WorkSituation(code=code, name_da=da, name_en=en)
                    for code, da, en in WORK_SITUATIONS
                    if code in missing
                )
                if criteria_missing:
                    s.add(
                        m.FeedbackCriteriaSet(
                            number=CRITERIA_SET_NUMBER,
                            criteria=[dict(c) for c in FEEDBACK_CRITERIA],
                            active=True,
                        )
                    )
        except exc.IntegrityError:
            log.info("reference data was added by another program at the same time")
            return False
        except DatabaseError as error:
            if error.problem is not DatabaseProblem.READ_ONLY:
                raise
            log.warning("read-only database: the built-in reference data is incomplete")
            return False
        log.info("added %d work situations and %d criteria sets", len(missing), criteria_missing)
        return True

    def _missing(self) -> tuple[set[str], bool]:
        with self._context.read() as s:
            codes = set(s.scalars(sa.select(m.WorkSituation.code)))
            has_criteria = s.scalar(
                sa.select(m.FeedbackCriteriaSet.id).where(
                    m.FeedbackCriteriaSet.number == CRITERIA_SET_NUMBER
                )
            )
        return {code for code, _, _ in WORK_SITUATIONS} - codes, has_criteria is None

    def work_situations(self, *, include_inactive: bool = False) -> list[WorkSituationRow]:
        """The catalogue in its order of entry."""
        with self._context.read() as s:
            statement = sa.select(m.WorkSituation).order_by(m.WorkSituation.id)
            if not include_inactive:
                statement = statement.where(m.WorkSituation.active.is_(True))
            return [
                WorkSituationRow(w.id, w.code, w.name_da, w.name_en, w.active)
                for w in s.scalars(statement)
            ]

    def feedback_criteria(self, number: int | None = None) -> CriteriaSet:
        """Criteria set ``number``, or the newest active one. Raises ``NotFoundError``."""
        with self._context.read() as s:
            statement = sa.select(m.FeedbackCriteriaSet)
            if number is None:
                statement = statement.where(m.FeedbackCriteriaSet.active.is_(True)).order_by(
                    m.FeedbackCriteriaSet.number.desc()
                )
            else:
                statement = statement.where(m.FeedbackCriteriaSet.number == number)
            row = s.scalars(statement.limit(1)).first()
            if row is None:
                raise NotFoundError("feedback_criteria_set", number or 0)
            return CriteriaSet(
                id=row.id,
                number=row.number,
                criteria=[Criterion(c["key"], c["da"], c["en"]) for c in row.criteria],
                active=row.active,
            )
