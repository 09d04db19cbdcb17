"""The read sheet: a round typed from the keyboard, each row saved as it is confirmed."""

import json
from datetime import date
from decimal import Decimal

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox

from usagebill_desktop.domain.readings import ReadType
from usagebill_desktop.services.readings import meter_readings
from usagebill_desktop.ui.formatting import Formatter

from .conftest import open_window


def _sheet(qtbot, window):
    page = window.pages["read_sheet"]
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        window.show_page("read_sheet")
    return page


def _editor(page) -> QLineEdit:
    shown = [e for e in page.table.viewport().findChildren(QLineEdit) if e.isVisible()]
    assert len(shown) == 1, "one value cell is open for typing"
    return shown[0]


def _type(qtbot, page, text: str) -> None:
    """Type `text` over the open value cell and press Enter, as the operator does."""
    qtbot.waitUntil(
        lambda: any(e.isVisible() for e in page.table.viewport().findChildren(QLineEdit))
    )
    editor = _editor(page)
    qtbot.keyClick(editor, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)


def _answer(button_text: str, asked: list[str]) -> QTimer:
    """Click `button_text` in the question the page asks next; what it said goes to `asked`."""
    timer = QTimer()

    def click() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            timer.stop()
            asked.append(box.text())
            chosen = next(b for b in box.buttons() if b.text().replace("&", "") == button_text)
            chosen.click()

    timer.timeout.connect(click)
    timer.start(20)
    return timer


def _values(workspace, serial: str) -> list[tuple[Decimal, ReadType]]:
    return [(r.value, r.type) for r in meter_readings(workspace.open_uow, meter=serial)]


def _state(page, row: int) -> str:
    return page.model.index(row, page.model.columnCount() - 1).data()


def test_a_round_typed_with_a_mistake_corrected_and_a_rollover(qtbot, desk, english, qtmodeltester):
    window = open_window(qtbot, desk)
    page = _sheet(qtbot, window)
    qtmodeltester.check(page.model)
    serials = [page.model.index(r, 1).data() for r in range(page.model.rowCount())]
    assert serials == ["WM1", "WM2"] and page.counter.text() == "0 of 2 read"
    asked: list[str] = []
    timer = _answer("Mistake", asked)
    _type(qtbot, page, "900")  # 1,000 at install: a slip of the finger
    qtbot.waitUntil(lambda: _state(page, 0).startswith("Not saved"))
    timer.stop()
    assert "900 is lower than the previous reading 1000" in asked[0]
    assert _values(desk, "WM1") == [] and page.table.currentIndex().row() == 0
    _type(qtbot, page, "1010")
    qtbot.waitUntil(lambda: _values(desk, "WM1") == [(Decimal(1010), ReadType.ACTUAL)])
    assert _state(page, 0) == "Saved" and page.table.currentIndex().row() == 1
    timer = _answer("Rollover", asked)
    _type(qtbot, page, "5")  # 99,990 before, on a 5-digit register
    qtbot.waitUntil(lambda: _values(desk, "WM2") == [(Decimal(5), ReadType.ACTUAL)])
    timer.stop()
    assert "rolled over after 99990: 15 used" in _state(page, 1)
    assert page.counter.text() == "2 of 2 read"


def test_a_customer_read_is_marked_so(qtbot, desk, english):
    page = _sheet(qtbot, open_window(qtbot, desk))
    qtbot.mouseClick(page.customer_button, Qt.MouseButton.LeftButton)
    assert page.model.index(0, 9).data() == "C · Customer read"
    _type(qtbot, page, "1004")
    qtbot.waitUntil(lambda: _values(desk, "WM1") == [(Decimal(1004), ReadType.CUSTOMER)])


