"""The Billing page: a month billed in the window, what the reads said, then issued."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from usagebill_desktop.domain.invoices import InvoiceState, month_span
from usagebill_desktop.services.billing import run_billing
from usagebill_desktop.services.invoices import list_invoices
from usagebill_desktop.ui.formatting import Formatter
from usagebill_desktop.ui.pages.billing_page import BillingPage

from ..conftest import TODAY


def _page(demo, qtbot) -> BillingPage:
    page = BillingPage(demo.open_uow, Formatter("en_GB"), today=TODAY)
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    return page


def _drafts(demo) -> list:
    return list(list_invoices(demo.open_uow, state=InvoiceState.DRAFT))


def test_a_month_is_billed_its_findings_listed_and_its_drafts_issued(
    demo, qtbot, english, monkeypatch
):
    page = _page(demo, qtbot)
    assert page.month.currentText() == "October 2026"  # last month, the one to bill
    assert not page.issue_button.isEnabled()
    qtbot.mouseClick(page.run_button, Qt.MouseButton.LeftButton)
    page.refresh()  # the window refreshes a page whenever it is shown, even mid-run
    assert not (page.month.isEnabled() or page.run_button.isEnabled()
                or page.issue_button.isEnabled())  # fmt: skip
    qtbot.waitUntil(
        lambda: page.run_button.isEnabled() and bool(page.summary.text()), timeout=30_000
    )
    drafts = _drafts(demo)
    total = sum(d.total for d in drafts)
    assert len(drafts) == 240
    assert page.summary.text().startswith(f"October 2026: 240 drafts, total €{total:,}")
    assert page.status.text().startswith("Billed October 2026: review the drafts")
    again = run_billing(demo.open_uow, period=month_span(2026, 10), today=TODAY)  # the same run
    listed = [page.findings.item(row, 0).text() for row in range(page.findings.rowCount())]
    assert listed == [f.meter_serial for f in (*again.blocked, *again.warnings)]
    said = [page.findings.item(row, 1).text() for row in range(len(listed))]
    units = [again.units[serial] for serial in listed]
    assert all(f"\xa0{unit}" in text for unit, text in zip(units, said, strict=True))
    assert page.issue_button.isEnabled() and page.issue_button.text() == "&Issue 240 drafts…"

    monkeypatch.setattr(QMessageBox, "question", lambda *_: QMessageBox.StandardButton.No)
    qtbot.mouseClick(page.issue_button, Qt.MouseButton.LeftButton)
    assert len(_drafts(demo)) == 240  # declined: nothing issued

    monkeypatch.setattr(QMessageBox, "question", lambda *_: QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(page.issue_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.status.text().startswith("Issued 240 invoices"), timeout=30_000)
    assert _drafts(demo) == [] and not page.issue_button.isEnabled()


def test_the_billing_page_opens_from_the_sidebar(window):
    page = window.show_page("billing")
    assert window.stack.currentWidget() is page and page.month.count() == 24


def test_a_failed_run_changes_nothing_and_clears_what_an_earlier_run_found(
    demo, qtbot, english, monkeypatch
):
    page = _page(demo, qtbot)
    page.summary.setText("October 2026: 240 drafts")
    page.findings.setRowCount(3)

    def broken(*_, **__):
        raise RuntimeError("the disk is full")

    monkeypatch.setattr("usagebill_desktop.ui.pages.billing_page.run_billing", broken)
    qtbot.mouseClick(page.run_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.status.text().startswith("Nothing was changed"), timeout=10_000)
    assert page.summary.text() == "" and page.findings.rowCount() == 0
    assert page.run_button.isEnabled() and page.month.isEnabled() and _drafts(demo) == []
