"""The Billing page: a month billed in the window, what the reads said, then issued."""

import threading

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from usagebill_desktop.domain.consumption import Check, Finding
from usagebill_desktop.domain.errors import InvalidValue
from usagebill_desktop.domain.invoices import InvoiceState, month_span
from usagebill_desktop.services.billing import run_billing
from usagebill_desktop.services.invoices import list_invoices
from usagebill_desktop.ui import styles
from usagebill_desktop.ui.formatting import Formatter
from usagebill_desktop.ui.pages.billing_page import BillingPage, FindingRow
from usagebill_desktop.ui.styles import Tone

from ..conftest import TODAY

RUN_BILLING = "usagebill_desktop.ui.pages.billing_page.run_billing"


def _page(demo, qtbot, locale: str = "en_GB") -> BillingPage:
    page = BillingPage(demo.open_uow, Formatter(locale), today=TODAY)
    qtbot.addWidget(page)
    page.show()
    with qtbot.waitSignal(page.counting.finished, timeout=10_000):
        page.refresh()
    return page


def _click(qtbot, button) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _column(model, column: int) -> list:
    return [model.index(row, column).data() for row in range(model.rowCount())]


def _drafts(demo) -> list:
    return list(list_invoices(demo.open_uow, state=InvoiceState.DRAFT))


def test_a_month_is_billed_its_findings_listed_and_its_drafts_issued(
    demo, qtbot, english, monkeypatch
):
    page = _page(demo, qtbot)
    assert page.month.currentText() == "October 2026"  # last month, the one to bill
    assert not page.issue_button.isEnabled()
    with qtbot.waitSignal(page.billing.succeeded, timeout=30_000):
        _click(qtbot, page.run_button)
        page.refresh()  # the window refreshes a page whenever it is shown, even mid-run
        assert not (
            page.month.isEnabled() or page.run_button.isEnabled() or page.issue_button.isEnabled()
        )
        assert page.status.text() == "Billing October 2026…"
    assert page.run_button.isEnabled() and page.month.isEnabled()
    drafts = _drafts(demo)
    total = sum(d.total for d in drafts)
    assert len(drafts) == 240
    assert page.summary.text().startswith(f"October 2026: 240 drafts, total €{total:,}")
    assert page.status.text().startswith("Billed October 2026: review the drafts")
    again = run_billing(demo.open_uow, period=month_span(2026, 10), today=TODAY)  # the same run
    model = page.findings_model
    listed = _column(model, 0)
    assert listed == [f.meter_serial for f in (*again.blocked, *again.warnings)]
    units = [again.units[serial] for serial in listed]
    assert all(f"\xa0{unit}" in text for unit, text in zip(units, _column(model, 1), strict=True))
    qtbot.waitUntil(lambda: page.issue_button.isEnabled(), timeout=10_000)  # the drafts counted
    assert page.issue_button.text() == "&Issue 240 drafts…"

    monkeypatch.setattr(QMessageBox, "question", lambda *_: QMessageBox.StandardButton.No)
    _click(qtbot, page.issue_button)
    assert len(_drafts(demo)) == 240 and not page.issuing.running  # declined: nothing issued

    monkeypatch.setattr(QMessageBox, "question", lambda *_: QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(page.issuing.succeeded, timeout=30_000):
        _click(qtbot, page.issue_button)
    assert page.status.text().startswith("Issued 240 invoices")
    assert _drafts(demo) == []
    with qtbot.waitSignal(page.counting.finished, timeout=10_000):
        pass  # the drafts counted again: none
    assert not page.issue_button.isEnabled() and page.issue_button.text() == "&Issue 0 drafts…"


def test_findings_read_as_a_table_with_blocked_meters_in_the_problem_colour(
    demo, qtbot, english, qtmodeltester
):
    page = _page(demo, qtbot)
    drop = Finding(Check.UNEXPLAINED_DROP, "WM1", {})
    high = Finding(Check.HIGH_USE, "WM2", {})
    model = page.findings_model
    model.set_rows(
        [
            FindingRow(drop, "went down", billed=False),
            FindingRow(high, "ten times the usual", billed=True),
        ]
    )
    qtmodeltester.check(model)
    assert _column(model, 2) == ["No: fix the reads and bill again", "Yes: check it"]
    assert [model.index(row, 0).data(model.TONE_ROLE) for row in (0, 1)] == [
        Tone.PROBLEM,
        Tone.PLAIN,
    ]
    blocked = model.index(0, 1).data(Qt.ItemDataRole.ForegroundRole)
    assert blocked.name() == styles.PROBLEM_COLOUR
    assert model.index(1, 1).data(Qt.ItemDataRole.ForegroundRole) is None


def test_the_billing_page_opens_from_the_sidebar(window):
    page = window.show_page("billing")
    assert window.stack.currentWidget() is page and page.month.count() == 24


def test_a_failed_run_changes_nothing_and_clears_what_an_earlier_run_found(
    demo, qtbot, english, monkeypatch
):
    page = _page(demo, qtbot)
    page.summary.setText("October 2026: 240 drafts")
    page.findings_model.set_rows([FindingRow(Finding(Check.LOW_USE, "WM1"), "low", True)])

    def broken(*_, **__):
        raise RuntimeError("the disk is full")

    monkeypatch.setattr(RUN_BILLING, broken)
    with qtbot.waitSignal(page.billing.failed, timeout=10_000):
        _click(qtbot, page.run_button)
    assert page.status.text() == "Nothing was changed: the disk is full"
    assert page.summary.text() == "" and page.findings_model.rowCount() == 0
    assert page.run_button.isEnabled() and page.month.isEnabled() and _drafts(demo) == []


def test_a_refused_run_says_why_in_spanish_and_the_page_can_bill_again(
    demo, qtbot, spanish, monkeypatch
):
    page = _page(demo, qtbot, "es_ES")

    def refused(*_, **__):
        raise InvalidValue(field="date", reason="required")

    monkeypatch.setattr(RUN_BILLING, refused)
    with qtbot.waitSignal(page.billing.finished, timeout=10_000):
        _click(qtbot, page.run_button)
    assert page.status.text() == "No se ha cambiado nada: Fecha: obligatorio"
    assert page.status.styleSheet() == styles.PROBLEM
    assert page.run_button.isEnabled() and page.month.isEnabled()
    monkeypatch.undo()
    with qtbot.waitSignal(page.billing.succeeded, timeout=30_000):
        _click(qtbot, page.run_button)
    assert page.status.text().startswith("Se ha facturado octubre 2026:")
    assert page.status.styleSheet() == styles.PLAIN


def test_nothing_can_be_started_while_a_month_is_being_billed(demo, qtbot, english, monkeypatch):
    page = _page(demo, qtbot)
    release = threading.Event()
    monkeypatch.setattr(RUN_BILLING, lambda *_, **__: release.wait(10) and 1 / 0)
    with qtbot.waitSignal(page.billing.finished, timeout=10_000):
        _click(qtbot, page.run_button)
        assert not any(w.isEnabled() for w in (page.month, page.run_button, page.issue_button))
        _click(qtbot, page.run_button)  # a second click does nothing
        assert page.billing.running and page.status.text() == "Billing October 2026…"
        release.set()
    assert page.run_button.isEnabled() and not page.billing.running
