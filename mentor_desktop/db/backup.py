"""Online, verified backups.

SQLite: the sqlite3 backup API copies the live database (others may keep working) into a
temporary file beside the destination; the copy is switched to a single-file journal mode,
checked (``PRAGMA integrity_check``, schema version readable), flushed to disk and only then
renamed into place. PostgreSQL: ``pg_dump`` in its custom format into a temporary file,
checked with ``pg_restore --list``, flushed and renamed. Whatever fails, no partial file is
left behind and the error is a ``DatabaseError`` naming the problem.
"""

from __future__ import annotations

import contextlib
import errno
import logging
import os
import shutil
import sqlite3
import subprocess
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import Connection, Engine, exc, text
from sqlalchemy.engine import URL

from mentor_desktop.db.engine import (
    classify,
    default_busy_timeout_ms,
    describe,
    is_sqlite,
    mask_password,
    sqlite_side_files,
)
from mentor_desktop.domain.errors import DatabaseError, DatabaseProblem

log = logging.getLogger(__name__)

PG_DUMP_TIMEOUT_S = 3600
_SQLITE_BUSY, _SQLITE_LOCKED = 5, 6
NEARLY_FULL_BYTES = 256 * 1024


@dataclass(frozen=True)
class BackupResult:
    path: Path
    size: int
    revision: str | None


def backup_file_name(url: URL, revision: str | None, *, now: datetime | None = None) -> str:
    """A name for an automatic backup: the database's name, local time and its revision."""
    stamp = (now or datetime.now()).strftime("%Y%m%d-%H%M%S")
    if is_sqlite(url):
        source = Path(str(url.database))
        stem, suffix = source.stem, source.suffix or ".sqlite3"
    else:
        stem, suffix = str(url.database), ".dump"
    return f"{stem}-{stamp}-rev{revision or 'none'}{suffix}"


def backup_database(engine: Engine, url: URL, destination: Path) -> BackupResult:
    """Copy the database at ``url`` (open through ``engine``) to ``destination``, a file or an
    existing folder (a dated name is chosen inside it).

    Raises ``DatabaseError``: ``DISK_FULL`` or ``BACKUP_FAILED`` (target: the backup file),
    ``UNSUPPORTED`` when ``pg_dump`` is missing, ``CORRUPT`` when the copy of a damaged
    database fails its check, ``LOCKED`` and the like for the source.
    """
    if is_sqlite(url):
        try:
            raw = engine.raw_connection()
        except (exc.SQLAlchemyError, sqlite3.Error) as error:
            raise classify(error, url) from error
        try:
            source = raw.driver_connection
            assert isinstance(source, sqlite3.Connection)
            return backup_sqlite(source, url, destination)
        finally:
            raw.close()
    return backup_postgresql(url, destination)


def _resolve_destination(url: URL, destination: Path) -> Path:
    destination = destination.expanduser().absolute()
    if destination.is_dir():
        destination = destination / backup_file_name(url, None)
    if not destination.parent.is_dir():
        raise DatabaseError(
            DatabaseProblem.BACKUP_FAILED, target=str(destination), detail="no such folder"
        )
    if is_sqlite(url):
        source = Path(str(url.database)).resolve()
        if destination.resolve() in [source, *sqlite_side_files(source)]:
            raise DatabaseError(
                DatabaseProblem.BACKUP_FAILED,
                target=str(destination),
                detail="the backup would overwrite the database",
            )
    return destination


def backup_sqlite(source: sqlite3.Connection, url: URL, destination: Path) -> BackupResult:
    """Online backup from an open connection (which may be inside a transaction)."""
    destination = _resolve_destination(url, destination)
    target = str(destination)
    try:
        page_size = source.execute("PRAGMA page_size").fetchone()[0]
        page_count = source.execute("PRAGMA page_count").fetchone()[0]
    except sqlite3.Error as error:
        raise _sqlite_error(error, url, target) from error
    _require_space(destination.parent, page_size * page_count, target)
    with _temporary_beside(destination) as partial:
        try:
            copy = sqlite3.connect(partial, isolation_level=None)
            try:
                source.backup(copy, pages=BACKUP_STEP_PAGES, progress=_give_up_when_locked())
                # One self-contained file: a restored copy needs no -wal beside it.
                copy.execute("PRAGMA journal_mode = DELETE")
            finally:
                copy.close()
            revision = _verify_sqlite_copy(partial, source, url, target)
        except sqlite3.Error as error:
            if _nearly_full(destination.parent):
                # SQLite reports some writes on a full disk as I/O errors.
                raise DatabaseError(
                    DatabaseProblem.DISK_FULL, target=target, detail=str(error)
                ) from error
            raise _sqlite_error(error, url, target) from error
        except OSError as error:
            raise _os_error(error, target) from error
        _finish(partial, destination)
    size = destination.stat().st_size
    log.info("Backed up %s to %s (%d bytes)", describe(url), destination, size)
    return BackupResult(destination, size, revision)


