"""Payments append-only, voids only through a credit note, the audit log chained.

A payment is never updated or deleted: a mistaken one is undone by a reversal, a new
negative row naming the payment it reverses (`payments.reverses_id`) with its reason.
Each audit entry stores the previous entry's hash and its own (SHA-256 over a canonical
form of its content and that hash). The entries already written are chained as they
are, in the order of their ids: the chain vouches for them from now on, not for what
happened to them before this upgrade.

On SQLite, triggers refuse: an issued invoice turned void without issued credit notes for
all of it; any UPDATE or DELETE of a payment; a payment on an invoice that is not issued;
a reversal larger than what is left of the payment it reverses. PostgreSQL gets its own
triggers with the multi-desk work, as for 0006's; its columns and chain are made here.

This migration keeps its own copy of the hash (`domain/audit.entry_hash`): it must chain
the rows of its time whatever the code later becomes.

Revision ID: 0013
Revises: 0012
Create Date: 2026-11-28
"""

import hashlib
import json
from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None

GENESIS = "0" * 64
APPEND_ONLY = "the audit log is append-only"
PAYMENTS = "payments cannot be changed or deleted; reverse a payment instead"
AUDIT_TRIGGERS = {
    "audit_log_no_update": f"""CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
        BEGIN SELECT RAISE(ABORT, '{APPEND_ONLY}'); END""",
    "audit_log_no_delete": f"""CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
        BEGIN SELECT RAISE(ABORT, '{APPEND_ONLY}'); END""",
}
CREDITED = """(SELECT coalesce(sum(c.total), 0) FROM invoices AS c
    WHERE c.credited_id = OLD.id AND c.kind = 'credit_note' AND c.state = 'issued')"""
LEFT = """(SELECT p.amount FROM payments AS p WHERE p.id = NEW.reverses_id)
    + (SELECT coalesce(sum(r.amount), 0) FROM payments AS r
        WHERE r.reverses_id = NEW.reverses_id)"""
REVERSED = """SELECT 1 FROM payments AS p WHERE p.id = NEW.reverses_id
    AND p.invoice_id = NEW.invoice_id AND p.reverses_id IS NULL"""
TRIGGERS = {
    "invoices_void_by_credit_note": f"""CREATE TRIGGER invoices_void_by_credit_note
        BEFORE UPDATE OF state ON invoices
        WHEN OLD.state = 'issued' AND NEW.state = 'void' AND {CREDITED} != -OLD.total
        BEGIN SELECT RAISE(ABORT,
            'an issued invoice is voided only by issued credit notes for all of it'); END""",
    "payments_no_update": f"""CREATE TRIGGER payments_no_update BEFORE UPDATE ON payments
        BEGIN SELECT RAISE(ABORT, '{PAYMENTS}'); END""",
    "payments_no_delete": f"""CREATE TRIGGER payments_no_delete BEFORE DELETE ON payments
        BEGIN SELECT RAISE(ABORT, '{PAYMENTS}'); END""",
    "payments_on_issued": """CREATE TRIGGER payments_on_issued BEFORE INSERT ON payments
        WHEN (SELECT state FROM invoices WHERE id = NEW.invoice_id) IS NOT 'issued'
        BEGIN SELECT RAISE(ABORT, 'payments are recorded on issued invoices only'); END""",
    "payments_reversal_bounded": f"""CREATE TRIGGER payments_reversal_bounded
        BEFORE INSERT ON payments
        WHEN (NEW.reverses_id IS NULL AND NEW.amount <= 0) OR (NEW.reverses_id IS NOT NULL
            AND (NEW.amount >= 0 OR NOT EXISTS ({REVERSED}) OR {LEFT} + NEW.amount < 0))
        BEGIN SELECT RAISE(ABORT, 'a payment is positive; a reversal is negative and at most
            what is left of a payment of the same invoice'); END""",
}


def _hash(previous: str, at: datetime, actor: str, action: str, subject: str, data: str) -> str:
    content = [previous, at.astimezone(UTC).isoformat(), actor, action, subject, data]
    canonical = json.dumps(content, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(canonical.encode()).hexdigest()


def _chain_existing_entries() -> None:
    log = sa.table(
        "audit_log",
        sa.column("id", sa.Integer()),
        sa.column("at", sa.DateTime()),
        sa.column("actor", sa.String()),
        sa.column("action", sa.String()),
        sa.column("subject", sa.String()),
        sa.column("data", sa.Text()),
        sa.column("previous_hash", sa.String()),
        sa.column("hash", sa.String()),
    )
    connection = op.get_bind()
    query = sa.select(log.c.id, log.c.at, log.c.actor, log.c.action, log.c.subject, log.c.data)
    chained, previous = [], GENESIS
    for entry_id, at, actor, action, subject, data in connection.execute(query.order_by(log.c.id)):
        own = _hash(previous, at.replace(tzinfo=UTC), actor, action, subject, data)
        chained.append({"row_id": entry_id, "previous": previous, "own": own})
        previous = own
    if chained:
        connection.execute(
            log.update()
            .where(log.c.id == sa.bindparam("row_id"))
            .values(previous_hash=sa.bindparam("previous"), hash=sa.bindparam("own")),
            chained,
        )


def upgrade() -> None:
    sqlite = op.get_bind().dialect.name == "sqlite"
    if sqlite:  # the table is rebuilt below, and its rows written once more
        for name in AUDIT_TRIGGERS:
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
    with op.batch_alter_table("audit_log", schema=None) as batch_op:
        batch_op.add_column(sa.Column("previous_hash", sa.String(length=64), nullable=True))
        batch_op.add_column(sa.Column("hash", sa.String(length=64), nullable=True))
    _chain_existing_entries()
    with op.batch_alter_table("audit_log", schema=None) as batch_op:
        batch_op.alter_column("previous_hash", existing_type=sa.String(length=64), nullable=False)
        batch_op.alter_column("hash", existing_type=sa.String(length=64), nullable=False)
        batch_op.create_unique_constraint(
            batch_op.f("uq_audit_log_previous_hash"), ["previous_hash"]
        )
    with op.batch_alter_table("payments", schema=None) as batch_op:
        batch_op.add_column(sa.Column("reverses_id", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("reason", sa.Text(), server_default="", nullable=False))
        batch_op.create_foreign_key(
            batch_op.f("fk_payments_reverses_id_payments"), "payments", ["reverses_id"], ["id"]
        )
    if sqlite:
        for statement in (*AUDIT_TRIGGERS.values(), *TRIGGERS.values()):
            op.execute(statement)


def downgrade() -> None:
    sqlite = op.get_bind().dialect.name == "sqlite"
    if sqlite:
        for name in (*AUDIT_TRIGGERS, *TRIGGERS):
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
    with op.batch_alter_table("payments", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("fk_payments_reverses_id_payments"), type_="foreignkey")
        batch_op.drop_column("reason")
        batch_op.drop_column("reverses_id")
    with op.batch_alter_table("audit_log", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("uq_audit_log_previous_hash"), type_="unique")
        batch_op.drop_column("hash")
        batch_op.drop_column("previous_hash")
    if sqlite:
        for statement in AUDIT_TRIGGERS.values():
            op.execute(statement)
