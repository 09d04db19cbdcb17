"""What the import wizard says when something fails past the preview, in a Spanish window."""

from datetime import date

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QWizard

from usagebill_desktop.services.readings import meter_readings
from usagebill_desktop.ui.dialogs.import_wizard import SAMPLE_ROWS, ImportWizard
from usagebill_desktop.ui.formatting import Formatter

TODAY = date(2026, 11, 24)


def _wizard(qtbot, desk, path):
    wizard = ImportWizard(desk.open_uow, Formatter("es_ES"), path=path, locale="es_ES", today=TODAY)
    qtbot.addWidget(wizard)
    wizard.show()
    return wizard


def _click(qtbot, wizard, which):
    qtbot.mouseClick(wizard.button(which), Qt.MouseButton.LeftButton)


def _choose_day_first(qtbot, wizard):
    """Every date of these files reads both ways (01/02/2026): the preview asks which."""
    choice = wizard.preview_page.readings.button(0)  # clicked on its circle
    qtbot.mouseClick(choice, Qt.MouseButton.LeftButton, pos=QPoint(8, choice.height() // 2))


def test_a_file_that_breaks_after_the_preview_is_said_in_spanish(qtbot, desk, tmp_path, spanish):
    path = tmp_path / "lecturas.csv"
    with path.open("w", encoding="utf-8") as out:
        out.write("Contador;Fecha;Horas\n")
        for n in range(SAMPLE_ROWS + 100):  # the preview reads these; the worker reads on
            out.write(f"ROOM-1;01/02/2026;{n + 1}\n")
        out.write('ROOM-1;02/02/2026;"5\n')  # a quote never closed: the rows after it
        for n in range(6_000):  # run into one field, too long to be a reading
            out.write(f"ROOM-1;03/02/2026;{n + 1}\n")
    wizard = _wizard(qtbot, desk, path)
    _click(qtbot, wizard, QWizard.WizardButton.NextButton)
    _choose_day_first(qtbot, wizard)
    with qtbot.waitSignal(wizard.check_page.checking.failed, timeout=30_000):
        _click(qtbot, wizard, QWizard.WizardButton.NextButton)
    said = wizard.check_page.summary.text()
    assert "lecturas.csv: la fila" in said and "no se puede leer" in said, said
    assert "cannot be read" not in said


def test_an_import_stands_when_its_rejected_rows_cannot_be_written(qtbot, desk, tmp_path, spanish):
    path = tmp_path / "lecturas.csv"
    path.write_text(
        "Contador;Fecha;Lectura\nWM1;05/10/2026;1050\nNOPE;05/10/2026;5\n", encoding="utf-8"
    )
    (tmp_path / "lecturas.rejected.csv").mkdir()  # where the rejected rows would go
    wizard = _wizard(qtbot, desk, path)
    _click(qtbot, wizard, QWizard.WizardButton.NextButton)
    _choose_day_first(qtbot, wizard)
    _click(qtbot, wizard, QWizard.WizardButton.NextButton)
    page = wizard.check_page
    qtbot.waitUntil(page.isComplete, timeout=10_000)
    with qtbot.waitSignal(page.importing.succeeded, timeout=10_000):
        _click(qtbot, wizard, QWizard.WizardButton.FinishButton)
    said = page.summary.text()
    assert said.startswith("Importada: 1 lectura."), said
    assert "No se han podido escribir las filas rechazadas junto al archivo" in said
    assert [r.value for r in meter_readings(desk.open_uow, meter="WM1")] == [1050]


def test_the_locales_offered_show_how_the_import_will_read_their_numbers_and_dates(
    qtbot, desk, tmp_path
):
    wizard = _wizard(qtbot, desk, tmp_path / "x.csv")
    box = wizard.file_page.locale_box
    assert [box.itemText(n) for n in range(box.count())] == [
        "Español (España): 1.234,5 · 31/12/2026",
        "English (UK): 1,234.5 · 31/12/2026",
        "English (US): 1,234.5 · 12/31/2026",
    ]
