"""Qt's own dialogs speak the window's language: its catalogue is installed with ours."""

from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QMessageBox


def test_a_message_box_says_cancelar_in_spanish(qtbot, spanish):
    box = QMessageBox(QMessageBox.Icon.Question, "", "", QMessageBox.StandardButton.Cancel)
    qtbot.addWidget(box)
    box.addButton(QMessageBox.StandardButton.Save)
    texts = {b.text().replace("&", "") for b in box.buttons()}
    assert texts == {"Cancelar", "Guardar"}


def test_qts_file_dialog_says_cancelar_in_spanish(qtbot, spanish, tmp_path):
    dialog = QFileDialog(None, "", str(tmp_path))
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    qtbot.addWidget(dialog)
    [buttons] = dialog.findChildren(QDialogButtonBox)
    cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
    assert cancel.text().replace("&", "") == "Cancelar"


def test_english_keeps_qts_own_words(qtbot, english):
    box = QMessageBox(QMessageBox.Icon.Question, "", "", QMessageBox.StandardButton.Cancel)
    qtbot.addWidget(box)
    assert [b.text().replace("&", "") for b in box.buttons()] == ["Cancel"]


def test_every_date_field_of_the_window_shows_a_four_digit_year_in_spanish(
    qtbot, workspace, spanish
):
    from PySide6.QtWidgets import QDateEdit

    from .conftest import open_window

    window = open_window(qtbot, workspace, "es_ES")
    for n in range(window.sidebar.count()):  # each page in turn, as Ctrl+1… opens them
        window.sidebar.setCurrentRow(n)
    fields = window.findChildren(QDateEdit)
    assert len(fields) >= 5  # the read sheet's day, the reports' and the quote's spans
    for field in fields:
        day = field.date()
        assert field.text() == f"{day.day():02d}/{day.month():02d}/{day.year()}"
