"""The meters page as the operator uses it: install a meter on a tariff, replace one,
give one a new tariff from a date, take one out of service, filter by what needs a look."""

from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from usagebill_desktop.domain.meters import MeterStatus
from usagebill_desktop.domain.paging import Page
from usagebill_desktop.services.meters import list_meters
from usagebill_desktop.services.readings import meter_readings
from usagebill_desktop.services.tariffs import meter_assignments
from usagebill_desktop.ui.dialogs.meter_actions import RemoveDialog, ReplaceDialog, TariffDialog
from usagebill_desktop.ui.dialogs.meter_dialog import MeterDialog

from .conftest import open_window, type_date

TODAY = date.today()  # what the dialogs offer as the day


def stored(ws, serial: str):
    [found] = list_meters(ws.open_uow, page=Page(search=serial), today=TODAY)
    return found


def when_open(qtbot, kind, drive) -> None:
    """Once the modal `kind` dialog the next click opens is up, `drive` it as a user
    would; it must then close (saved), or it is cancelled and the test fails."""

    def find() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, kind):
            QTimer.singleShot(10, find)
            return
        try:
            drive(dialog)
            qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10_000)
        finally:
            if dialog.isVisible():
                dialog.reject()

    QTimer.singleShot(0, find)


def ok(qtbot, dialog) -> None:
    button = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def click(qtbot, button) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def select_meter(qtbot, page, serial: str) -> None:
    page.show_only(serial)
    qtbot.waitUntil(lambda: page.selected_row() is not None)
    assert page.selected_row().meter.serial == serial


def row_texts(page, row: int = 0) -> list[str]:
    model = page.model
    return [model.index(row, column).data() for column in range(model.columnCount())]


# The offscreen platform cannot raise a popup or let it grab the keyboard: it says so.
@pytest.mark.qt_log_ignore("^This plugin does not support (raise|grabbing the keyboard)")
def test_a_meter_installed_on_a_tariff_is_listed_needing_a_read(qtbot, demo, spanish):
    window = open_window(qtbot, demo, "es_ES")
    page = window.show_page("meters")
    assert page.ui.addButton.text() == "&Nuevo contador…"

    def fill(dialog: MeterDialog) -> None:
        qtbot.keyClicks(dialog.customer, "plaza")  # found by name, picked from the list
        popup = dialog.customer.completer().popup()
        qtbot.waitUntil(popup.isVisible)
        qtbot.keyClick(popup, Qt.Key.Key_Down)
        qtbot.keyClick(popup, Qt.Key.Key_Return)
        assert dialog.customer.text() == "000001 — Bar La Plaza SL"
        qtbot.keyClicks(dialog.serial, "WM9000001")
        type_date(qtbot, dialog.install_date, QDate(2026, 11, 2))
        dialog.install_read.selectAll()
        qtbot.keyClicks(dialog.install_read, "12,5")
        dialog.route.selectAll()
        qtbot.keyClicks(dialog.route, "40")
        for _ in range(2):  # past "(ninguna aún)" and "Agua – uso comercial"
            qtbot.keyClick(dialog.tariff, Qt.Key.Key_Down)
        assert dialog.tariff.currentText() == "Agua – uso doméstico"
        ok(qtbot, dialog)

    when_open(qtbot, MeterDialog, fill)
    click(qtbot, page.ui.addButton)
    listed = stored(demo, "WM9000001")
    meter = listed.meter
    assert (meter.customer_account, meter.install_date) == ("000001", date(2026, 11, 2))
    assert (meter.install_read, meter.route_order, meter.digits) == (Decimal("12.5"), 40, 5)
    [assigned] = meter_assignments(demo.open_uow, meter="WM9000001")
    assert (assigned.tariff, assigned.valid_from) == ("Agua – uso doméstico", date(2026, 11, 2))
    assert page.selected_row().meter.serial == "WM9000001"
    shown = row_texts(page, page.ui.table.currentIndex().row())
    assert shown[-2:] == ["Agua – uso doméstico", "Necesita lectura"]
    assert window.statusBar().currentMessage() == "Contador WM9000001 instalado"
    page.ui.searchEdit.clear()
    qtbot.keyClick(page.status_filter, Qt.Key.Key_Down)  # "Todos los contadores" → the next
    assert page.status_filter.currentText() == "Necesita lectura"
    qtbot.waitUntil(lambda: page.ui.countLabel.text() == "1 contador")
    assert row_texts(page)[0] == "WM9000001"  # the demo's others were read since their bill


