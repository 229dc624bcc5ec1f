"""Migrations: empty to head, no drift from the models, downgrade, all-or-nothing upgrades,
the batch-mode trap on SQLite, and the backup taken before an upgrade."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from alembic import command
from dbtools import (
    add_learner,
    migrations_with,
    query,
    schema_fingerprint,
    snapshot,
    sqlite_rows,
)
from sqlalchemy import create_engine, inspect, text
from sqlalchemy.engine import make_url

from mentor_desktop.db.engine import make_engine, parse_url
from mentor_desktop.db.migrate import (
    alembic_config,
    downgrade,
    head_revision,
    open_engine,
    quick_head_revision,
    schema_differences,
    upgrade,
)
from mentor_desktop.db.models import Base
from mentor_desktop.domain.errors import DatabaseError, DatabaseProblem

FAILING_0002 = """
def upgrade():
    # SQLite copies the table into a new one; PostgreSQL alters it in place.
    recreate = "always" if op.get_bind().dialect.name == "sqlite" else "auto"
    with op.batch_alter_table("learner", recreate=recreate) as batch:
        batch.add_column(sa.Column("nickname", sa.String(50)))
        batch.alter_column("case_reference", type_=sa.String(80))
    op.execute("UPDATE learner SET nickname = 'changed', first_name = 'changed'")
    op.create_table("scratch", sa.Column("id", sa.Integer, primary_key=True))
    raise RuntimeError("revision 0002 fails on purpose")


def downgrade():
    pass
"""

ADD_COLUMN_0002 = """
def upgrade():
    with op.batch_alter_table("learner", recreate="always") as batch:
        batch.add_column(sa.Column("nickname", sa.String(50)))


def downgrade():
    with op.batch_alter_table("learner", recreate="always") as batch:
        batch.drop_column("nickname")
