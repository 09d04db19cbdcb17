"""Billing runs, issuing and the immutability of issued invoices, on real databases."""

import json
import sqlite3
import subprocess
import sys
from dataclasses import replace
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook

from usagebill_desktop.cli import main
from usagebill_desktop.domain.errors import InvalidValue
from usagebill_desktop.domain.invoices import InvoiceState, Payment, month_span, status
from usagebill_desktop.domain.periods import Span
from usagebill_desktop.exporters.books_columns import Catalogue
from usagebill_desktop.importers.tariff_file import read_tariff_file
from usagebill_desktop.services.billing import run_billing
from usagebill_desktop.services.books import export_books
from usagebill_desktop.services.customers import add_customer
from usagebill_desktop.services.invoices import (
    credit_invoice,
    get_invoice,
    issue_invoices,
    list_invoices,
    record_payment,
)
from usagebill_desktop.services.meters import replace_meter
from usagebill_desktop.services.readings import record_reading
from usagebill_desktop.services.tariffs import get_tariff, import_tariff, quote

from ..conftest import EXAMPLES, TODAY, water_meter

D = Decimal


def read(ws, value: int, on: date, meter: str = "WM1") -> None:
    record_reading(ws.open_uow, meter=meter, value=D(value), read_on=on, today=TODAY)


def bill_and_issue(ws, year: int, month: int):
    run = run_billing(ws.open_uow, period=month_span(year, month), today=TODAY)
    issue_invoices(ws.open_uow, all_drafts=True, issue_date=date(year, month, 28))
    return run


def _numbers(workspace, year: int) -> list[str]:
    return sorted(
        s.number
        for s in list_invoices(workspace.open_uow)
        if s.number and s.number.startswith(f"F-{year}-")
    )


def test_billed_amounts_match_the_rating_engine(demo):
    run_billing(demo.open_uow, period=month_span(2026, 10), today=TODAY)
    draft = next(
        get_invoice(demo.open_uow, key=str(s.id))
        for s in list_invoices(demo.open_uow, state=InvoiceState.DRAFT)
        if s.customer.account == "000010"
    )
    [block] = draft.blocks
    tariff = get_tariff(demo.open_uow, name=block.tariff)
    expected = quote(
        tariff, quantity=block.consumption.quantity, span=block.consumption.span, today=TODAY
    )
    assert [line.rated.amount for line in draft.lines] == [line.amount for line in expected.lines]
    assert draft.total == expected.total


def test_the_database_refuses_to_change_an_issued_invoice(village):
    read(village, 99_980, date(2026, 2, 1))
    bill_and_issue(village, 2026, 2)
    db = sqlite3.connect(Path(village.location))
    for statement in (
        "UPDATE invoices SET total = 1 WHERE number = 'F-2026-00001'",
        "UPDATE invoices SET customer_name = 'Someone else'",
        "DELETE FROM invoices",
        "UPDATE invoice_lines SET amount = 0",
        "DELETE FROM invoice_taxes",
        "UPDATE audit_log SET actor = 'nobody'",
    ):
        with pytest.raises(sqlite3.IntegrityError, match=r"cannot be changed|append-only"):
            db.execute(statement)
    db.close()


