"""A whole month in the window, in Spanish, from an empty data file (issue 15, "Done
when"): the company, a tariff typed in the editor, two customers with a meter each,
two rounds typed on the read sheet (a rollover answered, a mistyped read caught and
corrected), the month billed, a draft discarded and billed again, the drafts issued, the
invoice previewed and printed, the file backed up and restored. Keys and clicks on the
window's own widgets; the database checked after each step."""

from collections.abc import Callable, Iterator
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtPrintSupport import QPrintDialog
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QWidget,
)
from shiboken6 import isValid

from usagebill_desktop.bootstrap import data_file, database_url, open_for_worker, open_workspace
from usagebill_desktop.domain.invoices import InvoiceState, month_span
from usagebill_desktop.domain.paging import Page
from usagebill_desktop.domain.readings import ReadType
from usagebill_desktop.services.company import get_company
from usagebill_desktop.services.customers import list_customers
from usagebill_desktop.services.invoices import list_invoices
from usagebill_desktop.services.meters import list_meters
from usagebill_desktop.services.readings import meter_readings
from usagebill_desktop.services.tariffs import get_tariff, meter_assignments
from usagebill_desktop.ui.desk import Desk, Doors
from usagebill_desktop.ui.dialogs.customer_dialog import CustomerDialog
from usagebill_desktop.ui.dialogs.meter_dialog import MeterDialog
from usagebill_desktop.ui.dialogs.restore_dialog import RestoreDialog
from usagebill_desktop.ui.formatting import Formatter
from usagebill_desktop.ui.main_window import MainWindow

from .conftest import type_date
from .test_tariff_editor import _new_volume_tariff, _type_cell

DOORS = Doors(open_workspace, open_for_worker, database_url, data_file)
SHOTS = Path("/work/shots/month")
ES = Formatter("es_ES")
TODAY = date.today()
MONTH = month_span(*(TODAY.replace(day=1) - timedelta(days=1)).timetuple()[:2])
INSTALLED = MONTH.first - timedelta(days=1)  # the meters' install day: the month before
MIDDLE = MONTH.first + timedelta(days=14)  # a first round in the middle of the month
D = Decimal


def _shot(widget: QWidget, name: str) -> None:
    if SHOTS.parent.is_dir():
        SHOTS.mkdir(exist_ok=True)
        widget.grab().save(str(SHOTS / f"{name}.png"))


def _click(qtbot, widget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def _retype(qtbot, editor, text: str) -> None:
    _click(qtbot, editor)
    editor.selectAll()
    qtbot.keyClicks(editor, text)


def _action(menu, text: str):
    """The menu's action that reads `text` (without its & mark)."""
    found = [a for a in menu.actions() if a.text().replace("&", "") == text]
    assert found, [a.text() for a in menu.actions()]
    return found[0]


def _go(window: MainWindow, title: str) -> QWidget:
    """Go → `title`, as the menu (or its Ctrl+digit) does."""
    _action(window.go_menu, title).trigger()
    page = window.stack.currentWidget()
    assert page is not None
    return page


def _when_shown[T: QDialog](kind: type[T], drive: Callable[[T], object]) -> list[str]:
    """Drive the modal `kind` dialog the next click opens; what failed in it is returned
    (and the dialog closed), so a failing step never leaves a dialog waiting."""
    failed: list[str] = []

    def find() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, kind) or not dialog.isVisible():
            QTimer.singleShot(20, find)
            return
        try:
            drive(dialog)
        except BaseException as error:
            failed.append(repr(error))
            dialog.reject()

    QTimer.singleShot(0, find)
    return failed


def _answer(text: str, asked: list[str]) -> None:
    """Click `text` in the question box that opens next; what it said goes to `asked`."""

    def click(box: QMessageBox) -> None:
        asked.append(box.text())
        [button] = [b for b in box.buttons() if b.text().replace("&", "") == text]
        button.click()

    _when_shown(QMessageBox, click)


