"""What every service shares: the unit of work, the clock, the acting user, the audit
trail, optimistic locking and paging."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Generic, TypeVar

import sqlalchemy.orm as orm
from sqlalchemy import exc
from sqlalchemy.engine import URL

from mentor_desktop.db import models as m
from mentor_desktop.db.engine import classify
from mentor_desktop.domain.enums import AuditAction
from mentor_desktop.domain.errors import ConflictError, MentorError, NotFoundError

T = TypeVar("T")
M = TypeVar("M", bound=m.Base)

MAX_PAGE = 500


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
        except exc.OperationalError as error:
            raise classify(error, self.url) from error

    @contextmanager
    def read(self) -> Iterator[orm.Session]:
        try:
            with self.session_factory() as session:
                yield session
        except exc.OperationalError as error:
            raise classify(error, self.url) from error

    def audit(
        self,
        session: orm.Session,
        action: AuditAction,
        entity: str,
        entity_id: int,
        fields: Sequence[str] = (),
    ) -> None:
        """Record who did what to which row: ids and field names, never values."""
        session.add(
            m.AuditEvent(
                at=self.clock(),
                user_id=self.user_id,
                action=action,
                entity=entity,
                entity_id=entity_id,
                fields=sorted(fields),
            )
        )


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
