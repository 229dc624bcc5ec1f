"""Health of a database, as ``mentor-cli check`` reports it: file integrity and broken
references (SQLite), schema version against the program's, and drift from the models."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import Connection, Engine, exc

from mentor_desktop.db.engine import classify, is_sqlite
from mentor_desktop.db.migrate import schema_differences, schema_state
from mentor_desktop.domain.errors import DatabaseError


@dataclass(frozen=True)
class CheckReport:
    backend: str
    revision: str | None
    head: str
    # SQLite's integrity_check messages; empty when the file is sound (or on PostgreSQL).
    damage: list[str] = field(default_factory=list)
    # Tables with rows that point to missing rows (SQLite foreign_key_check).
    broken_references: dict[str, int] = field(default_factory=dict)
    # What the schema lacks or has beyond the models (alembic's comparison).
    differences: list[str] = field(default_factory=list)

    @property
    def is_current(self) -> bool:
        return self.revision == self.head

    @property
    def ok(self) -> bool:
        return (
            self.is_current
            and not self.damage
            and not self.broken_references
            and not self.differences
        )


def check_database(engine: Engine, *, target: str) -> CheckReport:
    """Check the database without changing it. Raises ``DatabaseError`` when it cannot be
    read at all (``UNREACHABLE``, ``LOCKED``, ``CORRUPT``, ``NOT_A_DATABASE``), is newer
    than the program (``TOO_NEW``) or holds another program's tables (``UNKNOWN_SCHEMA``)."""
    try:
        with engine.connect() as connection:
            state = schema_state(connection, target=target)
            damage: list[str] = []
            broken: dict[str, int] = {}
            if is_sqlite(engine.url):
                damage = _integrity(connection)
                if not damage:
                    for row in connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall():
                        broken[row[0]] = broken.get(row[0], 0) + 1
            differences = (
                [_describe_difference(d) for d in schema_differences(connection)]
                if state.is_current and not damage
                else []
            )
            connection.rollback()
    except DatabaseError:
        raise
    except exc.SQLAlchemyError as error:
        raise classify(error, engine.url, target=target) from error
    return CheckReport(
        backend=engine.dialect.name,
        revision=state.current,
        head=state.head,
        damage=damage,
        broken_references=broken,
        differences=differences,
    )


def _integrity(connection: Connection) -> list[str]:
    """SQLite's complaints about the file; empty when it is sound."""
    try:
        rows = connection.exec_driver_sql("PRAGMA integrity_check").fetchall()
    except exc.DatabaseError as error:  # damage bad enough to stop the check itself
        if "malformed" not in str(error).lower():
            raise
        return [str(error.orig)]
    return [row[0] for row in rows if row[0] != "ok"]


def _describe_difference(difference: object) -> str:
    if isinstance(difference, list):
        return "; ".join(_describe_difference(d) for d in difference)[:200]
    if isinstance(difference, tuple) and difference:
        kind = difference[0]
        names = [getattr(part, "name", None) for part in difference[1:]]
        names = [str(name) for name in names if name]
        if isinstance(kind, str):
            return " ".join([kind, *names]) if names else f"{kind} {difference[1:]!r}"[:200]
        return "; ".join(_describe_difference(d) for d in difference)[:200]
    return repr(difference)[:200]