@pytest.fixture
def desk(qtbot, spanish, tmp_path) -> Iterator[Desk]:
    """The window in Spanish on a new, empty data file; closed without a backup after."""
    opened = Desk(DOORS, "es")
    assert opened.open(database_url(str(tmp_path / "agua.db")), must_exist=False)
    assert opened.window is not None
    opened.window.resize(1366, 768)
    yield opened
    window = opened.window
    opened.close(back_up=False)
    if window is not None:
        window.close()
        window.deleteLater()


def _settings(desk: Desk, qtbot) -> None:
    page = _go(desk.window, "Configuración")
    _retype(qtbot, page.findChild(QLineEdit, "name"), "Aguas de Valdeluz")
    _retype(qtbot, page.findChild(QLineEdit, "tax_id"), "P2400000A")
    address = page.findChild(QPlainTextEdit, "address")
    _click(qtbot, address)
    qtbot.keyClicks(address, "Plaza Mayor 1, 24001 Valdeluz")
    _click(qtbot, page.save_button)
    qtbot.waitUntil(lambda: get_company(desk.workspace.open_uow).name == "Aguas de Valdeluz")
    _shot(desk.window, "01-configuracion")
    company = get_company(desk.workspace.open_uow)
    assert (company.tax_id, company.address) == ("P2400000A", "Plaza Mayor 1, 24001 Valdeluz")


def _tariff(desk: Desk, qtbot) -> None:
    page = _go(desk.window, "Tarifas")
    editor = _new_volume_tariff(page, qtbot, ",", name="Agua hogar", kind="Bloq")
    assert editor.charges.type.currentText().startswith("Bloques")
    tabs = editor.tabs
    [taxes] = [i for i in range(tabs.count()) if tabs.tabText(i).replace("&", "") == "Impuestos"]
    qtbot.mouseClick(
        tabs.tabBar(), Qt.MouseButton.LeftButton, pos=tabs.tabBar().tabRect(taxes).center()
    )
    _click(qtbot, editor.add_tax_button)
    _type_cell(qtbot, editor.taxes, 0, 0, "IVA")
    _type_cell(qtbot, editor.taxes, 0, 1, "10")
    _shot(editor, "02-editor-de-tarifa")
    _click(qtbot, editor.save_button)
    qtbot.waitUntil(lambda: not editor.isVisible())
    _shot(desk.window, "03-tarifas")
    [version] = get_tariff(desk.workspace.open_uow, name="Agua hogar").versions
    assert [(t.name, t.rate) for t in version.taxes] == [("IVA", D(10))]


def _new_customer(desk: Desk, qtbot, name: str, tax_id: str, address: str) -> None:
    """Edit → New (Ctrl+N) on the Customers page; the form typed and saved."""
    window = desk.window

    def fill(dialog: CustomerDialog) -> None:
        qtbot.keyClicks(dialog.ui.nameEdit, name)
        qtbot.keyClicks(dialog.ui.taxIdEdit, tax_id)
        qtbot.keyClicks(dialog.ui.addressEdit, address)
        _click(qtbot, dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Save))

    failed = _when_shown(CustomerDialog, fill)
    # Edit → New, the action Ctrl+N triggers (the offscreen platform's window activation,
    # which a key shortcut needs, is not reliable).
    [edit] = [a.menu() for a in window.menuBar().actions() if a.text() == "&Editar"]
    new = _action(edit, "Nuevo")
    assert new.shortcut().toString() == "Ctrl+N"
    new.trigger()
    assert failed == []


def _customers(desk: Desk, qtbot) -> dict[str, str]:
    _go(desk.window, "Clientes")
    _new_customer(desk, qtbot, "Ana Ruiz", "12345678z", "Calle Mayor 3")
    _new_customer(desk, qtbot, "Bodega Gil SL", "B24000001", "Camino del Puente 7")
    _shot(desk.window, "04-clientes")
    found = {c.name: c.account for c in list_customers(desk.workspace.open_uow)}
    assert list(found) == ["Ana Ruiz", "Bodega Gil SL"]
    return found


