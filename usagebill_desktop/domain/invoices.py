"""Invoices: drafts built from rated meters, numbers given at issue, never edited after.

A draft gathers one customer's meters for a period: for each meter a block with its
reads and consumption, then its rated lines. Taxes are worked out on the whole
invoice: per rate, the sum of the lines it applies to, times the rate, rounded once.
"""

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from decimal import Decimal
from enum import StrEnum

from .consumption import Consumption, Finding, Read
from .errors import InvalidValue
from .line_details import CreditDetails
from .marks import N_
from .money import round_money
from .periods import Period, Span, check_day
from .rating import Bill, RatedLine, TaxLine


class InvoiceKind(StrEnum):
    INVOICE = "invoice"
    CREDIT_NOTE = "credit_note"


class InvoiceState(StrEnum):
    """What is stored. Paid, partly paid and overdue are worked out (see `status`)."""

    DRAFT = "draft"
    ISSUED = "issued"
    VOID = "void"  # fully credited


class InvoiceStatus(StrEnum):
    """What the operator needs to know of a document (see `status`); each layer that
    shows it words it from one table keyed by these."""

    DRAFT = "draft"
    ISSUED = "issued"
    PARTIALLY_PAID = "partially_paid"
    PAID = "paid"
    OVERDUE = "overdue"
    VOID = "void"


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
    # The tariff's name and unit as the customer reads them, chosen when billed and kept
    # with the invoice (the fields above stay as written: comparisons group by them).
    said_tariff: str = ""
    said_unit: str = ""

    @property
    def meter_serial(self) -> str:
        return self.consumption.meter_serial

    def as_said(self) -> "MeterBlock":
        """The block as the customer's page shows it."""
        return replace(
            self, tariff=self.said_tariff or self.tariff, unit=self.said_unit or self.unit
        )

    @property
    def warnings(self) -> tuple[Finding, ...]:
        return self.consumption.findings

    @property
    def end(self) -> Read | None:
        """Where this meter's next bill starts: its own last read, never the final read of
        the meter it replaced (a swap month without a read on the new meter)."""
        own = [s for s in self.consumption.segments if s.meter_serial == self.meter_serial]
        return own[-1].end if own else None


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
    credited: Decimal = field(default=Decimal(0))  # taken off by credit notes

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
    lines = tuple(
        InvoiceLine(block.meter_serial, line) for block, bill in metered for line in bill.lines
    )
    bases: dict[tuple[str, Decimal], Decimal] = {}
    for _, bill in metered:
        for tax in bill.taxes:
            bases[(tax.name, tax.rate)] = bases.get((tax.name, tax.rate), Decimal(0)) + tax.base
    taxes = tuple(
        TaxLine(name, rate, base, round_money(base * rate / 100, currency))
        for (name, rate), base in bases.items()
    )
    subtotal = sum((line.rated.amount for line in lines), Decimal(0))
    total = subtotal + sum((t.amount for t in taxes), Decimal(0))
    blocks = tuple(block for block, _ in metered)
    return Invoice(customer, period, currency, blocks, lines, taxes, subtotal, total)


