"""Opening a database that cannot be used: each case is a ``DatabaseError`` naming the
problem, and the file is left byte for byte as it was, with nothing new beside it."""

from __future__ import annotations

import socket
import sqlite3
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from dbtools import (
    PG_ENV,
    migrations_with,
    read_only_folder,
    snapshot,
    sqlite_rows,
)
from sqlalchemy.engine import make_url

from mentor_desktop.bootstrap import open_database
from mentor_desktop.db.engine import parse_url
from mentor_desktop.db.migrate import head_revision, open_engine
from mentor_desktop.domain.errors import DatabaseError, DatabaseProblem
from mentor_desktop.paths import Paths

needs_postgres = pytest.mark.skipif(not __import__("os").environ.get(PG_ENV), reason=PG_ENV)


def _open(url: str, paths: Paths, **kwargs) -> DatabaseError:
    with pytest.raises(DatabaseError) as raised:
        services = open_database(url, paths, busy_timeout_ms=200, **kwargs)
        services.close()
    return raised.value


@pytest.fixture
def current_db(tmp_path: Path, sqlite_template: Path) -> Path:
    """A database at head, in a folder of its own."""
    folder = tmp_path / "db"
    folder.mkdir()
    target = folder / "mentor.sqlite3"
    target.write_bytes(sqlite_template.read_bytes())
    return target


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("postgresql://tutor:s3cret@db.example:notaport/centre", DatabaseProblem.BAD_URL),
        ("postgresql://tutor:s3cret@db.example:99999/centre", DatabaseProblem.BAD_URL),
        ("postgresql://tutor:s3cret@db.example/", DatabaseProblem.BAD_URL),
        ("postgresql:/db.example/centre", DatabaseProblem.BAD_URL),
        ("sqlite://", DatabaseProblem.BAD_URL),
        ("post gres://x/y", DatabaseProblem.BAD_URL),
        ("mysql://tutor:s3cret@db.example/centre", DatabaseProblem.UNSUPPORTED),
    ],
)
def test_a_malformed_url_is_refused_without_showing_the_password(
    text: str, problem: DatabaseProblem, paths: Paths, tmp_path: Path
) -> None:
    error = _open(text, paths)
    assert error.problem == problem
    assert "s3cret" not in str(error) and "s3cret" not in error.target
    assert not (tmp_path / "postgresql:").exists()


def test_an_unreachable_server_is_named(paths: Paths) -> None:
    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    error = _open(f"postgresql://tutor:s3cret@127.0.0.1:{port}/centre", paths)
    assert error.problem == DatabaseProblem.UNREACHABLE
    assert error.target == f"postgresql://tutor:***@127.0.0.1:{port}/centre"
    assert "s3cret" not in error.detail


@pytest.fixture
def silent_server() -> Iterator[int]:
    """A server that accepts connections and never answers."""
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(5)
    accepted: list[socket.socket] = []
    stop = threading.Event()

    def accept() -> None:
        server.settimeout(0.1)
        while not stop.is_set():
            try:
                accepted.append(server.accept()[0])
            except OSError:
                pass

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    yield server.getsockname()[1]
    stop.set()
    thread.join()
    for connection in accepted:
        connection.close()
    server.close()


def test_a_server_that_does_not_answer_times_out_quickly(
    silent_server: int, tmp_path: Path
) -> None:
    url = make_url(f"postgresql+psycopg://tutor@127.0.0.1:{silent_server}/centre")
    started = time.monotonic()
    with pytest.raises(DatabaseError) as raised:
        open_engine(url, backup_dir=tmp_path, connect_timeout_s=2)
    assert raised.value.problem == DatabaseProblem.UNREACHABLE
    assert time.monotonic() - started < 10


def test_a_read_only_database_is_refused_and_left_alone(
    current_db: Path, paths: Paths, tmp_path: Path
) -> None:
    """The program edits; a file it cannot write is refused at once, even though it needs
    no upgrade and could be read, rather than failing on the first save."""
    with read_only_folder(tmp_path / "ro", [current_db]) as folder:
        before = snapshot(folder)
        error = _open(str(folder / current_db.name), paths)
        assert error.problem == DatabaseProblem.READ_ONLY
        assert error.target == str(folder / current_db.name)
        assert snapshot(folder) == before


def test_a_new_database_in_a_read_only_folder_is_refused(paths: Paths, tmp_path: Path) -> None:
    with read_only_folder(tmp_path / "ro", []) as folder:
        error = _open(str(folder / "new.sqlite3"), paths)
        assert error.problem == DatabaseProblem.READ_ONLY
        assert snapshot(folder) == {}


