"""Number formats: Settings keeps the books' numbers unique and within their column, and
a number never takes a PDF outside the folder chosen for it."""

from dataclasses import replace
from datetime import date

import pytest

from usagebill_desktop.domain.company import NUMBER_LENGTH
from usagebill_desktop.domain.errors import InvalidValue
from usagebill_desktop.domain.invoices import InvoiceState, month_span
from usagebill_desktop.exporters.invoice_pdf import pdf_file_name, write_invoice_pdf
from usagebill_desktop.persistence.tables import InvoiceRow
from usagebill_desktop.sentences import error_sentence
from usagebill_desktop.services.billing import run_billing
from usagebill_desktop.services.company import get_company, save_company
from usagebill_desktop.services.documents import invoice_document
from usagebill_desktop.services.invoices import issue_invoices, list_invoices

from ..conftest import TODAY
from .test_billing import bill_and_issue, read

BROKEN = ("F-{seq}", "F-{year}-{seq:05}", "F/{year}/{seq}", "../x/F{year}-{seq}", "{seq:>1000000}")


@pytest.mark.parametrize("template", BROKEN)
def test_settings_refuse_a_format_that_breaks_the_books_and_keep_the_old_one(demo, template):
    before = get_company(demo.open_uow)
    with pytest.raises(InvalidValue) as caught:
        save_company(demo.open_uow, profile=replace(before, invoice_number_format=template))
    assert caught.value.field == "invoice_number_format"
    assert str(caught.value).count(".") <= 1  # one sentence ("single dots" aside)
    assert get_company(demo.open_uow) == before


def test_the_longest_number_checked_is_the_one_the_books_hold():
    assert InvoiceRow.__table__.c.number.type.length == NUMBER_LENGTH


@pytest.mark.parametrize("stored", ["../x/F2026-1", "..\\x\\F2026-1", "/tmp/F2026-1", "..", ""])
def test_a_pdf_stays_in_the_chosen_folder_whatever_number_was_stored(demo, tmp_path, stored):
    issued = list_invoices(demo.open_uow, state=InvoiceState.ISSUED)[0]
    document = invoice_document(demo.open_uow, key=issued.number)
    odd = replace(document, invoice=replace(document.invoice, number=stored or None))
    folder = tmp_path / "chosen"
    folder.mkdir()
    written = write_invoice_pdf(odd, folder)
    assert written.parent == folder and written.resolve().parent == folder.resolve()
    assert [p.name for p in folder.iterdir()] == [written.name]
    assert not written.name.startswith(".") and "\\" not in written.name
    assert pdf_file_name(odd.invoice) == written.name


def test_a_format_that_spells_an_earlier_series_number_is_refused_before_anything_is_numbered(
    village,
):
    # February is issued as F-2026-00001; F-{year}-000{seq:02d} is a new series whose first
    # number is spelled the same. Nothing may be numbered twice, nor half-issued.
    read(village, 99_980, date(2026, 2, 1))
    bill_and_issue(village, 2026, 2)
    read(village, 99_990, date(2026, 3, 1))
    run_billing(village.open_uow, period=month_span(2026, 3), today=TODAY)
    drafts = [i.id for i in list_invoices(village.open_uow, state=InvoiceState.DRAFT)]
    before = get_company(village.open_uow)
    assert before.invoice_number_format == "F-{year}-{seq:05d}" and drafts
    save_company(
        village.open_uow, profile=replace(before, invoice_number_format="F-{year}-000{seq:02d}")
    )
    with pytest.raises(InvalidValue) as caught:
        issue_invoices(village.open_uow, ids=drafts, issue_date=date(2026, 3, 28), today=TODAY)
    assert caught.value.field == "invoice_number_format"
    assert error_sentence(caught.value, "en") == (
        "Invoice number format: F-{year}-000{seq:02d} would give F-2026-00001, which another "
        "document already has; choose a format in Settings that no other series spells the "
        "same way"
    )
    assert len(list_invoices(village.open_uow, state=InvoiceState.DRAFT)) == len(drafts)
