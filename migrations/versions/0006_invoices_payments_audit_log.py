"""Invoices with their meter blocks, lines and taxes; payments; the audit log.

On SQLite, triggers make issued invoices immutable (only voiding by a credit note
may change them) and the audit log append-only. PostgreSQL gets its own triggers
with the multi-desk work.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-24
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "audit_log",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("actor", sa.String(length=100), nullable=False),
        sa.Column("action", sa.String(length=40), nullable=False),
        sa.Column("subject", sa.String(length=100), nullable=False),
        sa.Column("data", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_log")),
    )
    op.create_table(
        "invoices",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=12), nullable=False),
        sa.Column("state", sa.String(length=8), nullable=False),
        sa.Column("series", sa.String(length=60), nullable=True),
        sa.Column("year", sa.Integer(), nullable=True),
        sa.Column("seq", sa.Integer(), nullable=True),
        sa.Column("number", sa.String(length=60), nullable=True),
        sa.Column("customer_id", sa.Integer(), nullable=False),
        sa.Column("customer_account", sa.String(length=32), nullable=False),
        sa.Column("customer_name", sa.String(length=200), nullable=False),
        sa.Column("customer_tax_id", sa.String(length=40), nullable=False),
        sa.Column("customer_address", sa.Text(), nullable=False),
        sa.Column("period_start", sa.Date(), nullable=False),
        sa.Column("period_end", sa.Date(), nullable=False),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("subtotal", sa.BigInteger(), nullable=False),
        sa.Column("tax_total", sa.BigInteger(), nullable=False),
        sa.Column("total", sa.BigInteger(), nullable=False),
        sa.Column("issue_date", sa.Date(), nullable=True),
        sa.Column("due_date", sa.Date(), nullable=True),
        sa.Column("credited_id", sa.Integer(), nullable=True),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint("kind IN ('invoice', 'credit_note')", name=op.f("ck_invoices_kind")),
        sa.CheckConstraint(
            "state = 'draft' OR number IS NOT NULL", name=op.f("ck_invoices_issued_numbered")
        ),
        sa.CheckConstraint("state IN ('draft', 'issued', 'void')", name=op.f("ck_invoices_state")),
        sa.ForeignKeyConstraint(
            ["credited_id"], ["invoices.id"], name=op.f("fk_invoices_credited_id_invoices")
        ),
        sa.ForeignKeyConstraint(
            ["customer_id"], ["customers.id"], name=op.f("fk_invoices_customer_id_customers")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_invoices")),
        sa.UniqueConstraint("number", name=op.f("uq_invoices_number")),
        sa.UniqueConstraint("series", "year", "seq", name=op.f("uq_invoices_series")),
    )
    with op.batch_alter_table("invoices", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_invoices_credited_id"), ["credited_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_invoices_customer_id"), ["customer_id"], unique=False)
        batch_op.create_index("ix_invoices_period", ["period_start", "period_end"], unique=False)

    op.create_table(
        "invoice_lines",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("invoice_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("meter_serial", sa.String(length=40), nullable=False),
        sa.Column("charge", sa.String(length=20), nullable=False),
        sa.Column("label", sa.String(length=200), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("quantity", sa.BigInteger(), nullable=True),
        sa.Column("unit_price", sa.BigInteger(), nullable=True),
        sa.Column("amount", sa.BigInteger(), nullable=False),
        sa.Column("detail", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["invoice_id"], ["invoices.id"], name=op.f("fk_invoice_lines_invoice_id_invoices")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_invoice_lines")),
        sa.UniqueConstraint("invoice_id", "position", name=op.f("uq_invoice_lines_invoice_id")),
    )
    op.create_table(
        "invoice_meters",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("invoice_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("meter_serial", sa.String(length=40), nullable=False),
        sa.Column("unit", sa.String(length=16), nullable=False),
        sa.Column("tariff", sa.String(length=200), nullable=False),
        sa.Column("quantity", sa.BigInteger(), nullable=False),
        sa.Column("first_day", sa.Date(), nullable=False),
        sa.Column("last_day", sa.Date(), nullable=False),
        sa.Column("end_on", sa.Date(), nullable=True),
        sa.Column("end_value", sa.BigInteger(), nullable=True),
        sa.Column("detail", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["invoice_id"], ["invoices.id"], name=op.f("fk_invoice_meters_invoice_id_invoices")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_invoice_meters")),
        sa.UniqueConstraint("invoice_id", "position", name=op.f("uq_invoice_meters_invoice_id")),
    )
    with op.batch_alter_table("invoice_meters", schema=None) as batch_op:
        batch_op.create_index("ix_invoice_meters_meter", ["meter_serial", "end_on"], unique=False)

    op.create_table(
        "invoice_taxes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("invoice_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=60), nullable=False),
        sa.Column("rate", sa.BigInteger(), nullable=False),
        sa.Column("base", sa.BigInteger(), nullable=False),
        sa.Column("amount", sa.BigInteger(), nullable=False),
        sa.ForeignKeyConstraint(
            ["invoice_id"], ["invoices.id"], name=op.f("fk_invoice_taxes_invoice_id_invoices")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_invoice_taxes")),
        sa.UniqueConstraint("invoice_id", "position", name=op.f("uq_invoice_taxes_invoice_id")),
    )
    op.create_table(
        "payments",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("invoice_id", sa.Integer(), nullable=False),
        sa.Column("paid_on", sa.Date(), nullable=False),
        sa.Column("amount", sa.BigInteger(), nullable=False),
        sa.Column("method", sa.String(length=40), nullable=False),
        sa.Column("reference", sa.String(length=100), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["invoice_id"], ["invoices.id"], name=op.f("fk_payments_invoice_id_invoices")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_payments")),
    )
    with op.batch_alter_table("payments", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_payments_invoice_id"), ["invoice_id"], unique=False)
    if op.get_bind().dialect.name == "sqlite":
        for statement in triggers():
            op.execute(statement)


FROZEN = "issued invoices cannot be changed; issue a credit note instead"
# Every column of an invoice but its state, which may only go issued -> void.
INVOICE_COLUMNS = (
    "kind",
    "series",
    "year",
    "seq",
    "number",
    "customer_id",
    "customer_account",
    "customer_name",
    "customer_tax_id",
    "customer_address",
    "period_start",
    "period_end",
    "currency",
    "subtotal",
    "tax_total",
    "total",
    "issue_date",
    "due_date",
    "credited_id",
    "reason",
)
CHILDREN = ("invoice_meters", "invoice_lines", "invoice_taxes")


def triggers() -> list[str]:
    changed = " OR ".join(f"NEW.{c} IS NOT OLD.{c}" for c in INVOICE_COLUMNS)
    statements = [
        f"""CREATE TRIGGER invoices_issued_frozen BEFORE UPDATE ON invoices
        WHEN OLD.state != 'draft' AND ({changed} OR OLD.state = 'void' OR NEW.state = 'draft')
        BEGIN SELECT RAISE(ABORT, '{FROZEN}'); END""",
        f"""CREATE TRIGGER invoices_issued_kept BEFORE DELETE ON invoices
        WHEN OLD.state != 'draft' BEGIN SELECT RAISE(ABORT, '{FROZEN}'); END""",
        """CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
        BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END""",
        """CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
        BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END""",
    ]
    for table in CHILDREN:
        for event, row in (("INSERT", "NEW"), ("UPDATE", "OLD"), ("DELETE", "OLD")):
            statements.append(
                f"""CREATE TRIGGER {table}_{event.lower()}_frozen BEFORE {event} ON {table}
                WHEN (SELECT state FROM invoices WHERE id = {row}.invoice_id) != 'draft'
                BEGIN SELECT RAISE(ABORT, '{FROZEN}'); END"""
            )
    return statements


def trigger_names() -> list[str]:
    names = [
        "invoices_issued_frozen",
        "invoices_issued_kept",
        "audit_log_no_update",
        "audit_log_no_delete",
    ]
    names += [f"{t}_{e}_frozen" for t in CHILDREN for e in ("insert", "update", "delete")]
    return names


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for name in trigger_names():
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
    with op.batch_alter_table("payments", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_payments_invoice_id"))

    op.drop_table("payments")
    op.drop_table("invoice_taxes")
    with op.batch_alter_table("invoice_meters", schema=None) as batch_op:
        batch_op.drop_index("ix_invoice_meters_meter")

    op.drop_table("invoice_meters")
    op.drop_table("invoice_lines")
    with op.batch_alter_table("invoices", schema=None) as batch_op:
        batch_op.drop_index("ix_invoices_period")
        batch_op.drop_index(batch_op.f("ix_invoices_customer_id"))
        batch_op.drop_index(batch_op.f("ix_invoices_credited_id"))

    op.drop_table("invoices")
    op.drop_table("audit_log")
