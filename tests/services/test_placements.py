from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from mentor_desktop.domain.enums import AuditAction, Outcome, PlacementStatus
from mentor_desktop.domain.errors import ConflictError, ErrorCode, NotFoundError, ValidationError
from mentor_desktop.services.employers import EmployerInput
from mentor_desktop.services.learners import LearnerInput
from mentor_desktop.services.placements import PlacementInput, PlacementSort
from mentor_desktop.services.sessions import SessionInput
from mentor_desktop.services.sites import SiteInput

S = PlacementStatus


def refused(call, field: str) -> ErrorCode:
    with pytest.raises(ValidationError) as caught:
        call()
    error = caught.value.for_field(field)
    assert error is not None, caught.value.errors
    return error.code


@pytest.fixture
def base(learner, site, tutor):
    return PlacementInput(
        learner_id=learner,
        site_id=site,
        tutor_id=tutor,
        referral_date=date(2026, 9, 1),
        start_date=date(2026, 9, 14),
        end_date=date(2026, 12, 18),
        planned_hours=20,
        buddy_name="Kasper Holm",
        buddy_phone="+45 22 33 44 55",
    )


def test_create_and_get(services, base, audit):
    created = services.placements.create(base)
    assert created.data == base
    assert created.learner_name == "Amal Haddad"
    assert created.employer_name == "Rengøring Øst ApS" and created.site_name == "Hovedlager"
    assert created.tutor_name == "Mette Sørensen"
    assert [(c.from_status, c.to_status) for c in created.status_history] == [(None, S.REFERRED)]
    assert created.next_statuses == [S.ACTIVE, S.CANCELLED]
    assert services.placements.get(created.id) == created
    [event] = audit("placement")
    assert event.action is AuditAction.CREATE and event.entity_id == created.id
    assert "buddy_name" in event.fields
    assert "Kasper" not in repr(event.fields)


@pytest.mark.parametrize(
    ("changes", "field", "code"),
    [
        ({"start_date": date(2026, 8, 31)}, "start_date", ErrorCode.DATE_ORDER),
        ({"end_date": date(2026, 9, 13)}, "end_date", ErrorCode.DATE_ORDER),
        ({"start_date": None, "end_date": date(2026, 8, 1)}, "end_date", ErrorCode.DATE_ORDER),
        (
            {"referral_date": date(2026, 11, 28), "start_date": None},
            "referral_date",
            ErrorCode.IN_FUTURE,
        ),
        ({"planned_hours": 0}, "planned_hours", ErrorCode.MUST_BE_POSITIVE),
        ({"planned_hours": -5}, "planned_hours", ErrorCode.MUST_BE_POSITIVE),
        ({"planned_hours": 2001}, "planned_hours", ErrorCode.TOO_LARGE),
        ({"status": "finished"}, "status", ErrorCode.INVALID_CHOICE),
        ({"status": S.COMPLETED}, "status", ErrorCode.INVALID_TRANSITION),
        ({"status": S.PAUSED}, "status", ErrorCode.INVALID_TRANSITION),
        ({"outcome": Outcome.IN_WORK}, "outcome", ErrorCode.NOT_ENDED),
        ({"outcome": "retired"}, "outcome", ErrorCode.INVALID_CHOICE),
        ({"outcome_on": date(2026, 11, 1)}, "outcome", ErrorCode.REQUIRED),
        ({"followup_outcome": Outcome.EDUCATION}, "followup_outcome", ErrorCode.NOT_ENDED),
        ({"buddy_phone": "ring til Kasper"}, "buddy_phone", ErrorCode.INVALID_PHONE),
        ({"job_title": "x" * 201}, "job_title", ErrorCode.TOO_LONG),
        ({"learner_id": None}, "learner_id", ErrorCode.REQUIRED),
        ({"learner_id": 999}, "learner_id", ErrorCode.NOT_FOUND),
        ({"site_id": 999}, "site_id", ErrorCode.NOT_FOUND),
        ({"tutor_id": 999}, "tutor_id", ErrorCode.NOT_FOUND),
    ],
)
def test_each_rule_names_its_field_and_saves_nothing(
    services, base, snapshot, changes, field, code
):
    before = snapshot()
    assert refused(lambda: services.placements.create(replace(base, **changes)), field) is code
    assert snapshot() == before


def test_learner_site_and_tutor_must_be_in_use(services, base, snapshot, make_user):
    learner = services.learners.get(base.learner_id)
    services.learners.archive(learner.id, expected_version=learner.version)
    before = snapshot()
    assert refused(lambda: services.placements.create(base), "learner_id") is ErrorCode.ARCHIVED
    assert snapshot() == before

    other = services.learners.create(LearnerInput(first_name="Olena", last_name="Kovalenko"))
    data = replace(base, learner_id=other.id)
    site = services.sites.get(base.site_id)
    services.sites.archive(site.id, expected_version=site.version)
    assert refused(lambda: services.placements.create(data), "site_id") is ErrorCode.ARCHIVED

    employer = services.employers.create(EmployerInput(name="Kantinen"))
    new_site = services.sites.create(employer.id, SiteInput(name="Kantine"))
    services.employers.archive(employer.id, expected_version=employer.version)
    data = replace(data, site_id=new_site.id)
    assert refused(lambda: services.placements.create(data), "site_id") is ErrorCode.ARCHIVED

    gone = make_user("tidligere")
    services.users.deactivate(gone, expected_version=1)
    data = replace(base, learner_id=other.id, tutor_id=gone)
    assert refused(lambda: services.placements.create(data), "tutor_id") is ErrorCode.INACTIVE


