"""What the customer's account view shows and the customer dialog edits: a phone, the
supply address (where it is not the billing address), how they pay and, for direct
debit, the IBAN (checked by `domain/customers.check_iban`).

Every customer recorded before this upgrade has none of them: empty texts, and the
payment method "" (not stated) rather than a guess.

Revision ID: 0016
Revises: 0015
Create Date: 2026-11-28
"""

import sqlalchemy as sa
from alembic import op

revision = "0016"
down_revision = "0015"
branch_labels = None
depends_on = None

_COLUMNS = (
    ("phone", sa.String(40)),
    ("supply_address", sa.Text()),
    ("payment_method", sa.String(20)),
    ("iban", sa.String(34)),
)


def upgrade() -> None:
    # SQLite and PostgreSQL alike: a column with a default needs no table rebuild.
    for name, kind in _COLUMNS:
        op.add_column("customers", sa.Column(name, kind, nullable=False, server_default=""))


def downgrade() -> None:
    # ALTER TABLE … DROP COLUMN (SQLite 3.35+), not a batch: rebuilding `customers` would
    # drop the table meters and invoices point to.
    for name, _ in reversed(_COLUMNS):
        op.drop_column("customers", name)
