"""The Invoices page: the list, the PDF itself beside it, printing, saving, and a
period exported to a folder on all cores."""

from datetime import date
from functools import partial

import pypdfium2 as pdfium
from PySide6.QtCore import QDate, Qt
from PySide6.QtPrintSupport import QPrinter

from usagebill_desktop.bootstrap import open_for_worker
from usagebill_desktop.domain.errors import NotFound
from usagebill_desktop.domain.invoices import month_span
from usagebill_desktop.services.documents import period_invoice_keys
from usagebill_desktop.ui import styles
from usagebill_desktop.ui.formatting import Formatter
from usagebill_desktop.ui.main_window import MainWindow
from usagebill_desktop.ui.pdf_view import print_pdf


def _click_first_row(page, qtbot) -> None:
    table = page.list.ui.table
    where = table.visualRect(page.list.model.index(0, 0)).center()
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=where)


def test_selecting_an_invoice_shows_its_pdf_ready_to_print_and_save(window, qtbot, tmp_path):
    page = window.show_page("invoices")
    assert page.list.model.rowCount() > 5000  # the demo's 22 months
    page.list.ui.searchEdit.setText("F-2026-00010")
    qtbot.waitUntil(lambda: page.list.model.rowCount() == 1, timeout=3000)
    with qtbot.waitSignal(page.preparing.succeeded, timeout=10000):
        _click_first_row(page, qtbot)
        assert page.caption.text() == "Preparing F-2026-00010…"
        assert not (page.print_button.isEnabled() or page.save_button.isEnabled())
    shown = page.list.selected_row()
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


def test_an_invoice_that_cannot_be_made_says_why_in_spanish(qtbot, demo, spanish, monkeypatch):
    def missing(*_, key, **__):
        raise NotFound(what="invoice", key=key)

    monkeypatch.setattr("usagebill_desktop.ui.pages.invoices_page.invoice_document", missing)
    window = MainWindow(demo.open_uow, location=demo.location, formatter=Formatter("es_ES"),
                        open_factory=partial(open_for_worker, demo.url))  # fmt: skip
    qtbot.addWidget(window)
    page = window.show_page("invoices")
    page.list.ui.searchEdit.setText("F-2026-00010")
    qtbot.waitUntil(lambda: page.list.model.rowCount() == 1, timeout=3000)
    window.show()
    with qtbot.waitSignal(page.preparing.failed, timeout=10000):
        _click_first_row(page, qtbot)
    assert page.caption.text() == (
        "No se puede mostrar esta factura: No existe la factura F-2026-00010."
    )
    assert page.caption.styleSheet() == styles.PROBLEM
    assert not page.print_button.isEnabled() and page.view.pdf is None


def test_a_period_exports_to_a_folder_with_a_combined_file(window, qtbot, tmp_path, demo):
    from usagebill_desktop.ui.dialogs.export_pdf_dialog import ExportPdfDialog

    page = window.show_page("invoices")
    dialog = ExportPdfDialog(demo.open_uow, page._open_factory, tmp_path, date(2026, 9, 1), page)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.month.date() == QDate(2026, 9, 1)
    with qtbot.waitSignal(dialog.exporting.succeeded, timeout=60000):
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
        assert not (dialog.export_button.isEnabled() or dialog.month.isEnabled())
    expected = period_invoice_keys(demo.open_uow, period=month_span(2026, 9))
    result = dialog.result_
    assert result is not None and len(result.written) == len(expected) and not result.failed
    assert (tmp_path / "invoices-2026-09.pdf").exists()
    assert dialog.status.text().startswith(f"{len(expected)} PDF files written.")
    assert not dialog.progress.isVisible()


def test_cancel_stops_a_period_export_after_the_invoices_being_written(
    window, qtbot, tmp_path, demo
):
    from usagebill_desktop.ui.dialogs.export_pdf_dialog import ExportPdfDialog

    page = window.show_page("invoices")
    dialog = ExportPdfDialog(demo.open_uow, page._open_factory, tmp_path, date(2026, 9, 1), page)
    qtbot.addWidget(dialog)
    dialog.show()
    cancel = dialog.buttons.button(dialog.buttons.StandardButton.Cancel)
    with qtbot.waitSignal(dialog.exporting.progressed, timeout=60000):
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(dialog.exporting.succeeded, timeout=60000):
        qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
        assert dialog.status.text() == "Stopping after the invoices being written…"
    expected = period_invoice_keys(demo.open_uow, period=month_span(2026, 9))
    result = dialog.result_
    assert result is not None and result.cancelled and len(result.written) < len(expected)
    assert "Cancelled: the rest were not written." in dialog.status.text()
    assert dialog.isVisible()  # Cancel stopped the work; it did not close the dialog


def test_a_period_without_invoices_says_so_and_can_be_changed(window, qtbot, tmp_path, demo):
    from usagebill_desktop.ui.dialogs.export_pdf_dialog import ExportPdfDialog

    page = window.show_page("invoices")
    dialog = ExportPdfDialog(demo.open_uow, page._open_factory, tmp_path, date(2020, 1, 1), page)
    qtbot.addWidget(dialog)
    dialog.show()
    with qtbot.waitSignal(dialog.finding.succeeded, timeout=10000):
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert dialog.status.text() == "There are no invoices for this period."
    assert dialog.export_button.isEnabled() and dialog.month.isEnabled()
    assert not dialog.exporting.running and dialog.result_ is None
