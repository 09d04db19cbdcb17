"""PDF invoices: what a customer reads, in their language, and pages that flow."""

from dataclasses import replace
from datetime import date
from decimal import Decimal
from io import BytesIO
from pathlib import Path

import pytest
from pypdf import PdfReader

from usagebill_desktop.domain.invoices import InvoiceKind, InvoiceLine, InvoiceState, month_span
from usagebill_desktop.domain.line_details import PerUnitDetails
from usagebill_desktop.domain.rating import RatedLine
from usagebill_desktop.exporters.invoice_pdf import invoice_pdf
from usagebill_desktop.services.customers import get_customer, update_customer
from usagebill_desktop.services.documents import invoice_document
from usagebill_desktop.services.invoices import get_invoice, list_invoices
from usagebill_desktop.services.ports import PeerCache
from usagebill_desktop.services.tariffs import get_tariff, import_tariff
from usagebill_desktop.services.usage import compare_use


def text_of(pdf: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(BytesIO(pdf)).pages)


def first_paid_water_invoice(demo):
    issued = list_invoices(demo.open_uow, state=InvoiceState.ISSUED)
    return next(s for s in issued if s.customer.account == "000010")


@pytest.mark.parametrize(
    ("language", "words", "total"),
    [
        ("es", ("Factura", "Base imponible", "Forma de pago"), "{:,.2f} €"),
        ("en", ("Invoice", "Subtotal (tax base)", "How to pay"), "€{:,.2f}"),
    ],
)
def test_the_pdf_says_who_what_and_how_much_in_the_customers_language(demo, language, words, total):
    summary = first_paid_water_invoice(demo)
    document = invoice_document(demo.open_uow, key=summary.number)
    text = text_of(invoice_pdf(replace(document, language=language)))
    meter = document.invoice.blocks[0].meter_serial
    for word in (*words, summary.number, summary.customer.name, meter):
        assert word in text
    amounts = [line.rated.amount for line in document.invoice.lines]
    shown = total.format(document.invoice.total)
    if language == "es":
        shown = shown.replace(",", "_").replace(".", ",").replace("_", ".")
    assert shown in text
    assert all(f"{a:.2f}".replace(".", "," if language == "es" else ".") in text for a in amounts)
    meta = PdfReader(BytesIO(invoice_pdf(replace(document, language=language)))).metadata
    assert meta.title.endswith(summary.number) and meta.author == document.company.name


def test_a_long_invoice_flows_onto_more_pages_with_page_numbers(demo):
    document = invoice_document(demo.open_uow, key=first_paid_water_invoice(demo).number)
    line = document.invoice.lines[0]
    many = tuple(
        InvoiceLine(line.meter_serial, replace(line.rated, label=f"Cargo {n}")) for n in range(60)
    )
    long_invoice = replace(document.invoice, lines=many)
    pdf = invoice_pdf(replace(document, invoice=long_invoice, language="es"))
    pages = PdfReader(BytesIO(pdf)).pages
    assert len(pages) >= 2
    assert "Página 2 de" in pages[1].extract_text() and "Concepto" in pages[1].extract_text()


def test_drafts_carry_the_watermark_and_credit_notes_name_the_invoice(demo):
    issued = list_invoices(demo.open_uow, state=InvoiceState.ISSUED)
    [credit] = [s for s in issued if s.kind is InvoiceKind.CREDIT_NOTE]
    document = invoice_document(demo.open_uow, key=credit.number)
    text = text_of(invoice_pdf(replace(document, language="es")))
    assert "Factura rectificativa" in text and "Rectifica la factura F-" in text
    assert " de fecha " in text and "Motivo: Bonificación por fuga de agua." in text
    assert "a su favor, que se descontará de su próxima factura" in text
    assert "Total a su favor" in text and "-" not in text.split("Total a su favor")[1][:12]
    draft = replace(document.invoice, state=InvoiceState.DRAFT, number=None, id=1)
    assert "BORRADOR" in text_of(invoice_pdf(replace(document, invoice=draft, language="es")))


