"""Names in Danish order: … X Y Z Æ Ø Å, "aa" as Å, case and other accents aside; in the
lists of learners, employers, placements, sessions and tutors, on both engines."""

from __future__ import annotations

from datetime import date

from mentor_desktop.db.sqlite_functions import danish_compare, danish_key
from mentor_desktop.services.employers import EmployerInput
from mentor_desktop.services.learners import LearnerInput, LearnerSort
from mentor_desktop.services.placements import PlacementInput, PlacementSort
from mentor_desktop.services.sessions import SessionInput, SessionSort
from mentor_desktop.services.sites import SiteInput
from mentor_desktop.services.users import UserInput

DANISH_ORDER = ["Andersen", "ebbesen", "Élise", "Yde", "Zacho", "Æbelø", "Ørsted", "Özil", "Åberg"]


def test_the_key_follows_the_danish_alphabet():
    assert sorted(reversed(DANISH_ORDER), key=danish_key) == DANISH_ORDER
    assert danish_compare("Aagaard", "Zacho") == 1  # "aa" is Å
    assert danish_compare("Müller", "Myrup") == -1  # ü is y
    assert danish_compare("ærø", "Ærø") == 1 and danish_compare("Ærø", "Ærø") == 0


def test_lists_sort_names_in_danish_order(services):
    for n, name in enumerate(reversed(DANISH_ORDER)):
        services.users.create(UserInput(name=name, login=f"user{n}"))
    site_of = {}
    for name in reversed(DANISH_ORDER):
        employer = services.employers.create(EmployerInput(name=name)).id
        site_of[name] = services.sites.create(employer, SiteInput(name="Lager")).id
    for name in reversed(DANISH_ORDER):
        learner = services.learners.create(LearnerInput(first_name="Amal", last_name=name)).id
        placement = services.placements.create(
            PlacementInput(learner_id=learner, site_id=site_of[name])
        ).id
        services.sessions.create(
            SessionInput(placement_id=placement, session_date=date(2026, 11, 2), minutes=60)
        )

    learners = services.learners.list(sort=LearnerSort.NAME).rows
    assert [r.last_name for r in learners] == DANISH_ORDER
    assert [r.name for r in services.employers.list().rows] == DANISH_ORDER
    assert [r.name for r in services.users.list().rows] == DANISH_ORDER
    placements = services.placements.list(sort=PlacementSort.EMPLOYER).rows
    assert [r.employer_name for r in placements] == DANISH_ORDER
    placements = services.placements.list(sort=PlacementSort.LEARNER, descending=True).rows
    assert [r.learner_name for r in placements] == [f"Amal {n}" for n in reversed(DANISH_ORDER)]
    sessions = services.sessions.list(sort=SessionSort.LEARNER, descending=False).rows
    assert [r.learner_name for r in sessions] == [f"Amal {n}" for n in DANISH_ORDER]
    sessions = services.sessions.list(sort=SessionSort.EMPLOYER, descending=False).rows
    assert [r.employer_name for r in sessions] == DANISH_ORDER
