"""Two years of billing for the demo: issued invoices, most paid, some not, a credit note.

Runs the real billing, issuing, payment and credit services month by month, so the
history is exactly what the app would have produced.
"""

import random
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from ..domain.invoices import InvoiceState, Payment, month_span
from ..services.billing import run_billing
from ..services.invoices import credit_invoice, issue_invoices, list_invoices
from ..services.ports import OpenUnitOfWork

Progress = Callable[[str], None]
LEAK_ALLOWANCE = "Bonificación por fuga de agua"  # the demo's credit note (a Spanish cooperative)


@dataclass
class History:
    months: int = 0
    invoices: int = 0
    paid: int = 0
    unpaid: int = 0
    credit_note: str = ""


def bill_history(
    open_uow: OpenUnitOfWork,
    *,
    first: date,
    today: date,
    seed: int,
    progress: Progress = lambda _: None,
) -> History:
    """Bill every month from `first` up to the one before last: last month is left for
    the operator's own billing run."""
    history = History()
    month = date(first.year, first.month, 1)
    last_index = today.year * 12 + today.month - 2  # last month stays unbilled
    while month.year * 12 + month.month - 1 < last_index:
        period = month_span(month.year, month.month)
        progress(f"{month:%Y-%m}")
        run_billing(open_uow, period=period, today=today)
        issued = issue_invoices(
            open_uow, all_drafts=True, issue_date=min(today, period.last + timedelta(days=5))
        )
        history.invoices += len(issued.numbers)
        history.months += 1
        month = period.last + timedelta(days=1)
    _pay(open_uow, today, random.Random(seed), history)
    history.credit_note = _credit_a_leak(open_uow, today)
    return history


def _pay(open_uow: OpenUnitOfWork, today: date, rng: random.Random, history: History) -> None:
    """Direct debits a week after issue; a few customers pay late, in part, or not at all."""
    with open_uow(write=True) as uow:
        for invoice in uow.invoices.summaries(state=InvoiceState.ISSUED):
            assert invoice.issue_date is not None
            paid_on = invoice.issue_date + timedelta(days=7)
            luck = rng.random()
            if paid_on > today or luck < 0.03:
                history.unpaid += 1  # not yet due, or overdue
                continue
            amount = invoice.total
            if luck < 0.05:
                amount = (invoice.total / 2).quantize(Decimal("0.01"))  # paid in part
            uow.invoices.add_payment(
                invoice.id, Payment(paid_on, amount, "direct debit", f"SEPA {invoice.number}")
            )
            history.paid += 1
        uow.commit()


def _credit_a_leak(open_uow: OpenUnitOfWork, today: date) -> str:
    """A leak allowance on the domestic water invoice with the most water in it."""
    issued = list_invoices(open_uow, state=InvoiceState.ISSUED)
    households = (
        i for i in issued if i.customer.account.isdigit() and 6 <= int(i.customer.account) <= 200
    )
    water = list(households)  # the water customers but the five businesses
    if not water:
        return ""
    biggest = max(water, key=lambda i: i.total)
    assert biggest.number is not None and biggest.issue_date is not None
    allowance = (biggest.subtotal / 4).quantize(Decimal("0.01"))
    credited_on = min(today, biggest.issue_date + timedelta(days=20))
    return credit_invoice(
        open_uow,
        number=biggest.number,
        reason=LEAK_ALLOWANCE,
        amount=allowance,
        issue_date=credited_on,
    )
