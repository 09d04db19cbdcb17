"""Customers, meters and readings.

Revision ID: 0001
Revises:
Create Date: 2026-11-24
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "customers",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("account", sa.String(32), nullable=False),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("tax_id", sa.String(40), nullable=False),
        sa.Column("address", sa.Text(), nullable=False),
        sa.Column("email", sa.String(200), nullable=False),
        sa.Column("language", sa.String(5), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_customers"),
        sa.UniqueConstraint("account", name="uq_customers_account"),
    )
    op.create_index("ix_customers_name", "customers", ["name"])
    op.create_table(
        "meters",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("serial", sa.String(40), nullable=False),
        sa.Column("customer_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(12), nullable=False),
        sa.Column("unit", sa.String(16), nullable=False),
        sa.Column("register_digits", sa.Integer(), nullable=True),
        sa.Column("multiplier", sa.BigInteger(), nullable=False),
        sa.Column("install_read", sa.BigInteger(), nullable=False),
        sa.Column("installed_on", sa.Date(), nullable=False),
        sa.Column("removed_on", sa.Date(), nullable=True),
        sa.Column("route_order", sa.Integer(), nullable=True),
        sa.CheckConstraint("kind IN ('cumulative', 'interval')", name="ck_meters_kind"),
        sa.CheckConstraint("multiplier > 0", name="ck_meters_multiplier_positive"),
        sa.ForeignKeyConstraint(
            ["customer_id"], ["customers.id"], name="fk_meters_customer_id_customers"
        ),
        sa.PrimaryKeyConstraint("id", name="pk_meters"),
        sa.UniqueConstraint("serial", name="uq_meters_serial"),
    )
    op.create_index("ix_meters_customer_id", "meters", ["customer_id"])
    op.create_table(
        "readings",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("meter_id", sa.Integer(), nullable=False),
        sa.Column("read_on", sa.Date(), nullable=False),
        sa.Column("value", sa.BigInteger(), nullable=False),
        sa.Column("type", sa.String(10), nullable=False),
        sa.Column("source", sa.String(40), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint("type IN ('actual', 'estimated', 'customer')", name="ck_readings_type"),
        sa.ForeignKeyConstraint(["meter_id"], ["meters.id"], name="fk_readings_meter_id_meters"),
        sa.PrimaryKeyConstraint("id", name="pk_readings"),
    )
    op.create_index("ix_readings_meter_date", "readings", ["meter_id", "read_on"])


def downgrade() -> None:
    op.drop_table("readings")
    op.drop_table("meters")
    op.drop_table("customers")
