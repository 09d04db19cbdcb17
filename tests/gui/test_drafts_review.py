"""Drafts that cannot be issued unseen (issue 15, item 5): after a restart the mistyped
draft is still first, in the problem colour, with its reason; "Correct the reading" fixes
it in one click and bills it again; issuing while it is there names it, and Enter holds
it back."""

from datetime import date
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from usagebill_desktop.bootstrap import database_url, open_workspace
from usagebill_desktop.domain.invoices import InvoiceState, month_span
from usagebill_desktop.services.billing import run_billing
from usagebill_desktop.services.invoices import list_invoices
from usagebill_desktop.services.readings import meter_readings
from usagebill_desktop.ui.dialogs.reading_dialog import ReadingDialog
from usagebill_desktop.ui.formatting import Formatter
from usagebill_desktop.ui.pages.billing_page import BillingPage
from usagebill_desktop.ui.styles import Tone

from ..conftest import TODAY
from ..integration.test_drafts import ACCOUNT, METER, NAME, mistyped
from .test_corrections_window import _billing as _page
from .test_corrections_window import _click, _in_dialog

D = Decimal


def _choose_first(qtbot, page: BillingPage) -> None:
    where = page.drafts.visualRect(page.drafts_model.index(0, 1)).center()
    qtbot.mouseClick(page.drafts.viewport(), Qt.MouseButton.LeftButton, pos=where)


def _drafts(ws) -> dict[str, Decimal]:
    found = list_invoices(ws.open_uow, state=InvoiceState.DRAFT)
    return {s.customer.account: s.total for s in found}


def test_after_a_restart_the_mistyped_draft_is_first_in_red_and_fixed_in_one_click(
    demo, qtbot, spanish
):
    mistyped(demo)
    first = _page(demo, qtbot)
    with qtbot.waitSignal(first.billing.succeeded, timeout=30_000):
        _click(qtbot, first.run_button)
    first.close()

    again = open_workspace(database_url(demo.location))  # a new window on the same file
    try:
        page = _page(again, qtbot)
        model = page.drafts_model
        assert model.rowCount() == 240
        assert [model.index(0, c).data() for c in (1, 2)] == [NAME, ACCOUNT]
        huge = _drafts(again)[ACCOUNT]
        assert model.index(0, 3).data() == Formatter("es_ES").money(huge, "EUR")
        reason = model.index(0, 4).data()
        assert METER in reason and "veces el habitual" in reason
        assert model.index(0, 1).data(model.TONE_ROLE) == Tone.PROBLEM
        assert model.index(1, 1).data(model.TONE_ROLE) == Tone.PLAIN
        assert not page.fix_button.isEnabled()

        _choose_first(qtbot, page)
        assert page.fix_button.isEnabled() and page.fix_button.text() == "&Corregir la lectura"
        said: list[str] = []

        def correct(dialog: ReadingDialog) -> None:
            qtbot.waitUntil(lambda: bool(dialog.uses.text()), timeout=10_000)
            said.append(dialog.windowTitle())
            dialog.value.selectAll()
            qtbot.keyClicks(dialog.value, "2825")
            _click(qtbot, dialog.buttons.button(QDialogButtonBox.StandardButton.Save))

        failed = _in_dialog(qtbot, correct, ReadingDialog)
        with qtbot.waitSignal(page.billing.succeeded, timeout=30_000):
            _click(qtbot, page.fix_button)
        assert [repr(e) for e in failed] == []
        assert said == ["Corregir una lectura"]
        assert meter_readings(again.open_uow, meter=METER)[-1].value == D(2825)
        assert _drafts(again)[ACCOUNT] < 200 and NAME in page.status.text()
        qtbot.waitUntil(lambda: model.index(0, 1).data(model.TONE_ROLE) == Tone.PLAIN)
    finally:
        again.close()


def test_issuing_names_the_mistyped_draft_and_enter_holds_it_back(demo, qtbot, spanish):
    mistyped(demo)
    run_billing(demo.open_uow, period=month_span(2026, 10), today=TODAY)
    page = _page(demo, qtbot)
    huge = _drafts(demo)[ACCOUNT]
    asked: list[str] = []

    def escape(box: QMessageBox) -> None:
        asked.append(f"{box.text()} {box.informativeText()}")
        _click(qtbot, box.escapeButton())

    failed = _in_dialog(qtbot, escape, QMessageBox)
    _click(qtbot, page.issue_button)
    qtbot.waitUntil(lambda: bool(asked), timeout=5_000)
    assert [repr(e) for e in failed] == []
    assert NAME in asked[0] and Formatter("es_ES").money(huge, "EUR") in asked[0]
    assert "veces el consumo habitual" in asked[0]
    assert len(_drafts(demo)) == 240  # Cancel issues nothing

    failed = _in_dialog(qtbot, lambda box: qtbot.keyClick(box, Qt.Key.Key_Return), QMessageBox)
    with qtbot.waitSignal(page.issuing.succeeded, timeout=30_000):
        _click(qtbot, page.issue_button)
    assert [repr(e) for e in failed] == []
    assert list(_drafts(demo)) == [ACCOUNT]  # held back, the other 239 issued
    issued = [s for s in list_invoices(demo.open_uow) if s.period.first == date(2026, 10, 1)]
    assert sum(1 for s in issued if s.number) == 239
    qtbot.waitUntil(lambda: page.drafts_model.rowCount() == 1)
    assert page.drafts_model.index(0, 0).data() == "Retenido"
