from __future__ import annotations

import re
from datetime import datetime, timedelta

import pytest
import sqlalchemy as sa
from stdnum.dk import cvr as stdnum_cvr

from mentor_desktop.bootstrap import Services
from mentor_desktop.db import models as m
from mentor_desktop.domain.enums import Attendance, AuditAction, Role, VocabularyStatus
from mentor_desktop.domain.languages import is_known_language
from mentor_desktop.domain.validation import is_valid_cvr, session_in_future
from mentor_desktop.services.demo import (
    DemoCancelledError,
    DemoNotEmptyError,
    DemoSize,
)
from mentor_desktop.services.demo.vocabulary import GLOSS_LANGUAGES, LISTS
from mentor_desktop.services.employers import search_text as employer_search_text
from mentor_desktop.services.learners import LearnerInput
from mentor_desktop.services.learners import search_text as learner_search_text
from tests.conftest import NOW

SCRIPTS = {
    "ar": re.compile("[\u0600-\u06ff]"),
    "ti": re.compile("[\u1200-\u137f]"),
    "uk": re.compile("[\u0400-\u04ff]"),
}
# Tables the program fills by itself on opening a database (the reference catalogue).
REFERENCE = {"work_situation", "feedback_criteria_set"}


def rows(services: Services, statement: sa.Executable) -> list[sa.Row]:
    with services.engine.connect() as connection:
        return list(connection.execute(statement))


def count(services: Services, table: sa.Table | type[m.Base]) -> int:
    with services.engine.connect() as connection:
        return connection.scalar(sa.select(sa.func.count()).select_from(table))


def table_counts(services: Services) -> dict[str, int]:
    return {t.name: count(services, t) for t in m.Base.metadata.sorted_tables}


def wipe(services: Services) -> None:
    """Delete every row the demo wrote, children first."""
    with services.engine.begin() as connection:
        for table in reversed(m.Base.metadata.sorted_tables):
            if table.name not in REFERENCE:
                connection.execute(table.delete())


def fingerprint(services: Services) -> dict[str, object]:
    return {
        "learners": rows(
            services,
            sa.select(m.Learner.first_name, m.Learner.last_name, m.Learner.case_reference).order_by(
                m.Learner.id
            ),
        ),
        "employers": rows(
            services, sa.select(m.Employer.name, m.Employer.cvr).order_by(m.Employer.id)
        ),
        "sessions": rows(
            services,
            sa.select(
                sa.func.count(), sa.func.sum(m.Session.minutes), sa.func.max(m.Session.session_date)
            ),
        ),
        "goals": rows(
            services,
            sa.select(m.VocabularyGoal.status, sa.func.count())
            .group_by(m.VocabularyGoal.status)
            .order_by(m.VocabularyGoal.status),
        ),
        "tables": {k: v for k, v in table_counts(services).items() if k != "audit_event"},
    }


def test_an_empty_database_is_empty_and_the_small_centre_has_what_was_promised(services):
    assert services.demo.database_is_empty()

    counts = services.demo.fill()

    assert not services.demo.database_is_empty()
    assert (counts.size, counts.seed) == (DemoSize.SMALL, 2026)
    assert counts.centres == count(services, m.Centre) == 1
    assert count(services, m.Learner) == counts.learners == 40
    assert count(services, m.Employer) == counts.employers == 12
    roles = sorted(r.role for r in rows(services, sa.select(m.User.role)))
    assert roles == [Role.COORDINATOR, Role.TUTOR, Role.TUTOR, Role.TUTOR]
    assert {r.sector for r in rows(services, sa.select(m.Employer.sector))} >= {
        "cleaning", "kitchen", "construction", "warehouse", "care",
    }  # fmt: skip
    assert 1 <= counts.agreements <= 2
    assert counts.sites >= 12 and counts.contacts >= 12
    assert counts.placements >= 40
    assert 200 <= count(services, m.Session) == counts.sessions <= 800
    assert counts.vocabulary_lists == 6 and counts.vocabulary_items >= 5 * 15
    assert counts.glosses == counts.vocabulary_items * 6
    assert (
        counts.vocabulary_goals >= 40 * 8
        and counts.vocabulary_goal_events > counts.vocabulary_goals
    )
    assert counts.can_do_goals >= 40 * 2 and counts.can_do_statements >= 5 * 5
    assert counts.rows == sum(
        v for k, v in table_counts(services).items() if k not in REFERENCE | {"audit_event"}
    )
    centre = services.centre.get()
    assert centre.name == "Sprogcenter Nordvest" and is_valid_cvr(centre.data.cvr)


