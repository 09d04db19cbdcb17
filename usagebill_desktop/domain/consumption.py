"""From reads to consumption, showing the working: rollover, replacement, estimates, checks.

Cumulative meters bill read to read: (end − start) × multiplier. A register that shows
less than before either wrapped (a 5-digit register goes 99,990 → 00,012: consumption
22) or was misread; only a wrap that is plausible — under a share of the register,
10 % by default — is taken as one, and said so. Anything else blocks that meter's bill
until someone looks: never bill zero or a negative quietly.
"""

import itertools
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from enum import StrEnum

from .money import round_quantity
from .periods import Span
from .readings import Read as Read  # where consumption readers have always found it
from .readings import ReadType

ROLLOVER_SHARE = Decimal("0.10")  # a wrap must be under 10 % of the register
HIGH_USE, LOW_USE = Decimal(3), Decimal(1) / 3  # × the meter's usual daily use


class Check(StrEnum):
    """What a check found. Blocking ones stop the meter's bill; the others are warnings."""

    UNEXPLAINED_DROP = "unexplained_drop"  # blocks: the register went down, and not by a wrap
    FUTURE_READ = "future_read"  # blocks: a read dated after today
    NO_END_READ = "no_end_read"  # blocks: nothing read in the period
    UNRATABLE = "unratable"  # blocks: a read or a price too large to bill (an older database)
    HIGH_USE = "high_use"  # warns: possible leak or misread digit
    LOW_USE = "low_use"  # warns: possible stuck meter or empty property

    @property
    def blocks(self) -> bool:
        return self in (
            Check.UNEXPLAINED_DROP,
            Check.FUTURE_READ,
            Check.NO_END_READ,
            Check.UNRATABLE,
        )


@dataclass(frozen=True, slots=True)
class Finding:
    check: Check
    meter_serial: str
    values: dict[str, object] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Segment:
    """One register's part of a bill: a meter replacement gives two."""

    meter_serial: str
    start: Read
    end: Read
    multiplier: Decimal
    difference: Decimal  # register units, after any wrap
    rolled_over: bool = False

    @property
    def consumption(self) -> Decimal:
        return self.difference * self.multiplier


@dataclass(frozen=True, slots=True)
class Consumption:
    """What a meter used over a span, with the segments it came from and what checks found."""

    meter_serial: str
    span: Span
    quantity: Decimal
    segments: tuple[Segment, ...] = ()
    findings: tuple[Finding, ...] = ()

    @property
    def blocked(self) -> bool:
        return any(f.check.blocks for f in self.findings)


def register_difference(
    start: Decimal, end: Decimal, digits: int | None, share: Decimal = ROLLOVER_SHARE
) -> tuple[Decimal, bool] | None:
    """(difference, rolled over) from start to end, or None when a drop is unexplained."""
    if end >= start:
        return end - start, False
    if digits is None:
        return None
    limit = Decimal(10) ** digits
    wrapped = limit - start + end
    return (wrapped, True) if wrapped < share * limit else None


def segment(
    serial: str,
    start: Read,
    end: Read,
    *,
    digits: int | None,
    multiplier: Decimal,
    share: Decimal = ROLLOVER_SHARE,
) -> Segment | Finding:
    """A register's consumption from one read to another, or why it cannot be billed."""
    found = register_difference(start.value, end.value, digits, share)
    if found is None:
        return Finding(
            Check.UNEXPLAINED_DROP, serial, {"start": start.value, "end": end.value, "on": end.on}
        )
    difference, rolled = found
    return Segment(serial, start, end, multiplier, difference, rolled)


def cumulative(
    serial: str, parts: Sequence[Segment | Finding], *, today: date, usual_daily: Decimal | None
) -> Consumption:
    """Consumption over one or more register segments (a replacement gives two, in order)."""
    segments = tuple(p for p in parts if isinstance(p, Segment))
    findings = [p for p in parts if isinstance(p, Finding)]
    first = min(p.start.on for p in segments) if segments else today
    last = max(p.end.on for p in segments) if segments else today
    findings += _future(serial, [s.end for s in segments], today)
    quantity = sum((s.consumption for s in segments), Decimal(0))
    span = Span.read_to_read(first, last) if last > first else Span(first, first)
    findings += plausibility(serial, quantity, span.days, usual_daily)
    return Consumption(serial, span, quantity, segments, tuple(findings))


def interval(
    serial: str, usages: Sequence[Read], span: Span, *, today: date, usual_daily: Decimal | None
) -> Consumption:
    """Usage meters (hours, pages): the sum of the usages recorded in the span."""
    inside = [u for u in usages if span.first <= u.on <= span.last]
    quantity = sum((u.value for u in inside), Decimal(0))
    # Fewer hours booked or pages printed than usual is the customer's choice, not a stuck
    # meter: only an unusually high total (a typing slip?) is worth a look.
    findings = _future(serial, inside, today) + plausibility(
        serial, quantity, span.days, usual_daily, low=Decimal(0)
    )
    return Consumption(serial, span, quantity, (), tuple(findings))


def _future(serial: str, reads: Sequence[Read], today: date) -> list[Finding]:
    return [Finding(Check.FUTURE_READ, serial, {"on": r.on}) for r in reads if r.on > today]


def usual_daily_use(reads: Sequence[Read], *, until: date, digits: int | None) -> Decimal | None:
    """Average use per day over the year before `until` (or what history there is),
    from the register's reads; None with fewer than two reads or no days between them."""
    window = [r for r in reads if r.on <= until and (until - r.on).days <= 366]
    if len(window) < 2 or window[-1].on == window[0].on:
        return None
    total = Decimal(0)
    for before, after in itertools.pairwise(window):
        found = register_difference(before.value, after.value, digits)
        if found is None:
            return None  # a misread in the history: no basis for comparison
        total += found[0]
    return total / (window[-1].on - window[0].on).days


def usual_daily_usage(usages: Sequence[Read], *, until: date, since: date) -> Decimal | None:
    """Average use per day of an interval meter, over its history up to a year."""
    start = max(since, date.fromordinal(until.toordinal() - 365))
    days = (until - start).days
    if days <= 0:
        return None
    return sum((u.value for u in usages if start <= u.on < until), Decimal(0)) / days


def plausibility(
    serial: str,
    quantity: Decimal,
    days: int,
    usual_daily: Decimal | None,
    high: Decimal = HIGH_USE,
    low: Decimal = LOW_USE,
) -> list[Finding]:
    """A warning when use is above `high` or below `low` times the meter's usual use."""
    if usual_daily is None or usual_daily <= 0 or days <= 0:
        return []
    expected = usual_daily * days
    ratio = quantity / expected
    values: dict[str, object] = {
        "quantity": quantity,
        "expected": round_quantity(expected),
        "ratio": ratio,
    }
    if ratio > high:
        return [Finding(Check.HIGH_USE, serial, values)]
    if ratio < low:
        return [Finding(Check.LOW_USE, serial, values)]
    return []


def estimate(last: Read, on: date, usual_daily: Decimal, digits: int | None) -> Read:
    """An estimated read for `on`: the last read plus the usual use since, whole units,
    wrapped at the register's size. The next actual read trues it up by itself."""
    used = (usual_daily * (on - last.on).days).to_integral_value()
    value = last.value + used
    if digits is not None:
        value %= Decimal(10) ** digits
    return Read(on, value, ReadType.ESTIMATED)
