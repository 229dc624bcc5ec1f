"""Vocabulary goals of a learner: assign a whole list or single words (optionally for one
placement), move a word along the ladder planned -> introduced -> practising -> mastered and
back, each step kept with its date and, where it happened in a session, that session;
progress per list and overall, with the number of words mastered over time.

How a step is added, taken out or changed, and the session form's word ticks, live in
``services/goal_steps.py``."""

from __future__ import annotations

import builtins
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime

import sqlalchemy as sa
import sqlalchemy.orm as orm

from mentor_desktop.db import models as m
from mentor_desktop.domain.enums import AuditAction, Sector, VocabularyStatus, WordClass
from mentor_desktop.domain.errors import ErrorCode
from mentor_desktop.domain.goals import LADDER
from mentor_desktop.domain.validation import Checker
from mentor_desktop.services.base import (
    ServiceContext,
    check_version,
    get_or_raise,
    require_reference,
)
from mentor_desktop.services.goal_steps import ENTITY, add_step, session_ticks


@dataclass(frozen=True)
class GoalRow:
    """One word a learner is to learn, with the gloss in the learner's gloss language."""

    id: int
    version: int
    learner_id: int
    placement_id: int | None
    item_id: int
    list_id: int
    list_name: str
    term: str
    article: str | None
    word_class: WordClass
    example: str | None
    gloss: str | None
    safety_critical: bool
    status: VocabularyStatus
    status_on: date

    @property
    def display_term(self) -> str:
        """The term with its article, as a learner says it: "en moppe"."""
        return f"{self.article} {self.term}" if self.article else self.term


@dataclass(frozen=True)
class GoalStep:
    """One step on a goal's ladder; ``from_status`` is ``None`` for the goal being set."""

    id: int
    goal_id: int
    from_status: VocabularyStatus | None
    to_status: VocabularyStatus
    on_date: date
    session_id: int | None
    at: datetime


@dataclass(frozen=True)
class ListProgress:
    """How far a learner has come with the goal words of one list (or of all lists:
    ``list_id`` ``None``)."""

    list_id: int | None
    list_name: str
    counts: dict[VocabularyStatus, int]

    @property
    def total(self) -> int:
        return sum(self.counts.values())

    @property
    def mastered(self) -> int:
        return self.counts.get(VocabularyStatus.MASTERED, 0)

    @property
    def mastered_share(self) -> float:
        return self.mastered / self.total if self.total else 0.0


@dataclass(frozen=True)
class Progress:
    lists: list[ListProgress]
    overall: ListProgress
    # (date, number of words mastered at the end of that day), one entry per day it changed.
    mastered_history: list[tuple[date, int]] = field(default_factory=list)


@dataclass(frozen=True)
class AssignResult:
    added: int
    already: int


@dataclass(frozen=True)
class ListChoice:
    id: int
    name: str
    sector: Sector
    item_count: int


@dataclass(frozen=True)
class ItemChoice:
    id: int
    list_id: int
    term: str
    article: str | None
    gloss: str | None
    is_goal: bool


@dataclass(frozen=True)
class SessionGoal:
    """A goal word offered in the session form; ``tick`` is what this session recorded."""

    goal_id: int
    term: str
    gloss: str | None
    status: VocabularyStatus
    tick: VocabularyStatus | None


def gloss_language(s: orm.Session, learner_id: int) -> str | None:
    """The language a learner's glosses are shown in: the chosen gloss language, else the
    first language spoken other than Danish."""
    chosen = s.scalar(sa.select(m.Learner.gloss_language).where(m.Learner.id == learner_id))
    if chosen:
        return chosen
    return s.scalar(
        sa.select(m.LearnerLanguage.code)
        .where(m.LearnerLanguage.learner_id == learner_id, m.LearnerLanguage.code != "da")
        .order_by(m.LearnerLanguage.position)
        .limit(1)
    )


