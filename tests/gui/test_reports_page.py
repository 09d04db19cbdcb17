"""Reports: the chosen dates' totals on screen, then the workbook exported and openable;
a failure says why and leaves the page usable."""

import threading
from datetime import date
from decimal import Decimal

from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from usagebill_desktop.bootstrap import database_url, open_workspace
from usagebill_desktop.domain.errors import InvalidValue, NotFound
from usagebill_desktop.domain.invoices import InvoiceState
from usagebill_desktop.services.invoices import list_invoices
from usagebill_desktop.ui import styles
from usagebill_desktop.ui.formatting import Formatter
from usagebill_desktop.ui.pages.reports_page import ReportsPage
from usagebill_desktop.ui.table_model import RIGHT

PAGE = "usagebill_desktop.ui.pages.reports_page"


def _click(qtbot, button) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _spanish_page(demo, qtbot) -> ReportsPage:
    page = ReportsPage(demo.open_uow, Formatter("es_ES"))
    qtbot.addWidget(page)
    page.show()
    return page


def test_the_totals_show_and_the_workbook_exports(
    window, qtbot, demo, tmp_path, monkeypatch, qtmodeltester
):
    page = window.show_page("reports")
    page.set_span(date(2026, 10, 1), date(2026, 10, 31))
    issued = [
        s
        for s in list_invoices(demo.open_uow)
        if s.state is not InvoiceState.DRAFT
        and date(2026, 10, 1) <= s.issue_date <= date(2026, 10, 31)
    ]
    total = sum((s.total for s in issued), Decimal(0))
    qtbot.waitUntil(lambda: page.figures["total"].text() == f"€{total:,.2f}", timeout=10000)
    assert page.figures["documents"].text() == f"{len(issued)} invoices"
    taxes = page.taxes_model
    qtmodeltester.check(taxes)
    assert taxes.rowCount() == 2  # water at 10 %, co-working at 21 %
    assert [taxes.index(0, c).data() for c in (0, 1)] == ["Invoices", "IVA 10 %"]
    assert taxes.index(0, 3).data().startswith("€")
    assert taxes.index(0, 3).data(Qt.ItemDataRole.TextAlignmentRole) == RIGHT
    chosen = tmp_path / "books.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(chosen), ""))
    with qtbot.waitSignal(page.exporting.succeeded, timeout=30000):
        _click(qtbot, page.xlsx_button)
        assert not (page.xlsx_button.isEnabled() or page.csv_button.isEnabled())
        assert page.status.text() == "Exporting…"
    assert page.xlsx_button.isEnabled() and page.open_button.isEnabled()
    assert page.status.text() == f"Exported to {chosen}"
    assert window.statusBar().currentMessage() == f"Exported to {chosen}"
    book = load_workbook(chosen, read_only=True)
    assert "Facturas" in book.sheetnames  # in the company's language, for its bookkeeper
    book.close()


def test_a_failed_refresh_says_why_and_the_page_stays_usable(demo, qtbot, spanish, monkeypatch):
    page = _spanish_page(demo, qtbot)

    def refused(*_, **__):
        raise InvalidValue(field="date", reason="required")

    monkeypatch.setattr(f"{PAGE}.books_totals", refused)
    with qtbot.waitSignal(page.adding_up.failed, timeout=10000):
        page.set_span(date(2026, 9, 2), date(2026, 10, 30))  # the page adds up on its own
    assert page.status.text() == "No se han podido calcular los totales: Fecha: obligatorio"
    assert page.figures["total"].text() == "" and page.taxes_model.rowCount() == 0
    usable = (
        page.first,
        page.last,
        page.xlsx_button,
        page.csv_button,
        page.taxes,
        *page.figures.values(),
    )
    assert all(widget.isEnabled() for widget in usable)
    monkeypatch.undo()
    with qtbot.waitSignal(page.adding_up.succeeded, timeout=10000):
        page.set_span(date(2026, 9, 3), date(2026, 10, 30))
    assert page.figures["total"].text().endswith("€") and page.status.text() == ""


def test_a_failed_export_says_why_in_spanish_and_can_be_tried_again(
    demo, qtbot, spanish, monkeypatch, tmp_path
):
    page = _spanish_page(demo, qtbot)
    chosen = tmp_path / "libros.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(chosen), ""))
    release = threading.Event()

    def missing(*_, **__):
        release.wait(10)
        raise NotFound(what="invoice", key="F-2026-00001")

    monkeypatch.setattr(f"{PAGE}.export_books", missing)
    with qtbot.waitSignal(page.exporting.failed, timeout=10000):
        _click(qtbot, page.xlsx_button)
        assert not (page.xlsx_button.isEnabled() or page.csv_button.isEnabled())
        release.set()
    assert page.status.text() == "La exportación falló: No existe la factura F-2026-00001."
    assert page.status.styleSheet() == styles.PROBLEM
    assert page.xlsx_button.isEnabled() and page.csv_button.isEnabled()
    assert not page.open_button.isEnabled() and not chosen.exists()


def test_a_damaged_database_is_reported_and_the_page_stays_usable(qtbot, spanish, tmp_path):
    path = tmp_path / "work.db"
    workspace = open_workspace(database_url(str(path)))
    page = ReportsPage(workspace.open_uow, Formatter("es_ES"))
    qtbot.addWidget(page)
    workspace.close()
    for leftover in tmp_path.glob("work.db-*"):
        leftover.unlink()
    path.write_bytes(b"not a database, " * 1000)  # e.g. a file copied over it by mistake
    with qtbot.waitSignal(page.adding_up.failed, timeout=10000):
        page.set_span(date(2026, 9, 2), date(2026, 10, 30))
    assert page.status.text() == (
        "No se han podido calcular los totales: "
        "el archivo de datos está dañado o no es una base de datos de usagebill"
    )
    assert page.first.isEnabled() and page.xlsx_button.isEnabled()
