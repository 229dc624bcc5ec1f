"""certificates keep the PDF as issued; indexes for the register's lookups

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
    op.create_index("ix_certificate_replaces_id", "certificate", ["replaces_id"])
    op.create_index(
        "ix_certificate_placement_placement_id", "certificate_placement", ["placement_id"]
    )


def downgrade() -> None:
    op.drop_index("ix_certificate_placement_placement_id", table_name="certificate_placement")
    op.drop_index("ix_certificate_replaces_id", table_name="certificate")
    with op.batch_alter_table("certificate") as batch:
        batch.drop_column("pdf")
