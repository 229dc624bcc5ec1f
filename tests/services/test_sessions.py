from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, time, timedelta

import pytest

from mentor_desktop.db import models as m
from mentor_desktop.domain.enums import Attendance, AuditAction, SessionMode
from mentor_desktop.domain.errors import ConflictError, ErrorCode, NotFoundError, ValidationError
from mentor_desktop.services.employers import EmployerInput
from mentor_desktop.services.learners import LearnerInput
from mentor_desktop.services.placements import PlacementInput
from mentor_desktop.services.sessions import SessionInput, SessionSort
from mentor_desktop.services.sites import SiteInput
from tests.today_data import build_caseload

NOTE = "Amal øvede at melde en fejl til vagtlederen"


def refused(call, field: str) -> ErrorCode:
    with pytest.raises(ValidationError) as caught:
        call()
    error = caught.value.for_field(field)
    assert error is not None, caught.value.errors
    return error.code


@pytest.fixture
def situations(services):
    return {w.code: w.id for w in services.reference.work_situations()}


@pytest.fixture
def visit(placement, situations):
    return SessionInput(
        placement_id=placement,
        session_date=date(2026, 11, 20),
        start_time=time(9, 30),
        minutes=90,
        mode=SessionMode.ON_SITE,
        attendance=Attendance.ATTENDED,
        work_situation_ids=[situations["reporting_fault"], situations["shift_handover"]],
        work_situations_other="Læse sikkerhedsdatablad",
        note=NOTE,
        next_step="Telefonbesked til vagtleder",
    )


def test_log_and_read_a_session(services, visit, tutor, audit, situations):
    created = services.sessions.create(visit)
    assert created.data.tutor_id == tutor  # the placement's tutor
    assert created.data.work_situation_ids == sorted(visit.work_situation_ids)
    assert {w.code for w in created.work_situations} == {"reporting_fault", "shift_handover"}
    assert created.lessons == 2
    assert created.learner_name == "Amal Haddad" and created.site_name == "Hovedlager"
    assert services.sessions.get(created.id) == created
    [event] = audit("session")
    assert event.action is AuditAction.CREATE and "note" in event.fields
    assert "vagtlederen" not in repr(event.fields)


@pytest.mark.parametrize(
    ("changes", "field", "code"),
    [
        ({"minutes": 0}, "minutes", ErrorCode.MUST_BE_POSITIVE),
        ({"minutes": -30}, "minutes", ErrorCode.MUST_BE_POSITIVE),
        ({"minutes": None}, "minutes", ErrorCode.REQUIRED),
        ({"minutes": 12 * 60 + 1}, "minutes", ErrorCode.TOO_LARGE),
        ({"minutes": "90"}, "minutes", ErrorCode.INVALID_CHOICE),
        ({"session_date": None}, "session_date", ErrorCode.REQUIRED),
        ({"session_date": date(2026, 11, 28)}, "session_date", ErrorCode.ATTENDED_IN_FUTURE),
        (
            {"session_date": date(2027, 1, 4), "start_time": None},
            "session_date",
            ErrorCode.ATTENDED_IN_FUTURE,
        ),
        ({"mode": "video"}, "mode", ErrorCode.INVALID_CHOICE),
        ({"attendance": "maybe"}, "attendance", ErrorCode.INVALID_CHOICE),
        ({"work_situation_ids": [99999]}, "work_situation_ids", ErrorCode.INVALID_CHOICE),
        ({"note": "x" * 4001}, "note", ErrorCode.TOO_LONG),
        ({"placement_id": None}, "placement_id", ErrorCode.REQUIRED),
        ({"placement_id": 99999}, "placement_id", ErrorCode.NOT_FOUND),
        ({"tutor_id": 99999}, "tutor_id", ErrorCode.NOT_FOUND),
    ],
)
def test_each_rule_names_its_field_and_saves_nothing(
    services, visit, snapshot, changes, field, code
):
    before = snapshot()
    assert refused(lambda: services.sessions.create(replace(visit, **changes)), field) is code
    assert snapshot() == before


def test_twelve_hours_is_the_most(services, visit):
    assert services.sessions.create(replace(visit, minutes=12 * 60)).data.minutes == 720


