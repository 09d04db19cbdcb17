"""The rating engine, charge type by charge type, edge by edge."""

from datetime import date
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from usagebill_desktop.domain.periods import Span
from usagebill_desktop.domain.rating import Bill, rate
from usagebill_desktop.domain.tariffs import (
    FixedCharge,
    GraduatedCharge,
    MinimumCharge,
    PackageCharge,
    PercentageCharge,
    PerUnitCharge,
    StairstepCharge,
    Tier,
    VolumeCharge,
)

from .tariff_builder import steps, tariff, tiers, version

TODAY = date(2026, 6, 1)
D = Decimal


def amounts(bill: Bill) -> list[str]:
    return [str(line.amount) for line in bill.lines]


BLOCKS = tiers(("10", "0.50"), ("25", "0.90"), (None, "1.60"))
GRADUATED = GraduatedCharge("Water", BLOCKS)
VOLUME = VolumeCharge("Water", BLOCKS)


@pytest.mark.parametrize(
    ("quantity", "expected"),
    [
        ("0", ["0.00"]),  # the first tier always shows, even at zero
        ("10", ["5.00"]),  # exactly at a bound: the next tier is not reached
        ("11", ["5.00", "0.90"]),  # one unit past it
        ("25", ["5.00", "13.50"]),
        ("27", ["5.00", "13.50", "3.20"]),
        ("10.5", ["5.00", "0.45"]),  # fractional quantities
    ],
)
def test_graduated_prices_each_unit_in_its_own_tier(quantity, expected):
    assert amounts(rate(tariff(GRADUATED), D(quantity), today=TODAY)) == expected


@pytest.mark.parametrize(
    ("quantity", "expected"),
    [("0", "0.00"), ("10", "5.00"), ("10.01", "9.01"), ("25", "22.50"), ("26", "41.60")],
)
def test_volume_prices_all_units_at_the_tier_reached_with_its_cliffs(quantity, expected):
    assert amounts(rate(tariff(VOLUME), D(quantity), today=TODAY)) == [expected]


def test_tier_flat_fees_apply_once_the_previous_bound_is_passed_and_the_first_always():
    fees = tiers(("10", "0", "3.00"), (None, "1", "2.00"))
    charge = GraduatedCharge("G", fees)
    assert amounts(rate(tariff(charge), D(0), today=TODAY)) == ["0.00", "3.00"]
    assert amounts(rate(tariff(charge), D(10), today=TODAY)) == ["0.00", "3.00"]
    assert amounts(rate(tariff(charge), D(11), today=TODAY)) == ["0.00", "3.00", "1.00", "2.00"]
    volume = VolumeCharge("V", fees)
    assert amounts(rate(tariff(volume), D(12), today=TODAY)) == ["12.00", "2.00"]


@pytest.mark.parametrize(
    ("quantity", "packages", "amount"),
    [
        ("0", "0", "0.00"),
        ("50", "0", "0.00"),
        ("51", "1", "5.00"),
        ("150", "1", "5.00"),
        ("150.5", "2", "10.00"),
    ],
)
def test_packages_round_up_after_the_free_units(quantity, packages, amount):
    charge = PackageCharge("P", package_size=D(100), package_price=D("5.00"), free_units=D(50))
    [line] = rate(tariff(charge), D(quantity), today=TODAY).lines
    assert (str(line.quantity), str(line.amount)) == (packages, amount)


@pytest.mark.parametrize(
    ("quantity", "price"), [("0", "5.00"), ("10", "5.00"), ("10.1", "8.00"), ("500", "20.00")]
)
def test_stairstep_charges_one_price_for_the_range_reached(quantity, price):
    charge = StairstepCharge("S", steps(("10", "5.00"), ("50", "8.00"), (None, "20.00")))
    assert amounts(rate(tariff(charge), D(quantity), today=TODAY)) == [price]


def test_a_minimum_tops_up_the_earlier_charges_only_when_they_fall_short():
    charges = (
        PerUnitCharge("Energy", D("0.10")),
        MinimumCharge("Minimum", D("5.00")),
    )
    assert amounts(rate(tariff(*charges), D(20), today=TODAY)) == ["2.00", "3.00"]
    assert amounts(rate(tariff(*charges), D(60), today=TODAY)) == ["6.00"]


def test_a_percentage_of_named_charges_is_itself_taxed():
    charges = (
        FixedCharge("Power", D("15.30")),
        PerUnitCharge("Energy", D("0.1450")),
        PercentageCharge("Tax", D("5.11269632"), of=("Power", "Energy")),
        FixedCharge("Rental", D("0.81")),
    )
    bill = rate(tariff(*charges, taxes={"IVA": "21"}), D(250), today=TODAY)
    assert amounts(bill) == ["15.30", "36.25", "2.64", "0.81"]
    assert (str(bill.subtotal), str(bill.taxes[0].amount), str(bill.total)) == (
        "55.00",
        "11.55",
        "66.55",
    )