def _goal_rows(
    s: orm.Session, condition: builtins.list[sa.ColumnElement[bool]], language: str | None
) -> builtins.list[GoalRow]:
    statement = (
        sa.select(m.VocabularyGoal, m.VocabularyItem, m.VocabularyList.name, m.Gloss.text)
        .join(m.VocabularyItem, m.VocabularyGoal.item_id == m.VocabularyItem.id)
        .join(m.VocabularyList, m.VocabularyItem.list_id == m.VocabularyList.id)
        .outerjoin(
            m.Gloss,
            sa.and_(m.Gloss.item_id == m.VocabularyItem.id, m.Gloss.language == (language or "")),
        )
        .where(*condition)
        .order_by(m.VocabularyList.name, m.VocabularyItem.position, m.VocabularyItem.id)
    )
    return [
        GoalRow(
            id=goal.id,
            version=goal.version,
            learner_id=goal.learner_id,
            placement_id=goal.placement_id,
            item_id=item.id,
            list_id=item.list_id,
            list_name=list_name,
            term=item.term,
            article=item.article,
            word_class=item.word_class,
            example=item.example,
            gloss=gloss,
            safety_critical=item.safety_critical,
            status=goal.status,
            status_on=goal.status_on,
        )
        for goal, item, list_name, gloss in s.execute(statement)
    ]


