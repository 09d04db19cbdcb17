from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from usagebill_desktop.domain.money import decimal_places, plain, round_money, to_decimal


@pytest.mark.parametrize(
    ("amount", "currency", "expected"),
    [
        ("2.675", "EUR", "2.68"),  # the classic float trap: 2.675 is 2.67499… as a float
        ("0.005", "EUR", "0.01"),
        ("-0.005", "EUR", "-0.01"),  # half away from zero, credit notes mirror invoices
        ("1.004999", "EUR", "1.00"),
        ("1234.5", "JPY", "1235"),
        ("1.2345", "KWD", "1.235"),
    ],
)
def test_rounding_is_half_up_to_the_currency_minor_unit(amount, currency, expected):
    assert str(round_money(Decimal(amount), currency)) == expected


def test_floats_are_refused_because_they_already_lost_the_cent():
    with pytest.raises(TypeError):
        to_decimal(0.1)  # type: ignore[arg-type]


@pytest.mark.parametrize("text", ["abc", "NaN", "Infinity", "", "1,5"])
def test_text_that_is_not_a_finite_number_is_refused(text):
    with pytest.raises(ValueError):
        to_decimal(text)


def test_canonical_text_and_ints_become_exact_decimals():
    assert to_decimal(" 12.50 ") == Decimal("12.50")
    assert to_decimal(7) == Decimal(7)


@given(st.decimals(min_value=-(10**9), max_value=10**9, places=6, allow_nan=False))
def test_rounding_moves_an_amount_by_at_most_half_a_cent_and_is_stable(amount):
    rounded = round_money(amount, "EUR")
    assert abs(rounded - amount) <= Decimal("0.005")
    assert round_money(rounded, "EUR") == rounded
    assert decimal_places(rounded) <= 2


@pytest.mark.parametrize(("value", "text"), [("10", "10"), ("12.500", "12.5"), ("1E+3", "1000")])
def test_plain_text_has_no_exponent_and_no_trailing_zeros(value, text):
    assert plain(Decimal(value)) == text
