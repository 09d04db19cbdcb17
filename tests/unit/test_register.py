"""The register's rules: one check for every new read, whichever door it comes through."""

from dataclasses import replace
from datetime import date
from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from usagebill_desktop.domain.meters import make_meter
from usagebill_desktop.domain.readings import Read, Reading, ReadType
from usagebill_desktop.domain.register import (
    Entry,
    Verdict,
    Why,
    bill_start,
    check_read,
    expected_range,
    register_reads,
    replaced_by,
    replacing,
)

D = Decimal
TODAY = date(2026, 11, 28)
JAN = date(2026, 1, 1)


def water(digits: int | None = 5, multiplier: int = 1, install_read: int = 0):
    return make_meter(
        serial="WM1",
        customer_account="1",
        kind="cumulative",
        unit="m³",
        install_date=JAN,
        digits=digits,
        multiplier=D(multiplier),
        install_read=D(install_read),
    )


def rooms():
    return make_meter(
        serial="ROOM1", customer_account="1", kind="interval", unit="h", install_date=JAN
    )


def check(meter, value, on=date(2026, 2, 1), entry=Entry.FILE, **around):
    return check_read(meter, read_on=on, value=D(value), today=TODAY, entry=entry, **around)


def test_a_read_is_accepted_with_the_register_units_used_since_the_previous_one():
    found = check(water(), 120, previous=Read(JAN, D(100)))
    assert (found.verdict, found.difference, found.rolled_over) == (Verdict.ACCEPTED, 20, False)


def test_a_plausible_wrap_is_taken_as_a_rollover_and_said():
    found = check(water(), 12, previous=Read(JAN, D(99_990)))
    assert (found.verdict, found.difference, found.rolled_over) == (Verdict.WARNED, 22, True)
    assert [n.message for n in found.notes] == [
        "the register of WM1 rolled over after 99990: 22 used"
    ]


def test_a_lower_read_is_refused_from_a_file_and_from_a_person_who_was_not_asked():
    for entry in Entry:
        found = check(water(), 900, previous=Read(JAN, D(1050)), entry=entry)
        assert (found.verdict, found.why) == (Verdict.REJECTED, Why.LOWER)
        assert found.notes[0].message == (
            "900 is lower than the previous reading 1050 on 2026-01-01, and not a plausible "
            "rollover"
        )


def test_a_person_may_keep_a_lower_read_after_being_asked_and_is_told_billing_holds_it():
    found = check(water(), 900, previous=Read(JAN, D(1050)), entry=Entry.TYPED, keep_lower=True)
    assert (found.verdict, found.why, found.difference) == (Verdict.WARNED, Why.LOWER, None)
    assert "billing holds WM1 until it is checked" in found.notes[0].message


def test_reads_in_the_future_after_removal_or_too_long_for_the_register_are_refused():
    assert check(water(), 1, on=date(2027, 1, 1)).notes[0].message == (
        "dated 2027-01-01, in the future"
    )
    removed = replace(water(), removed_on=date(2026, 1, 20))
    assert check(removed, 1).notes[0].message == "after meter WM1 was removed on 2026-01-20"
    too_long = check(water(digits=3), 1000)
    assert (too_long.why, too_long.notes[0].message) == (
        Why.RULE,
        "value: does not fit in 3 digits",
    )
    assert check(water(), 1, on=date(2025, 12, 31)).why is Why.RULE  # before the install


def test_the_same_read_again_is_a_duplicate_and_another_read_that_day_needs_replace():
    assert check(water(), 120, same_day=D(120)).verdict is Verdict.DUPLICATE
    clash = check(water(), 130, same_day=D(120))
    assert (clash.verdict, clash.notes[0].message) == (
        Verdict.REJECTED,
        "WM1 already has the reading 120 on 2026-02-01",
    )
    replaced = check(water(), 130, same_day=D(120), replace=True, previous=Read(JAN, D(100)))
    assert (replaced.verdict, replaced.replaces) == (Verdict.ACCEPTED, True)


def test_far_above_the_usual_use_is_a_warning_in_the_meters_own_units():
    # 1 register unit a day, ×10 on the register: 31 days at the usual rate is no surprise,
    # whatever the multiplier.
    usual = D(1)
    normal = check(water(multiplier=10), 131, previous=Read(JAN, D(100)), usual=usual)
    assert normal.verdict is Verdict.ACCEPTED
    high = check(water(multiplier=10), 400, previous=Read(JAN, D(100)), usual=usual)
    assert [n.message for n in high.notes] == [
        "300 used since 2026-01-01, 9.7 times the usual: check it"
    ]


def test_a_read_hundreds_of_times_the_usual_use_is_refused_unless_confirmed():
    # 236.619 read as 236,619: a meter that uses 1 m³ a day cannot have registered it.
    usual, before = D(1), Read(JAN, D(236))
    for entry in Entry:
        misread = check(water(digits=None), 236_619, previous=before, usual=usual, entry=entry)
        assert (misread.verdict, misread.why) == (Verdict.REJECTED, Why.BEYOND)
        assert misread.notes[0].message == (
            "236383 used since 2026-01-01 is 7625.3 times the usual use: far more than this "
            "meter uses; check the read (a misplaced decimal mark or digit?)"
        )
        kept = check(
            water(digits=None), 236_619, previous=before, usual=usual, entry=entry, keep_high=True
        )
        assert kept.verdict is Verdict.WARNED
        assert kept.notes[0].message == "236383, 7625.3 times the usual use: kept as confirmed"
    # 99 times the usual is still a warning only: a burst pipe is real.
    burst = check(water(digits=None), 236 + 31 * 99, previous=before, usual=usual)
    assert burst.verdict is Verdict.WARNED


