"""PDF invoices: what a customer reads, in their language, and pages that flow."""

from dataclasses import replace
from datetime import date
from decimal import Decimal
from io import BytesIO

import pytest
from pypdf import PdfReader

from usagebill_desktop.cli import main
from usagebill_desktop.domain.invoices import InvoiceKind, InvoiceLine, InvoiceState
from usagebill_desktop.domain.rating import RatedLine
from usagebill_desktop.exporters.invoice_pdf import invoice_pdf
from usagebill_desktop.services.documents import invoice_document
from usagebill_desktop.services.invoices import list_invoices


def text_of(pdf: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(BytesIO(pdf)).pages)


def first_paid_water_invoice(demo):
    issued = list_invoices(demo.open_uow, state=InvoiceState.ISSUED)
    return next(s for s in issued if s.customer.account == "000010")


@pytest.mark.parametrize(
    ("language", "words", "total"),
    [("es", ("Factura", "Base imponible", "Forma de pago"), "{:,.2f} €"),
     ("en", ("Invoice", "Subtotal (tax base)", "How to pay"), "€{:,.2f}")],
)  # fmt: skip
def test_the_pdf_says_who_what_and_how_much_in_the_customers_language(demo, language, words,
                                                                      total):  # fmt: skip
    summary = first_paid_water_invoice(demo)
    document = invoice_document(demo.open_uow, key=summary.number)
    text = text_of(invoice_pdf(document.invoice, document.company, language))
    meter = document.invoice.blocks[0].meter_serial
    for word in (*words, summary.number, summary.customer.name, meter):
        assert word in text
    amounts = [line.rated.amount for line in document.invoice.lines]
    shown = total.format(document.invoice.total)
    if language == "es":
        shown = shown.replace(",", "_").replace(".", ",").replace("_", ".")
    assert shown in text
    assert all(f"{a:.2f}".replace(".", "," if language == "es" else ".") in text for a in amounts)
    meta = PdfReader(BytesIO(invoice_pdf(document.invoice, document.company, language))).metadata
    assert meta.title.endswith(summary.number) and meta.author == document.company.name


def test_a_long_invoice_flows_onto_more_pages_with_page_numbers(demo):
    document = invoice_document(demo.open_uow, key=first_paid_water_invoice(demo).number)
    line = document.invoice.lines[0]
    many = tuple(InvoiceLine(line.meter_serial, replace(line.rated, label=f"Cargo {n}"))
                 for n in range(60))  # fmt: skip
    long_invoice = replace(document.invoice, lines=many)
    pdf = invoice_pdf(long_invoice, document.company, "es")
    pages = PdfReader(BytesIO(pdf)).pages
    assert len(pages) >= 2
    assert "Página 2 de" in pages[1].extract_text() and "Concepto" in pages[1].extract_text()


def test_drafts_carry_the_watermark_and_credit_notes_name_the_invoice(demo):
    issued = list_invoices(demo.open_uow, state=InvoiceState.ISSUED)
    [credit] = [s for s in issued if s.kind is InvoiceKind.CREDIT_NOTE]
    document = invoice_document(demo.open_uow, key=credit.number)
    text = text_of(invoice_pdf(document.invoice, document.company, "es", document.corrected))
    assert "Factura rectificativa" in text and "Rectifica la factura F-" in text
    assert " de fecha " in text and "Motivo: Bonificación por fuga de agua." in text
    assert "Importe a su favor:" in text and "Total a su favor" in text
    draft = replace(document.invoice, state=InvoiceState.DRAFT, number=None, id=1)
    assert "BORRADOR" in text_of(invoice_pdf(draft, document.company, "es"))


def test_a_period_is_exported_to_one_file_per_invoice(demo, tmp_path, capsys):
    assert main(["--db", demo.location, "export", "pdf", "--period", "2026-09", "--out",
                 str(tmp_path)]) == 0  # fmt: skip
    files = sorted(p.name for p in tmp_path.glob("*.pdf"))
    assert len(files) == 240 and all(name.isascii() for name in files)
    assert files[0].startswith("F-2026-0") and "_" in files[0]


def test_unit_prices_and_money_are_exact_decimals_on_paper(demo):
    document = invoice_document(demo.open_uow, key=first_paid_water_invoice(demo).number)
    odd = RatedLine("per_unit", "Energía", "per_unit", Decimal("3"), Decimal("0.1450"),
                    Decimal("0.44"))  # fmt: skip
    invoice = replace(document.invoice, lines=(InvoiceLine("", odd),))
    text = text_of(invoice_pdf(invoice, document.company, "es"))
    assert "3 × 0,145 € = 0,44 €" in text
    assert date.today()  # the document does not depend on today's date
