"""Alembic environment. The program runs migrations through ``mentor_desktop.db.migrate``,
which hands in an open connection inside one transaction."""

from __future__ import annotations

from alembic import context

from mentor_desktop.db.migrate import include_object
from mentor_desktop.db.models import Base

config = context.config
connection = config.attributes.get("connection")
if connection is None:
    raise RuntimeError("run migrations through mentor_desktop.db.migrate")


context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,
    compare_type=True,
    include_object=include_object,
)
with context.begin_transaction():
    context.run_migrations()
