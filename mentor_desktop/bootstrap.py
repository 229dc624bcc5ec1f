"""The composition root: opens a database (upgrading it after a backup) and wires the
services that the window and the command line share."""

from __future__ import annotations

import logging
from dataclasses import dataclass

from sqlalchemy import Engine, exc
from sqlalchemy.engine import URL

from mentor_desktop.db.engine import classify, describe, make_engine, make_session_factory, parse_url
from mentor_desktop.db.migrate import schema_state, upgrade
from mentor_desktop.domain.errors import DatabaseError, DatabaseProblem
from mentor_desktop.paths import Paths
from mentor_desktop.services.base import ServiceContext
from mentor_desktop.services.centre import CentreService
from mentor_desktop.services.employers import EmployerService
from mentor_desktop.services.learners import LearnerService
from mentor_desktop.services.placements import PlacementService
from mentor_desktop.services.reference import ReferenceService
from mentor_desktop.services.sessions import SessionService
from mentor_desktop.services.sites import AgreementService, ContactService, SiteService
from mentor_desktop.services.users import UserService

log = logging.getLogger(__name__)


@dataclass
class Services:
    """Everything the window and the command line need, for one open database."""

    engine: Engine
    context: ServiceContext
    learners: LearnerService
    employers: EmployerService
    sites: SiteService
    contacts: ContactService
    agreements: AgreementService
    placements: PlacementService
    sessions: SessionService
    reference: ReferenceService
    centre: CentreService
    users: UserService

    @property
    def url(self) -> URL:
        return self.context.url

    @property
    def description(self) -> str:
        return describe(self.context.url)

    def close(self) -> None:
        self.engine.dispose()


def build_services(engine: Engine, url: URL) -> Services:
    context = ServiceContext(session_factory=make_session_factory(engine), url=url)
    services = Services(
        engine=engine,
        context=context,
        learners=LearnerService(context),
        employers=EmployerService(context),
        sites=SiteService(context),
        contacts=ContactService(context),
        agreements=AgreementService(context),
        placements=PlacementService(context),
        sessions=SessionService(context),
        reference=ReferenceService(context),
        centre=CentreService(context),
        users=UserService(context),
    )
    # Two small reads when the catalogue is complete; writes only into a new database.
    services.reference.ensure_reference_data()
    return services


def open_database(raw_url: str | None, paths: Paths, *, migrate: bool = True) -> Services:
    """Open the database at ``raw_url`` (default: the SQLite file in the data folder) and
    bring its schema to this program's version. Raises ``DatabaseError`` naming the problem;
    on error nothing has been changed."""
    url = parse_url(raw_url, paths.database_file)
    if url.get_backend_name() == "sqlite":
        paths.data_dir.mkdir(parents=True, exist_ok=True)
        from pathlib import Path

        Path(str(url.database)).parent.mkdir(parents=True, exist_ok=True)
    engine = make_engine(url)
    try:
        with engine.connect() as connection:
            state = schema_state(connection)
        if not state.is_current:
            if not migrate:
                raise DatabaseError(DatabaseProblem.UNKNOWN_SCHEMA, target=describe(url))
            upgrade(engine)
    except DatabaseError:
        engine.dispose()
        raise
    except exc.SQLAlchemyError as error:
        engine.dispose()
        raise classify(error, url) from error
    return build_services(engine, url)
