"""Data for the UI tests, made through the services; placements and sessions are written
straight to the tables until their screens exist."""

from __future__ import annotations

from datetime import date

from mentor_desktop.bootstrap import Services
from mentor_desktop.db import models as m
from mentor_desktop.domain.enums import Attendance, CefrLevel, PlacementStatus, Role, Sector
from mentor_desktop.services.learners import LearnerDetail, LearnerInput


def add_learner(services: Services, first: str, last: str, **fields) -> LearnerDetail:
    return services.learners.create(LearnerInput(first_name=first, last_name=last, **fields))


def add_amal_with_sessions(services: Services) -> LearnerDetail:
    """Amal Haddad, Arabic and English, placed at Bageriet Nord with 3 sessions of 60 minutes."""
    learner = add_learner(
        services,
        "Amal",
        "Haddad",
        languages=["ar", "en"],
        case_reference="JC-2026-17",
        level_speaking=CefrLevel.A2,
    )
    with services.context.write() as s:
        tutor = m.User(name="Mette Sørensen", login="mette", role=Role.TUTOR)
        employer = m.Employer(name="Bageriet Nord", sector=Sector.KITCHEN)
        site = m.Site(employer=employer, name="Produktion Aalborg")
        s.add_all([tutor, employer, site])
        s.flush()
        placement = m.Placement(
            learner_id=learner.id,
            site_id=site.id,
            tutor_id=tutor.id,
            job_title="Bagerimedhjælper",
            start_date=date(2026, 9, 1),
            status=PlacementStatus.ACTIVE,
        )
        s.add(placement)
        s.flush()
        for day in (2, 9, 16):
            s.add(
                m.Session(
                    placement_id=placement.id,
                    tutor_id=tutor.id,
                    session_date=date(2026, 9, day),
                    minutes=60,
                    attendance=Attendance.ATTENDED,
                )
            )
    return services.learners.get(learner.id)
