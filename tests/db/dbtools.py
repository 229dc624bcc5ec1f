"""Helpers for the database and command-line tests: fresh PostgreSQL databases, file
snapshots, read-only folders and full disks made for real where the machine allows it."""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
import subprocess
import uuid
from collections.abc import Iterator
from pathlib import Path

from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

PG_ENV = "MENTOR_TEST_DATABASE_URL"
IS_ROOT = hasattr(os, "geteuid") and os.geteuid() == 0


def snapshot(folder: Path) -> dict[str, bytes]:
    """Every file in ``folder`` (recursively) with its bytes: equal snapshots mean nothing
    was changed, added or left behind."""
    return {
        str(path.relative_to(folder)): path.read_bytes()
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


@contextlib.contextmanager
def fresh_postgres_database() -> Iterator[str]:
    """An empty database of its own on the test server; dropped afterwards."""
    base = make_url(os.environ[PG_ENV])
    name = f"mentor_test_{uuid.uuid4().hex[:10]}"
    admin = create_engine(base, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield base.set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def _mount_tmpfs(folder: Path, size: int) -> bool:
    if not IS_ROOT or not shutil.which("mount"):
        return False
    folder.mkdir(parents=True, exist_ok=True)
    result = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(folder)],
        capture_output=True,
    )
    return result.returncode == 0


def _unmount(folder: Path) -> None:
    if subprocess.run(["umount", str(folder)], capture_output=True).returncode != 0:
        subprocess.run(["umount", "-l", str(folder)], capture_output=True)


def can_make_read_only() -> bool:
    """chmod works for a normal user; root ignores it, so root needs a read-only mount."""
    return not IS_ROOT or bool(shutil.which("mount"))


@contextlib.contextmanager
def read_only_folder(folder: Path, files: list[Path]) -> Iterator[Path]:
    """``folder`` holding copies of ``files``, with the folder and the files read-only for
    this process: a read-only mount when running as root, permissions otherwise."""
    if IS_ROOT:
        if not _mount_tmpfs(folder, 64 * 1024 * 1024):
            raise RuntimeError("cannot mount a tmpfs to make a read-only folder as root")
        try:
            for source in files:
                shutil.copy2(source, folder / source.name)
            subprocess.run(["mount", "-o", "remount,ro", str(folder)], check=True)
            assert not os.access(folder, os.W_OK)
            yield folder
        finally:
            _unmount(folder)
        return
    folder.mkdir(parents=True, exist_ok=True)
    for source in files:
        shutil.copy2(source, folder / source.name)
        (folder / source.name).chmod(0o444)
    folder.chmod(0o555)
    try:
        yield folder
    finally:
        folder.chmod(0o755)
        for source in files:
            (folder / source.name).chmod(0o644)


@contextlib.contextmanager
def small_filesystem(folder: Path, size: int) -> Iterator[Path | None]:
    """A real filesystem of ``size`` bytes mounted at ``folder`` (root only), else None."""
    if not _mount_tmpfs(folder, size):
        yield None
        return
    try:
        yield folder
    finally:
        _unmount(folder)


def add_learner(path_or_url: str, first_name: str = "Amina", last_name: str = "Yusuf") -> None:
    """A learner row written past the services, for tests of the data layer itself."""
    engine = create_engine(path_or_url)
    with engine.begin() as connection:
        connection.execute(
            text(
                "INSERT INTO learner (first_name, last_name, search_text, legal_basis, status, "
                "version, created_at, updated_at) VALUES (:f, :l, :s, 'public_task', "
                "'active', 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)"
            ),
            {"f": first_name, "l": last_name, "s": f"{first_name} {last_name}".casefold()},
        )
    engine.dispose()


def sqlite_rows(path: Path, query: str) -> list[tuple]:
    # A plain connection: it removes the -wal and -shm it opened when it closes (a
    # read-only one would leave them).
    connection = sqlite3.connect(path)
    try:
        return connection.execute(query).fetchall()
    finally:
        connection.close()


ENGINES = ["sqlite"] + (["postgresql"] if os.environ.get(PG_ENV) else [])


def migrations_with(folder: Path, revision_0002: str) -> Path:
    """A script directory: the program's migrations plus ``revision_0002`` on top of their
    head."""
    from mentor_desktop.db.migrate import MIGRATIONS_DIR, head_revision

    head = head_revision()

    folder.mkdir(parents=True)
    shutil.copy(MIGRATIONS_DIR / "env.py", folder / "env.py")
    shutil.copy(MIGRATIONS_DIR / "script.py.mako", folder / "script.py.mako")
    (folder / "versions").mkdir()
    for script in (MIGRATIONS_DIR / "versions").glob("0*.py"):
        shutil.copy(script, folder / "versions" / script.name)
    header = (
        '"""test revision"""\n'
        "import sqlalchemy as sa\n"
        "from alembic import op\n\n"
        "revision = '0002'\n"
        f"down_revision = '{head}'\n"
        "branch_labels = None\n"
        "depends_on = None\n\n"
    )
    (folder / "versions" / "0002_test.py").write_text(header + revision_0002)
    return folder


def schema_fingerprint(url: str) -> list[tuple]:
    """Everything that describes the schema: tables, columns, indexes, constraints,
    triggers; equal fingerprints mean an unchanged schema."""
    engine = create_engine(url)
    try:
        with engine.connect() as connection:
            if engine.dialect.name == "sqlite":
                query = "SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name"
                return [tuple(row) for row in connection.execute(text(query))]
            rows: list[tuple] = []
            for query in (
                "SELECT table_name, column_name, data_type, is_nullable, character_maximum_length"
                " FROM information_schema.columns WHERE table_schema = 'public' ORDER BY 1, 2",
                "SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = 'public' ORDER BY 1",
                "SELECT conname, pg_get_constraintdef(oid) FROM pg_constraint"
                " WHERE connamespace = 'public'::regnamespace ORDER BY 1",
            ):
                rows += [tuple(row) for row in connection.execute(text(query))]
            return rows
    finally:
        engine.dispose()


def query(url: str, sql: str) -> list[tuple]:
    engine = create_engine(url)
    try:
        with engine.connect() as connection:
            return [tuple(row) for row in connection.execute(text(sql))]
    finally:
        engine.dispose()