def _new_meter(desk: Desk, qtbot, page, customer: str, serial: str, read: str) -> None:
    def fill(dialog: MeterDialog) -> None:
        qtbot.keyClicks(dialog.customer, customer)
        popup = dialog.customer.completer().popup()
        qtbot.waitUntil(popup.isVisible)
        qtbot.keyClick(popup, Qt.Key.Key_Down)
        qtbot.keyClick(popup, Qt.Key.Key_Return)
        qtbot.keyClicks(dialog.serial, serial)
        type_date(qtbot, dialog.install_date, QDate(INSTALLED))
        _retype(qtbot, dialog.install_read, read)
        qtbot.keyClick(dialog.tariff, Qt.Key.Key_Down)  # past "(ninguna aún)"
        assert dialog.tariff.currentText() == "Agua hogar"
        _shot(dialog, f"05-contador-{serial}")
        _click(qtbot, dialog.buttons.button(QDialogButtonBox.StandardButton.Save))

    failed = _when_shown(MeterDialog, fill)
    _click(qtbot, page.ui.addButton)
    qtbot.waitUntil(lambda: failed or _stored(desk, serial) is not None, timeout=10_000)
    assert failed == []


def _stored(desk: Desk, serial: str):
    found = list_meters(desk.workspace.open_uow, page=Page(search=serial), today=TODAY)
    return found[0] if found else None


def _meters(desk: Desk, qtbot) -> None:
    page = _go(desk.window, "Contadores")
    _new_meter(desk, qtbot, page, "Ana", "CA-001", "100")
    _new_meter(desk, qtbot, page, "Bodega", "CA-002", "99.900")  # five digits: 99.999 is the top
    _shot(desk.window, "06-contadores")
    for serial, read in (("CA-001", D(100)), ("CA-002", D(99900))):
        meter = _stored(desk, serial).meter
        assert (meter.install_date, meter.install_read, meter.digits) == (INSTALLED, read, 5)
        [assigned] = meter_assignments(desk.workspace.open_uow, meter=serial)
        assert (assigned.tariff, assigned.valid_from) == ("Agua hogar", INSTALLED)


# The offscreen platform cannot raise a popup or let it grab the keyboard: it says so.
@pytest.mark.qt_log_ignore("^This plugin does not support (raise|grabbing the keyboard)")
def test_a_whole_month_in_the_window_in_spanish_from_an_empty_file(desk, qtbot, tmp_path):
    _settings(desk, qtbot)
    _tariff(desk, qtbot)
    _customers(desk, qtbot)
    _meters(desk, qtbot)
    _readings(desk, qtbot)
    _billing(desk, qtbot)
    _invoices(desk, qtbot, tmp_path)
    _backup_and_restore(desk, qtbot, tmp_path)


def _sheet_editor(qtbot, page) -> QLineEdit:
    viewport = page.table.viewport()
    qtbot.waitUntil(lambda: any(e.isVisible() for e in viewport.findChildren(QLineEdit)))
    [editor] = [e for e in viewport.findChildren(QLineEdit) if e.isVisible()]
    return editor


