"""The import wizard: the file, how it reads, the check and the import on a worker thread."""

import json
import threading
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QWizard

from usagebill_desktop.cli import main
from usagebill_desktop.services.imports import PROGRESS_EVERY
from usagebill_desktop.services.readings import meter_readings, record_reading
from usagebill_desktop.ui import styles
from usagebill_desktop.ui.dialogs import import_wizard
from usagebill_desktop.ui.dialogs.import_wizard import ImportWizard
from usagebill_desktop.ui.formatting import Formatter
from usagebill_desktop.ui.styles import Tone

CORPUS = Path(__file__).resolve().parents[1] / "data" / "imports"
TODAY = date(2026, 11, 24)
FINISH = QWizard.WizardButton.FinishButton


def wizard_on(qtbot, desk, path):
    wizard = ImportWizard(desk.open_uow, Formatter("en_GB"), path=path, locale="es_ES", today=TODAY)
    qtbot.addWidget(wizard)
    wizard.show()
    return wizard


def corpus_copy(tmp_path, name):
    copy = tmp_path / name
    copy.write_bytes((CORPUS / name).read_bytes())
    return copy


def texts(model, column):
    return [model.index(row, column).data() for row in range(model.rowCount())]


def reasons(model):
    """Each noted row's number and why, as the notes table shows them."""
    return dict(zip(texts(model, 0), texts(model, 2), strict=True))


# An import asks whether to go on every PROGRESS_EVERY rows: a file of six such stretches
# leaves Stop and Escape, pressed once the first stretch is reported, four more chances
# (some hundred milliseconds) to land before the end.
BIG_ROWS = 6 * PROGRESS_EVERY


@pytest.fixture(scope="session")
def big_file(tmp_path_factory) -> Path:
    """A large file, written once for the session; tests only read it."""
    big = tmp_path_factory.mktemp("big") / "big.csv"
    days = [date(2026, 1, 1) + timedelta(days=n) for n in range(300)]
    with big.open("w", encoding="utf-8") as out:
        out.write("Contador;Fecha;Horas\n")
        for n in range(BIG_ROWS):  # hours booked to a room: many a day, each different
            out.write(f"ROOM-1;{days[n % 300]:%d/%m/%Y};{n // 300 + 1}\n")
    return big


def checked(qtbot, wizard, timeout=10_000):
    """On to the check page, and wait for its dry run (on a worker) to finish."""
    wizard.next()
    wizard.next()
    qtbot.waitUntil(wizard.check_page.isComplete, timeout=timeout)
    return wizard.check_page


def test_a_file_is_previewed_checked_and_imported(qtbot, desk, tmp_path, qtmodeltester):
    wizard = wizard_on(qtbot, desk, corpus_copy(tmp_path, "es_excel.csv"))
    wizard.next()
    preview = wizard.preview_page
    assert (
        "UTF-8 (BOM)" in preview.detected.text()
        and "row 5 reads 14/10/2026 only this way" in preview.detected.text()
    )
    qtmodeltester.check(preview.rows_model)
    assert preview.rows.model() is preview.rows_model
    assert texts(preview.rows_model, 3)[1] == "1,100.5"  # "1.100,5" read exactly
    wizard.next()
    check = wizard.check_page
    qtbot.waitUntil(check.isComplete, timeout=10_000)
    assert check.summary.text().startswith("6 rows: 4 will be imported")
    assert meter_readings(desk.open_uow, meter="WM1") == []  # the check wrote nothing
    qtbot.mouseClick(wizard.button(FINISH), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.report is not None, timeout=10_000)
    assert wizard.report.written and check.summary.text().startswith("Imported: 4 readings.")
    assert len(meter_readings(desk.open_uow, meter="WM1")) == 2
    # Nothing is left to cancel: the wizard offers Close only.
    assert wizard.button(FINISH).text() == "&Close"
    assert not wizard.button(QWizard.WizardButton.CancelButton).isVisible()
    assert not wizard.button(QWizard.WizardButton.BackButton).isVisible()


def test_a_file_without_headers_is_imported_after_choosing_its_columns(qtbot, desk, tmp_path):
    wizard = wizard_on(qtbot, desk, corpus_copy(tmp_path, "no_header.csv"))
    wizard.next()
    preview = wizard.preview_page
    assert not preview.isComplete()
    for field, column in (("date", 0), ("meter", 1), ("value", 2)):
        box = preview.columns[field]
        box.setCurrentIndex(box.findData(column))
    assert preview.isComplete() and preview.rows_model.rowCount() == 2
    wizard.next()
    qtbot.waitUntil(wizard.check_page.isComplete, timeout=10_000)
    assert wizard.check_page.summary.text().startswith("2 rows: 2 will be imported")


def test_rejected_rows_are_listed_with_their_reasons(qtbot, desk, tmp_path, qtmodeltester):
    page = checked(qtbot, wizard_on(qtbot, desk, corpus_copy(tmp_path, "with_problems.csv")))
    notes = page.notes_model
    qtmodeltester.check(notes)
    assert page.notes.model() is notes
    assert reasons(notes)["5"] == "unknown meter NOPE"
    page.show_only.setCurrentIndex(2)  # warnings only
    assert notes.rowCount() == 1 and texts(notes, 1) == ["warning"]


