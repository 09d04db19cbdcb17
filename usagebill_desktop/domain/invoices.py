"""Invoices: drafts built from rated meters, numbers given at issue, never edited after.

A draft gathers one customer's meters for a period: for each meter a block with its
reads and consumption, then its rated lines. Taxes are worked out on the whole
invoice: per rate, the sum of the lines it applies to, times the rate, rounded once.
"""

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal
from enum import StrEnum

from .consumption import Consumption, Finding
from .money import round_money
from .periods import Period, Span
from .rating import Bill, RatedLine, TaxLine


class InvoiceKind(StrEnum):
    INVOICE = "invoice"
    CREDIT_NOTE = "credit_note"


class InvoiceState(StrEnum):
    """What is stored. Paid, partly paid and overdue are worked out (see `status`)."""

    DRAFT = "draft"
    ISSUED = "issued"
    VOID = "void"  # fully credited


@dataclass(frozen=True, slots=True)
class CustomerSnapshot:
    """The customer as printed on the invoice, copied at issue and never changed after."""

    account: str
    name: str
    tax_id: str = ""
    address: str = ""


@dataclass(frozen=True, slots=True)
class MeterBlock:
    """One meter on an invoice: its reads, consumption, the tariff and any warnings."""

    consumption: Consumption
    unit: str
    tariff: str
    tariff_period: Period = Period.MONTH  # for "6.50 € per month"

    @property
    def meter_serial(self) -> str:
        return self.consumption.meter_serial

    @property
    def warnings(self) -> tuple[Finding, ...]:
        return self.consumption.findings


@dataclass(frozen=True, slots=True)
class InvoiceLine:
    meter_serial: str
    rated: RatedLine


@dataclass(frozen=True, slots=True)
class Invoice:
    customer: CustomerSnapshot
    period: Span
    currency: str
    blocks: tuple[MeterBlock, ...]
    lines: tuple[InvoiceLine, ...]
    taxes: tuple[TaxLine, ...]
    subtotal: Decimal
    total: Decimal
    kind: InvoiceKind = InvoiceKind.INVOICE
    state: InvoiceState = InvoiceState.DRAFT
    id: int | None = None
    number: str | None = None
    issue_date: date | None = None
    due_date: date | None = None
    credited_number: str | None = None
    reason: str = ""
    paid: Decimal = field(default=Decimal(0))

    @property
    def tax_total(self) -> Decimal:
        return sum((t.amount for t in self.taxes), Decimal(0))


def draft_invoice(
    customer: CustomerSnapshot,
    period: Span,
    currency: str,
    metered: Sequence[tuple[MeterBlock, Bill]],
) -> Invoice:
    """One customer's draft: every meter's block and lines, taxes on the whole invoice."""
    lines = tuple(InvoiceLine(block.meter_serial, line) for block, bill in metered
                  for line in bill.lines)  # fmt: skip
    bases: dict[tuple[str, Decimal], Decimal] = {}
    for _, bill in metered:
        for tax in bill.taxes:
            bases[(tax.name, tax.rate)] = bases.get((tax.name, tax.rate), Decimal(0)) + tax.base
    taxes = tuple(TaxLine(name, rate, base, round_money(base * rate / 100, currency))
                  for (name, rate), base in bases.items())  # fmt: skip
    subtotal = sum((line.rated.amount for line in lines), Decimal(0))
    total = subtotal + sum((t.amount for t in taxes), Decimal(0))
    blocks = tuple(block for block, _ in metered)
    return Invoice(customer, period, currency, blocks, lines, taxes, subtotal, total)


def month_span(year: int, month: int) -> Span:
    """`--period 2026-10`: the first to the last day of that month."""
    first = date(year, month, 1)
    following = date(year + month // 12, month % 12 + 1, 1)
    return Span(first, following - timedelta(days=1))


def status(invoice: "Invoice | InvoiceSummary", today: date) -> str:
    """draft, issued, partially_paid, paid, overdue or void — what the operator needs."""
    if invoice.state is not InvoiceState.ISSUED:
        return invoice.state.value
    if invoice.kind is InvoiceKind.CREDIT_NOTE:
        return "issued"
    if invoice.paid >= invoice.total:
        return "paid"
    if invoice.due_date is not None and today > invoice.due_date:
        return "overdue"
    return "partially_paid" if invoice.paid > 0 else "issued"


@dataclass(frozen=True, slots=True)
class InvoiceSummary:
    """An invoice as lists show it: no lines."""

    id: int
    kind: InvoiceKind
    state: InvoiceState
    number: str | None
    customer: CustomerSnapshot
    period: Span
    issue_date: date | None
    due_date: date | None
    currency: str
    subtotal: Decimal
    tax_total: Decimal
    total: Decimal
    paid: Decimal


@dataclass(frozen=True, slots=True)
class LastBilled:
    """Where a meter's last bill ended: its next bill starts there."""

    last_day: date
    end_on: date | None  # the end read's date (cumulative meters)
    end_value: Decimal | None


@dataclass(frozen=True, slots=True)
class Numbering:
    """An issued number: "F-2026-00042" is the 42nd of series "F-{year}-{seq:05d}" in 2026."""

    series: str
    year: int
    seq: int
    number: str
