"""Start the window: language, first-run choice, workspace, main window."""

import sys
from collections.abc import Callable
from datetime import date
from functools import partial
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QProgressDialog

from ..paths import resources_dir
from ..services.overview import workspace_overview
from ..texts import FORMAT_LOCALES
from . import remembered
from .dialogs.first_run_dialog import FirstRunChoice, FirstRunDialog
from .formatting import Formatter
from .garbage import collect_on_gui_thread
from .i18n import choose_language, install_translators
from .main_window import MainWindow


def _build_demo_with_progress(open_uow: Any) -> None:
    """Two years of billing take some seconds: say what is happening meanwhile."""
    from ..demo.workspace import build_demo  # only on a first start
    from ..importers.demo_files import read_demo_tariffs

    waiting = QProgressDialog(
        QCoreApplication.translate("Demo", "Building the demo workspace…"), "", 0, 0
    )
    waiting.setCancelButton(None)
    waiting.setWindowTitle(QCoreApplication.translate("Demo", "Demo workspace"))
    waiting.setMinimumDuration(0)
    waiting.show()

    def show(step: str) -> None:
        text = QCoreApplication.translate("Demo", "Building the demo workspace: {step}")
        waiting.setLabelText(text.format(step=step))
        QApplication.processEvents()

    QApplication.processEvents()
    build_demo(open_uow, today=date.today(), tariffs=read_demo_tariffs(), progress=show)
    waiting.close()


def main_window(workspace: Any, language: str, open_for_worker: Callable[[str], Any]) -> MainWindow:
    """The main window on an open workspace, in `language`'s formats."""
    return MainWindow(
        workspace.open_uow,
        location=workspace.location,
        formatter=Formatter(FORMAT_LOCALES[language]),
        open_factory=partial(open_for_worker, workspace.url),
    )


def run_gui(
    url: str,
    *,
    is_new: bool,
    open_workspace: Callable[[str], Any],
    open_for_worker: Callable[[str], Any],
    demo: str,
    language: str | None = None,
) -> int:
    """Open the window on `url`; on a first start, offer the demo (kept at `demo`)."""
    running = QApplication.instance()
    app = running if isinstance(running, QApplication) else QApplication(sys.argv[:1])
    app.setApplicationName("UsageBill")
    app.setOrganizationName("usagebill")
    app.setWindowIcon(QIcon(str(resources_dir() / "icons" / "usagebill.png")))
    collector = collect_on_gui_thread(app)  # noqa: F841 (kept alive)
    language = choose_language(language)
    translators = install_translators(app, language)  # noqa: F841 (kept alive)
    choice = FirstRunChoice.EMPTY
    if is_new:
        choice = FirstRunDialog.ask(url.removeprefix("sqlite:///"))
        if choice is FirstRunChoice.QUIT:
            return 0
    workspace = open_workspace(demo if choice is FirstRunChoice.DEMO else url)
    remembered.set_last_data_file(workspace.url)  # opened again at the next start
    try:
        if choice is FirstRunChoice.DEMO and not workspace_overview(workspace.open_uow).customers:
            _build_demo_with_progress(workspace.open_uow)
        window = main_window(workspace, language, open_for_worker)
        window.show()
        return app.exec()
    finally:
        workspace.close()
