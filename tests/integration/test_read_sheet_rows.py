"""The read sheet in the window: which meters it holds, and each row saved by the one rule."""

from datetime import date, timedelta
from decimal import Decimal

import pytest

from usagebill_desktop.domain.readings import ReadType
from usagebill_desktop.domain.register import ReadRefused, Why
from usagebill_desktop.services.read_sheets import (
    Choice,
    read_sheet,
    save_sheet_read,
    sheet_rows,
    weigh,
)
from usagebill_desktop.services.readings import meter_readings, record_reading

from ..conftest import TODAY

D = Decimal
DAY = date(2026, 3, 1)
ROUND = date(2026, 11, 4)  # the demo's November round starts on the 5th


def test_the_window_sheet_holds_what_the_printed_one_does_with_the_unit(demo):
    rows = weigh(demo.open_uow, sheet_rows(demo.open_uow, on=TODAY, choice=Choice.ALL), on=TODAY)
    assert [r.line for r in rows] == read_sheet(demo.open_uow, on=TODAY)
    assert rows[0].unit and all(r.read is None for r in rows)
    routes = [r.line.route for r in rows]
    assert routes == sorted(routes)


def test_the_sheet_opens_unweighed_and_weighs_only_the_rows_asked(demo):
    rows = sheet_rows(demo.open_uow, on=TODAY, choice=Choice.ALL)
    assert not any(r.weighed for r in rows)
    assert all(r.line.low is None and r.line.high is None for r in rows)
    printed = read_sheet(demo.open_uow, on=TODAY)
    assert [(r.line.serial, r.line.previous, r.line.previous_on) for r in rows] == [
        (p.serial, p.previous, p.previous_on) for p in printed
    ]
    some = weigh(demo.open_uow, rows[3:8], on=TODAY)
    assert [r.line for r in some] == printed[3:8]
    assert all(r.weighed for r in some) and some[0].line.low is not None
    assert weigh(demo.open_uow, some, on=TODAY) == some  # weighed once


def test_meters_read_since_their_last_bill_leave_the_sheet_of_those_needing_a_read(demo):
    needing = sheet_rows(demo.open_uow, on=ROUND)
    every = sheet_rows(demo.open_uow, on=ROUND, choice=Choice.ALL)
    assert len(needing) == len(every) > 0
    assert sheet_rows(demo.open_uow, on=TODAY) == []  # the whole round is read
    first = needing[0].line
    record_reading(
        demo.open_uow,
        meter=first.serial,
        value=first.previous + 5,
        read_on=ROUND - timedelta(1),
        today=TODAY,
    )
    after = sheet_rows(demo.open_uow, on=ROUND)
    assert first.serial not in [r.line.serial for r in after]
    assert len(after) == len(needing) - 1


def test_a_read_typed_on_the_sheets_day_keeps_its_row_shown_done(demo):
    first = sheet_rows(demo.open_uow, on=ROUND)[0].line
    save_sheet_read(
        demo.open_uow, meter=first.serial, value=first.previous + 5, read_on=ROUND, today=TODAY
    )
    again = {r.line.serial: r for r in sheet_rows(demo.open_uow, on=ROUND)}
    read = again[first.serial].read
    assert read is not None and read.value == first.previous + 5
    assert again[first.serial].line.previous == first.previous  # not today's read


def test_one_route_is_its_stops_from_first_to_last(demo):
    rows = sheet_rows(demo.open_uow, on=TODAY, choice=Choice.ROUTE, stops=(10, 19))
    assert [r.line.route for r in rows] == list(range(10, 20))


def test_a_wrapped_register_is_asked_about_before_it_is_saved_as_a_rollover(desk):
    with pytest.raises(ReadRefused) as asked:
        save_sheet_read(desk.open_uow, meter="WM2", value=D(5), read_on=DAY, today=TODAY)
    assert asked.value.check.why is Why.LOWER
    assert meter_readings(desk.open_uow, meter="WM2") == []
    done = save_sheet_read(
        desk.open_uow, meter="WM2", value=D(5), read_on=DAY, today=TODAY, rollover=True
    )
    assert done.rolled_over and done.used == 15
    assert [r.value for r in meter_readings(desk.open_uow, meter="WM2")] == [5]


def test_a_lower_read_that_is_no_wrap_is_refused_until_kept_as_asked(desk):
    with pytest.raises(ReadRefused) as asked:
        save_sheet_read(desk.open_uow, meter="WM1", value=D(900), read_on=DAY, today=TODAY)
    assert asked.value.check.why is Why.LOWER
    kept = save_sheet_read(
        desk.open_uow, meter="WM1", value=D(900), read_on=DAY, today=TODAY, rollover=True
    )
    assert kept.notes and not kept.rolled_over


def test_a_read_far_beyond_the_usual_is_saved_only_when_confirmed(demo):
    line = read_sheet(demo.open_uow, on=TODAY)[0]
    far = line.previous + (line.high - line.previous) * 1000
    with pytest.raises(ReadRefused) as refused:
        save_sheet_read(demo.open_uow, meter=line.serial, value=far, read_on=TODAY, today=TODAY)
    assert refused.value.check.why is Why.BEYOND
    done = save_sheet_read(
        demo.open_uow, meter=line.serial, value=far, read_on=TODAY, today=TODAY, confirmed=True
    )
    assert done.reading.value == far and done.notes


def test_a_customer_read_is_saved_as_one(desk):
    save_sheet_read(
        desk.open_uow,
        meter="WM1",
        value=D(1010),
        read_on=DAY,
        today=TODAY,
        type=ReadType.CUSTOMER,
    )
    assert meter_readings(desk.open_uow, meter="WM1")[0].type is ReadType.CUSTOMER
