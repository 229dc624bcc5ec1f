"""Can-do goals: the starter catalogue, the centre's edits to it, and a learner's goals with
their status and evidence."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime

import pytest

from mentor_desktop.db import models as m
from mentor_desktop.domain.enums import (
    Attendance,
    CanDoStatus,
    CefrLevel,
    FeedbackStatus,
    Sector,
)
from mentor_desktop.domain.errors import ConflictError, ErrorCode, ValidationError
from mentor_desktop.services.can_do import Evidence, StatementInput, starter_catalogue_file
from mentor_desktop.services.learners import LearnerInput
from mentor_desktop.services.sessions import SessionInput

SICK = "Kan ringe til arbejdspladsen og melde sig syg."


def refused(call, field: str) -> ErrorCode:
    with pytest.raises(ValidationError) as caught:
        call()
    error = caught.value.for_field(field)
    assert error is not None, caught.value.errors
    return error.code


def test_the_starter_catalogue_fills_an_empty_catalogue_once(services):
    with open(starter_catalogue_file(), encoding="utf-8") as file:
        shipped = json.load(file)["statements"]

    assert services.can_do.ensure_starter_catalogue() == len(shipped)
    assert services.can_do.ensure_starter_catalogue() == 0

    catalogue = services.can_do.catalogue()
    assert len(catalogue) == len(shipped)
    assert {row.sector for row in catalogue} == set(Sector)
    sick = next(row for row in catalogue if row.text_da == SICK)
    assert (sick.text_en, sick.level) == ("Can call in sick by phone.", CefrLevel.A2)
    assert all(row.text_en for row in catalogue)
    assert [r.sector for r in services.can_do.catalogue(sector=Sector.CARE)] == [Sector.CARE] * 6


def test_the_centre_edits_and_retires_statements_and_goals_keep_their_wording(services, learner):
    created = services.can_do.create_statement(
        StatementInput(Sector.WAREHOUSE, "Kan melde en fejl til vagtlederen.", None, CefrLevel.A2)
    )
    goal = services.can_do.assign(learner, created.id)
    edited = services.can_do.update_statement(
        created.id,
        StatementInput(Sector.WAREHOUSE, "Kan melde en fejl på truck til vagtlederen.",
                       "Can report a forklift fault to the shift leader.", CefrLevel.B1),
        expected_version=created.version,
    )  # fmt: skip
    retired = services.can_do.set_statement_active(
        created.id, False, expected_version=edited.version
    )

    assert (edited.level, retired.active) == (CefrLevel.B1, False)
    assert services.can_do.catalogue() == []
    assert services.can_do.catalogue(include_inactive=True) == [retired]
    assert services.can_do.get(goal.id).text == "Kan melde en fejl til vagtlederen."
    assert refused(lambda: services.can_do.assign(learner, created.id), "statement_id") is (
        ErrorCode.INACTIVE
    )
    assert (
        refused(
            lambda: services.can_do.create_statement(StatementInput(Sector.CARE, " ", None, None)),
            "text_da",
        )
        is ErrorCode.REQUIRED
    )
    with pytest.raises(ConflictError):
        services.can_do.set_statement_active(created.id, True, expected_version=created.version)


@pytest.fixture
def statement(services):
    services.can_do.ensure_starter_catalogue()
    return next(r for r in services.can_do.catalogue() if r.text_da == SICK)


@pytest.fixture
def held(services, placement):
    return services.sessions.create(
        SessionInput(
            placement_id=placement, session_date=date(2026, 11, 20), minutes=60,
            attendance=Attendance.ATTENDED,
        )
    )  # fmt: skip


def signed_form(services, placement: int, status=FeedbackStatus.SIGNED) -> int:
    with services.context.write() as s:
        criteria = s.query(m.FeedbackCriteriaSet).first()
        form = m.FeedbackForm(
            placement_id=placement,
            criteria_set_id=criteria.id,
            period_start=date(2026, 10, 1),
            period_end=date(2026, 11, 1),
            status=status,
            signer_name="Bo Jensen",
            signed_at=datetime(2026, 11, 2, 10, 0, tzinfo=UTC),
        )
        s.add(form)
        s.flush()
        return form.id


def test_status_moves_with_evidence_from_a_session_a_signed_form_or_a_note(
    services, learner, placement, statement, held, audit
):
    goal = services.can_do.assign(learner, statement.id, placement_id=placement)
    assert (goal.status, goal.level, goal.text_en) == (
        CanDoStatus.PLANNED, CefrLevel.A2, "Can call in sick by phone."
    )  # fmt: skip

    started = services.can_do.set_status(
        goal.id, CanDoStatus.STARTED, expected_version=goal.version, on_date=date(2026, 11, 10)
    )
    achieved = services.can_do.set_status(
        goal.id, CanDoStatus.ACHIEVED, expected_version=started.version,
        evidence=Evidence(session_id=held.id),
    )  # fmt: skip
    form = signed_form(services, placement)
    secure = services.can_do.set_status(
        goal.id, CanDoStatus.SECURE, expected_version=achieved.version,
        evidence=Evidence(feedback_id=form, note="Ringede selv ind mandag."),
    )  # fmt: skip

    assert (started.status, started.status_on) == (CanDoStatus.STARTED, date(2026, 11, 10))
    assert achieved.evidence_session_date == date(2026, 11, 20)
    assert (secure.status, secure.evidence_feedback_signer) == (CanDoStatus.SECURE, "Bo Jensen")
    assert secure.evidence == Evidence(None, form, "Ringede selv ind mandag.")
    assert secure.evidence_feedback_signed_on == date(2026, 11, 2)
    assert [r.id for r in services.can_do.goals(learner)] == [goal.id]
    assert len(audit("can_do_goal")) == 4
    assert [c.id for c in services.can_do.evidence_sessions(learner)] == [held.id]
    assert [c.label for c in services.can_do.evidence_feedback(learner)] == ["Bo Jensen"]


def test_achieved_without_evidence_or_with_someone_else_s_is_refused(
    services, learner, placement, statement, held, snapshot
):
    goal = services.can_do.assign(learner, statement.id)
    draft = signed_form(services, placement, status=FeedbackStatus.DRAFT)
    other = services.learners.create(LearnerInput(first_name="Olena", last_name="Koval"))
    other_goal = services.can_do.assign(other.id, statement.id)
    before = snapshot()

    def achieve(goal_row, evidence):
        return lambda: services.can_do.set_status(
            goal_row.id, CanDoStatus.ACHIEVED, expected_version=goal_row.version,
            evidence=evidence,
        )  # fmt: skip

    assert refused(achieve(goal, Evidence(note="  ")), "evidence") is ErrorCode.REQUIRED
    assert refused(achieve(goal, Evidence(feedback_id=draft)), "evidence_feedback_id") is (
        ErrorCode.INVALID_CHOICE
    )
    assert refused(achieve(other_goal, Evidence(session_id=held.id)), "evidence_session_id") is (
        ErrorCode.INVALID_CHOICE
    )
    assert (
        refused(
            lambda: services.can_do.assign(other.id, statement.id, placement_id=placement),
            "placement_id",
        )
        is ErrorCode.INVALID_CHOICE
    )
    assert snapshot() == before
