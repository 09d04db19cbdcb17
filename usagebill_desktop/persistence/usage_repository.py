"""What invoices billed per meter, for the history and the comparison printed on them.

Only invoices count (not credit notes), and not those voided by a full credit note:
what a customer was finally billed for is what they used."""

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..domain.invoices import InvoiceKind, InvoiceState
from ..domain.usage import UsagePoint
from .tables import InvoiceMeterRow, InvoiceRow

_BILLED = (
    InvoiceRow.kind == InvoiceKind.INVOICE.value,
    InvoiceRow.state != InvoiceState.VOID.value,
)


class SqlUsage:
    def __init__(self, session: Session) -> None:
        self._session = session

    def history(self, serial: str, until: date, count: int) -> list[UsagePoint]:
        """The meter's last `count` billed spans ending by `until`, oldest first."""
        query = (
            select(InvoiceMeterRow.first_day, InvoiceMeterRow.last_day, InvoiceMeterRow.quantity)
            .join(InvoiceRow, InvoiceRow.id == InvoiceMeterRow.invoice_id)
            .where(
                InvoiceMeterRow.meter_serial == serial, InvoiceMeterRow.last_day <= until, *_BILLED
            )
            .order_by(InvoiceMeterRow.last_day.desc())
            .limit(count)
        )
        return [UsagePoint(*row) for row in reversed(self._session.execute(query).all())]

    def peers(self, tariff: str, unit: str, period_start: date) -> list[tuple[str, UsagePoint]]:
        """What every customer on this tariff and unit was billed for the billing period
        starting on `period_start`, with their account (to leave the reader out)."""
        query = (
            select(
                InvoiceRow.customer_account,
                InvoiceMeterRow.first_day,
                InvoiceMeterRow.last_day,
                InvoiceMeterRow.quantity,
            )
            .join(InvoiceRow, InvoiceRow.id == InvoiceMeterRow.invoice_id)
            .where(
                InvoiceRow.period_start == period_start,
                InvoiceMeterRow.tariff == tariff,
                InvoiceMeterRow.unit == unit,
                *_BILLED,
            )
        )
        return [
            (account, UsagePoint(first, last, quantity))
            for account, first, last, quantity in self._session.execute(query)
        ]
