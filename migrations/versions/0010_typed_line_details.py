"""Rated lines' details in one shape per kind of line, so readers never guess.

`invoice_lines.detail` was `{"details": {...}, "proration": ..., "version_from": ...}`
with whatever keys the rating engine wrote at the time: a tier, fee, volume or step line
had its limits flat (`lower`, `upper`, and since blocks were named `block`,
`per_period_lower`, `per_period_upper`), an overage `after_allowance` only when true, a
package `free_per_period` only since it was kept, and a label worded for the customer
kept the tariff's own words as `as_written` among the details. Now the details are the
fields of the kind's record (usagebill_desktop/domain/line_details.py), the limits one
`block` object, and `as_written` sits beside `proration` (null when the label is as
written). What was not stored stays unknown (null), as the readers took it before.

This changes the representation only: every invoice reads, prints and explains exactly
as before (tests/integration/test_stored_invoices_upgrade.py checks it on invoices stored
at 0009), and no amount, label, number or date is touched. Issued invoices are guarded
by the SQLite trigger `invoice_lines_update_frozen` (0006) against any change to their
lines; this migration drops that one trigger, rewrites the `detail` column, and creates
the trigger again from its own stored SQL, inside the same transaction, so the guard is
back before anything else can write. The downgrade does the same the other way.

Revision ID: 0010
Revises: 0009
Create Date: 2026-11-28
"""

import json
from collections.abc import Callable
from typing import Any

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None

GUARD = "invoice_lines_update_frozen"
BLOCKED = ("tier", "tier_fee", "volume", "stairstep")
Json = dict[str, Any]


def upgrade() -> None:
    _rewrite(_typed)


def downgrade() -> None:
    _rewrite(_flat)


def _rewrite(convert: Callable[[str, Json], Json]) -> None:
    bind = op.get_bind()
    guard = None
    if bind.dialect.name == "sqlite":
        guard = bind.execute(
            sa.text("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = :name"),
            {"name": GUARD},
        ).scalar()
        op.execute(f"DROP TRIGGER IF EXISTS {GUARD}")
    done: dict[tuple[str, str], str] = {}  # most lines of a run repeat a few details
    changed = []
    for id_, kind, detail in bind.execute(sa.text("SELECT id, kind, detail FROM invoice_lines")):
        found = done.get((kind, detail))
        if found is None:
            found = done[(kind, detail)] = _dumps(convert(kind, json.loads(detail)))
        if found != detail:
            changed.append({"id": id_, "detail": found})
    if changed:
        bind.execute(sa.text("UPDATE invoice_lines SET detail = :detail WHERE id = :id"), changed)
    if guard is not None:
        op.execute(guard)


def _dumps(value: Json) -> str:
    # As the app writes it (persistence/invoice_json.py): compact, UTF-8 as is.
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def _typed(kind: str, stored: Json) -> Json:
    old = dict(stored["details"])
    as_written = old.pop("as_written", None)
    if kind in BLOCKED:
        block = {
            "lower": old.pop("lower"),
            "upper": old.pop("upper"),
            "number": old.pop("block", None),
            "per_period_lower": old.pop("per_period_lower", None),
            "per_period_upper": old.pop("per_period_upper", None),
        }
        overage = old.pop("after_allowance", False)
        details = {"block": block}
        if kind == "tier":
            details["after_allowance"] = overage
        details |= old  # tier_fee: flat_fee; stairstep: price
    elif kind == "package":
        details = {**old, "free_per_period": old.get("free_per_period")}
    else:
        details = old
    return {
        "details": details,
        "proration": stored["proration"],
        "version_from": stored["version_from"],
        "as_written": as_written,
    }


def _flat(kind: str, stored: Json) -> Json:
    details = dict(stored["details"])
    if kind in BLOCKED:
        block = details.pop("block")
        flat = {"lower": block["lower"], "upper": block["upper"]}
        if block["number"] is not None:
            flat |= {
                "block": block["number"],
                "per_period_lower": block["per_period_lower"],
                "per_period_upper": block["per_period_upper"],
            }
        if details.pop("after_allowance", False):
            flat["after_allowance"] = True
        details = flat | details
    elif kind == "package" and details["free_per_period"] is None:
        del details["free_per_period"]
    if stored["as_written"] is not None:
        details["as_written"] = stored["as_written"]
    return {
        "details": details,
        "proration": stored["proration"],
        "version_from": stored["version_from"],
    }
