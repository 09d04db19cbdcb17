"""The columns of the bookkeeper's tables, once for the workbook and the CSV files: a
heading in the document language, a kind (how the value is typed and formatted) and how
to get it from a row."""

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from ..domain.books import AGING, BookConsumption, BookInvoice, BookLine, CustomerBalance
from ..domain.invoices import InvoiceKind, InvoiceStatus
from ..domain.marks import NP_
from ..domain.periods import Period
from ..texts import LANGUAGES, Phrasebook
from .explanations import Wording, explain, finding_text

TEXT, DATE, MONEY, QUANTITY, RATE, COUNT = "text", "date", "money", "quantity", "rate", "count"

HEADINGS = Phrasebook(
    "books_columns",
    {
        "number": NP_("books_columns", "Number"),
        "kind": NP_("books_columns", "Kind"),
        "issue_date": NP_("books_columns", "Issue date"),
        "due_date": NP_("books_columns", "Due date"),
        "account": NP_("books_columns", "Account"),
        "customer": NP_("books_columns", "Customer"),
        "tax_id": NP_("books_columns", "Tax ID"),
        "address": NP_("books_columns", "Address"),
        "supply_from": NP_("books_columns", "Supply from"),
        "supply_to": NP_("books_columns", "Supply to"),
        "reason": NP_("books_columns", "Reason for the credit"),
        "base": NP_("books_columns", "Base {tax} {rate}"),
        "tax": NP_("books_columns", "{tax} {rate}"),
        "subtotal": NP_("books_columns", "Net ({currency})"),
        "tax_total": NP_("books_columns", "Tax ({currency})"),
        "total": NP_("books_columns", "Total ({currency})"),
        "paid": NP_("books_columns", "Paid ({currency})"),
        "outstanding": NP_("books_columns", "Outstanding ({currency})"),
        "status": NP_("books_columns", "Status"),
        "reference": NP_("books_columns", "Credit note / corrects"),
        "meter": NP_("books_columns", "Meter"),
        "charge": NP_("books_columns", "Charge"),
        "explanation": NP_("books_columns", "How it is worked out"),
        "quantity": NP_("books_columns", "Quantity"),
        "unit": NP_("books_columns", "Unit"),
        "unit_price": NP_("books_columns", "Unit price ({currency})"),
        "amount": NP_("books_columns", "Amount ({currency})"),
        "tax_rate": NP_("books_columns", "Tax rate %"),
        "tariff": NP_("books_columns", "Tariff"),
        "start_date": NP_("books_columns", "Start date"),
        "start_read": NP_("books_columns", "Start read"),
        "end_date": NP_("books_columns", "End date"),
        "end_read": NP_("books_columns", "End read"),
        "read_types": NP_("books_columns", "Read types"),
        "multiplier": NP_("books_columns", "Multiplier"),
        "consumption": NP_("books_columns", "Consumption"),
        "warnings": NP_("books_columns", "Warnings"),
        "name": NP_("books_columns", "Tax"),
        "rate": NP_("books_columns", "Rate %"),
        "documents": NP_("books_columns", "Documents"),
        "opening": NP_("books_columns", "Opening ({currency})"),
        "invoiced": NP_("books_columns", "Invoiced ({currency})"),
        "credited": NP_("books_columns", "Credited ({currency})"),
        "closing": NP_("books_columns", "Closing ({currency})"),
        "aging": NP_("books_columns", "Overdue {days} days ({currency})"),
        "invoice": NP_("books_columns", "Invoice"),
        "credit_note": NP_("books_columns", "Credit note"),
        "rolled": NP_("books_columns", "the register rolled over"),
        "replaced": NP_("books_columns", "meter {old} replaced by {new}"),
    },
)
STATUSES = Phrasebook(
    "books_columns",
    {
        InvoiceStatus.DRAFT: NP_("books_columns", "Draft"),
        InvoiceStatus.ISSUED: NP_("books_columns", "Issued"),
        InvoiceStatus.PARTIALLY_PAID: NP_("books_columns", "Partly paid"),
        InvoiceStatus.PAID: NP_("books_columns", "Paid"),
        InvoiceStatus.OVERDUE: NP_("books_columns", "Overdue"),
        InvoiceStatus.VOID: NP_("books_columns", "Cancelled"),
    },
)


