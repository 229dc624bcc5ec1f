"""The coordinator's answers to the municipality for one calendar year: sessions and hours
delivered per tutor and month, days from referral to the first session, placements started
and ended with their outcomes at the end and at follow-up, per tutor and per employer.

Every figure is an aggregate computed by the database (GROUP BY, window functions for the
median), on SQLite and PostgreSQL alike; Python only files the aggregated rows.

Which rows count:
- sessions delivered: attended sessions dated in the year, counted for the session's tutor;
- placements started / ended: start date / end date in the year; ended means completed or
  cancelled; outcomes are those of the placements ended in the year;
- referral to first session: placements referred in the year; the first session is their
  earliest attended one; a placement not yet visited counts as referred but not visited.
Archived placements count: the work was done. A tutor filter means the tutor's sessions and
the placements they are tutor of; an employer filter the sessions and placements at its sites.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

import sqlalchemy as sa
import sqlalchemy.orm as orm

from mentor_desktop.db import models as m
from mentor_desktop.domain.enums import Attendance, Outcome, PlacementStatus
from mentor_desktop.domain.errors import ErrorCode
from mentor_desktop.domain.placements import ENDED_STATUSES
from mentor_desktop.domain.validation import Checker, lessons_of_45
from mentor_desktop.services.base import ServiceContext

FIRST_YEAR = 2000
LAST_YEAR = 2100
DEFAULT_WITHIN_DAYS = 14
MAX_WITHIN_DAYS = 365

Progress = Callable[[int, int], bool]

S, P, SITE, E, U = m.Session, m.Placement, m.Site, m.Employer, m.User


class ReportCancelled(Exception):
    """The progress callback asked to stop before the report was complete."""


@dataclass(frozen=True)
class ReportFilter:
    """One year, optionally narrowed to one employer and/or one tutor."""

    year: int
    employer_id: int | None = None
    tutor_id: int | None = None
    within_days: int = DEFAULT_WITHIN_DAYS

    @property
    def first_day(self) -> date:
        return date(self.year, 1, 1)

    @property
    def last_day(self) -> date:
        return date(self.year, 12, 31)


@dataclass(frozen=True)
class MonthCell:
    """Attended sessions of one tutor (None: no tutor recorded) in one month (1-12)."""

    tutor_id: int | None
    month: int
    sessions: int
    minutes: int

    @property
    def hours(self) -> float:
        return self.minutes / 60

    @property
    def lessons(self) -> float:
        return lessons_of_45(self.minutes)


@dataclass(frozen=True)
class GroupFigures:
    """The year's figures of one tutor, one employer, or (``key`` None) the whole selection."""

    key: int | None
    name: str | None = None
    sessions: int = 0
    minutes: int = 0
    learners: int = 0
    started: int = 0
    ended: int = 0
    completed: int = 0
    referred: int = 0
    visited: int = 0
    within: int = 0
    median_days: float | None = None

    @property
    def hours(self) -> float:
        return self.minutes / 60

    @property
    def lessons(self) -> float:
        return lessons_of_45(self.minutes)

    @property
    def not_visited(self) -> int:
        """Placements referred in the year that have had no attended session yet."""
        return self.referred - self.visited


@dataclass(frozen=True)
class OutcomeCount:
    """How many placements ended in the year had ``outcome`` (None: not recorded) at their
    end and at follow-up."""

    outcome: Outcome | None
    at_end: int
    at_followup: int


@dataclass(frozen=True)
class YearReport:
    filter: ReportFilter
    total: GroupFigures
    tutors: list[GroupFigures]
    employers: list[GroupFigures]
    months: list[MonthCell]
    outcomes: list[OutcomeCount]
    tutor_names: dict[int | None, str | None] = field(default_factory=dict)

    def month_minutes(self, month: int) -> int:
        return sum(c.minutes for c in self.months if c.month == month)


@dataclass(frozen=True)
class Choice:
    id: int
    name: str


@dataclass(frozen=True)
class ReportChoices:
    """The years with data, and the tutors and employers a report can be narrowed to."""

    years: list[int]
    tutors: list[Choice]
    employers: list[Choice]