BACKUP_STEP_PAGES = 4096


def _give_up_when_locked() -> Callable[[int, int, int], None]:
    """A progress callback that stops a backup that has waited as long as the busy timeout
    for a lock: Python's sqlite3 would otherwise retry for ever."""
    timeout_s = default_busy_timeout_ms() / 1000
    waiting_since: list[float] = []

    def progress(status: int, _remaining: int, _total: int) -> None:
        if status not in (_SQLITE_BUSY, _SQLITE_LOCKED):
            waiting_since.clear()
        elif not waiting_since:
            waiting_since.append(time.monotonic())
        elif time.monotonic() - waiting_since[0] > timeout_s:
            raise sqlite3.OperationalError("database is locked")

    return progress


def _verify_sqlite_copy(
    partial: Path, source: sqlite3.Connection, url: URL, target: str
) -> str | None:
    check = sqlite3.connect(partial.as_uri() + "?mode=ro", uri=True)
    try:
        result = [row[0] for row in check.execute("PRAGMA integrity_check").fetchall()]
        if result != ["ok"]:
            problem = _source_damage(source)
            if problem:
                raise DatabaseError(DatabaseProblem.CORRUPT, target=describe(url), detail=problem)
            raise DatabaseError(
                DatabaseProblem.BACKUP_FAILED,
                target=target,
                detail=f"the copy failed its check: {result[0]}",
            )
        has_version = check.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'"
        ).fetchone()
        if not has_version:
            return None
        row = check.execute("SELECT version_num FROM alembic_version").fetchone()
        return row[0] if row else None
    finally:
        check.close()


def _source_damage(source: sqlite3.Connection) -> str:
    try:
        result = [row[0] for row in source.execute("PRAGMA quick_check").fetchall()]
    except sqlite3.Error as error:
        return str(error)
    return "" if result == ["ok"] else result[0]


def backup_postgresql(url: URL, destination: Path) -> BackupResult:
    """``pg_dump --format=custom`` to ``destination``, verified with ``pg_restore --list``.
    The password reaches ``pg_dump`` through its environment, never its command line."""
    pg_dump, pg_restore = shutil.which("pg_dump"), shutil.which("pg_restore")
    if not pg_dump or not pg_restore:
        raise DatabaseError(
            DatabaseProblem.UNSUPPORTED, target=describe(url), detail="pg_dump not found"
        )
    destination = _resolve_destination(url, destination)
    target = str(destination)
    conninfo, env = _pg_connection(url)
    with _temporary_beside(destination) as partial:
        dumped = _run(
            [pg_dump, "--format=custom", "--no-password", f"--file={partial}", conninfo], env
        )
        if dumped.returncode != 0:
            raise _pg_dump_error(dumped.stderr, url, target)
        listed = _run([pg_restore, "--list", str(partial)], env)
        if listed.returncode != 0 or "TABLE DATA" not in listed.stdout:
            raise DatabaseError(
                DatabaseProblem.BACKUP_FAILED,
                target=target,
                detail=_first_line(listed.stderr) or "the dump lists no table data",
            )
        _finish(partial, destination)
    size = destination.stat().st_size
    log.info("Backed up %s to %s (%d bytes)", describe(url), destination, size)
    return BackupResult(destination, size, _pg_revision(url))


def _pg_connection(url: URL) -> tuple[str, dict[str, str]]:
    from psycopg.conninfo import make_conninfo
    from sqlalchemy.dialects.postgresql.psycopg import PGDialect_psycopg

    _args, params = PGDialect_psycopg().create_connect_args(url)
    password = params.pop("password", None)
    env = dict(os.environ)
    env.setdefault("PGCONNECT_TIMEOUT", "10")
    if password:
        env["PGPASSWORD"] = str(password)
    return make_conninfo(**{k: str(v) for k, v in params.items()}), env


def _pg_revision(url: URL) -> str | None:
    from mentor_desktop.db.engine import make_engine

    engine = make_engine(url)
    try:
        with engine.connect() as connection:
            return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
    except Exception:  # the dump is good; the revision is only informative
        log.warning("Could not read the schema version of %s", describe(url), exc_info=True)
        return None
    finally:
        engine.dispose()


