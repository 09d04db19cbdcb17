"""The imports of readings done, newest first, with Undo for one nothing issued billed.

The service decides (`services.imports.undo_import`): an import whose readings an
invoice has billed stays, and the dialog says the service's sentence.
"""

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...domain.imports import ImportRecord
from ...services.imports import imports_done, undo_import
from ...services.ports import OpenUnitOfWork
from ..formatting import Formatter
from ..operations import Operation, set_enabled
from ..table_model import RIGHT, Column, RowsTableModel


class ImportsDialog(QDialog):
    """Operations (see `ui.operations`): `listing` (the imports, on opening and after an
    undo) and `undoing` (the chosen import). `undone` counts the readings removed."""

    def __init__(
        self, open_uow: OpenUnitOfWork, formatter: Formatter, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._open_uow = open_uow
        self.undone = 0
        self.setWindowTitle(self.tr("Imports of readings"))
        f = formatter
        undone = self.tr("undone")
        I = Column[ImportRecord]  # noqa: E741 (the row's initial, as the other pages do)
        columns = (
            I(self.tr("Imported on"), "", lambda r: f.day(r.at.date()) if r.at else "", RIGHT),
            I(self.tr("File"), "", lambda r: r.file_name),
            I(self.tr("Rows"), "", lambda r: f.number(r.rows), RIGHT),
            I(self.tr("Readings"), "", lambda r: f.number(r.accepted), RIGHT),
            I(self.tr("By"), "", lambda r: r.actor),
            I(self.tr("State"), "", lambda r: undone if r.undone_at else ""),
        )
        self.model = RowsTableModel(columns, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.status = QLabel(wordWrap=True)
        self.undo = QPushButton(self.tr("&Undo this import"), enabled=False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.undo, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.undo.clicked.connect(self._on_undo_clicked)
        layout = QVBoxLayout(self)
        intro = self.tr(
            "Undoing an import removes its readings, while no invoice has billed them. "
            "A draft that billed them must be billed again."
        )
        layout.addWidget(QLabel(intro, wordWrap=True))
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self.resize(760, 420)
        self.listing = Operation(self, waiting=(self.table,), status=self.status)
        failure = self.tr("The import stays: {error}")
        self.undoing = Operation(
            self, waiting=(self.table, self.undo), status=self.status, failure=failure
        )
        self.listing.succeeded.connect(self._on_listing_succeeded)
        self.undoing.succeeded.connect(self._on_undoing_succeeded)
        self.table.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self._list()

    @classmethod
    def ask(cls, parent: QWidget, open_uow: OpenUnitOfWork, formatter: Formatter) -> int:
        """How many readings the imports undone here removed."""
        dialog = cls(open_uow, formatter, parent)
        dialog.exec()
        return dialog.undone

    def _list(self) -> None:
        open_uow = self._open_uow
        self.listing.start(lambda: list(imports_done(open_uow)))

    def _on_listing_succeeded(self, records: list[ImportRecord]) -> None:
        self.model.set_rows(records)
        if records:
            self.table.selectRow(0)
        else:
            self.status.setText(self.tr("No file of readings has been imported yet."))
        self.table.setFocus()

    def _chosen(self) -> ImportRecord | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def _on_selection_changed(self) -> None:
        chosen = self._chosen()
        set_enabled(self.undo, chosen is not None and chosen.undone_at is None)

    def _on_undo_clicked(self) -> None:
        chosen, open_uow = self._chosen(), self._open_uow
        if chosen is None or chosen.id is None:
            return
        import_id = chosen.id
        busy = self.tr("Undoing the import of {file}…").format(file=chosen.file_name)
        self.undoing.start(lambda: undo_import(open_uow, import_id=import_id), busy=busy)

    def _on_undoing_succeeded(self, removed: int) -> None:
        self.undone += removed
        self._list()
        self.status.setText(self.tr("Import undone: %n reading(s) removed.", "", removed))
