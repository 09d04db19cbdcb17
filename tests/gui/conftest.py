import gc
from collections.abc import Callable, Iterator
from functools import partial

import pytest
from PySide6.QtCore import QDate, QPoint, QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDateEdit, QDialog, QMessageBox

from usagebill_desktop.bootstrap import (
    Workspace,
    data_file,
    database_url,
    demo_url,
    open_for_worker,
    open_workspace,
)
from usagebill_desktop.ui.app import run_gui
from usagebill_desktop.ui.formatting import Formatter
from usagebill_desktop.ui.main_window import MainWindow
from usagebill_desktop.ui.pages.settings_page import SettingsPage


@pytest.fixture(autouse=True)
def collected_on_the_gui_thread() -> Iterator[None]:
    """As in the app (`ui/garbage.py`): no cycle collection while workers run, where it
    could free a Qt object off the GUI thread; the test's garbage is collected here."""
    gc.disable()
    yield
    gc.collect(1)  # the young generations: this test's garbage, cheaply
    gc.enable()


@pytest.fixture(autouse=True)
def remembered_settings(tmp_path_factory) -> Iterator[None]:
    """What the window remembers goes to a fresh folder for each test, never to the user's
    own settings (`ui/remembered.py` writes INI files under the user-scope path)."""
    folder = tmp_path_factory.mktemp("settings")
    ini, user = QSettings.Format.IniFormat, QSettings.Scope.UserScope
    QSettings.setDefaultFormat(ini)
    QSettings.setPath(ini, user, str(folder))
    yield


@pytest.fixture
def unsaved_question() -> None:
    """Asked for by a test that answers the Settings page's unsaved-changes question."""


@pytest.fixture(autouse=True)
def unsaved_settings_discarded(request, monkeypatch) -> None:
    """A test that leaves Settings edited is not stopped by the question when its window
    closes (pytest-qt closes it): unsaved edits are discarded, unless the test asks for
    `unsaved_question` and answers it itself."""
    if "unsaved_question" not in request.fixturenames:
        discard = QMessageBox.StandardButton.Discard
        monkeypatch.setattr(SettingsPage, "ask_unsaved", classmethod(lambda cls, _: discard))


_ASK_UNSAVED = SettingsPage.__dict__["ask_unsaved"]  # what every test starts from


@pytest.hookimpl(hookwrapper=True, tryfirst=True)
def pytest_runtest_teardown(item: pytest.Item) -> Iterator[None]:
    """Windows closed at teardown (by pytest-qt) discard unsaved settings, also in a test
    that answers the question itself and failed before it did: never a question left
    waiting with nobody to answer it. Afterwards the question is the real one again
    (whatever the test's own patches were)."""
    discard = QMessageBox.StandardButton.Discard
    SettingsPage.ask_unsaved = classmethod(lambda cls, _: discard)  # type: ignore[method-assign,assignment]
    yield
    SettingsPage.ask_unsaved = _ASK_UNSAVED  # type: ignore[method-assign]


def when_shown(act: Callable[[QDialog], object]) -> None:
    """Do `act(dialog)` once the modal dialog about to open is on the screen."""

    def attempt() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, QDialog) and dialog.isVisible():
            act(dialog)
        else:
            QTimer.singleShot(20, attempt)

    QTimer.singleShot(0, attempt)


def open_window(qtbot, workspace: Workspace, locale: str = "en_GB") -> MainWindow:
    """The main window on `workspace`, shown, closed after the test."""
    shown = MainWindow(
        workspace.open_uow,
        location=workspace.location,
        formatter=Formatter(locale),
        open_factory=partial(open_for_worker, workspace.url),
    )
    qtbot.addWidget(shown)
    shown.show()
    return shown


def start_gui(url: str, *, is_new: bool) -> int:
    """`run_gui` in English on `url`, wired as the command line wires it."""
    return run_gui(
        url,
        is_new=is_new,
        open_workspace=open_workspace,
        open_for_worker=open_for_worker,
        url_of=database_url,
        data_file=data_file,
        demo=demo_url(url),
        language="en",
    )


@pytest.fixture
def window(qtbot, demo, english) -> MainWindow:
    return open_window(qtbot, demo)


def type_date(qtbot, edit: QDateEdit, day: QDate) -> None:
    """Double-click each part of the date shown and type it over, as a user does; the year
    and month first, so that the day typed is never past the end of the month shown."""
    line, shown, layout = edit.lineEdit(), edit.text(), edit.displayFormat()
    for part in (p for p in ("yyyy", "MM", "dd") if p in layout):
        left = line.fontMetrics().horizontalAdvance(shown[: layout.index(part)])
        where = QPoint(line.textMargins().left() + left + 6, line.height() // 2)
        qtbot.mouseDClick(line, Qt.MouseButton.LeftButton, pos=where)
        qtbot.keyClicks(edit, day.toString(part))
    assert edit.date() == day