def month_span(year: int, month: int) -> Span:
    """`--period 2026-10`: the first to the last day of that month."""
    first = date(year, month, 1)
    following = date(year + month // 12, month % 12 + 1, 1)
    return Span(first, following - timedelta(days=1))


def status(invoice: "Invoice | InvoiceSummary", today: date) -> InvoiceStatus:
    """What the operator needs: the stored state, or for an issued invoice whether it is
    paid, partly paid or overdue."""
    if invoice.state is InvoiceState.DRAFT:
        return InvoiceStatus.DRAFT
    if invoice.state is InvoiceState.VOID:
        return InvoiceStatus.VOID
    if invoice.kind is InvoiceKind.CREDIT_NOTE:
        return InvoiceStatus.ISSUED
    if invoice.paid + invoice.credited >= invoice.total:
        return InvoiceStatus.PAID
    if invoice.due_date is not None and today > invoice.due_date:
        return InvoiceStatus.OVERDUE
    return InvoiceStatus.PARTIALLY_PAID if invoice.paid > 0 else InvoiceStatus.ISSUED


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
    credited: Decimal = Decimal(0)

    @property
    def outstanding(self) -> Decimal:
        return self.total - self.credited - self.paid


@dataclass(frozen=True, slots=True)
class InvoiceFilter:
    """Which documents a list of invoices shows, besides its free-text search: invoices
    in one `status` (as `status` works it out on `today`) or only credit notes, and those
    whose billed period overlaps `period`. Storage answers it in its query; `admits` is
    the same rule in Python (the tests hold the two to agreeing)."""

    today: date
    status: InvoiceStatus | None = None  # invoices only: credit notes have no status here
    credit_notes: bool = False
    period: Span | None = None

    def admits(self, summary: "InvoiceSummary") -> bool:
        if self.period is not None and not (
            summary.period.first <= self.period.last and summary.period.last >= self.period.first
        ):
            return False
        if self.credit_notes:
            return summary.kind is InvoiceKind.CREDIT_NOTE
        if self.status is None:
            return True
        return summary.kind is InvoiceKind.INVOICE and status(summary, self.today) is self.status


@dataclass(frozen=True, slots=True)
class InvoiceTotals:
    """What the shown rows add up to, per currency: the documents' totals and, of the
    issued invoices, what is still owed on them."""

    count: int
    amounts: tuple[tuple[str, Decimal, Decimal], ...] = ()  # (currency, total, outstanding)


@dataclass(frozen=True, slots=True)
class LastBilled:
    """Where a meter's last bill ended: its next bill starts there."""

    last_day: date
    end_on: date | None  # the end read's date (cumulative meters)
    end_value: Decimal | None


@dataclass(frozen=True, slots=True)
class Payment:
    paid_on: date
    amount: Decimal
    method: str = ""  # transfer, direct debit, cash, card…
    reference: str = ""


@dataclass(frozen=True, slots=True)
class Numbering:
    """An issued number: "F-2026-00042" is the 42nd of series "F-{year}-{seq:05d}" in 2026."""

    series: str
    year: int
    seq: int
    number: str


# Issue dates a document may carry: none before this (a mistyped year, 0001-01-01), and
# none more than a week after today (a document dated ahead by a few days to match a
# direct debit is common; a year ahead is a typo, and 9999-12-31 has no due date).
EARLIEST_ISSUE_DATE = date(2000, 1, 1)
ISSUE_DAYS_AHEAD = 7


def check_date_window(field: str, day: date, *, last: date) -> None:
    """A date a person gives for the books (an issue, a payment) from 2000 to `last`: a
    typing slip (0001-01-01, 9999-12-31) is refused, never numbered or stored."""
    check_day(field, day, first=EARLIEST_ISSUE_DATE, last=last)


def check_issue_date(issue_date: date, *, today: date, last_in_series: date | None) -> None:
    """An issue date within the window above, and never before the date of the last
    number issued in its series this year: numbers and dates go in the same order, as
    Spanish invoicing rules expect of a series."""
    check_date_window("date", issue_date, last=today + timedelta(days=ISSUE_DAYS_AHEAD))
    if last_in_series is not None and issue_date < last_in_series:
        raise InvalidValue(
            field="date",
            reason=N_(
                "must not be before {last}, the date of the last number in its series:"
                " numbers and dates go in the same order"
            ),
            last=last_in_series.isoformat(),
        )


def full_credit(original: Invoice, reason: str) -> Invoice:
    """A credit note that cancels the whole invoice: every line and tax, negated."""
    lines = tuple(
        InvoiceLine(line.meter_serial, replace(line.rated, amount=-line.rated.amount))
        for line in original.lines
    )
    taxes = tuple(TaxLine(t.name, t.rate, -t.base, -t.amount) for t in original.taxes)
    return Invoice(
        original.customer,
        original.period,
        original.currency,
        (),
        lines,
        taxes,
        -original.subtotal,
        -original.total,
        InvoiceKind.CREDIT_NOTE,
        credited_number=original.number,
        reason=reason,
    )


def partial_credit(original: Invoice, amount: Decimal, reason: str) -> Invoice:
    """A credit of `amount` before tax, shared among the invoice's tax rates in proportion
    to their bases; each tax worked out on its share as on any invoice."""
    currency = original.currency
    bases = [t.base for t in original.taxes] or [original.subtotal]
    whole = sum(bases, Decimal(0))
    shares, left = [], amount
    for n, base in enumerate(bases):
        share = left if n == len(bases) - 1 else round_money(amount * base / whole, currency)
        shares.append(share)
        left -= share
    taxes = tuple(
        TaxLine(t.name, t.rate, -share, -round_money(share * t.rate / 100, currency))
        for t, share in zip(original.taxes, shares, strict=False)
    )
    lines = tuple(
        InvoiceLine("", RatedLine("credit", reason, None, None, -share, CreditDetails()))
        for share in shares
    )
    subtotal = -amount
    total = subtotal + sum((t.amount for t in taxes), Decimal(0))
    return Invoice(
        original.customer,
        original.period,
        currency,
        (),
        lines,
        taxes,
        subtotal,
        total,
        InvoiceKind.CREDIT_NOTE,
        credited_number=original.number,
        reason=reason,
    )


@dataclass(frozen=True, slots=True)
class Balance:
    account: str
    invoiced: Decimal
    credited: Decimal
    paid: Decimal
    overdue: Decimal  # outstanding on invoices past their due date

    @property
    def outstanding(self) -> Decimal:
        """What they owe; below zero, what they have paid beyond what was invoiced."""
        return self.invoiced - self.credited - self.paid


def balance_of(account: str, documents: Iterable[InvoiceSummary], today: date) -> Balance:
    """A customer's balance from their documents: issued invoices and voided documents
    count, with what was credited and paid on them; drafts and issued credit notes do not
    (a credit note counts through the invoice it credits)."""
    chosen = [d for d in documents if d.customer.account == account]
    issued = [d for d in chosen if d.state is InvoiceState.ISSUED and d.kind is InvoiceKind.INVOICE]
    everything = issued + [d for d in chosen if d.state is InvoiceState.VOID]
    overdue = sum(
        (d.outstanding for d in issued if status(d, today) is InvoiceStatus.OVERDUE), Decimal(0)
    )
    return Balance(
        account,
        sum((d.total for d in everything), Decimal(0)),
        sum((d.credited for d in everything), Decimal(0)),
        sum((d.paid for d in everything), Decimal(0)),
        overdue,
    )
