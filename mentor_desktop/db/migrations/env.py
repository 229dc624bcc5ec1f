"""Alembic environment. The program runs migrations through ``mentor_desktop.db.migrate``,
which hands in an open connection inside one transaction."""

from __future__ import annotations

from alembic import context

from mentor_desktop.db.models import Base

config = context.config
connection = config.attributes.get("connection")
if connection is None:
    raise RuntimeError("run migrations through mentor_desktop.db.migrate")


def include_object(obj, name, type_, reflected, compare_to):  # noqa: ANN001, ANN201
    # Search indexes that live outside the models (FTS5 shadow tables, pg_trgm indexes).
    if type_ == "table" and name and (name.endswith("_fts") or "_fts_" in name):
        return False
    if type_ == "index" and name and name.startswith("ix_trgm_"):
        return False
    return True


context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,
    compare_type=True,
    include_object=include_object,
)
with context.begin_transaction():
    context.run_migrations()