def test_rejections_show_in_the_problem_colour_and_warnings_do_not(qtbot, desk, tmp_path, spanish):
    notes = checked(
        qtbot, wizard_on(qtbot, desk, corpus_copy(tmp_path, "with_problems.csv"))
    ).notes_model
    kinds = {row: notes.index(row, 1).data() for row in range(notes.rowCount())}
    assert set(kinds.values()) == {"rechazada", "aviso"}  # the tone is not read from these
    for row, kind in kinds.items():
        tone = notes.index(row, 0).data(notes.TONE_ROLE)
        colour = notes.index(row, 2).data(Qt.ItemDataRole.ForegroundRole)
        if kind == "rechazada":
            assert tone == Tone.PROBLEM and colour.name() == styles.PROBLEM_COLOUR
        else:
            assert tone == Tone.PLAIN and colour is None


def test_the_check_speaks_spanish_in_a_spanish_window(qtbot, desk, tmp_path, spanish):
    page = checked(qtbot, wizard_on(qtbot, desk, corpus_copy(tmp_path, "with_problems.csv")))
    said = reasons(page.notes_model)
    assert said["5"] == "contador desconocido: NOPE"
    assert said["12"] == "falta la lectura"
    assert said["6"] == "no es una fecha: '32/10/2026'"


def test_each_count_is_said_in_its_own_number_in_spanish(qtbot, desk, tmp_path, spanish):
    one = tmp_path / "una.csv"
    one.write_text("Contador;Fecha;Lectura\nWM1;25/10/2026;1050\n", encoding="utf-8")
    page = checked(qtbot, wizard_on(qtbot, desk, one))
    assert page.summary.text() == (
        "1 fila: se importará 1, 0 ya estaban, 0 están vacías o son totales, se rechazan 0 "
        "y 0 tienen un aviso."
    )


def test_the_wizard_and_the_command_line_count_the_same_file_alike(qtbot, desk, tmp_path, capsys):
    path = corpus_copy(tmp_path, "with_problems.csv")
    code = main(
        [
            "--db",
            desk.location,
            "readings",
            "import",
            str(path),
            "--dry-run",
            "--json",
            "--locale",
            "es_ES",
        ]
    )
    cli = json.loads(capsys.readouterr().out)
    wizard = wizard_on(qtbot, desk, path)
    checked(qtbot, wizard)
    report = wizard.checked.report
    assert code == 1 and (report.rows, report.accepted, report.duplicates, report.skipped) == (
        cli["rows"],
        cli["accepted"],
        cli["duplicates"],
        cli["skipped"],
    )
    assert [(n.row, n.message) for n in report.rejected] == [
        (n["row"], n["message"]) for n in cli["rejected"]
    ]
    assert len(report.warnings) == len(cli["warnings"]) == 1


def test_a_reading_already_stored_is_replaced_only_when_asked(qtbot, desk, tmp_path, english):
    record_reading(
        desk.open_uow, meter="WM1", value=Decimal(1050), read_on=date(2026, 10, 5), today=TODAY
    )
    corrected = tmp_path / "corrected.csv"
    corrected.write_text("Contador;Fecha;Lectura\nWM1;05/10/2026;1060\n", encoding="utf-8")
    wizard = wizard_on(qtbot, desk, corrected)
    page = checked(qtbot, wizard)
    assert page.summary.text().startswith("1 row: 0 will be imported")
    assert texts(page.notes_model, 1) == ["rejected"]
    qtbot.mouseClick(
        page.replace, Qt.MouseButton.LeftButton, pos=QPoint(8, page.replace.height() // 2)
    )
    qtbot.waitUntil(
        lambda: page.isComplete() and "1 will be imported" in page.summary.text(), timeout=10_000
    )
    assert page.summary.text().endswith(". 1 stored reading will be replaced.")
    qtbot.mouseClick(wizard.button(FINISH), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.report is not None, timeout=10_000)
    assert page.summary.text().endswith(". 1 stored reading replaced.")
    assert [(r.read_on, r.value) for r in meter_readings(desk.open_uow, meter="WM1")] == [
        (date(2026, 10, 5), Decimal(1060))
    ]


def test_stopping_a_large_import_writes_nothing(qtbot, desk, big_file):
    wizard = wizard_on(qtbot, desk, big_file)
    page = checked(qtbot, wizard, timeout=120_000)
    assert page.summary.text().startswith(f"{BIG_ROWS} rows: {BIG_ROWS} will be imported")
    qtbot.mouseClick(wizard.button(FINISH), Qt.MouseButton.LeftButton)
    assert page.stop.isVisible() and not page.isComplete()
    qtbot.mouseClick(page.stop, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not page.stop.isVisible(), timeout=60_000)
    assert page.summary.text() == "Stopped: nothing was imported."
    assert wizard.report is None and page.isComplete()  # it may be started again
    assert meter_readings(desk.open_uow, meter="ROOM-1") == []


@pytest.mark.parametrize("leave", ["escape", "close button"])
def test_leaving_during_a_large_import_stops_it_before_the_wizard_goes(
    qtbot, desk, big_file, monkeypatch, leave
):
    ended = threading.Event()  # set when the worker's use case has returned or raised
    real = import_wizard.import_readings_file

    def watched(*args, **kwargs):
        try:
            return real(*args, **kwargs)
        finally:
            ended.set()

    monkeypatch.setattr(import_wizard, "import_readings_file", watched)
    wizard = wizard_on(qtbot, desk, big_file)
    page = checked(qtbot, wizard, timeout=120_000)
    ended.clear()
    qtbot.mouseClick(wizard.button(FINISH), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.progress.value() > 0, timeout=60_000)  # well under way
    assert not ended.is_set()
    if leave == "escape":
        qtbot.keyClick(wizard, Qt.Key.Key_Escape)
    else:
        wizard.close()  # what the window's close button does
    assert ended.is_set() and not wizard.isVisible()  # the work ended before the wizard went
    assert not page.importing.running and wizard.report is None
    assert meter_readings(desk.open_uow, meter="ROOM-1") == []  # rolled back: nothing stored
