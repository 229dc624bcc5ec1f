"""How a vocabulary goal's status history moves: a step added, taken out or pointed at
another status, each with its audit event; and the steps a session made, which the session
form's word ticks save inside the session's own unit of work (``services/sessions.py``)."""

from __future__ import annotations

from datetime import date

import sqlalchemy as sa
import sqlalchemy.orm as orm

from mentor_desktop.db import models as m
from mentor_desktop.domain.enums import AuditAction, VocabularyStatus
from mentor_desktop.domain.errors import ErrorCode
from mentor_desktop.domain.goals import after_session_tick, tick_of_step
from mentor_desktop.domain.validation import Checker
from mentor_desktop.services.base import ServiceContext

ENTITY = "vocabulary_goal"


def add_step(
    context: ServiceContext,
    s: orm.Session,
    goal: m.VocabularyGoal,
    to_status: VocabularyStatus,
    on_date: date,
    session_id: int | None,
) -> None:
    s.add(
        m.VocabularyGoalEvent(
            goal_id=goal.id,
            from_status=goal.status,
            to_status=to_status,
            on_date=on_date,
            session_id=session_id,
            user_id=context.user_id,
            at=context.clock(),
        )
    )
    if to_status != goal.status:
        goal.status = to_status
        goal.status_on = on_date
        context.audit(s, AuditAction.UPDATE, ENTITY, goal.id, ["status", "status_on"])


def _remove_step(
    context: ServiceContext, s: orm.Session, goal: m.VocabularyGoal, step: m.VocabularyGoalEvent
) -> None:
    """Take ``step`` out of the goal's history and keep the chain of steps whole: the step
    after it starts where ``step`` started, or, if it was the last, the goal goes back."""
    later = s.scalars(
        sa.select(m.VocabularyGoalEvent)
        .where(m.VocabularyGoalEvent.goal_id == goal.id, m.VocabularyGoalEvent.id > step.id)
        .order_by(m.VocabularyGoalEvent.id)
        .limit(1)
    ).first()
    if later is not None:
        later.from_status = step.from_status
    else:
        before = s.scalars(
            sa.select(m.VocabularyGoalEvent)
            .where(m.VocabularyGoalEvent.goal_id == goal.id, m.VocabularyGoalEvent.id < step.id)
            .order_by(m.VocabularyGoalEvent.id.desc())
            .limit(1)
        ).first()
        goal.status = step.from_status or VocabularyStatus.PLANNED
        goal.status_on = before.on_date if before is not None else step.on_date
        context.audit(s, AuditAction.UPDATE, ENTITY, goal.id, ["status", "status_on"])
    s.delete(step)


def _retarget_step(
    context: ServiceContext,
    s: orm.Session,
    goal: m.VocabularyGoal,
    step: m.VocabularyGoalEvent,
    to_status: VocabularyStatus,
) -> None:
    """Change where ``step`` led; the step after it (or the goal) follows."""
    step.to_status = to_status
    later = s.scalars(
        sa.select(m.VocabularyGoalEvent)
        .where(m.VocabularyGoalEvent.goal_id == goal.id, m.VocabularyGoalEvent.id > step.id)
        .order_by(m.VocabularyGoalEvent.id)
        .limit(1)
    ).first()
    if later is not None:
        later.from_status = to_status
    elif goal.status != to_status:
        goal.status = to_status
        goal.status_on = step.on_date
        context.audit(s, AuditAction.UPDATE, ENTITY, goal.id, ["status", "status_on"])


def session_ticks(s: orm.Session, session_id: int) -> dict[int, VocabularyStatus]:
    """What a session ticked: goal id -> practised or mastered."""
    return {
        goal_id: tick_of_step(before, after)
        for goal_id, before, after in s.execute(
            sa.select(
                m.VocabularyGoalEvent.goal_id,
                m.VocabularyGoalEvent.from_status,
                m.VocabularyGoalEvent.to_status,
            )
            .where(m.VocabularyGoalEvent.session_id == session_id)
            .order_by(m.VocabularyGoalEvent.id)
        )
    }


def record_session_ticks(
    context: ServiceContext,
    s: orm.Session,
    check: Checker,
    session: m.Session,
    learner_id: int,
    ticks: dict[int, VocabularyStatus],
) -> None:
    """Make the goal steps of ``session`` match ``ticks`` (goal id -> practised or
    mastered), inside the caller's unit of work. A new tick adds a step dated on the session;
    a changed tick changes that step; a removed tick takes the step out again. Goals that
    are not the learner's add INVALID_CHOICE on ``goal_ticks`` to ``check``."""
    s.flush()
    recorded: dict[int, m.VocabularyGoalEvent] = {
        event.goal_id: event
        for event in s.scalars(
            sa.select(m.VocabularyGoalEvent)
            .where(m.VocabularyGoalEvent.session_id == session.id)
            .order_by(m.VocabularyGoalEvent.id)
        )
    }
    wanted_ids = set(ticks) | set(recorded)
    goals = {
        g.id: g
        for g in s.scalars(sa.select(m.VocabularyGoal).where(m.VocabularyGoal.id.in_(wanted_ids)))
    }
    for goal_id in ticks:
        goal = goals.get(goal_id)
        if goal is None or goal.learner_id != learner_id:
            check.add("goal_ticks", ErrorCode.INVALID_CHOICE, value=goal_id)
    if check.has("goal_ticks"):
        return
    for goal_id in sorted(wanted_ids):
        goal, tick, step = goals[goal_id], ticks.get(goal_id), recorded.get(goal_id)
        if step is None:
            assert tick is not None
            target = after_session_tick(goal.status, tick)
            add_step(context, s, goal, target, session.session_date, session.id)
        elif tick is None:
            _remove_step(context, s, goal, step)
        elif tick != tick_of_step(step.from_status, step.to_status):
            before = step.from_status or VocabularyStatus.PLANNED
            _retarget_step(context, s, goal, step, after_session_tick(before, tick))
