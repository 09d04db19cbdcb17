"""The data file in the window (issue 15, items 7 and 8): new, open, recent, back up now,
restore from backup, a backup on close, and a dialog instead of a traceback for a file
that cannot be opened."""

import os
from collections.abc import Callable, Iterator
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from usagebill_desktop.bootstrap import (
    data_file,
    database_url,
    open_for_worker,
    open_workspace,
)
from usagebill_desktop.services.backups import backup_now
from usagebill_desktop.services.customers import add_customer, list_customers
from usagebill_desktop.ui import desk as desk_module
from usagebill_desktop.ui.desk import Desk, Doors
from usagebill_desktop.ui.dialogs.restore_dialog import RestoreDialog
from usagebill_desktop.ui.dialogs.unopenable_dialog import UnopenableDialog
from usagebill_desktop.ui.main_window import MainWindow
from usagebill_desktop.ui.remembered import recent_files

from ..conftest import another_apps, missing, newer_revision, random_bytes, truncated
from .conftest import start_gui

DOORS = Doors(open_workspace, open_for_worker, database_url, data_file)


def made(path: Path, *names: str) -> Path:
    """A data file at `path` with customers `names`."""
    workspace = open_workspace(database_url(str(path)))
    for n, name in enumerate(names, 1):
        add_customer(workspace.open_uow, name=name, account=str(n))
    workspace.close()
    return path


def names(path: Path) -> list[str]:
    workspace = open_workspace(database_url(str(path)), create=False)
    try:
        return [customer.name for customer in list_customers(workspace.open_uow)]
    finally:
        workspace.close()


@pytest.fixture
def opened(qtbot, english) -> Iterator[Callable[..., Desk]]:
    """A desk, opened on a file; its windows closed (without a backup) after the test."""
    desks: list[Desk] = []

    def open_on(path: Path, language: str = "en") -> Desk:
        desk = Desk(DOORS, language)
        desks.append(desk)
        assert desk.open(database_url(str(path)))
        return desk

    yield open_on
    for desk in desks:
        window = desk.window
        desk.close(back_up=False)
        if window is not None:
            window.close()
            window.deleteLater()


def menu_action(window: MainWindow, text: str):
    """The File menu's action whose text (without its & mark) is `text`."""
    menu = window.file_menu
    found = [a for a in menu.actions() if a.text().replace("&", "") == text]
    assert found, [a.text() for a in menu.actions()]
    return found[0]


def shown_customers(window: MainWindow) -> list[str]:
    page = window.show_page("customers")
    model = page.model  # type: ignore[attr-defined]
    return [model.index(row, 1).data() for row in range(model.rowCount())]


def message(window: MainWindow) -> QMessageBox:
    return window.findChild(QMessageBox, "data_file_message")


def when_modal(callback: Callable[[QMessageBox], None]) -> None:
    """Run `callback` on the modal dialog that is about to be shown."""

    def act() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(10, act)
            return
        callback(dialog)  # type: ignore[arg-type]

    QTimer.singleShot(0, act)


def test_back_up_now_writes_a_copy_that_opens_and_says_where(tmp_path, opened, qtbot):
    db = made(tmp_path / "work.db", "Ana Ruiz")
    window = opened(db).window

    menu_action(window, "Back up now").trigger()

    qtbot.waitUntil(lambda: message(window) is not None and message(window).isVisible())
    (copy,) = (tmp_path / "backups").iterdir()
    assert names(copy) == ["Ana Ruiz"]
    assert str(copy) in message(window).text()
    assert str(copy) in window.statusBar().currentMessage()
    message(window).button(QMessageBox.StandardButton.Ok).click()


def test_restore_lists_backups_newest_first_and_brings_their_data_back(
    tmp_path, opened, qtbot, monkeypatch
):
    db = made(tmp_path / "work.db", "Ana Ruiz")
    target = data_file(database_url(str(db)))
    older = backup_now(data_file=target, now=datetime(2026, 11, 1, 9))
    os.utime(older, (1_700_000_000, 1_700_000_000))
    desk = opened(db)
    newest = backup_now(data_file=target, now=datetime(2026, 11, 28, 9))
    add_customer(desk.workspace.open_uow, name="Luis Gil", account="2")
    assert shown_customers(desk.window) == ["Ana Ruiz", "Luis Gil"]
    old_window, listed = desk.window, []
    monkeypatch.setattr(QMessageBox, "question", lambda *_: QMessageBox.StandardButton.Yes)

    def pick_newest(dialog: RestoreDialog) -> None:
        table = dialog.table
        listed.extend(table.item(row, 0).text() for row in range(table.rowCount()))
        dialog.restore_button.click()

    when_modal(pick_newest)
    menu_action(desk.window, "Restore from backup…").trigger()

    assert len(listed) == 2 and listed[0] > listed[1]  # dd/mm/yyyy: 28/… after 14/…
    assert desk.window is not old_window
    assert shown_customers(desk.window) == ["Ana Ruiz"]
    assert names(db) == ["Ana Ruiz"]
    kept = set((tmp_path / "backups").iterdir()) - {older, newest}
    assert [names(path) for path in kept] == [["Ana Ruiz", "Luis Gil"]]
    assert str(kept.pop()) in desk.window.statusBar().currentMessage()


