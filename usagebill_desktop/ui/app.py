"""Start the window: language, first-run choice, workspace, main window."""

import sys
from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QProgressDialog

from ..paths import resources_dir
from ..services.overview import workspace_overview
from .desk import Desk, Doors
from .dialogs.first_run_dialog import FirstRunChoice, FirstRunDialog
from .garbage import collect_on_gui_thread
from .i18n import choose_language, install_translators


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


def run_gui(
    url: str,
    *,
    is_new: bool,
    open_workspace: Callable[[str], Any],
    open_for_worker: Callable[[str], Any],
    url_of: Callable[[str], str],
    data_file: Callable[[str], Any],
    demo: str,
    language: str | None = None,
) -> int:
    """Open the window on `url`; on a first start, offer the demo (kept at `demo`). The
    window may switch to other data files (`Desk`); the one open at the end is backed up."""
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
    desk = Desk(Doors(open_workspace, open_for_worker, url_of, data_file), language)
    demo_chosen = choice is FirstRunChoice.DEMO
    opened = desk.open(
        demo if demo_chosen else url,
        must_exist=not is_new,
        prepare=_build_demo_if_empty if demo_chosen else None,
    )
    if not opened:
        return 0
    try:
        return app.exec()
    finally:
        desk.close()


def _build_demo_if_empty(workspace: Any) -> None:
    if not workspace_overview(workspace.open_uow).customers:
        _build_demo_with_progress(workspace.open_uow)