def test_a_database_locked_by_another_program_is_named(current_db: Path, paths: Paths) -> None:
    before = snapshot(current_db.parent)
    holder = sqlite3.connect(current_db, isolation_level=None)
    holder.execute("PRAGMA locking_mode = EXCLUSIVE")
    holder.execute("BEGIN EXCLUSIVE")
    try:
        started = time.monotonic()
        error = _open(str(current_db), paths)
        assert time.monotonic() - started < 5
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert error.problem == DatabaseProblem.LOCKED
    assert error.target == str(current_db)
    assert snapshot(current_db.parent) == before


def test_an_upgrade_waits_for_a_writer_then_gives_up_changing_nothing(tmp_path: Path) -> None:
    folder = tmp_path / "db"
    folder.mkdir()
    path = folder / "mentor.sqlite3"
    engine = open_engine(make_url(f"sqlite:///{path}"), backup_dir=tmp_path / "b")[0]
    engine.dispose()
    scripts = migrations_with(
        tmp_path / "scripts", "def upgrade():\n    op.drop_table('form_draft')\n"
    )
    writer = sqlite3.connect(path, isolation_level=None)
    writer.execute("BEGIN IMMEDIATE")  # another program in the middle of a save
    try:
        before = sqlite_rows(path, "SELECT name FROM sqlite_master ORDER BY name")
        with pytest.raises(DatabaseError) as raised:
            open_engine(
                make_url(f"sqlite:///{path}"),
                backup_dir=tmp_path / "backups",
                busy_timeout_ms=200,
                script_location=scripts,
            )
    finally:
        writer.execute("ROLLBACK")
        writer.close()
    assert raised.value.problem == DatabaseProblem.LOCKED
    assert sqlite_rows(path, "SELECT name FROM sqlite_master ORDER BY name") == before
    assert sqlite_rows(path, "SELECT version_num FROM alembic_version") == [(head_revision(),)]
    assert not (tmp_path / "backups").exists() or not list((tmp_path / "backups").iterdir())


@pytest.mark.parametrize(
    "content",
    [
        b"Minutes of the steering group meeting\n" * 200,
        bytes(range(256)) * 64,
    ],
    ids=["text", "binary"],
)
def test_a_file_that_is_not_a_database(content: bytes, paths: Paths, tmp_path: Path) -> None:
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "notes.sqlite3").write_bytes(content)
    error = _open(str(folder / "notes.sqlite3"), paths)
    assert error.problem == DatabaseProblem.NOT_A_DATABASE
    assert snapshot(folder) == {"notes.sqlite3": content}


def test_a_folder_is_not_a_database(paths: Paths, tmp_path: Path) -> None:
    error = _open(str(tmp_path), paths)
    assert error.problem == DatabaseProblem.NOT_A_DATABASE


def test_a_damaged_database_is_named(current_db: Path, paths: Paths) -> None:
    data = bytearray(current_db.read_bytes())
    data[100:108] = b"\xff" * 8  # the page header of the schema table
    current_db.write_bytes(bytes(data))
    before = snapshot(current_db.parent)
    error = _open(str(current_db), paths)
    assert error.problem == DatabaseProblem.CORRUPT
    assert snapshot(current_db.parent) == before


def test_an_empty_file_becomes_a_database(paths: Paths, tmp_path: Path) -> None:
    (tmp_path / "new.sqlite3").touch()
    services = open_database(str(tmp_path / "new.sqlite3"), paths)
    services.close()
    assert sqlite_rows(tmp_path / "new.sqlite3", "SELECT count(*) FROM alembic_version") == [(1,)]


@needs_postgres
def test_a_missing_postgresql_database_is_named(paths: Paths) -> None:
    url = parse_url(__import__("os").environ[PG_ENV], Path("unused"))
    error = _open(url.set(database="mentor_no_such_database").render_as_string(False), paths)
    assert error.problem == DatabaseProblem.UNREACHABLE
    assert "mentor_no_such_database" in error.detail


def test_opening_a_current_database_changes_nothing(current_db: Path, paths: Paths) -> None:
    before = snapshot(current_db.parent)
    services = open_database(str(current_db), paths)
    services.close()
    assert snapshot(current_db.parent) == before
    assert not paths.backup_dir.exists() or not list(paths.backup_dir.iterdir())
