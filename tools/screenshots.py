"""Save a PNG of every page and dialog of the window, in each language, to look at the app
as a user would (`make screenshots` writes them to screenshots/, which git ignores).

QT_QPA_PLATFORM=offscreen .venv/bin/python tools/screenshots.py demo.db screenshots/ [es en]

To add a page or a dialog, add a `Shot` to `SHOTS`: its file name and how to open it on the
window (a page: `_page(key)`; a dialog: a function that builds it, not shown, from the
`Scene`; one that needs a row picks the first of its list page, `_selected`), or a page in
a state worth seeing to `STATES` (these run last: billing the month writes its drafts to the
data file; billing it again replaces them). Each shot is grabbed at 1366×768 for pages and
at its own size for dialogs.
"""

import sys
import tempfile
import time as clock
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QWidget

from usagebill_desktop.bootstrap import Workspace, database_url, open_for_worker, open_workspace
from usagebill_desktop.services.backups import Backup
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


def _selected(scene: Scene, key: str) -> Any:
    """The first row of a list page, once the page has loaded it."""
    page = scene.window.show_page(key)
    _settle(_app(), page, 0)
    page.ui.table.selectRow(0)  # type: ignore[attr-defined]
    return page.selected_row()  # type: ignore[attr-defined]


def _account(scene: Scene) -> QWidget:
    """The account of a customer who owes an invoice: invoices, payments and a balance."""
    from usagebill_desktop.domain.invoices import InvoiceFilter, InvoiceStatus
    from usagebill_desktop.domain.paging import Page
    from usagebill_desktop.services.invoices import invoice_page
    from usagebill_desktop.ui.dialogs.account_view import AccountView

    owing = InvoiceFilter(date.today(), status=InvoiceStatus.OVERDUE)
    (invoice,) = invoice_page(scene.workspace.open_uow, page=Page(limit=1), filters=owing)
    account = invoice.customer.account
    return AccountView(scene.workspace.open_uow, scene.formatter, account, scene.window)


def _on_first_meter(scene: Scene, dialog: Callable[..., QWidget]) -> QWidget:
    """A dialog opened on the first meter of the Meters page."""
    meter = _selected(scene, "meters").meter
    return dialog(
        scene.workspace.open_uow, scene.formatter, meter, today=date.today(), parent=scene.window
    )


def _new_reading(scene: Scene) -> QWidget:
    from usagebill_desktop.ui.dialogs.new_reading_dialog import NewReadingDialog

    return _on_first_meter(scene, NewReadingDialog)


def _correct_reading(scene: Scene) -> QWidget:
    from usagebill_desktop.ui.dialogs.reading_dialog import ReadingDialog

    listing = _selected(scene, "readings")
    return ReadingDialog(
        scene.workspace.open_uow, scene.formatter, listing, today=date.today(), parent=scene.window
    )


def _imports(scene: Scene) -> QWidget:
    from usagebill_desktop.ui.dialogs.imports_dialog import ImportsDialog

    return ImportsDialog(scene.workspace.open_uow, scene.formatter, scene.window)


def _tariffs(scene: Scene) -> list[str]:
    from usagebill_desktop.services.tariffs import list_tariffs

    return [t.name for t in list_tariffs(scene.workspace.open_uow, today=date.today())]


def _new_meter(scene: Scene) -> QWidget:
    from usagebill_desktop.ui.dialogs.meter_dialog import MeterDialog

    return MeterDialog(
        scene.workspace.open_uow,
        scene.formatter,
        _tariffs(scene),
        today=date.today(),
        parent=scene.window,
    )


def _edit_meter(scene: Scene) -> QWidget:
    from usagebill_desktop.ui.dialogs.meter_dialog import MeterDialog

    return _on_first_meter(scene, lambda uow, f, meter, **kw: MeterDialog(uow, f, (), meter, **kw))


def _replace_meter(scene: Scene) -> QWidget:
    from usagebill_desktop.ui.dialogs.meter_actions import ReplaceDialog

    return _on_first_meter(scene, ReplaceDialog)


def _remove_meter(scene: Scene) -> QWidget:
    from usagebill_desktop.ui.dialogs.meter_actions import RemoveDialog

    return _on_first_meter(scene, RemoveDialog)


def _meter_tariff(scene: Scene) -> QWidget:
    from usagebill_desktop.ui.dialogs.meter_actions import TariffDialog

    tariffs = _tariffs(scene)
    return _on_first_meter(
        scene, lambda uow, f, meter, **kw: TariffDialog(uow, f, meter, tariffs, **kw)
    )


