"""Vocabulary goals: assigning, the ladder with its history, progress against hand-counted
figures, and the words ticked in a session saved with the session."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, time

import pytest

from mentor_desktop.domain.enums import Attendance, VocabularyStatus
from mentor_desktop.domain.errors import ConflictError, ErrorCode, ValidationError
from mentor_desktop.services.learners import LearnerInput
from mentor_desktop.services.sessions import SessionInput
from tests.goal_data import add_vocabulary

P, N, R, M = (
    VocabularyStatus.PLANNED,
    VocabularyStatus.INTRODUCED,
    VocabularyStatus.PRACTISING,
    VocabularyStatus.MASTERED,
)


@pytest.fixture
def vocabulary(services):
    return add_vocabulary(services)


@pytest.fixture
def goals(services, learner, placement, vocabulary):
    """Amal's goals: the whole cleaning list and two kitchen words, by term."""
    services.goals.assign_list(learner, vocabulary.cleaning_id, placement_id=placement)
    services.goals.assign_items(learner, vocabulary.kitchen_items[:2], placement_id=placement)
    return {g.term: g for g in services.goals.goals(learner)}


def step(services, goal_id: int, status: VocabularyStatus, day: int):
    current = services.goals.get(goal_id)
    return services.goals.set_status(
        goal_id, status, expected_version=current.version, on_date=date(2026, 11, day)
    )


def test_assigning_a_list_and_single_words_never_repeats_a_word(
    services, learner, placement, vocabulary, audit
):
    first = services.goals.assign_list(learner, vocabulary.cleaning_id, placement_id=placement)
    again = services.goals.assign_items(
        learner, [vocabulary.cleaning_items[0], vocabulary.kitchen_items[2]]
    )

    assert (first.added, first.already) == (4, 0)
    assert (again.added, again.already) == (1, 1)
    rows = services.goals.goals(learner)
    assert [r.display_term for r in rows] == [
        "et køleskab",
        "en spand",
        "en moppe",
        "en handske",
        "et sikkerhedsdatablad",
    ]
    assert {r.status for r in rows} == {P}
    assert rows[1].gloss == "دلو" and rows[1].list_name == "Rengøring"
    assert rows[0].placement_id is None and rows[1].placement_id == placement
    assert len(audit("vocabulary_goal")) == 5
    assert [(s.from_status, s.to_status) for s in services.goals.history(rows[1].id)] == [(None, P)]


def test_glosses_follow_the_learner_s_gloss_language(services, vocabulary):
    learner = services.learners.create(
        LearnerInput(first_name="Dawit", last_name="Tesfay", languages=["ti", "en"])
    )
    services.goals.assign_items(learner.id, vocabulary.cleaning_items[:1])
    assert services.goals.goals(learner.id)[0].gloss == "ባልዲ"

    services.learners.update(
        learner.id, replace(learner.data, gloss_language="en"), expected_version=learner.version
    )
    assert services.goals.goals(learner.id)[0].gloss == "bucket"


def test_a_placement_of_another_learner_is_refused_and_nothing_saved(
    services, placement, vocabulary, snapshot
):
    other = services.learners.create(LearnerInput(first_name="Olena", last_name="Koval"))
    before = snapshot()
    with pytest.raises(ValidationError) as caught:
        services.goals.assign_list(other.id, vocabulary.cleaning_id, placement_id=placement)
    assert caught.value.for_field("placement_id").code is ErrorCode.INVALID_CHOICE
    with pytest.raises(ValidationError) as caught:
        services.goals.assign_items(other.id, [999_999])
    assert caught.value.for_field("item_ids").code is ErrorCode.NOT_FOUND
    assert snapshot() == before


def test_the_ladder_goes_up_and_back_and_keeps_every_step(services, goals):
    moppe = goals["moppe"].id
    step(services, moppe, N, 2)
    step(services, moppe, M, 9)
    row = step(services, moppe, R, 23)

    assert (row.status, row.status_on) == (R, date(2026, 11, 23))
    assert [(s.from_status, s.to_status, s.on_date.day) for s in services.goals.history(moppe)] == [
        (None, P, 27),
        (P, N, 2),
        (N, M, 9),
        (M, R, 23),
    ]
    with pytest.raises(ConflictError):
        services.goals.set_status(moppe, M, expected_version=goals["moppe"].version)
    with pytest.raises(ValidationError) as caught:
        services.goals.set_status(
            moppe, M, expected_version=row.version, on_date=date(2026, 11, 28)
        )
    assert caught.value.for_field("on_date").code is ErrorCode.IN_FUTURE


def test_progress_per_list_and_overall_matches_hand_counted_figures(services, learner, goals):
    # spand: introduced 2, practising 9, mastered 16.
    # moppe: introduced 2, mastered 9, back to practising 23.
    # handske: introduced 9. kniv: mastered 16. sikkerhedsdatablad, skærebræt: planned.
    for term, status, day in (
        ("spand", N, 2),
        ("moppe", N, 2),
        ("spand", R, 9),
        ("moppe", M, 9),
        ("handske", N, 9),
        ("spand", M, 16),
        ("kniv", M, 16),
        ("moppe", R, 23),
    ):
        step(services, goals[term].id, status, day)

    progress = services.goals.progress(learner)

    by_name = {p.list_name: p for p in progress.lists}
    assert [p.list_name for p in progress.lists] == ["Køkken", "Rengøring"]
    assert by_name["Rengøring"].counts == {P: 1, N: 1, R: 1, M: 1}
    assert by_name["Køkken"].counts == {P: 1, N: 0, R: 0, M: 1}
    assert (progress.overall.total, progress.overall.mastered) == (6, 2)
    assert progress.overall.counts == {P: 2, N: 1, R: 1, M: 2}
    assert progress.mastered_history == [
        (date(2026, 11, 9), 1),
        (date(2026, 11, 16), 3),
        (date(2026, 11, 23), 2),
    ]
    assert by_name["Køkken"].mastered_share == 0.5


