"""A file whose numbers read two ways: the wizard shows both readings of a row and lets
the person choose before anything is imported."""

from datetime import date
from decimal import Decimal

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QWizard

from usagebill_desktop.services.meters import add_meter
from usagebill_desktop.services.readings import meter_readings
from usagebill_desktop.ui.dialogs.import_wizard import ImportWizard
from usagebill_desktop.ui.formatting import Formatter

TODAY = date(2026, 11, 24)


def _click(qtbot, widget, pos=None):
    if pos is None:
        qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)
    else:
        qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=pos)


def test_the_wizard_asks_which_reading_and_imports_the_one_chosen(qtbot, desk, tmp_path, spanish):
    add_meter(
        desk.open_uow,
        serial="ML1",
        customer_account="1",
        kind="cumulative",
        unit="m³",
        install_date=date(2025, 1, 1),
    )  # a new meter: 1.234 and 1234 both fit its register
    path = tmp_path / "lecturas.csv"
    path.write_text("Contador;Fecha;Lectura\nML1;2025-11-08;1.234\n", encoding="utf-8")
    wizard = ImportWizard(desk.open_uow, Formatter("es_ES"), path=path, today=TODAY)
    qtbot.addWidget(wizard)
    wizard.show()
    next_button = wizard.button(QWizard.WizardButton.NextButton)
    _click(qtbot, next_button)
    page = wizard.preview_page
    assert page.question.isVisible()
    assert page.question.title() == "Fila 2: ¿cuál es la lectura? El archivo no lo dice."
    one, other = page.readings.button(0), page.readings.button(1)
    assert (one.text(), other.text()) == ("1.234 → 1234", "1.234 → 1,234")
    assert not next_button.isEnabled()  # nothing goes on until the person chooses
    _click(qtbot, other, QPoint(8, other.height() // 2))
    assert next_button.isEnabled() and not page.question.isVisible()
    assert "punto decimal (como se ha pedido)" in page.detected.text()
    _click(qtbot, next_button)
    check = wizard.check_page
    qtbot.waitUntil(check.isComplete, timeout=10_000)
    with qtbot.waitSignal(check.importing.succeeded, timeout=10_000):
        _click(qtbot, wizard.button(QWizard.WizardButton.FinishButton))
    assert [r.value for r in meter_readings(desk.open_uow, meter="ML1")] == [Decimal("1.234")]
