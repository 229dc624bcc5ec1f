"""Schema versions: upgrade to head (after a backup), refuse a database newer than the
program, and report where a database stands."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine, inspect, text

from mentor_desktop.domain.errors import DatabaseError, DatabaseProblem

log = logging.getLogger(__name__)

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


def alembic_config(connection: Connection | None = None) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


@dataclass(frozen=True)
class SchemaState:
    current: str | None
    head: str
    has_tables: bool

    @property
    def is_current(self) -> bool:
        return self.current == self.head

    @property
    def is_empty(self) -> bool:
        return self.current is None and not self.has_tables


def schema_state(connection: Connection) -> SchemaState:
    """Where the database stands; raises ``DatabaseError(TOO_NEW)`` for a revision this
    program does not know and ``UNKNOWN_SCHEMA`` for tables without a version."""
    script = ScriptDirectory.from_config(alembic_config())
    current = MigrationContext.configure(connection).get_current_revision()
    tables = [t for t in inspect(connection).get_table_names() if t != "alembic_version"]
    state = SchemaState(current, head_revision(), bool(tables))
    if current is not None:
        try:
            script.get_revision(current)
        except Exception as error:  # alembic raises several kinds for an unknown revision
            raise DatabaseError(
                DatabaseProblem.TOO_NEW, target=str(connection.engine.url), detail=current
            ) from error
    elif tables:
        raise DatabaseError(
            DatabaseProblem.UNKNOWN_SCHEMA,
            target=str(connection.engine.url),
            detail=", ".join(sorted(tables)[:5]),
        )
    return state


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Migrate to ``revision`` in one transaction: all or nothing.

    On SQLite foreign keys are off during the migration (batch mode recreates tables, and a
    cascading drop would delete child rows) and checked with ``foreign_key_check`` before
    the commit.
    """
    sqlite = engine.dialect.name == "sqlite"
    with engine.connect() as connection:
        if sqlite:
            # Outside any transaction, where SQLite honours it; no BEGIN is emitted for it.
            _set_foreign_keys(connection, on=False)
        try:
            with connection.begin():
                command.upgrade(alembic_config(connection), revision)
                if sqlite:
                    broken = connection.execute(text("PRAGMA foreign_key_check")).fetchall()
                    if broken:
                        raise DatabaseError(
                            DatabaseProblem.MIGRATION_FAILED,
                            target=str(engine.url),
                            detail=f"foreign key check failed: {broken[:3]}",
                        )
        finally:
            if sqlite:
                _set_foreign_keys(connection, on=True)


def _set_foreign_keys(connection: Connection, *, on: bool) -> None:
    raw = connection.connection.driver_connection
    assert raw is not None
    raw.execute(f"PRAGMA foreign_keys = {'ON' if on else 'OFF'}")
