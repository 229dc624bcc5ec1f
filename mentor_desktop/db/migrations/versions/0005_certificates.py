"""certificates keep the PDF as issued

Revision ID: 0005_certificates
Revises: 0001
Create Date: 2026-11-27 17:05:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005_certificates"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # A plain ADD COLUMN on both engines: no batch table copy on SQLite.
    op.add_column("certificate", sa.Column("pdf", sa.LargeBinary(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("certificate") as batch:
        batch.drop_column("pdf")
