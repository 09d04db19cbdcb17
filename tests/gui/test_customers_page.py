import sqlite3

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox

from usagebill_desktop.services.customers import add_customer, get_customer
from usagebill_desktop.ui.dialogs.customer_dialog import CustomerDialog


def _visible_names(page):
    model = page.model
    return [model.index(row, 1).data() for row in range(model.rowCount())]


def _click_heading(qtbot, page, column: int):
    header = page.ui.table.horizontalHeader()
    middle = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    qtbot.mouseClick(
        header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(middle, header.height() // 2)
    )


def _save_button(dialog):
    return dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Save)


def _click_save(qtbot, dialog):
    qtbot.mouseClick(_save_button(dialog), Qt.MouseButton.LeftButton)


def test_typing_in_search_narrows_the_list_and_updates_the_count(window, qtbot):
    page = window.show_page("customers")
    assert page.ui.countLabel.text() == "240 customers"
    qtbot.keyClicks(page.ui.searchEdit, "plaza")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    assert _visible_names(page) == ["Bar La Plaza SL"]
    assert page.ui.countLabel.text() == "1 customer"


def test_sorting_by_a_column_is_done_by_the_database(window, qtbot):
    page = window.show_page("customers")
    assert page.model.index(0, 0).data() == "000001"
    _click_heading(qtbot, page, 0)  # already sorted by account: a click turns it round
    assert page.model.index(0, 0).data() == "000240"


def test_a_customer_added_in_the_dialog_appears_selected_in_the_list(window, qtbot, monkeypatch):
    asked = {}

    def fill_and_save(cls, parent, open_uow, customer=None, *, default_language="en"):
        asked["language"] = default_language
        return add_customer(open_uow, name="Zoe Zamora", language=default_language)

    monkeypatch.setattr(CustomerDialog, "ask", classmethod(fill_and_save))
    page = window.show_page("customers")
    qtbot.mouseClick(page.ui.addButton, Qt.MouseButton.LeftButton)
    assert asked["language"] == "es"  # the demo company's language, not the window's
    assert page.ui.countLabel.text() == "241 customers"
    selected = page.selected_row()
    assert selected is not None and selected.name == "Zoe Zamora"
    assert page.ui.editButton.isEnabled()
    assert window.statusBar().currentMessage() == f"Customer {selected.account} saved: Zoe Zamora"


def test_the_dialog_saves_what_the_user_typed(qtbot, workspace):
    dialog = CustomerDialog(workspace.open_uow, default_language="en")
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.ui.nameEdit, "Ana Ruiz")
    qtbot.keyClicks(dialog.ui.taxIdEdit, "12345678z")
    qtbot.keyClicks(dialog.ui.addressEdit, "Calle Mayor 1")
    with qtbot.waitSignal(dialog.saving.finished):
        _click_save(qtbot, dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted
    saved = get_customer(workspace.open_uow, account="000001")
    assert (saved.name, saved.tax_id, saved.language, saved.address) == (
        "Ana Ruiz",
        "12345678Z",
        "en",
        "Calle Mayor 1",
    )


def test_a_broken_rule_is_explained_in_the_dialog_which_stays_open(qtbot, workspace):
    dialog = CustomerDialog(workspace.open_uow)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.ui.nameEdit, "Ana")
    qtbot.keyClicks(dialog.ui.emailEdit, "ana@")
    with qtbot.waitSignal(dialog.saving.finished):
        _click_save(qtbot, dialog)
    assert dialog.isVisible()
    assert dialog.ui.errorLabel.text() == "E-mail: not an e-mail address"
    assert dialog.focusWidget() is dialog.ui.emailEdit
    assert _save_button(dialog).isEnabled()  # the user puts it right and saves again


def test_editing_keeps_the_account_number_and_saves_the_change(qtbot, demo):
    customer = get_customer(demo.open_uow, account="000008")
    dialog = CustomerDialog(demo.open_uow, customer)
    qtbot.addWidget(dialog)
    assert dialog.ui.accountEdit.isReadOnly()
    assert dialog.ui.languageCombo.currentData() == "en"
    dialog.show()
    qtbot.mouseClick(dialog.ui.activeCheck, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(dialog.saving.finished):
        _click_save(qtbot, dialog)
    assert not dialog.isVisible()
    assert get_customer(demo.open_uow, account="000008").active is False


def test_errors_are_shown_in_spanish_in_a_spanish_window(qtbot, workspace, spanish):
    add_customer(workspace.open_uow, name="Ana", account="7")
    dialog = CustomerDialog(workspace.open_uow)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.ui.accountEdit, "7")
    qtbot.keyClicks(dialog.ui.nameEdit, "Luis")
    dialog.show()
    with qtbot.waitSignal(dialog.saving.finished):
        _click_save(qtbot, dialog)
    assert dialog.isVisible()  # nothing saved: the user can put the number right
    assert dialog.ui.errorLabel.text() == "Ya existe un cliente con el número de abonado 7."


def test_the_form_waits_while_it_saves_and_escape_then_keeps_the_saved_customer(qtbot, workspace):
    dialog = CustomerDialog(workspace.open_uow, default_language="en")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.ui.nameEdit, "Ana Ruiz")
    other_program = sqlite3.connect(workspace.location)
    other_program.execute("BEGIN IMMEDIATE")  # the save waits for the database
    _click_save(qtbot, dialog)
    assert not _save_button(dialog).isEnabled() and not dialog.ui.nameEdit.isEnabled()
    other_program.rollback()
    other_program.close()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # the save ends first, and it saved
    assert not dialog.isVisible() and dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.saved is not None and dialog.saved.name == "Ana Ruiz"
    assert get_customer(workspace.open_uow, account="000001").name == "Ana Ruiz"