@dataclass(frozen=True)
class _Dimension:
    """How one table of the report groups: by whose session / placement, and the name."""

    session_key: Any | None
    placement_key: Any | None
    name: Any | None
    name_join: tuple[type[m.Base], Any] | None


_TUTOR_SESSIONS = _Dimension(S.tutor_id, P.tutor_id, U.name, None)
_TOTAL = _Dimension(None, None, None, None)


def _dimensions() -> dict[str, _Dimension]:
    return {
        "total": _TOTAL,
        "tutor": _TUTOR_SESSIONS,
        "employer": _Dimension(
            SITE.employer_id, SITE.employer_id, E.name, (E, E.id == SITE.employer_id)
        ),
    }


class ReportService:
    def __init__(self, context: ServiceContext):
        self._context = context

    def check(self, report_filter: ReportFilter) -> ReportFilter:
        """Raises ``ValidationError`` for a year outside 2000-2100 or a bad day limit."""
        check = Checker()
        if not isinstance(report_filter.year, int) or not (
            FIRST_YEAR <= report_filter.year <= LAST_YEAR
        ):
            check.add("year", ErrorCode.INVALID_CHOICE, value=report_filter.year)
        within = check.positive_int(
            "within_days", report_filter.within_days, maximum=MAX_WITHIN_DAYS
        )
        check.raise_if_any()
        assert within is not None
        return report_filter

    def choices(self) -> ReportChoices:
        """Years with sessions (this year always), the tutors of placements or sessions and
        the employers that have placements, by name. Raises ``DatabaseError``."""
        with self._context.read() as s:
            first, last = s.execute(
                sa.select(sa.func.min(S.session_date), sa.func.max(S.session_date))
            ).one()
            this_year = self._context.today().year
            low = min(first.year, this_year) if first else this_year
            high = max(last.year, this_year) if last else this_year
            tutors = s.execute(
                sa.select(U.id, U.name)
                .where(
                    sa.or_(
                        sa.exists().where(P.tutor_id == U.id),
                        sa.exists().where(S.tutor_id == U.id),
                    )
                )
                .order_by(U.name, U.id)
            ).all()
            employers = s.execute(
                sa.select(E.id, E.name)
                .where(
                    sa.exists()
                    .where(SITE.employer_id == E.id)
                    .where(sa.exists().where(P.site_id == SITE.id))
                )
                .order_by(E.name, E.id)
            ).all()
        return ReportChoices(
            years=list(range(high, low - 1, -1)),
            tutors=[Choice(i, n) for i, n in tutors],
            employers=[Choice(i, n) for i, n in employers],
        )

    def hours_by_month(self, report_filter: ReportFilter) -> list[MonthCell]:
        """Attended sessions and minutes per tutor and month of the year, ordered by tutor
        and month. Raises ``ValidationError``, ``DatabaseError``."""
        report_filter = self.check(report_filter)
        with self._context.read() as s:
            return self._months(s, report_filter)

    def year_report(
        self, report_filter: ReportFilter, progress: Progress | None = None
    ) -> YearReport:
        """Every figure of the year. ``progress(done, total)`` is called after each query;
        when it returns False the report stops with ``ReportCancelled``. Raises
        ``ValidationError``, ``DatabaseError``."""
        report_filter = self.check(report_filter)
        dimensions = _dimensions()
        steps = 2 + 3 * len(dimensions)
        done = 0

        def step() -> None:
            nonlocal done
            done += 1
            if progress is not None and progress(done, steps) is False:
                raise ReportCancelled

        groups: dict[str, dict[int | None, dict[str, object]]] = {}
        with self._context.read() as s:
            months = self._months(s, report_filter)
            step()
            for kind, dimension in dimensions.items():
                merged: dict[int | None, dict[str, object]] = {}
                for query in (self._sessions, self._placements, self._medians):
                    for key, values in query(s, report_filter, dimension):
                        merged.setdefault(key, {}).update(values)
                    step()
                groups[kind] = merged
            outcomes = self._outcomes(s, report_filter)
            step()
        total = _figures(None, groups["total"].get(None, {}))
        tutors = _sorted_figures(groups["tutor"])
        return YearReport(
            filter=report_filter,
            total=total,
            tutors=tutors,
            employers=_sorted_figures(groups["employer"]),
            months=months,
            outcomes=outcomes,
            tutor_names={t.key: t.name for t in tutors},
        )

    # Queries.

    def _session_select(
        self, f: ReportFilter, *columns: Any, placements: bool, sites: bool
    ) -> sa.Select[Any]:
        """Attended sessions of the year that pass the filter; joined with their placement
        and its site where the columns or the filter need them."""
        statement = sa.select(*columns).select_from(S)
        sites = sites or f.employer_id is not None
        if placements or sites:
            statement = statement.join(P, P.id == S.placement_id)
        if sites:
            statement = statement.join(SITE, SITE.id == P.site_id)
        condition = [
            S.attendance == Attendance.ATTENDED,
            S.session_date >= f.first_day,
            S.session_date <= f.last_day,
        ]
        if f.tutor_id is not None:
            condition.append(S.tutor_id == f.tutor_id)
        if f.employer_id is not None:
            condition.append(SITE.employer_id == f.employer_id)
        return statement.where(*condition)

    def _months(self, s: orm.Session, f: ReportFilter) -> list[MonthCell]:
        month = sa.extract("month", S.session_date)
        statement = (
            self._session_select(
                f,
                S.tutor_id,
                month,
                sa.func.count(),
                sa.func.sum(S.minutes),
                placements=False,
                sites=False,
            )
            .group_by(S.tutor_id, month)
            .order_by(S.tutor_id, month)
        )
        return [MonthCell(t, int(mo), n, int(mi or 0)) for t, mo, n, mi in s.execute(statement)]

    def _sessions(
        self, s: orm.Session, f: ReportFilter, d: _Dimension
    ) -> list[tuple[int | None, dict[str, object]]]:
        figures = [
            sa.func.count(),
            sa.func.coalesce(sa.func.sum(S.minutes), 0),
            sa.func.count(sa.distinct(P.learner_id)),
        ]
        statement = self._session_select(
            f,
            *_keyed(d.session_key, d.name, figures),
            placements=True,
            sites=d.name_join is not None,
        )
        statement = _grouped(statement, d, d.session_key)
        return [
            (key, {"name": name, "sessions": n, "minutes": int(mi), "learners": le})
            for key, name, n, mi, le in s.execute(statement)
        ]

    def _placement_condition(self, f: ReportFilter) -> list[sa.ColumnElement[bool]]:
        condition = []
        if f.tutor_id is not None:
            condition.append(P.tutor_id == f.tutor_id)
        if f.employer_id is not None:
            condition.append(SITE.employer_id == f.employer_id)
        return condition

    def _placements(
        self, s: orm.Session, f: ReportFilter, d: _Dimension
    ) -> list[tuple[int | None, dict[str, object]]]:
        """Placements started, ended and completed in the year, and those referred in it,
        visited, and visited within ``within_days``."""
        first = _first_session_days(s, f)
        ended = sa.and_(P.status.in_(ENDED_STATUSES), _in_year(P.end_date, f))
        referred = _in_year(P.referral_date, f)
        figures = [
            _count_if(_in_year(P.start_date, f)),
            _count_if(ended),
            _count_if(sa.and_(ended, P.status == PlacementStatus.COMPLETED)),
            _count_if(referred),
            _count_if(sa.and_(referred, first.is_not(None))),
            _count_if(sa.and_(referred, first <= f.within_days)),
        ]
        statement = (
            sa.select(*_keyed(d.placement_key, d.name, figures))
            .select_from(P)
            .join(SITE, SITE.id == P.site_id)
            .where(
                sa.or_(_in_year(P.start_date, f), ended, referred),
                *self._placement_condition(f),
            )
        )
        statement = _grouped(statement, d, d.placement_key)
        names = ("started", "ended", "completed", "referred", "visited", "within")
        result = []
        for key, name, *counts in s.execute(statement):
            values: dict[str, object] = {"name": name}
            values.update((n, int(c or 0)) for n, c in zip(names, counts, strict=True))
            result.append((key, values))
        return result

    def _medians(
        self, s: orm.Session, f: ReportFilter, d: _Dimension
    ) -> list[tuple[int | None, dict[str, object]]]:
        """The median of the days from referral to first session of the placements referred
        in the year and visited: the middle value, or the mean of the two middle ones."""
        days = _first_session_days(s, f).label("days")
        key = (d.placement_key if d.placement_key is not None else sa.literal(0)).label("key")
        visited = (
            sa.select(key, days)
            .select_from(P)
            .join(SITE, SITE.id == P.site_id)
            .where(_in_year(P.referral_date, f), days.is_not(None), *self._placement_condition(f))
            .subquery()
        )
        partition = visited.c.key if d.placement_key is not None else None
        ranked = sa.select(
            visited.c.key,
            visited.c.days,
            sa.func.row_number()
            .over(partition_by=partition, order_by=visited.c.days)
            .label("rank"),
            sa.func.count().over(partition_by=partition).label("size"),
        ).subquery()
        statement = (
            sa.select(ranked.c.key, sa.func.avg(ranked.c.days))
            .where(ranked.c.rank.in_([(ranked.c.size + 1) // 2, (ranked.c.size + 2) // 2]))
            .group_by(ranked.c.key)
        )
        return [
            (key if d.placement_key is not None else None, {"median_days": float(median)})
            for key, median in s.execute(statement)
        ]

    def _outcomes(self, s: orm.Session, f: ReportFilter) -> list[OutcomeCount]:
        ended = [
            P.status.in_(ENDED_STATUSES),
            _in_year(P.end_date, f),
            *self._placement_condition(f),
        ]
        counts: dict[str, dict[Outcome | None, int]] = {}
        for name, column in (("end", P.outcome), ("followup", P.followup_outcome)):
            statement = (
                sa.select(column, sa.func.count())
                .select_from(P)
                .join(SITE, SITE.id == P.site_id)
                .where(*ended)
                .group_by(column)
            )
            counts[name] = {o: n for o, n in s.execute(statement)}
        order: list[Outcome | None] = [*Outcome, None]
        return [
            OutcomeCount(o, counts["end"].get(o, 0), counts["followup"].get(o, 0))
            for o in order
            if o in counts["end"] or o in counts["followup"]
        ]


def _in_year(column: Any, f: ReportFilter) -> sa.ColumnElement[bool]:
    return sa.and_(column >= f.first_day, column <= f.last_day)


def _count_if(condition: sa.ColumnElement[bool]) -> sa.ColumnElement[int]:
    return sa.func.sum(sa.case((condition, 1), else_=0))


def _keyed(
    key: Any | None,
    name: Any | None,
    figures: list[Any],
) -> list[Any]:
    """The select list: key and name (NULLs for the total), then the figures."""
    return [
        key if key is not None else sa.null(),
        name if name is not None else sa.null(),
        *figures,
    ]


def _grouped(statement: sa.Select[Any], d: _Dimension, key: Any | None) -> sa.Select[Any]:
    if key is None:
        return statement
    if d.name_join is not None:
        statement = statement.join(*d.name_join)
    else:
        statement = statement.outerjoin(U, U.id == key)
    assert d.name is not None
    return statement.group_by(key, d.name)


def _first_session_days(s: orm.Session, f: ReportFilter) -> Any:
    """Days from the placement's referral to its first attended session (NULL: none yet)."""
    first = (
        sa.select(sa.func.min(S.session_date))
        .where(S.placement_id == P.id, S.attendance == Attendance.ATTENDED)
        .scalar_subquery()
    )
    if s.get_bind().dialect.name == "sqlite":
        difference = sa.func.julianday(first) - sa.func.julianday(P.referral_date)
        return sa.cast(difference, sa.Integer)
    return sa.type_coerce(first - P.referral_date, sa.Integer)


def _figures(key: int | None, values: dict[str, object]) -> GroupFigures:
    return GroupFigures(key=key, **values)  # type: ignore[arg-type]


def _sorted_figures(groups: dict[int | None, dict[str, object]]) -> list[GroupFigures]:
    """One row per group, by name (a group without a name, such as sessions without a
    tutor, last)."""
    rows = [_figures(key, values) for key, values in groups.items()]
    return sorted(rows, key=lambda r: (r.name is None, (r.name or "").casefold(), r.key or 0))