def test_the_same_seed_gives_the_same_centre_and_another_seed_another(services):
    services.demo.fill(seed=7)
    first = fingerprint(services)
    wipe(services)
    assert services.demo.database_is_empty()

    services.demo.fill(seed=7)
    assert fingerprint(services) == first

    wipe(services)
    services.demo.fill(seed=8)
    assert fingerprint(services)["learners"] != first["learners"]


def test_sessions_lie_in_the_last_six_months_and_no_attended_one_in_the_future(services):
    services.demo.fill()
    today = services.context.today()
    now = NOW.astimezone().replace(tzinfo=None)
    sessions = rows(
        services,
        sa.select(
            m.Session.session_date, m.Session.start_time, m.Session.attendance, m.Session.minutes
        ),
    )
    for day, start, attendance, minutes in sessions:
        in_future = session_in_future(day, datetime.combine(day, start), now)
        assert in_future == (attendance == Attendance.PLANNED)
        assert 45 <= minutes <= 120
    attended = [s for s in sessions if s.attendance == Attendance.ATTENDED]
    assert min(s.session_date for s in sessions) >= today - timedelta(days=190)
    assert max(s.session_date for s in attended) >= today - timedelta(days=7)
    planned = [s.session_date for s in sessions if s.attendance == Attendance.PLANNED]
    assert planned and max(planned) <= today + timedelta(days=14)
    assert any(s.attendance == Attendance.LEARNER_ABSENT for s in sessions)


def test_every_cvr_number_is_valid_and_unique(services):
    services.demo.fill(size=DemoSize.MEDIUM)
    numbers = [r.cvr for r in rows(services, sa.select(m.Employer.cvr))]
    numbers += [r.cvr for r in rows(services, sa.select(m.Centre.cvr))]
    assert len(numbers) == len(set(numbers)) == 41
    assert all(stdnum_cvr.is_valid(n) and is_valid_cvr(n) for n in numbers)


def test_every_item_has_glosses_in_all_six_languages_in_their_own_scripts(services):
    for demo_list in LISTS:
        assert 15 <= len(demo_list.items) <= 30, demo_list.name
    services.demo.fill()
    glosses: dict[int, dict[str, str]] = {}
    for item_id, language, text in rows(
        services, sa.select(m.Gloss.item_id, m.Gloss.language, m.Gloss.text)
    ):
        glosses.setdefault(item_id, {})[language] = text
    items = rows(
        services, sa.select(m.VocabularyItem.id, m.VocabularyItem.term, m.VocabularyItem.example)
    )
    assert len(items) == sum(len(demo_list.items) for demo_list in LISTS)
    for item_id, term, example in items:
        assert set(glosses[item_id]) == set(GLOSS_LANGUAGES), term
        assert all(text.strip() for text in glosses[item_id].values()), term
        for language, script in SCRIPTS.items():
            assert script.search(glosses[item_id][language]), (term, language)
        assert example and example[-1] in ".!?", term


def test_a_demo_learner_and_employer_are_found_by_part_of_the_name(services):
    services.demo.fill()
    learner = rows(
        services,
        sa.select(m.Learner.id, m.Learner.first_name, m.Learner.last_name)
        .where(sa.func.length(m.Learner.last_name) >= 5)
        .order_by(m.Learner.id)
        .limit(1),
    )[0]
    page = services.learners.list(query=learner.last_name[1:5].upper(), limit=500)
    assert learner.id in [r.id for r in page.rows]
    page = services.learners.list(query=f"{learner.first_name} {learner.last_name}".lower())
    assert learner.id in [r.id for r in page.rows]
    employer = services.employers.list(query="limfjord").rows
    assert [e.name for e in employer] == ["Restaurant Limfjorden"]


def test_search_text_follows_the_services_rule(services):
    services.demo.fill()
    for first, last, reference, text in rows(
        services,
        sa.select(
            m.Learner.first_name,
            m.Learner.last_name,
            m.Learner.case_reference,
            m.Learner.search_text,
        ),
    ):
        assert text == learner_search_text(first, last, reference)
    for name, cvr, text in rows(
        services, sa.select(m.Employer.name, m.Employer.cvr, m.Employer.search_text)
    ):
        assert text == employer_search_text(name, cvr)


