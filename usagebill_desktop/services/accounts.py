"""A customer's account: everything the account view shows, in one call."""

from datetime import date

from ..domain.accounts import CustomerAccount, MeterAccount, month_starts, monthly_use
from ..domain.errors import NotFound
from ..domain.invoices import InvoiceKind, InvoiceState, balance_of
from ..domain.meters import Meter
from ..domain.usage import UsagePoint
from .ports import OpenUnitOfWork, UnitOfWork


def customer_account(open_uow: OpenUnitOfWork, *, account: str, today: date) -> CustomerAccount:
    """The customer `account` as of `today`: a handful of queries, whatever the size of
    the workspace (the customer, their meters, each meter's readings and tariff, their
    documents, what those billed, their payments), none per month."""
    months = month_starts(today)
    with open_uow() as uow:
        customer = uow.customers.get(account)
        if customer is None:
            raise NotFound(what="customer", key=account)
        meters = uow.meters.of_customer(account)
        documents = sorted(
            uow.invoices.summaries(account=account),
            key=lambda d: (d.issue_date or today, d.period.first, d.id),
            reverse=True,
        )
        billed_ids = [
            d.id
            for d in documents
            if d.kind is InvoiceKind.INVOICE
            and d.state is not InvoiceState.VOID
            and d.period.last >= months[0]
        ]
        billed = uow.usage.billed(billed_ids)
        payments = uow.invoices.stored_payments(account=account)
        spans: dict[str, list[UsagePoint]] = {}
        for use in billed.values():
            for block in use.blocks:
                spans.setdefault(block.serial, []).append(block.point)
        shown = tuple(
            _meter_account(uow, m, today, months, spans.get(m.serial, [])) for m in meters
        )
    return CustomerAccount(
        customer,
        shown,
        tuple(documents),
        tuple(reversed(payments)),
        balance_of(account, documents, today),
        today,
    )


def _meter_account(
    uow: UnitOfWork, meter: Meter, today: date, months: list[date], billed: list[UsagePoint]
) -> MeterAccount:
    history = uow.readings.of_meter(meter.serial)
    started = [a for a in uow.tariffs.assignments(meter.serial) if a.valid_from <= today]
    tariff = max(started, key=lambda a: a.valid_from).tariff if started else None
    return MeterAccount(
        meter,
        tariff,
        history[-1] if history else None,
        tuple(monthly_use(meter, history, months)),
        tuple(sorted(billed, key=lambda p: p.first)),
    )
