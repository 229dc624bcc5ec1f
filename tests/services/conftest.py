"""Builders for the records the service tests need, and a snapshot of every table's row
count to prove that a refused call saved nothing."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
import sqlalchemy as sa

from mentor_desktop.bootstrap import Services
from mentor_desktop.db import models as m
from mentor_desktop.domain.enums import PlacementStatus, Role
from mentor_desktop.services.employers import EmployerInput
from mentor_desktop.services.learners import LearnerInput
from mentor_desktop.services.placements import PlacementInput
from mentor_desktop.services.sites import SiteInput
from mentor_desktop.services.users import UserInput

CVR_A = "13585628"  # a valid CVR number (modulus 11)


@pytest.fixture
def snapshot(services: Services) -> Callable[[], dict[str, int]]:
    """Row counts of every table, audit trail included."""

    def take() -> dict[str, int]:
        with services.engine.connect() as connection:
            return {
                table.name: connection.scalar(sa.select(sa.func.count()).select_from(table))
                for table in m.Base.metadata.sorted_tables
            }

    return take


@pytest.fixture
def audit(services: Services) -> Callable[..., list[m.AuditEvent]]:
    """The audit events, oldest first, optionally for one entity."""

    def read(entity: str | None = None) -> list[m.AuditEvent]:
        with services.context.read() as s:
            statement = sa.select(m.AuditEvent).order_by(m.AuditEvent.id)
            if entity is not None:
                statement = statement.where(m.AuditEvent.entity == entity)
            return list(s.scalars(statement))

    return read


@pytest.fixture
def tutor(services: Services) -> int:
    return services.users.create(UserInput(name="Mette Sørensen", login="mette")).id


@pytest.fixture
def employer(services: Services) -> int:
    return services.employers.create(EmployerInput(name="Rengøring Øst ApS", cvr=CVR_A)).id


@pytest.fixture
def site(services: Services, employer: int) -> int:
    return services.sites.create(employer, SiteInput(name="Hovedlager", postcode="2630")).id


@pytest.fixture
def learner(services: Services) -> int:
    return services.learners.create(
        LearnerInput(first_name="Amal", last_name="Haddad", languages=["ar"])
    ).id


@pytest.fixture
def placement(services: Services, learner: int, site: int, tutor: int) -> int:
    return services.placements.create(
        PlacementInput(
            learner_id=learner,
            site_id=site,
            tutor_id=tutor,
            job_title="Rengøringsassistent",
            referral_date=date(2026, 9, 1),
            start_date=date(2026, 9, 14),
            planned_hours=20,
            status=PlacementStatus.ACTIVE,
        )
    ).id


@pytest.fixture
def make_user(services: Services) -> Callable[..., int]:
    def make(login: str, role: Role = Role.TUTOR) -> int:
        return services.users.create(UserInput(name=login.title(), login=login, role=role)).id

    return make