def test_cancelling_leaves_the_database_as_it_was(services):
    before = table_counts(services)
    calls: list[tuple[int, int]] = []

    def progress(done: int, total: int) -> bool:
        calls.append((done, total))
        return len(calls) < 5

    with pytest.raises(DemoCancelledError) as caught:
        services.demo.fill(size=DemoSize.MEDIUM, progress=progress)

    assert caught.value.done < caught.value.total
    assert services.demo.database_is_empty()
    assert table_counts(services) == before
    assert len(calls) == 5 and calls[0][0] == 0


def test_progress_climbs_to_the_total(services):
    calls: list[tuple[int, int]] = []
    services.demo.fill(progress=lambda done, total: calls.append((done, total)) is None)
    assert calls[0] == (0, 52) and calls[-1] == (52, 52)
    assert [done for done, _ in calls] == sorted(done for done, _ in calls)


def test_a_database_with_people_in_it_is_refused(services):
    services.learners.create(LearnerInput(first_name="Amal", last_name="Haddad"))
    before = table_counts(services)

    assert not services.demo.database_is_empty()
    with pytest.raises(DemoNotEmptyError) as caught:
        services.demo.fill()

    assert (caught.value.learners, caught.value.employers, caught.value.users) == (1, 0, 0)
    assert table_counts(services) == before


def test_a_second_fill_is_refused(services):
    services.demo.fill()
    with pytest.raises(DemoNotEmptyError) as caught:
        services.demo.fill(seed=1)
    assert caught.value.learners == 40


def test_one_audit_event_without_personal_values(services):
    services.demo.fill()
    events = rows(services, sa.select(m.AuditEvent))
    assert len(events) == 1
    event = events[0]
    assert (event.action, event.entity) == (AuditAction.CREATE, "demo")
    assert "learner" in event.fields and all(re.fullmatch("[a-z_]+", f) for f in event.fields)


def test_the_medium_centre_hangs_together(services):
    counts = services.demo.fill(size=DemoSize.MEDIUM)
    assert counts.learners == 300 and counts.employers == 40
    today = services.context.today()

    for referral, start, end, status in rows(
        services,
        sa.select(
            m.Placement.referral_date,
            m.Placement.start_date,
            m.Placement.end_date,
            m.Placement.status,
        ),
    ):
        assert referral <= start <= end and referral <= today
        assert (start > today) == (status == "referred")

    # A session's tutor is its placement's; history events point at attended sessions of
    # the goal's own placement, and the goal's status is its last event's.
    assert not rows(
        services,
        sa.select(m.Session.id)
        .join(m.Placement, m.Session.placement_id == m.Placement.id)
        .where(m.Session.tutor_id != m.Placement.tutor_id),
    )
    assert not rows(
        services,
        sa.select(m.VocabularyGoalEvent.id)
        .join(m.VocabularyGoal, m.VocabularyGoalEvent.goal_id == m.VocabularyGoal.id)
        .join(m.Session, m.VocabularyGoalEvent.session_id == m.Session.id)
        .where(
            (m.Session.placement_id != m.VocabularyGoal.placement_id)
            | (m.Session.attendance != Attendance.ATTENDED)
            | (m.Session.session_date != m.VocabularyGoalEvent.on_date)
        ),
    )
    last_events = {}
    for goal_id, to_status in rows(
        services,
        sa.select(m.VocabularyGoalEvent.goal_id, m.VocabularyGoalEvent.to_status).order_by(
            m.VocabularyGoalEvent.id
        ),
    ):
        last_events[goal_id] = to_status
    goals = rows(services, sa.select(m.VocabularyGoal.id, m.VocabularyGoal.status))
    assert len(last_events) == len(goals)
    assert all(last_events[goal_id] == status for goal_id, status in goals)
    assert {status for _, status in goals} == set(VocabularyStatus)

    languages = rows(
        services, sa.select(m.LearnerLanguage.code, m.Learner.gloss_language).join(m.Learner)
    )
    assert all(is_known_language(code) for code, _ in languages)
    assert all(gloss is None or gloss in GLOSS_LANGUAGES for _, gloss in languages)
    situations = count(services, m.session_work_situation)
    assert situations >= count(services, m.Session) // 2
    # The ids given by the fill are behind the id sequences: the services can add rows.
    services.learners.create(LearnerInput(first_name="Ny", last_name="Kursist"))
    assert count(services, m.Learner) == 301
