"""The demo workspace has what every screen needs: estimates, a rollover, a replacement."""

import itertools
from collections import Counter

import pytest

from usagebill_desktop.demo.workspace import build_demo
from usagebill_desktop.domain.errors import InvalidValue
from usagebill_desktop.domain.invoices import InvoiceKind, InvoiceState, status
from usagebill_desktop.domain.meters import MeterKind
from usagebill_desktop.domain.readings import ReadType
from usagebill_desktop.services.invoices import get_invoice, list_invoices
from usagebill_desktop.services.meters import list_meters
from usagebill_desktop.services.ports import Page
from usagebill_desktop.services.readings import count_readings, list_readings
from usagebill_desktop.services.tariffs import list_tariffs, meter_assignments

from ..conftest import TODAY


def _reads(workspace, serial):
    page = Page(limit=1000, search=serial, sort="date")
    return [r.reading for r in list_readings(workspace.open_uow, page=page)]


def test_the_demo_has_a_water_utility_and_a_coworking_space(demo):
    meters = {m.meter.serial: m for m in list_meters(demo.open_uow)}
    water = [m for m in meters.values() if m.meter.unit == "m³"]
    coworking = [m for m in meters.values() if m.meter.kind is MeterKind.INTERVAL]
    assert len(water) == 201  # 200 customers, one of whom had a meter replaced
    assert {m.meter.unit for m in coworking} == {"h", "pág"}
    assert len({m.meter.customer_account for m in coworking}) == 40
    swapped = ("WM1800629", "WM1950017")
    assert all(m.readings == 24 for m in water if m.meter.serial not in swapped)  # monthly reads
    assert count_readings(demo.open_uow) > 10_000


def test_the_demo_has_one_register_rollover(demo):
    values = [r.value for r in _reads(demo, "WM1800074")]
    drops = [(a, b) for a, b in itertools.pairwise(values) if b < a]
    assert len(drops) == 1
    before, after = drops[0]
    assert before > 99_000 and after < 5_000  # 99,9xx → 0,0xx on a 5-digit register


def test_the_demo_has_one_meter_replacement_with_both_reads(demo):
    meters = {m.meter.serial: m.meter for m in list_meters(demo.open_uow)}
    old, new = meters["WM1800629"], meters["WM1950017"]
    assert old.customer_account == new.customer_account
    assert old.removed_on == new.install_date and new.install_read == 0
    assert _reads(demo, old.serial)[-1].read_on == old.removed_on
    assert _reads(demo, old.serial)[-1].note == "lectura final: contador sustituido"


def test_the_demo_has_a_few_estimated_reads(demo):
    estimated = [
        r
        for r in list_readings(demo.open_uow, page=Page(limit=20_000))
        if r.reading.type is ReadType.ESTIMATED
    ]
    assert 10 <= len(estimated) <= 150


def test_the_demo_is_the_same_every_time_and_refuses_a_workspace_in_use(workspace, demo):
    summary = build_demo(workspace.open_uow, today=TODAY)  # no tariffs: no history, quick
    assert summary.readings == count_readings(demo.open_uow)
    with pytest.raises(InvalidValue):
        build_demo(workspace.open_uow, today=TODAY)


def test_every_demo_meter_is_rated_by_a_tariff_from_its_installation(demo):
    listed = {t.name: t.meters for t in list_tariffs(demo.open_uow, today=TODAY)}
    assert listed == {
        "Agua – uso comercial": 5,
        "Agua – uso doméstico": 195,
        "Coworking – Bono Flex": 40,
        "Impresión – packs de 100": 40,
    }
    [assignment] = meter_assignments(demo.open_uow, meter="ROOM-000201")
    assert assignment.tariff == "Coworking – Bono Flex"


def test_the_demo_has_two_years_of_invoices_mostly_paid_some_overdue_and_a_credit_note(demo):
    issued = list_invoices(demo.open_uow, state=InvoiceState.ISSUED)
    statuses = Counter(status(s, TODAY) for s in issued if s.kind is InvoiceKind.INVOICE)
    assert statuses["paid"] > 4_500 and statuses["overdue"] > 50
    [credit] = [s for s in issued if s.kind is InvoiceKind.CREDIT_NOTE]
    assert credit.number.startswith("R-") and credit.customer.account.isdigit()
    assert 6 <= int(credit.customer.account) <= 200  # a household's leak allowance
    assert not list_invoices(demo.open_uow, state=InvoiceState.DRAFT)  # last month is left to bill


def test_the_demo_bills_the_rollover_and_the_replacement_correctly(demo):
    blocks = [
        block
        for s in list_invoices(demo.open_uow, state=InvoiceState.ISSUED)
        if s.customer.account in ("000003", "000018")
        for block in get_invoice(demo.open_uow, key=s.number).blocks
    ]
    assert any(seg.rolled_over for b in blocks for seg in b.consumption.segments)
    swap = [b for b in blocks if len(b.consumption.segments) == 2]
    assert [[s.meter_serial for s in b.consumption.segments] for b in swap] == [
        ["WM1800629", "WM1950017"]
    ]


def test_a_bill_over_the_new_years_price_change_is_rated_in_two_parts(demo):
    january = [
        get_invoice(demo.open_uow, key=s.number)
        for s in list_invoices(demo.open_uow, state=InvoiceState.ISSUED)
        if s.period.first.isoformat() == "2026-01-01" and s.customer.account == "000010"
    ]
    [invoice] = january
    parts = {line.rated.version_from for line in invoice.lines}
    assert len(parts) == 2  # the December days at 2025 prices, the January days at 2026's
    assert sum(line.rated.amount for line in invoice.lines) == invoice.subtotal
