"""The bookkeeper's view of the database: documents by issue date, their lines and meter
blocks streamed in pages, and each customer's balance.

Documents are issued invoices and credit notes, including those voided later (they
were issued, and their credit note is in the books too); drafts are not books."""

import json
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import ColumnElement, and_, func, select
from sqlalchemy.orm import Session, aliased

from ..domain.books import (
    AGING,
    BookConsumption,
    BookInvoice,
    BookLine,
    CustomerBalance,
    aging_bucket,
)
from ..domain.invoices import InvoiceKind, InvoiceState, MeterBlock, status
from ..domain.money import trim
from ..domain.periods import Period, Span
from ..domain.rating import TaxLine
from .invoice_json import meter_block, rated_line
from .invoice_repository import SqlInvoices
from .tables import InvoiceLineRow, InvoiceMeterRow, InvoiceRow, InvoiceTaxRow, PaymentRow

STREAM = 2_000  # rows fetched at a time: a 100,000-line month never sits in memory


def _issued_in(span: Span) -> ColumnElement[bool]:
    return and_(
        InvoiceRow.state != InvoiceState.DRAFT.value,
        InvoiceRow.issue_date >= span.first,
        InvoiceRow.issue_date <= span.last,
    )


class SqlBooks:
    def __init__(self, session: Session, invoices: SqlInvoices) -> None:
        self._session, self._invoices = session, invoices

    def tax_rates(self, span: Span) -> list[tuple[str, Decimal]]:
        query = (
            select(InvoiceTaxRow.name, InvoiceTaxRow.rate)
            .distinct()
            .join(InvoiceRow, InvoiceRow.id == InvoiceTaxRow.invoice_id)
            .where(_issued_in(span))
            .order_by(InvoiceTaxRow.rate, InvoiceTaxRow.name)
        )
        return [(name, trim(rate)) for name, rate in self._session.execute(query)]

    def invoices(self, span: Span, today: date) -> Iterator[BookInvoice]:
        """Invoices and credit notes issued in `span`, by issue date and number."""
        query = self._invoices.with_amounts(select(InvoiceRow).where(_issued_in(span)))
        query = query.order_by(InvoiceRow.issue_date, InvoiceRow.number)
        taxes = self._taxes(span)
        references = self._references(span)
        unapplied = self._unapplied_credits()
        reasons = dict(
            self._session.execute(
                select(InvoiceRow.id, InvoiceRow.reason).where(
                    _issued_in(span), InvoiceRow.kind == InvoiceKind.CREDIT_NOTE.value
                )
            ).all()
        )
        for summary in self._invoices.summaries_of(query):
            assert summary.number is not None and summary.issue_date is not None
            if summary.kind is InvoiceKind.CREDIT_NOTE:
                outstanding = unapplied.get(summary.id, Decimal(0))
            else:
                outstanding = max(summary.outstanding, Decimal(0))
            yield BookInvoice(
                summary.number,
                summary.kind,
                summary.issue_date,
                summary.due_date,
                summary.customer.account,
                summary.customer.name,
                summary.customer.tax_id,
                summary.customer.address,
                summary.period,
                summary.currency,
                taxes.get(summary.id, ()),
                summary.subtotal,
                summary.tax_total,
                summary.total,
                summary.paid,
                summary.credited,
                status(summary, today),
                references.get(summary.id, ""),
                reasons.get(summary.id, ""),
                outstanding,
            )

    def _taxes(self, span: Span) -> dict[int, tuple[TaxLine, ...]]:
        query = (
            select(InvoiceTaxRow)
            .join(InvoiceRow, InvoiceRow.id == InvoiceTaxRow.invoice_id)
            .where(_issued_in(span))
            .order_by(InvoiceTaxRow.invoice_id, InvoiceTaxRow.position)
        )
        found: dict[int, list[TaxLine]] = {}
        for row in self._session.scalars(query):
            line = TaxLine(row.name, trim(row.rate), row.base, row.amount)
            found.setdefault(row.invoice_id, []).append(line)
        return {key: tuple(lines) for key, lines in found.items()}

    def _references(self, span: Span) -> dict[int, str]:
        """Invoice → its credit notes' numbers; credit note → the invoice it corrects."""
        credit = select(InvoiceRow.id, InvoiceRow.number, InvoiceRow.credited_id).where(
            InvoiceRow.credited_id.is_not(None), InvoiceRow.state != InvoiceState.DRAFT.value
        )
        issued = select(InvoiceRow.id).where(_issued_in(span))
        numbers = set(self._session.scalars(issued))
        found: dict[int, list[str]] = {}
        for credit_id, credit_number, corrected_id in self._session.execute(credit):
            corrected = self._session.get(InvoiceRow, corrected_id)
            if credit_id in numbers and corrected is not None and corrected.number:
                found.setdefault(credit_id, []).append(corrected.number)
            if corrected_id in numbers:
                found.setdefault(corrected_id, []).append(credit_number or "")
        return {key: ", ".join(values) for key, values in found.items()}

    def lines(self, span: Span) -> Iterator[BookLine]:
        meters = self._meter_units(span)
        rates = self._single_rates(span)
        query = (
            select(InvoiceRow.number, InvoiceRow.id, InvoiceLineRow)
            .join(InvoiceLineRow, InvoiceLineRow.invoice_id == InvoiceRow.id)
            .where(_issued_in(span))
            .order_by(InvoiceRow.issue_date, InvoiceRow.number, InvoiceLineRow.position)
            .execution_options(yield_per=STREAM)
        )
        for number, invoice_id, row in self._session.execute(query):
            unit, period = meters.get((invoice_id, row.meter_serial), ("", Period.MONTH))
            rated = rated_line(
                row.charge,
                row.label,
                row.kind,
                row.quantity,
                row.unit_price,
                row.amount,
                row.detail,
            )
            yield BookLine(
                number or "", row.meter_serial, rated, unit, period, rates.get(invoice_id)
            )

    def _meter_units(self, span: Span) -> dict[tuple[int, str], tuple[str, Period]]:
        """Each block's unit and tariff period, for the wording of its lines."""
        query = (
            select(
                InvoiceMeterRow.invoice_id,
                InvoiceMeterRow.meter_serial,
                InvoiceMeterRow.unit,
                InvoiceMeterRow.detail,
            )
            .join(InvoiceRow, InvoiceRow.id == InvoiceMeterRow.invoice_id)
            .where(_issued_in(span))
        )
        return {
            (invoice_id, serial): (unit, Period(json.loads(detail)["tariff_period"]))
            for invoice_id, serial, unit, detail in self._session.execute(query)
        }

    def _single_rates(self, span: Span) -> dict[int, Decimal]:
        """The tax rate of each invoice that has exactly one."""
        query = (
            select(InvoiceTaxRow.invoice_id, func.min(InvoiceTaxRow.rate))
            .join(InvoiceRow, InvoiceRow.id == InvoiceTaxRow.invoice_id)
            .where(_issued_in(span))
            .group_by(InvoiceTaxRow.invoice_id)
            .having(func.count() == 1)
        )
        return {invoice_id: trim(rate) for invoice_id, rate in self._session.execute(query)}

    def consumption(self, span: Span) -> Iterator[BookConsumption]:
        query = (
            select(
                InvoiceRow.number,
                InvoiceRow.customer_account,
                InvoiceRow.customer_name,
                InvoiceMeterRow,
            )
            .join(InvoiceMeterRow, InvoiceMeterRow.invoice_id == InvoiceRow.id)
            .where(_issued_in(span), InvoiceRow.kind == InvoiceKind.INVOICE.value)
            .order_by(InvoiceRow.issue_date, InvoiceRow.number, InvoiceMeterRow.position)
            .execution_options(yield_per=STREAM)
        )
        for number, account, name, row in self._session.execute(query):
            block: MeterBlock = meter_block(
                row.meter_serial, row.unit, row.tariff, row.quantity, row.detail
            )
            yield BookConsumption(number or "", account, name, block)

    def customers(self, span: Span, today: date) -> list[CustomerBalance]:
        """Customers with a balance or activity up to the end of `span`, with what they
        still owe at `today` by age."""
        running: dict[str, _Running] = {}
        docs = select(
            InvoiceRow.customer_account,
            InvoiceRow.customer_name,
            InvoiceRow.kind,
            InvoiceRow.issue_date,
            InvoiceRow.total,
        ).where(InvoiceRow.state != InvoiceState.DRAFT.value, InvoiceRow.issue_date <= span.last)
        for account, name, kind, issued, total in self._session.execute(docs):
            found = running.setdefault(account, _Running(name))
            if issued is not None and issued < span.first:
                found.opening += total
            elif kind == InvoiceKind.CREDIT_NOTE.value:
                found.credited += total
            else:
                found.invoiced += total
        payments = (
            select(
                InvoiceRow.customer_account,
                InvoiceRow.customer_name,
                PaymentRow.paid_on,
                PaymentRow.amount,
            )
            .join(InvoiceRow, InvoiceRow.id == PaymentRow.invoice_id)
            .where(PaymentRow.paid_on <= span.last)
        )
        for account, name, paid_on, amount in self._session.execute(payments):
            found = running.setdefault(account, _Running(name))
            if paid_on < span.first:
                found.opening -= amount
            else:
                found.paid += amount
        for account, (name, buckets) in self._aging(today).items():
            running.setdefault(account, _Running(name)).aging = tuple(buckets)
        return [
            CustomerBalance(account, r.name, r.opening, r.invoiced, r.credited, r.paid, r.aging)
            for account, r in sorted(running.items())
            if any((r.opening, r.invoiced, r.credited, r.paid, *r.aging))
        ]

    def _unapplied_credits(self) -> dict[int, Decimal]:
        """Credit notes → what of them is still in the customer's favour (negative): the
        part the corrected invoice's payments had already covered. It belongs to the
        latest credit note of that invoice."""
        credit = aliased(InvoiceRow)
        corrected = self._invoices.with_amounts(
            select(InvoiceRow).where(
                InvoiceRow.id.in_(select(credit.credited_id).where(credit.credited_id.is_not(None)))
            )
        )
        latest = dict(
            self._session.execute(
                select(InvoiceRow.credited_id, func.max(InvoiceRow.id))
                .where(
                    InvoiceRow.credited_id.is_not(None),
                    InvoiceRow.state != InvoiceState.DRAFT.value,
                )
                .group_by(InvoiceRow.credited_id)
            ).all()
        )
        return {
            latest[s.id]: s.outstanding
            for s in self._invoices.summaries_of(corrected)
            if s.outstanding < 0 and s.id in latest
        }

    def _aging(self, today: date) -> dict[str, tuple[str, list[Decimal]]]:
        """What each customer still owes on issued invoices, by days past due at `today`;
        a credit still in their favour counts in the first bucket, so the buckets add up
        to the balance."""
        query = self._invoices.with_amounts(
            select(InvoiceRow).where(
                InvoiceRow.state != InvoiceState.DRAFT.value,
                InvoiceRow.kind == InvoiceKind.INVOICE.value,
                InvoiceRow.issue_date <= today,
            )
        )
        found: dict[str, tuple[str, list[Decimal]]] = {}
        for summary in self._invoices.summaries_of(query):
            if summary.outstanding == 0 or summary.due_date is None:
                continue
            _, buckets = found.setdefault(
                summary.customer.account, (summary.customer.name, [Decimal(0)] * len(AGING))
            )
            days = (today - summary.due_date).days if summary.outstanding > 0 else 0
            buckets[aging_bucket(days)] += summary.outstanding
        return found


@dataclass
class _Running:
    """A customer's sums as the rows go by."""

    name: str
    opening: Decimal = Decimal(0)
    invoiced: Decimal = Decimal(0)
    credited: Decimal = Decimal(0)
    paid: Decimal = Decimal(0)
    aging: tuple[Decimal, ...] = tuple(Decimal(0) for _ in AGING)
