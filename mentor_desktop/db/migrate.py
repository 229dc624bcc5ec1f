"""Schema versions: upgrade to head (after a backup), refuse a database newer than the
program, report where a database stands, and compare it with the models."""

from __future__ import annotations

import ast
import logging
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, Engine, exc, inspect, text
from sqlalchemy.engine import URL

from mentor_desktop.db.engine import (
    PG_CONNECT_TIMEOUT_S,
    check_sqlite_file,
    classify,
    describe,
    is_sqlite,
    make_engine,
    use_wal,
)
from mentor_desktop.domain.errors import DatabaseError, DatabaseProblem

if TYPE_CHECKING:
    from alembic.config import Config

# Alembic (about 0.2 s to import) is loaded only when a database is not at the program's
# schema, or for the tools that compare and migrate: an everyday start checks the version
# with a plain query (``quick_head_revision``, ``prepare_schema``).

log = logging.getLogger(__name__)

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
# pg_advisory_xact_lock key: two copies of the program starting at once migrate one by one.
PG_MIGRATION_LOCK = 7_314_159_265

# Called inside the migration's transaction, before anything changes, with the connection
# and the revision the database is at; returns where the backup went (or None).
BackupHook = Callable[[Connection, str], Path | None]


def alembic_config(
    connection: Connection | None = None, script_location: Path | None = None
) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(script_location or MIGRATIONS_DIR))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def head_revision(script_location: Path | None = None) -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config(None, script_location)).get_current_head()
    assert head is not None
    return head


def include_object(
    obj: Any, name: str | None, type_: str, reflected: bool, compare_to: Any
) -> bool:
    """Leave out indexes that live outside the models: search indexes (FTS5 tables, pg_trgm
    indexes) and PostgreSQL-only indexes (``ix_pg_``) for orders SQLite serves from the
    models' own."""
    if type_ == "table" and name and (name.endswith("_fts") or "_fts_" in name):
        return False
    if type_ == "index" and name and name.startswith(("ix_trgm_", "ix_pg_")):
        return False
    return True


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


def schema_state(
    connection: Connection, *, target: str = "", script_location: Path | None = None
) -> SchemaState:
    """Where the database stands; raises ``DatabaseError(TOO_NEW)`` for a revision this
    program does not know and ``UNKNOWN_SCHEMA`` for tables without a version."""
    from alembic.runtime.migration import MigrationContext
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config(None, script_location))
    target = target or describe(connection.engine.url)
    current = MigrationContext.configure(connection).get_current_revision()
    tables = [t for t in inspect(connection).get_table_names() if t != "alembic_version"]
    state = SchemaState(current, head_revision(script_location), bool(tables))
    if current is not None:
        try:
            script.get_revision(current)
        except Exception as error:  # alembic raises several kinds for an unknown revision
            raise DatabaseError(DatabaseProblem.TOO_NEW, target=target, detail=current) from error
    elif tables:
        raise DatabaseError(
            DatabaseProblem.UNKNOWN_SCHEMA, target=target, detail=", ".join(sorted(tables)[:5])
        )
    return state


def quick_head_revision(script_location: Path | None = None) -> str | None:
    """The head revision read from the migration files without importing alembic: the one
    revision that no other revises. ``None`` when the files say anything less plain (a
    merge, a branch, a revision not written as a string), for alembic to work out."""
    return _quick_head(script_location or MIGRATIONS_DIR)


@cache
def _quick_head(script_location: Path) -> str | None:
    revisions: set[str] = set()
    revised: set[str] = set()
    for path in (script_location / "versions").glob("*.py"):
        values: dict[str, object] = {}
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            if (
                isinstance(node, ast.Assign)
                and len(node.targets) == 1
                and isinstance(node.targets[0], ast.Name)
                and node.targets[0].id in ("revision", "down_revision")
                and isinstance(node.value, ast.Constant)
            ):
                values[node.targets[0].id] = node.value.value
        revision, down = values.get("revision"), values.get("down_revision", "")
        if not isinstance(revision, str) or not (down is None or isinstance(down, str)):
            return None
        revisions.add(revision)
        if down is not None:
            revised.add(down)
    heads = revisions - revised
    return heads.pop() if len(heads) == 1 else None


