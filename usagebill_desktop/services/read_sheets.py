"""Read sheets: what the meter reader takes on the route, and brings back filled in —
on paper or a file (`read_sheet`), or typed row by row in the window (`sheet_rows`,
`save_sheet_read`)."""

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from enum import StrEnum

from ..domain.meters import Meter, MeterKind
from ..domain.periods import check_day
from ..domain.readings import Reading, ReadType, SheetLine
from ..domain.register import ReadCheck, ReadRefused, Verdict, Why, expected_range, register_reads
from .corrections import edit_reading
from .ports import EVERYTHING, OpenUnitOfWork, UnitOfWork
from .readings import Recorded, record_reading, stored_meter, typed_read

HISTORY_DAYS = 400  # what the expected range is weighed on


def read_sheet(open_uow: OpenUnitOfWork, *, on: date) -> list[SheetLine]:
    """Every register meter in service, in route order, with what to expect on `on`."""
    with open_uow() as uow:
        return [line for line, _, _ in _sheet(uow, on)]


def _sheet(uow: UnitOfWork, on: date) -> Iterator[tuple[SheetLine, Meter, list[Reading]]]:
    """Each register meter in service on `on`, in route order, with its line and its
    readings of the last `HISTORY_DAYS`: three queries, whatever the number of meters."""
    check_day("date", on)  # its history reaches 400 days back
    customers = {c.account: c for c in uow.customers.fetch(EVERYTHING)}
    history = uow.readings.of_meters(date.fromordinal(on.toordinal() - HISTORY_DAYS), on)
    found = []
    for meter in uow.meters.every():
        if meter.kind is not MeterKind.CUMULATIVE or meter.removed_on is not None:
            continue
        readings = history.get(meter.serial, [])
        reads = register_reads(meter, [r for r in readings if r.read_on < on])
        last = reads[-1]
        low, high = expected_range(reads, meter, on) or (None, None)
        customer = customers[meter.customer_account]
        line = SheetLine(
            meter.route_order,
            meter.serial,
            customer.name,
            customer.address,
            last.value,
            last.on,
            low,
            high,
        )
        found.append((line, meter, readings))
    found.sort(key=lambda f: (f[0].route is None, f[0].route or 0, f[0].serial))
    return iter(found)


class Choice(StrEnum):
    """Which meters a sheet in the window holds."""

    NEEDING = "needing"  # no read yet this month since its last bill (or its install)
    ROUTE = "route"  # the route's stops from … to (`route_order`)
    ALL = "all"  # every register meter in service


@dataclass(frozen=True, slots=True)
class SheetRow:
    """A line of the sheet in the window: the printed line, the meter's unit, and the read
    already stored for the sheet's day, if any (typed earlier: the row shows it done)."""

    line: SheetLine
    unit: str
    read: Reading | None


def sheet_rows(
    open_uow: OpenUnitOfWork,
    *,
    on: date,
    choice: Choice = Choice.NEEDING,
    stops: tuple[int, int] | None = None,
) -> list[SheetRow]:
    """The sheet for `on` in route order; `stops` (first, last) for `Choice.ROUTE`. A meter
    needs a read (`Choice.NEEDING`) when it has none since its last bill, nor this month
    (a sheet is the month's round), before `on`: one read on `on` keeps it on the sheet,
    shown done. Four
    queries for any number of meters: a sheet of 5,000 opens at once."""
    rows = []
    with open_uow() as uow:
        billed = uow.invoices.last_billed_all(on) if choice is Choice.NEEDING else {}
        for line, meter, readings in _sheet(uow, on):
            if choice is Choice.ROUTE and not _on_route(line.route, stops):
                continue
            if choice is Choice.NEEDING:
                last = billed.get(meter.serial)
                since = max(
                    meter.install_date if last is None else (last.end_on or last.last_day),
                    on.replace(day=1) - timedelta(days=1),
                )
                if any(since < r.read_on < on for r in readings):
                    continue
            today = [r for r in readings if r.read_on == on]
            rows.append(SheetRow(line, meter.unit, today[-1] if today else None))
    return rows


def _on_route(route: int | None, stops: tuple[int, int] | None) -> bool:
    if stops is None:
        return True
    return route is not None and stops[0] <= route <= stops[1]


def save_sheet_read(
    open_uow: OpenUnitOfWork,
    *,
    meter: str,
    value: Decimal,
    read_on: date,
    today: date,
    type: ReadType = ReadType.ACTUAL,
    rollover: bool = False,
    confirmed: bool = False,
    replaces: bool = False,
) -> Recorded:
    """Save one row of the sheet, checked by the one rule (`readings.typed_read`), or
    `ReadRefused` saying why. A read lower than the one before is never saved unasked:
    until the person answers it is a rollover (`rollover`), it is refused with
    `Why.LOWER` — with the rollover's note when the register plausibly wrapped, so the
    question can say how much that would be. `confirmed`: a read far beyond the usual
    use was confirmed (`Why.BEYOND` until then). `replaces`: the row was saved already
    on that day and is typed again, a correction (`corrections.edit_reading`: audited,
    refused once an issued invoice billed the read)."""
    if not rollover:
        with open_uow() as uow:
            found, history = stored_meter(uow, meter), uow.readings.of_meter(meter)
        if replaces:  # weighed against the reads around it, not the one it replaces
            history = [r for r in history if r.read_on != read_on]
        taken = typed_read(
            found,
            history,
            read_on=read_on,
            value=value,
            today=today,
            type=type,
            keep_high=confirmed,
        )
        if taken.rolled_over:
            asked = ReadCheck(Verdict.REJECTED, taken.reading, taken.notes, why=Why.LOWER)
            raise ReadRefused(asked)
    if replaces:
        corrected = edit_reading(
            open_uow,
            meter=meter,
            read_on=read_on,
            value=value,
            today=today,
            type=type,
            keep_lower=rollover,
            keep_high=confirmed,
        )
        assert corrected.recorded is not None  # an edit, not a deletion
        return corrected.recorded
    return record_reading(
        open_uow,
        meter=meter,
        value=value,
        read_on=read_on,
        today=today,
        type=type,
        source="sheet",
        keep_lower=rollover,
        keep_high=confirmed,
    )
