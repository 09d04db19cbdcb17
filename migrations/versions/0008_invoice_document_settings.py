"""What the printed invoice says besides the numbers: a free text, a legal footer, the
paper size, and whether to compare with similar customers.

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-24
"""

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("company") as table:
        table.add_column(sa.Column("invoice_note", sa.Text(), server_default="", nullable=False))
        table.add_column(sa.Column("invoice_footer", sa.Text(), server_default="", nullable=False))
        table.add_column(
            sa.Column("paper_size", sa.String(10), server_default="A4", nullable=False)
        )
        table.add_column(
            sa.Column("compare_with_peers", sa.Boolean(), server_default="1", nullable=False)
        )


def downgrade() -> None:
    with op.batch_alter_table("company") as table:
        for name in ("compare_with_peers", "paper_size", "invoice_footer", "invoice_note"):
            table.drop_column(name)
