"""The bookkeeper's workbook and CSV files: read back, every sheet's totals equal the
database to the cent; credit notes and partial payments balance (names that
look like formulas: test_safe_output.py)."""

from datetime import date, datetime
from decimal import Decimal

from openpyxl import load_workbook

from usagebill_desktop.cli import main
from usagebill_desktop.domain.invoices import InvoiceKind, InvoiceState, month_span
from usagebill_desktop.exporters.xlsx_summary import write_books_xlsx
from usagebill_desktop.services.books import export_books
from usagebill_desktop.services.invoices import get_invoice, list_invoices

TODAY = date(2026, 11, 24)


def issued_in(demo, span):
    documents = list_invoices(demo.open_uow)
    issued = [s for s in documents if s.state is not InvoiceState.DRAFT]
    return [s for s in issued if span.first <= s.issue_date <= span.last]


def rows(sheet):
    """Data rows as dicts by heading, without the totals row."""
    values = list(sheet.iter_rows(values_only=True))
    header, body = values[0], values[1:-1]
    assert values[-1][0] == "Total"
    return [dict(zip(header, row, strict=True)) for row in body]


def money(values) -> Decimal:
    return sum((Decimal(str(v)) for v in values if v is not None), Decimal(0))


def export(demo, tmp_path, span, language="es"):
    target = tmp_path / "books.xlsx"
    export_books(
        demo.open_uow,
        span=span,
        today=TODAY,
        write=lambda books: write_books_xlsx(books, target, language),
    )
    return load_workbook(target)


def test_a_month_reads_back_with_every_total_equal_to_the_invoices(demo, tmp_path):
    span = month_span(2026, 10)
    expected = issued_in(demo, span)
    book = export(demo, tmp_path, span)
    assert book.sheetnames == ["Resumen", "Facturas", "Líneas", "Consumos", "Impuestos", "Clientes"]
    invoices = rows(book["Facturas"])
    assert sorted(r["Número"] for r in invoices) == sorted(s.number for s in expected)
    total = sum((s.total for s in expected), Decimal(0))
    assert money(r["Total (EUR)"] for r in invoices) == total
    lines = rows(book["Líneas"])
    assert money(r["Importe (EUR)"] for r in lines) == sum(
        (s.subtotal for s in expected), Decimal(0)
    )
    taxes = rows(book["Impuestos"])
    assert money(r["Cuota (EUR)"] for r in taxes) == sum(
        (s.tax_total for s in expected), Decimal(0)
    )
    summary = {r[0]: r[1] for r in book["Resumen"].iter_rows(values_only=True) if r[0]}
    assert Decimal(str(summary["Total"])) == total and summary["Facturas"] == len(expected)
    first = book["Facturas"]["C2"]
    assert isinstance(first.value, datetime) and first.number_format == "yyyy-mm-dd"
    assert book["Facturas"]["N2"].number_format == "#,##0.00"
    sheet = book["Facturas"]
    assert sheet.freeze_panes == "A2" and list(sheet.tables) == ["T_Facturas"]
    assert sheet.tables["T_Facturas"].autoFilter is not None
    last = sheet.max_row
    assert sheet[f"N{last}"].value == f"=SUBTOTAL(109,N2:N{last - 1})"
    for row in rows(book["Clientes"]):
        opening, invoiced, credited, paid, closing = (
            Decimal(str(row[k]))
            for k in (
                "Saldo inicial (EUR)",
                "Facturado (EUR)",
                "Rectificaciones (EUR)",
                "Cobrado (EUR)",
                "Saldo final (EUR)",
            )
        )
        assert closing == opening + invoiced + credited - paid


def test_a_period_with_a_credit_note_and_partial_payments_balances(demo, tmp_path):
    [credit] = [s for s in list_invoices(demo.open_uow) if s.kind is InvoiceKind.CREDIT_NOTE]
    span = month_span(credit.issue_date.year, credit.issue_date.month)
    book = export(demo, tmp_path, span, language="en")
    invoices = rows(book["Invoices"])
    [note] = [r for r in invoices if r["Number"] == credit.number]
    corrected = get_invoice(demo.open_uow, key=note["Credit note / corrects"])
    assert note["Kind"] == "Credit note" and Decimal(str(note["Total (EUR)"])) == credit.total
    assert corrected.credited_number is None and corrected.number.startswith("F-")
    # The invoice was paid before it was corrected: the credit stays in the customer's
    # favour on the credit note, and the invoice owes nothing.
    [original] = [r for r in invoices if r["Number"] == corrected.number]
    assert corrected.paid == corrected.total and original["Outstanding (EUR)"] == 0
    assert Decimal(str(note["Outstanding (EUR)"])) == credit.total
    taxes = rows(book["Taxes"])
    assert {r["Kind"] for r in taxes} == {"Invoice", "Credit note"}
    expected = issued_in(demo, span)
    assert money(r["Total (EUR)"] for r in invoices) == sum((s.total for s in expected), Decimal(0))
    paid = money(r["Paid (EUR)"] for r in invoices)
    outstanding = money(r["Outstanding (EUR)"] for r in invoices)
    owed = [s for s in expected if s.kind is InvoiceKind.INVOICE]
    assert paid == sum((s.paid for s in expected), Decimal(0))
    assert outstanding == sum((s.outstanding for s in owed), Decimal(0))
    assert any(0 < s.paid < s.total for s in owed)  # the demo has partial payments here


def test_the_cli_writes_the_workbook_and_the_csv_files(demo, tmp_path, capsys):
    out = tmp_path / "books.xlsx"
    assert (
        main(
            [
                "--db",
                demo.location,
                "export",
                "xlsx",
                "--from",
                "2025-11-01",
                "--to",
                "2026-10-31",
                "--out",
                str(out),
            ]
        )
        == 0
    )
    assert out.exists() and "invoices" in capsys.readouterr().out
    assert (
        main(
            [
                "--db",
                demo.location,
                "export",
                "csv",
                "--period",
                "2026-10",
                "--out",
                str(tmp_path / "csv"),
            ]
        )
        == 0
    )
    invoices = (tmp_path / "csv" / "facturas_2026-10-01_2026-10-31.csv").read_bytes()
    assert invoices.startswith(b"\xef\xbb\xbf") and b";" in invoices.splitlines()[0]