def test_existing_placement_stays_editable_after_its_learner_is_archived(services, base):
    created = services.placements.create(base)
    learner = services.learners.get(base.learner_id)
    services.learners.archive(learner.id, expected_version=learner.version)
    updated = services.placements.update(
        created.id, replace(base, job_title="Opvasker"), expected_version=created.version
    )
    assert updated.data.job_title == "Opvasker"


def test_status_changes_follow_the_table_and_are_kept(services, base, snapshot):
    created = services.placements.create(base)
    active = services.placements.change_status(created.id, S.ACTIVE, expected_version=1)
    paused = services.placements.change_status(created.id, S.PAUSED, expected_version=2)
    before = snapshot()
    assert (
        refused(
            lambda: services.placements.change_status(created.id, S.REFERRED, expected_version=3),
            "status",
        )
        is ErrorCode.INVALID_TRANSITION
    )
    assert snapshot() == before
    again = services.placements.change_status(created.id, S.ACTIVE, expected_version=3)
    ended = services.placements.update(
        created.id,
        replace(
            again.data,
            status=S.COMPLETED,
            outcome=Outcome.IN_WORK,
            outcome_on=date(2026, 11, 20),
        ),
        expected_version=again.version,
    )
    assert ended.data.outcome is Outcome.IN_WORK
    assert [(c.from_status, c.to_status) for c in ended.status_history] == [
        (None, S.REFERRED),
        (S.REFERRED, S.ACTIVE),
        (S.ACTIVE, S.PAUSED),
        (S.PAUSED, S.ACTIVE),
        (S.ACTIVE, S.COMPLETED),
    ]
    assert active.version < paused.version < ended.version
    # An edit that keeps the status adds no history.
    same = services.placements.update(
        created.id, replace(ended.data, job_title="Rengøring"), expected_version=ended.version
    )
    assert len(same.status_history) == 5
    # Reopening clears the outcome that belonged to the end.
    reopened = services.placements.change_status(
        created.id, S.ACTIVE, expected_version=same.version
    )
    assert reopened.data.outcome is None and reopened.data.status is S.ACTIVE


def test_outcome_dates(services, base):
    data = replace(base, status=S.ACTIVE)
    created = services.placements.create(data)
    done = replace(data, status=S.COMPLETED, outcome=Outcome.IN_WORK, outcome_on=date(2026, 9, 1))
    code = refused(
        lambda: services.placements.update(created.id, done, expected_version=1), "outcome_on"
    )
    assert code is ErrorCode.DATE_ORDER
    done = replace(
        done,
        outcome_on=date(2026, 11, 1),
        followup_outcome=Outcome.OTHER_WORK,
        followup_on=date(2026, 10, 1),
    )
    code = refused(
        lambda: services.placements.update(created.id, done, expected_version=1), "followup_on"
    )
    assert code is ErrorCode.DATE_ORDER
    done = replace(done, followup_on=date(2026, 11, 27))
    saved = services.placements.update(created.id, done, expected_version=1)
    assert saved.data.followup_outcome is Outcome.OTHER_WORK


def test_conflict_and_not_found(services, base):
    created = services.placements.create(base)
    services.placements.update(created.id, replace(base, planned_hours=30), expected_version=1)
    with pytest.raises(ConflictError):
        services.placements.update(created.id, replace(base, planned_hours=40), expected_version=1)
    assert services.placements.get(created.id).data.planned_hours == 30
    with pytest.raises(NotFoundError):
        services.placements.get(4242)


def test_first_session_and_hours(services, placement):
    services.sessions.create(
        SessionInput(placement_id=placement, session_date=date(2026, 9, 16), minutes=90)
    )
    services.sessions.create(
        SessionInput(placement_id=placement, session_date=date(2026, 9, 23), minutes=45)
    )
    detail = services.placements.get(placement)
    assert detail.first_session_date == date(2026, 9, 16)
    assert detail.days_to_first_session == 15
    assert detail.minutes_attended == 135 and detail.lessons_attended == 3
    row = services.placements.list().rows[0]
    assert row.minutes_attended == 135 and row.lessons_attended == 3