def _current_schema_state(
    connection: Connection, script_location: Path | None
) -> SchemaState | None:
    """The schema state of a database at head, found with a plain query; ``None`` when the
    database is anywhere else (empty, older, newer, unknown): ``schema_state`` tells then."""
    head = quick_head_revision(script_location)
    if head is None or not inspect(connection).has_table("alembic_version"):
        return None
    versions = connection.execute(text("SELECT version_num FROM alembic_version")).scalars()
    if list(versions) != [head]:
        return None
    return SchemaState(head, head, True)


@dataclass(frozen=True)
class MigrationReport:
    """What bringing a database to the program's schema did."""

    before: str | None
    after: str | None
    backup: Path | None = None

    @property
    def changed(self) -> bool:
        return self.before != self.after

    @property
    def created(self) -> bool:
        return self.before is None and self.after is not None


def open_engine(
    url: URL,
    *,
    backup_dir: Path,
    migrate: bool = True,
    busy_timeout_ms: int | None = None,
    connect_timeout_s: int = PG_CONNECT_TIMEOUT_S,
    script_location: Path | None = None,
) -> tuple[Engine, MigrationReport]:
    """An engine on ``url`` with the schema at head (see ``prepare_schema``); an older
    database is backed up into ``backup_dir`` first (see ``backup_before_upgrade``).
    Raises ``DatabaseError`` naming the problem; on error nothing has been changed."""
    from mentor_desktop.db.backup import backup_before_upgrade

    target = describe(url)
    if is_sqlite(url):
        check_sqlite_file(url, writable=True, create=migrate)
    engine = make_engine(url, busy_timeout_ms=busy_timeout_ms, connect_timeout_s=connect_timeout_s)
    try:
        report = prepare_schema(
            engine,
            target=target,
            migrate=migrate,
            backup=backup_before_upgrade(url, backup_dir),
            script_location=script_location,
        )
    except BaseException:
        engine.dispose()
        raise
    return engine, report


def prepare_schema(
    engine: Engine,
    *,
    target: str,
    migrate: bool = True,
    backup: BackupHook | None = None,
    script_location: Path | None = None,
) -> MigrationReport:
    """Bring the database to head: create the schema in an empty database, upgrade an older
    one (calling ``backup`` first, under the migration's lock), leave a current one alone.

    Raises ``DatabaseError``: ``TOO_NEW``, ``UNKNOWN_SCHEMA``, ``MIGRATION_FAILED``, the
    driver's problems (``LOCKED``, ``CORRUPT``, ...), and whatever ``backup`` raises. On
    error the database is as it was.
    """
    try:
        with engine.connect() as connection:
            state = _current_schema_state(connection, script_location) or schema_state(
                connection, target=target, script_location=script_location
            )
    except exc.SQLAlchemyError as error:
        raise classify(error, engine.url, target=target) from error
    if state.is_current:
        report = MigrationReport(state.current, state.current)
    elif not migrate:
        raise DatabaseError(
            DatabaseProblem.UNKNOWN_SCHEMA,
            target=target,
            detail=f"at {state.current or 'no'} revision, the program needs {state.head}",
        )
    else:
        report = upgrade(engine, target=target, backup=backup, script_location=script_location)
    if is_sqlite(engine.url):
        # Only now that the file is the program's own and at its schema: the journal mode
        # is written into the file.
        try:
            use_wal(engine)
        except exc.SQLAlchemyError as error:
            raise classify(error, engine.url, target=target) from error
    return report


