"""The customer's account: one search and one key from the customers list."""

from datetime import date

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from usagebill_desktop.services.customers import get_customer
from usagebill_desktop.services.invoices import customer_balance

from .conftest import open_window

ACCOUNT, NAME = "000030", "Alejandro Castro Pérez"  # in the demo: an invoice overdue


def _opened(qtbot, window):
    qtbot.waitUntil(lambda: window.account_view is not None)
    view = window.account_view
    qtbot.waitUntil(lambda: view.account is not None, timeout=10_000)
    qtbot.waitUntil(lambda: view.chart is not None, timeout=10_000)  # after the first paint
    return view


def _column(table, column: int) -> list[str]:
    model = table.model()
    return [model.index(row, column).data() for row in range(model.rowCount())]


def test_a_name_typed_in_the_search_and_enter_open_the_account(window, demo, qtbot):
    page = window.show_page("customers")
    qtbot.keyClicks(page.ui.searchEdit, "castro perez")  # accents need not be typed
    qtbot.keyClick(page.ui.searchEdit, Qt.Key.Key_Return)
    view = _opened(qtbot, window)
    assert view.name_label.text() == NAME
    balance = customer_balance(demo.open_uow, account=ACCOUNT, today=date.today())
    assert balance.overdue > 0
    assert view.overdue_label.text() == f"€{balance.overdue}"
    assert view.owed_label.text() == f"€{balance.outstanding}"
    assert view.favour_label.text() == "€0.00"
    [serial] = _column(view.meters_table, 0)
    assert serial.startswith("WM")
    assert _column(view.meters_table, 2)[0].endswith(" m³")  # the last read, with its unit
    numbers = _column(view.documents_table, 0)
    assert len(numbers) >= 20 and numbers == sorted(numbers, reverse=True)  # newest first
    assert "Overdue" in _column(view.documents_table, 4)
    assert len(view.chart.months) == 24


def test_a_double_click_on_a_customer_opens_their_account(window, qtbot):
    page = window.show_page("customers")
    table = page.ui.table
    where = table.visualRect(page.model.index(4, 1)).center()
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=where)
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=where)
    view = _opened(qtbot, window)
    assert view.account.customer.account == page.selected_row().account


def test_the_phone_edited_from_the_account_is_saved_and_shown(window, demo, qtbot):
    window.open_account(ACCOUNT)
    view = _opened(qtbot, window)

    def fill_in() -> None:
        dialog = QApplication.activeModalWidget()
        dialog.ui.phoneEdit.clear()
        qtbot.keyClicks(dialog.ui.phoneEdit, "+34 600 123 456")
        save = dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Save)
        qtbot.mouseClick(save, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, fill_in)
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        qtbot.mouseClick(view.edit_button, Qt.MouseButton.LeftButton)
    assert get_customer(demo.open_uow, account=ACCOUNT).phone == "+34 600 123 456"
    assert view.account.customer.phone == "+34 600 123 456"
    assert "+34 600 123 456" in [w.text() for w in view.findChildren(type(view.name_label))]


def test_a_reading_typed_in_the_account_is_saved_and_becomes_the_last_read(window, demo, qtbot):
    window.open_account(ACCOUNT)
    view = _opened(qtbot, window)
    meter = view.account.meters[0]
    value = meter.last_read.value + 12

    def type_it() -> None:
        dialog = QApplication.activeModalWidget()
        assert dialog.type_combo.currentText() == "A · Actual"  # as the Readings page says
        qtbot.keyClicks(dialog.value_edit, str(value))
        qtbot.keyClick(dialog.value_edit, Qt.Key.Key_Return)

    QTimer.singleShot(0, type_it)
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        qtbot.mouseClick(view.reading_button, Qt.MouseButton.LeftButton)
    last = view.account.meters[0].last_read
    assert (last.read_on, last.value) == (date.today(), value)


@pytest.mark.usefixtures("spanish")
def test_the_account_speaks_spanish(qtbot, demo):
    window = open_window(qtbot, demo, "es_ES")
    window.open_account(ACCOUNT)
    view = _opened(qtbot, window)
    assert view.windowTitle() == f"Abonado {ACCOUNT}"
    owed = customer_balance(demo.open_uow, account=ACCOUNT, today=date.today()).outstanding
    assert view.owed_label.text() == f"{owed}".replace(".", ",") + "\xa0€"
    assert "Vencida" in _column(view.documents_table, 4)
    assert view.documents_model.headerData(3, Qt.Orientation.Horizontal) == "Total"
    assert view.edit_button.text() == "&Editar…"
    months = {label.split()[0] for label in view.chart.month_labels}
    assert months & {"ene", "abr", "ago", "dic"}  # Spanish months, whatever today is
