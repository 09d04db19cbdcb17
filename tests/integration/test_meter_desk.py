"""Meters at the desk: which need a read, which to look at, their tariff today; editing
what may change, and taking one out of service."""

from datetime import date
from decimal import Decimal

import pytest

from usagebill_desktop.domain.errors import InvalidValue
from usagebill_desktop.domain.invoices import month_span
from usagebill_desktop.domain.meters import MeterStatus
from usagebill_desktop.domain.paging import Page
from usagebill_desktop.importers.tariff_file import read_tariff_file
from usagebill_desktop.services.billing import run_billing
from usagebill_desktop.services.meters import (
    count_meters,
    edit_meter,
    list_meters,
    remove_meter,
)
from usagebill_desktop.services.readings import estimate_reading, meter_readings, record_reading
from usagebill_desktop.services.tariffs import assign_tariff, import_tariff

from ..conftest import EXAMPLES, TODAY, WATER

D = Decimal
ELECTRICITY = "Marina shore power"
JAN_END, FEB_END = date(2026, 1, 31), date(2026, 2, 28)


def audited(ws, action: str):
    with ws.open_uow() as uow:
        return [e for e in uow.audit.entries() if e.action == action]


def listing(ws, serial: str):
    [found] = list_meters(ws.open_uow, page=Page(search=serial), today=TODAY)
    return found


def serials(ws, status: MeterStatus) -> set[str]:
    return {m.meter.serial for m in list_meters(ws.open_uow, status=status, today=TODAY)}


def test_a_meter_needs_a_read_until_it_is_read_after_its_last_bill(village):
    assert MeterStatus.NEEDS_READ in listing(village, "WM1").statuses  # never read
    record_reading(village.open_uow, meter="WM1", value=D(99_990), read_on=JAN_END, today=TODAY)
    assert listing(village, "WM1").statuses == frozenset()
    run_billing(village.open_uow, period=month_span(2026, 1), today=TODAY)
    assert serials(village, MeterStatus.NEEDS_READ) == {"WM1"}  # January billed: read again
    assert count_meters(village.open_uow, status=MeterStatus.NEEDS_READ, today=TODAY) == 1
    record_reading(village.open_uow, meter="WM1", value=D(5), read_on=FEB_END, today=TODAY)
    assert serials(village, MeterStatus.NEEDS_READ) == set()
    assert count_meters(village.open_uow, status=MeterStatus.NEEDS_READ, today=TODAY) == 0


def test_a_removed_meter_never_needs_a_read(demo):
    assert "WM1800629" not in serials(demo, MeterStatus.NEEDS_READ)  # replaced in January
    assert MeterStatus.NEEDS_READ not in listing(demo, "WM1800629").statuses


def test_an_estimated_last_read_and_a_kept_lower_read_are_listed_to_look_at(demo):
    estimate_reading(demo.open_uow, meter="WM1800074", on=TODAY, today=TODAY)
    lower = meter_readings(demo.open_uow, meter="WM1800370")[-1].value - 5
    record_reading(
        demo.open_uow, meter="WM1800370", value=lower, read_on=TODAY, today=TODAY, keep_lower=True
    )
    assert MeterStatus.ESTIMATED in listing(demo, "WM1800074").statuses
    assert "WM1800074" in serials(demo, MeterStatus.ESTIMATED)
    assert serials(demo, MeterStatus.FLAGGED) >= {"WM1800370"}
    assert "WM1800074" not in serials(demo, MeterStatus.FLAGGED)


def test_the_list_shows_the_tariff_rating_each_meter_today(village):
    assert listing(village, "WM1").tariff == WATER
    import_tariff(village.open_uow, tariff=read_tariff_file(EXAMPLES / "electricity.json"))
    later = date(2027, 1, 1)
    assign_tariff(village.open_uow, meter="WM1", tariff=ELECTRICITY, valid_from=later)
    assert listing(village, "WM1").tariff == WATER  # not yet
    [on_the_day] = list_meters(village.open_uow, page=Page(search="WM1"), today=later)
    assert on_the_day.tariff == ELECTRICITY


def _edit(ws, serial: str, **changes):
    meter = listing(ws, serial).meter
    values = {
        "unit": meter.unit,
        "route_order": meter.route_order,
        "digits": meter.digits,
        "multiplier": meter.multiplier,
        "install_read": meter.install_read,
        "install_date": meter.install_date,
    }
    return edit_meter(ws.open_uow, serial=serial, **{**values, **changes})


def test_a_read_meter_keeps_its_register_but_its_route_and_unit_may_change(demo):
    changed = _edit(demo, "WM1800074", route_order=7, unit="m3")
    assert (changed.route_order, changed.unit) == (7, "m3")
    assert listing(demo, "WM1800074").meter.route_order == 7
    [entry] = audited(demo, "edit meter")
    assert entry.subject == "WM1800074" and entry.data["route_order"][1] == 7
    with pytest.raises(InvalidValue, match="has readings; replace the meter instead"):
        _edit(demo, "WM1800074", digits=6)
    assert listing(demo, "WM1800074").meter.digits == 5


def test_a_meter_not_yet_read_may_have_its_register_corrected(desk):
    _edit(desk, "WM1", digits=6, install_read=D(1200), install_date=date(2026, 2, 1))
    meter = listing(desk, "WM1").meter
    assert (meter.digits, meter.install_read, meter.install_date) == (6, 1200, date(2026, 2, 1))


def test_a_meter_taken_out_of_service_after_its_final_read_needs_no_more_reads(demo):
    on = date(2026, 11, 20)
    removed = remove_meter(demo.open_uow, serial="WM1800074", on=on, today=TODAY, final_read=D(520))
    assert removed.removed_on == on
    shown = listing(demo, "WM1800074")
    assert shown.meter.removed_on == on and MeterStatus.NEEDS_READ not in shown.statuses
    assert (shown.last_read_on, shown.last_value) == (on, 520)
    [entry] = audited(demo, "remove meter")
    assert entry.data == {"on": "2026-11-20", "final_read": "520"}
    with pytest.raises(InvalidValue, match="already removed"):
        remove_meter(demo.open_uow, serial="WM1800074", on=on, today=TODAY)


def test_a_meter_with_reads_after_the_day_is_not_taken_out_of_service(demo):
    with pytest.raises(InvalidValue, match="WM1800074 has readings after that day"):
        remove_meter(demo.open_uow, serial="WM1800074", on=date(2026, 10, 1), today=TODAY)
    assert listing(demo, "WM1800074").meter.removed_on is None
    assert audited(demo, "remove meter") == []
