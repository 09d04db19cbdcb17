"""The tariff editor: a tariff made with keys and clicks, the engine's rules said at the
field, new prices as a new version from a date, and the same in Spanish."""

from decimal import Decimal

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QLineEdit, QTableWidget

from usagebill_desktop.domain.tariffs import FixedCharge, Tier, VolumeCharge
from usagebill_desktop.services.tariffs import get_tariff

from .conftest import open_window, type_date


def _click(qtbot, widget):
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def _type_cell(qtbot, table: QTableWidget, row: int, column: int, text: str) -> None:
    """Double-click the cell, type over what is there, Enter (the view commits it next
    time round the event loop)."""
    where = table.visualItemRect(table.item(row, column)).center()
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=where)
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=where)
    [editor] = [e for e in table.viewport().findChildren(QLineEdit) if e.isVisible()]
    editor.selectAll()
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: table.item(row, column).text() == text)  # committed when queued


def _select(page, qtbot, name):
    table, model = page.ui.table, page.model
    [row] = [r for r in range(model.rowCount()) if model.index(r, 0).data() == name]
    where = table.visualRect(model.index(row, 0)).center()
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=where)


def _total(panel, qtbot, quantity):
    panel.quantity.clear()
    qtbot.keyClicks(panel.quantity, quantity)
    bill = panel.bill
    return bill.index(bill.rowCount() - 1, 2).data()


def _new_volume_tariff(
    page, qtbot, decimal: str = ".", *, name: str = "Agua rural", kind: str = "Vol"
):
    """A fixed charge and a three-tier charge (volume unless `kind` types another type's
    first letters), typed; the editor left open."""
    _click(qtbot, page.ui.addButton)
    editor = page.editor
    qtbot.keyClicks(editor.name, name)
    qtbot.keyClicks(editor.unit, "m³")
    charges = editor.charges
    _click(qtbot, charges.add_button)
    qtbot.keyClicks(charges.label, "Cuota fija")
    qtbot.keyClicks(charges.fields["amount"], "5")
    _click(qtbot, charges.add_button)
    qtbot.keyClicks(charges.label, "Agua")
    charges.type.setFocus()
    qtbot.keyClicks(charges.type, kind)
    for _ in range(3):
        _click(qtbot, charges.add_tier_button)
    for row, (up_to, price) in enumerate((("10", "1"), ("20", "0.80"), ("", "0.60"))):
        if up_to:
            _type_cell(qtbot, charges.tiers, row, 1, up_to)
        _type_cell(qtbot, charges.tiers, row, 2, price.replace(".", decimal))
    return editor


def test_a_tariff_typed_in_the_editor_is_saved_listed_and_quoted(window, demo, qtbot):
    page = window.show_page("tariffs")
    editor = _new_volume_tariff(page, qtbot)
    charges = editor.charges
    assert charges.problem.text() == ""
    # The live quote beside the editor: 30 m³ all at the third tier's price.
    assert _total(editor.quote_panel, qtbot, "30") == "€23.00"
    # A cliff: 20 m³ at 0.80 costs more than 20.01 m³ at 0.60, and the chart shows it.
    points = dict(editor.chart.points)
    assert points[Decimal(20)] > points[Decimal("20.01")]

    _type_cell(qtbot, charges.tiers, 1, 1, "5")  # overlapping the tier before
    assert charges.problem.text() == "up_to 5 is not above the previous 10"
    assert charges.tiers.item(1, 1).toolTip() == charges.problem.text()
    assert not editor.quote_panel.isEnabled()  # no quote from a tariff the engine refuses
    _type_cell(qtbot, charges.tiers, 1, 1, "20")
    _type_cell(qtbot, charges.tiers, 2, 2, "-0.60")
    assert charges.problem.text() == "must not be negative"
    _type_cell(qtbot, charges.tiers, 2, 2, "0.60")
    assert charges.problem.text() == ""

    _click(qtbot, editor.save_button)
    assert not editor.isVisible()
    assert page.selected_row().name == "Agua rural"
    assert page.ui.countLabel.text() == "5 tariffs"
    assert "10–20 m³/month: €0.80 per m³" in page.prices.charges.text()
    assert _total(page.quote_panel, qtbot, "10") == "€15.00"
    assert _total(page.quote_panel, qtbot, "30") == "€23.00"
    stored = get_tariff(demo.open_uow, name="Agua rural")
    [version] = stored.versions
    assert version.charges == (
        FixedCharge("Cuota fija", Decimal(5)),
        VolumeCharge(
            "Agua",
            (
                Tier(Decimal(10), Decimal(1)),
                Tier(Decimal(20), Decimal("0.80")),
                Tier(None, Decimal("0.60")),
            ),
        ),
    )


