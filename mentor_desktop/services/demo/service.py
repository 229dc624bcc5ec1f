"""Fills an empty database with a demo centre, for a first look at the program (small) and
for the benchmark (large). One transaction at every size: a cancelled or failed fill leaves
the database as it was."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum

import sqlalchemy as sa

from mentor_desktop.db import models as m
from mentor_desktop.domain.enums import AuditAction
from mentor_desktop.domain.errors import MentorError
from mentor_desktop.services.base import ServiceContext
from mentor_desktop.services.demo.layout import Scale
from mentor_desktop.services.reference import ReferenceService

log = logging.getLogger(__name__)

ENTITY = "demo"
Progress = Callable[[int, int], bool]


class DemoSize(StrEnum):
    SMALL = "small"
    MEDIUM = "medium"
    LARGE = "large"


SCALES: dict[DemoSize, Scale] = {
    # A centre half a year old: what a new user looks at.
    DemoSize.SMALL: Scale(
        learners=40, employers=12, tutors=3, coordinators=1, history_days=183,
        placement_weeks=(8, 20), sites_per_employer=(1, 2), goals_per_learner=(8, 16),
        can_do_per_learner=(2, 4), agreements=2, second_placement_share=0.1,
        full_goal_history=True, chunk_rows=1_000_000,
    ),
    # Two years, a few seconds to fill: for tests of lists and paging.
    DemoSize.MEDIUM: Scale(
        learners=300, employers=40, tutors=6, coordinators=2, history_days=730,
        placement_weeks=(8, 20), sites_per_employer=(1, 3), goals_per_learner=(10, 30),
        can_do_per_learner=(2, 4), agreements=6, second_placement_share=0.1,
        full_goal_history=True, chunk_rows=20_000,
    ),
    # Ten years: 20,000 learners, 2,000 employers, about 400,000 sessions and exactly
    # 2,000,000 vocabulary goals, each with its first history event only.
    DemoSize.LARGE: Scale(
        learners=20_000, employers=2_000, tutors=25, coordinators=3, history_days=3_652,
        placement_weeks=(13, 28), sites_per_employer=(1, 3), goals_per_learner=(100, 100),
        can_do_per_learner=(3, 5), agreements=200, second_placement_share=0.1,
        full_goal_history=False, chunk_rows=50_000,
    ),
}  # fmt: skip


class DemoNotEmptyError(MentorError):
    """The database already holds people: a demo centre goes only into an empty one."""

    def __init__(self, *, learners: int, employers: int, users: int):
        self.learners = learners
        self.employers = employers
        self.users = users
        super().__init__(
            f"database not empty: {learners} learners, {employers} employers, {users} users"
        )


class DemoCancelledError(MentorError):
    """The progress callback asked to stop; nothing was saved."""

    def __init__(self, *, done: int, total: int):
        self.done = done
        self.total = total
        super().__init__(f"demo fill cancelled at {done} of {total}")


@dataclass(frozen=True)
class DemoCounts:
    """What the fill created (rows per kind) and how long it took."""

    size: DemoSize
    seed: int
    centres: int
    users: int
    employers: int
    sites: int
    contacts: int
    agreements: int
    learners: int
    placements: int
    sessions: int
    work_situations: int
    vocabulary_lists: int
    vocabulary_items: int
    glosses: int
    vocabulary_goals: int
    vocabulary_goal_events: int
    can_do_statements: int
    can_do_goals: int
    rows: int
    seconds: float


_COUNTED = {
    "centres": "centre",
    "users": "app_user",
    "employers": "employer",
    "sites": "site",
    "contacts": "contact_person",
    "agreements": "partnership_agreement",
    "learners": "learner",
    "placements": "placement",
    "sessions": "session",
    "work_situations": "work_situation",
    "vocabulary_lists": "vocabulary_list",
    "vocabulary_items": "vocabulary_item",
    "glosses": "gloss",
    "vocabulary_goals": "vocabulary_goal",
    "vocabulary_goal_events": "vocabulary_goal_event",
    "can_do_statements": "can_do_statement",
    "can_do_goals": "can_do_goal",
}


class _Ticker:
    """Counts employers and learners done and reports now and then to ``progress``."""

    def __init__(self, progress: Progress | None, total: int):
        self._progress = progress
        self.total = total
        self.done = 0
        self._every = max(1, total // 200)

    def report(self) -> None:
        if self._progress is not None and self._progress(self.done, self.total) is False:
            raise DemoCancelledError(done=self.done, total=self.total)

    def __call__(self) -> None:
        self.done += 1
        if self.done % self._every == 0:
            self.report()


class DemoService:
    def __init__(self, context: ServiceContext):
        self._context = context

    def database_is_empty(self) -> bool:
        """True when the database has no learners, no employers and no users."""
        with self._context.read() as s:
            return self._is_empty(s.connection())

    def fill(
        self,
        *,
        size: DemoSize = DemoSize.SMALL,
        seed: int = 2026,
        progress: Progress | None = None,
    ) -> DemoCounts:
        """Fill an empty database with a demo centre. The same ``seed`` and the same
        ``context.today()`` give the same centre. ``progress(done, total)`` is called now
        and then (also from a worker thread; it must not touch widgets); when it returns
        False the fill stops. Everything is written in one transaction.

        Raises ``DemoNotEmptyError`` when the database has learners, employers or users,
        ``DemoCancelledError`` when ``progress`` returned False (nothing is saved), and
        ``DatabaseError`` when the database fails."""
        size = DemoSize(size)
        scale = SCALES[size]
        started = time.perf_counter()
        if not self.database_is_empty():
            with self._context.read() as s:
                raise self._not_empty(s.connection())
        # The reference catalogue every database gets; present already when the database
        # was opened through bootstrap.
        ReferenceService(self._context).ensure_reference_data()
        ticker = _Ticker(progress, scale.employers + scale.learners)
        ticker.report()
        with self._context.write() as s:
            connection = s.connection()
            if not self._is_empty(connection):
                raise self._not_empty(connection)
            # Imported here: the generator and its name lists cost start-up time otherwise.
            from mentor_desktop.services.demo.generator import DemoGenerator
            from mentor_desktop.services.demo.writer import BulkWriter

            writer = BulkWriter(connection, chunk_rows=scale.chunk_rows)
            generator = DemoGenerator(
                writer,
                scale,
                seed=seed,
                now=self._context.clock(),
                today=self._context.today(),
                tick=ticker,
            )
            generator.run()
            writer.finish()
            if size is DemoSize.LARGE:
                self._analyze(connection)
            ticker.done = ticker.total
            ticker.report()
            self._context.audit(
                s,
                AuditAction.CREATE,
                ENTITY,
                generator.centre_id or 0,
                sorted(name for name, count in writer.counts.items() if count),
            )
        counts = {key: writer.counts.get(table, 0) for key, table in _COUNTED.items()}
        seconds = time.perf_counter() - started
        log.info("demo centre (%s, seed %d) filled in %.1f s", size.value, seed, seconds)
        return DemoCounts(
            size=size,
            seed=seed,
            rows=sum(writer.counts.values()),
            seconds=seconds,
            **counts,
        )

    @staticmethod
    def _is_empty(connection: sa.Connection) -> bool:
        return all(
            connection.scalar(sa.select(model.id).limit(1)) is None
            for model in (m.Learner, m.Employer, m.User)
        )

    @staticmethod
    def _not_empty(connection: sa.Connection) -> DemoNotEmptyError:
        def count(model: type[m.Base]) -> int:
            return connection.scalar(sa.select(sa.func.count()).select_from(model)) or 0

        return DemoNotEmptyError(
            learners=count(m.Learner), employers=count(m.Employer), users=count(m.User)
        )

    @staticmethod
    def _analyze(connection: sa.Connection) -> None:
        """Fresh planner statistics, so that the first queries on a large centre are fast."""
        if connection.dialect.name == "sqlite":
            connection.exec_driver_sql("PRAGMA analysis_limit = 1000")
            connection.exec_driver_sql("ANALYZE")
            connection.exec_driver_sql("PRAGMA analysis_limit = 0")
        else:
            connection.exec_driver_sql("ANALYZE")
