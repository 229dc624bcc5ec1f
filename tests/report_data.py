"""A small centre for the report tests, whose every figure is counted by hand."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from mentor_desktop.bootstrap import Services
from mentor_desktop.db import models as m
from mentor_desktop.domain.enums import Attendance, Outcome, PlacementStatus, Role
from mentor_desktop.services.learners import LearnerInput
from mentor_desktop.services.sessions import SessionInput


@dataclass
class Centre:
    mette: int
    jonas: int
    bageriet: int
    rengoering: int


def _placement(s, learner, site, tutor, status, **dates) -> int:
    row = m.Placement(learner_id=learner, site_id=site, tutor_id=tutor, status=status, **dates)
    s.add(row)
    s.flush()
    return row.id


def build_centre(services: Services) -> Centre:
    """Two tutors, two employers, four learners, five placements:

    P1 Amal at Bageriet, Mette: referred 5 Jan 2026, visited 10 Jan (5 days), active.
    P2 Bilal at Rengøring, Mette: referred 1 Feb, visited 21 Feb (20 days), completed 30 Jun,
       in work at the end, in education at follow-up.
    P3 Chen at Bageriet, Jonas: referred and started 2025, cancelled 31 Mar 2026, not in work.
    P4 Dina at Rengøring, Jonas: referred 1 Mar 2026, never visited.
    P5 Amal at Rengøring, Jonas: referred 1 Apr, visited 11 Apr (10 days), active.
    """
    learners = [
        services.learners.create(LearnerInput(first_name=f, last_name="Test")).id
        for f in ("Amal", "Bilal", "Chen", "Dina")
    ]
    with services.context.write() as s:
        mette = m.User(name="Mette Sørensen", login="mette", role=Role.TUTOR)
        jonas = m.User(name="Jonas Holm", login="jonas", role=Role.TUTOR)
        bageriet = m.Employer(name="Bageriet Nord")
        rengoering = m.Employer(name="Rengøring Øst")
        s.add_all([mette, jonas, bageriet, rengoering])
        s.flush()
        site_a = m.Site(employer_id=bageriet.id, name="Bageriet")
        site_b = m.Site(employer_id=rengoering.id, name="Lager")
        s.add_all([site_a, site_b])
        s.flush()
        amal, bilal, chen, dina = learners
        a = PlacementStatus.ACTIVE
        p1 = _placement(
            s, amal, site_a.id, mette.id, a,
            referral_date=date(2026, 1, 5), start_date=date(2026, 1, 12),
        )  # fmt: skip
        p2 = _placement(
            s, bilal, site_b.id, mette.id, PlacementStatus.COMPLETED,
            referral_date=date(2026, 2, 1), start_date=date(2026, 2, 20),
            end_date=date(2026, 6, 30), outcome=Outcome.IN_WORK,
            followup_outcome=Outcome.EDUCATION,
        )  # fmt: skip
        p3 = _placement(
            s, chen, site_a.id, jonas.id, PlacementStatus.CANCELLED,
            referral_date=date(2025, 11, 1), start_date=date(2025, 11, 15),
            end_date=date(2026, 3, 31), outcome=Outcome.NOT_IN_WORK,
        )  # fmt: skip
        _placement(s, dina, site_b.id, jonas.id, PlacementStatus.REFERRED,
                   referral_date=date(2026, 3, 1))  # fmt: skip
        p5 = _placement(
            s, amal, site_b.id, jonas.id, a,
            referral_date=date(2026, 4, 1), start_date=date(2026, 4, 10),
        )  # fmt: skip
        ids = Centre(mette.id, jonas.id, bageriet.id, rengoering.id)
    for placement, day, minutes, tutor, attendance in [
        (p1, date(2026, 1, 10), 60, None, Attendance.ATTENDED),
        (p1, date(2026, 1, 20), 90, None, Attendance.ATTENDED),
        (p1, date(2026, 2, 3), 45, None, Attendance.ATTENDED),
        (p1, date(2026, 2, 10), 60, None, Attendance.LEARNER_ABSENT),
        (p2, date(2026, 2, 21), 120, None, Attendance.ATTENDED),
        (p2, date(2026, 3, 5), 60, ids.jonas, Attendance.ATTENDED),
        (p3, date(2025, 11, 16), 60, None, Attendance.ATTENDED),
        (p3, date(2026, 1, 15), 30, None, Attendance.ATTENDED),
        (p5, date(2026, 4, 11), 60, None, Attendance.ATTENDED),
    ]:
        services.sessions.create(
            SessionInput(
                placement_id=placement,
                session_date=day,
                minutes=minutes,
                tutor_id=tutor,
                attendance=attendance,
            )
        )
    return ids
