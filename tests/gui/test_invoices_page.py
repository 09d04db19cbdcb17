"""The Invoices page: the list, the PDF itself beside it, printing, saving, and a
period exported to a folder on all cores."""

from datetime import date

import pypdfium2 as pdfium
from PySide6.QtCore import QDate
from PySide6.QtPrintSupport import QPrinter

from usagebill_desktop.domain.invoices import month_span
from usagebill_desktop.services.documents import period_invoice_keys
from usagebill_desktop.ui.pdf_view import print_pdf


def _show_first(page, qtbot, search: str = ""):
    if search:
        page.list.ui.searchEdit.setText(search)
        qtbot.waitUntil(lambda: page.list.model.rowCount() == 1, timeout=3000)
    page.list.ui.table.selectRow(0)
    qtbot.waitUntil(lambda: page.view.page_count() > 0, timeout=10000)
    return page.list.selected_row()


def test_selecting_an_invoice_shows_its_pdf_ready_to_print_and_save(window, qtbot, tmp_path):
    page = window.show_page("invoices")
    assert page.list.model.rowCount() > 5000  # the demo's 22 months
    shown = _show_first(page, qtbot, search="F-2026-00010")
    assert shown.number == "F-2026-00010"
    assert page.caption.text().startswith(f"F-2026-00010 · {shown.customer.name} · 1 page")
    assert page.print_button.isEnabled() and page.save_button.isEnabled()
    page.save_to(tmp_path / "copy.pdf")
    saved = pdfium.PdfDocument(tmp_path / "copy.pdf")
    assert "F-2026-00010" in saved[0].get_textpage().get_text_range()
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    assert print_pdf(page.view.pdf, printer) == 1
    assert len(pdfium.PdfDocument(tmp_path / "printed.pdf")) == 1


def test_a_period_exports_to_a_folder_with_a_combined_file(window, qtbot, tmp_path, demo):
    from usagebill_desktop.ui.dialogs.export_pdf_dialog import ExportPdfDialog

    page = window.show_page("invoices")
    dialog = ExportPdfDialog(demo.open_uow, page._open_factory, tmp_path, date(2026, 9, 1), page)
    qtbot.addWidget(dialog)
    assert dialog.month.date() == QDate(2026, 9, 1)
    finished = []
    dialog.export(on_finished=lambda: finished.append(True))
    qtbot.waitUntil(lambda: bool(finished), timeout=60000)
    expected = period_invoice_keys(demo.open_uow, period=month_span(2026, 9))
    result = dialog.result_
    assert result is not None and len(result.written) == len(expected) and not result.failed
    assert (tmp_path / "invoices-2026-09.pdf").exists()
    assert dialog.status.text().startswith(f"{len(expected)} PDF files written.")