def _run(command: list[str], env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    try:
        return subprocess.run(
            command, env=env, capture_output=True, text=True, timeout=PG_DUMP_TIMEOUT_S
        )
    except (OSError, subprocess.TimeoutExpired) as error:
        return subprocess.CompletedProcess(command, 1, "", str(error))


def _pg_dump_error(stderr: str, url: URL, target: str) -> DatabaseError:
    lowered = stderr.lower()
    detail = _first_line(stderr)
    if "no space left" in lowered or "disk quota" in lowered or "file too large" in lowered:
        return DatabaseError(DatabaseProblem.DISK_FULL, target=target, detail=detail)
    if "connection to server" in lowered or "could not connect" in lowered:
        return DatabaseError(DatabaseProblem.UNREACHABLE, target=describe(url), detail=detail)
    return DatabaseError(DatabaseProblem.BACKUP_FAILED, target=target, detail=detail)


def _first_line(text_: str) -> str:
    lines = [line for line in text_.strip().splitlines() if line.strip()]
    return mask_password(lines[0])[:300] if lines else ""


@contextlib.contextmanager
def _temporary_beside(destination: Path) -> Iterator[Path]:
    """A temporary file in the destination's folder (so the final rename is atomic), removed
    with everything SQLite may have put beside it unless it was renamed into place."""
    try:
        handle, name = tempfile.mkstemp(
            prefix=f".{destination.name}.", suffix=".partial", dir=destination.parent
        )
    except OSError as error:
        raise _os_error(error, str(destination)) from error
    os.close(handle)
    partial = Path(name)
    try:
        yield partial
    finally:
        for leftover in [partial, *sqlite_side_files(partial)]:
            with contextlib.suppress(FileNotFoundError):
                leftover.unlink()


def _finish(partial: Path, destination: Path) -> None:
    target = str(destination)
    try:
        with open(partial, "rb+") as handle:
            os.fsync(handle.fileno())
        os.replace(partial, destination)
        _fsync_folder(destination.parent)
    except OSError as error:
        raise _os_error(error, target) from error


def _fsync_folder(folder: Path) -> None:
    if os.name != "posix":
        return
    handle = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(handle)
    finally:
        os.close(handle)


def _require_space(folder: Path, needed: int, target: str) -> None:
    try:
        free = shutil.disk_usage(folder).free
    except OSError as error:
        raise _os_error(error, target) from error
    if free < needed:
        raise DatabaseError(
            DatabaseProblem.DISK_FULL,
            target=target,
            detail=f"{needed} bytes needed, {free} free",
        )


def _nearly_full(folder: Path) -> bool:
    try:
        return shutil.disk_usage(folder).free < NEARLY_FULL_BYTES
    except OSError:
        return False


def _sqlite_error(error: sqlite3.Error, url: URL, target: str) -> DatabaseError:
    """Problems of the source name the database; problems writing name the backup file."""
    message = str(error)
    lowered = message.lower()
    if "full" in lowered:
        return DatabaseError(DatabaseProblem.DISK_FULL, target=target, detail=message)
    for words, problem in (
        ("locked", DatabaseProblem.LOCKED),
        ("not a database", DatabaseProblem.NOT_A_DATABASE),
        ("malformed", DatabaseProblem.CORRUPT),
    ):
        if words in lowered:
            return DatabaseError(problem, target=describe(url), detail=message)
    return DatabaseError(DatabaseProblem.BACKUP_FAILED, target=target, detail=message)


def _os_error(error: OSError, target: str) -> DatabaseError:
    full = error.errno in (errno.ENOSPC, errno.EDQUOT, errno.EFBIG)
    problem = DatabaseProblem.DISK_FULL if full else DatabaseProblem.BACKUP_FAILED
    return DatabaseError(problem, target=target, detail=error.strerror or str(error))


def backup_before_upgrade(url: URL, backup_dir: Path) -> Callable[[Connection, str], Path | None]:
    """The backup taken before an upgrade, inside the migration's transaction.

    SQLite: an online backup of the locked database into ``backup_dir``; if it fails, the
    upgrade does not happen. PostgreSQL: ``pg_dump`` into ``backup_dir`` when it is
    installed and works; otherwise a warning is logged and the upgrade goes ahead, because
    PostgreSQL runs the whole migration in one transaction and a failure leaves the
    database as it was (a server is backed up by its administrator; ``mentor-cli backup``
    makes a dump by hand).
    """

    def backup(connection: Connection, revision: str) -> Path | None:
        destination = backup_dir / backup_file_name(url, revision)
        if not is_sqlite(url):
            try:
                backup_dir.mkdir(parents=True, exist_ok=True)
                return backup_postgresql(url, destination).path
            except (DatabaseError, OSError) as error:
                log.warning("No backup of %s before the upgrade: %s", describe(url), error)
                return None
        try:
            backup_dir.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise _os_error(error, str(backup_dir)) from error
        # From a connection of its own: SQLite cannot copy from the connection that holds
        # the write lock, and with the lock held nobody can change what is copied.
        source = sqlite3.connect(str(url.database), timeout=default_busy_timeout_ms() / 1000)
        try:
            return backup_sqlite(source, url, destination).path
        finally:
            source.close()

    return backup
