"""Workspaces for benchmarks: customers and meters written with Core executemany."""

from datetime import UTC, date, datetime
from decimal import Decimal

from sqlalchemy import Connection, insert

from usagebill_desktop.persistence.tables import CustomerRow, MeterRow


def add_meters(db: Connection, meters: int, installed: date) -> None:
    """`meters` customers, each with one 6-digit water meter WM0000001…"""
    now = datetime.now(UTC)
    db.execute(
        insert(CustomerRow),
        [
            {
                "id": n,
                "account": f"{n:06d}",
                "name": f"Cliente {n}",
                "name_key": f"cliente {n}",
                "tax_id": "",
                "address": "",
                "email": "",
                "language": "es",
                "active": True,
                "created_at": now,
            }
            for n in range(1, meters + 1)
        ],
    )
    db.execute(
        insert(MeterRow),
        [
            {
                "id": n,
                "serial": f"WM{n:07d}",
                "customer_id": n,
                "kind": "cumulative",
                "unit": "m³",
                "register_digits": 6,
                "multiplier": Decimal(1),
                "install_read": Decimal(0),
                "installed_on": installed,
            }
            for n in range(1, meters + 1)
        ],
    )
