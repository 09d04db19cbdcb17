"""Readings: enter one, list a meter's, and the readings list."""

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from ..domain.consumption import estimate
from ..domain.errors import InvalidValue, NotFound
from ..domain.imports import Note
from ..domain.marks import N_
from ..domain.meters import Meter, MeterKind
from ..domain.readings import Reading, ReadingListing, ReadType
from ..domain.register import (
    Entry,
    ReadRefused,
    check_read,
    register_reads,
    usual_daily,
    usual_use,
)
from .ports import OpenUnitOfWork, Page, UnitOfWork


@dataclass(frozen=True, slots=True)
class Recorded:
    """A reading as saved, and what it means next to the previous one."""

    reading: Reading
    previous: Reading | None
    used: Decimal | None  # meter units since the previous read; None if it cannot be told
    rolled_over: bool = False
    notes: tuple[Note, ...] = ()  # what is worth a look: a rollover, unusual use, a lower read


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
    keep_lower: bool = False,
    keep_high: bool = False,
) -> Recorded:
    """Save one reading typed by a person, checked by the register's rules
    (`domain/register.py`), or raise `ReadRefused` saying why. A register read lower than
    the one before, and not a plausible rollover, is refused unless `keep_lower` (the
    person was asked and said keep it: billing then holds the meter until it is checked);
    a read hundreds of times the usual use is refused unless `keep_high` (confirmed)."""
    with open_uow(write=True) as uow:
        found = stored_meter(uow, meter)
        history = uow.readings.of_meter(meter)
        checked = typed_read(
            found,
            history,
            read_on=read_on,
            value=value,
            today=today,
            type=type,
            source=source,
            note=note,
            keep_lower=keep_lower,
            keep_high=keep_high,
        )
        uow.readings.add_many([checked.reading])
        uow.commit()
    return recorded_as(found, history, checked)


def recorded_as(meter: Meter, history: Sequence[Reading], checked: "Taken") -> Recorded:
    """What a read just saved (`checked`) means next to the one before it in `history`."""
    reading = checked.reading
    earlier = [r for r in history if r.read_on < reading.read_on]
    previous = earlier[-1] if earlier else None
    if meter.kind is MeterKind.INTERVAL:
        return Recorded(reading, previous, reading.value)
    used = None if checked.difference is None else checked.difference * meter.multiplier
    return Recorded(reading, previous, used, checked.rolled_over, checked.notes)


@dataclass(frozen=True, slots=True)
class Taken:
    """A read a person typed that the register's rules take."""

    reading: Reading
    notes: tuple[Note, ...]
    difference: Decimal | None
    rolled_over: bool


def typed_read(
    meter: Meter,
    history: Sequence[Reading],
    *,
    read_on: date,
    value: Decimal,
    today: date,
    type: ReadType = ReadType.ACTUAL,
    source: str = "manual",
    note: str = "",
    keep_lower: bool = False,
    keep_high: bool = False,
) -> Taken:
    """A read typed by a person, checked against the meter's stored `history`
    (`domain/register.py`), or `ReadRefused` saying why."""
    same_day = [r for r in history if r.read_on == read_on]
    # The register up to the day before: its last point is the previous read (or the
    # install read, which `register_reads` always puts first).
    reads = register_reads(meter, [r for r in history if r.read_on < read_on])
    later = [r.point for r in history if r.read_on > read_on]
    checked = check_read(
        meter,
        read_on=read_on,
        value=value,
        type=type,
        source=source,
        text=note,
        today=today,
        entry=Entry.TYPED,
        previous=reads[-1],
        following=min(later, default=None, key=lambda r: r.on),
        same_day=same_day[-1].value if same_day else None,
        usual=usual_use(meter, history, read_on),
        keep_lower=keep_lower,
        keep_high=keep_high,
    )
    if not checked.taken or checked.reading is None:
        raise ReadRefused(checked)
    return Taken(checked.reading, checked.notes, checked.difference, checked.rolled_over)


def stored_meter(uow: UnitOfWork, serial: str) -> Meter:
    """The stored meter with this serial, or `NotFound`."""
    meter = uow.meters.get(serial)
    if meter is None:
        raise NotFound(what="meter", key=serial)
    return meter


def meter_readings(open_uow: OpenUnitOfWork, *, meter: str) -> Sequence[Reading]:
    with open_uow() as uow:
        stored_meter(uow, meter)
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
        found = stored_meter(uow, meter)
        history = [r for r in uow.readings.of_meter(meter) if r.read_on < on]
    if found.kind is not MeterKind.CUMULATIVE:
        raise InvalidValue(field="kind", reason=N_("only register meters can be estimated"))
    reads = register_reads(found, history)
    usual = usual_daily(reads, found)
    if usual is None:
        raise InvalidValue(field="value", reason=N_("not enough readings to estimate from"))
    guess = estimate(reads[-1], on, usual, found.digits)
    return record_reading(
        open_uow,
        meter=meter,
        value=guess.value,
        read_on=on,
        today=today,
        type=ReadType.ESTIMATED,
        source="estimate",
        note="estimated from the usual daily use",
    )
