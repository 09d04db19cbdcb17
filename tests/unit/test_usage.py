"""Use per day against the past and against similar customers."""

from datetime import date, timedelta
from decimal import Decimal
from statistics import median_low

from hypothesis import given
from hypothesis import strategies as st

from usagebill_desktop.domain.usage import (
    MIN_PEERS,
    PeerComparison,
    PeerGroup,
    UsagePoint,
    compare_with_peers,
    usage_trend,
)


def month(year: int, number: int, quantity: str) -> UsagePoint:
    first = date(year, number, 1)
    last = (first + timedelta(days=32)).replace(day=1) - timedelta(days=1)
    return UsagePoint(first, last, Decimal(quantity))


def test_changes_compare_use_per_day_so_a_short_february_is_fair():
    trend = usage_trend([month(2026, 1, "31"), month(2026, 2, "28")])  # 1 a day both times
    assert trend.vs_previous == 0 and trend.vs_last_year is None


def test_the_same_period_last_year_is_found_and_only_13_periods_are_kept():
    points = [month(2025 + (m - 1) // 12, (m - 1) % 12 + 1, "31") for m in range(1, 16)]
    points[-1] = month(2026, 3, "62")  # March 2026: twice March 2025's use per day
    trend = usage_trend(points)
    assert len(trend.points) == 13 and trend.current.first == date(2026, 3, 1)
    assert trend.vs_last_year == Decimal(62) / 31 / (Decimal(31) / 31) - 1


def test_a_period_after_zero_use_has_no_percentage():
    assert usage_trend([month(2026, 1, "0"), month(2026, 2, "10")]).vs_previous is None


def test_peers_need_ten_customers_and_give_the_median_and_the_best_quarter():
    assert compare_with_peers(Decimal(1), [Decimal(1)] * 9) is None
    peers = [Decimal(n) for n in range(1, 13)]  # 1 … 12 a day
    found = compare_with_peers(Decimal(3), peers)
    assert found is not None
    assert (found.median, found.efficient, found.peers) == (Decimal(6), Decimal(3), 12)
    assert found.vs_median == Decimal(3) / 6 - 1


def test_a_two_month_bill_is_compared_with_both_months_a_year_before():
    points = [month(2025, 8, "31"), month(2025, 9, "60"), month(2026, 7, "31")]
    current = UsagePoint(date(2026, 8, 1), date(2026, 9, 30), Decimal("91"))
    trend = usage_trend([*points, current])
    assert trend.vs_last_year == 0  # 91 in 61 days, as last August and September together


@given(
    uses=st.lists(
        st.tuples(st.sampled_from("ABCDEFGHIJKLMNOP"), st.integers(0, 30).map(Decimal)),
        max_size=40,
    ),
    reader=st.sampled_from("ABC"),
)
def test_a_group_sorted_once_compares_each_reader_as_the_others_sorted_alone(uses, reader):
    others = sorted(daily for account, daily in uses if account != reader)
    expected = None
    if len(others) >= MIN_PEERS:
        quarter = others[max(0, (len(others) + 3) // 4 - 1)]
        expected = PeerComparison(Decimal(7), median_low(others), quarter, len(others))

    assert PeerGroup.of(uses).compare(reader, Decimal(7)) == expected
