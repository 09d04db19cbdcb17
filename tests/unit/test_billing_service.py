"""Billing's edge cases, run on the in-memory unit of work: milliseconds each."""

from dataclasses import replace
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from usagebill_desktop.domain.consumption import Check
from usagebill_desktop.domain.invoices import InvoiceState, month_span
from usagebill_desktop.domain.periods import Period, Span
from usagebill_desktop.domain.readings import Reading, ReadType
from usagebill_desktop.domain.tariffs import PerUnitCharge
from usagebill_desktop.exporters.explanations import Wording, finding_text
from usagebill_desktop.importers.tariff_file import read_tariff_file
from usagebill_desktop.services.billing import BillingRun, run_billing
from usagebill_desktop.services.customers import add_customer
from usagebill_desktop.services.file_imports import import_readings_file
from usagebill_desktop.services.invoices import get_invoice, issue_invoices, list_invoices
from usagebill_desktop.services.meters import add_meter, replace_meter
from usagebill_desktop.services.readings import record_reading
from usagebill_desktop.services.tariffs import assign_tariff, import_tariff, quote

from ..conftest import TODAY
from .fakes import FakeOpen, StoredReading

D = Decimal
WATER_FILE = Path(__file__).resolve().parents[2] / "docs" / "examples" / "water.json"
WATER = "Water – domestic 2026"


def install(open_uow: FakeOpen, account: str, serial: str, read: int = 99_950) -> None:
    """A customer with a 5-digit water meter on the documented water tariff."""
    add_customer(open_uow, name=f"Customer {account}", account=account)
    add_meter(
        open_uow,
        serial=serial,
        customer_account=account,
        kind="cumulative",
        unit="m³",
        install_date=date(2026, 1, 1),
        digits=5,
        install_read=D(read),
    )
    assign_tariff(open_uow, meter=serial, tariff=WATER, valid_from=date(2026, 1, 1))


@pytest.fixture
def village() -> FakeOpen:
    """One customer, account 1, with meter WM1 reading 99,950 when installed."""
    open_uow = FakeOpen()
    import_tariff(open_uow, tariff=read_tariff_file(WATER_FILE))
    install(open_uow, "1", "WM1")
    return open_uow


def read(
    open_uow: FakeOpen,
    value: int,
    on: date,
    meter: str = "WM1",
    type: ReadType = ReadType.ACTUAL,
    keep_lower: bool = False,
) -> None:
    record_reading(
        open_uow,
        meter=meter,
        value=D(value),
        read_on=on,
        today=TODAY,
        type=type,
        keep_lower=keep_lower,
    )


def bill(open_uow: FakeOpen, year: int, month: int) -> BillingRun:
    return run_billing(open_uow, period=month_span(year, month), today=TODAY)


def bill_and_issue(open_uow: FakeOpen, year: int, month: int) -> BillingRun:
    run = bill(open_uow, year, month)
    issue_invoices(open_uow, all_drafts=True, issue_date=date(year, month, 28))
    return run


def segments(open_uow: FakeOpen, key: str) -> list[tuple[str, Decimal]]:
    [block] = get_invoice(open_uow, key=key).blocks
    return [(s.meter_serial, s.consumption) for s in block.consumption.segments]


def quantities(open_uow: FakeOpen, *keys: str) -> list[Decimal]:
    return [get_invoice(open_uow, key=k).blocks[0].consumption.quantity for k in keys]


def test_consecutive_bills_start_where_the_last_ended_across_a_rollover(village):
    read(village, 99_980, date(2026, 2, 1))
    bill_and_issue(village, 2026, 2)
    read(village, 12, date(2026, 3, 1))  # the register wrapped: 20 + 12 = 32 m³
    run = bill_and_issue(village, 2026, 3)
    assert (run.drafts, run.blocked) == (1, ())
    march = get_invoice(village, key="F-2026-00002")
    [block] = march.blocks
    [part] = block.consumption.segments
    assert (part.start.value, part.end.value, part.rolled_over) == (D(99_980), D(12), True)
    assert block.consumption.quantity == 32
    expected = quote(
        read_tariff_file(WATER_FILE),
        quantity=D(32),
        span=Span(date(2026, 2, 1), date(2026, 2, 28)),
        today=TODAY,
    )
    assert march.total == expected.total  # the draft is exactly what the rating engine says


