"""Imports: every file imported is recorded, and its readings point back to it so the
import can be undone as a whole.

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-24
"""

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "imports",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("file_name", sa.String(260), nullable=False),
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("rows", sa.Integer(), nullable=False),
        sa.Column("accepted", sa.Integer(), nullable=False),
        sa.Column("duplicates", sa.Integer(), nullable=False),
        sa.Column("skipped", sa.Integer(), nullable=False),
        sa.Column("warnings", sa.Integer(), nullable=False),
        sa.Column("rejected", sa.Integer(), nullable=False),
        sa.Column("actor", sa.String(100), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("undone_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_imports"),
    )
    with op.batch_alter_table("readings") as batch:
        batch.add_column(sa.Column("import_id", sa.Integer(), nullable=True))
        batch.create_foreign_key("fk_readings_import_id_imports", "imports", ["import_id"], ["id"])
        batch.create_index("ix_readings_import_id", ["import_id"])


def downgrade() -> None:
    with op.batch_alter_table("readings") as batch:
        batch.drop_index("ix_readings_import_id")
        batch.drop_constraint("fk_readings_import_id_imports", type_="foreignkey")
        batch.drop_column("import_id")
    op.drop_table("imports")
