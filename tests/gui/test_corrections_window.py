"""Corrections before billing, in the window (issue 15, item 5): a mistyped read billed
into a huge draft is listed first, corrected on the Readings page and its customer billed
again; another draft is discarded, one held back, the rest issued; an import undone."""

from collections.abc import Callable
from datetime import date
from decimal import Decimal

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QMessageBox

from usagebill_desktop.cli import main
from usagebill_desktop.domain.invoices import InvoiceState
from usagebill_desktop.services.corrections import delete_reading, edit_reading
from usagebill_desktop.services.invoices import list_invoices
from usagebill_desktop.services.readings import meter_readings
from usagebill_desktop.ui import styles
from usagebill_desktop.ui.dialogs.imports_dialog import ImportsDialog
from usagebill_desktop.ui.dialogs.reading_dialog import ReadingDialog
from usagebill_desktop.ui.formatting import Formatter
from usagebill_desktop.ui.pages.billing_page import BillingPage
from usagebill_desktop.ui.pages.readings_page import ReadingsPage
from usagebill_desktop.ui.styles import Tone

from ..conftest import TODAY

D = Decimal
METER, ACCOUNT, NAME = "WM1800000", "000001", "Bar La Plaza SL"
OCTOBER_READ = date(2026, 10, 9)


def _click(qtbot, widget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def _mistyped(demo) -> None:
    """The October read of Bar La Plaza's meter, 2825, stored as 9825 and kept as
    checked (as an import with "keep reads far beyond the usual use" keeps it): the
    November read is not in yet."""
    delete_reading(demo.open_uow, meter=METER, read_on=date(2026, 11, 7), today=TODAY)
    edit_reading(
        demo.open_uow, meter=METER, read_on=OCTOBER_READ, value=D(9825), today=TODAY, keep_high=True
    )


def _billing(demo, qtbot) -> BillingPage:
    page = BillingPage(demo.open_uow, Formatter("es_ES"), today=TODAY)
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    with qtbot.waitSignal(page.counting.finished, timeout=10_000):
        page.refresh()
    return page


def _choose(qtbot, page: BillingPage, row: int) -> None:
    table = page.drafts
    table.scrollTo(page.drafts_model.index(row, 1))
    where = table.visualRect(page.drafts_model.index(row, 1)).center()
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=where)
    assert table.selectionModel().selectedRows()[0].row() == row


def _drafts(demo) -> dict[str, tuple[int, Decimal]]:
    found = list_invoices(demo.open_uow, state=InvoiceState.DRAFT)
    return {s.customer.account: (s.id, s.total) for s in found}


def _in_dialog[T: QDialog](
    qtbot,
    drive: Callable[[T], None],
    kind: type[T] = ReadingDialog,  # type: ignore[assignment]
) -> list[BaseException]:
    """`drive` the reading dialog once it opens; what failed in it is returned (and the
    dialog closed), so a failing test never leaves a modal dialog waiting."""
    failed: list[BaseException] = []

    def opened() -> None:
        try:
            shown = lambda: isinstance(QApplication.activeModalWidget(), kind)  # noqa: E731
            qtbot.waitUntil(shown, timeout=5_000)
            dialog = QApplication.activeModalWidget()
            assert isinstance(dialog, kind)
            drive(dialog)
            qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10_000)
        except BaseException as error:
            failed.append(error)
            modal = QApplication.activeModalWidget()
            if modal is not None:
                failed.append(AssertionError(getattr(modal, "error", modal).text()))
                modal.close()

    QTimer.singleShot(0, opened)
    return failed


def _correct_in_dialog(qtbot, value: str, said: list[str]) -> list[BaseException]:
    """When the reading dialog opens: wait for what it says, type `value`, save."""

    def drive(dialog: ReadingDialog) -> None:
        qtbot.waitUntil(lambda: bool(dialog.uses.text()), timeout=10_000)
        said.append(dialog.uses.text())
        dialog.value.selectAll()
        qtbot.keyClicks(dialog.value, value)
        _click(qtbot, dialog.buttons.button(QDialogButtonBox.StandardButton.Save))

    return _in_dialog(qtbot, drive)