class GoalService:
    def __init__(self, context: ServiceContext):
        self._context = context

    # Choosing what to assign.

    def lists(self) -> builtins.list[ListChoice]:
        """The vocabulary lists that are not archived, by name, with their word counts."""
        with self._context.read() as s:
            statement = (
                sa.select(
                    m.VocabularyList.id,
                    m.VocabularyList.name,
                    m.VocabularyList.sector,
                    sa.func.count(m.VocabularyItem.id),
                )
                .outerjoin(
                    m.VocabularyItem,
                    sa.and_(
                        m.VocabularyItem.list_id == m.VocabularyList.id,
                        m.VocabularyItem.archived_at.is_(None),
                    ),
                )
                .where(m.VocabularyList.archived_at.is_(None))
                .group_by(m.VocabularyList.id, m.VocabularyList.name, m.VocabularyList.sector)
                .order_by(m.VocabularyList.name, m.VocabularyList.id)
            )
            return [ListChoice(*row) for row in s.execute(statement)]

    def items(self, list_id: int, *, learner_id: int) -> builtins.list[ItemChoice]:
        """The words of a list in its order, glossed for the learner, each marked when it is
        already one of the learner's goals."""
        with self._context.read() as s:
            language = gloss_language(s, learner_id) or ""
            goal_items = set(
                s.scalars(
                    sa.select(m.VocabularyGoal.item_id).where(
                        m.VocabularyGoal.learner_id == learner_id
                    )
                )
            )
            statement = (
                sa.select(
                    m.VocabularyItem.id,
                    m.VocabularyItem.list_id,
                    m.VocabularyItem.term,
                    m.VocabularyItem.article,
                    m.Gloss.text,
                )
                .outerjoin(
                    m.Gloss,
                    sa.and_(m.Gloss.item_id == m.VocabularyItem.id, m.Gloss.language == language),
                )
                .where(m.VocabularyItem.list_id == list_id, m.VocabularyItem.archived_at.is_(None))
                .order_by(m.VocabularyItem.position, m.VocabularyItem.id)
            )
            return [
                ItemChoice(item_id, list_, term, article, gloss, item_id in goal_items)
                for item_id, list_, term, article, gloss in s.execute(statement)
            ]

    # Assigning.

    def assign_list(
        self, learner_id: int, list_id: int, *, placement_id: int | None = None
    ) -> AssignResult:
        """Make every word of the list (archived words aside) a planned goal of the
        learner; words already among the learner's goals are counted, not repeated.
        Raises ``ValidationError`` (unknown learner, list or placement, or a placement of
        someone else)."""
        with self._context.write() as s:
            check = Checker()
            require_reference(s, check, "list_id", m.VocabularyList, list_id)
            check.raise_if_any()
            item_ids = list(
                s.scalars(
                    sa.select(m.VocabularyItem.id)
                    .where(
                        m.VocabularyItem.list_id == list_id, m.VocabularyItem.archived_at.is_(None)
                    )
                    .order_by(m.VocabularyItem.position, m.VocabularyItem.id)
                )
            )
            return self._assign(s, learner_id, item_ids, placement_id)

    def assign_items(
        self, learner_id: int, item_ids: builtins.list[int], *, placement_id: int | None = None
    ) -> AssignResult:
        """Make single words planned goals of the learner. Raises ``ValidationError``."""
        with self._context.write() as s:
            found = set(
                s.scalars(sa.select(m.VocabularyItem.id).where(m.VocabularyItem.id.in_(item_ids)))
            )
            check = Checker()
            for item_id in item_ids:
                if item_id not in found:
                    check.add("item_ids", ErrorCode.NOT_FOUND, value=item_id)
            check.raise_if_any()
            return self._assign(s, learner_id, list(dict.fromkeys(item_ids)), placement_id)

    def _assign(
        self,
        s: orm.Session,
        learner_id: int,
        item_ids: builtins.list[int],
        placement_id: int | None,
    ) -> AssignResult:
        check = Checker()
        require_reference(s, check, "learner_id", m.Learner, learner_id)
        if placement_id is not None:
            placement = require_reference(
                s, check, "placement_id", m.Placement, placement_id, allow_archived=True
            )
            if placement is not None and placement.learner_id != learner_id:
                check.add("placement_id", ErrorCode.INVALID_CHOICE, value=placement_id)
        check.raise_if_any()
        existing = set(
            s.scalars(
                sa.select(m.VocabularyGoal.item_id).where(
                    m.VocabularyGoal.learner_id == learner_id,
                    m.VocabularyGoal.item_id.in_(item_ids),
                )
            )
        )
        today = self._context.today()
        added = 0
        for item_id in item_ids:
            if item_id in existing:
                continue
            goal = m.VocabularyGoal(
                learner_id=learner_id,
                placement_id=placement_id,
                item_id=item_id,
                status=VocabularyStatus.PLANNED,
                status_on=today,
            )
            s.add(goal)
            s.flush()
            s.add(
                m.VocabularyGoalEvent(
                    goal_id=goal.id,
                    from_status=None,
                    to_status=VocabularyStatus.PLANNED,
                    on_date=today,
                    user_id=self._context.user_id,
                    at=self._context.clock(),
                )
            )
            self._context.audit(
                s, AuditAction.CREATE, ENTITY, goal.id, ["item_id", "placement_id", "status"]
            )
            added += 1
        return AssignResult(added=added, already=len(existing))

    # The ladder.

    def set_status(
        self,
        goal_id: int,
        status: VocabularyStatus,
        *,
        expected_version: int,
        on_date: date | None = None,
    ) -> GoalRow:
        """Move a goal to ``status`` (up or down the ladder) on ``on_date`` (today when
        ``None``), keeping the step in its history. Raises ``ValidationError`` (unknown
        status, a date in the future), ``NotFoundError``, ``ConflictError``."""
        check = Checker()
        chosen = check.choice("status", status, VocabularyStatus)
        when = on_date or self._context.today()
        check.not_in_future("on_date", when, self._context.today())
        check.raise_if_any()
        assert chosen is not None
        with self._context.write() as s:
            goal = get_or_raise(s, m.VocabularyGoal, goal_id)
            check_version(goal, ENTITY, goal_id, expected_version)
            if chosen != goal.status:
                add_step(self._context, s, goal, chosen, when, None)
                s.flush()
            return self._row(s, goal)

    def remove(self, goal_id: int, *, expected_version: int) -> None:
        """Take a word off the learner's goals, with its history. Raises
        ``NotFoundError``, ``ConflictError``."""
        with self._context.write() as s:
            goal = get_or_raise(s, m.VocabularyGoal, goal_id)
            check_version(goal, ENTITY, goal_id, expected_version)
            s.execute(
                sa.delete(m.VocabularyGoalEvent).where(m.VocabularyGoalEvent.goal_id == goal_id)
            )
            s.delete(goal)
            self._context.audit(s, AuditAction.DELETE, ENTITY, goal_id)

    # Reading.

    def get(self, goal_id: int) -> GoalRow:
        """Raises ``NotFoundError``."""
        with self._context.read() as s:
            return self._row(s, get_or_raise(s, m.VocabularyGoal, goal_id))

    def goals(
        self,
        learner_id: int,
        *,
        placement_id: int | None = None,
        list_id: int | None = None,
        statuses: tuple[VocabularyStatus, ...] | None = None,
    ) -> builtins.list[GoalRow]:
        """The learner's goal words by list and the list's order."""
        condition: builtins.list[sa.ColumnElement[bool]] = [
            m.VocabularyGoal.learner_id == learner_id
        ]
        if placement_id is not None:
            condition.append(m.VocabularyGoal.placement_id == placement_id)
        if list_id is not None:
            condition.append(m.VocabularyItem.list_id == list_id)
        if statuses is not None:
            condition.append(m.VocabularyGoal.status.in_(statuses))
        with self._context.read() as s:
            return _goal_rows(s, condition, gloss_language(s, learner_id))

    def history(self, goal_id: int) -> builtins.list[GoalStep]:
        """The goal's steps, oldest first."""
        with self._context.read() as s:
            return [
                GoalStep(e.id, e.goal_id, e.from_status, e.to_status, e.on_date, e.session_id, e.at)
                for e in s.scalars(
                    sa.select(m.VocabularyGoalEvent)
                    .where(m.VocabularyGoalEvent.goal_id == goal_id)
                    .order_by(m.VocabularyGoalEvent.id)
                )
            ]

    def progress(self, learner_id: int, *, placement_id: int | None = None) -> Progress:
        """Words per status for each list and for all, and the number of words mastered at
        the end of each day on which it changed."""
        goal_filter: builtins.list[sa.ColumnElement[bool]] = [
            m.VocabularyGoal.learner_id == learner_id
        ]
        if placement_id is not None:
            goal_filter.append(m.VocabularyGoal.placement_id == placement_id)
        with self._context.read() as s:
            per_list: dict[int, tuple[str, Counter[VocabularyStatus]]] = {}
            counts = s.execute(
                sa.select(
                    m.VocabularyList.id,
                    m.VocabularyList.name,
                    m.VocabularyGoal.status,
                    sa.func.count(),
                )
                .select_from(m.VocabularyGoal)
                .join(m.VocabularyItem, m.VocabularyGoal.item_id == m.VocabularyItem.id)
                .join(m.VocabularyList, m.VocabularyItem.list_id == m.VocabularyList.id)
                .where(*goal_filter)
                .group_by(m.VocabularyList.id, m.VocabularyList.name, m.VocabularyGoal.status)
            )
            for list_id, name, status, number in counts:
                per_list.setdefault(list_id, (name, Counter()))[1][status] += number
            overall: Counter[VocabularyStatus] = Counter()
            lists = []
            for list_id, (name, counter) in sorted(per_list.items(), key=lambda i: i[1][0]):
                overall.update(counter)
                lists.append(ListProgress(list_id, name, _full(counter)))
            steps = s.execute(
                sa.select(
                    m.VocabularyGoalEvent.on_date,
                    m.VocabularyGoalEvent.from_status,
                    m.VocabularyGoalEvent.to_status,
                )
                .join(m.VocabularyGoal, m.VocabularyGoalEvent.goal_id == m.VocabularyGoal.id)
                .where(
                    *goal_filter,
                    sa.or_(
                        m.VocabularyGoalEvent.to_status == VocabularyStatus.MASTERED,
                        m.VocabularyGoalEvent.from_status == VocabularyStatus.MASTERED,
                    ),
                )
                .order_by(m.VocabularyGoalEvent.on_date, m.VocabularyGoalEvent.id)
            )
            change_by_day: dict[date, int] = {}
            for on_date, before, after in steps:
                change = (after is VocabularyStatus.MASTERED) - (
                    before is VocabularyStatus.MASTERED
                )
                change_by_day[on_date] = change_by_day.get(on_date, 0) + change
            history, mastered = [], 0
            for day in sorted(change_by_day):
                if change_by_day[day]:
                    mastered += change_by_day[day]
                    history.append((day, mastered))
            return Progress(lists, ListProgress(None, "", _full(overall)), history)

    def session_goals(
        self, placement_id: int, session_id: int | None = None
    ) -> builtins.list[SessionGoal]:
        """The goal words the session form offers for a placement's learner: those not yet
        mastered and those this session already ticked, with what it ticked."""
        with self._context.read() as s:
            learner_id = s.scalar(
                sa.select(m.Placement.learner_id).where(m.Placement.id == placement_id)
            )
            if learner_id is None:
                return []
            ticked = session_ticks(s, session_id) if session_id is not None else {}
            rows = _goal_rows(
                s,
                [
                    m.VocabularyGoal.learner_id == learner_id,
                    sa.or_(
                        m.VocabularyGoal.status != VocabularyStatus.MASTERED,
                        m.VocabularyGoal.id.in_(list(ticked) or [-1]),
                    ),
                ],
                gloss_language(s, learner_id),
            )
            return [
                SessionGoal(r.id, r.display_term, r.gloss, r.status, ticked.get(r.id)) for r in rows
            ]

    def _row(self, s: orm.Session, goal: m.VocabularyGoal) -> GoalRow:
        return _goal_rows(s, [m.VocabularyGoal.id == goal.id], gloss_language(s, goal.learner_id))[
            0
        ]


def _full(counter: Counter[VocabularyStatus]) -> dict[VocabularyStatus, int]:
    return {status: counter.get(status, 0) for status in LADDER}
