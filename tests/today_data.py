"""A tutor's caseload on Friday 2026-11-27 (the tests' ``NOW``), made through the services,
for the Today and calendar tests: every reason for attention, planned and recent visits, and
a second tutor whose work a tutor must not see."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, time

from mentor_desktop.bootstrap import Services
from mentor_desktop.domain.enums import Attendance, PlacementStatus, Role
from mentor_desktop.services.employers import EmployerInput
from mentor_desktop.services.learners import LearnerInput
from mentor_desktop.services.placements import PlacementInput
from mentor_desktop.services.sessions import SessionInput
from mentor_desktop.services.sites import SiteInput
from mentor_desktop.services.users import UserInput


@dataclass
class Caseload:
    mette: int
    jonas: int
    coordinator: int
    site: int
    placements: dict[str, int] = field(default_factory=dict)
    sessions: dict[str, int] = field(default_factory=dict)


def build_caseload(services: Services) -> Caseload:
    """Mette's placements, by learner first name:

    - Amal: running, referred 2026-11-01, never visited (26 days since referral).
    - Olena: running, last visit 2026-11-10 (17 days without a session).
    - Tesfay: running, visited 2026-11-20, ends 2026-12-05 (in 8 days); a planned visit on
      2026-11-24 that was never logged.
    - Hamid: running, visited 2026-11-25; planned visits today 10:00 and 2026-12-02 08:30.
    - Fatima: running, last visit exactly 14 days ago (2026-11-13).
    - Ewa: completed, archived placement without visits: never needs attention.

    Jonas's placement (Yusuf): referred 2026-11-20, a planned visit on 2026-11-30.
    """
    users = services.users
    mette = users.create(UserInput(name="Mette Sørensen", login="mette")).id
    jonas = users.create(UserInput(name="Jonas Berg", login="jonas")).id
    coordinator = users.create(
        UserInput(name="Karen Holm", login="karen", role=Role.COORDINATOR)
    ).id
    employer = services.employers.create(EmployerInput(name="Bageriet Nord")).id
    site = services.sites.create(
        employer,
        SiteInput(name="Produktion", street="Havnegade 3", postcode="9000", city="Aalborg"),
    ).id
    caseload = Caseload(mette=mette, jonas=jonas, coordinator=coordinator, site=site)

    def placement(first: str, last: str, tutor: int, **data) -> int:
        learner = services.learners.create(LearnerInput(first_name=first, last_name=last)).id
        fields = {
            "referral_date": date(2026, 8, 1),
            "start_date": date(2026, 8, 15),
            "status": PlacementStatus.ACTIVE,
            **data,
        }
        created = services.placements.create(
            PlacementInput(learner_id=learner, site_id=site, tutor_id=tutor, **fields)
        )
        caseload.placements[first] = created.id
        return created.id

    def session(key: str, placement_id: int, day: date, **data) -> None:
        fields = {"minutes": 60, "attendance": Attendance.ATTENDED, **data}
        caseload.sessions[key] = services.sessions.create(
            SessionInput(placement_id=placement_id, session_date=day, **fields)
        ).id

    placement("Amal", "Haddad", mette, referral_date=date(2026, 11, 1), start_date=None)
    olena = placement("Olena", "Kovalenko", mette)
    session("olena", olena, date(2026, 11, 10))
    tesfay = placement("Tesfay", "Gebremedhin", mette, end_date=date(2026, 12, 5))
    session("tesfay", tesfay, date(2026, 11, 20), start_time=time(9, 0))
    session(
        "tesfay_unlogged",
        tesfay,
        date(2026, 11, 24),
        start_time=time(13, 0),
        attendance=Attendance.PLANNED,
    )
    hamid = placement("Hamid", "Rahimi", mette, end_date=date(2027, 3, 1))
    session("hamid", hamid, date(2026, 11, 25), start_time=time(8, 0), minutes=90)
    session(
        "hamid_today",
        hamid,
        date(2026, 11, 27),
        start_time=time(10, 0),
        minutes=45,
        attendance=Attendance.PLANNED,
    )
    session(
        "hamid_next",
        hamid,
        date(2026, 12, 2),
        start_time=time(8, 30),
        minutes=60,
        attendance=Attendance.PLANNED,
    )
    fatima = placement("Fatima", "Ali", mette)
    session("fatima", fatima, date(2026, 11, 13))
    ewa = placement(
        "Ewa",
        "Nowak",
        mette,
        end_date=date(2026, 11, 30),
        status=PlacementStatus.ACTIVE,
    )
    detail = services.placements.get(ewa)
    services.placements.archive(ewa, expected_version=detail.version)
    yusuf = placement(
        "Yusuf",
        "Warsame",
        jonas,
        referral_date=date(2026, 11, 20),
        start_date=None,
        status=PlacementStatus.REFERRED,
    )
    session(
        "yusuf_planned",
        yusuf,
        date(2026, 11, 30),
        start_time=time(14, 0),
        attendance=Attendance.PLANNED,
    )
    return caseload
