"""Invoices: the list (paged over the database) and, beside it, the selected invoice's
PDF itself, to print or save; a period's invoices export to a folder in one go."""

from datetime import date
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QKeySequence, QShortcut
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ...atomic_files import atomic_write_bytes
from ...domain.invoices import (
    InvoiceFilter,
    InvoiceKind,
    InvoiceStatus,
    InvoiceSummary,
    InvoiceTotals,
    status,
)
from ...exporters.invoice_pdf import invoice_pdf, pdf_file_name
from ...services.documents import invoice_document
from ...services.invoices import count_invoices, invoice_page, invoice_periods, invoice_totals
from ...services.ports import OpenFactory, OpenUnitOfWork
from ..dialogs.export_pdf_dialog import ExportPdfDialog
from ..formatting import Formatter
from ..operations import Operation, set_enabled
from ..pdf_view import PdfView, print_pdf
from ..table_model import RIGHT, Column
from ..wording import invoice_states
from .list_page import ListPage

CREDIT_NOTES = "credit_note"  # the status filter's choice for credit notes


class InvoicesPage(QWidget):
    """Signals: message(str) — a confirmation for the status bar; open_account(str) — the
    selected invoice's customer account, for the window to open.

    The list is filtered by status, period and a search, combined, by the database; the
    rows shown are added up under it (`totals`).

    Operations (see `ui.operations`): `preparing` (the selected invoice's PDF).
    """

    message = Signal(str)
    open_account = Signal(str)

    def __init__(
        self,
        open_uow: OpenUnitOfWork,
        formatter: Formatter,
        open_factory: OpenFactory,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._open_uow, self._open_factory = open_uow, open_factory
        self._formatter = formatter
        self.filters = InvoiceFilter(date.today())
        self._shown: InvoiceSummary | None = None
        self._wanted: int | None = None  # the invoice whose PDF is being made
        self.folder = Path(
            QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
            or Path.home()
        )
        self.list = ListPage(
            self.tr("Invoices"),
            self._columns(formatter),
            lambda page: invoice_page(open_uow, page=page, filters=self.filters),
            lambda search: count_invoices(open_uow, search=search, filters=self.filters),
            stretch_column=1,
            count_text=self._count_text,
        )
        self.list.ui.searchEdit.setPlaceholderText(self.tr("Search by number, customer or account"))
        self.list.ui.addButton.setText(self.tr("&Export a period as PDF…"))
        self.list.ui.addButton.clicked.connect(self._on_export_clicked)
        self.list.ui.editButton.setText(self.tr("Open &customer"))
        self.list.ui.editButton.clicked.connect(self._on_open_customer_clicked)
        self.list.ui.table.doubleClicked.connect(self._on_open_customer_clicked)
        self._add_filters()
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
        self._add_zoom(tools)
        right = QWidget()
        column = QVBoxLayout(right)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.caption)
        column.addLayout(tools)
        column.addWidget(self.view, 1)
        self.splitter = QSplitter()
        self.splitter.addWidget(self.list)
        self.splitter.addWidget(right)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        # Half each: the page readable at 1366×768; the handle gives either side more.
        self.splitter.setSizes([600, 600])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)
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
        states = invoice_states()
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
            C(self.tr("Status"), "status", state),
        )

    def _add_filters(self) -> None:
        self.status_box = QComboBox()
        self.status_box.addItem(self.tr("All statuses"), "")
        for key, name in invoice_states().items():
            self.status_box.addItem(name, key.value)
        self.status_box.addItem(self.tr("Credit notes"), CREDIT_NOTES)
        self.period_box = QComboBox()
        self.period_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.drafts_button = QPushButton()
        self.drafts_button.setCheckable(True)
        self.drafts_button.setToolTip(self.tr("Only the drafts waiting to be issued"))
        self._fill_periods()
        self.status_box.currentIndexChanged.connect(self._on_filter_changed)
        self.period_box.currentIndexChanged.connect(self._on_filter_changed)
        self.drafts_button.clicked.connect(self._on_drafts_clicked)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Status:")))
        row.addWidget(self.status_box)
        row.addWidget(QLabel(self.tr("Period:")))
        row.addWidget(self.period_box)
        row.addWidget(self.drafts_button)
        row.addStretch(1)
        self.list.ui.layout.insertLayout(2, row)
        self._show_drafts_count()
        # The list's count line carries the totals; it was written before the filters were.
        self.list.ui.countLabel.setText(self.list.count_text(self.list.model.rowCount()))

    def _fill_periods(self) -> None:
        chosen = self.period_box.currentData()
        self.period_box.blockSignals(True)
        self.period_box.clear()
        self.period_box.addItem(self.tr("All periods"), None)
        for span in invoice_periods(self._open_uow):
            self.period_box.addItem(self._formatter.span(span), span)
        found = self.period_box.findData(chosen)
        self.period_box.setCurrentIndex(max(found, 0))
        self.period_box.blockSignals(False)

    def _show_drafts_count(self) -> None:
        drafts = InvoiceFilter(self.filters.today, status=InvoiceStatus.DRAFT)
        count = count_invoices(self._open_uow, filters=drafts)
        self.drafts_button.setText(
            self.tr("Drafts ({count})").format(count=self._formatter.number(count))
        )
        self.drafts_button.setEnabled(count > 0 or self.drafts_button.isChecked())
        self.drafts_button.setChecked(self.filters.status is InvoiceStatus.DRAFT)

    def _on_drafts_clicked(self, checked: bool) -> None:
        key = InvoiceStatus.DRAFT.value if checked else ""
        self.status_box.setCurrentIndex(self.status_box.findData(key))

    def _on_filter_changed(self) -> None:
        key = self.status_box.currentData()
        self.filters = InvoiceFilter(
            date.today(),
            status=InvoiceStatus(key) if key and key != CREDIT_NOTES else None,
            credit_notes=key == CREDIT_NOTES,
            period=self.period_box.currentData(),
        )
        self.drafts_button.setChecked(self.filters.status is InvoiceStatus.DRAFT)
        self.list.refresh()

    def refresh(self) -> None:
        self.filters = InvoiceFilter(
            date.today(),
            status=self.filters.status,
            credit_notes=self.filters.credit_notes,
            period=self.filters.period,
        )
        self._fill_periods()
        self._show_drafts_count()
        self.list.refresh()

    def totals(self) -> InvoiceTotals:
        """What the shown rows add up to (the search and the filters)."""
        search = self.list.ui.searchEdit.text()
        return invoice_totals(self._open_uow, search=search, filters=self.filters)

    def _count_text(self, count: int) -> str:
        documents = self.tr("%Ln document(s)", "", count)
        if not hasattr(self, "list") or count == 0:
            return documents
        parts = [documents]
        money = self._formatter.money
        for currency, total, owed in self.totals().amounts:
            parts.append(self.tr("total {amount}").format(amount=money(total, currency)))
            if owed:
                parts.append(self.tr("outstanding {amount}").format(amount=money(owed, currency)))
        return " · ".join(parts)

    def _add_zoom(self, tools: QHBoxLayout) -> None:
        self.fit_button = QPushButton(self.tr("Fit &width"))
        self.zoom_out_button = QPushButton("−")
        self.zoom_in_button = QPushButton("+")
        self.zoom_out_button.setToolTip(self.tr("Zoom out (Ctrl+-)"))
        self.zoom_in_button.setToolTip(self.tr("Zoom in (Ctrl++)"))
        self.zoom_label = QLabel()
        for button in (self.zoom_out_button, self.zoom_in_button):
            button.setFixedWidth(button.sizeHint().height() + 8)
        self.fit_button.clicked.connect(self.view.fit_width)
        self.zoom_in_button.clicked.connect(self.view.zoom_in)
        self.zoom_out_button.clicked.connect(self.view.zoom_out)
        self.view.zoom_changed.connect(self._on_view_zoom_changed)
        for widget in (self.fit_button, self.zoom_out_button, self.zoom_label):
            tools.addWidget(widget)
        tools.addWidget(self.zoom_in_button)
        keys = (
            (QKeySequence.StandardKey.ZoomIn, self.view.zoom_in),
            (QKeySequence("Ctrl+="), self.view.zoom_in),
            (QKeySequence.StandardKey.ZoomOut, self.view.zoom_out),
            (QKeySequence("Ctrl+0"), self.view.fit_width),
        )
        for key, action in keys:
            shortcut = QShortcut(key, self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(action)

    def _on_view_zoom_changed(self, zoom: float) -> None:
        self.zoom_label.setText(self._formatter.number(round(zoom * 100)) + " %")

    def _on_open_customer_clicked(self) -> None:
        summary = self.list.selected_row()
        if summary is not None:
            self.open_account.emit(summary.customer.account)

    def _enable(self) -> None:
        ready = self.view.pdf is not None
        set_enabled(self.print_button, ready)
        set_enabled(self.save_button, ready)
        for button in (self.fit_button, self.zoom_in_button, self.zoom_out_button):
            button.setEnabled(ready)
        self.list.ui.editButton.setEnabled(self.list.selected_row() is not None)

    def _on_selection_changed(self) -> None:
        summary = self.list.selected_row()
        self.list.ui.editButton.setEnabled(summary is not None)
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
