"""A tariff's charge labels and unit in other languages, so each customer's invoice is
worded in the customer's language.

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-25
"""

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("tariffs") as table:
        table.add_column(sa.Column("translations", sa.Text(), server_default="{}", nullable=False))


def downgrade() -> None:
    with op.batch_alter_table("tariffs") as table:
        table.drop_column("translations")