def test_a_register_change_on_a_read_meter_is_refused_in_one_sentence(qtbot, demo, spanish):
    window = open_window(qtbot, demo, "es_ES")
    page = window.show_page("meters")
    select_meter(qtbot, page, "WM1800074")
    said = []

    def change_digits(dialog: MeterDialog) -> None:
        dialog.digits.selectAll()
        qtbot.keyClicks(dialog.digits, "6")
        ok(qtbot, dialog)
        qtbot.waitUntil(lambda: dialog.error.text() != "")
        said.append(dialog.error.text())
        assert dialog.isVisible()  # stays open to correct it
        dialog.digits.selectAll()
        qtbot.keyClicks(dialog.digits, "5")
        dialog.route.selectAll()
        qtbot.keyClicks(dialog.route, "9")
        ok(qtbot, dialog)

    when_open(qtbot, MeterDialog, change_digits)
    click(qtbot, page.ui.editButton)
    assert said == [
        "Dígitos del totalizador: no se puede cambiar una vez que el contador tiene lecturas; "
        "sustituya el contador"
    ]
    assert (
        stored(demo, "WM1800074").meter.route_order,
        stored(demo, "WM1800074").meter.digits,
    ) == (9, 5)


def test_a_meter_replaced_in_the_dialog_hands_over_to_the_new_one(window, demo, qtbot):
    page = window.show_page("meters")
    select_meter(qtbot, page, "WM1800074")

    def fill(dialog: ReplaceDialog) -> None:
        qtbot.keyClicks(dialog.final_read, "430")  # below the last read, 432: a faulty meter
        qtbot.keyClicks(dialog.new_serial, "WM9000002")
        dialog.install_read.selectAll()
        qtbot.keyClicks(dialog.install_read, "3")
        ok(qtbot, dialog)
        qtbot.waitUntil(dialog.keep.isVisible)  # refused, and the person may keep it
        assert "430 is lower than the previous reading 432" in dialog.error.text()
        click(qtbot, dialog.keep)
        ok(qtbot, dialog)

    when_open(qtbot, ReplaceDialog, fill)
    click(qtbot, page.buttons[page.replace_action])
    assert stored(demo, "WM1800074").meter.removed_on == TODAY
    assert meter_readings(demo.open_uow, meter="WM1800074")[-1].value == 430
    assert MeterStatus.FLAGGED in stored(demo, "WM1800074").statuses
    new = stored(demo, "WM9000002")
    assert (new.meter.customer_account, new.meter.install_read, new.tariff) == (
        "000003",
        3,
        "Agua – uso comercial",
    )
    assert page.selected_row().meter.serial == "WM9000002"


def test_a_new_tariff_from_a_date_joins_the_meter_s_history(window, demo, qtbot):
    page = window.show_page("meters")
    select_meter(qtbot, page, "WM1800074")
    seen = []

    def assign(dialog: TariffDialog) -> None:
        seen.append([dialog.history.index(0, 1).data(), dialog.history.rowCount()])
        qtbot.keyClick(dialog.tariff, Qt.Key.Key_Down)
        type_date(qtbot, dialog.valid_from, QDate(2027, 1, 1))
        ok(qtbot, dialog)

    when_open(qtbot, TariffDialog, assign)
    click(qtbot, page.buttons[page.tariff_action])
    assert seen == [["Agua – uso comercial", 1]]
    history = meter_assignments(demo.open_uow, meter="WM1800074")
    assert [(a.tariff, a.valid_from) for a in history][-1] == (
        "Agua – uso doméstico",
        date(2027, 1, 1),
    )
    assert stored(demo, "WM1800074").tariff == "Agua – uso comercial"  # until 2027

    def look(dialog: TariffDialog) -> None:
        rows = [dialog.history.index(r, 1).data() for r in range(dialog.history.rowCount())]
        seen.append(rows)
        dialog.reject()

    when_open(qtbot, TariffDialog, look)
    click(qtbot, page.buttons[page.tariff_action])
    assert seen[-1] == ["Agua – uso comercial", "Agua – uso doméstico"]


def test_a_meter_out_of_service_no_longer_needs_a_read(window, demo, qtbot):
    page = window.show_page("meters")
    qtbot.keyClick(page.status_filter, Qt.Key.Key_Down)
    assert page.status_filter.currentData() == MeterStatus.NEEDS_READ
    assert page.ui.countLabel.text() == "0 meters"  # all read after their last bill
    qtbot.keyClick(page.status_filter, Qt.Key.Key_Up)
    assert page.ui.countLabel.text() == "281 meters"
    select_meter(qtbot, page, "WM1800074")

    def fill(dialog: RemoveDialog) -> None:
        type_date(qtbot, dialog.on, QDate(2026, 11, 20))
        qtbot.keyClicks(dialog.final_read, "436")
        ok(qtbot, dialog)

    when_open(qtbot, RemoveDialog, fill)
    click(qtbot, page.buttons[page.remove_action])
    meter = stored(demo, "WM1800074")
    assert meter.meter.removed_on == date(2026, 11, 20) and meter.statuses == frozenset()
    assert (meter.last_read_on, meter.last_value) == (date(2026, 11, 20), 436)
    assert row_texts(page)[5] == "20 Nov 2026"
    assert not page.buttons[page.remove_action].isEnabled()  # already out of service


def test_open_customer_shows_the_meter_s_customer(window, qtbot):
    page = window.show_page("meters")
    select_meter(qtbot, page, "WM1800074")
    click(qtbot, page.buttons[page.open_customer_action])
    view = window.account_view  # the customer's account opens
    qtbot.waitUntil(lambda: view.account is not None)
    assert view.account.customer.account == "000003" and view.isVisible()
