"""The month as the bookkeeper sees it: invoices and credit notes by issue date, their
lines, the consumption they bill, taxes per rate, and what each customer owes.

Plain values the exporters turn into a workbook or CSV; the totals here are the ones
the Summary sheet prints, and they equal the sums of the other sheets."""

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from .company import CompanyProfile
from .invoices import InvoiceKind, InvoiceStatus, MeterBlock
from .periods import Period, Span
from .rating import RatedLine, TaxLine

AGING = ((0, 30), (31, 60), (61, 90), (91, None))  # days past the due date


@dataclass(frozen=True, slots=True)
class BookInvoice:
    number: str
    kind: InvoiceKind
    issue_date: date
    due_date: date | None
    account: str
    name: str
    tax_id: str
    address: str
    period: Span  # the supply billed, which the issue date follows
    currency: str
    taxes: tuple[TaxLine, ...]
    subtotal: Decimal
    tax_total: Decimal
    total: Decimal
    paid: Decimal  # by the export date
    credited: Decimal  # taken off by credit notes (positive)
    status: InvoiceStatus  # never a draft
    reference: str  # the credit notes of an invoice, or the invoice a credit note corrects
    reason: str  # why a credit note was issued
    # Still owed on an invoice; on a credit note, what of it is still in the customer's
    # favour (negative) because the invoice it corrects had already been paid.
    outstanding: Decimal


@dataclass(frozen=True, slots=True)
class BookLine:
    number: str
    meter: str
    rated: RatedLine
    unit: str
    period: Period  # the tariff's, for the wording of the explanation
    tax_rate: Decimal | None  # None when the invoice has several rates


@dataclass(frozen=True, slots=True)
class BookConsumption:
    number: str
    account: str
    name: str
    block: MeterBlock


@dataclass(frozen=True, slots=True)
class CustomerBalance:
    account: str
    name: str
    opening: Decimal
    invoiced: Decimal
    credited: Decimal  # negative: credit notes reduce what is owed
    paid: Decimal
    aging: tuple[Decimal, ...]  # outstanding by AGING bucket, as of the export date

    @property
    def closing(self) -> Decimal:
        return self.opening + self.invoiced + self.credited - self.paid


@dataclass(frozen=True, slots=True)
class TaxTotal:
    kind: InvoiceKind
    name: str
    rate: Decimal
    base: Decimal
    tax: Decimal
    documents: int


@dataclass
class Totals:
    """Counted while the invoices stream by, for the Summary sheet."""

    invoices: int = 0
    credit_notes: int = 0
    subtotal: Decimal = Decimal(0)
    tax: Decimal = Decimal(0)
    total: Decimal = Decimal(0)
    paid: Decimal = Decimal(0)
    outstanding: Decimal = Decimal(0)
    taxes: dict[tuple[InvoiceKind, str, Decimal], list[Decimal]] = field(default_factory=dict)

    def add(self, entry: BookInvoice) -> BookInvoice:
        if entry.kind is InvoiceKind.CREDIT_NOTE:
            self.credit_notes += 1
        else:
            self.invoices += 1
        self.subtotal += entry.subtotal
        self.tax += entry.tax_total
        self.total += entry.total
        self.paid += entry.paid
        self.outstanding += entry.outstanding
        for tax in entry.taxes:
            found = self.taxes.setdefault((entry.kind, tax.name, tax.rate), [Decimal(0)] * 3)
            found[0] += tax.base
            found[1] += tax.amount
            found[2] += 1
        return entry

    def tax_totals(self) -> list[TaxTotal]:
        """Per rate, invoices first, then credit notes: the figures of the VAT return."""
        order = {InvoiceKind.INVOICE: 0, InvoiceKind.CREDIT_NOTE: 1}
        return [
            TaxTotal(kind, name, rate, base, tax, int(count))
            for (kind, name, rate), (base, tax, count) in sorted(
                self.taxes.items(), key=lambda item: (order[item[0][0]], item[0][2])
            )
        ]


@dataclass(frozen=True)
class Books:
    """What one export covers. The iterables may stream from the database: read each
    once, inside the unit of work that made them."""

    company: CompanyProfile
    span: Span
    today: date
    tax_rates: tuple[tuple[str, Decimal], ...]  # the columns of the Invoices sheet
    invoices: Iterable[BookInvoice]
    lines: Iterable[BookLine]
    consumption: Iterable[BookConsumption]
    customers: Iterable[CustomerBalance]


def aging_bucket(days_past_due: int) -> int:
    """The AGING index for an amount this many days past due (not yet due: the first)."""
    for index, (_, upper) in enumerate(AGING):
        if upper is None or days_past_due <= upper:
            return index
    raise AssertionError("the last bucket is open")
