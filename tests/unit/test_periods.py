from datetime import date
from fractions import Fraction

import pytest

from usagebill_desktop.domain.errors import InvalidValue
from usagebill_desktop.domain.periods import Period, Span, prorate


@pytest.mark.parametrize(
    ("first", "last", "period", "factor"),
    [
        (date(2026, 1, 1), date(2026, 1, 31), Period.MONTH, Fraction(1)),
        (date(2026, 1, 15), date(2026, 1, 31), Period.MONTH, Fraction(17, 31)),
        (date(2026, 1, 15), date(2026, 2, 14), Period.MONTH, Fraction(17, 31) + Fraction(14, 28)),
        (date(2028, 2, 1), date(2028, 2, 29), Period.MONTH, Fraction(1)),  # leap February
        (date(2028, 2, 15), date(2028, 2, 29), Period.MONTH, Fraction(15, 29)),
        (date(2026, 1, 1), date(2026, 3, 31), Period.QUARTER, Fraction(1)),
        (date(2026, 3, 1), date(2026, 4, 30), Period.QUARTER, Fraction(31, 90) + Fraction(30, 91)),
        (date(2026, 1, 1), date(2026, 12, 31), Period.YEAR, Fraction(1)),
        (date(2027, 12, 1), date(2028, 1, 31), Period.YEAR, Fraction(31, 365) + Fraction(31, 366)),
    ],
)
def test_the_factor_is_the_share_of_each_calendar_period_covered(first, last, period, factor):
    assert prorate(Span(first, last), period).factor == factor


def test_a_read_to_read_span_covers_the_days_up_to_the_day_before_the_next_read():
    span = Span.read_to_read(date(2026, 1, 1), date(2026, 2, 1))
    assert (span.last, span.days) == (date(2026, 1, 31), 31)
    assert prorate(span, Period.MONTH).factor == 1


def test_a_span_that_ends_before_it_starts_is_refused():
    with pytest.raises(InvalidValue):
        Span(date(2026, 2, 1), date(2026, 1, 31))
