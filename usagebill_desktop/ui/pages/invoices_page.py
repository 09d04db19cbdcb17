"""Invoices: the list (paged over the database) and, beside it, the selected invoice's
PDF itself, to print or save; a period's invoices export to a folder in one go."""

from datetime import date
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ...atomic_files import atomic_write_bytes
from ...domain.invoices import InvoiceKind, InvoiceStatus, InvoiceSummary, status
from ...exporters.invoice_pdf import invoice_pdf, pdf_file_name
from ...services.documents import invoice_document
from ...services.invoices import count_invoices, invoice_page
from ...services.ports import OpenFactory, OpenUnitOfWork
from ..dialogs.export_pdf_dialog import ExportPdfDialog
from ..formatting import Formatter
from ..operations import Operation, set_enabled
from ..pdf_view import PdfView, print_pdf
from ..table_model import RIGHT, Column
from .list_page import ListPage


class InvoicesPage(QWidget):
    """Signals: message(str) — a confirmation for the status bar.

    Operations (see `ui.operations`): `preparing` (the selected invoice's PDF).
    """

    message = Signal(str)

    def __init__(
        self,
        open_uow: OpenUnitOfWork,
        formatter: Formatter,
        open_factory: OpenFactory,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._open_uow, self._open_factory = open_uow, open_factory
        self._shown: InvoiceSummary | None = None
        self._wanted: int | None = None  # the invoice whose PDF is being made
        self.folder = Path(
            QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
            or Path.home()
        )
        self.list = ListPage(
            self.tr("Invoices"),
            self._columns(formatter),
            lambda page: invoice_page(open_uow, page=page),
            lambda search: count_invoices(open_uow, search=search),
            stretch_column=1,
            count_text=self._count_text,
        )
        self.list.ui.searchEdit.setPlaceholderText(self.tr("Search by number, customer or account"))
        self.list.ui.addButton.setText(self.tr("&Export a period as PDF…"))
        self.list.ui.addButton.clicked.connect(self._on_export_clicked)
        self.list.ui.editButton.hide()
        self.list.ui.table.sortByColumn(2, Qt.SortOrder.DescendingOrder)  # newest first
        self.list.ui.table.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self.list.message.connect(self.message)
        self.view = PdfView()
        self.caption = QLabel(self.tr("Select an invoice to see it as the customer will."))
        self.caption.setWordWrap(True)
        self.print_button = QPushButton(self.tr("&Print…"))
        self.save_button = QPushButton(self.tr("&Save as PDF…"))
        self.folder_button = QPushButton(self.tr("Open &folder"))
        self.print_button.clicked.connect(self._on_print_clicked)
        self.save_button.clicked.connect(self._on_save_clicked)
        self.folder_button.clicked.connect(self._on_folder_clicked)
        tools = QHBoxLayout()
        for button in (self.print_button, self.save_button, self.folder_button):
            tools.addWidget(button)
        tools.addStretch(1)
        right = QWidget()
        column = QVBoxLayout(right)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.caption)
        column.addLayout(tools)
        column.addWidget(self.view, 1)
        splitter = QSplitter()
        splitter.addWidget(self.list)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([560, 400])  # the list's columns whole; the page fits the rest
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        unshown = self.tr("This invoice cannot be shown: {error}")
        self.preparing = Operation(
            self,
            waiting=(self.print_button, self.save_button),
            status=self.caption,
            failure=unshown,
        )
        self.preparing.succeeded.connect(self._on_preparing_succeeded)
        self.preparing.failed.connect(self._on_preparing_failed)
        self._enable()

    def _columns(self, f: Formatter) -> tuple[Column[InvoiceSummary], ...]:
        states = {
            InvoiceStatus.DRAFT: self.tr("Draft"),
            InvoiceStatus.ISSUED: self.tr("Issued"),
            InvoiceStatus.PARTIALLY_PAID: self.tr("Partly paid"),
            InvoiceStatus.PAID: self.tr("Paid"),
            InvoiceStatus.OVERDUE: self.tr("Overdue"),
            InvoiceStatus.VOID: self.tr("Cancelled"),
        }
        credit = self.tr("Credit note")
        today = date.today()
        C = Column[InvoiceSummary]

        def number(s: InvoiceSummary) -> str:
            return s.number or self.tr("Draft {id}").format(id=s.id)

        def state(s: InvoiceSummary) -> str:
            if s.kind is InvoiceKind.CREDIT_NOTE:
                return credit
            found = status(s, today)
            # What is still owed, at a glance.
            if found in (InvoiceStatus.PARTIALLY_PAID, InvoiceStatus.OVERDUE):
                return f"{states[found]} · {f.money(s.outstanding, s.currency)}"
            return states[found]

        return (
            C(self.tr("Number"), "number", number),
            C(self.tr("Customer"), "customer", lambda s: s.customer.name),
            C(self.tr("Issue date"), "issue_date", lambda s: f.day(s.issue_date), RIGHT),
            C(self.tr("Total"), "total", lambda s: f.money(s.total, s.currency), RIGHT),
            C(self.tr("Status"), "", state),
        )

    def refresh(self) -> None:
        self.list.refresh()

    def _count_text(self, count: int) -> str:
        return self.tr("%Ln document(s)", "", count)

    def _enable(self) -> None:
        ready = self.view.pdf is not None
        set_enabled(self.print_button, ready)
        set_enabled(self.save_button, ready)

    def _on_selection_changed(self) -> None:
        summary = self.list.selected_row()
        if summary is None or summary == self._shown:
            return
        self._wanted = summary.id
        key, open_uow = summary.number or str(summary.id), self._open_uow

        def prepare() -> tuple[InvoiceSummary, bytes, list[str]]:
            warnings: list[str] = []
            pdf = invoice_pdf(invoice_document(open_uow, key=key), warnings.append)
            return summary, pdf, warnings

        busy = self.tr("Preparing {number}…").format(number=summary.number or summary.id)
        self.preparing.start(prepare, busy=busy)

    def _on_preparing_succeeded(self, made: tuple[InvoiceSummary, bytes, list[str]]) -> None:
        summary, pdf, warnings = made
        if summary.id != self._wanted:
            return  # the operator has moved on to another invoice
        self._shown = summary
        self.view.show_pdf(pdf)
        text = self.tr("{number} · {customer} · %n page(s)", "", self.view.page_count())
        caption = text.format(
            number=summary.number or self.tr("Draft"), customer=summary.customer.name
        )
        self.caption.setText("\n".join([caption, *warnings]))
        self._enable()

    def _on_preparing_failed(self, _error: str) -> None:
        self.view.show_pdf(None)
        self._enable()

    def _on_print_clicked(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        if self.view.pdf is not None and dialog.exec() == QPrintDialog.DialogCode.Accepted:
            pages = print_pdf(self.view.pdf, printer)
            self.message.emit(self.tr("%n page(s) sent to the printer", "", pages))

    def _on_save_clicked(self) -> None:
        if self.view.pdf is None or self._shown is None:
            return
        suggested = str(self.folder / pdf_file_name(self._shown))
        title, kinds = self.tr("Save the invoice as PDF"), self.tr("PDF files (*.pdf)")
        chosen, _ = QFileDialog.getSaveFileName(self, title, suggested, kinds)
        if chosen:
            self.save_to(Path(chosen))

    def save_to(self, path: Path) -> None:
        assert self.view.pdf is not None
        atomic_write_bytes(path, self.view.pdf)
        self.folder = path.parent
        self.message.emit(self.tr("Saved {path}").format(path=path))

    def _on_folder_clicked(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.folder)))

    def _on_export_clicked(self) -> None:
        # The selected invoice's period, else the newest one's: usually the one just billed.
        model = self.list.model
        latest = self.list.selected_row() or (model.row_at(0) if model.rowCount() else None)
        month = latest.period.first if latest is not None else date.today().replace(day=1)
        result = ExportPdfDialog.ask(self, self._open_uow, self._open_factory, self.folder, month)
        if result is not None and result.written:
            self.folder = result.written[0].parent
            self.message.emit(
                self.tr("%n PDF file(s) written to {folder}", "", len(result.written)).format(
                    folder=self.folder
                )
            )
