"""Index readings by date, so the readings list opens at once at a million rows.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-24
"""

from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_readings_date", "readings", ["read_on", "id"])


def downgrade() -> None:
    op.drop_index("ix_readings_date", "readings")