def _type_read(qtbot, page, text: str) -> None:
    """Type `text` over the open value cell and press Enter, as the operator does."""
    editor = _sheet_editor(qtbot, page)
    qtbot.keyClick(editor, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    # The value is committed, then saved, next time round the event loop.
    qtbot.waitUntil(
        lambda: (
            not (isValid(editor) and editor.isVisible())
            or QApplication.activeModalWidget() is not None
        )
    )


def _reads(desk: Desk, serial: str) -> list[tuple[date, Decimal, ReadType]]:
    found = meter_readings(desk.workspace.open_uow, meter=serial)
    return [(r.read_on, r.value, r.type) for r in found]


def _state(page, row: int) -> str:
    return page.model.index(row, page.model.columnCount() - 1).data()


def _round(desk: Desk, qtbot, on: date) -> QWidget:
    """The read sheet of all active meters, read on `on`."""
    page = desk.window.pages["read_sheet"]
    if desk.window.stack.currentWidget() is not page:
        with qtbot.waitSignal(page.loaded, timeout=10_000):
            _go(desk.window, "Hoja de lectura")
    qtbot.keyClick(page.choice, Qt.Key.Key_End)  # all active meters
    type_date(qtbot, page.sheet_day, QDate(on))
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        _click(qtbot, page.show_button)
    serials = [page.model.index(r, 1).data() for r in range(page.model.rowCount())]
    assert serials == ["CA-001", "CA-002"]
    return page


def _readings(desk: Desk, qtbot) -> None:
    page = _round(desk, qtbot, MIDDLE)
    assert page.counter.text() == "0 de 2 leídos"
    _type_read(qtbot, page, "112")
    _type_read(qtbot, page, "99.960")
    qtbot.waitUntil(lambda: page.counter.text() == "2 de 2 leídos")
    assert _reads(desk, "CA-001") == [(MIDDLE, D(112), ReadType.ACTUAL)]
    assert _reads(desk, "CA-002") == [(MIDDLE, D(99960), ReadType.ACTUAL)]

    page = _round(desk, qtbot, MONTH.last)
    assert page.counter.text() == "0 de 2 leídos"
    _type_read(qtbot, page, "1.250")  # 125 meant: ten times too high
    qtbot.waitUntil(lambda: page.counter.text() == "1 de 2 leídos")
    _shot(desk.window, "07-hoja-de-lectura-error")
    asked: list[str] = []
    _answer("Dio la vuelta", asked)
    _type_read(qtbot, page, "30")  # 99.960 before, on a five-digit register
    qtbot.waitUntil(lambda: page.counter.text() == "2 de 2 leídos")
    assert "CA-002" in asked[0] and "consumo 70" in asked[0]
    assert _reads(desk, "CA-002")[-1] == (MONTH.last, D(30), ReadType.ACTUAL)
    # The mistyped read is seen (amber, with what it means) and typed again.
    said = _state(page, 0)
    assert "veces" in said, said
    cell = page.model.index(0, page.model.column_of("value"))
    where = page.table.visualRect(cell).center()
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=where)
    qtbot.mouseDClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=where)
    _type_read(qtbot, page, "125")
    qtbot.waitUntil(lambda: _reads(desk, "CA-001")[-1][1] == D(125), timeout=5_000)
    _shot(desk.window, "08-hoja-de-lectura")
    assert _reads(desk, "CA-001") == [
        (MIDDLE, D(112), ReadType.ACTUAL),
        (MONTH.last, D(125), ReadType.ACTUAL),
    ]
    assert _state(page, 0) == "Guardada"


def _billed(used: int) -> Decimal:
    """What the tariff typed in `_tariff` charges for `used` m³ over the meters' first
    bill: from the install day to the month's last read, prorated by day (the install
    day is one day of its month) and rounded line by line, then IVA 10 % on the sum."""
    factor = Fraction(1, INSTALLED.day) + Fraction(MONTH.last.day - 1, MONTH.last.day)
    lines, below = [Fraction(5) * factor], Fraction(0)
    for up_to, price in ((10, "1"), (20, "0.80"), (None, "0.60")):
        top = used if up_to is None else min(Fraction(used), up_to * factor)
        lines.append(max(top - below, Fraction(0)) * Fraction(price))
        below = top
    base = sum(_cents(line) for line in lines)
    return base + _cents(base * Decimal("0.10"))


