"""The demo centre's rows, drawn from one ``random.Random`` so that the same seed and the
same "today" always give the same centre. Dates lie relative to today; nothing reads the
wall clock. Rows go to a ``BulkWriter``; ``tick`` is called after each employer and learner
and may raise to stop the fill."""

from __future__ import annotations

import random
from bisect import bisect
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta, timezone
from itertools import accumulate

import sqlalchemy as sa
from stdnum.dk import cvr as stdnum_cvr

from mentor_desktop.db import models as m
from mentor_desktop.domain.enums import (
    Attendance,
    CanDoStatus,
    CefrLevel,
    LearnerStatus,
    LegalBasis,
    Outcome,
    PlacementStatus,
    Role,
    Sector,
    SessionMode,
    VocabularyStatus,
)
from mentor_desktop.domain.validation import session_in_future
from mentor_desktop.services.demo import catalogue, names
from mentor_desktop.services.demo.layout import ROW_COLUMNS, Scale
from mentor_desktop.services.demo.vocabulary import LISTS
from mentor_desktop.services.demo.writer import BulkWriter
from mentor_desktop.services.employers import search_text as employer_search_text
from mentor_desktop.services.learners import search_text as learner_search_text
from mentor_desktop.services.reference import WORK_SITUATIONS

# Demo timestamps are written as if in Danish winter time, whatever the machine's zone,
# so that the same seed gives the same rows everywhere.
DANISH_TIME = timezone(timedelta(hours=1))
SECTORS = (Sector.CLEANING, Sector.KITCHEN, Sector.CONSTRUCTION, Sector.WAREHOUSE, Sector.CARE)
SECTOR_WEIGHTS = (25, 20, 15, 20, 20)
MINUTES = (45, 60, 60, 60, 75, 90, 90, 120)
MODES = (SessionMode.ON_SITE, SessionMode.REMOTE, SessionMode.PHONE, SessionMode.CLASSROOM)
MODE_WEIGHTS = (78, 8, 4, 10)
START_HOURS = (7, 8, 8, 9, 9, 10, 12, 13, 14)
OUTCOMES = (Outcome.IN_WORK, Outcome.OTHER_WORK, Outcome.EDUCATION, Outcome.NOT_IN_WORK,
            Outcome.UNKNOWN)  # fmt: skip
OUTCOME_WEIGHTS = (55, 10, 10, 15, 10)
LEVELS = (CefrLevel.PRE_A1, CefrLevel.A1, CefrLevel.A2, CefrLevel.B1, CefrLevel.B2)
LEVEL_WEIGHTS = (15, 40, 30, 12, 3)


@dataclass
class _Employer:
    id: int
    name: str
    sector: Sector
    sites: list[int] = field(default_factory=list)


@dataclass
class _Placement:
    id: int
    tutor_id: int
    start: date
    status: PlacementStatus
    attended: list[tuple[int, date]] = field(default_factory=list)