def test_an_implausible_drop_blocks_the_meter_and_is_listed(village):
    read(village, 99_980, date(2026, 2, 1))
    bill_and_issue(village, 2026, 2)
    # Typed and kept after the question "keep this lower read?": billing holds the meter.
    read(village, 50_000, date(2026, 3, 1), keep_lower=True)
    run = bill(village, 2026, 3)
    assert run.drafts == 0
    assert [(f.meter_serial, f.check) for f in run.blocked] == [("WM1", Check.UNEXPLAINED_DROP)]
    assert list_invoices(village, state=InvoiceState.DRAFT) == []


def test_no_read_in_the_period_blocks_the_meter_rather_than_billing_zero(village):
    run = bill(village, 2026, 2)
    assert run.drafts == 0 and [f.check for f in run.blocked] == [Check.NO_END_READ]


def billed_february_then_replaced(open_uow: FakeOpen, on: date) -> None:
    """WM1 billed to 99,980 on 1 February, then replaced by WM2 (from 0) on `on`, its
    final read 99,990: 10 m³ left to bill on the old meter."""
    read(open_uow, 99_980, date(2026, 2, 1))
    bill_and_issue(open_uow, 2026, 2)
    replace_meter(
        open_uow,
        old="WM1",
        final_read=D(99_990),
        new_serial="WM2",
        install_read=D(0),
        on=on,
        today=TODAY,
    )


def test_a_replacement_bills_both_meters_on_one_invoice(village):
    billed_february_then_replaced(village, on=date(2026, 2, 15))
    read(village, 7, date(2026, 3, 1), meter="WM2")
    bill_and_issue(village, 2026, 3)
    assert segments(village, "F-2026-00002") == [("WM1", D(10)), ("WM2", D(7))]
    assert quantities(village, "F-2026-00002") == [D(17)]
    read(village, 9, date(2026, 4, 1), meter="WM2")
    bill_and_issue(village, 2026, 4)  # the old meter's stretch is billed once
    assert segments(village, "F-2026-00003") == [("WM2", D(2))]


def test_a_swap_month_without_a_read_on_the_new_meter_bills_the_old_meter_then_the_new(village):
    billed_february_then_replaced(village, on=date(2026, 3, 20))
    march = bill_and_issue(village, 2026, 3)  # no read on WM2 in March: the old meter's tail
    read(village, 7, date(2026, 4, 2), meter="WM2")
    april = bill_and_issue(village, 2026, 4)
    assert (march.drafts, april.drafts, april.blocked) == (1, 1, ())
    assert quantities(village, "F-2026-00002", "F-2026-00003") == [D(10), D(7)]
    # Both meters shown in March, the new one as installed; April starts at its install read.
    assert segments(village, "F-2026-00002") == [("WM1", D(10)), ("WM2", D(0))]
    assert segments(village, "F-2026-00003") == [("WM2", D(7))]


def test_an_estimate_is_trued_up_by_the_next_actual_read(village):
    read(village, 99_980, date(2026, 2, 1))
    bill_and_issue(village, 2026, 2)
    read(village, 99_999, date(2026, 3, 1), type=ReadType.ESTIMATED)
    bill_and_issue(village, 2026, 3)
    read(village, 5, date(2026, 4, 1))
    bill_and_issue(village, 2026, 4)
    # 19 on the estimate, 6 more when actually read
    assert quantities(village, "F-2026-00002", "F-2026-00003") == [D(19), D(6)]
    march = get_invoice(village, key="F-2026-00002")
    assert march.blocks[0].consumption.segments[0].end.type.letter == "E"