def test_removing_a_goal_takes_its_history_with_it(services, learner, goals):
    spand = goals["spand"]
    step(services, spand.id, M, 3)
    services.goals.remove(spand.id, expected_version=services.goals.get(spand.id).version)
    assert "spand" not in {g.term for g in services.goals.goals(learner)}
    assert services.goals.history(spand.id) == []
    assert services.goals.progress(learner).mastered_history == []


def visit(placement: int, ticks=None) -> SessionInput:
    return SessionInput(
        placement_id=placement,
        session_date=date(2026, 11, 20),
        start_time=time(9, 0),
        minutes=60,
        attendance=Attendance.ATTENDED,
        goal_ticks=ticks,
    )


def test_words_ticked_in_a_session_step_up_with_that_session(services, placement, goals):
    step(services, goals["handske"].id, N, 9)
    step(services, goals["spand"].id, M, 16)
    ticks = {goals["handske"].id: R, goals["sikkerhedsdatablad"].id: M, goals["spand"].id: R}

    detail = services.sessions.create(visit(placement, ticks))

    assert detail.data.goal_ticks == ticks
    handske = services.goals.get(goals["handske"].id)
    assert (handske.status, handske.status_on) == (R, date(2026, 11, 20))
    assert services.goals.get(goals["sikkerhedsdatablad"].id).status is M
    # Practice of a mastered word is kept as a step that changes nothing.
    spand_steps = services.goals.history(goals["spand"].id)
    assert (spand_steps[-1].from_status, spand_steps[-1].to_status) == (M, M)
    assert services.goals.get(goals["spand"].id).status_on == date(2026, 11, 16)
    assert {s.session_id for s in spand_steps[-1:]} == {detail.id}
    assert [
        (s.from_status, s.to_status, s.session_id)
        for s in services.goals.history(goals["handske"].id)
    ][-1] == (N, R, detail.id)


def test_changing_or_removing_a_tick_corrects_the_step(services, placement, goals):
    handske, datablad = goals["handske"].id, goals["sikkerhedsdatablad"].id
    step(services, handske, N, 9)
    detail = services.sessions.create(visit(placement, {handske: R, datablad: M}))

    changed = services.sessions.update(
        detail.id, replace(detail.data, goal_ticks={handske: M}), expected_version=detail.version
    )

    assert changed.data.goal_ticks == {handske: M}
    assert services.goals.get(handske).status is M
    assert [(s.from_status, s.to_status) for s in services.goals.history(handske)] == [
        (None, P),
        (P, N),
        (N, M),
    ]
    back = services.goals.get(datablad)
    assert (back.status, back.status_on) == (P, date(2026, 11, 27))
    assert len(services.goals.history(datablad)) == 1
    # An edit that does not touch the ticks leaves them as they are.
    kept = services.sessions.update(
        detail.id,
        replace(changed.data, note="Ny note", goal_ticks=None),
        expected_version=changed.version,
    )
    assert kept.data.goal_ticks == {handske: M}


def test_unticking_an_earlier_session_keeps_the_later_steps_in_a_chain(services, placement, goals):
    moppe = goals["moppe"].id
    first = services.sessions.create(visit(placement, {moppe: R}))
    later = replace(visit(placement, {moppe: M}), session_date=date(2026, 11, 26))
    services.sessions.create(later)

    services.sessions.update(
        first.id, replace(first.data, goal_ticks={}), expected_version=first.version
    )

    assert [(s.from_status, s.to_status) for s in services.goals.history(moppe)] == [
        (None, P),
        (P, M),
    ]
    assert services.goals.get(moppe).status is M


def test_a_tick_on_someone_else_s_word_saves_nothing(
    services, placement, vocabulary, goals, snapshot
):
    other = services.learners.create(LearnerInput(first_name="Olena", last_name="Koval"))
    services.goals.assign_items(other.id, vocabulary.kitchen_items[2:])
    foreign = services.goals.goals(other.id)[0].id
    before = snapshot()

    with pytest.raises(ValidationError) as caught:
        services.sessions.create(visit(placement, {goals["moppe"].id: R, foreign: M}))

    assert caught.value.for_field("goal_ticks").code is ErrorCode.INVALID_CHOICE
    assert snapshot() == before


def test_the_session_form_offers_unmastered_words_and_this_session_s_ticks(
    services, placement, goals
):
    step(services, goals["kniv"].id, M, 10)
    step(services, goals["spand"].id, M, 10)
    detail = services.sessions.create(visit(placement, {goals["spand"].id: R}))

    offered = services.goals.session_goals(placement, detail.id)

    assert [(g.term, g.tick) for g in offered] == [
        ("et skærebræt", None),
        ("en spand", R),
        ("en moppe", None),
        ("en handske", None),
        ("et sikkerhedsdatablad", None),
    ]
    assert "en spand" not in {g.term for g in services.goals.session_goals(placement)}


def test_deleting_a_session_takes_its_steps_back(services, placement, goals):
    moppe = goals["moppe"].id
    step(services, moppe, N, 2)
    detail = services.sessions.create(visit(placement, {moppe: M}))
    services.sessions.delete(detail.id, expected_version=detail.version)
    back = services.goals.get(moppe)
    assert (back.status, back.status_on) == (N, date(2026, 11, 2))
    assert [(s.from_status, s.to_status) for s in services.goals.history(moppe)] == [
        (None, P),
        (P, N),
    ]