def _tariff_editor(scene: Scene) -> QWidget:
    """New prices for the demo's tiered water tariff."""
    from usagebill_desktop.demo.workspace import DOMESTIC_WATER
    from usagebill_desktop.services.tariffs import get_tariff
    from usagebill_desktop.ui.dialogs.tariff_editor import TariffEditor

    stored = get_tariff(scene.workspace.open_uow, name=DOMESTIC_WATER)
    editor = TariffEditor(scene.workspace.open_uow, scene.formatter, stored, scene.window)
    editor.charges.charges.setCurrentRow(1)  # the water, priced in tiers
    editor.quote_panel.quantity.setText("27")  # and what 27 m³ would cost
    return editor


def _backups(scene: Scene) -> list[Backup]:
    """Four daily backups beside the data file, newest first."""
    folder = Path(scene.workspace.location).parent / "backups"
    taken = [datetime.combine(date.today(), time(9, 30)) - timedelta(days=n) for n in range(4)]
    return [
        Backup(folder / f"usagebill-{t:%Y%m%d-%H%M}.db", t, 3_480_000 - n)
        for n, t in enumerate(taken)
    ]


def _restore(scene: Scene) -> QWidget:
    from usagebill_desktop.ui.dialogs.restore_dialog import RestoreDialog

    return RestoreDialog(_backups(scene), scene.formatter, scene.window)


def _unopenable(scene: Scene) -> QWidget:
    """At start, a damaged data file with a good backup to go back to."""
    from usagebill_desktop.domain.errors import StorageError
    from usagebill_desktop.persistence.storage_errors import DAMAGED
    from usagebill_desktop.ui.dialogs.unopenable_dialog import UnopenableDialog
    from usagebill_desktop.ui.messages import error_text

    backup = _backups(scene)[0].taken
    taken = f"{scene.formatter.day(backup.date())} {backup:%H:%M}"
    reason = error_text(StorageError(reason=DAMAGED))
    path = Path(scene.workspace.location)
    return UnopenableDialog(path, reason, taken, quitting=True, parent=scene.window)


def _billing_drafts(scene: Scene) -> QWidget:
    """The Billing page once this month is billed: its findings and drafts."""
    page = scene.window.show_page("billing")
    _settle(_app(), page, 0)
    page.run_button.click()  # type: ignore[attr-defined]
    return scene.window


def _read_sheet_all(scene: Scene) -> QWidget:
    """The read sheet of every meter in service (the demo has read them all this month)."""
    page = scene.window.show_page("read_sheet")
    _settle(_app(), page, 0)
    page.choice.setCurrentIndex(page.choice.findData("all"))  # type: ignore[attr-defined]
    page.show_button.click()  # type: ignore[attr-defined]
    return scene.window


def _invoices_filtered(scene: Scene) -> QWidget:
    """The Invoices page showing only what is overdue, of one billed period."""
    page = scene.window.show_page("invoices")
    _settle(_app(), page, 0)
    boxes = page.status_box, page.period_box  # type: ignore[attr-defined]
    boxes[0].setCurrentIndex(boxes[0].findData("overdue"))
    boxes[1].setCurrentIndex(min(2, boxes[1].count() - 1))
    return scene.window


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
    Shot("dialog-account", _account),
    Shot("dialog-new-reading", _new_reading),
    Shot("dialog-correct-reading", _correct_reading),
    Shot("dialog-imports", _imports),
    Shot("dialog-new-meter", _new_meter),
    Shot("dialog-edit-meter", _edit_meter),
    Shot("dialog-replace-meter", _replace_meter),
    Shot("dialog-meter-out-of-service", _remove_meter),
    Shot("dialog-meter-tariff", _meter_tariff),
    Shot("dialog-tariff-editor", _tariff_editor),
    Shot("dialog-restore", _restore),
    Shot("dialog-unopenable", _unopenable),
]
# Pages in a state worth seeing; billing this month writes its drafts, so it comes last.
STATES = [
    Shot("page-read-sheet-all", _read_sheet_all),
    Shot("page-invoices-filtered", _invoices_filtered),
    Shot("page-billing-drafts", _billing_drafts),
]
SHOTS = [Shot(f"page-{key}", _page(key)) for key in PAGES] + DIALOGS + STATES


def _app() -> QApplication:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    return app


def _settle(app: QApplication, widget: QWidget, seconds: float) -> None:
    """What a widget shows (figures, totals, the PDF) is worked out off the GUI thread."""
    app.processEvents()
    while any(operation.running for operation in widget.findChildren(Operation)):
        app.processEvents()
        clock.sleep(0.01)  # the work's thread needs the GIL that a busy loop would keep
    settle = clock.monotonic() + seconds  # the widget is redrawn once the layout settles
    while clock.monotonic() < settle:
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
    app = _app()
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
