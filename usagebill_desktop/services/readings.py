"""Readings: enter one, list a meter's, and the readings list."""

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from ..domain.consumption import Read, estimate, register_difference, usual_daily_use
from ..domain.errors import AlreadyExists, InvalidValue, NotFound
from ..domain.meters import Meter, MeterKind
from ..domain.readings import Reading, ReadingListing, ReadType, make_reading
from .ports import OpenUnitOfWork, Page, UnitOfWork


@dataclass(frozen=True, slots=True)
class Recorded:
    """A reading as saved, and what it means next to the previous one."""

    reading: Reading
    previous: Reading | None
    used: Decimal | None  # register units since the previous read; None if it cannot be told
    rolled_over: bool = False


def record_reading(
    open_uow: OpenUnitOfWork,
    *,
    meter: str,
    value: Decimal,
    read_on: date,
    today: date,
    type: ReadType = ReadType.ACTUAL,
    note: str = "",
    source: str = "manual",
) -> Recorded:
    """Save one reading. A register read lower than the one before is kept (it may be a
    wrap or a misread: the billing run decides and says so), but a second read of the
    same register on the same day is refused."""
    with open_uow(write=True) as uow:
        found = _meter(uow, meter)
        reading = make_reading(found, read_on=read_on, value=value, type=type, source=source,
                               note=note)  # fmt: skip
        if read_on > today:
            raise InvalidValue(field="date", reason="in the future")
        if found.removed_on is not None and read_on > found.removed_on:
            raise InvalidValue(field="date", reason="after the meter was removed")
        history = uow.readings.of_meter(meter)
        if found.kind is MeterKind.CUMULATIVE and any(r.read_on == read_on for r in history):
            raise AlreadyExists(what="reading", key=f"{meter} {read_on.isoformat()}")
        uow.readings.add_many([reading])
        uow.commit()
    return _recorded(found, reading, [r for r in history if r.read_on < read_on])


def _recorded(meter: Meter, reading: Reading, earlier: Sequence[Reading]) -> Recorded:
    if meter.kind is MeterKind.INTERVAL:
        return Recorded(reading, earlier[-1] if earlier else None, reading.value)
    previous = earlier[-1] if earlier else None
    start = previous.value if previous else meter.install_read
    difference = register_difference(start, reading.value, meter.digits)
    if difference is None:
        return Recorded(reading, previous, None)
    return Recorded(reading, previous, difference[0] * meter.multiplier, difference[1])


def _meter(uow: UnitOfWork, serial: str) -> Meter:
    meter = uow.meters.get(serial)
    if meter is None:
        raise NotFound(what="meter", key=serial)
    return meter


def meter_readings(open_uow: OpenUnitOfWork, *, meter: str) -> Sequence[Reading]:
    with open_uow() as uow:
        _meter(uow, meter)
        return uow.readings.of_meter(meter)


def list_readings(open_uow: OpenUnitOfWork, *, page: Page) -> Sequence[ReadingListing]:
    with open_uow() as uow:
        return uow.readings.fetch(page)


def count_readings(open_uow: OpenUnitOfWork, *, search: str = "") -> int:
    with open_uow() as uow:
        return uow.readings.count(search)


def estimate_reading(open_uow: OpenUnitOfWork, *, meter: str, on: date, today: date) -> Recorded:
    """Record an estimate for a meter that could not be read: its last read plus its usual
    daily use over the last year (or what history there is). Marked E; the next actual
    read trues it up by itself."""
    with open_uow() as uow:
        found = _meter(uow, meter)
        history = [r for r in uow.readings.of_meter(meter) if r.read_on < on]
    if found.kind is not MeterKind.CUMULATIVE:
        raise InvalidValue(field="kind", reason="only register meters can be estimated")
    reads = [Read(found.install_date, found.install_read)] + [
        Read(r.read_on, r.value, r.type) for r in history
    ]
    usual = usual_daily_use(reads, until=reads[-1].on, digits=found.digits)
    if usual is None:
        raise InvalidValue(field="value", reason="not enough readings to estimate from")
    guess = estimate(reads[-1], on, usual, found.digits)
    return record_reading(open_uow, meter=meter, value=guess.value, read_on=on, today=today,
                          type=ReadType.ESTIMATED, source="estimate",
                          note="estimated from the usual daily use")  # fmt: skip
