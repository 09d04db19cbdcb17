"""The first start: no data file yet, the user chooses demo or empty."""

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from usagebill_desktop.bootstrap import database_url, open_workspace
from usagebill_desktop.cli import main as cli_main
from usagebill_desktop.services.overview import workspace_overview
from usagebill_desktop.ui.dialogs.first_run_dialog import FirstRunChoice, FirstRunDialog
from usagebill_desktop.ui.main_window import MainWindow

from .conftest import start_gui


@pytest.fixture
def shown_windows(monkeypatch):
    """Run the app without entering the event loop; collect what it showed."""
    shown = []
    monkeypatch.setattr(
        QApplication,
        "exec",
        lambda *_: (
            shown.extend(
                w
                for w in QApplication.topLevelWidgets()
                if isinstance(w, MainWindow) and w.isVisible()
            )
            or 0
        ),
    )
    yield shown
    for window in shown:
        window.close()
        window.deleteLater()


def _start(tmp_path: Path, monkeypatch, choice: FirstRunChoice) -> int:
    monkeypatch.setattr(FirstRunDialog, "ask", classmethod(lambda cls, location: choice))
    # Without tariffs the demo skips its two years of billing (the CLI test builds it all).
    monkeypatch.setattr("usagebill_desktop.importers.demo_files.read_demo_tariffs", lambda: [])
    return start_gui(database_url(str(tmp_path / "first.db")), is_new=True)


def _customers(path: Path) -> int:
    workspace = open_workspace(database_url(str(path)))
    count = workspace_overview(workspace.open_uow).customers
    workspace.close()
    return count


def test_the_demo_opens_in_a_file_of_its_own(tmp_path: Path, monkeypatch, shown_windows):
    assert _start(tmp_path, monkeypatch, FirstRunChoice.DEMO) == 0
    assert len(shown_windows) == 1
    assert "first-demo.db" in shown_windows[0].windowTitle()
    assert not (tmp_path / "first.db").exists()  # the user's data file is still to come
    assert _customers(tmp_path / "first-demo.db") == 240


def test_choosing_the_demo_again_reopens_it_unchanged(tmp_path: Path, monkeypatch, shown_windows):
    _start(tmp_path, monkeypatch, FirstRunChoice.DEMO)
    _start(tmp_path, monkeypatch, FirstRunChoice.DEMO)
    assert _customers(tmp_path / "first-demo.db") == 240


def test_starting_empty_creates_the_data_file(tmp_path: Path, monkeypatch, shown_windows):
    assert _start(tmp_path, monkeypatch, FirstRunChoice.EMPTY) == 0
    assert len(shown_windows) == 1
    assert _customers(tmp_path / "first.db") == 0


def test_quitting_the_first_start_creates_no_file(tmp_path: Path, monkeypatch, shown_windows):
    assert _start(tmp_path, monkeypatch, FirstRunChoice.QUIT) == 0
    assert shown_windows == [] and not (tmp_path / "first.db").exists()


@pytest.mark.parametrize(
    ("button", "choice"),
    [
        (lambda d: d.demo_button, FirstRunChoice.DEMO),
        (lambda d: d.empty_button, FirstRunChoice.EMPTY),
        (lambda d: d.button(QMessageBox.StandardButton.Cancel), FirstRunChoice.QUIT),
    ],
    ids=["demo", "empty", "cancel"],
)
def test_the_welcome_dialog_maps_its_buttons_to_choices(qtbot, button, choice):
    dialog = FirstRunDialog("/tmp/x.db")
    qtbot.addWidget(dialog)
    dialog.show()
    assert "/tmp/x.db" in dialog.informativeText()
    assert dialog.choice() is FirstRunChoice.QUIT  # closed without a choice
    with qtbot.waitSignal(dialog.finished):
        qtbot.mouseClick(button(dialog), Qt.MouseButton.LeftButton)
    assert dialog.choice() is choice and not dialog.isVisible()


def test_after_choosing_the_demo_the_next_start_opens_it_without_asking(
    tmp_path: Path, monkeypatch, shown_windows
):
    """Started as a user starts it (`usagebill`, no --db): the question comes once."""
    monkeypatch.delenv("USAGEBILL_DB", raising=False)
    monkeypatch.setattr(
        "usagebill_desktop.bootstrap.default_database_path", lambda: tmp_path / "usagebill.db"
    )
    monkeypatch.setattr("usagebill_desktop.importers.demo_files.read_demo_tariffs", lambda: [])
    asked = []

    def ask(cls, location: str) -> FirstRunChoice:
        asked.append(location)
        return FirstRunChoice.DEMO

    monkeypatch.setattr(FirstRunDialog, "ask", classmethod(ask))
    assert cli_main(["--lang", "en"]) == 0
    assert cli_main(["--lang", "en"]) == 0
    assert asked == [str(tmp_path / "usagebill.db")]  # the first start only
    titles = {window.windowTitle() for window in shown_windows}  # both starts' windows
    assert len(shown_windows) >= 2 and len(titles) == 1 and "usagebill-demo.db" in titles.pop()
    assert not (tmp_path / "usagebill.db").exists()


def test_a_data_file_named_with_db_is_opened_whatever_was_last(
    tmp_path: Path, monkeypatch, shown_windows
):
    _start(tmp_path, monkeypatch, FirstRunChoice.DEMO)
    other = tmp_path / "other.db"
    assert cli_main(["--db", str(other), "init"]) == 0
    assert cli_main(["--db", str(other), "--lang", "en"]) == 0
    assert any("other.db" in window.windowTitle() for window in shown_windows)
