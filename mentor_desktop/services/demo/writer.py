"""Bulk writing for the demo generator: rows are collected per table as tuples and written
in chunks, parents before children, inside the caller's transaction. SQLite gets SQLAlchemy
Core ``insert()`` with executemany; PostgreSQL gets ``COPY ... FROM STDIN``.

Primary keys are given by the writer (one past the table's highest id), so that children
can point at parents before anything is written; on PostgreSQL the id sequences are moved
past them at the end."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

import sqlalchemy as sa

from mentor_desktop.db import models as m

_ORDER = {table.name: i for i, table in enumerate(m.Base.metadata.sorted_tables)}


class BulkWriter:
    def __init__(self, connection: sa.Connection, *, chunk_rows: int):
        self._connection = connection
        self._postgres = connection.dialect.name == "postgresql"
        self._chunk_rows = chunk_rows
        self._columns: dict[str, tuple[str, ...]] = {}
        self._buffers: dict[str, list[tuple[Any, ...]]] = {}
        self._next_id: dict[str, int] = {}
        self._pending = 0
        self._processors: dict[str, list[_Remembered | None]] = {}
        self.counts: dict[str, int] = {}

    @property
    def connection(self) -> sa.Connection:
        return self._connection

    def declare(self, table: sa.Table, columns: Sequence[str]) -> None:
        """Name the columns of the tuples that ``add`` will get for ``table``. Every
        NOT NULL column must be among them: COPY applies no Python-side defaults."""
        missing = [
            c.name
            for c in table.columns
            if not c.nullable and c.server_default is None and c.name not in columns
        ]
        unknown = [name for name in columns if name not in table.columns]
        if missing or unknown:
            raise ValueError(f"{table.name}: missing {missing}, unknown {unknown}")
        self._columns[table.name] = tuple(columns)
        self._buffers.setdefault(table.name, [])
        self.counts.setdefault(table.name, 0)

    def new_id(self, table: sa.Table) -> int:
        """The next free primary key of ``table``."""
        if table.name not in self._next_id:
            highest = self._connection.scalar(sa.select(sa.func.max(table.c.id)))
            self._next_id[table.name] = (highest or 0) + 1
        value = self._next_id[table.name]
        self._next_id[table.name] = value + 1
        return value

    def add(self, table: sa.Table, row: tuple[Any, ...]) -> None:
        self._buffers[table.name].append(row)
        self._pending += 1

    def flush_if_full(self) -> bool:
        """Write everything collected once a chunk's worth has piled up; True if it did."""
        if self._pending < self._chunk_rows:
            return False
        self.flush()
        return True

    def flush(self) -> None:
        for name in sorted(self._buffers, key=_ORDER.__getitem__):
            rows = self._buffers[name]
            if not rows:
                continue
            self._write(m.Base.metadata.tables[name], self._columns[name], rows)
            self.counts[name] += len(rows)
            self._buffers[name] = []
        self._pending = 0

    def finish(self) -> None:
        """Write the rest; on PostgreSQL move each id sequence past the ids given."""
        self.flush()
        if not self._postgres:
            return
        for name in sorted(self._next_id, key=_ORDER.__getitem__):
            self._connection.execute(
                sa.text(
                    f"SELECT setval(pg_get_serial_sequence(:table, 'id'), "
                    f'(SELECT max(id) FROM "{name}"))'
                ),
                {"table": name},
            )

    def _write(
        self, table: sa.Table, columns: tuple[str, ...], rows: list[tuple[Any, ...]]
    ) -> None:
        quoted = ", ".join(f'"{c}"' for c in columns)
        if self._postgres:
            raw = self._connection.connection.driver_connection
            with raw.cursor() as cursor:  # type: ignore[union-attr]
                with cursor.copy(f'COPY "{table.name}" ({quoted}) FROM STDIN') as copy:
                    for row in rows:
                        copy.write_row(row)
            return
        # The columns' own bind processing (dates, UTC timestamps, enums), remembered per
        # value because the demo's values repeat a great deal, then the driver's
        # executemany: a fraction of the time of Core's executemany with dicts.
        if table.name not in self._processors:
            dialect = self._connection.dialect
            self._processors[table.name] = [
                _Remembered(process) if process is not None else None
                for process in (
                    table.c[name].type.dialect_impl(dialect).bind_processor(dialect)
                    for name in columns
                )
            ]
        processors = self._processors[table.name]
        if any(p is not None for p in processors):
            by_column: list[Any] = list(zip(*rows, strict=True))
            for index, remembered in enumerate(processors):
                if remembered is not None:
                    by_column[index] = map(remembered.__getitem__, by_column[index])
            rows = list(zip(*by_column, strict=True))
        placeholders = ", ".join("?" * len(columns))
        self._connection.exec_driver_sql(
            f'INSERT INTO "{table.name}" ({quoted}) VALUES ({placeholders})', rows
        )


class _Remembered(dict[Any, Any]):
    """A bind processor that converts each distinct value once."""

    def __init__(self, process: Callable[[Any], Any]):
        super().__init__()
        self._process = process

    def __missing__(self, value: Any) -> Any:
        result = self[value] = self._process(value)
        return result
