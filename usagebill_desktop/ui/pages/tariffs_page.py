"""Tariffs: what is in the workspace and their prices, a new tariff or new prices in the
editor, importing and exporting tariff files, and trying a quote."""

from collections.abc import Sequence
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QPushButton, QSplitter, QWidget

from ...domain.periods import Period
from ...domain.tariffs import TariffSummary
from ...domain.text import fold
from ...importers.tariff_file import read_tariff_file
from ...services.ports import OpenUnitOfWork, Page
from ...services.tariffs import (
    TariffImport,
    export_tariff,
    get_tariff,
    import_tariff,
    list_tariffs,
)
from ..dialogs.tariff_editor import TariffEditor
from ..formatting import Formatter
from ..messages import failure_text
from ..operations import Operation
from ..quote_panel import QuotePanel
from ..table_model import RIGHT, Column
from ..tariff_prices_panel import TariffPricesPanel
from .list_page import ListPage


class TariffsPage(ListPage):
    """Signals: message(str) (see `ListPage`): an import's result or why it failed.

    Operations (see `ui.operations`): `importing` (a tariff file, read and stored).
    """

    def __init__(
        self, open_uow: OpenUnitOfWork, formatter: Formatter, parent: QWidget | None = None
    ) -> None:
        self._open_uow = open_uow
        self._formatter = formatter
        periods = {
            Period.MONTH: self.tr("month"),
            Period.QUARTER: self.tr("quarter"),
            Period.YEAR: self.tr("year"),
        }
        f = formatter
        T = Column[TariffSummary]
        columns = (
            T(self.tr("Name"), "name", lambda t: t.name),
            T(self.tr("Unit"), "unit", lambda t: t.unit),
            T(self.tr("Per"), "period", lambda t: periods[t.period]),
            T(self.tr("Prices since"), "since", lambda t: f.day(t.versions[-1]), RIGHT),
            T(self.tr("Meters"), "meters", lambda t: f.number(t.meters), RIGHT),
        )
        # Names are read in full; the last column takes whatever room is left.
        super().__init__(
            self.tr("Tariffs"),
            columns,
            self._fetch,
            self._count,
            parent,
            stretch_column=len(columns) - 1,
        )
        self.ui.searchEdit.setPlaceholderText(self.tr("Search by name"))
        self.ui.addButton.setText(self.tr("&New tariff…"))
        self.ui.addButton.clicked.connect(self._on_new_clicked)
        self.ui.editButton.setText(self.tr("New &prices…"))
        self.ui.editButton.clicked.connect(self._on_edit_clicked)
        self.import_button = QPushButton(self.tr("&Import tariff file…"))
        self.import_button.clicked.connect(self._on_import_clicked)
        self.export_button = QPushButton(self.tr("E&xport tariff file…"))
        self.export_button.clicked.connect(self._on_export_clicked)
        for button in (self.import_button, self.export_button):
            self.ui.toolbar.addWidget(button)
        self.editor: TariffEditor | None = None
        self.prices = TariffPricesPanel(formatter)
        self.quote_panel = QuotePanel(open_uow, formatter)
        self._put_beside_table(self.prices, self.quote_panel)
        self.ui.table.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self.importing = Operation(self, waiting=(self.import_button,))
        self.importing.succeeded.connect(self._on_importing_succeeded)
        self.importing.failed.connect(self._on_importing_failed)
        self._on_selection_changed()

    def count_text(self, count: int) -> str:
        return self.tr("%Ln tariff(s)", "", count)

    def _put_beside_table(self, top: QWidget, bottom: QWidget) -> None:
        layout = self.ui.layout
        position = layout.indexOf(self.ui.table)
        layout.removeWidget(self.ui.table)
        side = QSplitter(Qt.Orientation.Vertical)
        side.addWidget(top)
        side.addWidget(bottom)
        side.setSizes([260, 340])
        splitter = QSplitter()
        splitter.addWidget(self.ui.table)
        splitter.addWidget(side)
        splitter.setSizes([480, 560])
        layout.insertWidget(position, splitter, 1)

    def _summaries(self, search: str) -> list[TariffSummary]:
        found = list_tariffs(self._open_uow, today=date.today())
        return [t for t in found if fold(search) in fold(t.name)]

    def _fetch(self, page: Page) -> Sequence[TariffSummary]:
        keys = {
            "name": lambda t: fold(t.name),
            "unit": lambda t: t.unit,
            "period": lambda t: t.period.value,
            "since": lambda t: t.versions[-1],
            "meters": lambda t: t.meters,
        }
        rows = sorted(
            self._summaries(page.search),
            key=keys.get(page.sort, keys["name"]),
            reverse=page.descending,
        )
        return rows[page.offset : page.offset + page.limit]

    def _count(self, search: str) -> int:
        return len(self._summaries(search))

    def _on_selection_changed(self) -> None:
        selected = self.selected_row()
        tariff = None if selected is None else get_tariff(self._open_uow, name=selected.name)
        self.prices.show_tariff(tariff, None if selected is None else selected.meters)
        self.quote_panel.quote_with(tariff)
        for button in (self.ui.editButton, self.export_button):
            button.setEnabled(selected is not None)

    def _on_new_clicked(self) -> None:
        self._open_editor(None)

    def _on_edit_clicked(self) -> None:
        selected = self.selected_row()
        if selected is not None:
            self._open_editor(selected.name)

    def _open_editor(self, name: str | None) -> None:
        """The editor, window-modal; on Save the list shows the tariff saved."""
        stored = None if name is None else get_tariff(self._open_uow, name=name)
        self.editor = TariffEditor(self._open_uow, self._formatter, stored, self)
        self.editor.accepted.connect(self._on_editor_accepted)
        self.editor.open()

    def _on_editor_accepted(self) -> None:
        assert self.editor is not None
        name = self.editor.saved_name
        self.refresh()
        self.select(lambda t: t.name == name)
        self.message.emit(self.tr("Tariff {name} saved").format(name=name))

    def _on_export_clicked(self) -> None:
        selected = self.selected_row()
        if selected is None:
            return
        chosen, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export a tariff file"),
            f"{selected.name}.json",
            self.tr("Tariff files (*.json)"),
        )
        if not chosen:
            return
        try:
            export_tariff(self._open_uow, name=selected.name, path=Path(chosen))
        except OSError as error:
            text = self.tr("The tariff file was not written: {error}")
            self.message.emit(text.format(error=failure_text(error)))
            return
        self.message.emit(self.tr("Wrote {file}").format(file=Path(chosen).name))

    def _on_import_clicked(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import a tariff file"), "", self.tr("Tariff files (*.json)")
        )
        if not chosen:
            return
        path, open_uow = Path(chosen), self._open_uow
        self.importing.start(lambda: import_tariff(open_uow, tariff=read_tariff_file(path)))

    def _on_importing_succeeded(self, result: TariffImport) -> None:
        self.refresh()
        self.select(lambda t: t.name == result.name)
        text = self.tr("Tariff {name} imported: %n new version(s)", "", len(result.added))
        if result.reworded:
            text += " · " + self.tr("translations updated")
        self.message.emit(text.format(name=result.name))

    def _on_importing_failed(self, error: str) -> None:
        self.message.emit(self.tr("The tariff file was not imported: {error}").format(error=error))
