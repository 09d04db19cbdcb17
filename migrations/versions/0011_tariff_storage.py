"""Tariff charges are stored in persistence's own shape, not as tariff-file fragments:
`tariff_charges.spec` holds the charge's fields but its label, by their names in the
domain, every field present (a free first tier's flat fee "0", an empty `of`), so a
tariff loads without the file reader.

This migration keeps its own copy of both shapes: it must convert the rows of its time
whatever the code later becomes.

Revision ID: 0011
Revises: 0010
Create Date: 2026-11-28
"""

import json
from collections.abc import Callable
from decimal import Decimal
from typing import Any

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None

_Spec = dict[str, Any]


def _tiers(spec: _Spec) -> _Spec:
    tiers = [
        {"up_to": t["up_to"], "unit_price": t["unit_price"], "flat_fee": t.get("flat_fee", "0")}
        for t in spec["tiers"]
    ]
    return {"tiers": tiers}


def _steps(spec: _Spec) -> _Spec:
    return {"steps": [{"up_to": s["up_to"], "price": s["price"]} for s in spec["tiers"]]}


def _package(spec: _Spec) -> _Spec:
    return {
        "package_size": spec["package_size"],
        "package_price": spec["package_price"],
        "free_units": spec.get("free_units", "0"),
    }


def _percentage(spec: _Spec) -> _Spec:
    return {"rate": spec["rate"], "of": spec.get("of", [])}


_TO_TERMS: dict[str, Callable[[_Spec], _Spec]] = {
    "fixed": lambda spec: {"amount": spec["amount"]},
    "minimum": lambda spec: {"amount": spec["amount"]},
    "per_unit": lambda spec: {"unit_price": spec["unit_price"]},
    "graduated": _tiers,
    "volume": _tiers,
    "package": _package,
    "stairstep": _steps,
    "percentage": _percentage,
}


def _file_form(kind: str, label: str, terms: _Spec) -> _Spec:
    """The charge as the tariff file writes it (what 0005 to 0009 stored)."""
    spec: _Spec = {"type": kind, "label": label}
    if kind == "stairstep":
        return {**spec, "tiers": terms["steps"]}
    if kind in ("graduated", "volume"):
        tiers = [
            {key: value for key, value in tier.items() if key != "flat_fee" or _nonzero(value)}
            for tier in terms["tiers"]
        ]
        return {**spec, "tiers": tiers}
    return {
        **spec,
        **{
            key: value
            for key, value in terms.items()
            if key not in ("free_units", "of") or _nonzero(value)
        },
    }


def _nonzero(value: object) -> bool:
    """An empty `of`, or a zero the file leaves out ("0", "0.00")."""
    return bool(value) and (not isinstance(value, str) or Decimal(value) != 0)


def _convert(change: Callable[[str, str, _Spec], _Spec]) -> None:
    charges = sa.table(
        "tariff_charges", sa.column("id"), sa.column("type"), sa.column("label"), sa.column("spec")
    )
    connection = op.get_bind()
    rows = connection.execute(
        sa.select(charges.c.id, charges.c.type, charges.c.label, charges.c.spec)
    ).all()
    if rows:
        connection.execute(
            charges.update().where(charges.c.id == sa.bindparam("row_id")),
            [
                {
                    "row_id": row_id,
                    "spec": json.dumps(change(kind, label, json.loads(spec)), ensure_ascii=False),
                }
                for row_id, kind, label, spec in rows
            ],
        )


def upgrade() -> None:
    _convert(lambda kind, label, spec: _TO_TERMS[kind](spec))


def downgrade() -> None:
    _convert(_file_form)
