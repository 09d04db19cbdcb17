"""The Invoices page: the list, the PDF itself beside it, printing, saving, and a
period exported to a folder on all cores."""

from datetime import date
from decimal import Decimal
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from PySide6.QtCore import QDate, QPoint, Qt
from PySide6.QtPrintSupport import QPrinter

from usagebill_desktop.domain.errors import NotFound
from usagebill_desktop.domain.invoices import InvoiceState, InvoiceStatus, month_span, status
from usagebill_desktop.importers.tariff_file import read_tariff_file
from usagebill_desktop.services.billing import run_billing
from usagebill_desktop.services.customers import add_customer
from usagebill_desktop.services.documents import period_invoice_keys
from usagebill_desktop.services.invoices import issue_invoices, list_invoices
from usagebill_desktop.services.meters import add_meter
from usagebill_desktop.services.readings import record_reading
from usagebill_desktop.services.tariffs import assign_tariff, import_tariff
from usagebill_desktop.ui import styles
from usagebill_desktop.ui.dialogs.export_pdf_dialog import ExportPdfDialog
from usagebill_desktop.ui.pdf_view import print_pdf

from ..conftest import TODAY
from .conftest import open_window, type_date

EXAMPLES = Path(__file__).resolve().parents[2] / "docs" / "examples"
WATER = "Water – domestic 2026"


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
    window = open_window(qtbot, demo, "es_ES")
    page = window.show_page("invoices")
    page.list.ui.searchEdit.setText("F-2026-00010")
    qtbot.waitUntil(lambda: page.list.model.rowCount() == 1, timeout=3000)
    with qtbot.waitSignal(page.preparing.failed, timeout=10000):
        _click_first_row(page, qtbot)
    assert page.caption.text() == (
        "No se puede mostrar esta factura: No existe la factura F-2026-00010."
    )
    assert page.caption.styleSheet() == styles.PROBLEM
    assert not page.print_button.isEnabled() and page.view.pdf is None


def _export_dialog(page, qtbot, monkeypatch, act=lambda dialog: None) -> ExportPdfDialog:
    """Click the page's export button; the dialog opens with what the page hands it, and
    `act` is what the user does in it before it closes (nothing: it stays open)."""
    opened = []

    def shown(cls, parent, *args):
        dialog = cls(*args, parent)
        qtbot.addWidget(dialog)
        dialog.show()
        opened.append(dialog)
        act(dialog)
        return dialog.result_

    monkeypatch.setattr(ExportPdfDialog, "ask", classmethod(shown))
    qtbot.mouseClick(page.list.ui.addButton, Qt.MouseButton.LeftButton)
    [dialog] = opened
    return dialog


@pytest.fixture
def september(workspace):
    """Three customers billed for September 2026 and issued: a period a test can export."""
    import_tariff(workspace.open_uow, tariff=read_tariff_file(EXAMPLES / "water.json"))
    for n, used in enumerate((12, 7, 30), start=1):
        add_customer(workspace.open_uow, name=f"Customer {n}", account=str(n))
        serial, first = f"WM{n}", date(2026, 9, 1)
        add_meter(
            workspace.open_uow,
            serial=serial,
            customer_account=str(n),
            kind="cumulative",
            unit="m³",
            install_date=first,
            digits=5,
            install_read=Decimal(100),
        )
        assign_tariff(workspace.open_uow, meter=serial, tariff=WATER, valid_from=first)
        record_reading(
            workspace.open_uow,
            meter=serial,
            value=Decimal(100 + used),
            read_on=date(2026, 9, 30),
            today=TODAY,
        )
    run_billing(workspace.open_uow, period=month_span(2026, 9), today=TODAY)
    issue_invoices(workspace.open_uow, all_drafts=True, issue_date=date(2026, 10, 1))
    return workspace


def test_a_period_exports_to_a_folder_with_a_combined_file(
    september, qtbot, tmp_path, english, monkeypatch
):
    window = open_window(qtbot, september)
    page = window.show_page("invoices")
    page.folder = tmp_path / "invoices"
    seen = {}

    def export(dialog) -> None:
        seen["month"] = dialog.month.date()  # the newest invoices' period
        with qtbot.waitSignal(dialog.exporting.succeeded, timeout=20_000):
            qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
            assert not (dialog.export_button.isEnabled() or dialog.month.isEnabled())
        seen["status"] = dialog.status.text()
        assert not dialog.progress.isVisible()

    _export_dialog(page, qtbot, monkeypatch, export)
    folder = tmp_path / "invoices"
    assert seen["month"] == QDate(2026, 9, 1)
    files = sorted(p.name for p in folder.iterdir())
    assert len(files) == 4 and "invoices-2026-09.pdf" in files  # three invoices, one combined
    combined = pdfium.PdfDocument(folder / "invoices-2026-09.pdf")
    texts = [combined[n].get_textpage().get_text_range() for n in range(len(combined))]
    assert [any(f"Customer {n}" in t for t in texts) for n in (1, 2, 3)] == [True] * 3
    assert seen["status"].splitlines() == [
        "3 PDF files written.",
        f"Combined file: {folder / 'invoices-2026-09.pdf'}",
    ]
    assert window.statusBar().currentMessage() == f"3 PDF files written to {folder}"


def test_the_combined_file_is_named_in_spanish(september, qtbot, tmp_path, spanish, monkeypatch):
    window = open_window(qtbot, september, "es_ES")
    page = window.show_page("invoices")
    page.folder = tmp_path / "facturas"

    def export(dialog) -> None:
        with qtbot.waitSignal(dialog.exporting.succeeded, timeout=20_000):
            qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)

    _export_dialog(page, qtbot, monkeypatch, export)
    assert "facturas-2026-09.pdf" in {p.name for p in page.folder.iterdir()}