def test_a_usage_hundreds_of_times_the_usual_day_is_refused_unless_confirmed():
    # A printer whose jobs are 40 pages as a rule: 999,999,999 pages for one is a slip.
    slip = check(rooms(), 999_999_999, usual=D(40))
    assert (slip.verdict, slip.why) == (Verdict.REJECTED, Why.BEYOND)
    assert slip.notes[0].message == (
        "999999999 on 2026-02-01 is 25000000.0 times this meter's usual entry: far more than "
        "it records; check the value (a misplaced decimal mark or digit?)"
    )
    assert check(rooms(), 999_999_999, usual=D(40), keep_high=True).verdict is Verdict.WARNED
    assert check(rooms(), 3_999, usual=D(40)).verdict is Verdict.ACCEPTED  # a busy day
    assert check(rooms(), 3_999).verdict is Verdict.ACCEPTED  # no history to judge by


def test_a_late_read_higher_than_a_later_one_is_refused():
    # Reads of 1,000 on 1 January and 1,100 on 1 March: 1,150 on 1 February cannot be.
    found = check(
        water(), 1_150, previous=Read(JAN, D(1000)), following=Read(date(2026, 3, 1), D(1100))
    )
    assert (found.verdict, found.why) == (Verdict.REJECTED, Why.ABOVE_NEXT)
    assert found.notes[0].message == (
        "1150 is higher than the next reading 1100 on 2026-03-01, which would then be lower; "
        "correct that reading first"
    )
    fits = check(
        water(), 1_050, previous=Read(JAN, D(1000)), following=Read(date(2026, 3, 1), D(1100))
    )
    assert fits.verdict is Verdict.ACCEPTED


def test_an_equal_usage_is_the_same_row_again_from_a_file_and_a_second_booking_when_typed():
    assert check(rooms(), 2, same_usage=True).verdict is Verdict.DUPLICATE
    assert check(rooms(), 2, same_usage=True, entry=Entry.TYPED).verdict is Verdict.ACCEPTED


@given(
    previous=st.integers(0, 99_999),
    value=st.integers(0, 99_999),
    digits=st.sampled_from([None, 5]),
    same=st.sampled_from([None, 0, 1]),
)
def test_both_doors_judge_a_register_read_alike_but_for_what_a_person_is_asked(
    previous, value, digits, same
):
    meter = water(digits=digits)
    same_day = None if same is None else D(value + same)
    found = {
        entry: check(meter, value, previous=Read(JAN, D(previous)), same_day=same_day, entry=entry)
        for entry in Entry
    }
    assert found[Entry.TYPED] == found[Entry.FILE]


def test_the_register_history_starts_at_the_install_read_and_ignores_reads_before_it():
    meter = water(install_read=7)
    readings = [
        Reading("WM1", date(2026, 3, 1), D(30), ReadType.ESTIMATED),
        Reading("WM1", date(2025, 12, 1), D(999)),
        Reading("WM1", date(2026, 2, 1), D(20)),
    ]
    assert register_reads(meter, readings) == [
        Read(JAN, D(7)),
        Read(date(2026, 2, 1), D(20)),
        Read(date(2026, 3, 1), D(30), ReadType.ESTIMATED),
    ]


def test_the_read_sheet_range_follows_the_usual_daily_use():
    reads = [Read(JAN, D(0)), Read(date(2026, 1, 11), D(10))]  # 1 a day
    assert expected_range(reads, water(), date(2026, 1, 41 - 10)) == (D(17), D(70))
    assert expected_range(reads[:1], water(), date(2026, 2, 1)) is None


def test_a_bill_starts_where_the_last_ended_with_that_reads_type_or_at_the_install_read():
    meter = water(install_read=5)
    assert bill_start(meter, None, []) == Read(JAN, D(5))
    history = [Reading("WM1", date(2026, 2, 1), D(40), ReadType.ESTIMATED)]
    assert bill_start(meter, (date(2026, 2, 1), D(40)), history) == Read(
        date(2026, 2, 1), D(40), ReadType.ESTIMATED
    )


def test_a_replacement_pairs_the_meter_removed_with_the_one_installed_that_day():
    old = replace(water(), removed_on=date(2026, 5, 1))
    new = make_meter(
        serial="WM2",
        customer_account="1",
        kind="cumulative",
        unit="m³",
        install_date=date(2026, 5, 1),
        digits=5,
    )
    assert (replaced_by(old, [old, new]), replacing(new, [old, new])) == (new, old)
    assert (replaced_by(new, [old, new]), replacing(old, [old, new])) == (None, None)


def test_a_file_is_never_asked_to_keep_a_lower_read():
    found = check(water(), 900, previous=Read(JAN, D(1050)), keep_lower=True)
    assert (found.verdict, found.why) == (Verdict.REJECTED, Why.LOWER)