class DemoGenerator:
    def __init__(
        self,
        writer: BulkWriter,
        scale: Scale,
        *,
        seed: int,
        now: datetime,
        today: date,
        tick: Callable[[], None],
    ):
        self._w = writer
        self._scale = scale
        self._rng = random.Random(seed)
        self._now_utc = now.astimezone(UTC)
        self._now_local = now.astimezone().replace(tzinfo=None)
        self._today = today
        self._tick = tick
        self._cvrs: set[str] = set()
        self._last_end = today
        self._stamp_cache: dict[tuple[date, int, int], datetime] = {}
        self.centre_id: int | None = None
        for table, columns in ROW_COLUMNS.items():
            writer.declare(table, columns)

    # -- set-up ---------------------------------------------------------------------------

    def _stamp(self, day: date, hour: int = 9, minute: int = 0) -> datetime:
        """A UTC timestamp on ``day`` in Danish time, never later than now."""
        key = (day, hour, minute)
        moment = self._stamp_cache.get(key)
        if moment is None:
            moment = datetime.combine(day, time(hour, minute), tzinfo=DANISH_TIME).astimezone(UTC)
            moment = self._stamp_cache[key] = min(moment, self._now_utc)
        return moment

    def _stamps(self, day: date) -> tuple[int, datetime, datetime]:
        moment = self._stamp(day)
        return 1, moment, moment

    def _phone(self) -> str:
        r = self._rng
        return f"+45 {r.choice('2345')}{r.randint(0, 9)} {r.randint(10, 99)} {r.randint(10, 99)} {r.randint(10, 99)}"

    def _cvr(self) -> str:
        """A fresh CVR number that passes python-stdnum's modulus-11 check."""
        while True:
            head = str(self._rng.randint(1_000_000, 9_999_999))
            for last in "0123456789":
                number = head + last
                if stdnum_cvr.is_valid(number) and number not in self._cvrs:
                    self._cvrs.add(number)
                    return number

    def _days_ago(self, low: int, high: int) -> date:
        return self._today - timedelta(days=self._rng.randint(low, high))

    # -- the centre -------------------------------------------------------------------

    def run(self) -> None:
        connection = self._w.connection
        if connection.scalar(sa.select(sa.func.count()).select_from(m.Centre)) == 0:
            self._centre()
        self._staff()
        self._work_situations(connection)
        self._vocabulary()
        self._can_do_catalogue(connection)
        self._employers()
        self._learners()

    def _centre(self) -> None:
        self.centre_id = self._w.new_id(m.Centre.__table__)
        c = names.CENTRE
        self._w.add(m.Centre.__table__, (
            self.centre_id, c["name"], c["street"], c["postcode"], c["city"], self._cvr(),
            c["phone"], c["email"], c["signatory_name"], c["signatory_title"],
            c["certificate_prefix"], 600, *self._stamps(self._today - timedelta(days=self._scale.history_days + 30)),
        ))  # fmt: skip

    def _staff(self) -> None:
        scale, rng = self._scale, self._rng
        people: list[tuple[str, str]] = []
        if scale.tutors + scale.coordinators <= len(names.SMALL_STAFF):
            people = list(names.SMALL_STAFF[: scale.tutors])
            people += names.SMALL_STAFF[len(names.SMALL_STAFF) - scale.coordinators :]
        else:
            logins: set[str] = set()
            while len(people) < scale.tutors + scale.coordinators:
                first = rng.choice(names.DANISH_FEMALE + names.DANISH_MALE)
                family = rng.choice(names.DANISH_FAMILY)
                login = names.ascii_slug(f"{first} {family}")
                if login not in logins:
                    logins.add(login)
                    people.append((f"{first} {family}", login))
        self._tutors: list[int] = []
        self._former_tutors: list[int] = []
        self._coordinators: list[int] = []
        # At a centre older than three years, a fifth of the tutors have left.
        leavers = scale.tutors // 5 if scale.history_days > 3 * 365 else 0
        since = self._today - timedelta(days=scale.history_days + 30)
        for index, (name, login) in enumerate(people):
            user_id = self._w.new_id(m.User.__table__)
            coordinator = index >= scale.tutors
            active = coordinator or index < scale.tutors - leavers
            self._w.add(m.User.__table__, (
                user_id, name, login, (Role.COORDINATOR if coordinator else Role.TUTOR).value,
                active, f"{login}@sprogcenter-nordvest.example", self._phone(),
                *self._stamps(since),
            ))  # fmt: skip
            if coordinator:
                self._coordinators.append(user_id)
            elif active:
                self._tutors.append(user_id)
            else:
                self._former_tutors.append(user_id)

    def _work_situations(self, connection: sa.Connection) -> None:
        """Reads the reference catalogue; adds it only if the database has none."""
        table = m.WorkSituation.__table__
        rows = connection.execute(
            sa.select(table.c.id, table.c.code).where(table.c.active.is_(True)).order_by(table.c.id)
        ).all()
        if not rows:
            rows = []
            for code, name_da, name_en in WORK_SITUATIONS:
                situation_id = self._w.new_id(table)
                self._w.add(table, (situation_id, code, name_da, name_en, True))
                rows.append((situation_id, code))
        self._situations = [situation_id for situation_id, _ in rows]
        by_code = {code: situation_id for situation_id, code in rows}
        self._sector_situations = {
            sector: [by_code[c] for c in codes if c in by_code] or self._situations
            for sector, codes in catalogue.SECTOR_SITUATIONS.items()
        }

    def _vocabulary(self) -> None:
        created = self._stamps(self._today - timedelta(days=self._scale.history_days + 20))
        self._items: dict[Sector, list[tuple[int, str]]] = {}
        for demo_list in LISTS:
            list_id = self._w.new_id(m.VocabularyList.__table__)
            self._w.add(m.VocabularyList.__table__, (
                list_id, demo_list.name, demo_list.sector.value, demo_list.description, *created,
            ))  # fmt: skip
            items = self._items.setdefault(demo_list.sector, [])
            for position, item in enumerate(demo_list.items):
                item_id = self._w.new_id(m.VocabularyItem.__table__)
                self._w.add(m.VocabularyItem.__table__, (
                    item_id, list_id, position, item.term, item.word_class.value, item.article,
                    item.example, item.safety_critical, *created,
                ))  # fmt: skip
                for language, text in item.glosses.items():
                    self._w.add(m.Gloss.__table__, (
                        self._w.new_id(m.Gloss.__table__), item_id, language, text,
                    ))  # fmt: skip
                items.append((item_id, item.term))

    def _can_do_catalogue(self, connection: sa.Connection) -> None:
        """Reuses statements the centre already has (same sector and Danish text)."""
        table = m.CanDoStatement.__table__
        existing = {
            (sector, text): statement_id
            for statement_id, sector, text in connection.execute(
                sa.select(table.c.id, table.c.sector, table.c.text_da)
            )
        }
        created = self._stamps(self._today - timedelta(days=self._scale.history_days + 20))
        self._can_do: dict[Sector, list[tuple[int, str, CefrLevel]]] = {}
        for sector, text_da, text_en, level in catalogue.CAN_DO:
            statement_id = existing.get((sector, text_da))
            if statement_id is None:
                statement_id = self._w.new_id(table)
                self._w.add(table, (
                    statement_id, sector.value, text_da, text_en, level.value, True, *created,
                ))  # fmt: skip
            self._can_do.setdefault(sector, []).append((statement_id, text_da, level))

    # -- employers --------------------------------------------------------------------

    def _employer_names(self) -> list[tuple[str, Sector, str]]:
        scale, rng = self._scale, self._rng
        if scale.employers <= len(names.SMALL_EMPLOYERS):
            return list(names.SMALL_EMPLOYERS[: scale.employers])
        result = list(names.SMALL_EMPLOYERS)
        taken = {name for name, _, _ in result}
        while len(result) < scale.employers:
            sector = rng.choices(SECTORS, SECTOR_WEIGHTS)[0]
            trade = rng.choice(names.EMPLOYER_TRADES[sector])
            head = rng.choice(names.EMPLOYER_HEADS)
            if sector is Sector.CARE:
                name = f"{trade} {head}"
            else:
                name = f"{head} {trade} {rng.choice(names.FORMS[sector])}"
            name = " ".join(name.split())
            if name in taken:
                name = f"{name} ({rng.choice(names.TOWNS)[1]})"
                if name in taken:
                    continue
            taken.add(name)
            result.append((name, sector, rng.choice(names.CONTACT_ROLES[sector])))
        return result

    def _employers(self) -> None:
        scale, rng = self._scale, self._rng
        self._employer_list: list[_Employer] = []
        employers_by_sector: dict[Sector, list[int]] = {}
        agreements = set(rng.sample(range(scale.employers), min(scale.agreements, scale.employers)))
        for index, (name, sector, role) in enumerate(self._employer_names()):
            employer_id = self._w.new_id(m.Employer.__table__)
            cvr = self._cvr()
            postcode, town = rng.choice(names.TOWNS)
            created = self._stamps(self._days_ago(30, scale.history_days + 30))
            slug = names.ascii_slug(name, "-")
            self._w.add(m.Employer.__table__, (
                employer_id, name, cvr, sector.value, f"{rng.choice(names.STREETS)} {rng.randint(1, 120)}",
                postcode, town, self._phone(), f"info@{slug}.example",
                employer_search_text(name, cvr), *created,
            ))  # fmt: skip
            employer = _Employer(employer_id, name, sector)
            site_names = rng.sample(
                names.SITE_NAMES[sector], rng.randint(*scale.sites_per_employer)
            )
            for site_name in site_names:
                site_id = self._w.new_id(m.Site.__table__)
                site_postcode, site_town = rng.choice(names.TOWNS)
                self._w.add(m.Site.__table__, (
                    site_id, employer_id, f"{site_name}, {site_town}",
                    f"{rng.choice(names.STREETS)} {rng.randint(1, 120)}",
                    site_postcode, site_town, *created,
                ))  # fmt: skip
                employer.sites.append(site_id)
            for contact_role in (role, *rng.sample(names.CONTACT_ROLES[sector], rng.randint(0, 1))):
                first = rng.choice(names.DANISH_FEMALE + names.DANISH_MALE)
                contact = f"{first} {rng.choice(names.DANISH_FAMILY)}"
                self._w.add(m.ContactPerson.__table__, (
                    self._w.new_id(m.ContactPerson.__table__), employer_id, contact, contact_role,
                    self._phone(), f"{names.ascii_slug(contact)}@{slug}.example", *created,
                ))  # fmt: skip
            if index in agreements:
                first_action, second_action = rng.choice(catalogue.AGREEMENT_ACTIONS)
                approved = self._days_ago(30, min(scale.history_days, 700))
                starts = approved + timedelta(days=14)
                self._w.add(m.PartnershipAgreement.__table__, (
                    self._w.new_id(m.PartnershipAgreement.__table__), employer_id, first_action,
                    second_action, approved, starts, starts + timedelta(days=rng.choice((365, 730))),
                    *self._stamps(approved),
                ))  # fmt: skip
            self._employer_list.append(employer)
            employers_by_sector.setdefault(sector, []).append(len(self._employer_list) - 1)
            self._w.flush_if_full()
            self._tick()
        # Some employers take many learners, most a few.
        weights = [rng.choice((1, 1, 1, 2, 3, 5)) for _ in self._employer_list]
        self._employer_cumulative = list(accumulate(weights))

    def _pick_employer(self) -> _Employer:
        point = self._rng.random() * self._employer_cumulative[-1]
        return self._employer_list[bisect(self._employer_cumulative, point)]

    # -- learners ---------------------------------------------------------------------

    def _learners(self) -> None:
        origin_cumulative = list(accumulate(o.weight for o in names.ORIGINS))
        general = self._items.get(Sector.OTHER, [])
        for _ in range(self._scale.learners):
            origin = names.ORIGINS[
                bisect(origin_cumulative, self._rng.random() * origin_cumulative[-1])
            ]
            self._learner(origin, general)
            self._w.flush_if_full()
            self._tick()

    def _learner(self, origin: names.Origin, general: list[tuple[int, str]]) -> None:
        scale, rng, today = self._scale, self._rng, self._today
        female = rng.random() < 0.5
        first = rng.choice(origin.female if female else origin.male)
        family_choice = rng.choice(origin.family)
        family = family_choice if isinstance(family_choice, str) else family_choice[female]
        languages = rng.choice(origin.languages)
        gloss = origin.gloss if origin.gloss != "en" or "en" in languages else None
        employer = self._pick_employer()
        sector = employer.sector
        referral = self._days_ago(3, scale.history_days)
        case_reference = (
            f"{rng.choice(names.MUNICIPALITY_CODES)}-{referral.year}-{rng.randint(1000, 99999):05d}"
        )
        base = rng.choices(range(len(LEVELS)), LEVEL_WEIGHTS)[0]
        # DU1 learners (little schooling) read and write below what they understand.
        literacy_gap = 1 if rng.random() < 0.3 else 0

        def level(shift: int) -> str:
            return LEVELS[max(0, min(len(LEVELS) - 1, base + shift))].value

        legal_basis = rng.choices(
            (LegalBasis.PUBLIC_TASK, LegalBasis.CONSENT, LegalBasis.CONTRACT), (75, 15, 10)
        )[0]
        learner_id = self._w.new_id(m.Learner.__table__)
        birth = (
            today - timedelta(days=rng.randint(19 * 365, 58 * 365)) if rng.random() < 0.7 else None
        )

        # The placements: one, and for some a second after the first ended.
        placements: list[_Placement] = []
        items = self._goal_items(sector, general)
        next_referral: date | None = referral
        while next_referral is not None:
            placement = self._placement(learner_id, employer, next_referral, items)
            placements.append(placement)
            next_referral = None
            if (
                placement.status is PlacementStatus.COMPLETED
                and len(placements) == 1
                and rng.random() < scale.second_placement_share
            ):
                candidate = self._last_end + timedelta(days=rng.randint(14, 60))
                if candidate < today - timedelta(days=7):
                    next_referral = candidate
                    employer = self._pick_employer()
        statuses = {p.status for p in placements}
        if statuses & {PlacementStatus.ACTIVE, PlacementStatus.REFERRED}:
            status = LearnerStatus.ACTIVE
        elif PlacementStatus.PAUSED in statuses:
            status = LearnerStatus.PAUSED
        else:
            status = LearnerStatus.FINISHED
        self._w.add(m.Learner.__table__, (
            learner_id, first, family, birth, self._phone() if rng.random() < 0.6 else None,
            case_reference, gloss, level(0), level(0 if rng.random() < 0.6 else -1),
            level(-literacy_gap), level(-literacy_gap - (rng.random() < 0.5)), referral,
            legal_basis.value, referral if legal_basis is LegalBasis.CONSENT else None,
            status.value, learner_search_text(first, family, case_reference),
            *self._stamps(referral),
        ))  # fmt: skip
        for position, code in enumerate(languages):
            self._w.add(m.LearnerLanguage.__table__, (
                self._w.new_id(m.LearnerLanguage.__table__), learner_id, code, position,
            ))  # fmt: skip
        self._goals(learner_id, sector, placements, items)

    def _goal_items(self, sector: Sector, general: list[tuple[int, str]]) -> list[tuple[int, str]]:
        """The words this learner works on: mostly their sector's, some general ones, and at
        the large size words from the other sectors' lists too."""
        rng = self._rng
        wanted = rng.randint(*self._scale.goals_per_learner)
        own = self._items.get(sector, [])
        chosen = rng.sample(own, min(len(own), max(1, wanted * 3 // 4)))
        rest = wanted - len(chosen)
        chosen += rng.sample(general, min(len(general), rest))
        rest = wanted - len(chosen)
        if rest > 0:
            others = [item for s in SECTORS if s is not sector for item in self._items.get(s, [])]
            chosen += rng.sample(others, min(len(others), rest))
        return chosen

    def _placement(
        self, learner_id: int, employer: _Employer, referral: date, items: list[tuple[int, str]]
    ) -> _Placement:
        scale, rng, today = self._scale, self._rng, self._today
        placement_id = self._w.new_id(m.Placement.__table__)
        start = referral + timedelta(days=rng.randint(4, 28))
        if start.weekday() >= 5:
            start += timedelta(days=7 - start.weekday())
        weeks = rng.randint(*scale.placement_weeks)
        end = start + timedelta(weeks=weeks)
        if start > today:
            status = PlacementStatus.REFERRED
        elif end < today:
            status = PlacementStatus.COMPLETED if rng.random() < 0.92 else PlacementStatus.CANCELLED
            if status is PlacementStatus.CANCELLED:
                end = start + timedelta(weeks=rng.randint(1, max(1, weeks // 2)))
        else:
            status = PlacementStatus.ACTIVE if rng.random() < 0.95 else PlacementStatus.PAUSED
        self._last_end = end
        eligible = self._tutors
        if self._former_tutors and start < today - timedelta(days=2 * 365):
            eligible = self._tutors + self._former_tutors
        tutor_id = rng.choice(eligible)
        outcome = outcome_on = followup = followup_on = None
        if status is PlacementStatus.COMPLETED:
            outcome = rng.choices(OUTCOMES, OUTCOME_WEIGHTS)[0].value
            outcome_on = end
            if end + timedelta(days=90) <= today:
                followup = (
                    outcome
                    if rng.random() < 0.75
                    else rng.choices(OUTCOMES, OUTCOME_WEIGHTS)[0].value
                )
                followup_on = end + timedelta(days=90)
        elif status is PlacementStatus.CANCELLED:
            outcome = rng.choice((Outcome.NOT_IN_WORK, Outcome.UNKNOWN, Outcome.OTHER_WORK)).value
            outcome_on = end
        buddy = buddy_phone = None
        if rng.random() < 0.4:
            buddy = f"{rng.choice(names.DANISH_FEMALE + names.DANISH_MALE)} {rng.choice(names.DANISH_FAMILY)}"
            buddy_phone = self._phone()
        self._w.add(m.Placement.__table__, (
            placement_id, learner_id, rng.choice(employer.sites), tutor_id,
            rng.choice(names.JOB_TITLES[employer.sector]), referral, start, end,
            rng.choice((10, 15, 20, 20, 25, 30)), status.value, outcome, outcome_on, followup,
            followup_on, buddy, buddy_phone, *self._stamps(referral),
        ))  # fmt: skip
        coordinator = self._coordinators[0] if self._coordinators else tutor_id
        changes: list[tuple[PlacementStatus | None, PlacementStatus, date, int]] = [
            (None, PlacementStatus.REFERRED, referral, coordinator)
        ]
        if status is not PlacementStatus.REFERRED:
            changes.append((PlacementStatus.REFERRED, PlacementStatus.ACTIVE, start, tutor_id))
        if status is PlacementStatus.PAUSED:
            changes.append(
                (PlacementStatus.ACTIVE, status, min(today, start + timedelta(weeks=3)), tutor_id)
            )
        if status in (PlacementStatus.COMPLETED, PlacementStatus.CANCELLED):
            changes.append((PlacementStatus.ACTIVE, status, end, tutor_id))
        for from_status, to_status, on, user_id in changes:
            self._w.add(m.PlacementStatusChange.__table__, (
                self._w.new_id(m.PlacementStatusChange.__table__), placement_id,
                from_status.value if from_status else None, to_status.value, self._stamp(on, 10),
                user_id,
            ))  # fmt: skip
        placement = _Placement(placement_id, tutor_id, start, status)
        self._sessions(placement, employer.sector, end, items)
        return placement

    def _sessions(
        self, placement: _Placement, sector: Sector, end: date, items: list[tuple[int, str]]
    ) -> None:
        rng, today = self._rng, self._today
        status = placement.status
        if status is PlacementStatus.PAUSED:
            last = min(end, today, placement.start + timedelta(weeks=3))
        elif status in (PlacementStatus.ACTIVE, PlacementStatus.REFERRED):
            last = min(end, today + timedelta(days=14))
        else:
            last = end
        slot = time(rng.choice(START_HOURS), rng.choice((0, 0, 15, 30)))
        situations = self._sector_situations.get(sector, self._situations)
        terms = [term for _, term in items] or ["ordene"]
        day = placement.start
        while day <= last:
            start = datetime.combine(day, slot)
            session_id = self._w.new_id(m.Session.__table__)
            minutes = rng.choice(MINUTES)
            mode = rng.choices(MODES, MODE_WEIGHTS)[0]
            a, b = rng.choice(terms), rng.choice(terms)
            next_step = None
            if session_in_future(day, start, self._now_local):
                attendance = Attendance.PLANNED
                note = (
                    rng.choice(catalogue.PLANNED_NOTES).format(a=a, b=b)
                    if rng.random() < 0.5
                    else None
                )
            else:
                attendance = rng.choices(
                    (Attendance.ATTENDED, Attendance.LEARNER_ABSENT, Attendance.CANCELLED),
                    (88, 7, 5),
                )[0]
                if attendance is Attendance.ATTENDED:
                    notes = (
                        catalogue.REMOTE_NOTES
                        if mode in (SessionMode.REMOTE, SessionMode.PHONE)
                        else catalogue.ATTENDED_NOTES
                    )
                    note = rng.choice(notes).format(a=a, b=b)
                    next_step = rng.choice(catalogue.NEXT_STEPS).format(a=a, b=b)
                    placement.attended.append((session_id, day))
                    for situation_id in sorted(
                        set(
                            rng.choice(situations)
                            if rng.random() < 0.8
                            else rng.choice(self._situations)
                            for _ in range(rng.randint(1, 3))
                        )
                    ):
                        self._w.add(m.session_work_situation, (session_id, situation_id))
                elif attendance is Attendance.LEARNER_ABSENT:
                    note = rng.choice(catalogue.ABSENT_NOTES)
                else:
                    note = rng.choice(catalogue.CANCELLED_NOTES)
            created = self._stamp(
                min(day, today) - timedelta(days=7 if day > today else 0), slot.hour + 2
            )
            self._w.add(m.Session.__table__, (
                session_id, placement.id, placement.tutor_id, day, slot, minutes, mode.value,
                attendance.value, note, next_step, 1, created, created,
            ))  # fmt: skip
            day += timedelta(days=14 if rng.random() < 0.08 else 7)

    # -- goals ------------------------------------------------------------------------

    def _goals(
        self,
        learner_id: int,
        sector: Sector,
        placements: list[_Placement],
        items: list[tuple[int, str]],
    ) -> None:
        """Vocabulary goals split over the learner's placements, each stepping up the status
        ladder in that placement's attended sessions; can-do goals in the last placement."""
        rng, today = self._rng, self._today
        share = max(1, len(items) // len(placements))
        full = self._scale.full_goal_history
        goal_table = m.VocabularyGoal.__table__
        event_table = m.VocabularyGoalEvent.__table__
        for index, placement in enumerate(placements):
            chunk = (
                items[index * share :]
                if index == len(placements) - 1
                else items[index * share : (index + 1) * share]
            )
            planned_on = min(placement.start, today)
            attended = placement.attended
            for item_id, _ in chunk:
                goal_id = self._w.new_id(goal_table)
                steps: list[tuple[VocabularyStatus, date, int | None]] = [
                    (VocabularyStatus.PLANNED, planned_on, None)
                ]
                if attended:
                    position = int(len(attended) * rng.random() ** 1.5)
                    session_id, on = attended[position]
                    steps.append((VocabularyStatus.INTRODUCED, on, session_id))
                    for status, chance in (
                        (VocabularyStatus.PRACTISING, 0.7),
                        (VocabularyStatus.MASTERED, 0.55),
                    ):
                        if position + 1 >= len(attended) or rng.random() > chance:
                            break
                        position = rng.randint(position + 1, len(attended) - 1)
                        session_id, on = attended[position]
                        steps.append((status, on, session_id))
                status, status_on, _ = steps[-1]
                self._w.add(goal_table, (
                    goal_id, learner_id, placement.id, item_id, status.value, status_on,
                    *self._stamps(planned_on),
                ))  # fmt: skip
                previous: VocabularyStatus | None = None
                for step_status, on, session_id in steps if full else steps[:1]:
                    self._w.add(event_table, (
                        self._w.new_id(event_table), goal_id, previous.value if previous else None,
                        step_status.value, on, session_id, placement.tutor_id, self._stamp(on, 12),
                    ))  # fmt: skip
                    previous = step_status
        self._can_do_goals(learner_id, sector, placements[-1])

    def _can_do_goals(self, learner_id: int, sector: Sector, placement: _Placement) -> None:
        rng, today = self._rng, self._today
        statements = self._can_do.get(sector, [])
        wanted = min(len(statements), rng.randint(*self._scale.can_do_per_learner))
        attended = placement.attended
        for statement_id, text, level in sorted(rng.sample(statements, wanted), key=lambda s: s[0]):
            status, status_on, evidence = CanDoStatus.PLANNED, min(placement.start, today), None
            if attended:
                progress = rng.random() * len(attended)
                if progress >= 2:
                    status = CanDoStatus.STARTED
                    status_on = attended[0][1]
                if progress >= 6:
                    evidence, status_on = attended[int(progress) - 1]
                    status = CanDoStatus.SECURE if progress >= 12 else CanDoStatus.ACHIEVED
            self._w.add(m.CanDoGoal.__table__, (
                self._w.new_id(m.CanDoGoal.__table__), learner_id, placement.id, statement_id,
                text, level.value, status.value, status_on, evidence,
                *self._stamps(min(placement.start, today)),
            ))  # fmt: skip
