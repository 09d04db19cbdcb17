"""Reads to consumption: the cases real meters produce."""

from datetime import date
from decimal import Decimal

import pytest

from usagebill_desktop.domain.consumption import (
    Check,
    Read,
    Segment,
    cumulative,
    estimate,
    interval,
    register_difference,
    segment,
    usual_daily_use,
)
from usagebill_desktop.domain.periods import Span
from usagebill_desktop.domain.readings import ReadType

D = Decimal
TODAY = date(2026, 11, 24)


def read(day: str, value: str, kind: ReadType = ReadType.ACTUAL) -> Read:
    return Read(date.fromisoformat(day), D(value), kind)


@pytest.mark.parametrize(
    ("start", "end", "digits", "expected"),
    [
        ("100", "122", 5, (D(22), False)),
        ("99990", "12", 5, (D(22), True)),  # the register wrapped
        ("99990", "20000", 5, None),  # a wrap of 30,010: not plausible, a misread
        ("500", "400", None, None),  # no register size known: cannot be a wrap
        ("500", "500", 5, (D(0), False)),
    ],
)
def test_a_lower_read_is_a_rollover_only_when_plausible(start, end, digits, expected):
    assert register_difference(D(start), D(end), digits) == expected


def test_a_rollover_is_billed_and_said_so():
    part = segment(
        "WM1", read("2026-10-01", "99990"), read("2026-11-01", "12"), digits=5, multiplier=D(1)
    )
    assert isinstance(part, Segment) and part.rolled_over and part.consumption == 22
    used = cumulative("WM1", [part], today=TODAY, usual_daily=None)
    assert (used.quantity, used.blocked, used.span.days) == (D(22), False, 31)


def test_an_unexplained_drop_blocks_the_meter_instead_of_billing_zero_or_less():
    part = segment(
        "WM1", read("2026-10-01", "5000"), read("2026-11-01", "4000"), digits=5, multiplier=D(1)
    )
    used = cumulative("WM1", [part], today=TODAY, usual_daily=None)
    assert used.blocked and used.quantity == 0
    assert [f.check for f in used.findings] == [Check.UNEXPLAINED_DROP]


def test_a_replacement_adds_the_old_meter_to_its_final_read_and_the_new_one_from_install():
    old = segment(
        "OLD", read("2026-10-01", "1200"), read("2026-10-15", "1207"), digits=5, multiplier=D(1)
    )
    new = segment(
        "NEW", read("2026-10-15", "0"), read("2026-11-01", "9"), digits=5, multiplier=D(1)
    )
    used = cumulative("NEW", [old, new], today=TODAY, usual_daily=None)
    assert used.quantity == 16 and [s.meter_serial for s in used.segments] == ["OLD", "NEW"]
    assert (used.span.first, used.span.last) == (date(2026, 10, 1), date(2026, 10, 31))


def test_the_multiplier_scales_the_register_difference():
    part = segment(
        "CT", read("2026-10-01", "10.5"), read("2026-11-01", "12"), digits=6, multiplier=D(40)
    )
    assert part.consumption == D(60)


def test_an_estimate_is_trued_up_by_the_next_actual_read():
    history = [read("2026-07-01", "1000"), read("2026-08-01", "1031"), read("2026-09-01", "1062")]
    usual = usual_daily_use(history, until=date(2026, 9, 1), digits=5)
    assert usual == 1  # 62 m³ in 62 days
    guess = estimate(history[-1], date(2026, 10, 1), usual, digits=5)
    assert (guess.value, guess.type) == (D(1092), ReadType.ESTIMATED)
    billed_on_estimate = segment("WM1", history[-1], guess, digits=5, multiplier=D(1))
    actual = read("2026-11-01", "1125")
    trued_up = segment("WM1", guess, actual, digits=5, multiplier=D(1))
    assert billed_on_estimate.consumption + trued_up.consumption == 1125 - 1062


def test_an_estimate_wraps_with_the_register():
    guess = estimate(read("2026-10-01", "99990"), date(2026, 10, 31), D(1), digits=5)
    assert guess.value == 20


def test_interval_meters_bill_the_sum_of_their_usages_in_the_span():
    usages = [
        read("2026-09-30", "2"),
        read("2026-10-01", "1.5"),
        read("2026-10-20", "3"),
        read("2026-10-31", "0.5"),
        read("2026-11-01", "4"),
    ]
    used = interval(
        "ROOM-1", usages, Span(date(2026, 10, 1), date(2026, 10, 31)), today=TODAY, usual_daily=None
    )
    assert used.quantity == D(5)


@pytest.mark.parametrize(
    ("quantity", "check"), [("100", Check.HIGH_USE), ("5", Check.LOW_USE), ("30", None)]
)
def test_unusual_use_is_a_warning_not_a_block(quantity, check):
    part = segment(
        "WM1", read("2026-10-01", "0"), read("2026-10-31", quantity), digits=5, multiplier=D(1)
    )
    used = cumulative("WM1", [part], today=TODAY, usual_daily=D(1))  # usually 30 in 30 days
    assert [f.check for f in used.findings] == ([check] if check else [])
    assert not used.blocked


@pytest.mark.parametrize(("hours", "check"), [("100", Check.HIGH_USE), ("1", None)])
def test_booked_hours_warn_only_when_far_above_the_usual(hours, check):
    used = interval(
        "ROOM-1",
        [read("2026-10-15", hours)],
        Span(date(2026, 10, 1), date(2026, 10, 31)),
        today=TODAY,
        usual_daily=D(1),
    )
    assert [f.check for f in used.findings] == ([check] if check else [])


def test_a_read_dated_in_the_future_blocks():
    part = segment(
        "WM1", read("2026-10-01", "0"), read("2026-12-01", "30"), digits=5, multiplier=D(1)
    )
    assert cumulative("WM1", [part], today=TODAY, usual_daily=None).blocked
