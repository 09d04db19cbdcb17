"""What a readings file leaves open about its numbers and dates, settled by the meters'
history when it can be: of the two readings of `1.234` on a register meter, the one that
fits the meter (not below its previous read, not hundreds of times its use above it); of
the two readings of `03/04/2026`, the one that is neither to come nor before the meter's
last stored read. Weighed once per file on a sample of the rows that read two ways, never
per row, so a million-row import pays a few queries. What stays open is asked."""

from collections.abc import Iterator
from datetime import date
from decimal import Decimal

from ..domain.imports import note
from ..domain.meters import Meter, MeterKind
from ..domain.readings import Read, Reading
from ..domain.register import BEYOND_USE, Entry, Verdict, check_read, register_reads, usual_daily
from ..importers.conventions import (
    DATES,
    DECIMAL,
    WHY_HISTORY,
    Convention,
    Evidence,
    readings_of,
)
from ..importers.readings_parser import ParsedFile, reread
from ..importers.values import ValueProblem, cell_date
from .ports import OpenUnitOfWork


def settle_conventions(open_uow: OpenUnitOfWork, parsed: ParsedFile, *, today: date) -> ParsedFile:
    """`parsed` with its open conventions decided by history (read again if that changes
    its rows); `ConventionUndecided` when one stays open."""
    if parsed.dates.choice is not None and parsed.decimal.choice is not None:
        return parsed
    serials = {str(s).strip() for kind in (DATES, DECIMAL) for s in _meters(parsed, kind)}
    with open_uow() as uow:
        meters = {s: m for s in serials if (m := uow.meters.get(s)) is not None}
        stored = uow.readings.of_meters(date.min, date.max, list(meters))
    history = {s: register_reads(m, stored.get(s, [])) for s, m in meters.items()}
    if parsed.dates.choice is None:
        votes = vote(_date_fits(parsed.evidence[DATES], history, stored, today))
        parsed = reread(parsed, dates=votes)
    if parsed.dates.choice is not None and parsed.decimal.choice is None:
        fits = _value_fits(parsed, meters, history)
        parsed = reread(parsed, decimal=vote(fits))
    question = parsed.undecided()
    if question is not None:
        raise question
    return parsed


def _meters(parsed: ParsedFile, kind: str) -> Iterator[object]:
    evidence = parsed.evidence.get(kind)
    return iter(()) if evidence is None else (meter for _, _, meter, _ in evidence.two_ways)


def vote(fits: Iterator[str], why: str = WHY_HISTORY) -> Convention:
    """The one choice the rows that fit one way only agree on; none if they disagree.
    `why` says what they fit, with the number of `rows`."""
    counted: dict[str, int] = {}
    for choice in fits:
        counted[choice] = counted.get(choice, 0) + 1
    if len(counted) != 1:
        return Convention(None)
    ((choice, rows),) = counted.items()
    return Convention(choice, "history", note(why, rows=rows))


def _date_fits(
    evidence: Evidence,
    history: dict[str, list[Read]],
    stored: dict[str, list[Reading]],
    today: date,
) -> Iterator[str]:
    """For each sample row, the order under which its date alone is possible: the other
    would be to come, or before the meter's last stored read."""
    for _, text, meter, _ in evidence.two_ways:
        serial = str(meter).strip()
        if serial not in history:
            continue
        last = stored[serial][-1].read_on if stored.get(serial) else None
        possible = [
            choice
            for choice, day in readings_of(DATES, text).items()
            if isinstance(day, date) and day <= today and (last is None or day >= last)
        ]
        if len(possible) == 1:
            yield possible[0]


def _value_fits(
    parsed: ParsedFile, meters: dict[str, Meter], history: dict[str, list[Read]]
) -> Iterator[str]:
    """For each sample row, the decimal mark under which its value alone fits the meter's
    register."""
    for _, text, meter, when in parsed.evidence[DECIMAL].two_ways:
        serial = str(meter).strip()
        found = meters.get(serial)
        if found is None or found.kind is MeterKind.INTERVAL:
            continue
        try:
            on = cell_date(when, parsed.day_first)
        except ValueProblem:
            continue
        before = [read for read in history[serial] if read.on < on]
        if not before:
            continue
        fitting = [
            choice
            for choice, value in readings_of(DECIMAL, text).items()
            if isinstance(value, Decimal) and _fits(found, before, on, value)
        ]
        if len(fitting) == 1:
            yield fitting[0]


def _fits(meter: Meter, before: list[Read], on: date, value: Decimal) -> bool:
    """The register's own check takes it (`domain/register.check_read`: not lower than the
    previous read unless a rollover, within the register, not beyond what the meter can
    have registered); with no usual use yet to judge by, neither is a read more than
    `BEYOND_USE` times the previous one."""
    previous = before[-1]
    usual = usual_daily(before, meter) if len(before) > 1 else None
    checked = check_read(
        meter, read_on=on, value=value, today=on, entry=Entry.FILE, previous=previous, usual=usual
    )
    if checked.verdict is Verdict.REJECTED:
        return False
    return bool(usual) or not previous.value or value <= previous.value * BEYOND_USE
