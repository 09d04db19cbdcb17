"""Export a period's invoices as PDF files: which month, which folder, one combined file
for printing or not; then the batch runs on all cores with a progress bar and Cancel."""

from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...domain.invoices import month_span
from ...exporters.invoice_pdf import write_invoice_pdf
from ...exporters.pdf_join import join_pdfs
from ...services.document_batch import BatchResult, export_invoice_pdfs
from ...services.documents import period_invoice_keys
from ...services.ports import OpenFactory, OpenUnitOfWork
from ..operations import Operation


class ExportPdfDialog(QDialog):
    """Signals: none of its own.

    Operations (see `ui.operations`): `finding` (the period's invoices), then `exporting`
    (the batch, with progress; Cancel stops it after the invoices being written).
    """

    def __init__(
        self,
        open_uow: OpenUnitOfWork,
        open_factory: OpenFactory,
        folder: Path,
        month: date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export invoices as PDF"))
        self.setMinimumWidth(520)
        self._open_uow, self._open_factory = open_uow, open_factory
        self.result_: BatchResult | None = None
        self.month = QDateEdit(QDate(month.year, month.month, 1), displayFormat="MM/yyyy")
        self.month.setCalendarPopup(False)
        self.folder = QLineEdit(str(folder))
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self._on_browse_clicked)
        where = QHBoxLayout()
        where.addWidget(self.folder, 1)
        where.addWidget(browse)
        self.combined = QCheckBox(self.tr("Also one combined PDF of them all, for printing"))
        self.combined.setChecked(True)
        form = QFormLayout()
        form.addRow(self.tr("Billing period"), self.month)
        form.addRow(self.tr("Folder"), where)
        form.addRow("", self.combined)
        self.progress = QProgressBar()
        self.progress.setVisible(False)
        self.status = QLabel(wordWrap=True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        accept = QDialogButtonBox.ButtonRole.AcceptRole
        self.export_button = self.buttons.addButton(self.tr("&Export"), accept)
        self.export_button.clicked.connect(self._on_export_clicked)
        self.buttons.rejected.connect(self._on_cancel_clicked)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        waiting = (self.month, self.folder, browse, self.combined, self.export_button)
        stopped = self.tr("The export stopped: {error}")
        self.finding = Operation(self, waiting=waiting, status=self.status, failure=stopped)
        self.exporting = Operation(self, waiting=waiting, status=self.status, failure=stopped)
        self.finding.succeeded.connect(self._on_finding_succeeded)
        self.exporting.progressed.connect(self._on_exporting_progressed)
        self.exporting.succeeded.connect(self._on_exporting_succeeded)
        self.exporting.failed.connect(self._on_exporting_failed)

    @classmethod
    def ask(
        cls,
        parent: QWidget,
        open_uow: OpenUnitOfWork,
        open_factory: OpenFactory,
        folder: Path,
        month: date,
    ) -> BatchResult | None:
        dialog = cls(open_uow, open_factory, folder, month, parent)
        dialog.exec()
        return dialog.result_

    def _on_browse_clicked(self) -> None:
        chosen = QFileDialog.getExistingDirectory(
            self, self.tr("Choose a folder"), self.folder.text()
        )
        if chosen:
            self.folder.setText(chosen)

    def _on_export_clicked(self) -> None:
        month, open_uow = self.month.date(), self._open_uow
        span = month_span(month.year(), month.month())
        self.finding.start(lambda: period_invoice_keys(open_uow, period=span))

    def _on_finding_succeeded(self, keys: list[str]) -> None:
        """Start the batch on a worker thread (the dialog stays responsive for Cancel)."""
        if self.finding.stopping:
            return  # cancelled while the invoices were looked up: the dialog is closed
        if not keys:
            self.status.setText(self.tr("There are no invoices for this period."))
            return
        month = self.month.date()  # as it was: it could not change while looking
        folder = Path(self.folder.text()).expanduser()
        # The combined file is for the operator to print: named in their language.
        name = self.tr("invoices-{year}-{month}.pdf").format(
            year=month.year(), month=f"{month.month():02d}"
        )
        combined = folder / name if self.combined.isChecked() else None
        self.progress.setRange(0, len(keys))
        self.progress.setValue(0)
        self.progress.setVisible(True)
        open_factory, go_on = self._open_factory, self.exporting.keep_going
        busy = self.tr("Writing %n invoice(s)…", "", len(keys))
        self.exporting.start(
            lambda: export_invoice_pdfs(
                keys,
                folder,
                open_factory=open_factory,
                render=write_invoice_pdf,
                join=join_pdfs,
                combined=combined,
                progress=go_on,
            ),
            busy=busy,
        )

    def _on_exporting_progressed(self, progress: tuple[int, int]) -> None:
        done, _of = progress
        self.progress.setValue(done)

    def _on_cancel_clicked(self) -> None:
        if not self.exporting.running:
            self.finding.stop()  # a look-up under way starts nothing now
            self.reject()  # no batch running: just close
            return
        self.exporting.stop()
        self.status.setText(self.tr("Stopping after the invoices being written…"))

    def _on_exporting_succeeded(self, result: BatchResult) -> None:
        self.result_ = result
        self.progress.setVisible(False)
        self.status.setText(self._summary(result))
        # Only Close is left. The other buttons are hidden, not deleted: the operations
        # still hold Export among their widgets, and a deleted one raised on closing.
        for button in self.buttons.buttons():
            button.hide()
        self.buttons.addButton(QDialogButtonBox.StandardButton.Close)  # rejected: closes

    def _summary(self, result: BatchResult) -> str:
        parts = [self.tr("%n PDF file(s) written.", "", len(result.written))]
        if result.cancelled:
            parts.append(self.tr("Cancelled: the rest were not written."))
        if result.failed:
            failed = ", ".join(f"{key} ({why})" for key, why in result.failed[:5])
            text = self.tr("%n could not be written: {list}", "", len(result.failed))
            parts.append(text.format(list=failed))
        if result.combined is not None:
            parts.append(self.tr("Combined file: {path}").format(path=result.combined))
        parts += dict.fromkeys(result.warnings)  # the same warning once
        return "\n".join(parts)

    def _on_exporting_failed(self, _error: str) -> None:
        self.progress.setVisible(False)
