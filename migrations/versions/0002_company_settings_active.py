"""Company profile, settings, and customers that can be deactivated.

Adding `customers.active` rebuilds the table on SQLite (batch mode) while meters
point at it: the runner switches foreign keys off for the rebuild and checks them after.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-24
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "company",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("tax_id", sa.String(40), nullable=False),
        sa.Column("address", sa.Text(), nullable=False),
        sa.Column("email", sa.String(200), nullable=False),
        sa.Column("phone", sa.String(60), nullable=False),
        sa.Column("logo_path", sa.Text(), nullable=False),
        sa.Column("bank_name", sa.String(200), nullable=False),
        sa.Column("iban", sa.String(60), nullable=False),
        sa.Column("currency", sa.String(3), nullable=False),
        sa.Column("locale", sa.String(20), nullable=False),
        sa.Column("invoice_number_format", sa.String(60), nullable=False),
        sa.Column("credit_note_number_format", sa.String(60), nullable=False),
        sa.Column("payment_terms_days", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_company"),
    )
    op.create_table(
        "settings",
        sa.Column("key", sa.String(100), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key", name="pk_settings"),
    )
    with op.batch_alter_table("customers", recreate="always") as batch:
        batch.add_column(sa.Column("active", sa.Boolean(), server_default="1", nullable=False))


def downgrade() -> None:
    with op.batch_alter_table("customers", recreate="always") as batch:
        batch.drop_column("active")
    op.drop_table("settings")
    op.drop_table("company")
