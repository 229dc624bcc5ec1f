"""The composition root: opens a database (upgrading it after a backup) and wires the
services that the window and the command line share."""

from __future__ import annotations

import logging
from dataclasses import dataclass

from sqlalchemy import Engine
from sqlalchemy.engine import URL

from mentor_desktop.db.engine import describe, make_session_factory, parse_url
from mentor_desktop.db.migrate import open_engine
from mentor_desktop.paths import Paths
from mentor_desktop.services.base import ServiceContext
from mentor_desktop.services.calendar_export import CalendarService
from mentor_desktop.services.can_do import CanDoService
from mentor_desktop.services.centre import CentreService
from mentor_desktop.services.certificates import CertificateService
from mentor_desktop.services.demo import DemoService
from mentor_desktop.services.drafts import DraftService
from mentor_desktop.services.employers import EmployerService
from mentor_desktop.services.feedback import FeedbackService
from mentor_desktop.services.feedback_criteria import FeedbackCriteriaService
from mentor_desktop.services.feedback_documents import FeedbackDocumentService
from mentor_desktop.services.goal_exports import GoalExportService
from mentor_desktop.services.goals import GoalService
from mentor_desktop.services.learners import LearnerService
from mentor_desktop.services.placements import PlacementService
from mentor_desktop.services.reference import ReferenceService
from mentor_desktop.services.reports import ReportService
from mentor_desktop.services.sessions import SessionService
from mentor_desktop.services.sites import AgreementService, ContactService, SiteService
from mentor_desktop.services.today import TodayService
from mentor_desktop.services.tutor_pin import TutorPinService
from mentor_desktop.services.users import UserService
from mentor_desktop.services.vocabulary import VocabularyService
from mentor_desktop.services.vocabulary_transfer import VocabularyTransferService

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
    demo: DemoService
    today: TodayService
    calendar: CalendarService
    drafts: DraftService
    vocabulary: VocabularyService
    vocabulary_transfer: VocabularyTransferService
    goals: GoalService
    can_do: CanDoService
    goal_exports: GoalExportService
    feedback: FeedbackService
    feedback_criteria: FeedbackCriteriaService
    tutor_pin: TutorPinService
    feedback_documents: FeedbackDocumentService
    certificates: CertificateService
    reports: ReportService

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
    goals = GoalService(context)
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
        demo=DemoService(context),
        today=TodayService(context),
        calendar=CalendarService(context),
        drafts=DraftService(context),
        vocabulary=VocabularyService(context),
        vocabulary_transfer=VocabularyTransferService(context),
        goals=goals,
        can_do=CanDoService(context),
        goal_exports=GoalExportService(context, goals),
        feedback=FeedbackService(context),
        feedback_criteria=FeedbackCriteriaService(context),
        tutor_pin=TutorPinService(context),
        feedback_documents=FeedbackDocumentService(
            FeedbackService(context), CentreService(context)
        ),
        certificates=CertificateService(context),
        reports=ReportService(context),
    )
    # Two small reads when the catalogue is complete; writes only into a new database.
    services.reference.ensure_reference_data()
    return services


def open_database(
    raw_url: str | None,
    paths: Paths,
    *,
    migrate: bool = True,
    busy_timeout_ms: int | None = None,
) -> Services:
    """Open the database at ``raw_url`` (default: the SQLite file in the data folder) for
    reading and writing, and bring its schema to this program's version.

    An empty database gets the schema. An older one is backed up first into
    ``paths.backup_dir`` (SQLite: verified online backup, and no upgrade without it;
    PostgreSQL: ``pg_dump`` when installed, else a logged warning, the migration being one
    transaction there) and then upgraded in one transaction. A read-only SQLite file is
    refused even when it needs no upgrade: the program writes, and a save failing later
    would lose what was typed. Raises ``DatabaseError`` naming the problem (``BAD_URL``,
    ``UNREACHABLE``, ``READ_ONLY``, ``LOCKED``, ``NOT_A_DATABASE``, ``CORRUPT``,
    ``TOO_NEW``, ``UNKNOWN_SCHEMA``, ``DISK_FULL``, ...); on error nothing has been changed.
    """
    url = parse_url(raw_url, paths.database_file)
    engine, report = open_engine(
        url, backup_dir=paths.backup_dir, migrate=migrate, busy_timeout_ms=busy_timeout_ms
    )
    if report.changed:
        log.info("Database %s now at %s (backup: %s)", describe(url), report.after, report.backup)
    return build_services(engine, url)