def test_new_prices_are_a_new_version_from_a_date_and_both_are_shown(window, demo, qtbot):
    page = window.show_page("tariffs")
    _select(page, qtbot, "Agua – uso comercial")
    before = get_tariff(demo.open_uow, name="Agua – uso comercial")
    _click(qtbot, page.ui.editButton)
    editor = page.editor
    assert not editor.name.isEnabled()  # a version changes prices, not the tariff
    charges = editor.charges
    charges.charges.setCurrentRow(1)
    assert charges.label.text() == "Consumo de agua"
    charges.fields["unit_price"].clear()
    qtbot.keyClicks(charges.fields["unit_price"], "1.05")
    type_date(qtbot, editor.valid_from, QDate(2027, 1, 1))
    _click(qtbot, editor.save_button)
    assert not editor.isVisible()

    assert [page.prices.versions.itemText(i) for i in range(page.prices.versions.count())] == [
        "1 Jan 2024",
        "1 Jan 2027",
    ]
    assert "€1.05 per m³" not in page.prices.charges.text()  # today's prices are shown
    page.prices.versions.setCurrentIndex(1)
    assert "€1.05 per m³" in page.prices.charges.text()
    after = get_tariff(demo.open_uow, name="Agua – uso comercial")
    assert after.versions[0] == before.versions[0]  # what was billed stays as it was
    assert after.versions[1].valid_from.isoformat() == "2027-01-01"


def test_a_second_version_on_a_stored_date_is_refused_at_the_date(window, demo, qtbot):
    page = window.show_page("tariffs")
    _select(page, qtbot, "Agua – uso comercial")
    _click(qtbot, page.ui.editButton)
    editor = page.editor
    type_date(qtbot, editor.valid_from, QDate(2024, 1, 1))
    _click(qtbot, editor.save_button)
    assert editor.isVisible()
    assert editor.head_problem.text() == (
        "another version from 2024-01-01 is stored; new prices need a new date"
    )
    assert len(get_tariff(demo.open_uow, name="Agua – uso comercial").versions) == 1


def test_the_editor_speaks_spanish(qtbot, demo, spanish):
    window = open_window(qtbot, demo, "es_ES")
    page = window.show_page("tariffs")
    assert page.ui.addButton.text() == "&Nueva tarifa…"
    editor = _new_volume_tariff(page, qtbot, decimal=",")
    assert [editor.tabs.tabText(i) for i in range(3)] == ["Cargos", "Impuestos", "Traducciones"]
    assert editor.charges.type.currentText() == "Volumen: todas las unidades al precio del bloque"
    _type_cell(qtbot, editor.charges.tiers, 0, 2, "-1")
    assert editor.charges.problem.text() == "no puede ser negativo"
    _type_cell(qtbot, editor.charges.tiers, 0, 2, "1")
    assert _total(editor.quote_panel, qtbot, "10") == "15,00\xa0€"
    _click(qtbot, editor.charges.up_button)  # "Agua" first, then "Cuota fija"
    assert editor.charges.charges.item(0).text() == "Agua"
    bar = editor.tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(2).center())
    words = editor.translations
    [row] = [r for r in range(words.rowCount()) if words.item(r, 0).text() == "Agua"]
    _type_cell(qtbot, words, row, 2, "Water")  # the English column
    _click(qtbot, editor.save_button)
    assert page.selected_row().name == "Agua rural"
    assert "10–20 m³/mes: 0,80\xa0€ por m³" in page.prices.charges.text()
    stored = get_tariff(demo.open_uow, name="Agua rural")
    assert [c.label for c in stored.versions[0].charges] == ["Agua", "Cuota fija"]
    assert stored.translations == {"en": {"Agua": "Water"}}
