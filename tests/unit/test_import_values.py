"""Spreadsheet text to exact values."""

from datetime import date
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from usagebill_desktop.importers.values import (
    ValueProblem,
    date_told,
    mark_told,
    parse_date,
    parse_number,
)


@pytest.mark.parametrize(
    ("text", "decimal_comma", "expected"),
    [
        ("1.234,5", True, "1234.5"),
        ("1,234.5", False, "1234.5"),
        ("1 234,5", True, "1234.5"),
        ("1\u00a0234,5", True, "1234.5"),
        ("1234.5", False, "1234.5"),
        ("12,5", True, "12.5"),
        ("1.234", True, "1234"),  # a decimal-comma file: the point groups thousands
        ("1.234", False, "1.234"),
        ("1,234", False, "1234"),
        ("12.5", True, "12.5"),  # a point that cannot be grouping is a decimal mark
        ("1.234.567", True, "1234567"),
        ("-3,75", True, "-3.75"),
        ("0,125", True, "0.125"),
    ],
)
def test_numbers_are_read_exactly_in_either_convention(text, decimal_comma, expected):
    assert parse_number(text, decimal_comma) == Decimal(expected)


@pytest.mark.parametrize(
    "text", ["", "abc", "1,2,3.4.5", "12..5", "1e5", "€5", "5 m3", "12,5,3", "1.23.456"]
)
def test_text_that_is_not_a_number_is_named(text):
    with pytest.raises(ValueProblem, match="not a number"):
        parse_number(text, True)


@pytest.mark.parametrize(
    ("text", "day_first", "expected"),
    [
        ("2026-10-09", True, date(2026, 10, 9)),
        ("2026-10-09T08:15:00", True, date(2026, 10, 9)),
        ("09/10/2026", True, date(2026, 10, 9)),
        ("09.10.2026", True, date(2026, 10, 9)),
        ("09-10-2026", True, date(2026, 10, 9)),
        ("10/09/2026", False, date(2026, 10, 9)),
        ("9/10/26", True, date(2026, 10, 9)),
    ],
)
def test_dates_in_the_usual_spreadsheet_forms(text, day_first, expected):
    assert parse_date(text, day_first) == expected


def test_impossible_dates_are_named():
    with pytest.raises(ValueProblem, match="not a date"):
        parse_date("31/02/2026")


def test_a_four_digit_year_is_the_year_written_and_two_digits_are_this_century():
    assert parse_date("01/01/26") == date(2026, 1, 1)
    assert parse_date("01/01/0001") == date(1, 1, 1)  # refused later as out of range
    assert parse_date("01/01/0026") == date(26, 1, 1)


@given(
    st.decimals(min_value=-(10**9), max_value=10**9, places=3, allow_nan=False),
    st.booleans(),
    st.booleans(),
)
def test_a_number_written_in_either_style_reads_back_exactly(value, comma, grouped):
    text = f"{value:,.3f}" if grouped else f"{value:.3f}"
    if comma:
        text = text.replace(",", "_").replace(".", ",").replace("_", ".")
    assert parse_number(text, comma) == value


@pytest.mark.parametrize(
    ("text", "told"),
    [
        ("1.5", "."),  # cannot group thousands
        ("0.123", "."),
        ("1234.567", "."),
        ("1.234.567", ","),  # can only group thousands
        ("1.234,5", ","),
        ("1,234,567.5", "."),
        ("1.234", None),  # one thousand two hundred thirty-four, or one and a bit
        ("236,619", None),
        ("12", ""),
        ("12,5,3", ""),  # no number either way: the row's own problem
    ],
)
def test_a_number_tells_its_decimal_mark_only_when_it_reads_one_way(text, told):
    assert mark_told(text) == told


@pytest.mark.parametrize(
    ("text", "told"),
    [
        ("13/04/2026", "dmy"),
        ("04/13/2026", "mdy"),
        ("03/04/2026", None),
        ("04/04/2026", ""),  # the same either way
        ("2026-04-03", ""),
        ("31/02/2026", ""),  # no date either way
        ("29/02/2025", ""),
    ],
)
def test_a_date_tells_its_order_only_when_it_reads_one_way(text, told):
    assert date_told(text) == told
