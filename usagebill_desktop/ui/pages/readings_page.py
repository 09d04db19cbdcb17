"""Readings: every read, newest first, paged over the database."""

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from ...domain.readings import ReadingListing, ReadType
from ...services.company import get_company
from ...services.ports import OpenUnitOfWork
from ...services.readings import count_readings, list_readings
from ..dialogs.import_wizard import ImportWizard
from ..formatting import Formatter
from ..table_model import RIGHT, Column
from .list_page import ListPage


class ReadingsPage(ListPage):
    def __init__(
        self, open_uow: OpenUnitOfWork, formatter: Formatter, parent: QWidget | None = None
    ) -> None:
        types = {
            # The letter is the mark printed next to the read on invoices.
            ReadType.ACTUAL: self.tr("A · Actual"),
            ReadType.ESTIMATED: self.tr("E · Estimated"),
            ReadType.CUSTOMER: self.tr("C · Customer read"),
        }
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
        self._open_uow, self._formatter = open_uow, formatter
        self.ui.addButton.setText(self.tr("&Import readings…"))
        self.ui.addButton.clicked.connect(lambda: self.import_file(None))
        self.ui.editButton.hide()  # entering a single reading comes with the operator GUI
        self.ui.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)

    def import_file(self, path: Path | None) -> None:
        """Run the import wizard (on `path` when a file was dropped on the window)."""
        locale = get_company(self._open_uow).locale
        report = ImportWizard.ask(self, self._open_uow, self._formatter, path=path, locale=locale)
        if report is not None:
            self.refresh()
            text = self.tr("%n reading(s) imported from {file}", "", report.accepted)
            self.message.emit(text.format(file=report.file))

    def count_text(self, count: int) -> str:
        return self.tr("%Ln reading(s)", "", count)
