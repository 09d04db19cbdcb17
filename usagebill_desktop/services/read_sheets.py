"""Read sheets: what the meter reader takes on the route, and brings back filled in."""

from datetime import date

from ..domain.meters import MeterKind
from ..domain.periods import check_day
from ..domain.readings import SheetLine
from ..domain.register import expected_range, register_reads
from .ports import EVERYTHING, OpenUnitOfWork


def read_sheet(open_uow: OpenUnitOfWork, *, on: date) -> list[SheetLine]:
    """Every register meter in service, in route order, with what to expect on `on`."""
    check_day("date", on)  # its history reaches 400 days back
    lines = []
    with open_uow() as uow:
        customers = {c.account: c for c in uow.customers.fetch(EVERYTHING)}
        history = uow.readings.of_meters(date.fromordinal(on.toordinal() - 400), on)
        for listing in uow.meters.fetch(EVERYTHING):
            meter = listing.meter
            if meter.kind is not MeterKind.CUMULATIVE or meter.removed_on is not None:
                continue
            reads = register_reads(meter, history.get(meter.serial, []))
            last = reads[-1]
            low, high = expected_range(reads, meter, on) or (None, None)
            customer = customers[meter.customer_account]
            lines.append(
                SheetLine(
                    meter.route_order,
                    meter.serial,
                    customer.name,
                    customer.address,
                    last.value,
                    last.on,
                    low,
                    high,
                )
            )
    lines.sort(key=lambda line: (line.route is None, line.route or 0, line.serial))
    return lines
