"""The Tariffs page: what is there, importing a file, and a live quote that adds up."""

from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QFileDialog

from usagebill_desktop.importers.tariff_file import read_tariff_file
from usagebill_desktop.services.tariffs import get_tariff, list_tariffs

from ..conftest import TODAY
from .conftest import type_date

EXAMPLES = Path(__file__).resolve().parents[2] / "docs" / "examples"


def _select(page, qtbot, name):
    """Click the tariff's row, as the user picks a tariff to quote."""
    table, model = page.ui.table, page.model
    [row] = [r for r in range(model.rowCount()) if model.index(r, 0).data() == name]
    where = table.visualRect(model.index(row, 0)).center()
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=where)
    assert page.quote_panel.title.text() == f"Try a quote with {name}"


def _bill(panel):
    model = panel.bill
    return [tuple(model.index(r, c).data() for c in range(3)) for r in range(model.rowCount())]


def test_the_demo_tariffs_are_listed_with_their_meters(window):
    page = window.show_page("tariffs")
    names = [page.model.index(r, 0).data() for r in range(page.model.rowCount())]
    assert "Agua – uso doméstico" in names and page.ui.countLabel.text() == "4 tariffs"


def test_typing_a_quantity_shows_the_explained_bill_that_adds_up(window, qtbot, qtmodeltester):
    page = window.show_page("tariffs")
    _select(page, qtbot, "Agua – uso doméstico")
    panel = page.quote_panel
    qtbot.keyClicks(panel.quantity, "27")
    rows = _bill(panel)
    assert rows[1] == (
        "Water used",  # the tariff is Spanish; the window speaks English
        "Block 1 (0–10 m³/month): 10\xa0m³ × €0.50 = €5.00",
        "€5.00",
    )
    assert rows[-2] == ("IVA 10%", "on €28.20", "€2.82")  # the base with its "on"
    assert rows[-1] == ("Total", "", "€31.02")
    amounts = [Decimal(r[2].lstrip("€")) for r in rows if r[0] not in ("Subtotal", "Total")]
    assert sum(amounts) == Decimal("31.02")  # lines + tax = total, as printed
    qtmodeltester.check(panel.bill)


def test_a_partial_period_is_prorated(window, qtbot):
    page = window.show_page("tariffs")
    _select(page, qtbot, "Agua – uso doméstico")
    panel = page.quote_panel
    qtbot.keyClicks(panel.quantity, "10")
    assert not panel.first.isEnabled()  # whole periods until the user asks for part of one
    qtbot.mouseClick(panel.partial, Qt.MouseButton.LeftButton)
    type_date(qtbot, panel.first, QDate(2026, 1, 15))
    type_date(qtbot, panel.last, QDate(2026, 1, 31))
    assert _bill(panel)[0] == ("Service charge", "€6.50 × 17/31 days = €3.56", "€3.56")


def test_a_quantity_that_is_not_a_number_is_explained(window, qtbot):
    page = window.show_page("tariffs")
    _select(page, qtbot, "Impresión – packs de 100")
    qtbot.keyClicks(page.quote_panel.quantity, "12x")
    assert page.quote_panel.problem.text() == "Type a quantity, such as 27.5."
    assert page.quote_panel.bill.rowCount() == 0


def test_a_tariff_file_is_imported_from_the_page(window, demo, qtbot, monkeypatch):
    chosen = str(EXAMPLES / "electricity.json")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (chosen, ""))
    page = window.show_page("tariffs")
    with qtbot.waitSignal(page.importing.finished):
        qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)
        assert not page.import_button.isEnabled()  # one import at a time
    assert page.import_button.isEnabled()
    assert page.ui.countLabel.text() == "5 tariffs"
    assert page.selected_row().name == "Marina shore power"
    assert (
        window.statusBar().currentMessage() == "Tariff Marina shore power imported: 1 new version"
    )
    assert "Marina shore power" in {t.name for t in list_tariffs(demo.open_uow, today=TODAY)}


def test_a_file_that_is_not_a_tariff_is_refused_and_nothing_is_added(
    window, demo, qtbot, monkeypatch, tmp_path
):
    chosen = tmp_path / "prices.json"
    chosen.write_text('{"format": "something else"}', encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(chosen), ""))
    page = window.show_page("tariffs")
    with qtbot.waitSignal(page.importing.finished):
        qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)
    assert window.statusBar().currentMessage() == (
        "The tariff file was not imported: prices.json: format: must be usagebill.tariff/1"
    )
    assert page.import_button.isEnabled()  # the user can pick another file
    assert page.ui.countLabel.text() == "4 tariffs"
    assert len(list_tariffs(demo.open_uow, today=TODAY)) == 4


def test_the_chosen_tariff_is_exported_as_a_file_the_import_reads_back(
    window, demo, qtbot, monkeypatch, tmp_path
):
    chosen = tmp_path / "comercial.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(chosen), ""))
    page = window.show_page("tariffs")
    _select(page, qtbot, "Agua – uso comercial")
    assert "€0.95 per m³" in page.prices.charges.text()  # its prices, in words
    assert page.prices.meters.text() == "Used by 5 meters"
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    assert window.statusBar().currentMessage() == "Wrote comercial.json"
    assert read_tariff_file(chosen) == get_tariff(demo.open_uow, name="Agua – uso comercial")