def _cents(amount: Fraction | Decimal) -> Decimal:
    if isinstance(amount, Decimal):
        return amount.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    exact = Decimal(amount.numerator) / Decimal(amount.denominator)
    return exact.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def _drafts(desk: Desk) -> dict[str, Decimal]:
    found = list_invoices(desk.workspace.open_uow, state=InvoiceState.DRAFT)
    return {s.customer.name: s.total for s in found}


def _choose_draft(qtbot, page, name: str) -> None:
    model, table = page.drafts_model, page.drafts
    [row] = [r for r in range(model.rowCount()) if model.index(r, 1).data() == name]
    where = table.visualRect(model.index(row, 1)).center()
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=where)


def _billing(desk: Desk, qtbot) -> None:
    page = desk.window.pages["billing"]
    with qtbot.waitSignal(page.counting.finished, timeout=10_000):
        _go(desk.window, "Facturación")
    assert page.month.currentText() == ES.span(MONTH)  # last month, the one to bill
    with qtbot.waitSignal(page.billing.succeeded, timeout=30_000):
        _click(qtbot, page.run_button)
    qtbot.waitUntil(lambda: page.drafts_model.rowCount() == 2, timeout=10_000)
    _shot(desk.window, "09-facturacion")
    assert _drafts(desk) == {"Ana Ruiz": _billed(25), "Bodega Gil SL": _billed(130)}
    _choose_draft(qtbot, page, "Ana Ruiz")
    with qtbot.waitSignal(page.counting.finished, timeout=10_000):
        _click(qtbot, page.discard_button)
    assert _drafts(desk) == {"Bodega Gil SL": _billed(130)}
    assert page.status.text() == "Se ha descartado el borrador de Ana Ruiz."
    # Billed again: the month (what has no draft yet), then the one customer.
    with qtbot.waitSignal(page.billing.succeeded, timeout=30_000):
        _click(qtbot, page.run_button)
    qtbot.waitUntil(lambda: page.drafts_model.rowCount() == 2, timeout=10_000)
    assert _drafts(desk) == {"Ana Ruiz": _billed(25), "Bodega Gil SL": _billed(130)}
    _choose_draft(qtbot, page, "Ana Ruiz")
    assert page.rebill_button.text().replace("&", "") == "Facturar a este cliente otra vez"
    with qtbot.waitSignal(page.billing.succeeded, timeout=30_000):
        _click(qtbot, page.rebill_button)
    assert page.status.text() == f"Ana Ruiz facturado de nuevo: {ES.money(_billed(25), 'EUR')}."
    with qtbot.waitSignal(page.counting.finished, timeout=10_000):
        pass
    assert page.issue_button.text().replace("&", "") == "Emitir 2 borradores…"
    asked: list[str] = []
    _answer("Sí", asked)
    with qtbot.waitSignal(page.issuing.succeeded, timeout=30_000):
        _click(qtbot, page.issue_button)
    qtbot.waitUntil(lambda: page.drafts_model.rowCount() == 0, timeout=10_000)
    _shot(desk.window, "10-facturacion-emitida")
    assert "¿Emitir 2 borradores de " + ES.span(MONTH) in asked[0]
    assert page.status.text() == "Se han emitido 2 facturas: de F-2026-00001 a F-2026-00002."
    issued = {
        s.number: (s.customer.name, s.total, s.state)
        for s in list_invoices(desk.workspace.open_uow)
    }
    assert issued == {
        "F-2026-00001": ("Ana Ruiz", _billed(25), InvoiceState.ISSUED),  # in the list's order
        "F-2026-00002": ("Bodega Gil SL", _billed(130), InvoiceState.ISSUED),
    }