def test_the_sheet_in_spanish_catches_a_read_far_beyond_the_usual_and_estimates(
    qtbot, demo, spanish
):
    window = open_window(qtbot, demo, "es_ES")
    page = _sheet(qtbot, window)
    assert page.choice.currentText() == "Contadores sin leer"
    qtbot.keyClick(page.choice, Qt.Key.Key_End)  # all active meters
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        qtbot.mouseClick(page.show_button, Qt.MouseButton.LeftButton)
    total = page.model.rowCount()
    assert page.counter.text() == f"0 de {total} leídos"
    assert page.model.headerData(8, Qt.Orientation.Horizontal) == "Lectura"
    assert page.model.index(0, 5).data() == "7 nov 2026"  # the previous read's day
    assert page.model.index(0, 4).data().endswith(" m³")
    expected = page.model.index(0, 6).data()  # weighed as the row is shown
    first = page.model.entries[0].sheet.line
    assert (
        expected
        == f"{Formatter('es_ES').number(first.low)} – {Formatter('es_ES').number(first.high)}"
    )
    asked: list[str] = []
    timer = _answer("Corregirla", asked)
    far = first.previous + (first.high - first.previous) * 300  # a digit too many
    _type(qtbot, page, Formatter("es_ES").number(far))
    qtbot.waitUntil(lambda: _state(page, 0).startswith("No guardada"))
    timer.stop()
    assert "veces el uso habitual" in asked[0]  # the rule's sentence, in Spanish
    used = Formatter("es_ES").number(far - first.previous)  # its numbers and day too
    assert f"{used} consumidos desde el {first.previous_on:%d/%m/%Y} son " in asked[0]
    assert page.sheet_day.text() == f"{date.today():%d/%m/%Y}"  # four-digit year
    right = first.previous + 12
    _type(qtbot, page, Formatter("es_ES").ungrouped(right))
    qtbot.waitUntil(lambda: page.counter.text() == f"1 de {total} leídos")
    assert _values(demo, first.serial)[-1] == (right, ReadType.ACTUAL)
    second = page.model.entries[1].sheet.line.serial
    qtbot.mouseClick(page.estimate_button, Qt.MouseButton.LeftButton)
    assert _values(demo, second)[-1][1] is ReadType.ESTIMATED
    assert page.model.index(1, 9).data() == "E · Estimada"
    assert page.counter.text() == f"2 de {total} leídos"


def test_the_sheet_exported_from_the_page_imports_back_filled_in(
    qtbot, desk, english, tmp_path, monkeypatch
):
    from openpyxl import load_workbook
    from PySide6.QtWidgets import QFileDialog

    from usagebill_desktop.services.file_imports import import_readings_file

    page = _sheet(qtbot, open_window(qtbot, desk))
    target = tmp_path / "round.xlsx"
    # The save dialog is the platform's own: the one thing a test cannot click.
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    with qtbot.waitSignal(page.message, timeout=10_000) as said:
        qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    assert str(target) in said.args[0]
    book = load_workbook(target)
    rows = list(book.active.iter_rows(min_row=2))
    assert [row[1].value for row in rows] == ["WM1", "WM2"]
    rows[0][8].value, rows[0][9].value = "20/03/2026", 1020
    book.save(target)
    done = import_readings_file(desk.open_uow, path=target, locale="en_GB", today=date.today())
    assert done.report.accepted == 1
    assert _values(desk, "WM1") == [(Decimal(1020), ReadType.ACTUAL)]


def test_rows_never_shown_are_exported_with_their_expected_range(
    qtbot, demo, english, tmp_path, monkeypatch
):
    from openpyxl import load_workbook
    from PySide6.QtWidgets import QFileDialog

    from usagebill_desktop.services.read_sheets import read_sheet

    page = _sheet(qtbot, open_window(qtbot, demo))
    qtbot.keyClick(page.choice, Qt.Key.Key_End)  # all active meters: hundreds of rows
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        qtbot.mouseClick(page.show_button, Qt.MouseButton.LeftButton)
    target = tmp_path / "round.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    with qtbot.waitSignal(page.message, timeout=10_000):
        qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    rows = list(load_workbook(target).active.iter_rows(min_row=2, values_only=True))
    printed = read_sheet(demo.open_uow, on=date.today())
    assert len(rows) == len(printed) > page.model.BATCH
    last = printed[-1]  # far below the rows on screen
    assert last.low is not None
    assert (rows[-1][1], rows[-1][6], rows[-1][7]) == (last.serial, last.low, last.high)


def test_a_saved_row_typed_again_is_corrected_and_the_change_audited(qtbot, desk, english):
    page = _sheet(qtbot, open_window(qtbot, desk))
    _type(qtbot, page, "1100")  # 1010 read: a finger slipped
    qtbot.waitUntil(lambda: _values(desk, "WM1") == [(Decimal(1100), ReadType.ACTUAL)])
    assert page.table.currentIndex().row() == 1  # on to the next meter
    cell = page.model.index(0, page.model.column_of("value"))
    where = page.table.visualRect(cell).center()
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=where)
    qtbot.mouseDClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=where)
    _type(qtbot, page, "1010")  # typed again over the saved read: it replaces it
    qtbot.waitUntil(lambda: _values(desk, "WM1") == [(Decimal(1010), ReadType.ACTUAL)])
    assert _state(page, 0) == "Saved" and page.counter.text() == "1 of 2 read"
    with desk.open_uow() as uow:
        [edited] = [e for e in uow.audit.entries() if e.action == "edit reading"]
    assert json.loads(edited.data_json)["old"] == "1100"
    assert json.loads(edited.data_json)["new"] == "1010"
