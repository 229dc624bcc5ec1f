"""What every service shares: the unit of work, the clock, the acting user, the audit
trail, optimistic locking and paging."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any, Generic, TypeVar, cast

import sqlalchemy as sa
import sqlalchemy.orm as orm
from sqlalchemy import exc
from sqlalchemy.engine import URL

from mentor_desktop.db import models as m
from mentor_desktop.db import sqlite_functions
from mentor_desktop.db.engine import classify
from mentor_desktop.domain.enums import AuditAction
from mentor_desktop.domain.errors import ConflictError, ErrorCode, MentorError, NotFoundError
from mentor_desktop.domain.validation import Checker

T = TypeVar("T")
M = TypeVar("M", bound=m.Base)

MAX_PAGE = 500
# Shorter queries match the start of a word: a trigram index cannot serve them.
FTS_MIN_CHARS = 3


def system_clock() -> datetime:
    return datetime.now(UTC)


@dataclass
class ServiceContext:
    """Shared by all services of one open database."""

    session_factory: orm.sessionmaker[orm.Session]
    url: URL
    clock: Callable[[], datetime] = system_clock
    user_id: int | None = None

    def today(self) -> date:
        return self.clock().astimezone().date()

    def local_now(self) -> datetime:
        """The clock's time in the computer's time zone, naive: what a tutor calls "now"."""
        return self.clock().astimezone().replace(tzinfo=None)

    @contextmanager
    def write(self) -> Iterator[orm.Session]:
        """One unit of work: commits on success, rolls back on any error. Stale writes
        become ``ConflictError``; driver failures become ``DatabaseError``."""
        try:
            with self.session_factory.begin() as session:
                yield session
        except orm.exc.StaleDataError as error:
            raise ConflictError("unknown", 0, 0, 0) from error
        except MentorError:
            raise
        except exc.IntegrityError:
            raise
        except exc.DBAPIError as error:
            raise classify(error, self.url) from error

    @contextmanager
    def read(self) -> Iterator[orm.Session]:
        """A session for reading; driver failures become ``DatabaseError``."""
        try:
            with self.session_factory() as session:
                yield session
        except exc.DBAPIError as error:
            raise classify(error, self.url) from error

    def audit(
        self,
        session: orm.Session,
        action: AuditAction,
        entity: str,
        entity_id: int,
        fields: Sequence[str] = (),
    ) -> None:
        """Record who did what to which row: ids and field names, never values. Written at
        once, by a plain INSERT (after the session's pending changes)."""
        session.execute(
            _AUDIT_INSERT,
            {
                "at": self.clock(),
                "user_id": self.user_id,
                "action": action,
                "entity": entity,
                "entity_id": entity_id,
                "fields": sorted(fields),
            },
        )


_AUDIT_INSERT = sa.insert(cast(sa.Table, m.AuditEvent.__table__))


@dataclass(frozen=True)
class Page(Generic[T]):
    rows: list[T]
    offset: int
    total: int


def get_or_raise(session: orm.Session, model: type[M], entity_id: int) -> M:
    row = session.get(model, entity_id)
    if row is None:
        raise NotFoundError(model.__tablename__, entity_id)
    return row


def check_version(row: m.Base, entity: str, entity_id: int, expected: int | None) -> None:
    """Raise ``ConflictError`` if the row changed since the caller read ``expected``."""
    actual = row.version  # type: ignore[attr-defined]
    if expected is not None and actual != expected:
        raise ConflictError(entity, entity_id, expected, actual)


def changed_fields(row: m.Base, values: dict[str, object]) -> list[str]:
    """Set ``values`` on ``row``; return the names of the fields that really changed."""
    changed = []
    for name, value in values.items():
        if getattr(row, name) != value:
            setattr(row, name, value)
            changed.append(name)
    return changed


def clamp_page(offset: int, limit: int) -> tuple[int, int]:
    return max(0, offset), max(1, min(limit, MAX_PAGE))


def like_escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def normalise_query(query: str) -> str:
    """The search box's text as compared with ``search_text``: casefolded, single spaces."""
    return " ".join(query.split()).casefold()


def search_condition(
    s: orm.Session,
    query: str,
    *,
    search_column: orm.InstrumentedAttribute[str],
    id_column: orm.InstrumentedAttribute[int],
    fts_table: str,
) -> sa.ColumnElement[bool] | None:
    """A filter for rows whose casefolded ``search_text`` contains ``query``: through the FTS5
    trigram table ``fts_table`` on SQLite, through LIKE (served by the pg_trgm index) on
    PostgreSQL. One or two characters match the start of a word. ``None`` for an empty
    query. Wildcards and quotes in the query are matched literally."""
    needle = normalise_query(query)
    if not needle:
        return None
    if len(needle) < FTS_MIN_CHARS:
        prefix = like_escape(needle)
        return sa.or_(
            search_column.like(f"{prefix}%", escape="\\"),
            search_column.like(f"% {prefix}%", escape="\\"),
        )
    if s.get_bind().dialect.name == "sqlite":
        phrase = '"' + needle.replace('"', '""') + '"'
        return id_column.in_(
            sa.select(sa.column("rowid"))
            .select_from(sa.table(fts_table))
            # A bind name of its own: one query may search two tables for different text.
            .where(
                sa.text(f"{fts_table} MATCH :phrase").bindparams(
                    sa.bindparam("phrase", phrase, unique=True)
                )
            )
        )
    return search_column.like(f"%{like_escape(needle)}%", escape="\\")


def contains_condition(
    s: orm.Session, column: orm.InstrumentedAttribute[str], query: str
) -> sa.ColumnElement[bool] | None:
    """A filter for rows whose ``column`` contains ``query`` whatever the case, Danish
    letters included; ``None`` for an empty query. It reads every row: for short tables
    (sites) only."""
    needle = normalise_query(query)
    if not needle:
        return None
    sqlite = s.get_bind().dialect.name == "sqlite"
    folded = sa.func.casefold(column) if sqlite else sa.func.lower(column)
    return folded.like(f"%{like_escape(needle)}%", escape="\\")


# The ICU collation of Danish on a PostgreSQL server built with ICU; the server's own
# collation is used where it has none.
PG_DANISH = "da-x-icu"
_danish_collations: dict[str, str | None] = {}


def danish_order(s: orm.Session, column: Any) -> Any:
    """``column`` ordered as Danish orders names: … X Y Z Æ Ø Å, case and accents aside
    (SQLite: the program's collation on every connection; PostgreSQL: ICU's)."""
    bind = s.get_bind()
    key = bind.engine.url.render_as_string(hide_password=True)
    if key not in _danish_collations:
        if bind.dialect.name == "sqlite":
            _danish_collations[key] = sqlite_functions.DANISH
        else:
            found = s.scalar(
                sa.text("SELECT count(*) FROM pg_collation WHERE collname = :name"),
                {"name": PG_DANISH},
            )
            _danish_collations[key] = PG_DANISH if found else None
    collation = _danish_collations[key]
    return column.collate(collation) if collation else column


def require_reference(
    s: orm.Session,
    check: Checker,
    field: str,
    model: type[M],
    entity_id: int | None,
    *,
    allow_archived: bool = False,
) -> M | None:
    """The row that the input's ``field`` points at. Adds REQUIRED, NOT_FOUND or ARCHIVED
    to ``check`` (an archived row is allowed when ``allow_archived``)."""
    if entity_id is None:
        check.add(field, ErrorCode.REQUIRED)
        return None
    row = s.get(model, entity_id)
    if row is None:
        check.add(field, ErrorCode.NOT_FOUND, value=entity_id)
        return None
    if not allow_archived and getattr(row, "archived_at", None) is not None:
        check.add(field, ErrorCode.ARCHIVED, value=entity_id)
    return row


def count(s: orm.Session, statement: sa.Select[tuple[int]]) -> int:
    """The number of rows ``statement`` would return."""
    return s.scalar(sa.select(sa.func.count()).select_from(statement.subquery())) or 0


def apply_archived(
    context: ServiceContext, s: orm.Session, row: m.Base, entity: str, *, archived: bool
) -> None:
    """Archive or restore ``row`` (a model with ``archived_at``), with its audit event; a row
    already in that state is left alone."""
    if (row.archived_at is not None) != archived:  # type: ignore[attr-defined]
        row.archived_at = context.clock() if archived else None  # type: ignore[attr-defined]
        action = AuditAction.ARCHIVE if archived else AuditAction.RESTORE
        context.audit(s, action, entity, row.id, ["archived_at"])  # type: ignore[attr-defined]
        s.flush()
