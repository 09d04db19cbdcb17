"""The import wizard says why a file cannot be read in the window's language."""

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

from usagebill_desktop.ui.dialogs.import_wizard import ImportWizard
from usagebill_desktop.ui.formatting import Formatter

CORPUS = Path(__file__).resolve().parents[1] / "data" / "imports"


@pytest.mark.parametrize(
    ("name", "spanish_text", "english_text"),
    [
        ("empty.csv", "empty.csv: el archivo está vacío.", "the file is empty"),
        (
            "binary.bin",
            "binary.bin: no es un archivo de texto ni una hoja de cálculo.",
            "this is not a text or spreadsheet file",
        ),
    ],
)
def test_a_spanish_window_says_in_spanish_why_a_file_cannot_be_read(
    qtbot, desk, tmp_path, spanish, name, spanish_text, english_text
):
    path = tmp_path / name
    path.write_bytes((CORPUS / name).read_bytes())
    wizard = ImportWizard(desk.open_uow, Formatter("es_ES"), locale="es_ES")
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.keyClicks(wizard.file_page.path, str(path))
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
    said = wizard.file_page.problem.text()
    assert said == spanish_text
    assert english_text not in said
    assert wizard.currentPage() is wizard.file_page  # the file is refused, not previewed
