"""Readings: every read, newest first, paged over the database; a read corrected or
deleted before it is issued, and the imports, with Undo."""

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton, QWidget

from ...domain.readings import ReadingListing
from ...services.company import get_company
from ...services.ports import OpenUnitOfWork
from ...services.readings import count_readings, list_readings
from ..dialogs.import_wizard import ImportWizard
from ..dialogs.imports_dialog import ImportsDialog
from ..dialogs.reading_dialog import ReadingDialog
from ..formatting import Formatter
from ..table_model import RIGHT, Column
from ..wording import read_types
from .list_page import ListPage


class ReadingsPage(ListPage):
    def __init__(
        self,
        open_uow: OpenUnitOfWork,
        formatter: Formatter,
        parent: QWidget | None = None,
        *,
        today: date | None = None,
    ) -> None:
        types = read_types()
        f = formatter
        R = Column[ReadingListing]
        columns = (
            R(self.tr("Date"), "date", lambda r: f.day(r.reading.read_on), RIGHT),
            R(self.tr("Meter"), "meter", lambda r: r.reading.meter_serial),
            R(self.tr("Customer"), "customer", lambda r: r.customer_name),
            R(
                self.tr("Reading"),
                "value",
                lambda r: f"{f.number(r.reading.value)} {r.unit}",
                RIGHT,
            ),
            R(self.tr("Read type"), "type", lambda r: types[r.reading.type]),
            R(self.tr("Note"), "", lambda r: r.reading.note),
        )
        super().__init__(
            self.tr("Readings"),
            columns,
            lambda page: list_readings(open_uow, page=page),
            lambda search: count_readings(open_uow, search=search),
            parent,
            stretch_column=5,
        )
        self.ui.searchEdit.setPlaceholderText(self.tr("Search by meter, customer or account"))
        self._open_uow, self._formatter, self._today = open_uow, formatter, today
        self.ui.addButton.setText(self.tr("&Import readings…"))
        self.ui.addButton.clicked.connect(lambda: self.import_file(None))
        self.ui.editButton.setText(self.tr("&Correct…"))
        self.ui.editButton.setEnabled(False)
        self.ui.editButton.clicked.connect(self._on_correct_clicked)
        self.ui.table.doubleClicked.connect(self._on_correct_clicked)
        self.ui.table.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self.imports_button = QPushButton(self.tr("I&mports…"))
        self.imports_button.clicked.connect(self._on_imports_clicked)
        toolbar = self.ui.toolbar
        toolbar.insertWidget(toolbar.indexOf(self.ui.editButton) + 1, self.imports_button)
        self.ui.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)

    def import_file(self, path: Path | None) -> None:
        """Run the import wizard (on `path` when a file was dropped on the window)."""
        locale = get_company(self._open_uow).locale
        report = ImportWizard.ask(self, self._open_uow, self._formatter, path=path, locale=locale)
        if report is not None:
            self.refresh()
            text = self.tr("%n reading(s) imported from {file}", "", report.accepted)
            self.message.emit(text.format(file=report.file))

    def _on_correct_clicked(self) -> None:
        chosen: ReadingListing | None = self.selected_row()
        if chosen is None:
            return
        today = self._today or date.today()
        done = ReadingDialog.ask(self, self._open_uow, self._formatter, chosen, today=today)
        if done is None:
            return
        self.refresh()
        f, serial, day = self._formatter, done.old.meter_serial, done.old.read_on
        if done.new is None:
            text = self.tr("Reading of {meter} on {day} deleted.")
        else:
            text = self.tr("Reading of {meter} on {day} corrected.")
            self.select(lambda r: (r.reading.meter_serial, r.reading.read_on) == (serial, day))
        text = text.format(meter=serial, day=f.day(day))
        if done.drafts:
            text += " " + self.tr("Bill this customer again on the Billing page.")
        self.message.emit(text)

    def _on_imports_clicked(self) -> None:
        if ImportsDialog.ask(self, self._open_uow, self._formatter):
            self.refresh()

    def _on_selection_changed(self) -> None:
        self.ui.editButton.setEnabled(self.selected_row() is not None)

    def refresh(self) -> None:
        super().refresh()
        self._on_selection_changed()

    def count_text(self, count: int) -> str:
        return self.tr("%Ln reading(s)", "", count)