def test_attended_today_only_once_started(services, visit, snapshot):
    now = services.context.local_now()
    later = now + timedelta(hours=1)
    earlier = now - timedelta(hours=1)
    if later.date() != now.date() or earlier.date() != now.date():
        pytest.skip("the fixed clock is too close to midnight in this time zone")
    today = replace(visit, session_date=now.date())
    before = snapshot()
    code = refused(
        lambda: services.sessions.create(replace(today, start_time=later.time())), "start_time"
    )
    assert code is ErrorCode.ATTENDED_IN_FUTURE
    assert snapshot() == before
    assert services.sessions.create(replace(today, start_time=earlier.time())).id
    assert services.sessions.create(replace(today, start_time=None)).id


def test_planned_and_cancelled_sessions_may_lie_ahead(services, visit):
    ahead = replace(visit, session_date=date(2026, 12, 3))
    planned = services.sessions.create(replace(ahead, attendance=Attendance.PLANNED))
    assert planned.data.attendance is Attendance.PLANNED
    services.sessions.create(replace(ahead, attendance=Attendance.CANCELLED))
    # Marking the planned session attended before it happened is refused.
    code = refused(
        lambda: services.sessions.update(
            planned.id,
            replace(planned.data, attendance=Attendance.ATTENDED),
            expected_version=planned.version,
        ),
        "session_date",
    )
    assert code is ErrorCode.ATTENDED_IN_FUTURE
    assert services.sessions.get(planned.id).data.attendance is Attendance.PLANNED


def test_archived_placement_takes_no_new_sessions(services, visit, placement, snapshot):
    existing = services.sessions.create(visit)
    detail = services.placements.get(placement)
    services.placements.archive(placement, expected_version=detail.version)
    before = snapshot()
    code = refused(lambda: services.sessions.create(visit), "placement_id")
    assert code is ErrorCode.ARCHIVED
    assert snapshot() == before
    # Its existing sessions can still be corrected.
    fixed = services.sessions.update(
        existing.id, replace(existing.data, minutes=60), expected_version=existing.version
    )
    assert fixed.data.minutes == 60


def test_retired_work_situation(services, visit, situations):
    created = services.sessions.create(visit)
    with services.context.write() as s:
        s.get(m.WorkSituation, situations["reporting_fault"]).active = False
    # A session keeps the retired entry; a new one cannot choose it.
    kept = services.sessions.update(
        created.id, replace(created.data, minutes=75), expected_version=created.version
    )
    assert situations["reporting_fault"] in kept.data.work_situation_ids
    code = refused(lambda: services.sessions.create(visit), "work_situation_ids")
    assert code is ErrorCode.INVALID_CHOICE


def test_update_of_work_situations_only(services, visit, situations, audit):
    created = services.sessions.create(visit)
    changed = services.sessions.update(
        created.id,
        replace(created.data, work_situation_ids=[situations["phone_messages"]]),
        expected_version=created.version,
    )
    assert changed.version == created.version + 1
    assert changed.data.work_situation_ids == [situations["phone_messages"]]
    assert audit("session")[-1].fields == ["work_situation_ids"]
    with pytest.raises(ConflictError):
        services.sessions.update(created.id, created.data, expected_version=created.version)


def test_delete_is_final_and_audited(services, visit, audit, snapshot):
    created = services.sessions.create(visit)
    with pytest.raises(ConflictError):
        services.sessions.delete(created.id, expected_version=created.version + 1)
    services.sessions.delete(created.id, expected_version=created.version)
    with pytest.raises(NotFoundError):
        services.sessions.get(created.id)
    counts = snapshot()
    assert counts["session"] == 0 and counts["session_work_situation"] == 0
    last = audit("session")[-1]
    assert (last.action, last.entity_id, last.fields) == (AuditAction.DELETE, created.id, [])
    with pytest.raises(NotFoundError):
        services.sessions.delete(created.id, expected_version=1)


def test_lists_per_placement_and_per_tutor_by_date(services, visit, placement, tutor, make_user):
    other = make_user("bo")
    for day in range(1, 16):
        services.sessions.create(
            replace(
                visit, session_date=date(2026, 10, day), tutor_id=other if day % 5 == 0 else None
            )
        )
    newest = services.sessions.list(placement_id=placement, limit=4)
    assert [r.session_date.day for r in newest.rows] == [15, 14, 13, 12]
    assert newest.total == 15
    oldest = services.sessions.list(placement_id=placement, descending=False, offset=4, limit=4)
    assert [r.session_date.day for r in oldest.rows] == [5, 6, 7, 8]
    mine = services.sessions.list(tutor_id=tutor, limit=100)
    assert mine.total == 12 and all(r.tutor_name == "Mette Sørensen" for r in mine.rows)
    theirs = services.sessions.list(tutor_id=other)
    assert [r.session_date.day for r in theirs.rows] == [15, 10, 5]
    window = services.sessions.list(date_from=date(2026, 10, 3), date_to=date(2026, 10, 6))
    assert window.total == 4
    row = newest.rows[0]
    assert row.learner_name == "Amal Haddad" and row.employer_name == "Rengøring Øst ApS"
    assert row.has_note and row.lessons == 2
    assert services.sessions.list(placement_id=placement + 1).total == 0