def _invoices(desk: Desk, qtbot, tmp_path: Path) -> None:
    page = _go(desk.window, "Facturas")
    listed = page.list
    qtbot.waitUntil(lambda: listed.model.rowCount() == 2, timeout=10_000)
    [row] = [
        r
        for r in range(listed.model.rowCount())
        if listed.model.index(r, 0).data() == "F-2026-00001"
    ]
    table = listed.ui.table
    where = table.visualRect(listed.model.index(row, 1)).center()
    with qtbot.waitSignal(page.preparing.succeeded, timeout=10_000):
        qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=where)
    assert page.caption.text().startswith("F-2026-00001 · Ana Ruiz · 1 página")
    before = page.view.zoom
    _click(qtbot, page.zoom_in_button)
    assert page.view.zoom > before
    qtbot.wait(300)  # the page drawn off the GUI thread, for the picture
    _shot(desk.window, "11-facturas")

    # Qt's own print dialog, in Spanish: printed to a PDF file (no printer here).
    printed = tmp_path / "factura.pdf"

    def print_to_file(dialog: QPrintDialog) -> None:
        _shot(dialog, "12-imprimir")
        _retype(qtbot, dialog.findChild(QLineEdit, "filename"), str(printed))
        buttons = dialog.findChild(QDialogButtonBox)
        [button] = [b for b in buttons.buttons() if b.text().replace("&", "") == "Imprimir"]
        _click(qtbot, button)

    failed = _when_shown(QPrintDialog, print_to_file)
    with qtbot.waitSignal(page.message, timeout=10_000) as said:
        _click(qtbot, page.print_button)
    assert failed == [] and said.args == ["1 página enviada a la impresora"]
    document = pdfium.PdfDocument(printed)
    assert len(document) == 1
    document.close()


def _said(window: MainWindow, qtbot) -> str:
    """What the data file's message box says; closed with its OK button."""
    found = lambda: window.findChild(QMessageBox, "data_file_message")  # noqa: E731
    qtbot.waitUntil(lambda: found() is not None and found().isVisible(), timeout=10_000)
    box = found()
    text = box.text()
    _click(qtbot, box.button(QMessageBox.StandardButton.Ok))
    box.setObjectName("")  # the next message is another box
    return text


def _names(desk: Desk) -> list[str]:
    return [c.name for c in list_customers(desk.workspace.open_uow)]


def _backup_and_restore(desk: Desk, qtbot, tmp_path: Path) -> None:
    window = desk.window
    _action(window.file_menu, "Hacer una copia ahora").trigger()
    said = _said(window, qtbot)
    [backup] = (tmp_path / "backups").iterdir()
    assert said == f"Copia del archivo de datos guardada en {backup}"
    _go(window, "Clientes")
    _new_customer(desk, qtbot, "Carlos Vega", "87654321x", "Calle Nueva 9")
    assert _names(desk) == ["Ana Ruiz", "Bodega Gil SL", "Carlos Vega"]

    listed: list[str] = []

    def pick(dialog: RestoreDialog) -> None:
        _shot(dialog, "13-restaurar")
        table = dialog.table
        listed.extend(table.item(row, 0).text() for row in range(table.rowCount()))
        table.selectRow(0)
        _click(qtbot, dialog.restore_button)

    failed = _when_shown(RestoreDialog, pick)
    asked: list[str] = []
    QTimer.singleShot(0, lambda: _answer("Sí", asked))  # once the restore dialog is done
    _action(window.file_menu, "Restaurar una copia…").trigger()
    assert failed == [] and len(listed) == 1
    assert str(backup) in asked[0]
    said = _said(desk.window, qtbot)
    assert desk.window is not window  # the window on the restored file
    kept = set((tmp_path / "backups").iterdir()) - {backup}
    assert said == f"Copia restaurada; el archivo de datos sustituido se guarda en {kept.pop()}"
    page = _go(desk.window, "Clientes")
    shown = [page.model.index(r, 1).data() for r in range(page.model.rowCount())]
    assert shown == ["Ana Ruiz", "Bodega Gil SL"] == _names(desk)
    assert len(list_invoices(desk.workspace.open_uow)) == 2
    _shot(desk.window, "14-restaurado")
