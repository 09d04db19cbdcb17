"""Settings as a desk application has it: unsaved changes are not lost without a word,
the window language is chosen here, and number formats are said in words."""

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QMessageBox

from usagebill_desktop.services.company import get_company
from usagebill_desktop.ui import remembered
from usagebill_desktop.ui.i18n import choose_language

from .conftest import open_window, when_shown


def _field(page, name: str) -> QLineEdit:
    editor = page.findChild(QLineEdit, name)
    assert editor is not None
    return editor


def _retype(qtbot, editor, text: str) -> None:
    qtbot.mouseClick(editor, Qt.MouseButton.LeftButton)
    editor.selectAll()
    qtbot.keyClicks(editor, text)


def _click_sidebar(window, qtbot, row: int) -> None:
    rect = window.sidebar.visualItemRect(window.sidebar.item(row))
    qtbot.mouseClick(window.sidebar.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def _answer(text: str, seen: list[list[str]]):
    """Click the question's button that says `text`, noting every button's text."""

    def act(box) -> None:
        assert isinstance(box, QMessageBox)
        seen.append(sorted(b.text().replace("&", "") for b in box.buttons()))
        [button] = [b for b in box.buttons() if b.text().replace("&", "") == text]
        button.click()

    return act


def test_leaving_settings_with_changes_asks_in_spanish(qtbot, demo, spanish, unsaved_question):
    window = open_window(qtbot, demo, "es_ES")
    page = window.show_page("settings")
    _retype(qtbot, _field(page, "name"), "Aguas de Valdeluz")
    seen: list[list[str]] = []
    when_shown(_answer("Cancelar", seen))
    _click_sidebar(window, qtbot, 1)  # Clientes
    assert seen == [["Cancelar", "Descartar", "Guardar"]]
    assert window.stack.currentWidget() is page
    assert window.sidebar.currentRow() == window.page_keys.index("settings")
    assert _field(page, "name").text() == "Aguas de Valdeluz"  # still there to save
    when_shown(_answer("Descartar", seen))
    _click_sidebar(window, qtbot, 1)
    assert window.stack.currentWidget() is window.pages["customers"]
    assert get_company(demo.open_uow).name != "Aguas de Valdeluz"
    assert _field(page, "name").text() == get_company(demo.open_uow).name


def test_closing_the_window_with_changes_can_save_them(qtbot, demo, english, unsaved_question):
    window = open_window(qtbot, demo)
    page = window.show_page("settings")
    _retype(qtbot, _field(page, "name"), "Aguas de Valdeluz")
    seen: list[list[str]] = []
    when_shown(_answer("Save", seen))
    with qtbot.waitActive(window):
        window.activateWindow()
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    assert seen and not window.isVisible()
    assert get_company(demo.open_uow).name == "Aguas de Valdeluz"


def test_the_window_language_is_chosen_for_the_next_start(qtbot, demo, english):
    window = open_window(qtbot, demo)
    page = window.show_page("settings")
    assert page.language.currentText() == "English"
    page.language.setFocus()
    qtbot.keyClicks(page.language, "Esp")  # a combo box finds the item typed
    assert page.language.currentText() == "Español"
    with qtbot.waitSignal(page.saving.succeeded, timeout=10_000):
        qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert remembered.language() == "es" and choose_language(None) == "es"
    assert choose_language("en") == "en"  # --lang still wins
    assert any("next time" in label.text() for label in page.findChildren(QLabel))


def test_a_number_format_is_said_in_words_with_the_next_numbers(qtbot, demo, spanish):
    window = open_window(qtbot, demo, "es_ES")
    page = window.show_page("settings")
    editor = _field(page, "invoice_number_format")
    preview = editor.parentWidget().property("preview")
    year = date.today().year
    assert preview.text() == (
        f"F-{year}-00001, F-{year}-00002 … Números de 5 cifras, reinician cada año"
    )
    _retype(qtbot, editor, "FAC{year}-{seq}")
    assert preview.text() == (
        f"FAC{year}-1, FAC{year}-2 … Números sin ceros delante, reinician cada año"
    )
    _retype(qtbot, editor, "FAC")
    assert preview.text().startswith("No es un formato válido")
