"""How a meter's use compares: with its own past periods and with similar customers.

Periods differ in length (a 28-day February, a 32-day read-to-read span), so every
comparison is of average use per day, never of period totals."""

from bisect import bisect_left
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

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


@dataclass(frozen=True, slots=True)
class BilledBlock:
    """One meter block of an invoice, as its usage section compares it."""

    serial: str
    tariff: str
    unit: str
    point: UsagePoint  # this period
    metered: bool  # read from a register (not booked hours or pages): compared with others


@dataclass(frozen=True, slots=True)
class BilledUse:
    """What one invoice billed, meter by meter: the customer (left out of their own
    peers), the billing period (whose invoices are the peers) and the blocks."""

    account: str
    period_start: date
    blocks: tuple[BilledBlock, ...]


@dataclass(frozen=True, slots=True)
class Compared:
    """A block's usage section in numbers: kept with an issued invoice as issued."""

    trend: UsageTrend
    peers: PeerComparison | None  # None: switched off, or too few similar customers


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
    return PeerGroup.of([("peer", peer) for peer in peers]).compare("reader", daily)


@dataclass(frozen=True, slots=True)
class PeerGroup:
    """Similar customers' use per day, sorted once: a batch of 20,000 invoices compares
    each reader with everyone else in it without sorting 20,000 times."""

    ordered: tuple[Decimal, ...]
    by_account: Mapping[str, tuple[Decimal, ...]]

    @classmethod
    def of(cls, uses: Iterable[tuple[str, Decimal]]) -> "PeerGroup":
        by_account: dict[str, list[Decimal]] = {}
        for account, daily in uses:
            by_account.setdefault(account, []).append(daily)
        ordered = sorted(daily for dailies in by_account.values() for daily in dailies)
        return cls(tuple(ordered), {a: tuple(sorted(d)) for a, d in by_account.items()})

    def compare(self, account: str, daily: Decimal) -> PeerComparison | None:
        """`daily` against everyone but `account`; None when fewer than `MIN_PEERS`."""
        left_out = self.by_account.get(account, ())
        count = len(self.ordered) - len(left_out)
        if count < MIN_PEERS:
            return None
        # Where the reader's own values sit in the sorted whole (equal values side by
        # side); the nth of the others is the whole's nth moved past each of them.
        positions = [bisect_left(self.ordered, value) for value in left_out]
        positions = [p + left_out[:n].count(left_out[n]) for n, p in enumerate(positions)]

        def nth(n: int) -> Decimal:
            for position in positions:
                n += position <= n
            return self.ordered[n]

        efficient = nth(max(0, (count + 3) // 4 - 1))  # the top of the first quarter
        return PeerComparison(daily, nth((count - 1) // 2), efficient, count)  # median_low


def _change(now: Decimal, before: Decimal) -> Decimal | None:
    return None if before <= 0 else now / before - 1
