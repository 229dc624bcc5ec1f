"""Engines for SQLite (the embedded default) and PostgreSQL, the checks made before a SQLite
file is opened, and the translation of driver errors into ``DatabaseError`` with a named
problem."""

from __future__ import annotations

import logging
import os
import re
import sqlite3
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, exc
from sqlalchemy.engine import URL, make_url
from sqlalchemy.orm import Session, sessionmaker

from mentor_desktop.db import sqlite_functions
from mentor_desktop.domain.errors import DatabaseError, DatabaseProblem
from mentor_desktop.paths import DATABASE_URL_ENV as DATABASE_URL_ENV

log = logging.getLogger(__name__)

BUSY_TIMEOUT_ENV = "MENTOR_BUSY_TIMEOUT_MS"
BUSY_TIMEOUT_MS = 5000
PG_CONNECT_TIMEOUT_S = 5

# "postgresql:/x" or "sqlite:relative": a scheme without "//", not a Windows drive letter.
_SCHEME_WITHOUT_SLASHES = re.compile(r"^[A-Za-z][A-Za-z0-9+.\-]+:(?!//)")
_PASSWORD_IN_URL = re.compile(r"(://[^:/@\s]*:)[^@\s]*@")


def mask_password(text: str) -> str:
    """``text`` with the password of any URL in it replaced by ``***``."""
    return _PASSWORD_IN_URL.sub(r"\1***@", text)


def parse_url(raw: str | None, default_file: Path) -> URL:
    """A URL from the user's text. Empty means the default SQLite file; a plain path is
    a SQLite file; ``postgresql://`` gets the psycopg 3 driver. Raises
    ``DatabaseError(BAD_URL)`` for text that is no usable URL and ``UNSUPPORTED`` for a
    database kind the program does not work with."""
    if raw is None or not raw.strip():
        return URL.create("sqlite+pysqlite", database=str(default_file))
    text = raw.strip()
    shown = mask_password(text)
    if "://" not in text:
        if _SCHEME_WITHOUT_SLASHES.match(text):
            raise DatabaseError(DatabaseProblem.BAD_URL, target=shown, detail="expected '://'")
        return URL.create("sqlite+pysqlite", database=str(Path(text).expanduser().resolve()))
    try:
        url = make_url(text)
        port = url.port
    except (exc.ArgumentError, ValueError) as error:
        raise DatabaseError(DatabaseProblem.BAD_URL, target=shown, detail=str(error)) from error
    backend = url.get_backend_name()
    if backend == "sqlite":
        if not url.database or url.database == ":memory:":
            raise DatabaseError(
                DatabaseProblem.BAD_URL, target=shown, detail="a SQLite URL needs a file"
            )
        path = Path(url.database).expanduser().resolve()
        return URL.create("sqlite+pysqlite", database=str(path))
    if backend in ("postgresql", "postgres"):
        if not url.host and not url.query.get("host"):
            raise DatabaseError(DatabaseProblem.BAD_URL, target=shown, detail="no server name")
        if not url.database:
            raise DatabaseError(DatabaseProblem.BAD_URL, target=shown, detail="no database name")
        if port is not None and not 0 < port < 65536:
            raise DatabaseError(DatabaseProblem.BAD_URL, target=shown, detail=f"port {port}")
        return url.set(drivername="postgresql+psycopg")
    raise DatabaseError(DatabaseProblem.UNSUPPORTED, target=shown, detail=backend)


def is_sqlite(url: URL) -> bool:
    return url.get_backend_name() == "sqlite"


def describe(url: URL) -> str:
    """The database as shown to the user: never the password."""
    if is_sqlite(url):
        return str(url.database)
    return url.set(drivername=url.get_backend_name()).render_as_string(hide_password=True)


def sqlite_side_files(path: Path) -> list[Path]:
    """The files SQLite keeps beside a database while it is open."""
    return [path.with_name(path.name + suffix) for suffix in ("-wal", "-shm", "-journal")]


def _writable(path: Path) -> bool:
    return os.access(path, os.W_OK)


def check_sqlite_file(url: URL, *, writable: bool, create: bool) -> None:
    """Refuse, before SQLite touches anything, a file that cannot be used as asked.

    ``writable``: the program will write (it needs the file and its folder writable, WAL
    keeps two files beside the database). ``create``: a missing file is created.
    Raises ``DatabaseError``: ``READ_ONLY``, ``NOT_A_DATABASE`` (a folder),
    ``UNREACHABLE`` (missing file or folder).
    """
    path = Path(str(url.database))
    target = describe(url)
    if path.is_dir():
        raise DatabaseError(DatabaseProblem.NOT_A_DATABASE, target=target, detail="a folder")
    if not path.exists():
        if not create:
            raise DatabaseError(DatabaseProblem.UNREACHABLE, target=target, detail="no such file")
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise _os_error(error, target) from error
    if not writable:
        if not os.access(path, os.R_OK):
            raise DatabaseError(DatabaseProblem.UNREACHABLE, target=target, detail="not readable")
        return
    if path.exists() and not _writable(path):
        raise DatabaseError(DatabaseProblem.READ_ONLY, target=target, detail="file")
    if not _writable(path.parent):
        raise DatabaseError(DatabaseProblem.READ_ONLY, target=target, detail="folder")
    for side in sqlite_side_files(path):
        if side.exists() and not _writable(side):
            raise DatabaseError(DatabaseProblem.READ_ONLY, target=target, detail=side.name)