def test_rerunning_a_period_replaces_its_drafts_but_never_issued_invoices(village):
    install(village, "2", "WM2")
    for meter in ("WM1", "WM2"):
        read(village, 99_980, date(2026, 2, 1), meter)
    bill_and_issue(village, 2026, 2)
    issued = list_invoices(village, state=InvoiceState.ISSUED)
    read(village, 99_990, date(2026, 3, 1))
    read(village, 99_995, date(2026, 3, 1), "WM2")
    first, again = bill(village, 2026, 3), bill(village, 2026, 3)
    assert first.drafts == again.drafts == 2 and first.total == again.total
    drafts = list_invoices(village, state=InvoiceState.DRAFT)
    assert len(drafts) == 2  # replaced, not added to
    # March starts where February's issued bill ended.
    assert quantities(village, *(str(d.id) for d in drafts)) == [D(10), D(15)]
    numbers = issue_invoices(village, all_drafts=True, issue_date=date(2026, 3, 28)).numbers
    assert numbers == ("F-2026-00003", "F-2026-00004")  # continuing the year's series
    assert [
        s for s in list_invoices(village) if s.number in ("F-2026-00001", "F-2026-00002")
    ] == issued
    assert bill(village, 2026, 3).drafts == 0  # billed and issued: nothing left


def test_an_old_period_billed_again_starts_where_the_last_issued_bill_ended(village):
    read(village, 99_980, date(2026, 2, 1))
    bill_and_issue(village, 2026, 2)
    read(village, 99_990, date(2026, 3, 1))
    bill_and_issue(village, 2026, 3)
    # February again: its reads are already billed by issued invoices.
    run = bill(village, 2026, 2)
    assert (run.drafts, run.blocked, run.nothing_to_bill) == (0, (), ("1",))
    assert len(list_invoices(village, state=InvoiceState.ISSUED)) == 2


def _month_of_many(open_uow: FakeOpen) -> None:
    """Seven customers billed Jan–Feb, each with something to tell in March."""
    for n in range(2, 8):
        install(open_uow, str(n), f"WM{n}")
    for n in range(1, 8):
        read(open_uow, 99_960 + n, date(2026, 1, 31), f"WM{n}")
    bill_and_issue(open_uow, 2026, 1)
    for n in range(1, 8):
        read(open_uow, 99_970 + 2 * n, date(2026, 2, 28), f"WM{n}")
    bill_and_issue(open_uow, 2026, 2)
    read(open_uow, 10, date(2026, 3, 31), "WM1")  # rolled over
    read(open_uow, 50_000, date(2026, 3, 31), "WM2", keep_lower=True)  # a drop: blocked
    read(open_uow, 99_999, date(2026, 3, 31), "WM3")
    # WM4: no read in March
    # WM5 replaced and the new meter read in March; WM6 replaced, the new one not read
    for old, final, on in (("WM5", 99_985, date(2026, 3, 10)), ("WM6", 99_990, date(2026, 3, 20))):
        replace_meter(
            open_uow,
            old=old,
            final_read=D(final),
            new_serial=f"{old}b",
            install_read=D(0),
            on=on,
            today=TODAY,
        )
    read(open_uow, 4, date(2026, 3, 31), "WM5b")
    read(open_uow, 99_990, date(2026, 3, 31), "WM7", type=ReadType.ESTIMATED)


def _drafts(open_uow: FakeOpen) -> dict[str, tuple[Decimal, list[tuple[str, Decimal]]]]:
    drafts = {}
    for summary in list_invoices(open_uow, state=InvoiceState.DRAFT):
        invoice = get_invoice(open_uow, key=str(summary.id))
        drafts[invoice.customer.account] = (
            invoice.total,
            [
                (s.meter_serial, s.consumption)
                for b in invoice.blocks
                for s in b.consumption.segments
            ],
        )
    return drafts


