"""How a meter's use compares: with its own past periods and with similar customers.

Periods differ in length (a 28-day February, a 32-day read-to-read span), so every
comparison is of average use per day, never of period totals."""

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from statistics import median_low

HISTORY_PERIODS = 13  # this period and the twelve before it: a year back, same season
MIN_PEERS = 10  # fewer similar customers than this say nothing fair about the group
LAST_YEAR_SLACK = timedelta(days=20)  # read dates wander; a year ago is roughly a year ago
YEAR = timedelta(days=365)


@dataclass(frozen=True, slots=True)
class UsagePoint:
    """What one invoice billed for a meter: the days and the quantity used."""

    first: date
    last: date
    quantity: Decimal

    @property
    def days(self) -> int:
        return (self.last - self.first).days + 1

    @property
    def daily(self) -> Decimal:
        return self.quantity / self.days


@dataclass(frozen=True, slots=True)
class UsageTrend:
    points: tuple[UsagePoint, ...]  # oldest first; the last is this period
    vs_previous: Decimal | None  # change of daily use as a fraction: 0.08 is 8 % more
    vs_last_year: Decimal | None

    @property
    def current(self) -> UsagePoint:
        return self.points[-1]


@dataclass(frozen=True, slots=True)
class PeerComparison:
    """This customer's daily use against customers on the same tariff and unit."""

    daily: Decimal
    median: Decimal
    efficient: Decimal  # the most efficient quarter use this much a day or less
    peers: int

    @property
    def vs_median(self) -> Decimal | None:
        return _change(self.daily, self.median)


def usage_trend(points: Sequence[UsagePoint]) -> UsageTrend:
    """The trend of the last `HISTORY_PERIODS` points (the last one is this period)."""
    ordered = tuple(sorted(points, key=lambda p: p.first)[-HISTORY_PERIODS:])
    if not ordered:
        raise ValueError("a trend needs this period's use")
    current = ordered[-1]
    previous = ordered[-2] if len(ordered) > 1 else None
    year_ago = _year_ago(ordered, current)
    return UsageTrend(
        ordered,
        None if previous is None else _change(current.daily, previous.daily),
        None if year_ago is None else _change(current.daily, year_ago),
    )


def _year_ago(points: Sequence[UsagePoint], current: UsagePoint) -> Decimal | None:
    """Daily use over the same days a year earlier, from the periods that covered them
    (a two-month bill is compared with both months of last year, not one)."""
    first, last = current.first - YEAR, current.last - YEAR
    covering = [p for p in points[:-1] if p.first <= last and p.last >= first]
    if not covering or covering[0].first > first + LAST_YEAR_SLACK:
        return None  # last year's history does not reach back far enough
    if covering[-1].last < last - LAST_YEAR_SLACK:
        return None
    days = sum(p.days for p in covering)
    return sum((p.quantity for p in covering), Decimal(0)) / days


def compare_with_peers(daily: Decimal, peers: Sequence[Decimal]) -> PeerComparison | None:
    """None when fewer than `MIN_PEERS` similar customers used anything to compare with."""
    if len(peers) < MIN_PEERS:
        return None
    ordered = sorted(peers)
    efficient = ordered[max(0, (len(ordered) + 3) // 4 - 1)]  # the top of the first quarter
    return PeerComparison(daily, median_low(ordered), efficient, len(ordered))


def _change(now: Decimal, before: Decimal) -> Decimal | None:
    return None if before <= 0 else now / before - 1