def test_same_day_sessions_sort_by_start_time(services, visit, placement):
    day = date(2026, 11, 2)
    for start in (time(13, 0), time(8, 0), None):
        services.sessions.create(replace(visit, session_date=day, start_time=start))
    # A visit without a time stands first in its day, as an all-day entry in a calendar.
    rows = services.sessions.list(placement_id=placement, descending=False).rows
    assert [r.start_time for r in rows] == [None, time(8, 0), time(13, 0)]
    rows = services.sessions.list(placement_id=placement).rows
    assert [r.start_time for r in rows] == [time(13, 0), time(8, 0), None]


def test_session_clock_uses_local_time(services):
    now = services.context.local_now()
    assert now.tzinfo is None
    assert now.date() == services.context.today()
    assert isinstance(now, datetime)


def test_check_uses_the_clock_and_writes_nothing(services, visit, snapshot):
    before = snapshot()
    assert services.sessions.check(visit).minutes == 90
    later_today = replace(visit, session_date=date(2026, 11, 27), start_time=time(23, 0))
    assert refused(lambda: services.sessions.check(later_today), "start_time") is (
        ErrorCode.ATTENDED_IN_FUTURE
    )
    planned = replace(later_today, attendance=Attendance.PLANNED)
    assert services.sessions.check(planned).attendance is Attendance.PLANNED
    assert snapshot() == before


def test_all_sessions_searched_by_learner_or_employer_and_sorted_in_the_database(services):
    caseload = build_caseload(services)
    store = services.employers.create(EmployerInput(name="Østlager", cvr="13585628")).id
    site = services.sites.create(store, SiteInput(name="Lager 2")).id
    sara = services.learners.create(LearnerInput(first_name="Sara", last_name="Ærø")).id
    placement = services.placements.create(
        PlacementInput(learner_id=sara, site_id=site, tutor_id=caseload.jonas)
    ).id
    services.sessions.create(
        SessionInput(placement_id=placement, session_date=date(2026, 11, 3), minutes=150)
    )
    sessions = services.sessions

    def learners(**kwargs) -> list[str]:
        return [r.learner_name for r in sessions.list(**kwargs).rows]

    found = sessions.list(query="østlag")
    assert (found.total, [r.learner_name for r in found.rows]) == (1, ["Sara Ærø"])
    assert found.rows[0].site_name == "Lager 2" and not found.rows[0].archived
    assert learners(query="1358 5628") == ["Sara Ærø"]  # the CVR number as printed
    assert learners(query="13585628") == ["Sara Ærø"]
    assert learners(query="Æ") == ["Sara Ærø"]  # two letters: the start of a word
    assert sessions.list(query="bageriet").total == 8
    assert sessions.list(query="hamid rahimi").total == 3
    assert sessions.list(query="%").total == 0
    assert sessions.list(query="hamid", attendance=Attendance.PLANNED).total == 2

    by_learner = learners(sort=SessionSort.LEARNER, descending=False)
    assert by_learner[0] == "Fatima Ali" and by_learner[-1] == "Sara Ærø"
    hamid = [
        r.session_date.day
        for r in sessions.list(sort=SessionSort.LEARNER).rows
        if r.learner_name == "Hamid Rahimi"
    ]
    assert hamid == [2, 27, 25]  # newest first within one learner
    assert learners(sort=SessionSort.EMPLOYER, descending=True)[0] == "Sara Ærø"
    assert learners(sort=SessionSort.MINUTES, descending=True)[:2] == ["Sara Ærø", "Hamid Rahimi"]
    tutors = [r.tutor_name for r in sessions.list(sort=SessionSort.TUTOR).rows]
    assert tutors[0] == "Mette Sørensen" and tutors[-1] == "Jonas Berg"