"""


def _engine(url: str):
    return make_engine(parse_url(url, Path("unused")), busy_timeout_ms=200)


def _at_0001(url: str) -> None:
    engine = _engine(url)
    upgrade(engine, "0001")
    engine.dispose()


def test_empty_database_is_brought_to_head(empty_url: str, tmp_path: Path) -> None:
    engine, report = open_engine(parse_url(empty_url, Path("unused")), backup_dir=tmp_path / "b")
    try:
        assert (report.before, report.after) == (None, head_revision())
        assert report.created and report.backup is None
        tables = set(inspect(engine).get_table_names())
        assert {t.name for t in Base.metadata.sorted_tables} <= tables
        if engine.dialect.name == "sqlite":
            with engine.connect() as connection:
                assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
                assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
                assert connection.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
    finally:
        engine.dispose()
    assert not (tmp_path / "b").exists()


def test_models_and_migrations_do_not_drift(empty_url: str) -> None:
    engine = _engine(empty_url)
    upgrade(engine)
    with engine.connect() as connection:
        assert schema_differences(connection) == []
        # The check can fail: a column the models do not know is reported.
        connection.execute(text("ALTER TABLE learner ADD COLUMN stray INTEGER"))
        assert any("stray" in str(diff) for diff in schema_differences(connection))
        connection.rollback()
    engine.dispose()


def test_downgrade_of_0001_leaves_an_empty_database(empty_url: str) -> None:
    _at_0001(empty_url)
    engine = _engine(empty_url)
    report = downgrade(engine, "base")
    assert (report.before, report.after) == ("0001", None)
    assert set(inspect(engine).get_table_names()) <= {"alembic_version"}
    if engine.dialect.name == "sqlite":
        assert query(empty_url, "SELECT name FROM sqlite_master WHERE name LIKE '%fts%'") == []
    # ... and the way up works again.
    assert upgrade(engine).after == head_revision()
    engine.dispose()


def test_failing_migration_leaves_the_database_as_it_was(empty_url: str, tmp_path: Path) -> None:
    _at_0001(empty_url)
    add_learner(empty_url, "Amina", "Yusuf")
    scripts = migrations_with(tmp_path / "scripts", FAILING_0002)
    schema_before = schema_fingerprint(empty_url)
    rows_before = query(empty_url, "SELECT * FROM learner ORDER BY id")
    files_before = snapshot(tmp_path / "db") if empty_url.startswith("sqlite") else None

    engine = _engine(empty_url)
    with pytest.raises(DatabaseError) as raised:
        upgrade(engine, script_location=scripts)
    engine.dispose()

    assert raised.value.problem == DatabaseProblem.MIGRATION_FAILED
    assert "fails on purpose" in raised.value.detail
    assert schema_fingerprint(empty_url) == schema_before
    assert query(empty_url, "SELECT * FROM learner ORDER BY id") == rows_before
    assert query(empty_url, "SELECT version_num FROM alembic_version") == [("0001",)]
    if files_before is not None:
        assert snapshot(tmp_path / "db") == files_before
        # Foreign keys are on again for the next user of the pooled connection.
        assert query(empty_url, "PRAGMA foreign_key_check") == []


def _sqlite_at_0001_with_languages(folder: Path) -> Path:
    folder.mkdir()
    path = folder / "mentor.sqlite3"
    _at_0001(f"sqlite:///{path}")
    add_learner(f"sqlite:///{path}")
    connection = sqlite3.connect(path)
    connection.execute(
        "INSERT INTO learner_language (learner_id, code, position) VALUES (1, 'ar', 0)"
    )
    connection.execute(
        "INSERT INTO learner_language (learner_id, code, position) VALUES (1, 'da', 1)"
    )
    connection.commit()
    connection.close()
    return path


def test_batch_migration_recreating_a_parent_keeps_child_rows(tmp_path: Path) -> None:
    scripts = migrations_with(tmp_path / "scripts", ADD_COLUMN_0002)
    path = _sqlite_at_0001_with_languages(tmp_path / "ours")

    engine = _engine(f"sqlite:///{path}")
    assert upgrade(engine, script_location=scripts).after == "0002"
    engine.dispose()

    assert sqlite_rows(path, "SELECT code FROM learner_language ORDER BY position") == [
        ("ar",),
        ("da",),
    ]
    assert sqlite_rows(path, "SELECT first_name, nickname FROM learner") == [("Amina", None)]

    # The same migration run the naive way (foreign keys on) deletes the children: the
    # trap this test guards against is real.
    naive = _sqlite_at_0001_with_languages(tmp_path / "naive")
    plain = create_engine(f"sqlite:///{naive}")

    with plain.begin() as connection:
        connection.exec_driver_sql("PRAGMA foreign_keys = ON")
        command.upgrade(alembic_config(connection, scripts), "0002")
    plain.dispose()
    assert sqlite_rows(naive, "SELECT count(*) FROM learner_language") == [(0,)]


def test_upgrade_of_an_older_database_backs_it_up_first(tmp_path: Path) -> None:
    scripts = migrations_with(tmp_path / "scripts", ADD_COLUMN_0002)
    path = _sqlite_at_0001_with_languages(tmp_path / "db")
    backups = tmp_path / "backups"

    engine, report = open_engine(
        make_url(f"sqlite:///{path}"), backup_dir=backups, script_location=scripts
    )
    engine.dispose()

    assert (report.before, report.after) == ("0001", "0002")
    assert report.backup is not None and report.backup.parent == backups
    assert [p.name for p in backups.iterdir()] == [report.backup.name]
    assert "rev0001" in report.backup.name
    # The backup is the database as it was: revision 0001, the same rows, one file.
    assert sqlite_rows(report.backup, "SELECT version_num FROM alembic_version") == [("0001",)]
    assert sqlite_rows(report.backup, "SELECT first_name FROM learner") == [("Amina",)]
    assert sqlite_rows(report.backup, "PRAGMA journal_mode") == [("delete",)]
    assert sqlite_rows(path, "SELECT version_num FROM alembic_version") == [("0002",)]

    # A second start finds the database current: no second backup.
    engine, report = open_engine(
        make_url(f"sqlite:///{path}"), backup_dir=backups, script_location=scripts
    )
    engine.dispose()
    assert not report.changed and report.backup is None
    assert len(list(backups.iterdir())) == 1


def test_no_upgrade_when_the_backup_cannot_be_written(tmp_path: Path) -> None:
    scripts = migrations_with(tmp_path / "scripts", ADD_COLUMN_0002)
    path = _sqlite_at_0001_with_languages(tmp_path / "db")
    blocked = tmp_path / "backups"
    blocked.write_text("a file where the backup folder should be")
    before = snapshot(tmp_path / "db")

    with pytest.raises(DatabaseError) as raised:
        open_engine(make_url(f"sqlite:///{path}"), backup_dir=blocked, script_location=scripts)

    assert raised.value.problem == DatabaseProblem.BACKUP_FAILED
    assert snapshot(tmp_path / "db") == before


@pytest.mark.parametrize("revision", ["0002", "9999_from_a_newer_program"])
def test_a_database_newer_than_the_program_is_refused(
    empty_url: str, tmp_path: Path, revision: str
) -> None:
    _at_0001(empty_url)
    engine = create_engine(empty_url)
    with engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = :r"), {"r": revision})
    engine.dispose()
    files_before = snapshot(tmp_path / "db") if empty_url.startswith("sqlite") else None
    schema_before = schema_fingerprint(empty_url)

    with pytest.raises(DatabaseError) as raised:
        open_engine(parse_url(empty_url, Path("unused")), backup_dir=tmp_path / "backups")

    assert raised.value.problem == DatabaseProblem.TOO_NEW
    assert raised.value.detail == revision
    assert schema_fingerprint(empty_url) == schema_before
    assert not (tmp_path / "backups").exists()
    if files_before is not None:
        assert snapshot(tmp_path / "db") == files_before


def test_tables_without_a_version_are_refused(empty_url: str, tmp_path: Path) -> None:
    engine = create_engine(empty_url)
    with engine.begin() as connection:
        connection.execute(text("CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT)"))
        connection.execute(text("INSERT INTO customers VALUES (1, 'Someone else''s data')"))
    engine.dispose()
    files_before = snapshot(tmp_path / "db") if empty_url.startswith("sqlite") else None

    with pytest.raises(DatabaseError) as raised:
        open_engine(parse_url(empty_url, Path("unused")), backup_dir=tmp_path / "backups")

    assert raised.value.problem == DatabaseProblem.UNKNOWN_SCHEMA
    assert "customers" in raised.value.detail
    assert query(empty_url, "SELECT * FROM customers") == [(1, "Someone else's data")]
    if files_before is not None:
        # Not even switched to WAL: the file is not the program's.
        assert snapshot(tmp_path / "db") == files_before


def test_the_head_is_read_from_the_migration_files_as_alembic_reads_it():
    assert quick_head_revision() == head_revision()


def test_a_database_at_head_opens_without_loading_alembic(tmp_path):
    target = tmp_path / "centre.sqlite3"
    code = (
        "import sys; from pathlib import Path; "
        "from sqlalchemy.engine import make_url; "
        "from mentor_desktop.db.migrate import open_engine; "
        f"url = make_url('sqlite:///{target}'); "
        f"open_engine(url, backup_dir=Path({str(tmp_path)!r}))[0].dispose(); "
        "print('alembic' in sys.modules)"
    )
    run = [sys.executable, "-c", code]
    root = str(Path(__file__).resolve().parents[2])
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join(filter(None, [root, os.environ.get("PYTHONPATH")])),
    }
    first = subprocess.run(run, capture_output=True, text=True, check=True, env=env)
    assert first.stdout.strip() == "True"  # an empty file gets the schema through alembic
    again = subprocess.run(run, capture_output=True, text=True, check=True, env=env)
    assert again.stdout.strip() == "False"