def test_opening_another_file_reopens_the_window_on_it_and_remembers_both(
    tmp_path, opened, qtbot, monkeypatch
):
    first = made(tmp_path / "first.db", "Ana Ruiz")
    second = made(tmp_path / "other" / "second.db", "Marta Vidal")
    desk = opened(first)
    monkeypatch.setattr(desk_module, "choose_data_file", lambda *_: second)

    menu_action(desk.window, "Open data file…").trigger()

    assert str(second) in desk.window.windowTitle()
    assert shown_customers(desk.window) == ["Marta Vidal"]
    assert recent_files()[:2] == [second, first]
    assert names(next((tmp_path / "backups").iterdir())) == ["Ana Ruiz"]  # closed: backed up
    recent = menu_action(desk.window, "Recent files").menu()
    recent.aboutToShow.emit()
    assert [a.text() for a in recent.actions()][:2] == [str(second), str(first)]
    recent.actions()[1].trigger()
    assert shown_customers(desk.window) == ["Ana Ruiz"]


def test_a_new_data_file_opens_empty(tmp_path, opened, monkeypatch):
    desk = opened(made(tmp_path / "work.db", "Ana Ruiz"))
    monkeypatch.setattr(desk_module, "choose_new_data_file", lambda *_: tmp_path / "new.db")

    menu_action(desk.window, "New data file…").trigger()

    assert str(tmp_path / "new.db") in desk.window.windowTitle()
    assert shown_customers(desk.window) == []
    assert names(tmp_path / "new.db") == []


@pytest.mark.parametrize(
    ("spoil", "sentence"),
    [
        (random_bytes, "The data file is damaged or is not a usagebill database."),
        (truncated, "The data file is damaged or is not a usagebill database."),
        (
            newer_revision,
            "The data file comes from a newer version of usagebill; update the app to open it.",
        ),
        (another_apps, "The data file is damaged or is not a usagebill database."),
        (missing, "There is no file at {db}."),
    ],
)
def test_a_file_that_cannot_be_opened_says_why_and_quitting_opens_nothing(
    tmp_path, qtbot, english, spoil, sentence
):
    db = made(tmp_path / "work.db", "Ana Ruiz")
    spoil(db)
    said: list[tuple[str, bool]] = []

    def give_up(dialog: UnopenableDialog) -> None:
        said.append((dialog.text(), dialog.backup_button is None))
        dialog.give_up_button.click()

    when_modal(give_up)
    desk = Desk(DOORS, "en")
    assert not desk.open(database_url(str(db)))
    assert said == [(sentence.format(db=db), True)]  # no backup to offer
    assert desk.window is None


def test_a_damaged_file_is_replaced_by_its_latest_good_backup_in_spanish(
    tmp_path, qtbot, spanish, opened
):
    db = made(tmp_path / "work.db", "Ana Ruiz")
    target = data_file(database_url(str(db)))
    good = backup_now(data_file=target, now=datetime(2026, 11, 27, 9))
    broken = backup_now(data_file=target, now=datetime(2026, 11, 28, 9))
    random_bytes(broken)  # the newest backup fails the check: the one before is offered
    random_bytes(db)
    said: list[str] = []

    def take_backup(dialog: UnopenableDialog) -> None:
        said.extend((dialog.text(), dialog.backup_button.text(), dialog.give_up_button.text()))
        dialog.backup_button.click()

    when_modal(take_backup)
    desk = opened(db, "es")

    assert said[0] == "El archivo de datos está dañado o no es una base de datos de usagebill."
    assert said[1].startswith("Restaurar la última copia (") and said[2] == "Salir"
    assert shown_customers(desk.window) == ["Ana Ruiz"]
    assert good.is_file()
    assert len(list((tmp_path / "backups").glob("*-damaged.db"))) == 1  # the damaged one kept


def test_another_file_can_be_chosen_instead_of_one_that_cannot_be_opened(
    tmp_path, qtbot, opened, monkeypatch
):
    db = tmp_path / "work.db"
    random_bytes(db)
    other = made(tmp_path / "other.db", "Marta Vidal")
    monkeypatch.setattr(desk_module, "choose_data_file", lambda *_: other)
    when_modal(lambda dialog: dialog.other_button.click())

    desk = opened(db)

    assert shown_customers(desk.window) == ["Marta Vidal"]


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes into a read-only folder")
def test_a_file_in_a_read_only_folder_says_it_cannot_be_opened(tmp_path, qtbot, english):
    db = made(tmp_path / "ro" / "work.db", "Ana Ruiz")
    said: list[str] = []
    (tmp_path / "ro").chmod(0o555)
    try:
        when_modal(lambda dialog: said.append(dialog.text()) or dialog.give_up_button.click())
        assert not Desk(DOORS, "en").open(database_url(str(db)))
    finally:
        (tmp_path / "ro").chmod(0o755)
    assert said and "data file" in said[0]


def _run(db: Path, monkeypatch) -> int:
    monkeypatch.setattr(QApplication, "exec", lambda *_: 0)  # the window closed at once
    return start_gui(database_url(str(db)), is_new=False)


def test_closing_the_app_backs_the_data_file_up(tmp_path, qtbot, english, monkeypatch):
    db = made(tmp_path / "work.db", "Ana Ruiz")
    assert _run(db, monkeypatch) == 0
    (copy,) = (tmp_path / "backups").iterdir()
    assert names(copy) == ["Ana Ruiz"]
    for window in QApplication.topLevelWidgets():
        if isinstance(window, MainWindow):
            window.close()
            window.deleteLater()


def test_a_backup_on_close_that_fails_is_said(tmp_path, qtbot, english, monkeypatch):
    db = made(tmp_path / "work.db", "Ana Ruiz")
    (tmp_path / "backups").write_text("a file where the folder goes")
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: warned.append(text))
    assert _run(db, monkeypatch) == 0
    (said,) = warned
    where = tmp_path / "backups"
    assert said.startswith(
        f"The data file could not be backed up: the copy cannot be written at {where}"
    )
    for window in QApplication.topLevelWidgets():
        if isinstance(window, MainWindow):
            window.close()
            window.deleteLater()