def upgrade(
    engine: Engine,
    revision: str = "head",
    *,
    target: str = "",
    script_location: Path | None = None,
    backup: BackupHook | None = None,
) -> MigrationReport:
    """Migrate to ``revision`` in one transaction: all or nothing.

    On SQLite foreign keys are off during the migration (batch mode recreates tables, and a
    cascading drop would delete child rows) and checked with ``foreign_key_check`` before
    the commit; the transaction takes the write lock at once (``BEGIN IMMEDIATE``). On
    PostgreSQL an advisory lock makes a second copy wait and then find nothing to do.
    """
    from alembic import command

    return _migrate(
        engine,
        lambda config: command.upgrade(config, revision),
        target=target,
        script_location=script_location,
        backup=backup,
    )


def downgrade(
    engine: Engine, revision: str, *, target: str = "", script_location: Path | None = None
) -> MigrationReport:
    """Migrate back to ``revision`` (``"base"``: an empty database), all or nothing."""
    from alembic import command

    return _migrate(
        engine,
        lambda config: command.downgrade(config, revision),
        target=target,
        script_location=script_location,
        backup=None,
    )


def _migrate(
    engine: Engine,
    step: Callable[[Config], None],
    *,
    target: str,
    script_location: Path | None,
    backup: BackupHook | None,
) -> MigrationReport:
    from alembic.runtime.migration import MigrationContext

    sqlite = is_sqlite(engine.url)
    target = target or describe(engine.url)
    backup_path = None
    try:
        with engine.connect() as connection:
            if sqlite:
                # Outside any transaction, where SQLite honours it; no BEGIN is emitted for it.
                _set_foreign_keys(connection, on=False)
            try:
                connection.execution_options(sqlite_begin="IMMEDIATE")
                with connection.begin():
                    if not sqlite:
                        connection.execute(
                            text("SELECT pg_advisory_xact_lock(:key)"), {"key": PG_MIGRATION_LOCK}
                        )
                    before = schema_state(
                        connection, target=target, script_location=script_location
                    ).current
                    if backup is not None and before is not None:
                        backup_path = backup(connection, before)
                    step(alembic_config(connection, script_location))
                    if sqlite:
                        _check_foreign_keys(connection, target)
                    after = MigrationContext.configure(connection).get_current_revision()
            finally:
                if sqlite:
                    _restore_foreign_keys(connection)
    except DatabaseError:
        raise
    except exc.DBAPIError as error:
        problem = classify(error, engine.url, target=target)
        if problem.problem == DatabaseProblem.OTHER:
            log.exception("Migration of %s failed", target)
            problem = DatabaseError(
                DatabaseProblem.MIGRATION_FAILED, target=target, detail=problem.detail
            )
        raise problem from error
    except Exception as error:
        log.exception("Migration of %s failed", target)
        raise DatabaseError(
            DatabaseProblem.MIGRATION_FAILED, target=target, detail=str(error)[:300]
        ) from error
    if before != after:
        log.info("Migrated %s from %s to %s", target, before or "empty", after or "empty")
    return MigrationReport(before, after, backup_path)


def _check_foreign_keys(connection: Connection, target: str) -> None:
    broken = connection.execute(text("PRAGMA foreign_key_check")).fetchall()
    if broken:
        tables = sorted({row[0] for row in broken})
        raise DatabaseError(
            DatabaseProblem.MIGRATION_FAILED,
            target=target,
            detail=f"{len(broken)} broken references in {', '.join(tables)}",
        )


def _set_foreign_keys(connection: Connection, *, on: bool) -> None:
    raw = connection.connection.driver_connection
    assert raw is not None
    raw.execute(f"PRAGMA foreign_keys = {'ON' if on else 'OFF'}")


def _restore_foreign_keys(connection: Connection) -> None:
    try:
        _set_foreign_keys(connection, on=True)
    except Exception:
        # The connection is broken; drop it rather than pool it without foreign keys.
        log.warning("Could not switch foreign keys back on; discarding the connection")
        connection.invalidate()


def schema_differences(connection: Connection) -> list[Any]:
    """What alembic's autogenerate would change to make the database match the models;
    empty when the migrations and the models agree."""
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    from mentor_desktop.db.models import Base

    context = MigrationContext.configure(
        connection,
        opts={"compare_type": True, "include_object": include_object, "render_as_batch": True},
    )
    return list(compare_metadata(context, Base.metadata))
