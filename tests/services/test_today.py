from __future__ import annotations

from datetime import date, time

import pytest

from mentor_desktop.domain.enums import Attendance, PlacementStatus
from mentor_desktop.services.sessions import SessionInput
from mentor_desktop.services.today import Attention, AttentionReason
from tests.today_data import Caseload, build_caseload


@pytest.fixture
def caseload(services) -> Caseload:
    return build_caseload(services)


def reasons(overview) -> dict[str, list[Attention]]:
    return {row.learner_first_name: row.reasons for row in overview.attention.rows}


def test_a_tutors_planned_visits_from_today_on_soonest_first(services, caseload):
    overview = services.today.overview(tutor_id=caseload.mette)
    assert overview.today == date(2026, 11, 27)
    planned = overview.planned.rows
    assert [(v.learner_first_name, v.session_date, v.start_time) for v in planned] == [
        ("Hamid", date(2026, 11, 27), time(10, 0)),
        ("Hamid", date(2026, 12, 2), time(8, 30)),
    ]
    assert overview.planned.total == 2
    assert all(v.attendance is Attendance.PLANNED for v in planned)
    assert planned[0].site_address == "Havnegade 3, 9000 Aalborg"
    assert planned[0].id == caseload.sessions["hamid_today"]


def test_recent_visits_are_the_last_fourteen_days_with_unlogged_plans(services, caseload):
    recent = services.today.overview(tutor_id=caseload.mette).recent
    assert [(v.learner_first_name, v.session_date) for v in recent.rows] == [
        ("Hamid", date(2026, 11, 25)),
        ("Tesfay", date(2026, 11, 24)),
        ("Tesfay", date(2026, 11, 20)),
        ("Fatima", date(2026, 11, 13)),
    ]
    assert recent.total == 4
    assert recent.rows[1].attendance is Attendance.PLANNED


def test_each_reason_for_attention_with_its_days(services, caseload):
    attention = services.today.overview(tutor_id=caseload.mette).attention
    assert reasons(services.today.overview(tutor_id=caseload.mette)) == {
        "Amal": [Attention(AttentionReason.NO_FIRST_VISIT, 26)],
        "Olena": [Attention(AttentionReason.NO_RECENT_SESSION, 17)],
        "Fatima": [Attention(AttentionReason.NO_RECENT_SESSION, 14)],
        "Tesfay": [Attention(AttentionReason.ENDING_SOON, 8)],
    }
    assert attention.total == 4
    # Ordered by the learner's surname.
    assert [r.learner_last_name for r in attention.rows] == [
        "Ali",
        "Gebremedhin",
        "Haddad",
        "Kovalenko",
    ]
    olena = next(r for r in attention.rows if r.learner_first_name == "Olena")
    assert olena.last_session_date == date(2026, 11, 10)


def test_a_placement_can_need_attention_for_two_reasons(services, caseload):
    olena = services.placements.get(caseload.placements["Olena"])
    data = olena.data
    data.end_date = date(2026, 12, 11)
    services.placements.update(olena.id, data, expected_version=olena.version)
    assert reasons(services.today.overview(tutor_id=caseload.mette))["Olena"] == [
        Attention(AttentionReason.NO_RECENT_SESSION, 17),
        Attention(AttentionReason.ENDING_SOON, 14),
    ]


def test_a_first_visit_and_a_fresh_session_clear_the_attention(services, caseload):
    for key, day in (("Amal", date(2026, 11, 26)), ("Olena", date(2026, 11, 27))):
        services.sessions.create(
            SessionInput(
                placement_id=caseload.placements[key],
                session_date=day,
                start_time=time(8, 0),
                minutes=45,
            )
        )
    assert set(reasons(services.today.overview(tutor_id=caseload.mette))) == {
        "Fatima",
        "Tesfay",
    }


def test_paused_placements_are_not_quiet_but_can_end_soon(services, caseload):
    for key in ("Olena", "Tesfay"):
        detail = services.placements.get(caseload.placements[key])
        services.placements.change_status(
            detail.id, PlacementStatus.PAUSED, expected_version=detail.version
        )
    found = reasons(services.today.overview(tutor_id=caseload.mette))
    assert "Olena" not in found
    assert found["Tesfay"] == [Attention(AttentionReason.ENDING_SOON, 8)]


def test_a_referral_without_date_needs_a_first_visit_with_unknown_days(services, caseload):
    amal = services.placements.get(caseload.placements["Amal"])
    data = amal.data
    data.referral_date = None
    services.placements.update(amal.id, data, expected_version=amal.version)
    assert reasons(services.today.overview(tutor_id=caseload.mette))["Amal"] == [
        Attention(AttentionReason.NO_FIRST_VISIT, None)
    ]


def test_a_tutor_sees_only_their_own_and_everyone_sees_all(services, caseload):
    jonas = services.today.overview(tutor_id=caseload.jonas)
    assert [v.learner_first_name for v in jonas.planned.rows] == ["Yusuf"]
    assert jonas.recent.rows == []
    assert reasons(jonas) == {"Yusuf": [Attention(AttentionReason.NO_FIRST_VISIT, 7)]}

    everyone = services.today.overview()
    assert everyone.planned.total == 3
    assert everyone.attention.total == 5
    assert everyone.recent.total == 4


def test_limit_keeps_the_count(services, caseload):
    overview = services.today.overview(limit=1)
    assert len(overview.planned.rows) == 1 and overview.planned.total == 3
    assert len(overview.attention.rows) == 1 and overview.attention.total == 5


def test_the_acting_user_decides_whose_day_it_is(services, caseload):
    assert services.today.acting_tutor_id() is None
    services.context.user_id = caseload.mette
    assert services.today.acting_tutor_id() == caseload.mette
    services.context.user_id = caseload.coordinator
    assert services.today.acting_tutor_id() is None


def test_an_empty_database_has_an_empty_day(services):
    overview = services.today.overview()
    assert (overview.planned.total, overview.recent.total, overview.attention.total) == (0, 0, 0)
