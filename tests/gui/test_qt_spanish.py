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