def sqlite_is_writable(url: URL) -> bool:
    """Whether the program could write to this SQLite file (and the files beside it)."""
    try:
        check_sqlite_file(url, writable=True, create=False)
    except DatabaseError as error:
        if error.problem == DatabaseProblem.READ_ONLY:
            return False
        raise
    return True


def _os_error(error: OSError, target: str) -> DatabaseError:
    import errno

    if error.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        problem = DatabaseProblem.READ_ONLY
    elif error.errno in (errno.ENOSPC, errno.EDQUOT, errno.EFBIG):
        problem = DatabaseProblem.DISK_FULL
    else:
        problem = DatabaseProblem.UNREACHABLE
    return DatabaseError(problem, target=target, detail=error.strerror or str(error))


def _sqlite_pragmas(busy_timeout_ms: int) -> Any:
    def on_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
        # Let SQLAlchemy's "begin" event emit BEGIN, so that DDL and failed migrations roll
        # back on Python 3.11, whose sqlite3 module otherwise commits around DDL by itself.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        try:
            cursor.execute(f"PRAGMA busy_timeout = {int(busy_timeout_ms)}")
            cursor.execute("PRAGMA foreign_keys = ON")
            # FULL: with WAL, NORMAL loses confirmed commits on power loss. WAL itself is
            # switched on by ``use_wal`` once the file is known to be the program's own:
            # the journal mode is written into the file.
            cursor.execute("PRAGMA synchronous = FULL")
        finally:
            cursor.close()
        sqlite_functions.register(dbapi_connection)

    return on_connect


def _sqlite_on_begin(connection: Any) -> None:
    # ``connection.execution_options(sqlite_begin="IMMEDIATE")`` takes the write lock at
    # once (migrations), so that a second writer waits instead of failing half-way.
    mode = connection.get_execution_options().get("sqlite_begin", "")
    connection.exec_driver_sql(f"BEGIN {mode}".strip())


def use_wal(engine: Engine) -> None:
    """Switch a SQLite database to write-ahead logging (stored in the file, so done once)."""
    with engine.connect() as connection:
        raw = connection.connection.driver_connection
        assert raw is not None
        mode = raw.execute("PRAGMA journal_mode = WAL").fetchone()
        if mode and mode[0] != "wal":
            log.warning("SQLite journal mode is %s, not WAL", mode[0])


def default_busy_timeout_ms() -> int:
    """How long SQLite waits for another program's lock: ``MENTOR_BUSY_TIMEOUT_MS`` or 5 s."""
    try:
        return max(0, int(os.environ.get(BUSY_TIMEOUT_ENV, BUSY_TIMEOUT_MS)))
    except ValueError:
        return BUSY_TIMEOUT_MS


def make_engine(
    url: URL,
    *,
    read_only: bool = False,
    busy_timeout_ms: int | None = None,
    connect_timeout_s: int = PG_CONNECT_TIMEOUT_S,
    **kwargs: Any,
) -> Engine:
    """An engine with the program's settings. Does not connect yet.

    ``read_only`` (SQLite) opens the file so that nothing is written to it or beside it,
    which also works on read-only media; use it only when nobody writes at the same time.
    """
    if busy_timeout_ms is None:
        busy_timeout_ms = default_busy_timeout_ms()
    if is_sqlite(url):
        if read_only:
            uri = Path(str(url.database)).as_uri() + "?mode=ro&immutable=1"
            timeout = busy_timeout_ms / 1000
            engine = create_engine(
                "sqlite+pysqlite://",
                creator=lambda: sqlite3.connect(uri, uri=True, timeout=timeout),
                **kwargs,
            )
        else:
            engine = create_engine(url, connect_args={"timeout": busy_timeout_ms / 1000}, **kwargs)
        event.listen(engine, "connect", _sqlite_pragmas(busy_timeout_ms))
        event.listen(engine, "begin", _sqlite_on_begin)
        return engine
    return create_engine(
        url,
        connect_args={"connect_timeout": connect_timeout_s},
        pool_pre_ping=True,
        **kwargs,
    )


def make_session_factory(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(engine, expire_on_commit=False)


def classify(error: BaseException, url: URL, *, target: str | None = None) -> DatabaseError:
    """The named problem behind a driver error; ``target`` names the database (default:
    from ``url``)."""
    target = target or describe(url)
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
    elif not is_sqlite(url) and isinstance(error, exc.OperationalError | exc.InterfaceError):
        problem = DatabaseProblem.UNREACHABLE
    else:
        problem = DatabaseProblem.OTHER
    lines = message.strip().splitlines() or [""]
    return DatabaseError(problem, target=target, detail=mask_password(lines[0])[:300])