def test_cancel_stops_a_period_export_after_the_invoices_being_written(
    window, qtbot, tmp_path, demo, monkeypatch
):
    page = window.show_page("invoices")
    page.folder = tmp_path
    dialog = _export_dialog(page, qtbot, monkeypatch)
    cancel = dialog.buttons.button(dialog.buttons.StandardButton.Cancel)
    with qtbot.waitSignal(dialog.exporting.progressed, timeout=60000):
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(dialog.exporting.succeeded, timeout=60000):
        qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
        assert dialog.status.text() == "Stopping after the invoices being written…"
    month = dialog.month.date()
    period = month_span(month.year(), month.month())
    expected = period_invoice_keys(demo.open_uow, period=period)
    result = dialog.result_
    assert result is not None and result.cancelled and len(result.written) < len(expected)
    assert "Cancelled: the rest were not written." in dialog.status.text()
    assert dialog.isVisible()  # Cancel stopped the work; it did not close the dialog


def test_a_period_without_invoices_says_so_and_can_be_changed(window, qtbot, tmp_path, monkeypatch):
    page = window.show_page("invoices")
    page.folder = tmp_path
    dialog = _export_dialog(page, qtbot, monkeypatch)
    type_date(qtbot, dialog.month, QDate(2020, 1, 1))
    with qtbot.waitSignal(dialog.finding.succeeded, timeout=10000):
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert dialog.status.text() == "There are no invoices for this period."
    assert dialog.export_button.isEnabled() and dialog.month.isEnabled()
    assert not dialog.exporting.running and dialog.result_ is None


def test_drafts_filter_status_sort_and_totals_follow_the_database(qtbot, demo, english):
    run_billing(demo.open_uow, period=month_span(2026, 10), today=TODAY)  # October's drafts
    drafts = list_invoices(demo.open_uow, state=InvoiceState.DRAFT)
    window = open_window(qtbot, demo)
    page = window.show_page("invoices")
    table = page.list.ui.table
    assert page.drafts_button.text() == "Drafts (240)"
    qtbot.mouseClick(page.drafts_button, Qt.MouseButton.LeftButton)
    assert page.status_box.currentText() == "Draft"
    assert page.list.model.rowCount() == len(drafts) == 240
    total = sum(d.total for d in drafts)
    assert page.list.ui.countLabel.text() == f"240 documents · total €{total:,}"
    assert {page.list.model.row_at(r).state for r in range(240)} == {InvoiceState.DRAFT}
    # With a customer typed in the search too, the two combine.
    page.list.ui.searchEdit.clear()
    qtbot.keyClicks(page.list.ui.searchEdit, drafts[7].customer.account)
    qtbot.waitUntil(lambda: page.list.model.rowCount() == 1, timeout=3000)
    assert page.list.ui.countLabel.text() == f"1 document · total €{drafts[7].total:,}"
    _click_first_row(page, qtbot)
    with qtbot.waitSignal(page.open_account) as opened:
        qtbot.mouseClick(page.list.ui.editButton, Qt.MouseButton.LeftButton)
    assert opened.args == [drafts[7].customer.account]
    # Every status again, overdue only: the outstanding is what those invoices still owe.
    page.list.ui.searchEdit.clear()
    qtbot.mouseClick(page.drafts_button, Qt.MouseButton.LeftButton)
    page.status_box.setCurrentIndex(page.status_box.findText("Overdue"))
    overdue = [
        s
        for s in list_invoices(demo.open_uow, state=InvoiceState.ISSUED)
        if status(s, date.today()) is InvoiceStatus.OVERDUE
    ]
    qtbot.waitUntil(lambda: page.list.model.rowCount() == len(overdue), timeout=3000)
    owed = sum(s.outstanding for s in overdue)
    assert page.list.ui.countLabel.text().endswith(f"outstanding €{owed:,}")
    # The status column sorts: drafts (what needs the operator) first.
    page.status_box.setCurrentIndex(0)
    header = table.horizontalHeader()
    column = header.logicalIndex(4)
    where = QPoint(header.sectionViewportPosition(column) + 5, header.height() // 2)
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=where)
    if page.list.model.row_at(0).state is not InvoiceState.DRAFT:  # it was sorted descending
        qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=where)
    assert page.list.model.row_at(0).state is InvoiceState.DRAFT
    assert page.list.model.rowCount() > 5000


def test_the_preview_zooms_with_buttons_and_keys_and_fits_the_width_again(window, qtbot):
    window.resize(1366, 768)
    page = window.show_page("invoices")
    with qtbot.waitSignal(page.preparing.succeeded, timeout=10000):
        _click_first_row(page, qtbot)
    fitted = page.view.page_width()
    assert fitted > 300
    qtbot.mouseClick(page.zoom_in_button, Qt.MouseButton.LeftButton)
    assert page.view.page_width() > fitted * 1.2
    assert page.zoom_label.text() == f"{round(page.view.zoom * 100)} %"
    bigger = page.view.page_width()
    page.list.ui.table.setFocus()
    qtbot.keyClick(page.list.ui.table, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(page.list.ui.table, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert page.view.page_width() < bigger / 1.5
    qtbot.mouseClick(page.fit_button, Qt.MouseButton.LeftButton)
    assert page.view.page_width() == fitted
