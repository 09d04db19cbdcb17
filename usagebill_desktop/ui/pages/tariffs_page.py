"""Tariffs: what is in the workspace, importing a tariff file, and trying a quote."""

from collections.abc import Sequence
from datetime import date
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import DomainError
from ...domain.periods import Period, Span
from ...domain.tariffs import Tariff, TariffSummary
from ...domain.text import fold
from ...exporters.explanations import Wording
from ...importers.tariff_file import read_tariff_file
from ...services.ports import OpenUnitOfWork, Page
from ...services.tariffs import TariffImport, get_tariff, import_tariff, list_tariffs, quote
from .. import styles
from ..bill_model import BillTableModel
from ..formatting import Formatter
from ..messages import error_text
from ..operations import Operation
from ..table_model import RIGHT, Column
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
        self.ui.addButton.setText(self.tr("&Import tariff file…"))
        self.ui.addButton.clicked.connect(self._on_import_clicked)
        self.ui.editButton.hide()
        self.quote_panel = QuotePanel(open_uow, formatter)
        self._put_beside_table(self.quote_panel)
        self.ui.table.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self.importing = Operation(self, waiting=(self.ui.addButton,))
        self.importing.succeeded.connect(self._on_importing_succeeded)
        self.importing.failed.connect(self._on_importing_failed)

    def count_text(self, count: int) -> str:
        return self.tr("%Ln tariff(s)", "", count)

    def _put_beside_table(self, panel: QWidget) -> None:
        layout = self.ui.layout
        position = layout.indexOf(self.ui.table)
        layout.removeWidget(self.ui.table)
        splitter = QSplitter()
        splitter.addWidget(self.ui.table)
        splitter.addWidget(panel)
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
        self.quote_panel.show_tariff(None if selected is None else selected.name)

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


class QuotePanel(QWidget):
    """Type a quantity (and, optionally, the days) and see the bill, line by line."""

    def __init__(self, open_uow: OpenUnitOfWork, formatter: Formatter) -> None:
        super().__init__()
        self._open_uow = open_uow
        self._formatter = formatter
        self._tariff: Tariff | None = None
        self.title = QLabel(styleSheet=styles.STRONG)
        self.quantity = QLineEdit(placeholderText=self.tr("e.g. 27"))
        self.unit = QLabel()
        self.partial = QCheckBox(self.tr("Only part of a period:"))
        today = QDate.currentDate()
        self.first = QDateEdit(QDate(today.year(), today.month(), 1), calendarPopup=True)
        self.last = QDateEdit(
            QDate(today.year(), today.month(), today.daysInMonth()), calendarPopup=True
        )
        self.problem = QLabel(styleSheet=styles.PROBLEM, wordWrap=True)
        self.bill = BillTableModel(self)
        table = QTableView()
        table.setModel(self.bill)
        table.verticalHeader().hide()
        table.setWordWrap(True)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table = table
        self._lay_out()
        for signal in (
            self.quantity.textChanged,
            self.partial.toggled,
            self.first.dateChanged,
            self.last.dateChanged,
        ):
            signal.connect(self._on_input_changed)
        self.show_tariff(None)

    def _lay_out(self) -> None:
        amount = QHBoxLayout()
        amount.addWidget(self.quantity, 1)
        amount.addWidget(self.unit)
        days = QHBoxLayout()
        days.addWidget(self.partial)
        days.addWidget(self.first)
        days.addWidget(QLabel("–"))
        days.addWidget(self.last)
        days.addStretch(1)
        form = QFormLayout()
        form.addRow(self.tr("Quantity"), amount)
        form.addRow("", days)
        column = QVBoxLayout(self)
        column.setContentsMargins(8, 0, 0, 0)
        column.addWidget(self.title)
        column.addLayout(form)
        column.addWidget(self.problem)
        column.addWidget(self.table, 1)

    def show_tariff(self, name: str | None) -> None:
        self._tariff = None if name is None else get_tariff(self._open_uow, name=name)
        self.setEnabled(self._tariff is not None)
        self.title.setText(
            self.tr("Try a quote with {name}").format(name=name)
            if name
            else self.tr("Choose a tariff to try a quote")
        )
        self.unit.setText(
            self._tariff.in_language(self._formatter.language, self._tariff.unit)
            if self._tariff
            else ""
        )
        self._on_input_changed()

    def _on_input_changed(self) -> None:
        self.first.setEnabled(self.partial.isChecked())
        self.last.setEnabled(self.partial.isChecked())
        self.problem.clear()
        tariff, text = self._tariff, self.quantity.text()
        if tariff is None or not text.strip():
            self.bill.show(None, None, {})
            return
        try:
            quantity = self._formatter.parse_number(text)
            span = (
                Span(self.first.date().toPython(), self.last.date().toPython())
                if (self.partial.isChecked())
                else None
            )
            bill = quote(
                tariff,
                quantity=quantity,
                span=span,
                today=date.today(),
                language=self._formatter.language,
            )
        except ValueError:
            example = self._formatter.number(Decimal("27.5"))
            self.problem.setText(
                self.tr("Type a quantity, such as {example}.").format(example=example)
            )
            self.bill.show(None, None, {})
            return
        except DomainError as error:
            self.problem.setText(error_text(error))
            self.bill.show(None, None, {})
            return
        wording = Wording(self._formatter.language, tariff.currency, bill.unit, tariff.period)
        headings = {
            "subtotal": self.tr("Subtotal"),
            "tax": self.tr("{name} {rate} on"),
            "total": self.tr("Total"),
        }
        self.bill.show(bill, wording, headings)
        self.table.resizeRowsToContents()