def test_half_cents_round_up_on_lines_and_on_taxes():
    charge = PerUnitCharge("E", D("0.125"))
    bill = rate(tariff(charge, taxes={"IVA": "10"}), D(1), today=TODAY)
    assert amounts(bill) == ["0.13"]  # 0.125 → 0.13
    assert str(bill.taxes[0].amount) == "0.01"  # 0.013 → 0.01
    bill = rate(
        tariff(FixedCharge("F", D("0.05")), taxes={"IVA": "10"}),
        D(0),
        today=TODAY,
    )
    assert str(bill.taxes[0].amount) == "0.01"  # 0.005 → 0.01


def test_a_partial_month_prorates_fixed_amounts_and_tier_bounds_but_not_prices():
    span = Span(date(2026, 1, 15), date(2026, 1, 31))  # 17/31 of January
    bill = rate(
        tariff(FixedCharge("Service", D("6.50")), GRADUATED),
        D(10),
        span,
        today=TODAY,
    )
    # 6.50 × 17/31; 5.4839 m³ × 0.50; 4.5161 m³ × 0.90
    assert amounts(bill) == ["3.56", "2.74", "4.06"]
    assert [str(line.details.block.upper) for line in bill.lines[1:]] == ["5.4839", "13.7097"]
    assert bill.lines[1].unit_price == D("0.50")


def test_a_span_over_a_version_change_is_rated_in_two_parts_that_share_the_quantity():
    old = version("2026-01-01", PerUnitCharge("E", D(1)), taxes={"IVA": "10"})
    new = version("2026-02-01", PerUnitCharge("E", D(2)), taxes={"IVA": "10"})
    bill = rate(
        tariff(versions=[old, new]), D(59), Span(date(2026, 1, 1), date(2026, 2, 28)), today=TODAY
    )
    assert [(str(line.quantity), str(line.amount)) for line in bill.lines] == [
        ("31", "31.00"),
        ("28", "56.00"),
    ]
    assert [line.version_from for line in bill.lines] == [date(2026, 1, 1), date(2026, 2, 1)]
    assert [(t.base, t.amount) for t in bill.taxes] == [(D("87.00"), D("8.70"))]


# --- properties ---------------------------------------------------------------------------

quantities = st.decimals(min_value=0, max_value=100_000, places=3, allow_nan=False)
prices = st.decimals(min_value=0, max_value=100, places=4, allow_nan=False)
spans = st.builds(
    lambda start, days: Span(start, date.fromordinal(start.toordinal() + days)),
    st.dates(min_value=date(2024, 1, 1), max_value=date(2030, 12, 31)),
    st.integers(min_value=0, max_value=120),
)


@given(quantities, st.one_of(st.none(), spans))
def test_lines_always_add_up_to_the_subtotal_and_taxes_to_the_total(quantity, span):
    t = tariff(
        FixedCharge("F", D("6.50")),
        GRADUATED,
        PercentageCharge("P", D("5.11269632")),
        taxes={"IVA": "21"},
    )
    bill = rate(t, quantity, span, today=TODAY)
    assert sum(line.amount for line in bill.lines) == bill.subtotal
    assert bill.subtotal + sum(tax.amount for tax in bill.taxes) == bill.total
    assert all(line.amount == line.amount.quantize(D("0.01")) for line in bill.lines)


@given(quantities, quantities)
def test_a_graduated_charge_never_decreases_as_quantity_grows(a, b):
    low, high = sorted((a, b))
    t = tariff(GRADUATED)
    assert rate(t, low, today=TODAY).subtotal <= rate(t, high, today=TODAY).subtotal


@given(quantities, prices)
def test_graduated_and_volume_agree_when_there_is_one_tier(quantity, price):
    one = (Tier(None, price),)
    graduated = rate(tariff(GraduatedCharge("G", one)), quantity, today=TODAY)
    volume = rate(tariff(VolumeCharge("G", one)), quantity, today=TODAY)
    assert graduated.subtotal == volume.subtotal


@given(quantities, quantities, prices)
def test_a_per_unit_charge_is_additive_across_a_split_before_rounding(a, b, price):
    # Rounding happens per line, so the split sum may differ by at most a cent from the whole.
    t = tariff(PerUnitCharge("E", price))
    whole = rate(t, a + b, today=TODAY).subtotal
    parts = rate(t, a, today=TODAY).subtotal + rate(t, b, today=TODAY).subtotal
    assert abs(whole - parts) <= D("0.01")
    assert (a + b) * price == a * price + b * price