@pytest.fixture
def caseload(services, make_user):
    """Two tutors, two employers, five placements in different states."""
    first, second = make_user("anne"), make_user("bo")
    east = services.employers.create(EmployerInput(name="Østergaard Byg"))
    west = services.employers.create(EmployerInput(name="Vestlager"))
    east_site = services.sites.create(east.id, SiteInput(name="Byggeplads"))
    west_site = services.sites.create(west.id, SiteInput(name="Lager 2"))
    people = [
        ("Ahmed", "Yusuf"),
        ("Hiwet", "Tesfay"),
        ("Jan", "Nowak"),
        ("Oksana", "Bondar"),
        ("Faduma", "Ali"),
    ]
    plan = [
        (first, east_site.id, S.ACTIVE, date(2026, 3, 1)),
        (first, west_site.id, S.REFERRED, date(2026, 5, 1)),
        (second, east_site.id, S.ACTIVE, date(2026, 1, 1)),
        (second, west_site.id, S.ACTIVE, date(2026, 2, 1)),
        (first, east_site.id, S.REFERRED, None),
    ]
    ids = []
    for (given, family), (tutor, site, status, start) in zip(people, plan, strict=True):
        learner = services.learners.create(LearnerInput(first_name=given, last_name=family))
        ids.append(
            services.placements.create(
                PlacementInput(
                    learner_id=learner.id,
                    site_id=site,
                    tutor_id=tutor,
                    status=status,
                    start_date=start,
                )
            ).id
        )
    return {"first": first, "second": second, "east": east.id, "west": west.id, "ids": ids}


def test_list_filters(services, caseload):
    ids = caseload["ids"]

    def found(**filters):
        return {r.id for r in services.placements.list(**filters).rows}

    assert found() == set(ids)
    assert found(tutor_id=caseload["first"]) == {ids[0], ids[1], ids[4]}
    assert found(employer_id=caseload["west"]) == {ids[1], ids[3]}
    assert found(status=S.REFERRED) == {ids[1], ids[4]}
    assert found(status=[S.ACTIVE, S.PAUSED], tutor_id=caseload["second"]) == {ids[2], ids[3]}
    learner = services.placements.get(ids[2]).data.learner_id
    assert found(learner_id=learner) == {ids[2]}
    assert found(query="nowak") == {ids[2]}
    assert found(query="NO") == {ids[2]}
    assert found(query="%") == set()
    # The employer's name or CVR number and the site's name find a placement too.
    assert found(query="østergaard") == {ids[0], ids[2], ids[4]}
    assert found(query="lager 2") == {ids[1], ids[3]}
    assert found(query="BYGGEPL") == {ids[0], ids[2], ids[4]}
    page = services.placements.list(employer_id=caseload["east"], limit=1)
    assert page.total == 3 and len(page.rows) == 1


def test_list_pages_sorted_and_hides_archived(services, caseload):
    ids = caseload["ids"]
    by_start = services.placements.list(sort=PlacementSort.START)
    assert [r.id for r in by_start.rows] == [ids[2], ids[3], ids[0], ids[1], ids[4]]
    pages = [
        services.placements.list(sort=PlacementSort.LEARNER, offset=o, limit=2) for o in (0, 2, 4)
    ]
    names = [r.learner_name for p in pages for r in p.rows]
    assert names == ["Faduma Ali", "Oksana Bondar", "Jan Nowak", "Hiwet Tesfay", "Ahmed Yusuf"]
    assert all(p.total == 5 for p in pages)
    detail = services.placements.get(ids[0])
    services.placements.archive(ids[0], expected_version=detail.version)
    assert ids[0] not in {r.id for r in services.placements.list().rows}
    assert services.placements.list().total == 4
    archived = services.placements.list(include_archived=True)
    assert [r.archived for r in archived.rows if r.id == ids[0]] == [True]
    by_employer = services.placements.list(sort=PlacementSort.EMPLOYER, descending=True)
    assert len({r.employer_name for r in by_employer.rows[:2]}) == 1


def test_list_puts_a_tutors_caseload_first(services, caseload):
    ids = caseload["ids"]
    mine_first = services.placements.list(
        sort=PlacementSort.START, first_tutor_id=caseload["second"]
    )
    assert [r.id for r in mine_first.rows] == [ids[2], ids[3], ids[0], ids[1], ids[4]]
    theirs_first = services.placements.list(
        sort=PlacementSort.START, first_tutor_id=caseload["first"]
    )
    assert [r.id for r in theirs_first.rows] == [ids[0], ids[1], ids[4], ids[2], ids[3]]
    newest_first = services.placements.list(
        sort=PlacementSort.START, descending=True, first_tutor_id=caseload["first"]
    )
    assert [r.id for r in newest_first.rows] == [ids[1], ids[0], ids[4], ids[3], ids[2]]


def test_a_site_is_found_whatever_the_case_of_its_danish_letters(services, learner):
    employer = services.employers.create(EmployerInput(name="Havnens Rengøring", cvr="13585628"))
    site = services.sites.create(employer.id, SiteInput(name="Østre Havn, Århus"))
    placement = services.placements.create(PlacementInput(learner_id=learner, site_id=site.id))
    for query in ("østre", "ØSTRE HAVN", "århus", "13 58 56 28"):
        assert [r.id for r in services.placements.list(query=query).rows] == [placement.id]
    assert services.placements.list(query="vestre").total == 0
