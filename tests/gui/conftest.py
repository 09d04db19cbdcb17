import gc
from collections.abc import Iterator
from functools import partial

import pytest
from PySide6.QtCore import QDate, QPoint, QSettings, Qt
from PySide6.QtWidgets import QDateEdit

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


@pytest.fixture(autouse=True)
def collected_on_the_gui_thread() -> Iterator[None]:
    """As in the app (`ui/garbage.py`): no cycle collection while workers run, where it
    could free a Qt object off the GUI thread; the test's garbage is collected here."""
    gc.disable()
    yield
    gc.collect(1)  # the young generations: this test's garbage, cheaply
    gc.enable()


@pytest.fixture(autouse=True)
def settings_apart(tmp_path_factory: pytest.TempPathFactory) -> None:
    """What the window remembers (QSettings) goes to a folder of the test run's own."""
    folder = str(tmp_path_factory.mktemp("settings"))
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, folder)


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
