"""Read sheets: what the meter reader takes on the route, and brings back filled in —
on paper or a file (`read_sheet`), or typed row by row in the window (`sheet_rows`,
`save_sheet_read`)."""

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta
from decimal import Decimal
from enum import StrEnum

from ..domain.meters import Meter, MeterKind
from ..domain.periods import check_day
from ..domain.readings import Read, Reading, ReadType, SheetLine
from ..domain.register import ReadCheck, ReadRefused, Verdict, Why, expected_range, register_reads
from .corrections import edit_reading
from .ports import OpenUnitOfWork, UnitOfWork
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
    customers = uow.customers.addressed()
    history = uow.readings.of_meters(date.fromordinal(on.toordinal() - HISTORY_DAYS), on)
    found = []
    for meter in _on_sheet(uow):
        readings = history.get(meter.serial, [])
        reads = _register(meter, readings, on)
        low, high = expected_range(reads, meter, on) or (None, None)
        found.append(
            (_line(meter, customers[meter.customer_account], reads[-1], low, high), meter, readings)
        )
    found.sort(key=lambda f: _route_order(f[0]))
    return iter(found)


def _on_sheet(uow: UnitOfWork) -> Iterator[Meter]:
    """The register meters in service."""
    for meter in uow.meters.every():
        if meter.kind is MeterKind.CUMULATIVE and meter.removed_on is None:
            yield meter


def _register(meter: Meter, readings: Iterable[Reading], on: date) -> list[Read]:
    return register_reads(meter, [r for r in readings if r.read_on < on])


def _line(
    meter: Meter, customer: tuple[str, str], last: Read, low: Decimal | None, high: Decimal | None
) -> SheetLine:
    """`customer`: their name and address."""
    name, address = customer
    return SheetLine(
        meter.route_order,
        meter.serial,
        name,
        address,
        last.value,
        last.on,
        low,
        high,
    )


def _route_order(line: SheetLine) -> tuple[bool, int, str]:
    return (line.route is None, line.route or 0, line.serial)


class Choice(StrEnum):
    """Which meters a sheet in the window holds."""

    NEEDING = "needing"  # no read yet this month since its last bill (or its install)
    ROUTE = "route"  # the route's stops from … to (`route_order`)
    ALL = "all"  # every register meter in service


@dataclass(frozen=True, slots=True)
class SheetRow:
    """A line of the sheet in the window: the printed line, the meter's unit, the read
    already stored for the sheet's day, if any (typed earlier: the row shows it done), and
    the meter. `weighed`: False while the line's expected range (`low`, `high`) is not
    weighed yet — the sheet opens without it, and `weigh` adds it to the rows shown."""

    line: SheetLine
    unit: str
    read: Reading | None
    meter: Meter
    weighed: bool = True


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
    shown done. Five queries for any number of meters, each meter's last read and this
    month's, not its year: a sheet of 5,000 opens at once; the expected ranges are weighed
    for the rows shown (`weigh`)."""
    check_day("date", on)
    rows = []
    with open_uow() as uow:
        billed = uow.invoices.last_billed_all(on) if choice is Choice.NEEDING else {}
        customers = uow.customers.addressed()
        last = uow.readings.last_before(on)
        # What the NEEDING check and the read of the day look at: this month's reads.
        month = uow.readings.of_meters(on.replace(day=1) - timedelta(days=1), on)
        weighed_since = date.fromordinal(on.toordinal() - HISTORY_DAYS)
        for meter in _on_sheet(uow):
            before = last.get(meter.serial)
            seen = [] if before is None or before.read_on < weighed_since else [before]
            line = _line(
                meter,
                customers[meter.customer_account],
                _register(meter, seen, on)[-1],  # as `read_sheet` sees it
                None,
                None,
            )
            if choice is Choice.ROUTE and not _on_route(line.route, stops):
                continue
            readings = month.get(meter.serial, [])
            if choice is Choice.NEEDING:
                billed_to = billed.get(meter.serial)
                since = max(
                    meter.install_date
                    if billed_to is None
                    else (billed_to.end_on or billed_to.last_day),
                    on.replace(day=1) - timedelta(days=1),
                )
                if any(since < r.read_on < on for r in readings):
                    continue
            today = [r for r in readings if r.read_on == on]
            rows.append(SheetRow(line, meter.unit, today[-1] if today else None, meter, False))
    rows.sort(key=lambda r: _route_order(r.line))
    return rows


def weigh(open_uow: OpenUnitOfWork, rows: Sequence[SheetRow], *, on: date) -> list[SheetRow]:
    """`rows` with the expected range on `on` of those not weighed yet, as `read_sheet`
    weighs it: one query for their history, however many rows."""
    wanted = {r.line.serial for r in rows if not r.weighed}
    if not wanted:
        return list(rows)
    with open_uow() as uow:
        since = date.fromordinal(on.toordinal() - HISTORY_DAYS)
        history = uow.readings.of_meters(since, on, wanted)
    weighed = []
    for row in rows:
        if not row.weighed:
            reads = _register(row.meter, history.get(row.line.serial, []), on)
            low, high = expected_range(reads, row.meter, on) or (None, None)
            row = replace(row, line=replace(row.line, low=low, high=high), weighed=True)
        weighed.append(row)
    return weighed


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
