"""Imports written a chunk at a time: an import's state, "pending" while its rows are
being written (no reader sees them) and "done" once the last chunk is in.

Every import recorded before this upgrade is done. The state needs no trigger: readers
leave out the rows of pending imports (`persistence/queries.visible_readings`).

Revision ID: 0015
Revises: 0014
Create Date: 2026-11-28
"""

import sqlalchemy as sa
from alembic import op

revision = "0015"
down_revision = "0014"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # SQLite and PostgreSQL alike: a column with a default needs no table rebuild.
    op.add_column(
        "imports", sa.Column("state", sa.String(10), nullable=False, server_default="done")
    )


def downgrade() -> None:
    op.execute(
        "DELETE FROM readings WHERE import_id IN (SELECT id FROM imports WHERE state = 'pending')"
    )
    op.execute("DELETE FROM imports WHERE state = 'pending'")
    with op.batch_alter_table("imports") as batch:
        batch.drop_column("state")
