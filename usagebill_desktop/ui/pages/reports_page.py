"""Reports: a period's books for the bookkeeper. Pick the dates, see the totals, export
the workbook (or CSV files) and open it."""

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import QStandardPaths, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...domain.books import Books, TaxTotal, Totals
from ...domain.invoices import InvoiceKind
from ...domain.periods import Span
from ...exporters.books_csv import write_books_csv
from ...exporters.xlsx_summary import write_books_xlsx
from ...services.books import books_totals, export_books
from ...services.company import get_company
from ...services.ports import OpenUnitOfWork
from .. import styles
from ..date_edits import date_edit, day_of, to_qdate
from ..formatting import Formatter
from ..operations import Operation
from ..table_model import RIGHT, Column, RowsTableModel


class ReportsPage(QWidget):
    """Signals: message(str) — a confirmation for the status bar.

    Operations (see `ui.operations`): `adding_up` (the totals of the chosen dates),
    `exporting` (the workbook or the CSV files).
    """

    message = Signal(str)

    def __init__(
        self, open_uow: OpenUnitOfWork, formatter: Formatter, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._open_uow, self._f = open_uow, formatter
        self.exported: Path | None = None
        title = QLabel(self.tr("Books for the bookkeeper"), styleSheet=styles.PAGE_TITLE)
        intro = QLabel(
            self.tr(
                "Invoices and credit notes count in the period of their issue "
                "date, as in the VAT return."
            ),
            wordWrap=True,
        )
        first_of_month = date.today().replace(day=1)
        last_month = (first_of_month - timedelta(days=1)).replace(day=1)
        self.first = date_edit(last_month)
        self.last = date_edit(first_of_month - timedelta(days=1))
        month = QPushButton(self.tr("Last &month"))
        year = QPushButton(self.tr("Last 12 months"))
        month_end = first_of_month - timedelta(days=1)
        year_ago = first_of_month.replace(year=first_of_month.year - 1)
        month.clicked.connect(lambda: self.set_span(last_month, month_end))
        year.clicked.connect(lambda: self.set_span(year_ago, month_end))
        dates = QHBoxLayout()
        for widget in (
            QLabel(self.tr("From")),
            self.first,
            QLabel(self.tr("to")),
            self.last,
            month,
            year,
        ):
            dates.addWidget(widget)
        dates.addStretch(1)
        self.figures: dict[str, QLabel] = {}
        form = QFormLayout()
        labels = (
            ("documents", self.tr("Documents")),
            ("subtotal", self.tr("Net")),
            ("tax", self.tr("Tax")),
            ("total", self.tr("Total")),
            ("paid", self.tr("Paid")),
            ("outstanding", self.tr("Outstanding")),
        )
        for key, label in labels:
            self.figures[key] = QLabel(styleSheet=styles.STRONG)
            form.addRow(label, self.figures[key])
        self.taxes_model: RowsTableModel[_TaxRow] = RowsTableModel(self._tax_columns(), self)
        self.taxes = QTableView()
        self.taxes.setModel(self.taxes_model)
        self.taxes.verticalHeader().hide()
        self.taxes.setMaximumHeight(160)
        self.xlsx_button = QPushButton(self.tr("Export &workbook…"))
        self.csv_button = QPushButton(self.tr("Export &CSV…"))
        self.open_button = QPushButton(self.tr("&Open"), enabled=False)
        self.xlsx_button.clicked.connect(self._on_xlsx_clicked)
        self.csv_button.clicked.connect(self._on_csv_clicked)
        self.open_button.clicked.connect(self._on_open_clicked)
        self.status = QLabel(wordWrap=True)
        buttons = QHBoxLayout()
        for button in (self.xlsx_button, self.csv_button, self.open_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        body = QWidget(maximumWidth=820)
        column = QVBoxLayout(body)
        column.setContentsMargins(0, 0, 0, 0)
        for item in (title, intro):
            column.addWidget(item)
        column.addLayout(dates)
        column.addLayout(form)
        column.addWidget(self.taxes)
        column.addLayout(buttons)
        column.addWidget(self.status)
        layout = QVBoxLayout(self)
        layout.addWidget(body)
        layout.addStretch(1)
        self._preview_timer = QTimer(self, singleShot=True, interval=300)
        self._preview_timer.timeout.connect(self.refresh)
        self.first.dateChanged.connect(self._preview_timer.start)
        self.last.dateChanged.connect(self._preview_timer.start)
        self.adding_up = Operation(
            self,
            waiting=(self.taxes, *self.figures.values()),
            status=self.status,
            failure=self.tr("The totals could not be worked out: {error}"),
        )
        self.adding_up.succeeded.connect(self._on_adding_up_succeeded)
        self.adding_up.failed.connect(self._on_adding_up_failed)
        self.exporting = Operation(
            self,
            waiting=(self.xlsx_button, self.csv_button),
            status=self.status,
            failure=self.tr("The export failed: {error}"),
        )
        self.exporting.succeeded.connect(self._on_exporting_succeeded)

    def _tax_columns(self) -> tuple[Column["_TaxRow"], ...]:
        T = Column[_TaxRow]
        return (
            T(self.tr("Document"), "", lambda r: r.document),
            T(self.tr("Tax"), "", lambda r: r.tax),
            T(self.tr("Base"), "", lambda r: r.base, RIGHT),
            T(self.tr("Tax amount"), "", lambda r: r.amount, RIGHT),
        )

    def span(self) -> Span:
        return Span(day_of(self.first), day_of(self.last))

    def set_span(self, first: date, last: date) -> None:
        self.first.setDate(to_qdate(first))
        self.last.setDate(to_qdate(last))

    def refresh(self) -> None:
        """The totals of the chosen dates, worked out off the GUI thread."""
        span = self.span()
        if span.last < span.first:
            self.status.setText(self.tr("The end date is before the start date."))
            return
        open_uow = self._open_uow
        self.adding_up.start(
            lambda: (
                span,
                books_totals(open_uow, span=span, today=date.today()),
                get_company(open_uow).currency,
            )
        )

    def _on_adding_up_succeeded(self, found: tuple[Span, Totals, str]) -> None:
        span, totals, currency = found
        if span != self.span():
            return  # the dates changed since: their totals follow

        def money(value: Decimal) -> str:
            return self._f.money(value, currency)

        text = self.tr("%n invoice(s)", "", totals.invoices)
        if totals.credit_notes:
            text += " · " + self.tr("%n credit note(s)", "", totals.credit_notes)
        self.figures["documents"].setText(text)
        for key in ("subtotal", "tax", "total", "paid", "outstanding"):
            self.figures[key].setText(money(getattr(totals, key)))
        kinds = {
            InvoiceKind.INVOICE: self.tr("Invoices"),
            InvoiceKind.CREDIT_NOTE: self.tr("Credit notes"),
        }

        def row(tax: TaxTotal) -> _TaxRow:
            return _TaxRow(
                kinds[tax.kind],
                f"{tax.name} {self._f.number(tax.rate)} %",
                money(tax.base),
                money(tax.tax),
            )

        self.taxes_model.set_rows([row(tax) for tax in totals.tax_totals()])
        self.taxes.resizeColumnsToContents()

    def _on_adding_up_failed(self, _error: str) -> None:
        """Figures of other dates must not pass for these: the page shows none."""
        for figure in self.figures.values():
            figure.clear()
        self.taxes_model.set_rows([])

    def _folder(self) -> str:
        if self.exported is not None:
            return str(self.exported if self.exported.is_dir() else self.exported.parent)
        return QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)

    def _on_xlsx_clicked(self) -> None:
        span = self.span()
        stem = self.tr("books")  # the file name's first word
        name = f"{stem}_{span.first.isoformat()}_{span.last.isoformat()}.xlsx"
        chosen, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export the workbook"),
            str(Path(self._folder()) / name),
            self.tr("Excel workbooks (*.xlsx)"),
        )
        if chosen:
            self.export_xlsx(Path(chosen))

    def export_xlsx(self, target: Path) -> None:
        self._export(lambda books: write_books_xlsx(books, target, _language(books)), target)

    def _on_csv_clicked(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Choose a folder"), self._folder())
        if chosen:
            folder = Path(chosen)
            self._export(lambda books: write_books_csv(books, folder, _language(books)), folder)

    def _export(self, write: Callable[[Books], object], target: Path) -> None:
        """Export off the GUI thread; `target` (a file or a folder) is what Open opens."""
        span, open_uow = self.span(), self._open_uow

        def work() -> Path:
            export_books(open_uow, span=span, today=date.today(), write=write)
            return target

        self.exporting.start(work, busy=self.tr("Exporting…"))

    def _on_exporting_succeeded(self, target: Path) -> None:
        self.exported = target
        self.open_button.setEnabled(True)
        self.status.setText(self.tr("Exported to {path}").format(path=target))
        self.message.emit(self.status.text())

    def _on_open_clicked(self) -> None:
        if self.exported is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.exported)))


def _language(books: Books) -> str:
    """The books are for the company's bookkeeper: in the company's language."""
    return books.company.language


@dataclass(frozen=True)
class _TaxRow:
    """One line of the VAT summary, as the page shows it."""

    document: str
    tax: str
    base: str
    amount: str
