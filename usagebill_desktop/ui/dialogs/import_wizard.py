"""Importing readings from a file: choose it, see how it reads, check, import.

The same import service as `usagebill readings import`: a dry run shows what would
happen; the import itself runs on a worker thread and writes everything or nothing.
"""

import hashlib
import threading
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from ...domain.imports import ImportReport
from ...exporters.rejected_rows import write_rejected
from ...importers.readings_file import FIELDS, ParsedFile, find_header, parse_readings
from ...importers.tables import Table, UnreadableFile, read_table
from ...importers.values import conventions
from ...services.imports import ImportCancelled, Progress, import_readings
from ...services.ports import OpenUnitOfWork
from ..formatting import Formatter
from ..messages import note_text
from ..workers import Job, start

LOCALES = (("es_ES", "Español (España): 1.234,5 · 31/12/2026"),
           ("en_GB", "English (UK): 1,234.5 · 31/12/2026"),
           ("en_US", "English (US): 1,234.5 · 12/31/2026"))  # fmt: skip


class ImportWizard(QWizard):
    """Pages: the file, how it reads, the check and the import."""

    def __init__(
        self,
        open_uow: OpenUnitOfWork,
        formatter: Formatter,
        *,
        path: Path | None = None,
        locale: str = "es_ES",
        today: date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.open_uow, self.formatter = open_uow, formatter
        self.today = today or date.today()
        self.table: Table | None = None
        self.parsed: ParsedFile | None = None
        self.report: ImportReport | None = None
        self.setWindowTitle(self.tr("Import readings"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.resize(860, 560)
        self.file_page = FilePage(self, path, locale)
        self.preview_page = PreviewPage(self)
        self.check_page = CheckPage(self)
        for page in (self.file_page, self.preview_page, self.check_page):
            self.addPage(page)

    @classmethod
    def ask(cls, parent: QWidget, open_uow: OpenUnitOfWork, formatter: Formatter, *,
            path: Path | None = None, locale: str = "es_ES") -> ImportReport | None:  # fmt: skip
        """The report of the import done, or None if the user stopped before importing."""
        wizard = cls(open_uow, formatter, path=path, locale=locale, parent=parent)
        wizard.exec()
        return wizard.report if wizard.report and wizard.report.written else None

    def parse(self, mapping: dict[str, int] | None = None) -> None:
        """Read the chosen file with the chosen conventions (and mapping, if any)."""
        locale = self.file_page.locale.currentData()
        path = Path(self.file_page.path.text())
        self.table = read_table(path)
        day_first, decimal_comma = conventions(locale)
        self.parsed = parse_readings(self.table, mapping=mapping, day_first=day_first,
                                     decimal_comma=decimal_comma)  # fmt: skip

    def check(self, dry_run: bool, progress: Progress | None = None) -> ImportReport:
        assert self.parsed is not None
        path = Path(self.file_page.path.text())
        digest = hashlib.sha256(path.read_bytes()).hexdigest()
        return import_readings(self.open_uow, parsed=self.parsed, sha256=digest,
                               today=self.today, dry_run=dry_run, progress=progress)  # fmt: skip


class FilePage(QWizardPage):
    def __init__(self, wizard: ImportWizard, path: Path | None, locale: str) -> None:
        super().__init__()
        self.wizard_ = wizard
        self.setTitle(self.tr("Which file?"))
        self.setSubTitle(self.tr("CSV, TXT or Excel (.xlsx) with a meter, a date and a reading "
                                 "on each row; headers in English or Spanish."))  # fmt: skip
        self.path = QLineEdit(str(path) if path else "")
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self._on_browse_clicked)
        self.locale = QComboBox()
        for code, label in LOCALES:
            self.locale.addItem(label, code)
        self.locale.setCurrentIndex(max(0, self.locale.findData(locale)))
        self.problem = QLabel(wordWrap=True, styleSheet="color: #b00020;")
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        form = QFormLayout(self)
        form.addRow(self.tr("File"), row)
        form.addRow(self.tr("Numbers and dates as in"), self.locale)
        form.addRow("", self.problem)
        self.path.textChanged.connect(self.completeChanged)

    def isComplete(self) -> bool:
        return bool(self.path.text().strip())

    def validatePage(self) -> bool:
        try:
            self.wizard_.parse()
        except UnreadableFile as problem:
            mapping_needed = "give a mapping" in str(problem)
            if mapping_needed and self.wizard_.table is not None:
                self.wizard_.parsed = None  # the preview page asks for the columns
                return True
            self.problem.setText(str(problem))
            return False
        return True

    def _on_browse_clicked(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import readings"), "",
            self.tr("Readings files (*.csv *.txt *.xlsx);;All files (*)"))  # fmt: skip
        if chosen:
            self.path.setText(chosen)


class PreviewPage(QWizardPage):
    """How the file reads: detected conventions, the column of each field, the first rows."""

    PREVIEW_ROWS = 20

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.wizard_ = wizard
        self.setTitle(self.tr("How the file reads"))
        self.detected = QLabel(wordWrap=True)
        self.columns: dict[str, QComboBox] = {}
        mapping = QGridLayout()  # five label/column pairs, wrapped on two lines
        labels = {"meter": self.tr("Meter"), "date": self.tr("Date"), "value": self.tr("Reading"),
                  "type": self.tr("Type"), "note": self.tr("Note")}  # fmt: skip
        for field in FIELDS:
            box = QComboBox()
            box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            box.currentIndexChanged.connect(self._on_mapping_changed)
            self.columns[field] = box
            position = FIELDS.index(field)
            mapping.addWidget(QLabel(labels[field]), position // 3, position % 3 * 2)
            mapping.addWidget(box, position // 3, position % 3 * 2 + 1)
        self.rows = QTableWidget(0, 6)
        titles = [self.tr("Row"), *(labels[f] for f in FIELDS)]
        self.rows.setHorizontalHeaderLabels(titles)
        self.rows.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.rows.verticalHeader().hide()
        self.problem = QLabel(wordWrap=True, styleSheet="color: #b00020;")
        layout = QVBoxLayout(self)
        layout.addWidget(self.detected)
        layout.addLayout(mapping)
        layout.addWidget(self.rows, 1)
        layout.addWidget(self.problem)
        self._filling = False

    def initializePage(self) -> None:
        table = self.wizard_.table
        assert table is not None
        header = find_header(table)
        first_rows = table.head(50)
        names = [str(c or "") for c in dict(first_rows)[header[0]]] if header else []
        width = max((len(c) for _, c in first_rows), default=0)
        self._filling = True
        for field, box in self.columns.items():
            box.clear()
            box.addItem(self.tr("(none)"), -1)
            for column in range(width):
                name = names[column] if column < len(names) else ""
                label = self.tr("Column {n}").format(n=column + 1)
                box.addItem(f"{label}: {name}" if name else label, column)
            chosen = header[1].get(field, -1) if header else -1
            box.setCurrentIndex(max(0, box.findData(chosen)))
        self._filling = False
        self._show()

    def _mapping(self) -> dict[str, int]:
        return {f: box.currentData() for f, box in self.columns.items() if box.currentData() >= 0}

    def _on_mapping_changed(self) -> None:
        if self._filling:
            return
        try:
            self.wizard_.parse(self._mapping())
            self.problem.clear()
        except UnreadableFile as problem:
            self.wizard_.parsed = None
            self.problem.setText(str(problem))
        self._show()
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self.wizard_.parsed is not None

    def _show(self) -> None:
        parsed, table = self.wizard_.parsed, self.wizard_.table
        assert table is not None
        if parsed is None:
            self.detected.setText(self.tr("Choose the columns that hold the meter, the date and "
                                          "the reading."))  # fmt: skip
            self.rows.setRowCount(0)
            return
        order = self.tr("day/month") if parsed.day_first else self.tr("month/day")
        told = self.tr("told by the file")
        if parsed.date_order_from != "file":
            told = self.tr("as the chosen locale: every date in the file fits both ways")
        mark = self.tr("decimal comma") if parsed.decimal_comma else self.tr("decimal point")
        encoding = table.encoding or "Excel"
        delimiter = {";": "«;»", ",": "«,»", "\t": self.tr("tab"), "|": "«|»"}.get(
            table.delimiter or "", "")  # fmt: skip
        text = self.tr("{encoding} {delimiter} · dates {order} ({told}) · {mark}")
        self.detected.setText(text.format(encoding=encoding, delimiter=delimiter, order=order,
                                          told=told, mark=mark))  # fmt: skip
        f = self.wizard_.formatter
        shown = parsed.readings.head(self.PREVIEW_ROWS)
        self.rows.setRowCount(len(shown))
        for n, r in enumerate(shown):
            for column, text in enumerate((str(r.row), r.meter, f.day(r.read_on),
                                           f.number(r.value), r.type.letter, r.note)):  # fmt: skip
                item = QTableWidgetItem(text)
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                self.rows.setItem(n, column, item)


class CheckPage(QWizardPage):
    """The dry run's verdict, row by row; then the import itself, on a worker thread.

    Signals: _progressed(int) — rows checked, from the worker to the progress bar."""

    _progressed = Signal(int)

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.wizard_ = wizard
        self.setTitle(self.tr("Check and import"))
        self.summary = QLabel(wordWrap=True)
        self.show_only = QComboBox()
        self.show_only.addItem(self.tr("All rows that need a look"), "all")
        self.show_only.addItem(self.tr("Rejected rows"), "rejected")
        self.show_only.addItem(self.tr("Warnings"), "warnings")
        self.show_only.currentIndexChanged.connect(self._show_notes)
        self.notes = QTableWidget(0, 3)
        self.notes.setHorizontalHeaderLabels([self.tr("Row"), self.tr("What"), self.tr("Why")])
        self.notes.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.notes.verticalHeader().hide()
        self.progress = QProgressBar(visible=False)
        self.stop = QPushButton(self.tr("&Stop the import"), visible=False)
        self.stop.clicked.connect(self._on_stop_clicked)
        self._stopping = threading.Event()
        self._progressed.connect(self.progress.setValue)
        self.open_rejected = QPushButton(self.tr("Open the rejected rows"), visible=False)
        self.open_rejected.clicked.connect(self._on_open_rejected_clicked)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.show_only)
        layout.addWidget(self.notes, 1)
        row = QHBoxLayout()
        row.addWidget(self.progress, 1)
        row.addWidget(self.stop)
        layout.addLayout(row)
        layout.addWidget(self.open_rejected)
        self.rejected_file: Path | None = None
        self._importing = False
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Import"))

    def initializePage(self) -> None:
        self.wizard_.report = None
        self.dry = self.wizard_.check(dry_run=True)
        self._show_report(self.dry, done=False)

    def validatePage(self) -> bool:
        """Finish starts the import; the wizard closes when it has finished."""
        if self.wizard_.report is not None:
            return True
        if self._importing:
            return False
        self._importing = True
        self._stopping.clear()
        assert self.wizard_.parsed is not None
        self.progress.setRange(0, max(1, len(self.wizard_.parsed.readings)))
        self.progress.setValue(0)
        self.progress.setVisible(True)
        self.stop.setVisible(True)
        self.wizard_.button(QWizard.WizardButton.FinishButton).setEnabled(False)
        self.wizard_.button(QWizard.WizardButton.BackButton).setEnabled(False)
        job = Job(lambda: self.wizard_.check(dry_run=False, progress=self._on_worker_progress))
        job.signals.done.connect(self._on_import_done)
        job.signals.failed.connect(self._on_import_failed)
        start(job)
        return False

    def _on_worker_progress(self, rows: int) -> bool:
        """Called on the worker thread: hand the count to the GUI thread, say whether to go on."""
        self._progressed.emit(rows)
        return not self._stopping.is_set()

    def _on_stop_clicked(self) -> None:
        self._stopping.set()
        self.stop.setEnabled(False)

    def _on_import_done(self, report: ImportReport) -> None:
        self._importing = False
        self.progress.setVisible(False)
        self.stop.setVisible(False)
        self.wizard_.report = report
        self._show_report(report, done=True)
        finish = self.wizard_.button(QWizard.WizardButton.FinishButton)
        finish.setEnabled(True)
        finish.setText(self.tr("&Close"))

    def _on_import_failed(self, error: Exception) -> None:
        self._importing = False
        self.progress.setVisible(False)
        self.stop.setVisible(False)
        self.stop.setEnabled(True)
        if isinstance(error, ImportCancelled):
            self.summary.setText(self.tr("Stopped: nothing was imported."))
        else:
            self.summary.setText(self.tr("Nothing was imported: {error}").format(error=error))
        self.wizard_.button(QWizard.WizardButton.FinishButton).setEnabled(True)
        self.wizard_.button(QWizard.WizardButton.BackButton).setEnabled(True)

    def _show_report(self, report: ImportReport, *, done: bool) -> None:
        counts = dict(rows=report.rows, accepted=report.accepted, duplicates=report.duplicates,
                      skipped=report.skipped, rejected=len(report.rejected),
                      warnings=len(report.warnings))  # fmt: skip
        if done:
            text = self.tr("Imported: {accepted} readings. {duplicates} were already there, "
                           "{rejected} rejected, {warnings} warnings.")  # fmt: skip
        else:
            text = self.tr("{rows} rows: {accepted} will be imported, {duplicates} are already "
                           "there, {skipped} are blank or totals, {rejected} are rejected and "
                           "{warnings} have a warning.")  # fmt: skip
        self.summary.setText(text.format(**counts))
        self.report_shown = report
        self._show_notes()
        if done and report.rejected and self.wizard_.table is not None and self.wizard_.parsed:
            path = Path(self.wizard_.file_page.path.text())
            header_row = self.wizard_.parsed.header_row
            self.rejected_file = write_rejected(path, self.wizard_.table, header_row,
                                                report.rejected)  # fmt: skip
            self.open_rejected.setVisible(self.rejected_file is not None)

    def _show_notes(self) -> None:
        report = getattr(self, "report_shown", None)
        if report is None:
            return
        wanted = self.show_only.currentData()
        notes = []
        if wanted in ("all", "rejected"):
            notes += [(n.row, self.tr("rejected"), note_text(n)) for n in report.rejected]
        if wanted in ("all", "warnings"):
            notes += [(n.row, self.tr("warning"), note_text(n)) for n in report.warnings]
        notes.sort()
        self.notes.setRowCount(len(notes))
        for n, cells in enumerate(notes):
            for column, text in enumerate(cells):
                item = QTableWidgetItem(str(text))
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                if cells[1] == self.tr("rejected"):
                    item.setForeground(Qt.GlobalColor.darkRed)
                self.notes.setItem(n, column, item)

    def _on_open_rejected_clicked(self) -> None:
        if self.rejected_file is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.rejected_file)))
