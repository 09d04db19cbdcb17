"""Export a period's invoices as PDF files: which month, which folder, one combined file
for printing or not; then the batch runs on all cores with a progress bar and Cancel."""

import threading
from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, Signal
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
from ..workers import Job, start

COMBINED_NAME = "invoices-{year}-{month:02d}.pdf"


class ExportPdfDialog(QDialog):
    """Signals: _progressed(done, of) — from the worker thread to the progress bar."""

    _progressed = Signal(int, int)

    def __init__(self, open_uow: OpenUnitOfWork, open_factory: OpenFactory, folder: Path,
                 month: date, parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export invoices as PDF"))
        self.setMinimumWidth(520)
        self._open_uow, self._open_factory = open_uow, open_factory
        self.result_: BatchResult | None = None
        self._stopping = threading.Event()
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
        self.progress = QProgressBar(visible=False)
        self.status = QLabel(wordWrap=True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        accept = QDialogButtonBox.ButtonRole.AcceptRole
        self.export_button = self.buttons.addButton(self.tr("&Export"), accept)
        self.export_button.clicked.connect(self._on_export_clicked)
        self.buttons.rejected.connect(self._on_cancel_clicked)
        self._progressed.connect(self._on_progressed)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)

    @classmethod
    def ask(cls, parent: QWidget, open_uow: OpenUnitOfWork, open_factory: OpenFactory,
            folder: Path, month: date) -> BatchResult | None:  # fmt: skip
        dialog = cls(open_uow, open_factory, folder, month, parent)
        dialog.exec()
        return dialog.result_

    def _on_browse_clicked(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Choose a folder"),
                                                  self.folder.text())  # fmt: skip
        if chosen:
            self.folder.setText(chosen)

    def export(self, on_finished: Callable[[], None] | None = None) -> None:
        """Start the batch on a worker thread (the dialog stays responsive for Cancel)."""
        month = self.month.date()
        span = month_span(month.year(), month.month())
        keys = period_invoice_keys(self._open_uow, period=span)
        if not keys:
            self.status.setText(self.tr("There are no invoices for this period."))
            return
        folder = Path(self.folder.text()).expanduser()
        name = COMBINED_NAME.format(year=month.year(), month=month.month())
        combined = folder / name if self.combined.isChecked() else None
        self.export_button.setEnabled(False)
        self.progress.setRange(0, len(keys))
        self.progress.setValue(0)
        self.progress.setVisible(True)
        self.status.setText(self.tr("Writing %n invoice(s)…", "", len(keys)))
        job = Job(lambda: export_invoice_pdfs(
            keys, folder, open_factory=self._open_factory, render=write_invoice_pdf,
            join=join_pdfs, combined=combined, progress=self._on_worker_progress))  # fmt: skip
        job.signals.done.connect(self._on_done)
        job.signals.failed.connect(self._on_failed)
        if on_finished is not None:
            job.signals.done.connect(lambda _: on_finished())
            job.signals.failed.connect(lambda _: on_finished())
        start(job)

    def _on_export_clicked(self) -> None:
        self.export()

    def _on_worker_progress(self, done: int, of: int) -> bool:
        """On the worker thread: report, and say whether to go on."""
        self._progressed.emit(done, of)
        return not self._stopping.is_set()

    def _on_progressed(self, done: int, of: int) -> None:
        self.progress.setValue(done)

    def _on_cancel_clicked(self) -> None:
        if self.export_button.isEnabled():
            self.reject()  # nothing running: just close
            return
        self._stopping.set()
        self.status.setText(self.tr("Stopping after the invoices being written…"))

    def _on_done(self, result: BatchResult) -> None:
        self.result_ = result
        self.progress.setVisible(False)
        self.status.setText(self._summary(result))
        self.buttons.clear()
        self.buttons.addButton(QDialogButtonBox.StandardButton.Close).clicked.connect(self.accept)

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

    def _on_failed(self, error: Exception) -> None:
        self.progress.setVisible(False)
        self.export_button.setEnabled(True)
        self.status.setStyleSheet("color: #b00020;")
        self.status.setText(self.tr("The export stopped: {error}").format(error=error))
