"""Reports: the chosen dates' totals on screen, then the workbook exported and openable."""

from datetime import date
from decimal import Decimal

from openpyxl import load_workbook

from usagebill_desktop.domain.invoices import InvoiceState
from usagebill_desktop.services.invoices import list_invoices


def test_the_totals_show_and_the_workbook_exports(window, qtbot, demo, tmp_path):
    page = window.show_page("reports")
    page.set_span(date(2026, 10, 1), date(2026, 10, 31))
    page.refresh()
    issued = [s for s in list_invoices(demo.open_uow) if s.state is not InvoiceState.DRAFT
              and date(2026, 10, 1) <= s.issue_date <= date(2026, 10, 31)]  # fmt: skip
    total = sum((s.total for s in issued), Decimal(0))
    qtbot.waitUntil(lambda: page.figures["total"].text() == f"€{total:,.2f}", timeout=10000)
    assert page.figures["documents"].text() == f"{len(issued)} invoices"
    assert page.taxes.rowCount() == 2  # water at 10 %, co-working at 21 %
    page.export_xlsx(tmp_path / "books.xlsx")
    qtbot.waitUntil(lambda: page.open_button.isEnabled(), timeout=30000)
    assert page.status.text() == f"Exported to {tmp_path / 'books.xlsx'}"
    book = load_workbook(tmp_path / "books.xlsx", read_only=True)
    assert "Facturas" in book.sheetnames  # in the company's language, for its bookkeeper
    book.close()
