"""Customers sort and search by a folded name key (no accents, no case).

SQLite compares bytes, so "Álvarez" sorted after "Zamora" and a search for
"alvarez" missed it. Existing rows get their key here.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-24
"""

import unicodedata

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def _fold(text: str) -> str:
    # A frozen copy of usagebill_desktop.domain.text.fold as it was at this revision.
    decomposed = unicodedata.normalize("NFKD", text)
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(bare.casefold().split())


def upgrade() -> None:
    with op.batch_alter_table("customers") as batch:
        batch.add_column(sa.Column("name_key", sa.String(200), server_default="", nullable=False))
    customers = sa.table(
        "customers",
        sa.column("id", sa.Integer),
        sa.column("name", sa.String),
        sa.column("name_key", sa.String),
    )
    connection = op.get_bind()
    rows = connection.execute(sa.select(customers.c.id, customers.c.name)).all()
    if rows:
        connection.execute(
            customers.update().where(customers.c.id == sa.bindparam("row_id")),
            [{"row_id": row_id, "name_key": _fold(name)} for row_id, name in rows],
        )
    op.create_index("ix_customers_name_key", "customers", ["name_key"])


def downgrade() -> None:
    op.drop_index("ix_customers_name_key", "customers")
    with op.batch_alter_table("customers") as batch:
        batch.drop_column("name_key")
