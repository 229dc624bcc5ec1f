"""mentor-cli as a person uses it: what it prints, the exit code, and what it leaves on disk."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from dbtools import (
    ENGINES,
    IS_ROOT,
    PG_ENV,
    add_learner,
    fresh_postgres_database,
    migrations_with,
    read_only_folder,
    small_filesystem,
    snapshot,
    sqlite_rows,
)

from mentor_desktop.cli import EXIT_BACKUP, EXIT_DATABASE, EXIT_OK, EXIT_OTHER, EXIT_USAGE
from mentor_desktop.db import migrate
from mentor_desktop.db.migrate import head_revision

needs_postgres = pytest.mark.skipif(not os.environ.get(PG_ENV), reason=f"{PG_ENV} not set")


@pytest.fixture(params=ENGINES)
def empty_database(request: pytest.FixtureRequest, tmp_path: Path):
    if request.param == "sqlite":
        (tmp_path / "db").mkdir()
        yield str(tmp_path / "db" / "centre.sqlite3")
        return
    with fresh_postgres_database() as url:
        yield url


HEAD = head_revision()


@pytest.fixture
def current_file(tmp_path: Path, sqlite_template: Path) -> Path:
    (tmp_path / "db").mkdir()
    path = tmp_path / "db" / "centre.sqlite3"
    path.write_bytes(sqlite_template.read_bytes())
    return path


def test_init_creates_then_finds_the_database_current(cli, empty_database: str) -> None:
    first = cli("init", database=empty_database)
    assert first.code == EXIT_OK, first.err
    assert first.out.startswith("Created the database ")
    assert f"schema version {HEAD}" in first.out
    again = cli("init", database=empty_database)
    assert again.code == EXIT_OK
    assert f"is up to date (schema version {HEAD})" in again.out
    assert cli("check", database=empty_database).code == EXIT_OK


def test_init_without_database_uses_the_data_folder(cli, tmp_path: Path) -> None:
    result = cli("init")
    assert result.code == EXIT_OK
    assert (tmp_path / "profile" / "mentor.sqlite3").is_file()
    assert str(tmp_path / "profile" / "mentor.sqlite3") in result.out


def test_init_upgrades_after_a_backup_and_says_where_it_is(
    cli, current_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    scripts = migrations_with(
        tmp_path / "scripts",
        "def upgrade():\n    op.add_column('learner', sa.Column('nickname', sa.String(50)))\n",
    )
    monkeypatch.setattr(migrate, "MIGRATIONS_DIR", scripts)
    result = cli("init", database=str(current_file))
    assert result.code == EXIT_OK, result.err
    assert f"from schema version {HEAD} to 0002" in result.out
    backups = list((tmp_path / "profile" / "backups").iterdir())
    assert len(backups) == 1 and str(backups[0]) in result.out
    assert sqlite_rows(backups[0], "SELECT version_num FROM alembic_version") == [(HEAD,)]


def test_demo_fills_an_empty_database_once(cli, tmp_path: Path) -> None:
    database = str(tmp_path / "demo.sqlite3")
    result = cli("demo", "--seed", "7", database=database)
    assert result.code == EXIT_OK, result.err
    assert "40 learners" in result.out and "12 employers" in result.out
    assert sqlite_rows(Path(database), "SELECT count(*) FROM learner") == [(40,)]

    again = cli("demo", database=database)
    assert again.code == EXIT_OTHER
    assert "is not empty" in again.err and database in again.err
    assert sqlite_rows(Path(database), "SELECT count(*) FROM learner") == [(40,)]


def test_check_reports_a_sound_database(cli, current_file: Path) -> None:
    result = cli("check", database=str(current_file))
    assert result.code == EXIT_OK
    assert "Integrity: ok" in result.out
    assert f"Schema version: {HEAD} (current)" in result.out
    assert "Schema: matches the program" in result.out


def test_check_finds_damage_inside_the_file(cli, current_file: Path) -> None:
    root = sqlite_rows(current_file, "SELECT rootpage FROM sqlite_master WHERE name = 'learner'")
    data = bytearray(current_file.read_bytes())
    start = (root[0][0] - 1) * 4096
    data[start : start + 12] = b"\x0d" + b"\xff" * 11
    current_file.write_bytes(bytes(data))
    before = snapshot(current_file.parent)

    result = cli("check", database=str(current_file))

    assert result.code == EXIT_DATABASE
    assert "Integrity: damaged" in result.out
    assert f"The database {current_file} is damaged" in result.err
    assert snapshot(current_file.parent) == before


def test_check_finds_rows_that_point_nowhere(cli, current_file: Path) -> None:
    connection = sqlite3.connect(current_file)
    connection.execute(
        "INSERT INTO learner_language (learner_id, code, position) VALUES (99, 'so', 0)"
    )
    connection.commit()
    connection.close()
    result = cli("check", database=str(current_file))
    assert result.code == EXIT_DATABASE
    assert "missing records in learner_language" in result.out


def test_check_asks_for_init_on_an_empty_database(cli, tmp_path: Path) -> None:
    (tmp_path / "empty.sqlite3").touch()
    result = cli("check", database=str(tmp_path / "empty.sqlite3"))
    assert result.code == EXIT_DATABASE
    assert "run 'mentor-cli init'" in result.err


def test_check_does_not_create_a_missing_file(cli, tmp_path: Path) -> None:
    result = cli("check", database=str(tmp_path / "typo.sqlite3"))
    assert result.code == EXIT_DATABASE
    assert f"The database file {tmp_path / 'typo.sqlite3'} cannot be opened." in result.err
    assert not (tmp_path / "typo.sqlite3").exists()


def test_check_and_backup_work_on_a_read_only_database_that_init_refuses(
    cli, current_file: Path, tmp_path: Path
) -> None:
    add_learner(f"sqlite:///{current_file}")
    out = tmp_path / "out"
    out.mkdir()
    with read_only_folder(tmp_path / "ro", [current_file]) as folder:
        path = str(folder / current_file.name)
        before = snapshot(folder)
        refused = cli("init", database=path)
        assert refused.code == EXIT_DATABASE
        assert f"The database {path} is read-only" in refused.err
        assert cli("check", database=path).code == EXIT_OK
        saved = cli("backup", str(out / "copy.sqlite3"), database=path)
        assert saved.code == EXIT_OK, saved.err
        assert snapshot(folder) == before
    assert sqlite_rows(out / "copy.sqlite3", "SELECT first_name FROM learner") == [("Amina",)]


def test_backup_writes_a_checked_copy(cli, empty_database: str, tmp_path: Path) -> None:
    assert cli("init", database=empty_database).code == EXIT_OK
    target = tmp_path / "copy.backup"
    result = cli("backup", str(target), database=empty_database)
    assert result.code == EXIT_OK, result.err
    assert f"to {target}" in result.out and f"schema version {HEAD}" in result.out
    assert target.is_file()
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".copy.backup")]


@pytest.mark.skipif(not IS_ROOT, reason="mounting a small filesystem needs root")
def test_backup_to_a_full_disk_says_so_and_leaves_nothing(
    cli, current_file: Path, tmp_path: Path
) -> None:
    with small_filesystem(tmp_path / "stick", 64 * 1024) as stick:
        assert stick is not None
        result = cli("backup", str(stick / "copy.sqlite3"), database=str(current_file))
        assert result.code == EXIT_BACKUP
        assert f"not enough free disk space to write {stick / 'copy.sqlite3'}" in result.err
        assert list(stick.iterdir()) == []


@needs_postgres
def test_backup_of_postgresql_without_pg_dump(
    cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with fresh_postgres_database() as url:
        assert cli("init", database=url).code == EXIT_OK
        (tmp_path / "bin").mkdir()
        monkeypatch.setenv("PATH", str(tmp_path / "bin"))
        result = cli("backup", str(tmp_path / "centre.dump"), database=url)
    assert result.code == EXIT_BACKUP
    assert "needs the PostgreSQL tool pg_dump" in result.err
    assert not (tmp_path / "centre.dump").exists()


@pytest.mark.parametrize(
    ("database", "words"),
    [
        ("postgresql://tutor:s3cret@db.example:port/centre", "is not a valid database address"),
        ("postgresql://tutor:s3cret@127.0.0.1:1/centre", "cannot be reached"),
        ("mysql://tutor:s3cret@db.example/centre", "does not work with"),
    ],
)
def test_a_bad_address_is_one_sentence_without_the_password(cli, database: str, words: str) -> None:
    result = cli("init", database=database)
    assert result.code == EXIT_DATABASE
    assert words in result.err
    assert "s3cret" not in result.err + result.out
    assert "Traceback" not in result.err


def test_a_locked_database(cli, current_file: Path) -> None:
    before = snapshot(current_file.parent)
    holder = sqlite3.connect(current_file, isolation_level=None)
    holder.execute("PRAGMA locking_mode = EXCLUSIVE")
    holder.execute("BEGIN EXCLUSIVE")
    try:
        results = [cli(command, database=str(current_file)) for command in ("init", "check")]
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    for result in results:
        assert result.code == EXIT_DATABASE
        assert f"The database {current_file} is locked by another program" in result.err
    assert snapshot(current_file.parent) == before


def test_not_a_database(cli, tmp_path: Path) -> None:
    notes = tmp_path / "notes.txt"
    notes.write_text("shopping list\n" * 300)
    for command in (["init"], ["check"], ["backup", str(tmp_path / "copy")]):
        result = cli(*command, database=str(notes))
        assert result.code == EXIT_DATABASE, command
        assert f"{notes} is not a database file." in result.err
    assert sorted(p.name for p in tmp_path.iterdir() if p.name != "profile") == ["notes.txt"]


def test_a_newer_database(cli, current_file: Path) -> None:
    connection = sqlite3.connect(current_file)
    connection.execute("UPDATE alembic_version SET version_num = '0042'")
    connection.commit()
    connection.close()
    before = snapshot(current_file.parent)
    result = cli("init", database=str(current_file))
    assert result.code == EXIT_DATABASE
    assert "was made by a newer version of Mentor Desktop" in result.err
    assert snapshot(current_file.parent) == before


def test_another_programs_database(cli, tmp_path: Path) -> None:
    other = tmp_path / "other.db"
    connection = sqlite3.connect(other)
    connection.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY)")
    connection.commit()
    connection.close()
    before = other.read_bytes()
    result = cli("init", database=str(other))
    assert result.code == EXIT_DATABASE
    assert "holds another program's tables" in result.err
    assert other.read_bytes() == before


def test_usage_errors_and_version(cli) -> None:
    assert cli().code == EXIT_USAGE
    assert cli("frobnicate").code == EXIT_USAGE
    assert cli("backup").code == EXIT_USAGE
    version = cli("--version")
    assert version.code == EXIT_OK and version.out.startswith("mentor-cli ")


def test_the_installed_command_runs_in_a_process_of_its_own(tmp_path: Path) -> None:
    script = Path(sys.executable).with_name("mentor-cli")
    command = [str(script)] if script.exists() else [sys.executable, "-m", "mentor_desktop.cli"]
    env = {**os.environ, "MENTOR_DATA_DIR": str(tmp_path / "profile")}
    env.pop("MENTOR_DATABASE_URL", None)
    created = subprocess.run([*command, "init"], capture_output=True, text=True, env=env)
    assert created.returncode == EXIT_OK, created.stderr
    checked = subprocess.run(
        [sys.executable, "-m", "mentor_desktop.cli", "--lang", "da", "check"],
        capture_output=True,
        text=True,
        env=env,
    )
    assert checked.returncode == EXIT_OK, checked.stderr
    missing = subprocess.run(
        [
            sys.executable,
            "-m",
            "mentor_desktop.cli",
            "--lang",
            "da",
            "--database",
            str(tmp_path / "missing.sqlite3"),
            "check",
        ],
        capture_output=True,
        text=True,
        env=env,
    )
    assert missing.returncode == EXIT_DATABASE
    assert str(tmp_path / "missing.sqlite3") in missing.stderr
    assert "Traceback" not in missing.stderr
