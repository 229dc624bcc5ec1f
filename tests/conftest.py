"""Test set-up: offscreen Qt, a temporary data folder, and databases migrated to head on
SQLite and, when ``MENTOR_TEST_DATABASE_URL`` names a PostgreSQL server, on PostgreSQL."""

from __future__ import annotations

import os
import shutil
import tempfile
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

os.environ["QT_QPA_PLATFORM"] = "offscreen"
# No test touches a real profile or a database named in the developer's environment;
# the folder goes when the test run ends.
_PROFILE = tempfile.TemporaryDirectory(prefix="mentor-test-profile-")
os.environ["MENTOR_DATA_DIR"] = _PROFILE.name
os.environ.pop("MENTOR_DATABASE_URL", None)

import pytest  # noqa: E402
from sqlalchemy import create_engine, text  # noqa: E402
from sqlalchemy.engine import make_url  # noqa: E402
from sqlalchemy.pool import NullPool  # noqa: E402

from mentor_desktop.bootstrap import Services, open_database  # noqa: E402
from mentor_desktop.db import models as m  # noqa: E402
from mentor_desktop.paths import Paths, resolve_paths  # noqa: E402

PG_ENV = "MENTOR_TEST_DATABASE_URL"
ENGINES = ["sqlite"] + (["postgresql"] if os.environ.get(PG_ENV) else [])

# A fixed "now" for tests that depend on today's date: Friday 2026-11-27, 12:00 in Denmark.
NOW = datetime(2026, 11, 27, 11, 0, tzinfo=UTC)


@pytest.fixture
def paths(tmp_path: Path) -> Paths:
    result = resolve_paths(tmp_path / "profile")
    result.ensure()
    return result


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A SQLite file migrated to head once; each test gets a copy."""
    folder = tmp_path_factory.mktemp("template")
    services = open_database(str(folder / "template.sqlite3"), resolve_paths(folder))
    services.close()
    return folder / "template.sqlite3"


@pytest.fixture(scope="session")
def postgres_url() -> Iterator[str]:
    """A database of its own on the test server, migrated to head once per test run."""
    base = make_url(os.environ[PG_ENV])
    name = f"mentor_test_{uuid.uuid4().hex[:10]}"
    admin = create_engine(base, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    url = base.set(database=name).render_as_string(hide_password=False)
    services = open_database(url, resolve_paths(_PROFILE.name))
    services.close()
    try:
        yield url
    finally:
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def _empty_postgres(url: str) -> None:
    """Delete every row and restart the id sequences: on tables this small, DELETE costs a
    few milliseconds where TRUNCATE costs most of a second."""
    engine = create_engine(url, poolclass=NullPool)
    with engine.begin() as connection:
        for table in reversed(m.Base.metadata.sorted_tables):
            connection.execute(table.delete())
        connection.execute(
            text(
                "SELECT setval(c.oid, 1, false) FROM pg_class c "
                "JOIN pg_namespace n ON n.oid = c.relnamespace "
                "WHERE c.relkind = 'S' AND n.nspname = current_schema()"
            )
        )
    engine.dispose()


@pytest.fixture(params=ENGINES)
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """The URL of an empty database at head: SQLite, and PostgreSQL where configured."""
    if request.param == "sqlite":
        target = tmp_path / "mentor.sqlite3"
        shutil.copyfile(request.getfixturevalue("sqlite_template"), target)
        return f"sqlite:///{target}"
    url = request.getfixturevalue("postgres_url")
    _empty_postgres(url)
    return url


@pytest.fixture
def services(database_url: str, paths: Paths) -> Iterator[Services]:
    """The program's services over an empty database, with the clock at ``NOW``."""
    result = open_database(database_url, paths)
    result.context.clock = lambda: NOW
    yield result
    result.close()
