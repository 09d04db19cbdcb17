"""The customer's account view at real size: 20,000 customers, 1,000,000 readings (the
readings page's workspace), 24 issued invoices per customer (480,000), each with its
meter block and a payment.

Measures what the operator waits for after Enter on a customer: from asking for the
account until the view is painted with it (the service's queries off the GUI thread,
the tables, the chart). The budget is 200 ms; "vs limit" is the time over the budget.
"""

import os
import tempfile
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

from sqlalchemy import insert, update

from usagebill_desktop.bootstrap import database_url, open_workspace
from usagebill_desktop.persistence.tables import InvoiceMeterRow, InvoiceRow, PaymentRow

from .readings_page import METERS, READS, build_readings
from .timing import Figure, median_ms

INVOICES = 24  # two years of monthly bills per customer
BUDGET_MS = 200
TODAY = date(2026, 3, 20)  # the readings run from February 2022 to about March 2026


def add_invoices(path: Path, customers: int) -> None:
    """`INVOICES` monthly invoices per customer, paid, each billing its one meter."""
    workspace = open_workspace(database_url(str(path)))
    now = datetime.now(UTC)
    with workspace.engine.begin() as db:
        next_id = 1
        for first in range(1, customers + 1, 1_000):
            invoices, blocks, payments = [], [], []
            for n in range(first, min(first + 1_000, customers + 1)):
                for k in range(INVOICES):
                    month = _month(TODAY, k - INVOICES)
                    end = _month(TODAY, k - INVOICES + 1) - timedelta(days=1)
                    issued = end + timedelta(days=5)
                    total = Decimal("31.45")
                    invoices.append(
                        {
                            "id": next_id,
                            "kind": "invoice",
                            "state": "draft",  # issued below, once its block is in (triggers)
                            "series": "F-{year}-{seq:06d}",
                            "year": issued.year,
                            "seq": next_id,
                            "number": f"F-{issued.year}-{next_id:07d}",
                            "customer_id": n,
                            "customer_account": f"{n:06d}",
                            "customer_name": f"Cliente {n}",
                            "customer_tax_id": "",
                            "customer_address": "",
                            "period_start": month,
                            "period_end": end,
                            "currency": "EUR",
                            "subtotal": total,
                            "tax_total": Decimal(0),
                            "total": total,
                            "issue_date": issued,
                            "due_date": issued + timedelta(days=30),
                            "reason": "",
                            "created_at": now,
                        }
                    )
                    blocks.append(
                        {
                            "invoice_id": next_id,
                            "position": 1,
                            "meter_serial": f"WM{n:07d}",
                            "unit": "m³",
                            "tariff": "Agua",
                            "quantity": Decimal(20),
                            "first_day": month,
                            "last_day": end,
                            "detail": '{"segments": []}',
                        }
                    )
                    payments.append(
                        {
                            "invoice_id": next_id,
                            "paid_on": issued + timedelta(days=7),
                            "amount": total,
                            "method": "direct debit",
                            "reference": "",
                            "created_at": now,
                        }
                    )
                    next_id += 1
            db.execute(insert(InvoiceRow), invoices)
            db.execute(insert(InvoiceMeterRow), blocks)
            db.execute(update(InvoiceRow).where(InvoiceRow.state == "draft").values(state="issued"))
            db.execute(insert(PaymentRow), payments)
    workspace.close()


def _month(day: date, offset: int) -> date:
    months = day.year * 12 + day.month - 1 + offset
    return date(months // 12, months % 12 + 1, 1)


def run(*, scale: float, runs: int) -> list[Figure]:
    os.environ["QT_QPA_PLATFORM"] = os.environ.get("QT_QPA_PLATFORM") or "offscreen"
    from PySide6.QtCore import QEventLoop
    from PySide6.QtWidgets import QApplication

    from usagebill_desktop.ui.dialogs.account_view import AccountView
    from usagebill_desktop.ui.formatting import Formatter

    customers = max(10, int(METERS * scale))
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "bench.db"
        build_readings(path, customers)
        add_invoices(path, customers)
        workspace = open_workspace(database_url(str(path)))
        app = QApplication.instance() or QApplication([])
        formatter = Formatter("es_ES")
        chosen = iter(range(customers // 2, customers))  # a different customer each run

        def first_paint() -> None:
            account = f"{next(chosen):06d}"
            view = AccountView(workspace.open_uow, formatter, account, today=TODAY)
            view.resize(1366, 740)
            waiting = QEventLoop()  # as the app waits: idle, not spinning for the GIL
            view.loaded.connect(waiting.quit)
            view.show()
            if view.account is None:
                waiting.exec()
            view.repaint()  # painted now, with the account in it
            view.close()
            view.deleteLater()

        shown = median_ms(first_paint, runs)
        app.processEvents()
        workspace.close()
    invoices = customers * INVOICES
    note = f"{customers:,} customers, {customers * READS:,} readings, {invoices:,} invoices"
    return [
        Figure(
            "account view: first paint",
            shown,
            "ms",
            shown / BUDGET_MS,
            note,
            target=("max", BUDGET_MS),
        )
    ]
