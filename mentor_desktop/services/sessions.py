"""Sessions (visits) of a placement: create, update, get, list (per placement, tutor or
learner, by period and attendance, searched by learner or employer, sorted in the database)
and delete."""

from __future__ import annotations

import builtins
from dataclasses import dataclass, field, fields
from datetime import date, datetime, time
from enum import StrEnum
from typing import Any, cast

import sqlalchemy as sa
import sqlalchemy.orm as orm

from mentor_desktop.db import models as m
from mentor_desktop.domain.enums import Attendance, AuditAction, SessionMode, VocabularyStatus
from mentor_desktop.domain.errors import ErrorCode
from mentor_desktop.domain.validation import (
    MAX_SESSION_MINUTES,
    MAX_TEXT,
    Checker,
    lessons_of_45,
    session_in_future,
)
from mentor_desktop.services.base import (
    Page,
    ServiceContext,
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
from mentor_desktop.services.goal_steps import record_session_ticks, session_ticks
from mentor_desktop.services.reference import WorkSituationRow

ENTITY = "session"


@dataclass
class SessionInput:
    """What a tutor logs about one visit. ``tutor_id`` None means the placement's tutor."""

    placement_id: int | None = None
    session_date: date | None = None
    start_time: time | None = None
    minutes: int | None = None
    mode: SessionMode = SessionMode.ON_SITE
    attendance: Attendance = Attendance.ATTENDED
    work_situation_ids: list[int] = field(default_factory=list)
    work_situations_other: str | None = None
    note: str | None = None
    next_step: str | None = None
    tutor_id: int | None = None
    # Goal words ticked practised or mastered in this visit (goal id -> status); ``None``
    # leaves the goal steps the session has as they are.
    goal_ticks: dict[int, VocabularyStatus] | None = None

    @property
    def lessons(self) -> float:
        return lessons_of_45(self.minutes or 0)


@dataclass(frozen=True)
class SessionRow:
    id: int
    placement_id: int
    learner_id: int
    learner_name: str
    employer_name: str
    site_name: str
    tutor_id: int | None
    tutor_name: str | None
    session_date: date
    start_time: time | None
    minutes: int
    mode: SessionMode
    attendance: Attendance
    has_note: bool

    @property
    def lessons(self) -> float:
        """The minutes as lessons of 45 minutes (lektioner)."""
        return lessons_of_45(self.minutes)

    @property
    def archived(self) -> bool:
        """Sessions are deleted, never archived."""
        return False


class SessionSort(StrEnum):
    DATE = "date"
    LEARNER = "learner"
    EMPLOYER = "employer"
    TUTOR = "tutor"
    MINUTES = "minutes"


@dataclass(frozen=True)
class SessionDetail:
    id: int
    version: int
    data: SessionInput
    learner_id: int
    learner_name: str
    employer_name: str
    site_name: str
    tutor_name: str | None
    work_situations: list[WorkSituationRow]
    created_at: datetime
    updated_at: datetime

    @property
    def lessons(self) -> float:
        return self.data.lessons


# Columns stored as they are; work situations and the tutor are handled apart.
_COLUMNS = [
    f.name
    for f in fields(SessionInput)
    if f.name not in ("work_situation_ids", "tutor_id", "placement_id", "goal_ticks")
]
_AUDITED = [*_COLUMNS, "placement_id", "tutor_id", "work_situation_ids"]


def validate(data: SessionInput, now: datetime) -> SessionInput:
    """Cleaned copy of ``data`` (rules that need no database); ``now`` is local and naive.
    Raises ``ValidationError`` naming every bad field."""
    check = Checker()
    if data.session_date is None:
        check.add("session_date", ErrorCode.REQUIRED)
    if data.placement_id is None:
        check.add("placement_id", ErrorCode.REQUIRED)
    minutes = check.positive_int("minutes", data.minutes, maximum=MAX_SESSION_MINUTES)
    attendance = check.choice("attendance", data.attendance, Attendance)
    cleaned = SessionInput(
        placement_id=data.placement_id,
        session_date=data.session_date,
        start_time=data.start_time,
        minutes=minutes,
        mode=check.choice("mode", data.mode, SessionMode) or SessionMode.ON_SITE,
        attendance=attendance or Attendance.ATTENDED,
        work_situation_ids=list(dict.fromkeys(data.work_situation_ids)),
        work_situations_other=check.text(
            "work_situations_other", data.work_situations_other, max_length=MAX_TEXT
        ),
        note=check.text("note", data.note, max_length=MAX_TEXT),
        next_step=check.text("next_step", data.next_step, max_length=MAX_TEXT),
        tutor_id=data.tutor_id,
        goal_ticks=dict(data.goal_ticks) if data.goal_ticks is not None else None,
    )
    if attendance is Attendance.ATTENDED and data.session_date is not None:
        start = (
            datetime.combine(data.session_date, data.start_time)
            if data.start_time is not None
            else None
        )
        if session_in_future(data.session_date, start, now):
            on_field = "session_date" if data.session_date > now.date() else "start_time"
            check.add(on_field, ErrorCode.ATTENDED_IN_FUTURE, value=data.session_date.isoformat())
    check.raise_if_any()
    return cleaned


class SessionService:
    def __init__(self, context: ServiceContext):
        self._context = context

    def check(self, data: SessionInput) -> SessionInput:
        """The rules that need no database, against the clock's "now": what a form checks as
        the user types. Raises ``ValidationError``."""
        return validate(data, self._context.local_now())

    def create(self, data: SessionInput) -> SessionDetail:
        """Raises ``ValidationError`` (also for a missing or archived placement, an unknown
        or retired work situation, a missing or inactive tutor)."""
        cleaned = validate(data, self._context.local_now())
        with self._context.write() as s:
            check = Checker()
            # One query reads the placement and the names the detail shows.
            placement = s.execute(_PLACEMENT, {"placement_id": cleaned.placement_id}).first()
            if placement is None:
                check.add("placement_id", ErrorCode.NOT_FOUND, value=cleaned.placement_id)
            elif placement.archived_at is not None:
                check.add("placement_id", ErrorCode.ARCHIVED, value=cleaned.placement_id)
            situations = self._situations(s, check, cleaned.work_situation_ids, [])
            tutor_id = self._tutor(
                s, check, cleaned.tutor_id, None, placement.tutor_id if placement else None
            )
            check.raise_if_any()
            assert placement is not None
            # A plain INSERT ... RETURNING: the row is not needed as an object afterwards.
            values = {name: getattr(cleaned, name) for name in _COLUMNS}
            inserted = s.execute(
                _INSERT, {"placement_id": placement.id, "tutor_id": tutor_id, **values}
            ).one()
            situations = sorted(situations, key=lambda w: w.id)
            if situations:
                s.execute(
                    sa.insert(m.session_work_situation),
                    [{"session_id": inserted.id, "work_situation_id": w.id} for w in situations],
                )
            self._context.audit(s, AuditAction.CREATE, ENTITY, inserted.id, _AUDITED)
            if tutor_id is None or tutor_id == placement.tutor_id:
                tutor_name = placement.tutor_name if tutor_id is not None else None
            else:
                tutor_name = get_or_raise(s, m.User, tutor_id).name
            data = SessionInput(
                placement_id=placement.id,
                tutor_id=tutor_id,
                work_situation_ids=[w.id for w in situations],
                goal_ticks=dict(cleaned.goal_ticks or {}),
                **values,
            )
            if cleaned.goal_ticks:
                row = s.get_one(m.Session, inserted.id)
                self._record_ticks(s, row, placement, cleaned.goal_ticks)
            return _new_detail(inserted, data, situations, placement, tutor_name)

    def update(
        self, session_id: int, data: SessionInput, *, expected_version: int
    ) -> SessionDetail:
        """Raises ``ValidationError``, ``NotFoundError``, ``ConflictError``."""
        cleaned = validate(data, self._context.local_now())
        with self._context.write() as s:
            row = get_or_raise(s, m.Session, session_id)
            check_version(row, ENTITY, session_id, expected_version)
            check = Checker()
            placement = require_reference(
                s,
                check,
                "placement_id",
                m.Placement,
                cleaned.placement_id,
                allow_archived=cleaned.placement_id == row.placement_id,
            )
            situations = self._situations(s, check, cleaned.work_situation_ids, row.work_situations)
            tutor_id = self._tutor(
                s, check, cleaned.tutor_id, row.tutor_id, placement.tutor_id if placement else None
            )
            check.raise_if_any()
            values = {name: getattr(cleaned, name) for name in _COLUMNS}
            values.update(placement_id=cleaned.placement_id, tutor_id=tutor_id)
            changed = changed_fields(row, values)
            if sorted(w.id for w in row.work_situations) != sorted(w.id for w in situations):
                row.work_situations = situations
                changed.append("work_situation_ids")
            if changed:
                self._context.audit(s, AuditAction.UPDATE, ENTITY, row.id, changed)
                # A change only to the work situations must still bump the version.
                row.updated_at = self._context.clock()
                s.flush()
            self._record_ticks(s, row, placement, cleaned.goal_ticks)
            return self._detail(s, row)

    def delete(self, session_id: int, *, expected_version: int) -> None:
        """Delete the session for good, and the goal steps made in it; its audit event keeps
        only the id. Raises ``NotFoundError``, ``ConflictError``."""
        with self._context.write() as s:
            row = get_or_raise(s, m.Session, session_id)
            check_version(row, ENTITY, session_id, expected_version)
            # The goal steps made in the session go with it.
            self._record_ticks(s, row, row.placement, {})
            s.delete(row)
            self._context.audit(s, AuditAction.DELETE, ENTITY, session_id)

    def get(self, session_id: int) -> SessionDetail:
        """Raises ``NotFoundError``."""
        with self._context.read() as s:
            return self._detail(s, get_or_raise(s, m.Session, session_id))

    def list(
        self,
        *,
        placement_id: int | None = None,
        tutor_id: int | None = None,
        learner_id: int | None = None,
        date_from: date | None = None,
        date_to: date | None = None,
        attendance: Attendance | None = None,
        query: str = "",
        offset: int = 0,
        limit: int = 100,
        sort: SessionSort = SessionSort.DATE,
        descending: bool = True,
        count: bool = True,
    ) -> Page[SessionRow]:
        """One page of sessions, filtered and sorted in the database: by date unless
        ``sort`` says otherwise, newest (or last) first unless ``descending`` is False; a
        learner's or employer's sessions follow each other newest first. ``date_from`` and
        ``date_to`` are inclusive; ``query`` searches the learners' names and case references,
        the employers' names and CVR numbers and the sites' names."""
        offset, limit = clamp_page(offset, limit)
        with self._context.read() as s:
            condition: list[sa.ColumnElement[bool]] = []
            if placement_id is not None:
                condition.append(m.Session.placement_id == placement_id)
            if tutor_id is not None:
                condition.append(m.Session.tutor_id == tutor_id)
            if learner_id is not None:
                condition.append(m.Placement.learner_id == learner_id)
            if date_from is not None:
                condition.append(m.Session.session_date >= date_from)
            if date_to is not None:
                condition.append(m.Session.session_date <= date_to)
            if attendance is not None:
                condition.append(m.Session.attendance == attendance)
            found = _placements_found(s, query)
            if found is not None:
                condition.append(m.Session.placement_id.in_(found))
            joined = (
                sa.select(m.Session.id)
                .join(m.Placement, m.Session.placement_id == m.Placement.id)
                .where(*condition)
            )
            statement = (
                joined.with_only_columns(
                    m.Session.id,
                    m.Session.placement_id,
                    m.Learner.id,
                    m.Learner.first_name,
                    m.Learner.last_name,
                    m.Employer.name,
                    m.Site.name,
                    m.Session.tutor_id,
                    m.User.name,
                    m.Session.session_date,
                    m.Session.start_time,
                    m.Session.minutes,
                    m.Session.mode,
                    m.Session.attendance,
                    m.Session.note.is_not(None),
                )
                .join(m.Learner, m.Placement.learner_id == m.Learner.id)
                .join(m.Site, m.Placement.site_id == m.Site.id)
                .join(m.Employer, m.Site.employer_id == m.Employer.id)
                .outerjoin(m.User, m.Session.tutor_id == m.User.id)
                .order_by(*_order(s, sort, descending))
                .offset(offset)
                .limit(limit)
            )
            rows = [
                SessionRow(
                    id=r[0],
                    placement_id=r[1],
                    learner_id=r[2],
                    learner_name=f"{r[3]} {r[4]}",
                    employer_name=r[5],
                    site_name=r[6],
                    tutor_id=r[7],
                    tutor_name=r[8],
                    session_date=r[9],
                    start_time=r[10],
                    minutes=r[11],
                    mode=r[12],
                    attendance=r[13],
                    has_note=bool(r[14]),
                )
                for r in s.execute(statement)
            ]
            counted = sa.select(sa.func.count()).select_from(m.Session).where(*condition)
            if learner_id is not None:
                counted = counted.join(m.Placement, m.Session.placement_id == m.Placement.id)
            total = s.scalar(counted) if count else offset + len(rows)
            return Page(rows, offset, total or 0)

    def _situations(
        self,
        s: orm.Session,
        check: Checker,
        ids: builtins.list[int],
        current: builtins.list[m.WorkSituation],
    ) -> builtins.list[m.WorkSituation]:
        """The catalogue entries for ``ids``; a retired entry only if the session has it."""
        if not ids:
            return []
        found = {
            w.id: w
            for w in s.scalars(sa.select(m.WorkSituation).where(m.WorkSituation.id.in_(ids)))
        }
        kept = {w.id for w in current}
        for situation_id in ids:
            situation = found.get(situation_id)
            if situation is None or (not situation.active and situation_id not in kept):
                check.add("work_situation_ids", ErrorCode.INVALID_CHOICE, value=situation_id)
        return [found[i] for i in ids if i in found]

    def _record_ticks(
        self,
        s: orm.Session,
        row: m.Session,
        placement: m.Placement | None,
        ticks: dict[int, VocabularyStatus] | None,
    ) -> None:
        """Save the goal words ticked in the session with it (``services/goals.py``)."""
        if ticks is None or placement is None:
            return
        check = Checker()
        record_session_ticks(self._context, s, check, row, placement.learner_id, ticks)
        check.raise_if_any()

    def _tutor(
        self,
        s: orm.Session,
        check: Checker,
        tutor_id: int | None,
        current: int | None,
        placement_tutor_id: int | None,
    ) -> int | None:
        """The session's tutor: as given, else the placement's tutor, else the acting user.
        A newly chosen tutor must exist and be active."""
        if tutor_id is None:
            if current is not None:
                return current
            if placement_tutor_id is not None:
                return placement_tutor_id
            return self._context.user_id
        if tutor_id != current:
            user = s.get(m.User, tutor_id)
            if user is None:
                check.add("tutor_id", ErrorCode.NOT_FOUND, value=tutor_id)
            elif not user.active:
                check.add("tutor_id", ErrorCode.INACTIVE, value=tutor_id)
        return tutor_id

    def _detail(self, s: orm.Session, row: m.Session) -> SessionDetail:
        names = s.execute(
            _NAMES, {"placement_id": row.placement_id, "tutor_id": row.tutor_id}
        ).one()
        return _build_detail(row, names, names.tutor_name, session_ticks(s, row.id))


def _build_detail(
    row: m.Session,
    names: sa.Row[Any],
    tutor_name: str | None,
    goal_ticks: dict[int, VocabularyStatus],
) -> SessionDetail:
    """The detail of a flushed ``row``; ``names`` holds the learner's id and name and the
    employer's and site's names, ``goal_ticks`` the goal words ticked in it."""
    situations = sorted(row.work_situations, key=lambda w: w.id)
    data = SessionInput(
        placement_id=row.placement_id,
        tutor_id=row.tutor_id,
        work_situation_ids=[w.id for w in situations],
        goal_ticks=goal_ticks,
        **{name: getattr(row, name) for name in _COLUMNS},
    )
    return _new_detail(row, data, situations, names, tutor_name)


def _new_detail(
    stored: Any,
    data: SessionInput,
    situations: builtins.list[m.WorkSituation],
    names: sa.Row[Any],
    tutor_name: str | None,
) -> SessionDetail:
    """``stored`` has the row's id, version and timestamps; ``situations`` are sorted."""
    return SessionDetail(
        id=stored.id,
        version=stored.version,
        data=data,
        learner_id=names.learner_id,
        learner_name=f"{names.first_name} {names.last_name}",
        employer_name=names.employer_name,
        site_name=names.site_name,
        tutor_name=tutor_name,
        work_situations=[
            WorkSituationRow(w.id, w.code, w.name_da, w.name_en, w.active) for w in situations
        ],
        created_at=stored.created_at,
        updated_at=stored.updated_at,
    )


def _placements_found(s: orm.Session, query: str) -> sa.CompoundSelect | None:
    """The placements whose learner, employer or site ``query`` finds; ``None`` for no
    query."""
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
    # Index-driven parts: an OR across the tables would visit every placement.
    by_learner = (
        sa.select(m.Placement.id)
        .join(m.Learner, m.Placement.learner_id == m.Learner.id)
        .where(learner)
    )
    by_employer = (
        sa.select(m.Placement.id)
        .join(m.Site, m.Placement.site_id == m.Site.id)
        .join(m.Employer, m.Site.employer_id == m.Employer.id)
        .where(employer)
    )
    by_site = sa.select(m.Placement.id).join(m.Site, m.Placement.site_id == m.Site.id).where(site)
    return sa.union(by_learner, by_employer, by_site)


def _order(s: orm.Session, sort: SessionSort, descending: bool) -> list[Any]:
    """ORDER BY for ``sort``: the chosen column, then date, time and id. A session without a
    start time counts as the day's earliest, in both directions and on both engines. Date and
    id are never empty and get no NULLS clause: with one, PostgreSQL would not read them in the
    (date, time, id) index's order and sorted every session for each page."""
    by_date = _by_date(descending)
    if sort is SessionSort.DATE:
        return by_date
    columns = {
        SessionSort.LEARNER: [
            danish_order(s, m.Learner.last_name),
            danish_order(s, m.Learner.first_name),
            m.Learner.id,
        ],
        SessionSort.EMPLOYER: [
            danish_order(s, m.Employer.name),
            danish_order(s, m.Site.name),
            m.Site.id,
        ],
        SessionSort.TUTOR: [danish_order(s, m.User.name)],
        SessionSort.MINUTES: [m.Session.minutes],
    }[sort]
    chosen = [c.desc().nulls_last() if descending else c.asc().nulls_last() for c in columns]
    return chosen + _by_date(descending=True)


def _by_date(descending: bool) -> list[Any]:
    if descending:
        return [
            m.Session.session_date.desc(),
            m.Session.start_time.desc().nulls_last(),
            m.Session.id.desc(),
        ]
    return [
        m.Session.session_date.asc(),
        m.Session.start_time.asc().nulls_first(),
        m.Session.id.asc(),
    ]


# Built once: building a statement costs more than running it.
_NAME_COLUMNS = (
    m.Learner.id.label("learner_id"),
    m.Learner.first_name,
    m.Learner.last_name,
    m.Employer.name.label("employer_name"),
    m.Site.name.label("site_name"),
    m.User.name.label("tutor_name"),
)


def _names_select(*columns: Any, tutor: Any) -> sa.Select[Any]:
    return (
        sa.select(*columns, *_NAME_COLUMNS)
        .select_from(m.Placement)
        .join(m.Learner, m.Placement.learner_id == m.Learner.id)
        .join(m.Site, m.Placement.site_id == m.Site.id)
        .join(m.Employer, m.Site.employer_id == m.Employer.id)
        .outerjoin(m.User, m.User.id == tutor)
        .where(m.Placement.id == sa.bindparam("placement_id"))
    )


# The names of a session's placement, and of the tutor ``tutor_id``.
_NAMES = _names_select(tutor=sa.bindparam("tutor_id"))
# A placement to log a session for, with its names and its tutor's name.
_PLACEMENT = _names_select(
    m.Placement.id, m.Placement.tutor_id, m.Placement.archived_at, tutor=m.Placement.tutor_id
)
_SESSION = cast(sa.Table, m.Session.__table__)
_INSERT = sa.insert(_SESSION).returning(
    _SESSION.c.id, _SESSION.c.version, _SESSION.c.created_at, _SESSION.c.updated_at
)
