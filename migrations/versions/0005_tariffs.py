"""Tariffs with dated versions, their charges and taxes, and meter assignments.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-24
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "tariffs",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("currency", sa.String(3), nullable=False),
        sa.Column("unit", sa.String(16), nullable=False),
        sa.Column("period", sa.String(10), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint("period IN ('month', 'quarter', 'year')", name="ck_tariffs_period"),
        sa.PrimaryKeyConstraint("id", name="pk_tariffs"),
        sa.UniqueConstraint("name", name="uq_tariffs_name"),
    )
    op.create_table(
        "tariff_versions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("tariff_id", sa.Integer(), nullable=False),
        sa.Column("valid_from", sa.Date(), nullable=False),
        sa.ForeignKeyConstraint(
            ["tariff_id"], ["tariffs.id"], name="fk_tariff_versions_tariff_id_tariffs"
        ),
        sa.PrimaryKeyConstraint("id", name="pk_tariff_versions"),
        sa.UniqueConstraint("tariff_id", "valid_from", name="uq_tariff_versions_tariff_id"),
    )
    for table, columns in (
        (
            "tariff_charges",
            [
                sa.Column("type", sa.String(20), nullable=False),
                sa.Column("label", sa.String(200), nullable=False),
                sa.Column("spec", sa.Text(), nullable=False),
            ],
        ),
        (
            "tariff_taxes",
            [
                sa.Column("name", sa.String(60), nullable=False),
                sa.Column("rate", sa.BigInteger(), nullable=False),
            ],
        ),
    ):
        op.create_table(
            table,
            sa.Column("id", sa.Integer(), nullable=False),
            sa.Column("version_id", sa.Integer(), nullable=False),
            sa.Column("position", sa.Integer(), nullable=False),
            *columns,
            sa.ForeignKeyConstraint(
                ["version_id"],
                ["tariff_versions.id"],
                name=f"fk_{table}_version_id_tariff_versions",
            ),
            sa.PrimaryKeyConstraint("id", name=f"pk_{table}"),
            sa.UniqueConstraint("version_id", "position", name=f"uq_{table}_version_id"),
        )
    op.create_table(
        "meter_tariffs",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("meter_id", sa.Integer(), nullable=False),
        sa.Column("tariff_id", sa.Integer(), nullable=False),
        sa.Column("valid_from", sa.Date(), nullable=False),
        sa.ForeignKeyConstraint(
            ["meter_id"], ["meters.id"], name="fk_meter_tariffs_meter_id_meters"
        ),
        sa.ForeignKeyConstraint(
            ["tariff_id"], ["tariffs.id"], name="fk_meter_tariffs_tariff_id_tariffs"
        ),
        sa.PrimaryKeyConstraint("id", name="pk_meter_tariffs"),
        sa.UniqueConstraint("meter_id", "valid_from", name="uq_meter_tariffs_meter_id"),
    )
    op.create_index("ix_meter_tariffs_tariff_id", "meter_tariffs", ["tariff_id"])


def downgrade() -> None:
    for table in ("meter_tariffs", "tariff_taxes", "tariff_charges", "tariff_versions", "tariffs"):
        op.drop_table(table)