def test_a_mistyped_read_is_seen_first_corrected_billed_again_and_the_rest_issued(
    demo, qtbot, spanish, monkeypatch
):
    _mistyped(demo)
    page = _billing(demo, qtbot)
    with qtbot.waitSignal(page.billing.succeeded, timeout=30_000):
        _click(qtbot, page.run_button)
    qtbot.waitUntil(lambda: page.drafts_model.rowCount() == 240, timeout=10_000)
    model = page.drafts_model
    huge = _drafts(demo)[ACCOUNT][1]
    assert huge > 1_000
    # Listed first, in the problem colour, with the name, the amount and what was read.
    assert [model.index(0, c).data() for c in (1, 2)] == [NAME, ACCOUNT]
    assert model.index(0, 3).data() == Formatter("es_ES").money(huge, "EUR")
    assert METER in model.index(0, 4).data() and "veces" in model.index(0, 4).data()
    assert model.index(0, 1).data(model.TONE_ROLE) == Tone.PROBLEM
    finding = [
        r
        for r in range(page.findings_model.rowCount())
        if METER in str(page.findings_model.index(r, 0).data())
    ]
    assert NAME in page.findings_model.index(finding[0], 3).data()

    _choose(qtbot, page, 0)
    with qtbot.waitSignal(page.open_account) as opened:
        _click(qtbot, page.open_button)
    assert opened.args == [ACCOUNT]

    # The operator fixes the read on the Readings page, in the dialog.
    readings = ReadingsPage(demo.open_uow, Formatter("es_ES"), today=TODAY)
    qtbot.addWidget(readings)
    readings.show()
    readings.show_only(METER)
    qtbot.waitUntil(lambda: readings.ui.editButton.isEnabled(), timeout=10_000)
    said: list[str] = []
    failed = _correct_in_dialog(qtbot, "2825", said)
    with qtbot.waitSignal(readings.message, timeout=10_000, raising=False) as told:
        _click(qtbot, readings.ui.editButton)
    assert [repr(e) for e in failed] == [] and told.signal_triggered
    assert "octubre 2026" in said[0] and "vuelva a facturar" in said[0]
    assert "Vuelva a facturar" in told.args[0]
    assert meter_readings(demo.open_uow, meter=METER)[-1].value == D(2825)

    # Back to billing: that customer billed again, at a normal amount.
    _choose(qtbot, page, 0)
    with qtbot.waitSignal(page.billing.succeeded, timeout=30_000):
        _click(qtbot, page.rebill_button)
    normal = _drafts(demo)[ACCOUNT][1]
    assert normal < 200 and NAME in page.status.text()
    assert Formatter("es_ES").money(normal, "EUR") in page.status.text()
    with qtbot.waitSignal(page.counting.finished, timeout=10_000):
        pass
    assert model.index(0, 1).data(model.TONE_ROLE) == Tone.PLAIN  # nothing beyond usual now

    # Another draft discarded, one held back, the rest issued.
    _choose(qtbot, page, 1)
    discarded = model.index(1, 2).data()
    with qtbot.waitSignal(page.counting.finished, timeout=10_000):
        _click(qtbot, page.discard_button)
    assert discarded not in _drafts(demo) and "descartado" in page.status.text()
    _choose(qtbot, page, 2)
    held = model.index(2, 2).data()
    _click(qtbot, page.hold_button)
    assert [model.index(r, 0).data() for r in range(model.rowCount())].count("Retenido") == 1
    assert page.issue_button.text() == "&Emitir 238 borradores…"
    monkeypatch.setattr(QMessageBox, "question", lambda *_: QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(page.issuing.succeeded, timeout=30_000):
        _click(qtbot, page.issue_button)
    assert list(_drafts(demo)) == [held]
    issued = [s for s in list_invoices(demo.open_uow) if s.period.first == date(2026, 10, 1)]
    assert len(issued) == 239 and {s.customer.account for s in issued} >= {ACCOUNT}
    assert discarded not in {s.customer.account for s in issued if s.number}
    assert [s.total for s in issued if s.customer.account == ACCOUNT] == [normal]


def test_a_reading_an_issued_invoice_billed_says_so_and_cannot_change(demo, qtbot, spanish):
    readings = ReadingsPage(demo.open_uow, Formatter("es_ES"), today=TODAY)
    qtbot.addWidget(readings)
    readings.show()
    readings.show_only(METER)
    qtbot.waitUntil(lambda: readings.ui.editButton.isEnabled(), timeout=10_000)
    readings.select(lambda r: r.reading.read_on == date(2026, 9, 8))
    seen: list[tuple[str, bool]] = []

    def look(dialog: ReadingDialog) -> None:
        qtbot.waitUntil(lambda: not dialog.checking.running, timeout=10_000)
        save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
        seen.append((dialog.uses.text(), save.isEnabled() or dialog.value.isEnabled()))
        assert dialog.uses.styleSheet() == styles.PROBLEM
        _click(qtbot, dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel))

    failed = _in_dialog(qtbot, look)
    _click(qtbot, readings.ui.editButton)
    assert failed == []
    [(text, editable)] = seen
    assert "factura rectificativa" in text and not editable
    assert meter_readings(demo.open_uow, meter=METER)[-3].value == D(2800)