def test_a_period_is_exported_to_one_file_per_invoice(september_pdfs):
    assert september_pdfs.code == 0 and september_pdfs.err == ""
    *printed, combined = september_pdfs.out.splitlines()
    files = [Path(line) for line in printed]
    assert [f.name.split("_")[0] for f in files] == september_pdfs.keys  # in number order
    assert sorted(files) == sorted(september_pdfs.folder.glob("*.pdf"))
    assert all(f.name.isascii() and f.name.startswith("F-2026-0") for f in files)
    assert combined == f"combined: {september_pdfs.combined}"


def test_unit_prices_and_money_are_exact_decimals_on_paper(demo):
    document = invoice_document(demo.open_uow, key=first_paid_water_invoice(demo).number)
    odd = RatedLine(
        "per_unit", "Energía", Decimal("3"), Decimal("0.1450"), Decimal("0.44"), PerUnitDetails()
    )
    invoice = replace(document.invoice, lines=(InvoiceLine("", odd),))
    text = text_of(invoice_pdf(replace(document, invoice=invoice, language="es")))
    assert "3 × 0,145 € = 0,44 €" in text


def test_the_pdf_is_dated_the_day_the_invoice_was_issued_not_the_day_it_is_printed(demo):
    document = invoice_document(demo.open_uow, key=first_paid_water_invoice(demo).number)
    issued, due = date(2025, 3, 14), date(2025, 4, 13)  # long before any day the suite runs
    invoice = replace(document.invoice, issue_date=issued, due_date=due)
    text = text_of(invoice_pdf(replace(document, invoice=invoice, language="es")))
    assert "Fecha de emisión: 14 mar 2025" in text and "Vencimiento: 13 abr 2025" in text


def latest_water_invoice(demo):
    issued = list_invoices(demo.open_uow, state=InvoiceState.ISSUED)
    return [s for s in issued if s.customer.account == "000010"][-1]


def test_the_customer_sees_their_use_against_their_past_and_similar_customers(demo):
    document = invoice_document(demo.open_uow, key=latest_water_invoice(demo).number)
    [usage] = document.usage
    block = document.invoice.blocks[0]
    assert usage.trend.current.quantity == block.consumption.quantity
    assert len(usage.trend.points) == 13 and usage.peers is not None
    text = text_of(invoice_pdf(replace(document, language="en"))).replace("\xa0", " ")
    days = block.consumption.span.days
    assert f"{block.consumption.quantity.normalize():f} m³ in {days} days" in text
    assert "Against the previous period" in text and "% per day" in text
    assert "customers on the same tariff" in text
    assert "The most efficient 25% of customers" in text
    without_peers = replace(document, usage=(replace(usage, peers=None),))
    assert "same tariff" not in text_of(invoice_pdf(without_peers))


def test_switching_the_comparison_off_leaves_it_out_of_drafts_not_of_what_was_issued(demo):
    from usagebill_desktop.services.billing import run_billing
    from usagebill_desktop.services.company import get_company, save_company

    profile = get_company(demo.open_uow)
    save_company(demo.open_uow, profile=replace(profile, compare_with_peers=False))
    run_billing(demo.open_uow, period=month_span(2026, 10), today=date(2026, 11, 24))
    summary = first_paid_water_invoice(demo)
    [draft] = [
        s
        for s in list_invoices(demo.open_uow, state=InvoiceState.DRAFT)
        if s.customer.account == summary.customer.account
    ]
    assert invoice_document(demo.open_uow, key=str(draft.id)).usage[0].peers is None
    issued = invoice_document(demo.open_uow, key=summary.number)
    assert issued.usage[0].peers is not None  # an issued invoice prints as it was issued


def test_a_missing_logo_is_a_warning_and_the_invoice_still_prints(demo, tmp_path):
    document = invoice_document(demo.open_uow, key=first_paid_water_invoice(demo).number)
    company = replace(document.company, logo_path=str(tmp_path / "logo.png"))
    warnings: list[str] = []
    pdf = invoice_pdf(replace(document, company=company, language="en"), warnings.append)
    assert document.invoice.number in text_of(pdf)
    assert warnings == [
        f"The logo {tmp_path / 'logo.png'} cannot be read (no such file); "
        "the invoice is printed without it."
    ]


