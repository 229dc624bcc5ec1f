"""sessions newest first on PostgreSQL: an index in the order the sessions list asks for

The list sorts by date, then start time with the sessions without one as the day's earliest,
then id: ascending ``start_time NULLS FIRST``, descending ``start_time DESC NULLS LAST``.
PostgreSQL puts NULLs last ascending, so the model's (session_date, start_time, id) index
read backwards gives ``NULLS FIRST`` and PostgreSQL sorted every session for each page. This
index, read forwards or backwards, gives both orders. SQLite needs nothing: NULLs sort first
ascending there, and the model's index already serves both directions.

Revision ID: 0006_session_order
Revises: 0005_certificates
Create Date: 2026-11-27 18:25:00
"""

from __future__ import annotations

from alembic import op

revision = "0006_session_order"
down_revision = "0005_certificates"
branch_labels = None
depends_on = None

# "ix_pg_": an index on PostgreSQL only, left out of the comparison with the models.
INDEX = "ix_pg_session_date_order"


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute(f"CREATE INDEX {INDEX} ON session (session_date, start_time NULLS FIRST, id)")


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute(f"DROP INDEX {INDEX}")
