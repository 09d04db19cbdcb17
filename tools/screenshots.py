"""Save a PNG of every page and dialog of the window, in each language, to look at the app
as a user would (`make screenshots` writes them to screenshots/, which git ignores).

QT_QPA_PLATFORM=offscreen .venv/bin/python tools/screenshots.py demo.db screenshots/ [es en]

To add a page or a dialog, add a `Shot` to `SHOTS`: its file name and how to open it on the
window (a page: `_page(key)`; a dialog: a function that builds it, not shown, from the
`Scene`). Each shot is grabbed at 1366×768 for pages and at its own size for dialogs.
"""

import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from functools import partial
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QWidget

from usagebill_desktop.bootstrap import Workspace, database_url, open_for_worker, open_workspace
from usagebill_desktop.texts import FORMAT_LOCALES
from usagebill_desktop.ui.desk import main_window
from usagebill_desktop.ui.formatting import Formatter
from usagebill_desktop.ui.i18n import install_translators
from usagebill_desktop.ui.main_window import MainWindow
from usagebill_desktop.ui.operations import Operation

SCREEN = (1366, 768)


@dataclass
class Scene:
    """What a shot may open things with."""

    window: MainWindow
    workspace: Workspace
    language: str

    @property
    def formatter(self) -> Formatter:
        return Formatter(FORMAT_LOCALES[self.language])


@dataclass(frozen=True)
class Shot:
    name: str
    open: Callable[[Scene], QWidget]  # the widget to grab (the window, for a page)


def _page(key: str) -> Callable[[Scene], QWidget]:
    def opened(scene: Scene) -> QWidget:
        page = scene.window.show_page(key)
        if key == "invoices":  # show an invoice's PDF beside the list
            page.list.ui.table.selectRow(0)  # type: ignore[attr-defined]
        return scene.window

    return opened


def _first_run(scene: Scene) -> QWidget:
    from usagebill_desktop.ui.dialogs.first_run_dialog import FirstRunDialog

    return FirstRunDialog(scene.workspace.location, scene.window)


def _customer(scene: Scene) -> QWidget:
    from usagebill_desktop.ui.dialogs.customer_dialog import CustomerDialog

    return CustomerDialog(scene.workspace.open_uow, parent=scene.window)


def _import_wizard(scene: Scene) -> QWidget:
    from usagebill_desktop.ui.dialogs.import_wizard import ImportWizard

    return ImportWizard(scene.workspace.open_uow, scene.formatter, parent=scene.window)


def _export_pdf(scene: Scene) -> QWidget:
    from usagebill_desktop.ui.dialogs.export_pdf_dialog import ExportPdfDialog

    factory = partial(open_for_worker, scene.workspace.url)
    month = date.today().replace(day=1)
    return ExportPdfDialog(scene.workspace.open_uow, factory, Path.home(), month, scene.window)


def _getting_started(scene: Scene) -> QWidget:
    from usagebill_desktop.ui.dialogs.help_dialogs import GettingStartedDialog

    return GettingStartedDialog(scene.window)


def _about(scene: Scene) -> QWidget:
    from usagebill_desktop.ui.dialogs.help_dialogs import AboutDialog

    return AboutDialog(scene.workspace.location, scene.window)


PAGES = [
    "dashboard",
    "customers",
    "meters",
    "readings",
    "read_sheet",
    "tariffs",
    "billing",
    "invoices",
    "reports",
    "settings",
]
DIALOGS = [
    Shot("dialog-first-run", _first_run),
    Shot("dialog-customer", _customer),
    Shot("dialog-import-wizard", _import_wizard),
    Shot("dialog-export-pdf", _export_pdf),
    Shot("dialog-getting-started", _getting_started),
    Shot("dialog-about", _about),
]
SHOTS = [Shot(f"page-{key}", _page(key)) for key in PAGES] + DIALOGS


def _settle(app: QApplication, widget: QWidget, seconds: float) -> None:
    """What a widget shows (figures, totals, the PDF) is worked out off the GUI thread."""
    app.processEvents()
    while any(operation.running for operation in widget.findChildren(Operation)):
        app.processEvents()
    settle = time.monotonic() + seconds  # the widget is redrawn once the layout settles
    while time.monotonic() < settle:
        app.processEvents()


def shoot(
    workspace: Workspace,
    folder: Path,
    language: str,
    shots: list[Shot] = SHOTS,
    *,
    settle_s: float = 0.3,
) -> list[Path]:
    """Grab each shot in `language` to `folder`/<language>-<name>.png, each after its work
    is done and `settle_s` more for the layout."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    translators = install_translators(app, language)
    window = main_window(workspace, language, open_for_worker)
    window.resize(*SCREEN)
    window.show()
    scene, saved = Scene(window, workspace, language), []
    folder.mkdir(parents=True, exist_ok=True)
    try:
        for shot in shots:
            widget = shot.open(scene)
            widget.show()
            _settle(app, scene.window, 0)
            _settle(app, widget, settle_s)
            path = folder / f"{language}-{shot.name}.png"
            widget.grab().save(str(path))
            saved.append(path)
            if widget is not window:
                widget.close()
                widget.deleteLater()
    finally:
        window.close()
        window.deleteLater()
        for translator in translators:
            app.removeTranslator(translator)
    return saved


def main(db: str, out: str, *languages: str) -> None:
    app = QApplication([])  # noqa: F841 (kept alive)
    # The window remembers its size and pages in settings of its own here, never the user's.
    kept = tempfile.TemporaryDirectory()
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, kept.name)
    workspace = open_workspace(database_url(db))
    try:
        for language in languages or ("es", "en"):
            shoot(workspace, Path(out), language)
    finally:
        workspace.close()


if __name__ == "__main__":
    main(*sys.argv[1:])
