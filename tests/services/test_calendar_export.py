from __future__ import annotations

from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import icalendar
import pytest

from mentor_desktop.domain.enums import Attendance, SessionMode
from mentor_desktop.services.calendar_export import build_calendar
from mentor_desktop.services.learners import LearnerInput
from mentor_desktop.services.sessions import SessionInput
from mentor_desktop.services.today import VisitRow
from tests.today_data import Caseload, build_caseload

COPENHAGEN = ZoneInfo("Europe/Copenhagen")


@pytest.fixture
def caseload(services) -> Caseload:
    return build_caseload(services)


def events(data: bytes) -> list[icalendar.Event]:
    return list(icalendar.Calendar.from_ical(data).walk("VEVENT"))


def plan(services, placement: int, day: date, start: time | None, minutes: int = 60) -> int:
    return services.sessions.create(
        SessionInput(
            placement_id=placement,
            session_date=day,
            start_time=start,
            minutes=minutes,
            attendance=Attendance.PLANNED,
        )
    ).id


def test_a_tutors_planned_visits_with_summary_start_duration_and_address(services, caseload):
    data, exported = services.calendar.planned_visits_ics(
        tutor_id=caseload.mette, summary="Besøg: {first_name} – {employer}"
    )
    assert exported == 2
    first, second = events(data)
    assert str(first["summary"]) == "Besøg: Hamid – Bageriet Nord"
    assert first.decoded("dtstart") == datetime(2026, 11, 27, 10, 0, tzinfo=COPENHAGEN)
    assert first.decoded("duration") == timedelta(minutes=45)
    assert str(first["location"]) == "Bageriet Nord, Produktion, Havnegade 3, 9000 Aalborg"
    assert str(first["uid"]) == f"session-{caseload.sessions['hamid_today']}@mentor-desktop"
    assert second.decoded("dtstart") == datetime(2026, 12, 2, 8, 30, tzinfo=COPENHAGEN)
    assert second.decoded("duration") == timedelta(hours=1)


def test_summer_and_winter_visits_both_at_ten_local_with_a_vtimezone(services, caseload):
    hamid = caseload.placements["Hamid"]
    plan(services, hamid, date(2026, 12, 1), time(10, 0))
    plan(services, hamid, date(2027, 7, 1), time(10, 0))
    data, _ = services.calendar.planned_visits_ics(tutor_id=caseload.mette)
    text = data.decode()
    assert "BEGIN:VTIMEZONE" in text and "TZID:Europe/Copenhagen" in text
    assert "DTSTART;TZID=Europe/Copenhagen:20261201T100000" in text
    assert "DTSTART;TZID=Europe/Copenhagen:20270701T100000" in text
    starts = {e.decoded("dtstart") for e in events(data)}
    winter = datetime(2026, 12, 1, 10, 0, tzinfo=COPENHAGEN)
    summer = datetime(2027, 7, 1, 10, 0, tzinfo=COPENHAGEN)
    assert {winter, summer} <= starts
    assert winter.utcoffset() == timedelta(hours=1)
    assert summer.utcoffset() == timedelta(hours=2)
    by_utc = {s.astimezone(ZoneInfo("UTC")).time() for s in (winter, summer)}
    assert by_utc == {time(9, 0), time(8, 0)}


def test_summer_visit_on_2026_07_01_comes_out_at_ten():
    def visit(day: date) -> VisitRow:
        return VisitRow(
            id=day.month,
            version=1,
            placement_id=1,
            learner_id=1,
            learner_first_name="Amal",
            learner_last_name="Haddad",
            employer_name="Bageriet Nord",
            site_name="Produktion",
            site_street="Havnegade 3",
            site_postcode="9000",
            site_city="Aalborg",
            tutor_id=None,
            tutor_name=None,
            session_date=day,
            start_time=time(10, 0),
            minutes=90,
            mode=SessionMode.ON_SITE,
            attendance=Attendance.PLANNED,
        )

    data = build_calendar(
        [visit(date(2026, 7, 1)), visit(date(2026, 12, 1))],
        stamp=datetime(2026, 6, 1, tzinfo=ZoneInfo("UTC")),
    )
    summer, winter = events(data)
    assert summer.decoded("dtstart") == datetime(2026, 7, 1, 10, 0, tzinfo=COPENHAGEN)
    assert summer.decoded("dtstart").utcoffset() == timedelta(hours=2)
    assert winter.decoded("dtstart") == datetime(2026, 12, 1, 10, 0, tzinfo=COPENHAGEN)
    assert winter.decoded("dtstart").utcoffset() == timedelta(hours=1)
    tz = icalendar.Calendar.from_ical(data).walk("VTIMEZONE")[0]
    assert {c.name for c in tz.subcomponents} == {"STANDARD", "DAYLIGHT"}


def test_a_visit_without_a_time_is_an_all_day_event(services, caseload):
    plan(services, caseload.placements["Hamid"], date(2026, 12, 3), None)
    data, _ = services.calendar.planned_visits_ics(tutor_id=caseload.mette)
    all_day = [e for e in events(data) if e.decoded("dtstart") == date(2026, 12, 3)]
    assert len(all_day) == 1
    assert "duration" not in all_day[0]


def test_only_what_the_tutor_needs_leaves_the_database(services, caseload):
    hamid = services.placements.get(caseload.placements["Hamid"])
    learner = services.learners.get(hamid.data.learner_id)
    data = learner.data
    data.phone = "+45 20 30 40 50"
    data.email = "hamid@example.dk"
    data.case_reference = "JC-2026-99"
    services.learners.update(learner.id, data, expected_version=learner.version)
    planned = services.sessions.get(caseload.sessions["hamid_today"])
    note_data = planned.data
    note_data.note = "Hamid har ondt i ryggen"
    note_data.next_step = "Tal med lederen om skiftet"
    services.sessions.update(planned.id, note_data, expected_version=planned.version)

    text, _ = services.calendar.planned_visits_ics(tutor_id=caseload.mette)
    unfolded = text.decode().replace("\r\n ", "")
    assert "Hamid" in unfolded
    for private in (
        "Rahimi",
        "20 30 40 50",
        "hamid@example.dk",
        "JC-2026-99",
        "ryggen",
        "lederen",
        "Mette",
    ):
        assert private not in unfolded
    assert all("description" not in e and "attendee" not in e for e in events(text))


def test_other_tutors_and_past_or_held_visits_stay_out(services, caseload):
    data, exported = services.calendar.planned_visits_ics(tutor_id=caseload.jonas)
    assert exported == 1
    [event] = events(data)
    assert str(event["summary"]).startswith("Yusuf")
    everyone, exported_all = services.calendar.planned_visits_ics()
    assert exported_all == 3
    assert "Tesfay" not in everyone.decode()  # his plan of 2026-11-24 lies in the past


def test_an_empty_calendar_is_still_a_valid_file(services):
    services.learners.create(LearnerInput(first_name="Amal", last_name="Haddad"))
    data, exported = services.calendar.planned_visits_ics()
    assert exported == 0
    calendar = icalendar.Calendar.from_ical(data)
    assert str(calendar["version"]) == "2.0"
    assert events(data) == []
