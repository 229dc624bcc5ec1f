"""Fixtures for the data-layer tests: empty databases on each engine."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from dbtools import ENGINES, fresh_postgres_database


@pytest.fixture(params=ENGINES)
def empty_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A database without any schema: a new SQLite file, or a new PostgreSQL database."""
    if request.param == "sqlite":
        folder = tmp_path / "db"
        folder.mkdir()
        yield f"sqlite:///{folder / 'mentor.sqlite3'}"
        return
    with fresh_postgres_database() as url:
        yield url
