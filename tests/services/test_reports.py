"""The year's report over the small centre of tests/report_data.py, whose every figure is
counted by hand there."""

from __future__ import annotations

from datetime import date

import pytest

from mentor_desktop.domain.enums import Outcome
from mentor_desktop.domain.errors import ErrorCode, ValidationError
from mentor_desktop.services.reports import (
    GroupFigures,
    MonthCell,
    OutcomeCount,
    ReportCancelled,
    ReportFilter,
)
from mentor_desktop.services.sessions import SessionInput
from mentor_desktop.services.users import UserInput
from tests.report_data import Centre, build_centre


@pytest.fixture
def centre(services) -> Centre:
    return build_centre(services)


def test_sessions_and_hours_per_tutor_and_month(services, centre):
    cells = services.reports.hours_by_month(ReportFilter(2026))
    assert sorted(cells, key=lambda c: (c.tutor_id, c.month)) == sorted(
        [
            MonthCell(centre.mette, 1, 2, 150),
            MonthCell(centre.mette, 2, 2, 165),
            MonthCell(centre.jonas, 1, 1, 30),
            MonthCell(centre.jonas, 3, 1, 60),
            MonthCell(centre.jonas, 4, 1, 60),
        ],
        key=lambda c: (c.tutor_id, c.month),
    )
    assert MonthCell(centre.mette, 2, 2, 165).lessons == pytest.approx(165 / 45)
    assert services.reports.hours_by_month(ReportFilter(2024)) == []


def test_the_whole_year(services, centre):
    report = services.reports.year_report(ReportFilter(2026))
    assert report.total == GroupFigures(
        key=None, name=None, sessions=7, minutes=465, learners=3, started=3, ended=2,
        completed=1, referred=4, visited=3, within=2, median_days=10.0,
    )  # fmt: skip
    assert report.total.hours == pytest.approx(7.75)
    assert report.total.not_visited == 1
    assert report.tutors == [
        GroupFigures(
            key=centre.jonas, name="Jonas Holm", sessions=3, minutes=150, learners=3,
            started=1, ended=1, completed=0, referred=2, visited=1, within=1, median_days=10.0,
        ),
        GroupFigures(
            key=centre.mette, name="Mette Sørensen", sessions=4, minutes=315, learners=2,
            started=2, ended=1, completed=1, referred=2, visited=2, within=1, median_days=12.5,
        ),
    ]  # fmt: skip
    assert report.employers == [
        GroupFigures(
            key=centre.bageriet, name="Bageriet Nord", sessions=4, minutes=225, learners=2,
            started=1, ended=1, completed=0, referred=1, visited=1, within=1, median_days=5.0,
        ),
        GroupFigures(
            key=centre.rengoering, name="Rengøring Øst", sessions=3, minutes=240, learners=2,
            started=2, ended=1, completed=1, referred=3, visited=2, within=1, median_days=15.0,
        ),
    ]  # fmt: skip
    assert report.outcomes == [
        OutcomeCount(Outcome.IN_WORK, at_end=1, at_followup=0),
        OutcomeCount(Outcome.EDUCATION, at_end=0, at_followup=1),
        OutcomeCount(Outcome.NOT_IN_WORK, at_end=1, at_followup=0),
        OutcomeCount(None, at_end=0, at_followup=1),
    ]
    assert report.month_minutes(2) == 165
    assert report.tutor_names == {centre.jonas: "Jonas Holm", centre.mette: "Mette Sørensen"}


def test_a_wider_limit_counts_more_first_visits_in_time(services, centre):
    report = services.reports.year_report(ReportFilter(2026, within_days=20))
    assert report.total.within == 3


def test_one_tutor(services, centre):
    report = services.reports.year_report(ReportFilter(2026, tutor_id=centre.jonas))
    assert (report.total.sessions, report.total.minutes) == (3, 150)
    assert (report.total.referred, report.total.visited, report.total.median_days) == (2, 1, 10.0)
    assert [t.key for t in report.tutors] == [centre.jonas]
    assert {c.month for c in report.months} == {1, 3, 4}
    assert report.outcomes == [
        OutcomeCount(Outcome.NOT_IN_WORK, at_end=1, at_followup=0),
        OutcomeCount(None, at_end=0, at_followup=1),
    ]


def test_one_employer(services, centre):
    report = services.reports.year_report(ReportFilter(2026, employer_id=centre.rengoering))
    assert sorted((c.tutor_id, c.month, c.minutes) for c in report.months) == sorted(
        [(centre.mette, 2, 120), (centre.jonas, 3, 60), (centre.jonas, 4, 60)]
    )
    assert [e.name for e in report.employers] == ["Rengøring Øst"]
    assert (report.total.started, report.total.ended, report.total.median_days) == (2, 1, 15.0)


def test_a_year_without_work_is_all_zero(services, centre):
    report = services.reports.year_report(ReportFilter(2020))
    assert report.total == GroupFigures(key=None, name=None)
    assert report.tutors == report.employers == report.months == report.outcomes == []


def test_last_year_counts_its_own_referral(services, centre):
    report = services.reports.year_report(ReportFilter(2025))
    # P3: referred 1 Nov 2025, first session 16 Nov: 15 days, not within 14.
    assert (report.total.referred, report.total.visited, report.total.within) == (1, 1, 0)
    assert report.total.median_days == 15.0
    assert (report.total.sessions, report.total.minutes, report.total.started) == (1, 60, 1)


def test_progress_reports_each_step_and_can_cancel(services, centre):
    seen = []
    services.reports.year_report(ReportFilter(2026), lambda done, total: seen.append(done) or True)
    assert seen == list(range(1, len(seen) + 1)) and len(seen) > 5
    with pytest.raises(ReportCancelled):
        services.reports.year_report(ReportFilter(2026), lambda done, total: done < 3)


@pytest.mark.parametrize(
    ("changes", "field"),
    [({"year": 1999}, "year"), ({"year": 2101}, "year"), ({"within_days": 0}, "within_days")],
)
def test_a_bad_filter_is_refused(services, changes, field):
    with pytest.raises(ValidationError) as caught:
        services.reports.year_report(ReportFilter(**{"year": 2026, **changes}))
    assert caught.value.for_field(field) is not None
    code = caught.value.for_field(field).code
    assert code in (ErrorCode.INVALID_CHOICE, ErrorCode.MUST_BE_POSITIVE)


def test_choices_name_the_years_tutors_and_employers(services, centre):
    choices = services.reports.choices()
    assert choices.years == [2026, 2025]
    assert [t.name for t in choices.tutors] == ["Jonas Holm", "Mette Sørensen"]
    assert [e.name for e in choices.employers] == ["Bageriet Nord", "Rengøring Øst"]


def test_choices_of_an_empty_centre_offer_this_year(services):
    choices = services.reports.choices()
    assert choices.years == [2026] and choices.tutors == [] and choices.employers == []


def test_a_tutor_who_only_stood_in_for_a_session_can_be_chosen(services, centre):
    sara = services.users.create(UserInput(name="Sara Lund", login="sara")).id
    placement = services.placements.list(tutor_id=centre.mette).rows[0].id
    services.sessions.create(
        SessionInput(
            placement_id=placement, session_date=date(2026, 5, 4), minutes=30, tutor_id=sara
        )
    )
    assert "Sara Lund" in [t.name for t in services.reports.choices().tutors]
    report = services.reports.year_report(ReportFilter(2026, tutor_id=sara))
    assert (report.total.sessions, report.total.minutes) == (1, 30)
