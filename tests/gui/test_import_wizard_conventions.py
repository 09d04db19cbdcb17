"""A file whose numbers read two ways: the wizard shows both readings of a row and lets
the person choose before anything is imported."""

from datetime import date, timedelta
from decimal import Decimal

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QWizard

from usagebill_desktop.services.meters import add_meter
from usagebill_desktop.services.readings import meter_readings
from usagebill_desktop.ui.dialogs.import_wizard import SAMPLE_ROWS, ImportWizard
from usagebill_desktop.ui.formatting import Formatter

TODAY = date(2026, 11, 24)


def _click(qtbot, widget, pos=None):
    if pos is None:
        qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)
    else:
        qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=pos)


def _new_meter(desk, installed):
    """A meter with no reads: 1.234 and 1234 both fit its register."""
    add_meter(
        desk.open_uow,
        serial="ML1",
        customer_account="1",
        kind="cumulative",
        unit="m³",
        install_date=installed,
    )


def _wizard(qtbot, desk, path):
    wizard = ImportWizard(desk.open_uow, Formatter("es_ES"), path=path, today=TODAY)
    qtbot.addWidget(wizard)
    wizard.show()
    return wizard


def test_the_wizard_asks_which_reading_and_imports_the_one_chosen(qtbot, desk, tmp_path, spanish):
    _new_meter(desk, date(2025, 1, 1))
    path = tmp_path / "lecturas.csv"
    path.write_text("Contador;Fecha;Lectura\nML1;2025-11-08;1.234\n", encoding="utf-8")
    wizard = _wizard(qtbot, desk, path)
    next_button = wizard.button(QWizard.WizardButton.NextButton)
    _click(qtbot, next_button)
    page = wizard.preview_page
    assert page.question.isVisible()
    assert page.question.title() == "Fila 2: ¿cuál es la lectura? El archivo no lo dice."
    one, other = page.readings.button(0), page.readings.button(1)
    assert (one.text(), other.text()) == ("1.234 → 1234", "1.234 → 1,234")
    assert not next_button.isEnabled()  # nothing goes on until the person chooses
    assert page.detected.text().endswith("separador decimal: por elegir")  # not a guess
    _click(qtbot, other, QPoint(8, other.height() // 2))
    assert next_button.isEnabled() and not page.question.isVisible()
    assert page.detected.text().endswith("punto decimal (como ha elegido)")
    _click(qtbot, next_button)
    check = wizard.check_page
    qtbot.waitUntil(check.isComplete, timeout=10_000)
    with qtbot.waitSignal(check.importing.succeeded, timeout=10_000):
        _click(qtbot, wizard.button(QWizard.WizardButton.FinishButton))
    assert [r.value for r in meter_readings(desk.open_uow, meter="ML1")] == [Decimal("1.234")]


def test_rows_past_the_preview_that_read_two_ways_are_asked_before_anything_is_written(
    qtbot, desk, tmp_path, spanish
):
    _new_meter(desk, date(2010, 1, 1))
    path = tmp_path / "lecturas.csv"
    days = [date(2010, 1, 2) + timedelta(days=n) for n in range(SAMPLE_ROWS + 1)]
    rows = [f"ML1;{day};{n + 1}" for n, day in enumerate(days[:-1])]
    rows.append(f"ML1;{days[-1]};5.123")  # past the preview: 5123 or 5,123
    path.write_text("Contador;Fecha;Lectura\n" + "\n".join(rows) + "\n", encoding="utf-8")
    wizard = _wizard(qtbot, desk, path)
    next_button = wizard.button(QWizard.WizardButton.NextButton)
    _click(qtbot, next_button)
    page = wizard.preview_page
    assert not page.question.isVisible()  # the preview's rows read one way
    with qtbot.waitSignal(wizard.check_page.checking.failed, timeout=30_000):
        _click(qtbot, next_button)
    assert wizard.currentPage() is page and page.question.isVisible()
    assert (
        page.question.title()
        == f"Fila {SAMPLE_ROWS + 2}: ¿cuál es la lectura? El archivo no lo dice."
    )
    assert meter_readings(desk.open_uow, meter="ML1") == []
    thousands = page.readings.button(0)
    assert thousands.text() == "5.123 → 5123"
    _click(qtbot, thousands, QPoint(8, thousands.height() // 2))
    _click(qtbot, next_button)
    check = wizard.check_page
    qtbot.waitUntil(check.isComplete, timeout=30_000)
    with qtbot.waitSignal(check.importing.succeeded, timeout=30_000):
        _click(qtbot, wizard.button(QWizard.WizardButton.FinishButton))
    assert meter_readings(desk.open_uow, meter="ML1")[-1].value == Decimal(5123)
