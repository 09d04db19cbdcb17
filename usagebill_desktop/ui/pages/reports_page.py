"""Reports: a period's books for the bookkeeper. Pick the dates, see the totals, export
the workbook (or CSV files) and open it."""

from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QDate, QStandardPaths, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDateEdit,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...domain.books import Totals
from ...domain.invoices import InvoiceKind
from ...domain.periods import Span
from ...exporters.books_csv import write_books_csv
from ...exporters.xlsx_summary import write_books_xlsx
from ...services.books import books_totals, export_books
from ...services.company import get_company
from ...services.ports import OpenUnitOfWork
from ..formatting import Formatter
from ..table_model import RIGHT
from ..workers import Job, start


class ReportsPage(QWidget):
    """Signals: message(str) — a confirmation for the status bar."""

    message = Signal(str)

    def __init__(self, open_uow: OpenUnitOfWork, formatter: Formatter,
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self._open_uow, self._f = open_uow, formatter
        self.exported: Path | None = None
        title = QLabel(self.tr("Books for the bookkeeper"),
                       styleSheet="font-size: 16pt; font-weight: 600;")  # fmt: skip
        intro = QLabel(self.tr("Invoices and credit notes count in the period of their issue "
                               "date, as in the VAT return."), wordWrap=True)  # fmt: skip
        first_of_month = date.today().replace(day=1)
        last_month = (first_of_month - timedelta(days=1)).replace(day=1)
        self.first = QDateEdit(_qdate(last_month), calendarPopup=True)
        self.last = QDateEdit(_qdate(first_of_month - timedelta(days=1)), calendarPopup=True)
        month = QPushButton(self.tr("Last &month"))
        year = QPushButton(self.tr("Last 12 months"))
        month_end = first_of_month - timedelta(days=1)
        year_ago = first_of_month.replace(year=first_of_month.year - 1)
        month.clicked.connect(lambda: self.set_span(last_month, month_end))
        year.clicked.connect(lambda: self.set_span(year_ago, month_end))
        dates = QHBoxLayout()
        for widget in (QLabel(self.tr("From")), self.first, QLabel(self.tr("to")), self.last,
                       month, year):  # fmt: skip
            dates.addWidget(widget)
        dates.addStretch(1)
        self.figures: dict[str, QLabel] = {}
        form = QFormLayout()
        labels = (("documents", self.tr("Documents")), ("subtotal", self.tr("Net")),
                  ("tax", self.tr("Tax")), ("total", self.tr("Total")), ("paid", self.tr("Paid")),
                  ("outstanding", self.tr("Outstanding")))  # fmt: skip
        for key, label in labels:
            self.figures[key] = QLabel(styleSheet="font-weight: 600;")
            form.addRow(label, self.figures[key])
        self.taxes = QTableWidget(0, 4)
        self.taxes.setHorizontalHeaderLabels([self.tr("Document"), self.tr("Tax"),
                                              self.tr("Base"), self.tr("Tax amount")])  # fmt: skip
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

    def span(self) -> Span:
        return Span(self.first.date().toPython(), self.last.date().toPython())

    def set_span(self, first: date, last: date) -> None:
        self.first.setDate(_qdate(first))
        self.last.setDate(_qdate(last))

    def refresh(self) -> None:
        """The totals of the chosen dates, worked out off the GUI thread."""
        span = self.span()
        if span.last < span.first:
            self.status.setText(self.tr("The end date is before the start date."))
            return
        job = Job(lambda: books_totals(self._open_uow, span=span, today=date.today()))
        job.signals.done.connect(self._show_totals)
        start(job)

    def _show_totals(self, totals: Totals) -> None:
        currency = get_company(self._open_uow).currency
        money = lambda value: self._f.money(value, currency)  # noqa: E731
        text = self.tr("%n invoice(s)", "", totals.invoices)
        if totals.credit_notes:
            text += " · " + self.tr("%n credit note(s)", "", totals.credit_notes)
        self.figures["documents"].setText(text)
        for key in ("subtotal", "tax", "total", "paid", "outstanding"):
            self.figures[key].setText(money(getattr(totals, key)))
        taxes = totals.tax_totals()
        self.taxes.setRowCount(len(taxes))
        kinds = {InvoiceKind.INVOICE: self.tr("Invoices"),
                 InvoiceKind.CREDIT_NOTE: self.tr("Credit notes")}  # fmt: skip
        for row, tax in enumerate(taxes):
            cells = (kinds[tax.kind], f"{tax.name} {self._f.number(tax.rate)} %",
                     money(tax.base), money(tax.tax))  # fmt: skip
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column >= 2:
                    item.setTextAlignment(RIGHT)
                self.taxes.setItem(row, column, item)
        self.taxes.resizeColumnsToContents()

    def _folder(self) -> str:
        if self.exported is not None:
            return str(self.exported if self.exported.is_dir() else self.exported.parent)
        return QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)

    def _on_xlsx_clicked(self) -> None:
        span = self.span()
        stem = self.tr("books")  # the file name's first word
        name = f"{stem}_{span.first.isoformat()}_{span.last.isoformat()}.xlsx"
        chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Export the workbook"),
                                                str(Path(self._folder()) / name),
                                                self.tr("Excel workbooks (*.xlsx)"))  # fmt: skip
        if chosen:
            self.export_xlsx(Path(chosen))

    def export_xlsx(self, target: Path) -> None:
        span, language = self.span(), get_company(self._open_uow).language
        self._run(lambda: export_books(
            self._open_uow, span=span, today=date.today(),
            write=lambda books: write_books_xlsx(books, target, language)), target)  # fmt: skip

    def _on_csv_clicked(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Choose a folder"),
                                                  self._folder())  # fmt: skip
        if chosen:
            span, language = self.span(), get_company(self._open_uow).language
            folder = Path(chosen)
            self._run(lambda: export_books(
                self._open_uow, span=span, today=date.today(),
                write=lambda books: write_books_csv(books, folder, language)), folder)  # fmt: skip

    def _run(self, work: Callable[[], object], target: Path) -> None:
        """Export off the GUI thread; `target` (a file or a folder) is what Open opens."""
        self.xlsx_button.setEnabled(False)
        self.csv_button.setEnabled(False)
        self.status.setText(self.tr("Exporting…"))
        job = Job(work)
        job.signals.done.connect(lambda _: self._on_exported(target))
        job.signals.failed.connect(self._on_failed)
        start(job)

    def _on_exported(self, target: Path) -> None:
        self.exported = target
        self.xlsx_button.setEnabled(True)
        self.csv_button.setEnabled(True)
        self.open_button.setEnabled(True)
        self.status.setStyleSheet("")
        self.status.setText(self.tr("Exported to {path}").format(path=target))
        self.message.emit(self.status.text())

    def _on_failed(self, error: Exception) -> None:
        self.xlsx_button.setEnabled(True)
        self.csv_button.setEnabled(True)
        self.status.setStyleSheet("color: #b00020;")
        self.status.setText(self.tr("The export failed: {error}").format(error=error))

    def _on_open_clicked(self) -> None:
        if self.exported is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.exported)))


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)
