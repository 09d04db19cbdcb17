"""Importing readings from a file: choose it, see how it reads, check, import.

The same use case as `usagebill readings import` (`import_readings_file`): reading the
file, its dry run and the import itself run on a worker thread with progress and Stop,
from inputs gathered on the GUI thread first; the import writes everything or nothing.
"""

import threading
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
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
from ...importers.readings_file import (
    FIELDS,
    SAMPLE_ROWS,
    NoHeader,
    ParsedFile,
    find_header,
    parse_readings,
)
from ...importers.tables import Table, UnreadableFile, read_table
from ...importers.values import conventions
from ...services.file_imports import FileImport, import_readings_file
from ...services.imports import ImportCancelled
from ...services.ports import OpenUnitOfWork
from ...texts import FILE_LOCALES
from ..formatting import Formatter
from ..messages import note_text
from ..workers import Job, start


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
        self.parsed: ParsedFile | None = None  # the first rows only: a preview
        self.mapping: dict[str, int] | None = None  # None: the columns named by the header
        self.checked: FileImport | None = None  # the dry run (the whole file read once)
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

    def path(self) -> Path:
        return Path(self.file_page.path.text())

    def locale(self) -> str:
        return str(self.file_page.locale.currentData())

    def parse(self, mapping: dict[str, int] | None = None) -> None:
        """Preview the chosen file's first rows with the chosen conventions (and mapping,
        if any); the whole file is read on the check page's worker."""
        self.mapping, self.checked = mapping, None
        self.table = read_table(self.path())
        day_first, decimal_comma = conventions(self.locale())
        self.parsed = parse_readings(
            self.table,
            mapping=mapping,
            day_first=day_first,
            decimal_comma=decimal_comma,
            limit=SAMPLE_ROWS,
        )


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
        for choice in FILE_LOCALES:
            self.locale.addItem(f"{choice.name}: {choice.sample}", choice.code)
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
        except NoHeader:
            self.wizard_.parsed = None  # the preview page asks for the columns
            return True
        except UnreadableFile as problem:
            self.problem.setText(note_text(problem.note))
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
            self.problem.setText(note_text(problem.note))
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
    """The dry run's verdict, row by row; then the import itself. Both run on a worker
    thread from inputs gathered here first, with progress and Stop.

    Signals: _progressed(int, int) — rows done and of how many (0 while the file is still
    being read), from the worker to the progress bar."""

    _progressed = Signal(int, int)

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.wizard_ = wizard
        self.setTitle(self.tr("Check and import"))
        self.summary = QLabel(wordWrap=True)
        self.replace = QCheckBox(self.tr("Replace readings already stored"))
        self.replace.toggled.connect(self._on_replace_toggled)
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
        self._progressed.connect(self._on_progressed)
        self.open_rejected = QPushButton(self.tr("Open the rejected rows"), visible=False)
        self.open_rejected.clicked.connect(self._on_open_rejected_clicked)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.replace)
        layout.addWidget(self.show_only)
        layout.addWidget(self.notes, 1)
        row = QHBoxLayout()
        row.addWidget(self.progress, 1)
        row.addWidget(self.stop)
        layout.addLayout(row)
        layout.addWidget(self.open_rejected)
        self.rejected_file: Path | None = None
        self._busy = False
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Import"))

    def initializePage(self) -> None:
        self.wizard_.report = None
        self._start(dry_run=True)

    def isComplete(self) -> bool:
        return not self._busy and self.wizard_.checked is not None

    def validatePage(self) -> bool:
        """Finish starts the import; the wizard closes when it has finished."""
        if self.wizard_.report is not None:
            return True
        if self.isComplete():
            self._start(dry_run=False)
        return False

    def _on_replace_toggled(self) -> None:
        if not self._busy and self.wizard_.checked is not None:
            self._start(dry_run=True)  # the verdicts change: check again

    def _start(self, *, dry_run: bool) -> None:
        """Gather every input here, on the GUI thread; the worker reads no widget."""
        wizard = self.wizard_
        open_uow, path, locale, mapping = (
            wizard.open_uow,
            wizard.path(),
            wizard.locale(),
            wizard.mapping,
        )
        today, replace = wizard.today, self.replace.isChecked()
        parsed = wizard.checked.parsed if wizard.checked is not None else None
        progress = self._on_worker_progress

        def work() -> FileImport:
            return import_readings_file(
                open_uow,
                path=path,
                locale=locale,
                mapping=mapping,
                today=today,
                dry_run=dry_run,
                replace=replace,
                progress=progress,
                parsed=parsed,
            )

        self._busy = True
        self._stopping.clear()
        self.summary.setText(self.tr("Checking the file…") if dry_run else "")
        self.progress.setRange(0, 0)
        self.progress.setVisible(True)
        self.stop.setEnabled(True)
        self.stop.setVisible(True)
        self.replace.setEnabled(False)
        self.completeChanged.emit()
        wizard.button(QWizard.WizardButton.BackButton).setEnabled(False)
        job = Job(work)
        job.signals.done.connect(self._on_checked if dry_run else self._on_imported)
        job.signals.failed.connect(self._on_failed)
        start(job)

    def _on_worker_progress(self, done: int, total: int | None) -> bool:
        """Called on the worker thread: hand the count to the GUI thread, say whether to go on."""
        self._progressed.emit(done, total or 0)
        return not self._stopping.is_set()

    def _on_progressed(self, done: int, total: int) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(done)

    def _on_stop_clicked(self) -> None:
        self._stopping.set()
        self.stop.setEnabled(False)

    def _finished(self) -> None:
        self._busy = False
        self.progress.setVisible(False)
        self.stop.setVisible(False)
        self.replace.setEnabled(self.wizard_.report is None)
        self.completeChanged.emit()
        self.wizard_.button(QWizard.WizardButton.BackButton).setEnabled(self.wizard_.report is None)

    def _on_checked(self, checked: FileImport) -> None:
        self.wizard_.checked = checked
        self._finished()
        self._show_report(checked, done=False)

    def _on_imported(self, imported: FileImport) -> None:
        self.wizard_.report = imported.report
        self._finished()
        self._show_report(imported, done=True)
        # Nothing is left to cancel: the import is written (or undone from the imports list).
        self.wizard_.setButtonLayout(
            [QWizard.WizardButton.Stretch, QWizard.WizardButton.FinishButton]
        )
        self.wizard_.button(QWizard.WizardButton.FinishButton).setText(self.tr("&Close"))

    def _on_failed(self, error: Exception) -> None:
        self._finished()
        if isinstance(error, ImportCancelled):
            self.summary.setText(self.tr("Stopped: nothing was imported."))
        else:
            self.summary.setText(self.tr("Nothing was imported: {error}").format(error=error))

    def _show_report(self, result: FileImport, *, done: bool) -> None:
        report = result.report
        counts = dict(
            rows=report.rows,
            accepted=report.accepted,
            duplicates=report.duplicates,
            skipped=report.skipped,
            rejected=len(report.rejected),
            warnings=len(report.warnings),
        )
        if done:
            text = self.tr(
                "Imported: {accepted} readings. {duplicates} were already there, "
                "{rejected} rejected, {warnings} warnings."
            )
        else:
            text = self.tr(
                "{rows} rows: {accepted} will be imported, {duplicates} are already "
                "there, {skipped} are blank or totals, {rejected} are rejected and "
                "{warnings} have a warning."
            )
        self.summary.setText(text.format(**counts))
        self.report_shown = report
        self._show_notes()
        self.rejected_file = result.rejected_file
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
