"""An issued invoice keeps its usage section as issued: `invoices.kept_usage` holds, block
by block, the numbers its PDF prints of the customer's use (the last periods billed, the
change against the previous period and a year ago, the comparison with similar
customers), written in the same statement that issues it. Without it a reprint was
recomputed from the data as it is now: a later invoice of the same period moved the
peers' median, a credit note or a void took a period out of the history.

Invoices issued before this revision never kept theirs: each gets the best available
knowledge, its usage as the app computes it at upgrade time (the data as it is then,
with the comparison switched on or off as its issuer version says), which is what it
printed just before the upgrade. Credit notes print no usage and keep none.

A trigger keeps it so: an issued invoice's `kept_usage` cannot change
(`invoices_usage_frozen`, beside 0006's `invoices_issued_frozen`, which is set aside
while the numbers are written: it refuses any change to a void invoice). SQLite and
PostgreSQL alike. The numbers are computed by the app's own code of this revision
(`services/usage.compare_use` on `persistence/usage_repository`), as 0012 took the
app's texts: the same code issues, so what upgraded invoices keep is what new ones would.

Revision ID: 0014
Revises: 0013
Create Date: 2026-11-28
"""

import json
from collections import defaultdict

import sqlalchemy as sa
from alembic import op
from sqlalchemy.orm import Session

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None

FROZEN = "issued invoices cannot be changed; issue a credit note instead"  # 0006's words
GUARD = "invoices_issued_frozen"  # 0006's: refuses any change to a void invoice
TRIGGER = "invoices_usage_frozen"
CHANGED = "OLD.state != 'draft' AND NEW.kept_usage IS DISTINCT FROM OLD.kept_usage"


def upgrade() -> None:
    dialect = op.get_bind().dialect.name
    op.add_column("invoices", sa.Column("kept_usage", sa.Text(), nullable=True))
    guard = None
    if dialect == "sqlite":  # 0006's guard set aside while the numbers are written
        found = "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = :name"
        guard = op.get_bind().execute(sa.text(found), {"name": GUARD}).scalar()
        op.execute(f"DROP TRIGGER IF EXISTS {GUARD}")
    _keep_usage_of_issued_invoices()
    if guard is not None:
        op.execute(guard)
    if dialect == "sqlite":
        op.execute(
            f"""CREATE TRIGGER {TRIGGER} BEFORE UPDATE OF kept_usage ON invoices
            WHEN OLD.state != 'draft' AND NEW.kept_usage IS NOT OLD.kept_usage
            BEGIN SELECT RAISE(ABORT, '{FROZEN}'); END"""
        )
    elif dialect == "postgresql":
        op.execute(
            f"""CREATE FUNCTION {TRIGGER}() RETURNS trigger AS $$
            BEGIN
                IF {CHANGED} THEN RAISE EXCEPTION '{FROZEN}'; END IF;
                RETURN NEW;
            END $$ LANGUAGE plpgsql"""
        )
        op.execute(
            f"""CREATE TRIGGER {TRIGGER} BEFORE UPDATE OF kept_usage ON invoices
            FOR EACH ROW EXECUTE FUNCTION {TRIGGER}()"""
        )


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        op.execute(f"DROP TRIGGER IF EXISTS {TRIGGER}")
    elif dialect == "postgresql":
        op.execute(f"DROP TRIGGER IF EXISTS {TRIGGER} ON invoices")
        op.execute(f"DROP FUNCTION IF EXISTS {TRIGGER}()")
    op.drop_column("invoices", "kept_usage")  # SQLite 3.35+: no rebuild


def _keep_usage_of_issued_invoices() -> None:
    """Every issued or void invoice gets its usage as computed now."""
    from usagebill_desktop.persistence.usage_repository import SqlUsage, kept_json
    from usagebill_desktop.services.usage import compare_use

    bind = op.get_bind()
    versions = {
        version_id: bool(json.loads(content)["profile"].get("compare_with_peers", True))
        for version_id, content in bind.execute(sa.text("SELECT id, content FROM issuer_versions"))
    }
    issued = bind.execute(
        sa.text(
            "SELECT id, issuer_version_id FROM invoices"
            " WHERE state != 'draft' AND kind = 'invoice' ORDER BY id"
        )
    )
    by_compare: dict[bool, list[int]] = defaultdict(list)
    for invoice_id, version_id in issued:
        by_compare[versions.get(version_id, True)].append(invoice_id)
    kept = []
    with Session(bind=bind) as session:
        usage = SqlUsage(session)
        for compare, ids in by_compare.items():
            billed = usage.billed(ids)
            for invoice_id, compared in compare_use(
                usage, billed, compare=compare, cache={}
            ).items():
                kept.append({"row_id": invoice_id, "kept": kept_json(compared)})
    if kept:
        bind.execute(sa.text("UPDATE invoices SET kept_usage = :kept WHERE id = :row_id"), kept)