def test_an_import_is_undone_from_the_list_of_imports(demo, qtbot, spanish, tmp_path, capsys):
    late = tmp_path / "ronda-noviembre.csv"
    late.write_text("Contador;Fecha;Lectura\n" + f"{METER};20/11/2026;2860\n", encoding="utf-8")
    assert main(["--db", demo.location, "readings", "import", str(late), "--locale", "es_ES"]) == 0
    capsys.readouterr()
    assert meter_readings(demo.open_uow, meter=METER)[-1].value == D(2860)
    readings = ReadingsPage(demo.open_uow, Formatter("es_ES"), today=TODAY)
    qtbot.addWidget(readings)
    readings.show()
    seen: list[str] = []

    def undo(dialog: ImportsDialog) -> None:
        qtbot.waitUntil(lambda: dialog.undo.isEnabled(), timeout=10_000)
        assert dialog.model.index(0, 1).data() == "ronda-noviembre.csv"
        with qtbot.waitSignal(dialog.listing.finished, timeout=10_000):
            _click(qtbot, dialog.undo)
        seen.append(dialog.status.text())
        assert dialog.model.index(0, 5).data() == "deshecha" and not dialog.undo.isEnabled()
        dialog.close()

    failed = _in_dialog(qtbot, undo, ImportsDialog)
    _click(qtbot, readings.imports_button)
    assert [repr(e) for e in failed] == []
    assert seen == ["Importación deshecha: 1 lectura eliminada."]
    assert meter_readings(demo.open_uow, meter=METER)[-1].value == D(2846)


def test_a_reading_nothing_issued_billed_is_deleted_from_its_dialog(
    demo, qtbot, spanish, monkeypatch
):
    readings = ReadingsPage(demo.open_uow, Formatter("es_ES"), today=TODAY)
    qtbot.addWidget(readings)
    readings.show()
    readings.show_only(METER)
    qtbot.waitUntil(lambda: readings.ui.editButton.isEnabled(), timeout=10_000)
    assert readings.selected_row().reading.read_on == date(2026, 11, 7)  # the newest
    monkeypatch.setattr(QMessageBox, "question", lambda *_: QMessageBox.StandardButton.Yes)

    def delete(dialog: ReadingDialog) -> None:
        qtbot.waitUntil(lambda: dialog.delete.isEnabled(), timeout=10_000)
        _click(qtbot, dialog.delete)

    failed = _in_dialog(qtbot, delete)
    with qtbot.waitSignal(readings.message, timeout=10_000) as told:
        _click(qtbot, readings.ui.editButton)
    assert [repr(e) for e in failed] == []
    assert told.args == ["Se ha eliminado la lectura de WM1800000 del 7 nov 2026."]
    assert meter_readings(demo.open_uow, meter=METER)[-1].read_on == OCTOBER_READ
