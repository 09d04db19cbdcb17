"""What invoices billed per meter, for the history and the comparison printed on them,
and the comparison an issued invoice keeps (`invoices.kept_usage`).

Only invoices count (not credit notes), and not those voided by a full credit note:
what a customer was finally billed for is what they used."""

import json
from collections import defaultdict
from collections.abc import Collection, Sequence
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..domain.invoices import InvoiceKind, InvoiceState
from ..domain.usage import BilledBlock, BilledUse, Compared, PeerComparison, UsagePoint, UsageTrend
from .tables import InvoiceMeterRow, InvoiceRow

_BILLED = (
    InvoiceRow.kind == InvoiceKind.INVOICE.value,
    InvoiceRow.state != InvoiceState.VOID.value,
)
_CHUNK = 5_000  # meters or invoices per IN (...): well under SQLite's bound parameters


class SqlUsage:
    def __init__(self, session: Session) -> None:
        self._session = session

    def histories(
        self, wanted: Collection[tuple[str, date]], count: int
    ) -> dict[tuple[str, date], list[UsagePoint]]:
        """Each (meter, until)'s last `count` billed spans ending by `until`, oldest first:
        one query per 5,000 meters and distinct `until`."""
        found: dict[tuple[str, date], list[UsagePoint]] = {key: [] for key in wanted}
        serials: dict[date, list[str]] = defaultdict(list)
        for serial, until in sorted(found):
            serials[until].append(serial)
        meter = InvoiceMeterRow
        newest_first = (meter.last_day.desc(), meter.id.desc())
        for until, every in serials.items():
            for chunk in _chunks(every, _CHUNK):
                rank = func.row_number().over(
                    partition_by=meter.meter_serial, order_by=newest_first
                )
                ranked = (
                    select(meter.meter_serial, meter.first_day, meter.last_day, meter.quantity)
                    .add_columns(rank.label("rank"), meter.id)
                    .join(InvoiceRow, InvoiceRow.id == meter.invoice_id)
                    .where(meter.meter_serial.in_(chunk), meter.last_day <= until, *_BILLED)
                    .subquery()
                )
                query = (
                    select(ranked.c.meter_serial, ranked.c.first_day, ranked.c.last_day)
                    .add_columns(ranked.c.quantity)
                    .where(ranked.c.rank <= count)
                    .order_by(ranked.c.meter_serial, ranked.c.last_day, ranked.c.id)
                )
                for serial, first, last, quantity in self._session.connection().execute(query):
                    found[serial, until].append(UsagePoint(first, last, quantity))
        return found

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
            for account, first, last, quantity in self._session.connection().execute(query)
        ]

    def billed(self, ids: Sequence[int]) -> dict[int, BilledUse]:
        """What each of these invoices billed, meter by meter (credit notes left out)."""
        found: dict[int, BilledUse] = {}
        meter = InvoiceMeterRow
        for chunk in _chunks(list(ids), _CHUNK):
            query = (
                select(InvoiceRow.id, InvoiceRow.customer_account, InvoiceRow.period_start)
                .add_columns(meter.meter_serial, meter.tariff, meter.unit, meter.quantity)
                .add_columns(meter.first_day, meter.last_day, meter.detail)
                .outerjoin(meter, meter.invoice_id == InvoiceRow.id)
                .where(InvoiceRow.id.in_(chunk), InvoiceRow.kind == InvoiceKind.INVOICE.value)
                .order_by(InvoiceRow.id, meter.position)
            )
            blocks: dict[int, list[BilledBlock]] = defaultdict(list)
            for invoice_id, account, start, serial, *block in self._session.connection().execute(
                query
            ):
                found.setdefault(invoice_id, BilledUse(account, start, ()))
                if serial is not None:
                    tariff, unit, quantity, first, last, detail = block
                    point = UsagePoint(first, last, quantity)
                    metered = bool(json.loads(detail)["segments"])  # its shape: invoice_json
                    blocks[invoice_id].append(BilledBlock(serial, tariff, unit, point, metered))
            for invoice_id, listed in blocks.items():
                use = found[invoice_id]
                found[invoice_id] = BilledUse(use.account, use.period_start, tuple(listed))
        return found

    def kept(self, invoice_id: int) -> tuple[Compared, ...] | None:
        """The comparison an issued invoice keeps; None for a draft or a credit note."""
        text = self._session.scalar(
            select(InvoiceRow.kept_usage).where(InvoiceRow.id == invoice_id)
        )
        return None if text is None else tuple(_compared(block) for block in json.loads(text))


def kept_json(compared: Sequence[Compared]) -> str:
    """An invoice's usage section in numbers, block by block, exactly: decimals and dates
    as text (`str`, ISO), so the C encoder writes 20,000 of them in a blink."""
    return json.dumps(
        [
            {
                "points": [
                    (p.first.isoformat(), p.last.isoformat(), str(p.quantity))
                    for p in c.trend.points
                ],
                "vs_previous": _text(c.trend.vs_previous),
                "vs_last_year": _text(c.trend.vs_last_year),
                "peers": None
                if c.peers is None
                else (
                    str(c.peers.daily),
                    str(c.peers.median),
                    str(c.peers.efficient),
                    c.peers.peers,
                ),
            }
            for c in compared
        ],
        separators=(",", ":"),
    )


def _compared(block: dict[str, Any]) -> Compared:
    points = tuple(
        UsagePoint(date.fromisoformat(first), date.fromisoformat(last), Decimal(quantity))
        for first, last, quantity in block["points"]
    )
    trend = UsageTrend(points, _decimal(block["vs_previous"]), _decimal(block["vs_last_year"]))
    peers = block["peers"]
    if peers is None:
        return Compared(trend, None)
    daily, median, efficient, count = peers
    return Compared(
        trend, PeerComparison(Decimal(daily), Decimal(median), Decimal(efficient), count)
    )


def _text(value: Decimal | None) -> str | None:
    return None if value is None else str(value)


def _decimal(text: str | None) -> Decimal | None:
    return None if text is None else Decimal(text)


def _chunks(items: Sequence[Any], size: int) -> list[Sequence[Any]]:
    return [items[n : n + size] for n in range(0, len(items), size)]