def test_two_processes_issuing_at_once_get_unique_consecutive_numbers(demo):
    before = _numbers(demo, 2026)
    run_billing(demo.open_uow, period=month_span(2026, 10), today=TODAY)
    drafts = [s.id for s in list_invoices(demo.open_uow, state=InvoiceState.DRAFT)]
    halves = (drafts[0::2], drafts[1::2])
    script = Path(sys.executable).with_name("usagebill")
    workers = [
        subprocess.Popen(
            [
                str(script),
                "--db",
                demo.location,
                "invoices",
                "issue",
                *map(str, half),
                "--date",
                "2026-11-05",
            ],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for half in halves
    ]
    for worker in workers:
        _, err = worker.communicate(timeout=120)
        assert worker.returncode == 0, err
    new = [int(n.split("-")[-1]) for n in _numbers(demo, 2026) if n not in before]
    last = max(int(n.split("-")[-1]) for n in before)
    assert sorted(new) == list(range(last + 1, last + 1 + len(drafts)))


def test_the_command_line_bills_lists_and_shows(village, capsys):
    read(village, 99_980, date(2026, 2, 1))
    db = village.location
    assert main(["--db", db, "bill", "--period", "2026-02", "--json"]) == 0
    summary = json.loads(capsys.readouterr().out)
    assert (summary["period_start"], summary["drafts"], summary["blocked"]) == ("2026-02-01", 1, [])
    assert main(["--db", db, "invoices", "issue", "--all-drafts", "--date", "2026-02-28"]) == 0
    capsys.readouterr()
    assert main(["--db", db, "invoices", "list", "--json"]) == 0
    [listed] = json.loads(capsys.readouterr().out)
    assert (listed["number"], listed["kind"], listed["status"], listed["total"]) == (
        "F-2026-00001",
        "invoice",
        "overdue",
        summary["total"],
    )
    assert main(["--db", db, "--lang", "es", "invoices", "show", "F-2026-00001"]) == 0
    shown = capsys.readouterr().out
    assert "FACTURA F-2026-00001" in shown and "Lectura final 1 feb 2026: 99.980 (A)" in shown


def test_a_full_credit_voids_the_invoice_and_its_meter_is_billed_again(village, capsys):
    read(village, 99_980, date(2026, 2, 1))
    bill_and_issue(village, 2026, 2)
    note = credit_invoice(
        village.open_uow, number="F-2026-00001", reason="wrong tariff", issue_date=date(2026, 3, 2)
    )
    assert note == "R-2026-00001"
    original, credit = (get_invoice(village.open_uow, key=k) for k in ("F-2026-00001", note))
    assert original.state is InvoiceState.VOID and credit.total == -original.total
    assert [line.rated.amount for line in credit.lines] == [
        -line.rated.amount for line in original.lines
    ]
    rebilled = run_billing(village.open_uow, period=month_span(2026, 2), today=TODAY)
    assert rebilled.drafts == 1 and rebilled.total == original.total


def test_partial_credits_never_exceed_what_remains(village):
    read(village, 99_980, date(2026, 2, 1))
    bill_and_issue(village, 2026, 2)
    invoice = get_invoice(village.open_uow, key="F-2026-00001")  # 30 m³ on the water tariff
    credit_invoice(
        village.open_uow,
        number=invoice.number,
        reason="leak allowance",
        amount=D("10.00"),
        issue_date=date(2026, 3, 2),
    )
    credit = get_invoice(village.open_uow, key="R-2026-00001")
    assert (credit.subtotal, credit.taxes[0].amount, credit.total) == (
        D("-10.00"),
        D("-1.00"),
        D("-11.00"),
    )
    with pytest.raises(InvalidValue, match="more than remains creditable"):
        credit_invoice(
            village.open_uow,
            number=invoice.number,
            reason="again",
            amount=invoice.subtotal,
            issue_date=date(2026, 3, 3),
        )
    with pytest.raises(InvalidValue, match="part is already credited"):
        credit_invoice(
            village.open_uow, number=invoice.number, reason="all of it", issue_date=date(2026, 3, 3)
        )


def test_payments_settle_invoices_and_never_overpay(village, capsys):
    read(village, 99_980, date(2026, 2, 1))
    bill_and_issue(village, 2026, 2)
    invoice = get_invoice(village.open_uow, key="F-2026-00001")
    left = record_payment(
        village.open_uow,
        number="F-2026-00001",
        payment=Payment(date(2026, 3, 1), D("10.00"), "transfer"),
    )
    assert left == invoice.total - D("10.00")
    [listed] = list_invoices(village.open_uow)
    assert status(listed, date(2026, 3, 2)) == "partially_paid"
    with pytest.raises(InvalidValue, match="more than is outstanding"):
        record_payment(
            village.open_uow,
            number="F-2026-00001",
            payment=Payment(date(2026, 3, 1), invoice.total),
        )
    assert (
        main(
            [
                "--db",
                village.location,
                "invoices",
                "pay",
                "F-2026-00001",
                str(left),
                "--date",
                "2026-03-05",
            ]
        )
        == 0
    )
    [listed] = list_invoices(village.open_uow)
    assert status(listed, date(2026, 6, 1)) == "paid"
    with sqlite3.connect(Path(village.location)) as db:
        actions = [row[0] for row in db.execute("SELECT action FROM audit_log ORDER BY id")]
    assert actions == ["issue", "payment", "payment"]


def test_books_of_a_period_whose_invoice_holds_a_control_character_still_export(
    village, tmp_path, capsys
):
    # An old database accepted a bell character in a name; the issued invoice keeps it.
    with sqlite3.connect(Path(village.location)) as db:
        db.execute("UPDATE customers SET name = ? WHERE account = '1'", ("Ana\x07 Ruiz",))
    read(village, 99_980, date(2026, 2, 1))
    bill_and_issue(village, 2026, 2)
    with sqlite3.connect(Path(village.location)) as db:
        [(kept,)] = db.execute("SELECT customer_name FROM invoices").fetchall()
    assert kept == "Ana\x07 Ruiz"
    out = tmp_path / "books.xlsx"
    args = ["--db", village.location, "export", "xlsx", "--period", "2026-02", "--out", str(out)]
    assert main(args) == 0
    capsys.readouterr()
    book = load_workbook(out)
    shown = {v for s in book for row in s.iter_rows(values_only=True) for v in row}
    assert "Ana\ufffd Ruiz" in shown


def test_a_swap_month_without_a_read_on_the_new_meter_bills_the_old_meter_then_the_new(village):
    # Stored: a block of two meters, and where the new one's next bill starts (its own end
    # read, not the old meter's final read); the edge cases are in test_billing_service.py.
    read(village, 99_980, date(2026, 2, 1))
    bill_and_issue(village, 2026, 2)
    replace_meter(
        village.open_uow,
        old="WM1",
        final_read=D(99_990),
        new_serial="WM2",
        install_read=D(0),
        on=date(2026, 3, 20),
        today=TODAY,
    )
    march = bill_and_issue(village, 2026, 3)  # no read on WM2 in March: the old meter's tail
    read(village, 7, date(2026, 4, 2), meter="WM2")
    april = bill_and_issue(village, 2026, 4)
    assert (march.drafts, april.drafts, april.blocked) == (1, 1, ())
    quantities = [
        get_invoice(village.open_uow, key=f"F-2026-0000{n}").blocks[0].consumption.quantity
        for n in (2, 3)
    ]
    assert quantities == [D(10), D(7)]
    [swap] = get_invoice(village.open_uow, key="F-2026-00002").blocks
    assert [(s.meter_serial, s.consumption) for s in swap.consumption.segments] == [
        ("WM1", D(10)),
        ("WM2", D(0)),
    ]  # both meters shown: the new one as installed


def test_a_customers_balance_adds_up_invoices_credits_and_payments(village, capsys):
    read(village, 99_980, date(2026, 2, 1))
    bill_and_issue(village, 2026, 2)
    total = get_invoice(village.open_uow, key="F-2026-00001").total
    credit_invoice(
        village.open_uow,
        number="F-2026-00001",
        reason="goodwill",
        amount=D("1.00"),
        issue_date=date(2026, 3, 1),
    )
    record_payment(
        village.open_uow, number="F-2026-00001", payment=Payment(date(2026, 3, 2), D("5.00"))
    )
    assert main(["--db", village.location, "customers", "balance", "1", "--json"]) == 0
    balance = json.loads(capsys.readouterr().out)
    assert (D(balance["invoiced"]), balance["credited"], balance["paid"]) == (total, "1.10", "5.00")
    assert D(balance["outstanding"]) == total - D("6.10") == D(balance["overdue"])


def test_each_customer_reads_the_charge_labels_in_their_language(village):
    spanish = {"Service charge": "Cuota de servicio", "Water": "Agua"}
    tariff = replace(read_tariff_file(EXAMPLES / "water.json"), translations={"es": spanish})
    import_tariff(village.open_uow, tariff=tariff)  # the same prices, now with Spanish words
    add_customer(village.open_uow, name="Ann Reed", account="2", language="en")
    water_meter(village, "WM2", "2", install_read=99_950)
    for meter in ("WM1", "WM2"):
        read(village, 99_962, date(2026, 1, 31), meter)
    run_billing(village.open_uow, period=month_span(2026, 1), today=TODAY)
    drafts = {
        s.customer.account: get_invoice(village.open_uow, key=str(s.id))
        for s in list_invoices(village.open_uow, state=InvoiceState.DRAFT)
    }
    labels = {account: [line.rated.label for line in d.lines] for account, d in drafts.items()}
    assert labels == {
        "1": ["Cuota de servicio", "Agua", "Agua"],
        "2": ["Service charge", "Water", "Water"],
    }
    assert drafts["1"].total == drafts["2"].total
    # The bookkeeper's workbook names each charge once, as the tariff writes it.
    issue_invoices(village.open_uow, all_drafts=True, issue_date=date(2026, 2, 2))
    charge = next(c for c in Catalogue("en", "EUR", ()).lines() if c.heading == "Charge")
    booked = export_books(
        village.open_uow,
        span=Span(date(2026, 2, 1), date(2026, 2, 28)),
        today=TODAY,
        write=lambda books: sorted(charge.value(line) for line in books.lines),
    )
    assert booked == sorted(["Service charge", "Water", "Water"] * 2)