@dataclass(frozen=True)
class Column:
    heading: str
    kind: str
    value: Callable[[Any], Any]


class Catalogue:
    """Headings and columns in one document language and currency."""

    def __init__(self, language: str, currency: str, tax_rates: Sequence[tuple[str, Decimal]]):
        self.language = language if language in LANGUAGES else "en"
        self.currency, self.tax_rates = currency, tuple(tax_rates)
        self.wording = Wording(self.language, currency, "", Period.MONTH)

    def heading(self, key: str, **values: object) -> str:
        # Plain spaces: accounting packages map CSV columns by their exact names.
        text = HEADINGS(self.language)[key].format(currency=self.currency, **values)
        return text.replace("\u00a0", " ")

    def kind_name(self, kind: InvoiceKind) -> str:
        return self.heading(kind.value)

    def status_name(self, status: InvoiceStatus) -> str:
        return STATUSES(self.language)[status]

    def invoices(self) -> list[Column]:
        h = self.heading
        columns = [
            Column(h("number"), TEXT, lambda i: i.number),
            Column(h("kind"), TEXT, lambda i: self.kind_name(i.kind)),
            Column(h("issue_date"), DATE, lambda i: i.issue_date),
            Column(h("due_date"), DATE, lambda i: i.due_date),
            Column(h("account"), TEXT, lambda i: i.account),
            Column(h("customer"), TEXT, lambda i: i.name),
            Column(h("tax_id"), TEXT, lambda i: i.tax_id),
            Column(h("address"), TEXT, lambda i: i.address.replace("\n", ", ")),
            Column(h("supply_from"), DATE, lambda i: i.period.first),
            Column(h("supply_to"), DATE, lambda i: i.period.last),
        ]
        for name, rate in self.tax_rates:
            label = self.wording.percent(rate)
            columns += [
                Column(h("base", tax=name, rate=label), MONEY, _tax_part(name, rate, "base")),
                Column(h("tax", tax=name, rate=label), MONEY, _tax_part(name, rate, "amount")),
            ]
        columns += [
            Column(h("subtotal"), MONEY, lambda i: i.subtotal),
            Column(h("tax_total"), MONEY, lambda i: i.tax_total),
            Column(h("total"), MONEY, lambda i: i.total),
            Column(h("paid"), MONEY, lambda i: i.paid),
            Column(h("outstanding"), MONEY, lambda i: i.outstanding),
            Column(h("status"), TEXT, lambda i: self.status_name(i.status)),
            Column(h("reference"), TEXT, lambda i: i.reference),
            Column(h("reason"), TEXT, lambda i: i.reason),
        ]
        return columns

    def lines(self) -> list[Column]:
        h = self.heading
        return [
            Column(h("number"), TEXT, lambda r: r.number),
            Column(h("meter"), TEXT, lambda r: r.meter),
            Column(h("charge"), TEXT, lambda r: r.rated.written_label),
            Column(h("explanation"), TEXT, self._explain),
            Column(h("quantity"), QUANTITY, lambda r: r.rated.quantity),
            Column(h("unit"), TEXT, lambda r: r.unit if r.rated.quantity is not None else ""),
            Column(h("unit_price"), QUANTITY, lambda r: r.rated.unit_price),
            Column(h("amount"), MONEY, lambda r: r.rated.amount),
            Column(h("tax_rate"), RATE, lambda r: r.tax_rate),
        ]

    def _explain(self, line: BookLine) -> str:
        wording = Wording(self.language, self.currency, line.unit, line.period)
        return explain(line.rated, wording)

    def consumption(self) -> list[Column]:
        h = self.heading
        return [
            Column(h("number"), TEXT, lambda c: c.number),
            Column(h("meter"), TEXT, lambda c: c.block.meter_serial),
            Column(h("account"), TEXT, lambda c: c.account),
            Column(h("customer"), TEXT, lambda c: c.name),
            Column(h("tariff"), TEXT, lambda c: c.block.tariff),
            Column(h("start_date"), DATE, lambda c: c.block.consumption.span.first),
            Column(h("start_read"), QUANTITY, lambda c: _first_read(c)),
            Column(h("end_date"), DATE, lambda c: c.block.consumption.span.last),
            Column(h("end_read"), QUANTITY, lambda c: _last_read(c)),
            Column(h("read_types"), TEXT, _read_types),
            Column(h("multiplier"), QUANTITY, _multiplier),
            Column(h("consumption"), QUANTITY, lambda c: c.block.consumption.quantity),
            Column(h("unit"), TEXT, lambda c: c.block.unit),
            Column(h("warnings"), TEXT, self._warnings),
        ]

    def _warnings(self, entry: BookConsumption) -> str:
        """What the reads show that a bookkeeper could ask about: findings, a rollover,
        a meter replaced within the span."""
        used = entry.block.consumption
        wording = Wording(self.language, self.currency, entry.block.unit, entry.block.tariff_period)
        notes = [finding_text(f, wording) for f in used.findings]
        notes += [self.heading("rolled") for s in used.segments if s.rolled_over]
        if len(used.segments) > 1:
            notes.append(
                self.heading(
                    "replaced",
                    old=used.segments[0].meter_serial,
                    new=used.segments[-1].meter_serial,
                )
            )
        return "; ".join(notes)

    def taxes(self) -> list[Column]:
        h = self.heading
        return [
            Column(h("kind"), TEXT, lambda t: self.kind_name(t.kind)),
            Column(h("name"), TEXT, lambda t: t.name),
            Column(h("rate"), RATE, lambda t: t.rate),
            Column(h("subtotal"), MONEY, lambda t: t.base),
            Column(h("tax_total"), MONEY, lambda t: t.tax),
            Column(h("documents"), COUNT, lambda t: t.documents),
        ]

    def customers(self) -> list[Column]:
        h = self.heading
        columns = [
            Column(h("account"), TEXT, lambda c: c.account),
            Column(h("customer"), TEXT, lambda c: c.name),
            Column(h("opening"), MONEY, lambda c: c.opening),
            Column(h("invoiced"), MONEY, lambda c: c.invoiced),
            Column(h("credited"), MONEY, lambda c: c.credited),
            Column(h("paid"), MONEY, lambda c: c.paid),
            Column(h("closing"), MONEY, lambda c: c.closing),
        ]
        for index, (lower, upper) in enumerate(AGING):
            days = f"{lower}–{upper}" if upper is not None else f"> {lower - 1}"
            columns.append(Column(h("aging", days=days), MONEY, _bucket(index)))
        return columns


def _tax_part(name: str, rate: Decimal, part: str) -> Callable[[BookInvoice], Decimal]:
    def value(entry: BookInvoice) -> Decimal:
        return sum(
            (getattr(t, part) for t in entry.taxes if (t.name, t.rate) == (name, rate)), Decimal(0)
        )

    return value


def _bucket(index: int) -> Callable[[CustomerBalance], Decimal]:
    return lambda balance: balance.aging[index]


def _first_read(entry: BookConsumption) -> Decimal | None:
    segments = entry.block.consumption.segments
    return segments[0].start.value if segments else None


def _last_read(entry: BookConsumption) -> Decimal | None:
    segments = entry.block.consumption.segments
    return segments[-1].end.value if segments else None


def _read_types(entry: BookConsumption) -> str:
    segments = entry.block.consumption.segments
    return " ".join(f"{s.start.type.letter}→{s.end.type.letter}" for s in segments)


def _multiplier(entry: BookConsumption) -> Decimal | None:
    segments = entry.block.consumption.segments
    return segments[-1].multiplier if segments else None