def test_the_note_and_legal_footer_print_and_letter_paper_is_letter(demo):
    document = invoice_document(demo.open_uow, key=first_paid_water_invoice(demo).number)
    company = replace(
        document.company,
        invoice_note="Oficina abierta de 9 a 14 h.",
        invoice_footer="Inscrita en el Registro de Cooperativas, hoja 123.",
        paper_size="Letter",
    )
    line = document.invoice.lines[0]
    many = tuple(InvoiceLine(line.meter_serial, line.rated) for _ in range(60))
    pdf = invoice_pdf(
        replace(
            document, company=company, language="es", invoice=replace(document.invoice, lines=many)
        )
    )
    pages = PdfReader(BytesIO(pdf)).pages
    assert len(pages) >= 2 and float(pages[0].mediabox.width) == 612  # 8.5 in
    assert all("Registro de Cooperativas, hoja 123." in page.extract_text() for page in pages)
    assert "Oficina abierta de 9 a 14 h." in text_of(pdf)


def test_a_batch_asks_for_similar_customers_once_and_gets_the_same_answer(demo):
    period = latest_water_invoice(demo).period
    same = [
        s.number
        for s in list_invoices(demo.open_uow, state=InvoiceState.ISSUED)
        if s.period == period and s.number.startswith("F-")
    ][:12]
    printed: dict = {}
    batched = [invoice_document(demo.open_uow, key=k, peers=printed) for k in same]
    alone = [invoice_document(demo.open_uow, key=k) for k in same]
    assert batched == alone
    assert printed == {}  # issued invoices print the numbers they kept: nothing to ask
    stored = [get_invoice(demo.open_uow, key=k) for k in same]  # documents say names in English
    tariffs = {b.tariff for i in stored for b in i.blocks if b.consumption.segments}
    cache: PeerCache = {}
    with demo.open_uow() as uow:  # as issuing (or a draft's document) compares them
        compare_use(uow.usage, uow.usage.billed([i.id for i in stored]), compare=True, cache=cache)
    assert len(cache) == len(tariffs) < len(same)  # one question per tariff, not per invoice


def test_an_english_customer_reads_the_spanish_tariffs_words_in_english(demo):
    # The demo's tariffs are written in Spanish, with English translations.
    documents = (
        invoice_document(demo.open_uow, key=s.number)
        for s in reversed(list_invoices(demo.open_uow, state=InvoiceState.ISSUED))
        if s.number.startswith("F-")
    )
    printing = {}
    for document in documents:
        tariffs = {b.tariff for b in document.invoice.blocks}
        if tariffs & {"Printing – packs of 100", "Impresión – packs de 100"}:
            printing.setdefault(document.language, document)
        if len(printing) == 2:
            break
    english, spanish = text_of(invoice_pdf(printing["en"])), text_of(invoice_pdf(printing["es"]))
    assert "Printing – packs of 100" in english and "pages" in english
    assert "Impresión" not in english and " pág" not in english
    assert "Impresión – packs de 100" in spanish and " pág" in spanish
    assert [line.rated.label for line in printing["en"].invoice.lines][:1] == ["Printing"]


def test_a_reprint_says_what_the_invoice_said_whatever_changed_since(demo):
    english = next(
        s
        for s in reversed(list_invoices(demo.open_uow, state=InvoiceState.ISSUED))
        if s.number.startswith("F-")
        and invoice_document(demo.open_uow, key=s.number).language == "en"
    )
    before = text_of(invoice_pdf(invoice_document(demo.open_uow, key=english.number)))
    customer = get_customer(demo.open_uow, account=english.customer.account)
    update_customer(
        demo.open_uow,
        account=customer.account,
        name=customer.name,
        tax_id=customer.tax_id,
        address=customer.address,
        email=customer.email,
        language="es",
    )
    tariffs = {b.tariff for b in get_invoice(demo.open_uow, key=english.number).blocks}
    for name in tariffs:  # and the tariffs' English reworded
        tariff = get_tariff(demo.open_uow, name=name)
        reworded = {k: v.upper() for k, v in tariff.translations["en"].items()}
        import_tariff(demo.open_uow, tariff=replace(tariff, translations={"en": reworded}))
    after = invoice_pdf(invoice_document(demo.open_uow, key=english.number))
    said = [b.as_said().tariff for b in get_invoice(demo.open_uow, key=english.number).blocks]
    assert all(name in before and name in text_of(after) for name in said)
    assert all(name.upper() not in text_of(after) for name in said if name != name.upper())
