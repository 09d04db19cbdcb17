"""The import wizard: the file, how it reads, the check, the import on a worker thread."""

from datetime import date
from pathlib import Path

from PySide6.QtWidgets import QWizard

from usagebill_desktop.services.imports import ImportCancelled
from usagebill_desktop.services.readings import meter_readings
from usagebill_desktop.ui.dialogs.import_wizard import ImportWizard
from usagebill_desktop.ui.formatting import Formatter

CORPUS = Path(__file__).resolve().parents[1] / "data" / "imports"


def wizard_on(qtbot, desk, tmp_path, name):
    copy = tmp_path / name
    copy.write_bytes((CORPUS / name).read_bytes())
    wizard = ImportWizard(desk.open_uow, Formatter("en_GB"), path=copy, locale="es_ES",
                          today=date(2026, 11, 24))  # fmt: skip
    qtbot.addWidget(wizard)
    wizard.show()
    return wizard


def test_a_file_is_previewed_checked_and_imported(qtbot, desk, tmp_path):
    wizard = wizard_on(qtbot, desk, tmp_path, "es_excel.csv")
    wizard.next()
    preview = wizard.preview_page
    assert (
        "UTF-8 (BOM)" in preview.detected.text() and "told by the file" in preview.detected.text()
    )
    assert preview.rows.item(1, 3).text() == "1,100.5"  # "1.100,5" read exactly
    wizard.next()
    check = wizard.check_page
    assert check.summary.text().startswith("6 rows: 4 will be imported")
    assert meter_readings(desk.open_uow, meter="WM1") == []  # the check wrote nothing
    wizard.button(QWizard.WizardButton.FinishButton).click()
    qtbot.waitUntil(lambda: wizard.report is not None, timeout=10_000)
    assert wizard.report.written and check.summary.text().startswith("Imported: 4 readings.")
    assert len(meter_readings(desk.open_uow, meter="WM1")) == 2


def test_a_file_without_headers_is_imported_after_choosing_its_columns(qtbot, desk, tmp_path):
    wizard = wizard_on(qtbot, desk, tmp_path, "no_header.csv")
    wizard.next()
    preview = wizard.preview_page
    assert not preview.isComplete()
    for field, column in (("date", 0), ("meter", 1), ("value", 2)):
        box = preview.columns[field]
        box.setCurrentIndex(box.findData(column))
    assert preview.isComplete() and preview.rows.rowCount() == 2


def test_rejected_rows_are_listed_with_their_reasons(qtbot, desk, tmp_path):
    wizard = wizard_on(qtbot, desk, tmp_path, "with_problems.csv")
    wizard.next()
    wizard.next()
    notes = wizard.check_page.notes
    reasons = {notes.item(r, 0).text(): notes.item(r, 2).text() for r in range(notes.rowCount())}
    assert reasons["5"] == "unknown meter NOPE"
    wizard.check_page.show_only.setCurrentIndex(2)  # warnings only
    assert notes.rowCount() == 1


def test_the_check_speaks_spanish_in_a_spanish_window(qtbot, desk, tmp_path, spanish):
    wizard = wizard_on(qtbot, desk, tmp_path, "with_problems.csv")
    wizard.next()
    wizard.next()
    notes = wizard.check_page.notes
    reasons = {notes.item(r, 0).text(): notes.item(r, 2).text() for r in range(notes.rowCount())}
    assert reasons["5"] == "contador desconocido: NOPE"
    assert reasons["12"] == "falta la lectura"
    assert reasons["6"] == "no es una fecha: '32/10/2026'"


def test_stopping_an_import_says_nothing_was_imported(qtbot, desk, tmp_path):
    wizard = wizard_on(qtbot, desk, tmp_path, "es_excel.csv")
    wizard.next()
    wizard.next()
    page = wizard.check_page
    assert page._on_worker_progress(0) is True  # going on until asked to stop
    page.stop.click()
    assert page._on_worker_progress(5_000) is False
    page._on_import_failed(ImportCancelled())
    assert page.summary.text() == "Stopped: nothing was imported."
    assert wizard.button(QWizard.WizardButton.FinishButton).isEnabled()
    assert meter_readings(desk.open_uow, meter="WM1") == []
