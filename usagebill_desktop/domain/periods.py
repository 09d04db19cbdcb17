"""Billing periods and proration: how much of a tariff period a span of days is.

A span is inclusive of both days: 2026-01-01 … 2026-01-31 is all of January. For a
monthly tariff the factor is, summed over the calendar months the span touches,
(days covered in that month ÷ days in that month); quarters likewise; for a yearly
tariff, days ÷ days in that year. A full calendar month has factor exactly 1.
Factors are exact fractions: 17/31 has no finite decimal.
"""

from dataclasses import dataclass, field
from datetime import date, timedelta
from enum import StrEnum
from fractions import Fraction
from functools import lru_cache

from .errors import InvalidValue
from .marks import N_

# The days the app reckons with: a date outside (a slip such as 0001-01-01 or 9999-12-31)
# is refused where it comes in, since a period or a year's history around it would fall
# outside what a date can hold.
EARLIEST_DAY = date(1900, 1, 1)
LATEST_DAY = date(2199, 12, 31)


def check_day(
    field: str, day: date, *, first: date = EARLIEST_DAY, last: date = LATEST_DAY
) -> None:
    """A date from a person or a file within `first` … `last` (by default the days the app
    reckons with; the books' dates have a narrower window, `invoices.check_date_window`)."""
    if not first <= day <= last:
        raise InvalidValue(
            field=field,
            reason=N_("must be between {first} and {last}"),
            first=first.isoformat(),
            last=last.isoformat(),
        )


class Period(StrEnum):
    MONTH = "month"
    QUARTER = "quarter"
    YEAR = "year"


@dataclass(frozen=True, slots=True)
class Span:
    """Days first … last, both included."""

    first: date
    last: date

    def __post_init__(self) -> None:
        check_day("date", self.first)  # a billing run or a quote for 9999-12 would reach
        check_day("date", self.last)  # year 10000 on its way through the periods
        if self.last < self.first:
            raise InvalidValue(field="to", reason=N_("the end is before the start"))

    @property
    def days(self) -> int:
        return (self.last - self.first).days + 1

    @classmethod
    def read_to_read(cls, previous_read: date, next_read: date) -> "Span":
        """From a read dated A to the next dated B: the days A … B−1 (B − A days)."""
        return cls(previous_read, next_read - timedelta(days=1))


@dataclass(frozen=True, slots=True)
class FactorPart:
    """One calendar period's share of a span: `days` of its `days_in_period`."""

    period_start: date | None  # None: "one period", when no dates are given
    days: int
    days_in_period: int


@dataclass(frozen=True, slots=True)
class Proration:
    parts: tuple[FactorPart, ...]
    # Worked out once: rating asks for them for every charge and block of every meter.
    factor: Fraction = field(init=False, compare=False, repr=False)
    is_whole: bool = field(init=False, compare=False, repr=False)

    def __post_init__(self) -> None:
        total = sum((Fraction(p.days, p.days_in_period) for p in self.parts), Fraction(0))
        object.__setattr__(self, "factor", total)
        object.__setattr__(self, "is_whole", all(p.days == p.days_in_period for p in self.parts))


def period_start(day: date, period: Period) -> date:
    if period is Period.MONTH:
        return day.replace(day=1)
    if period is Period.QUARTER:
        return date(day.year, (day.month - 1) // 3 * 3 + 1, 1)
    return date(day.year, 1, 1)


def next_period_start(start: date, period: Period) -> date:
    months = {Period.MONTH: 1, Period.QUARTER: 3, Period.YEAR: 12}[period]
    index = start.year * 12 + start.month - 1 + months
    return date(index // 12, index % 12 + 1, 1)


@lru_cache(maxsize=4096)
def prorate(span: Span, period: Period) -> Proration:
    """The share of each calendar period the span covers (remembered: a billing run asks
    for the same few spans thousands of times)."""
    parts = []
    start = period_start(span.first, period)
    while start <= span.last:
        following = next_period_start(start, period)
        covered_first, covered_last = (
            max(start, span.first),
            min(following - timedelta(1), span.last),
        )
        parts.append(
            FactorPart(start, (covered_last - covered_first).days + 1, (following - start).days)
        )
        start = following
    return Proration(tuple(parts))


def full_period(period: Period) -> Proration:
    """One whole period: factor 1 (a quote without dates)."""
    return Proration((FactorPart(None, 1, 1),))
