"""A customer's account as the account view shows it: who they are, their meters with
the use of each month, their documents, payments and balance."""

import itertools
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from .audit import StoredPayment
from .consumption import register_difference
from .customers import Customer
from .invoices import Balance, InvoiceSummary
from .meters import Meter, MeterKind
from .readings import Reading
from .register import register_reads
from .usage import UsagePoint

MONTHS = 24  # the chart's reach: two years, this month included
_PLACES = Decimal("0.0001")


@dataclass(frozen=True, slots=True)
class MonthUse:
    month: date  # its first day
    quantity: Decimal | None  # None: no two reads span any of its days


@dataclass(frozen=True, slots=True)
class MeterAccount:
    meter: Meter
    tariff: str | None  # the tariff that rates it today
    last_read: Reading | None
    months: tuple[MonthUse, ...]  # the last `MONTHS`, oldest first
    billed: tuple[UsagePoint, ...]  # periods invoiced for it that reach into those months


@dataclass(frozen=True, slots=True)
class CustomerAccount:
    customer: Customer
    meters: tuple[MeterAccount, ...]
    documents: tuple[InvoiceSummary, ...]  # invoices, credit notes and drafts, newest first
    payments: tuple[StoredPayment, ...]  # newest first
    balance: Balance
    today: date


def month_starts(today: date, count: int = MONTHS) -> list[date]:
    """The first days of the `count` months up to and including today's."""
    months = []
    year, month = today.year, today.month
    for _ in range(count):
        months.append(date(year, month, 1))
        year, month = (year, month - 1) if month > 1 else (year - 1, 12)
    return months[::-1]


def monthly_use(meter: Meter, history: Sequence[Reading], months: Sequence[date]) -> list[MonthUse]:
    """The meter's use in each month: a register's use from one read to the next, spread
    evenly over the days between them (A … B−1); a usage meter's entries in the month of
    their date. A drop the register cannot explain is left out, as billing leaves it."""
    if not months:
        return []
    ends = [*months[1:], _next_month(months[-1])]
    totals: list[Decimal | None] = [None] * len(months)

    def add(index: int, quantity: Decimal) -> None:
        totals[index] = (totals[index] or Decimal(0)) + quantity

    if meter.kind is MeterKind.INTERVAL:
        for reading in history:
            for i, (first, end) in enumerate(zip(months, ends, strict=True)):
                if first <= reading.read_on < end:
                    add(i, reading.value * meter.multiplier)
    else:
        reads = register_reads(meter, history)
        for start, end_read in itertools.pairwise(reads):
            days = (end_read.on - start.on).days
            found = register_difference(start.value, end_read.value, meter.digits)
            if days <= 0 or found is None or end_read.on <= months[0] or start.on >= ends[-1]:
                continue
            per_day = found[0] * meter.multiplier / days
            for i, (first, end) in enumerate(zip(months, ends, strict=True)):
                shared = (min(end, end_read.on) - max(first, start.on)).days
                if shared > 0:
                    add(i, per_day * shared)
    return [
        MonthUse(m, None if q is None else q.quantize(_PLACES))
        for m, q in zip(months, totals, strict=True)
    ]


def _next_month(first: date) -> date:
    return (first + timedelta(days=32)).replace(day=1)
