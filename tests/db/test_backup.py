"""Online, verified backups: a complete copy or nothing, and a named problem."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from dbtools import (
    IS_ROOT,
    PG_ENV,
    add_learner,
    fresh_postgres_database,
    query,
    small_filesystem,
    snapshot,
    sqlite_rows,
)
from sqlalchemy.engine import make_url

from mentor_desktop.db.backup import backup_database
from mentor_desktop.db.engine import make_engine, parse_url
from mentor_desktop.db.migrate import head_revision, open_engine
from mentor_desktop.domain.errors import DatabaseError, DatabaseProblem

needs_postgres = pytest.mark.skipif(not os.environ.get(PG_ENV), reason=f"{PG_ENV} not set")


@pytest.fixture
def source(tmp_path: Path, sqlite_template: Path) -> Path:
    folder = tmp_path / "db"
    folder.mkdir()
    path = folder / "mentor.sqlite3"
    path.write_bytes(sqlite_template.read_bytes())
    add_learner(f"sqlite:///{path}", "Amina", "Yusuf")
    add_learner(f"sqlite:///{path}", "Oleksandr", "Kovalenko")
    return path


def _backup(path: Path, destination: Path):
    url = make_url(f"sqlite+pysqlite:///{path}")
    engine = make_engine(url, busy_timeout_ms=200)
    try:
        return backup_database(engine, url, destination)
    finally:
        engine.dispose()


def test_a_backup_is_a_complete_checked_single_file(source: Path, tmp_path: Path) -> None:
    before = snapshot(source.parent)
    target = tmp_path / "out" / "copy.sqlite3"
    target.parent.mkdir()

    result = _backup(source, target)

    assert result.path == target and result.revision == head_revision()
    assert result.size == target.stat().st_size
    assert sorted(p.name for p in target.parent.iterdir()) == ["copy.sqlite3"]
    assert sqlite_rows(target, "SELECT first_name FROM learner ORDER BY id") == [
        ("Amina",),
        ("Oleksandr",),
    ]
    assert sqlite_rows(target, "PRAGMA integrity_check") == [("ok",)]
    assert sqlite_rows(target, "PRAGMA journal_mode") == [("delete",)]
    assert snapshot(source.parent) == before


def test_a_backup_does_not_wait_for_someone_saving(source: Path, tmp_path: Path) -> None:
    writer = sqlite3.connect(source, isolation_level=None)
    writer.execute("PRAGMA journal_mode = WAL")
    writer.execute("BEGIN IMMEDIATE")
    writer.execute("UPDATE learner SET first_name = 'unsaved'")
    try:
        result = _backup(source, tmp_path / "copy.sqlite3")
    finally:
        writer.execute("ROLLBACK")
        writer.close()
    assert sqlite_rows(result.path, "SELECT first_name FROM learner ORDER BY id") == [
        ("Amina",),
        ("Oleksandr",),
    ]


def test_a_backup_into_a_folder_gets_a_dated_name(source: Path, tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    folder.mkdir()
    result = _backup(source, folder)
    assert result.path.parent == folder
    assert result.path.name.startswith("mentor-") and result.path.name.endswith("-revnone.sqlite3")


def test_a_backup_replaces_an_older_backup_atomically(source: Path, tmp_path: Path) -> None:
    target = tmp_path / "copy.sqlite3"
    target.write_bytes(b"last week's backup")
    _backup(source, target)
    assert sqlite_rows(target, "SELECT count(*) FROM learner") == [(2,)]


@pytest.mark.parametrize("suffix", ["", "-wal"])
def test_a_backup_never_overwrites_the_database(source: Path, suffix: str) -> None:
    before = snapshot(source.parent)
    with pytest.raises(DatabaseError) as raised:
        _backup(source, source.with_name(source.name + suffix))
    assert raised.value.problem == DatabaseProblem.BACKUP_FAILED
    assert snapshot(source.parent) == before


def test_a_backup_into_a_missing_folder_fails_clearly(source: Path, tmp_path: Path) -> None:
    with pytest.raises(DatabaseError) as raised:
        _backup(source, tmp_path / "no" / "such" / "copy.sqlite3")
    assert raised.value.problem == DatabaseProblem.BACKUP_FAILED
    assert raised.value.target == str(tmp_path / "no" / "such" / "copy.sqlite3")


@pytest.mark.skipif(not IS_ROOT, reason="mounting a small filesystem needs root")
@pytest.mark.parametrize("room", ["much too small", "just too small"])
def test_a_full_disk_leaves_no_partial_backup(source: Path, tmp_path: Path, room: str) -> None:
    needed = source.stat().st_size
    # "just too small": the pages fit, but not SQLite's journal beside them, so the disk
    # fills up in the middle of the copy.
    size = 64 * 1024 if room == "much too small" else needed
    before = snapshot(source.parent)
    with small_filesystem(tmp_path / "stick", size) as stick:
        assert stick is not None
        (stick / "old-notes.txt").write_text("already here")
        with pytest.raises(DatabaseError) as raised:
            _backup(source, stick / "copy.sqlite3")
        assert raised.value.problem == DatabaseProblem.DISK_FULL
        assert raised.value.target == str(stick / "copy.sqlite3")
        assert sorted(p.name for p in stick.iterdir()) == ["old-notes.txt"]
    assert snapshot(source.parent) == before


FILE_SIZE_LIMIT_SCRIPT = """
import resource, signal, sys
from pathlib import Path
from sqlalchemy.engine import make_url
from mentor_desktop.db.backup import backup_database
from mentor_desktop.db.engine import make_engine
from mentor_desktop.domain.errors import DatabaseError

signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # writes past the limit fail with EFBIG
resource.setrlimit(resource.RLIMIT_FSIZE, (64 * 1024, 64 * 1024))
url = make_url("sqlite+pysqlite:///" + sys.argv[1])
try:
    backup_database(make_engine(url), url, Path(sys.argv[2]))
except DatabaseError as error:
    print(error.problem.value)
"""


def test_a_backup_that_cannot_grow_leaves_no_partial_file(source: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    done = subprocess.run(
        [sys.executable, "-c", FILE_SIZE_LIMIT_SCRIPT, str(source), str(out / "copy.sqlite3")],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.stdout.strip() in ("backup_failed", "disk_full"), done.stderr
    assert list(out.iterdir()) == []


def test_a_damaged_database_is_not_backed_up(source: Path, tmp_path: Path) -> None:
    page_size = 4096
    root = sqlite_rows(source, "SELECT rootpage FROM sqlite_master WHERE name = 'learner'")[0][0]
    data = bytearray(source.read_bytes())
    start = (root - 1) * page_size
    data[start : start + 12] = b"\x0d\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff"
    source.write_bytes(bytes(data))
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(DatabaseError) as raised:
        _backup(source, out / "copy.sqlite3")
    assert raised.value.problem == DatabaseProblem.CORRUPT
    assert raised.value.target == str(source)
    assert list(out.iterdir()) == []


@pytest.fixture
def pg_source(tmp_path: Path):
    with fresh_postgres_database() as url:
        engine, _ = open_engine(parse_url(url, Path("unused")), backup_dir=tmp_path / "b")
        engine.dispose()
        add_learner(url, "Amina", "Yusuf")
        yield url


def _pg_backup(url: str, destination: Path):
    parsed = parse_url(url, Path("unused"))
    engine = make_engine(parsed)
    try:
        return backup_database(engine, parsed, destination)
    finally:
        engine.dispose()


@needs_postgres
def test_a_postgresql_backup_restores(pg_source: str, tmp_path: Path) -> None:
    result = _pg_backup(pg_source, tmp_path / "centre.dump")
    assert result.revision == head_revision()
    assert sorted(p.name for p in tmp_path.iterdir() if p.is_file()) == ["centre.dump"]
    with fresh_postgres_database() as restored:
        name = make_url(restored).database
        done = subprocess.run(
            [
                "pg_restore",
                "--no-owner",
                "-h",
                "127.0.0.1",
                "-U",
                "postgres",
                "-d",
                name,
                str(result.path),
            ],
            capture_output=True,
            text=True,
        )
        assert done.returncode == 0, done.stderr
        assert query(restored, "SELECT first_name FROM learner") == [("Amina",)]


@needs_postgres
def test_a_postgresql_backup_without_pg_dump_says_so(
    pg_source: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "empty-bin").mkdir()
    monkeypatch.setenv("PATH", str(tmp_path / "empty-bin"))
    with pytest.raises(DatabaseError) as raised:
        _pg_backup(pg_source, tmp_path / "centre.dump")
    assert raised.value.problem == DatabaseProblem.UNSUPPORTED
    assert "pg_dump" in raised.value.detail
    assert not (tmp_path / "centre.dump").exists()


@needs_postgres
@pytest.mark.skipif(not IS_ROOT, reason="mounting a small filesystem needs root")
def test_a_postgresql_backup_on_a_full_disk_leaves_nothing(pg_source: str, tmp_path: Path) -> None:
    with small_filesystem(tmp_path / "stick", 4096) as stick:
        assert stick is not None
        with pytest.raises(DatabaseError) as raised:
            _pg_backup(pg_source, stick / "centre.dump")
        assert raised.value.problem == DatabaseProblem.DISK_FULL
        assert list(stick.iterdir()) == []