def test_billing_in_small_chunks_gives_every_customer_the_same_draft(village, monkeypatch):
    _month_of_many(village)
    whole = bill(village, 2026, 3)
    expected = _drafts(village)
    assert whole.drafts == 5 and len(whole.blocked) == 2  # WM2 dropped, WM4 unread
    monkeypatch.setattr("usagebill_desktop.services.billing.CHUNK", 2)
    chunked = bill(village, 2026, 3)
    assert chunked == whole
    assert _drafts(village) == expected
    # A period billed long ago says the same, however customers fall into chunks.
    old = bill(village, 2026, 1)
    monkeypatch.setattr("usagebill_desktop.services.billing.CHUNK", 10**6)
    assert bill(village, 2026, 1) == old


def test_an_import_and_an_issue_leave_their_audit_entries(village, tmp_path):
    sheet = tmp_path / "february.csv"
    sheet.write_text("meter;date;reading\nWM1;2026-02-01;99980\n", encoding="utf-8")
    imported = import_readings_file(village, path=sheet, locale="en_GB", today=TODAY).report
    bill_and_issue(village, 2026, 2)

    assert [entry[:3] for entry in village.store.audit] == [
        ("operator", "import", imported.file),
        ("operator", "issue", "F-2026-00001"),
    ]
    import_entry, issue_entry = (entry[3] for entry in village.store.audit)
    assert import_entry == {"import": imported.import_id, "accepted": 1}
    invoice = get_invoice(village, key="F-2026-00001")
    assert issue_entry == {
        "id": invoice.id,
        "total": invoice.total,
        "customer": "1",
        "date": invoice.issue_date,
    }


def store_directly(open_uow: FakeOpen, reading: Reading) -> None:
    """As an older database holds it: past the checks that refuse it today."""
    store = open_uow.store
    store.readings.append(StoredReading(store.next_id("readings"), reading, None))


def test_a_read_too_large_to_bill_blocks_its_meter_and_the_others_are_drafted(village):
    read(village, 99_980, date(2026, 2, 1))
    add_customer(village, name="Bar La Plaza", account="2")
    add_meter(
        village,
        serial="WM2",
        customer_account="2",
        kind="cumulative",
        unit="m³",
        install_date=date(2026, 1, 1),
    )
    assign_tariff(village, meter="WM2", tariff=WATER, valid_from=date(2026, 1, 1))
    store_directly(village, Reading("WM2", date(2026, 2, 1), D("900000000000000")))
    run = bill(village, 2026, 2)
    assert run.drafts == 1
    [draft] = list_invoices(village, state=InvoiceState.DRAFT)
    assert draft.customer.account == "1"
    [blocked] = run.blocked
    assert (blocked.meter_serial, blocked.check) == ("WM2", Check.UNRATABLE)
    said = finding_text(blocked, Wording("es", "EUR", "m³", Period.MONTH))
    assert said.startswith("no se puede facturar a Bar La Plaza (2): una lectura")


def test_a_price_too_large_to_bill_blocks_its_meters_and_the_others_are_drafted(village):
    read(village, 99_980, date(2026, 2, 1))
    water = read_tariff_file(WATER_FILE)
    [version] = water.versions
    huge = PerUnitCharge("Water", D("1e999999"))
    old = replace(water, name="Old", versions=(replace(version, charges=(huge,)),))
    village.store.tariffs["Old"] = old  # stored before prices were bounded
    install(village, "2", "WM2")
    assign_tariff(village, meter="WM2", tariff="Old", valid_from=date(2026, 1, 2))
    read(village, 99_990, date(2026, 2, 1), meter="WM2")
    run = bill(village, 2026, 2)
    assert run.drafts == 1
    assert [(f.meter_serial, f.check) for f in run.blocked] == [("WM2", Check.UNRATABLE)]
