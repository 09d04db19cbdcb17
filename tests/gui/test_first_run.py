"""The first start: no data file yet, the user chooses demo or empty."""

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from usagebill_desktop.bootstrap import database_url, open_workspace
from usagebill_desktop.services.overview import workspace_overview
from usagebill_desktop.ui import app as app_module
from usagebill_desktop.ui.dialogs.first_run_dialog import FirstRunChoice, FirstRunDialog
from usagebill_desktop.ui.main_window import MainWindow


@pytest.fixture
def shown_windows(monkeypatch):
    """Run the app without entering the event loop; collect what it showed."""
    shown = []
    monkeypatch.setattr(QApplication, "exec", lambda *_: shown.extend(
        w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()
    ) or 0)  # fmt: skip
    yield shown
    for window in shown:
        window.close()
        window.deleteLater()


@pytest.mark.parametrize(
    ("choice", "customers"), [(FirstRunChoice.DEMO, 240), (FirstRunChoice.EMPTY, 0)]
)
def test_the_first_start_offers_demo_or_empty(
    tmp_path: Path, monkeypatch, shown_windows, choice, customers
):
    monkeypatch.setattr(FirstRunDialog, "ask", classmethod(lambda cls, location: choice))
    url = database_url(str(tmp_path / "first.db"))
    assert app_module.run_gui(url, is_new=True, open_workspace=open_workspace, language="en") == 0
    assert len(shown_windows) == 1
    workspace = open_workspace(url)
    assert workspace_overview(workspace.open_uow).customers == customers
    workspace.close()


def test_quitting_the_first_start_creates_no_file(tmp_path: Path, monkeypatch, shown_windows):
    monkeypatch.setattr(
        FirstRunDialog, "ask", classmethod(lambda cls, location: FirstRunChoice.QUIT)
    )
    url = database_url(str(tmp_path / "first.db"))
    assert app_module.run_gui(url, is_new=True, open_workspace=open_workspace, language="en") == 0
    assert shown_windows == [] and not (tmp_path / "first.db").exists()


def test_the_welcome_dialog_maps_its_buttons_to_choices(qtbot):
    dialog = FirstRunDialog("/tmp/x.db")
    qtbot.addWidget(dialog)
    assert "/tmp/x.db" in dialog.informativeText()
    assert dialog.choice() is FirstRunChoice.QUIT
    dialog.demo_button.click()
    assert dialog.choice() is FirstRunChoice.DEMO
