"""Engines for SQLite (the embedded default) and PostgreSQL, and the translation of driver
errors into ``DatabaseError`` with a named problem."""

from __future__ import annotations

import logging
import sqlite3
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, exc
from sqlalchemy.engine import URL, make_url
from sqlalchemy.orm import Session, sessionmaker

from mentor_desktop.domain.errors import DatabaseError, DatabaseProblem

log = logging.getLogger(__name__)

DATABASE_URL_ENV = "MENTOR_DATABASE_URL"
BUSY_TIMEOUT_MS = 5000
PG_CONNECT_TIMEOUT_S = 5


def parse_url(raw: str | None, default_file: Path) -> URL:
    """A URL from the user's text. Empty means the default SQLite file; a plain path is
    a SQLite file; ``postgresql://`` gets the psycopg 3 driver."""
    if raw is None or not raw.strip():
        return URL.create("sqlite+pysqlite", database=str(default_file))
    text = raw.strip()
    if "://" not in text:
        return URL.create("sqlite+pysqlite", database=str(Path(text).expanduser().resolve()))
    try:
        url = make_url(text)
    except (exc.ArgumentError, ValueError) as error:
        raise DatabaseError(DatabaseProblem.BAD_URL, target=text, detail=str(error)) from error
    backend = url.get_backend_name()
    if backend == "sqlite":
        if not url.database or url.database == ":memory:":
            raise DatabaseError(
                DatabaseProblem.BAD_URL, target=text, detail="a SQLite URL needs a file"
            )
        return url.set(drivername="sqlite+pysqlite")
    if backend in ("postgresql", "postgres"):
        if not url.database:
            raise DatabaseError(DatabaseProblem.BAD_URL, target=text, detail="no database name")
        return url.set(drivername="postgresql+psycopg")
    raise DatabaseError(DatabaseProblem.UNSUPPORTED, target=text, detail=backend)


def describe(url: URL) -> str:
    """The database as shown to the user: never the password."""
    if url.get_backend_name() == "sqlite":
        return str(url.database)
    return url.render_as_string(hide_password=True)


def _sqlite_on_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
    # Let SQLAlchemy's "begin" event emit BEGIN, so that DDL and failed migrations roll
    # back on Python 3.11, whose sqlite3 module otherwise commits around DDL by itself.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA foreign_keys = ON")
        mode = cursor.execute("PRAGMA journal_mode = WAL").fetchone()
        if mode and mode[0] != "wal":
            log.warning("SQLite journal mode is %s, not WAL", mode[0])
        # FULL: with WAL, NORMAL loses confirmed commits on power loss.
        cursor.execute("PRAGMA synchronous = FULL")
    finally:
        cursor.close()


def _sqlite_on_begin(connection: Any) -> None:
    connection.exec_driver_sql("BEGIN")


def make_engine(url: URL, **kwargs: Any) -> Engine:
    """An engine with the program's settings. Does not connect yet."""
    if url.get_backend_name() == "sqlite":
        engine = create_engine(url, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000}, **kwargs)
        event.listen(engine, "connect", _sqlite_on_connect)
        event.listen(engine, "begin", _sqlite_on_begin)
        return engine
    return create_engine(
        url,
        connect_args={"connect_timeout": PG_CONNECT_TIMEOUT_S},
        pool_pre_ping=True,
        **kwargs,
    )


def make_session_factory(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(engine, expire_on_commit=False)


def classify(error: BaseException, url: URL) -> DatabaseError:
    """The named problem behind a driver error."""
    target = describe(url)
    message = str(getattr(error, "orig", None) or error)
    lowered = message.lower()
    if "readonly" in lowered or "read-only" in lowered or "read only" in lowered:
        problem = DatabaseProblem.READ_ONLY
    elif "database is locked" in lowered or "database table is locked" in lowered:
        problem = DatabaseProblem.LOCKED
    elif "file is not a database" in lowered or "file is encrypted" in lowered:
        problem = DatabaseProblem.NOT_A_DATABASE
    elif "malformed" in lowered or "corrupt" in lowered:
        problem = DatabaseProblem.CORRUPT
    elif "disk is full" in lowered or "no space left" in lowered or "disk full" in lowered:
        problem = DatabaseProblem.DISK_FULL
    elif "unable to open database" in lowered:
        problem = DatabaseProblem.UNREACHABLE
    elif url.get_backend_name() != "sqlite" and isinstance(error, exc.OperationalError):
        problem = DatabaseProblem.UNREACHABLE
    else:
        problem = DatabaseProblem.OTHER
    return DatabaseError(problem, target=target, detail=message.strip().splitlines()[0][:300])
