"""Importing readings from a file: choose it, see how it reads, check, import.

The same use case as `usagebill readings import` (`import_readings_file`): reading the
file, its dry run and the import itself run as `Operation`s with progress and Stop, from
inputs gathered on the GUI thread first; the import writes everything or nothing. Leaving
the check page (Back, Cancel, Escape, closing the window) stops the work under way and
waits for it to end.
"""

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QTableView,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from ...domain.imports import ImportReport, RowNote
from ...domain.register import BEYOND_SAID
from ...importers.conventions import DATES, DECIMAL, ConventionUndecided
from ...importers.reading_rows import FileReading
from ...importers.readings_parser import (
    FIELDS,
    SAMPLE_ROWS,
    NoHeader,
    ParsedFile,
    find_header,
    parse_readings,
)
from ...importers.tables import Table, UnreadableFile, read_table
from ...importers.values import conventions
from ...services.conventions import settle_conventions
from ...services.file_imports import FileImport, import_readings_file
from ...services.ports import OpenUnitOfWork
from ...texts import FILE_LOCALES
from .. import styles
from ..formatting import Formatter
from ..i18n import window_language
from ..messages import note_text
from ..operations import Operation
from ..styles import Tone
from ..table_model import RIGHT, Column, RowsTableModel


def _sample(locale: str) -> str:
    """How 1234.5 and the last day of 2026 look in a file from `locale`, as the import
    reads it (`conventions`): "1.234,5 · 31/12/2026"."""
    day_first, decimal_comma = conventions(locale)
    number = "1.234,5" if decimal_comma else "1,234.5"
    return f"{number} · {'31/12/2026' if day_first else '12/31/2026'}"


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
        self.answers: dict[str, str] = {}  # DECIMAL/DATES → the person's choice
        self.question: ConventionUndecided | None = None  # what the file leaves open
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
    def ask(
        cls,
        parent: QWidget,
        open_uow: OpenUnitOfWork,
        formatter: Formatter,
        *,
        path: Path | None = None,
        locale: str = "es_ES",
    ) -> ImportReport | None:
        """The report of the import done, or None if the user stopped before importing."""
        wizard = cls(open_uow, formatter, path=path, locale=locale, parent=parent)
        wizard.exec()
        return wizard.report if wizard.report and wizard.report.written else None

    def done(self, result: int) -> None:
        """However the wizard closes, the work under way stops and ends first."""
        self.check_page.stop_work()
        super().done(result)

    def path(self) -> Path:
        return Path(self.file_page.path.text())

    def conventions_locale(self) -> str:
        """The locale whose way of writing numbers and dates the file follows."""
        return str(self.file_page.locale_box.currentData())

    def parse(self, mapping: dict[str, int] | None = None) -> None:
        """Preview the chosen file's first rows with the chosen conventions (and mapping,
        if any); the whole file is read on the check page's worker."""
        self.mapping, self.checked = mapping, None
        self.table = read_table(self.path())
        day_first, decimal_comma = conventions(self.conventions_locale())
        self.parsed = parse_readings(
            self.table,
            mapping=mapping,
            day_first=day_first,
            decimal_comma=decimal_comma,
            decimal=self.answers.get(DECIMAL),
            dates=self.answers.get(DATES),
            limit=SAMPLE_ROWS,
        )
        try:
            self.parsed = settle_conventions(self.open_uow, self.parsed, today=self.today)
            self.question = None
        except ConventionUndecided as question:
            self.question = question  # the preview page asks; the rows show meanwhile


class FilePage(QWizardPage):
    def __init__(self, wizard: ImportWizard, path: Path | None, locale: str) -> None:
        super().__init__()
        self.wizard_ = wizard
        self.setTitle(self.tr("Which file?"))
        self.setSubTitle(
            self.tr(
                "CSV, TXT or Excel (.xlsx) with a meter, a date and a reading "
                "on each row; headers in English or Spanish."
            )
        )
        self.path = QLineEdit(str(path) if path else "")
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self._on_browse_clicked)
        self.locale_box = QComboBox()
        for choice in FILE_LOCALES:
            self.locale_box.addItem(f"{choice.name}: {_sample(choice.code)}", choice.code)
        self.locale_box.setCurrentIndex(max(0, self.locale_box.findData(locale)))
        self.problem = QLabel(wordWrap=True, styleSheet=styles.PROBLEM)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        form = QFormLayout(self)
        form.addRow(self.tr("File"), row)
        form.addRow(self.tr("Numbers and dates as in"), self.locale_box)
        form.addRow("", self.problem)
        self.path.textChanged.connect(self.completeChanged)

    def isComplete(self) -> bool:
        return bool(self.path.text().strip())

    def validatePage(self) -> bool:
        self.wizard_.answers.clear()  # another file, or another locale: asked again
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
            self,
            self.tr("Import readings"),
            "",
            self.tr("Readings files (*.csv *.txt *.xlsx);;All files (*)"),
        )
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
        labels = {
            "meter": self.tr("Meter"),
            "date": self.tr("Date"),
            "value": self.tr("Reading"),
            "type": self.tr("Type"),
            "note": self.tr("Note"),
        }
        for field in FIELDS:
            box = QComboBox()
            box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            box.currentIndexChanged.connect(self._on_mapping_changed)
            self.columns[field] = box
            position = FIELDS.index(field)
            mapping.addWidget(QLabel(labels[field]), position // 3, position % 3 * 2)
            mapping.addWidget(box, position // 3, position % 3 * 2 + 1)
        self.rows_model = self._rows_model(labels)
        self.rows = QTableView()
        self.rows.setModel(self.rows_model)
        self.rows.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.rows.verticalHeader().hide()
        self.problem = QLabel(wordWrap=True, styleSheet=styles.PROBLEM)
        self.question = QGroupBox()
        self.readings = QButtonGroup(self)
        asked = QVBoxLayout(self.question)
        for position in range(2):
            button = QRadioButton()
            self.readings.addButton(button, position)
            asked.addWidget(button)
        self.readings.idClicked.connect(self._on_reading_clicked)
        layout = QVBoxLayout(self)
        layout.addWidget(self.detected)
        layout.addWidget(self.question)
        layout.addLayout(mapping)
        layout.addWidget(self.rows, 1)
        layout.addWidget(self.problem)
        self._filling = False

    def _rows_model(self, labels: dict[str, str]) -> RowsTableModel[FileReading]:
        f, R = self.wizard_.formatter, Column[FileReading]
        columns = (
            R(self.tr("Row"), "", lambda r: str(r.row), RIGHT),
            R(labels["meter"], "", lambda r: r.meter),
            R(labels["date"], "", lambda r: f.day(r.read_on)),
            R(labels["value"], "", lambda r: f.number(r.value), RIGHT),
            R(labels["type"], "", lambda r: r.type.letter),
            R(labels["note"], "", lambda r: r.note),
        )
        return RowsTableModel(columns, self)

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
        if not self._filling:
            self._parse(self._mapping())

    def _parse(self, mapping: dict[str, int] | None) -> None:
        """The preview again, with these columns and the answers given so far."""
        try:
            self.wizard_.parse(mapping)
            self.problem.clear()
        except UnreadableFile as problem:
            self.wizard_.parsed = None
            self.problem.setText(note_text(problem.note))
        self._show()
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self.wizard_.parsed is not None and self.wizard_.question is None

    def _on_reading_clicked(self, position: int) -> None:
        question = self.wizard_.question
        assert question is not None
        self.wizard_.answers[question.kind] = list(question.readings)[position]
        self._parse(self.wizard_.mapping)

    def show_question(self) -> None:
        """The check found rows past the preview that read two ways: asked here."""
        self._show()
        self.completeChanged.emit()

    def _ask(self) -> None:
        """Both readings of a row the file leaves open, for the person to choose."""
        question, f = self.wizard_.question, self.wizard_.formatter
        self.question.setVisible(question is not None)
        if question is None:
            return
        if question.kind == DECIMAL:
            title = self.tr("Row {row}: which is the reading? The file does not tell.")
        else:
            title = self.tr("Row {row}: which is the date? The file does not tell.")
        self.question.setTitle(title.format(row=question.row))
        self.readings.setExclusive(False)
        for position, (text, reading) in enumerate(question.readings.values()):
            button = self.readings.button(position)
            shown = f.day(reading) if isinstance(reading, date) else f.ungrouped(reading)
            button.setText(f"{text} → {shown}")
            button.setChecked(False)
        self.readings.setExclusive(True)

    def _show(self) -> None:
        parsed, table = self.wizard_.parsed, self.wizard_.table
        assert table is not None
        self._ask()
        if parsed is None:
            self.detected.setText(
                self.tr("Choose the columns that hold the meter, the date and the reading.")
            )
            self.rows_model.set_rows([])
            return
        # What is still to be chosen is said so, not shown as if the file had told it.
        if parsed.dates.choice is None:
            dates = self.tr("dates: to be chosen")
        else:
            order = self.tr("day/month") if parsed.day_first else self.tr("month/day")
            dates = self.tr("dates {order}").format(order=order)
            if parsed.dates.why is not None:
                dates = f"{dates} ({note_text(parsed.dates.why)})"
        if parsed.decimal.choice is None:
            mark = self.tr("decimal mark: to be chosen")
        else:
            mark = self.tr("decimal comma") if parsed.decimal_comma else self.tr("decimal point")
            if parsed.decimal.why is not None:
                mark = f"{mark} ({note_text(parsed.decimal.why)})"
        encoding = table.encoding or "Excel"
        delimiter = {";": "«;»", ",": "«,»", "\t": self.tr("tab"), "|": "«|»"}.get(
            table.delimiter or "", ""
        )
        text = self.tr("{encoding} {delimiter} · {dates} · {mark}")
        self.detected.setText(
            text.format(encoding=encoding, delimiter=delimiter, dates=dates, mark=mark)
        )
        self.rows_model.set_rows(parsed.readings.head(self.PREVIEW_ROWS))


@dataclass(frozen=True)
class NoteRow:
    """A row of the file that needs a look: rejected, or imported with a warning."""

    note: RowNote
    rejected: bool


class CheckPage(QWizardPage):
    """The dry run's verdict, row by row; then the import itself.

    Operations (see `ui.operations`): `checking` (the dry run) and `importing`, each on a
    worker thread from inputs gathered here first, with progress and Stop.
    """

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.wizard_ = wizard
        self.setTitle(self.tr("Check and import"))
        self.summary = QLabel(wordWrap=True)
        self.question: ConventionUndecided | None = None  # what the check found open
        self.replace = QCheckBox(self.tr("Replace readings already stored"))
        self.replace.toggled.connect(self._on_choice_toggled)
        # Offered only when the check refused such reads: it is an answer, not a setting.
        self.keep_high = QCheckBox(
            self.tr("Keep reads far beyond the usual use (I have checked them)"), visible=False
        )
        self.keep_high.toggled.connect(self._on_choice_toggled)
        self.show_only = QComboBox()
        self.show_only.addItem(self.tr("All rows that need a look"), "all")
        self.show_only.addItem(self.tr("Rejected rows"), "rejected")
        self.show_only.addItem(self.tr("Warnings"), "warnings")
        self.show_only.currentIndexChanged.connect(self._show_notes)
        self.notes_model = self._notes_model()
        self.notes = QTableView()
        self.notes.setModel(self.notes_model)
        self.notes.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.notes.verticalHeader().hide()
        self.progress = QProgressBar()
        self.progress.setVisible(False)
        self.stop = QPushButton(self.tr("&Stop the import"), visible=False)
        self.stop.clicked.connect(self._on_stop_clicked)
        self.open_rejected = QPushButton(self.tr("Open the rejected rows"), visible=False)
        self.open_rejected.clicked.connect(self._on_open_rejected_clicked)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.replace)
        layout.addWidget(self.keep_high)
        layout.addWidget(self.show_only)
        layout.addWidget(self.notes, 1)
        row = QHBoxLayout()
        row.addWidget(self.progress, 1)
        row.addWidget(self.stop)
        layout.addLayout(row)
        layout.addWidget(self.open_rejected)
        self.rejected_file: Path | None = None
        self.report_shown: ImportReport | None = None
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Import"))
        failure = self.tr("Nothing was imported: {error}")
        waiting, status = (self.replace, self.keep_high), self.summary
        self.checking = Operation(self, waiting=waiting, status=status, failure=failure)
        self.importing = Operation(self, waiting=waiting, status=status, failure=failure)
        self.checking.succeeded.connect(self._on_checking_succeeded)
        self.importing.succeeded.connect(self._on_importing_succeeded)
        for operation in (self.checking, self.importing):
            operation.progressed.connect(self._on_work_progressed)
            operation.failed.connect(self._on_work_failed)
            operation.finished.connect(self._on_work_finished)

    def _notes_model(self) -> RowsTableModel[NoteRow]:
        rejected, warning = self.tr("rejected"), self.tr("warning")
        N = Column[NoteRow]
        columns = (
            N(self.tr("Row"), "", lambda n: str(n.note.row), RIGHT),
            N(self.tr("What"), "", lambda n: rejected if n.rejected else warning),
            N(self.tr("Why"), "", lambda n: note_text(n.note)),
        )
        return RowsTableModel(
            columns, self, tone=lambda n: Tone.PROBLEM if n.rejected else Tone.PLAIN
        )

    def initializePage(self) -> None:
        self.wizard_.report = None
        self._start(dry_run=True)

    def cleanupPage(self) -> None:
        """Back: the work under way stops (nothing is written) before the page goes."""
        self.stop_work()

    def isComplete(self) -> bool:
        busy = self.checking.running or self.importing.running
        return not busy and self.wizard_.checked is not None

    def validatePage(self) -> bool:
        """Finish starts the import; the wizard closes when it has finished."""
        if self.wizard_.report is not None:
            return True
        if self.isComplete():
            self._start(dry_run=False)
        return False

    def stop_work(self) -> None:
        """Stop the check or import under way and wait for it to end (rolled back)."""
        for operation in (self.checking, self.importing):
            if operation.running:
                operation.stop()
                operation.wait()

    def _on_choice_toggled(self) -> None:
        if self.wizard_.checked is not None and self.wizard_.report is None:
            self._start(dry_run=True)  # the verdicts change: check again

    def _start(self, *, dry_run: bool) -> None:
        """Gather every input here, on the GUI thread; the worker reads no widget."""
        wizard = self.wizard_
        open_uow, path, locale, mapping = (
            wizard.open_uow,
            wizard.path(),
            wizard.conventions_locale(),
            wizard.mapping,
        )
        today, replace = wizard.today, self.replace.isChecked()
        keep_high = self.keep_high.isChecked()
        decimal, dates = wizard.answers.get(DECIMAL), wizard.answers.get(DATES)
        language = window_language()
        parsed = wizard.checked.parsed if wizard.checked is not None else None
        operation = self.checking if dry_run else self.importing
        keep_going = operation.keep_going

        def work() -> FileImport:
            try:
                return import_readings_file(
                    open_uow,
                    path=path,
                    locale=locale,
                    mapping=mapping,
                    decimal=decimal,
                    dates=dates,
                    today=today,
                    dry_run=dry_run,
                    replace=replace,
                    keep_high=keep_high,
                    progress=keep_going,
                    parsed=parsed,
                    language=language,
                )
            except ConventionUndecided as question:  # rows past the preview read two ways
                self.question = question  # asked on the preview page, on the GUI thread
                raise

        self.progress.setRange(0, 0)
        self.progress.setVisible(True)
        self.stop.setEnabled(True)
        self.stop.setVisible(True)
        busy = self.tr("Checking the file…") if dry_run else self.tr("Importing…")
        operation.start(work, busy=busy)
        self.completeChanged.emit()

    def _on_work_progressed(self, progress: tuple[int, int | None]) -> None:
        done, total = progress
        self.progress.setRange(0, total or 0)  # no total yet: the file is still being read
        self.progress.setValue(done)

    def _on_stop_clicked(self) -> None:
        self.checking.stop()
        self.importing.stop()
        self.stop.setEnabled(False)

    def _on_checking_succeeded(self, checked: FileImport) -> None:
        self.wizard_.checked = checked
        self._show_report(checked, done=False)

    def _on_importing_succeeded(self, imported: FileImport) -> None:
        self.wizard_.report = imported.report
        self._show_report(imported, done=True)
        self.replace.setEnabled(False)
        self.keep_high.setEnabled(False)
        # Nothing is left to cancel: the import is written (or undone from the imports list).
        self.wizard_.setButtonLayout(
            [QWizard.WizardButton.Stretch, QWizard.WizardButton.FinishButton]
        )
        self.wizard_.button(QWizard.WizardButton.FinishButton).setText(self.tr("&Close"))

    def _on_work_failed(self, _error: str) -> None:
        question, self.question = self.question, None
        if question is not None:
            self.wizard_.question = question
            self.wizard_.back()
            self.wizard_.preview_page.show_question()
            return
        if self.checking.stopping or self.importing.stopping:
            self.summary.setStyleSheet(styles.PLAIN)  # asked for: not a problem
            self.summary.setText(self.tr("Stopped: nothing was imported."))

    def _on_work_finished(self) -> None:
        self.progress.setVisible(False)
        self.stop.setVisible(False)
        self.completeChanged.emit()

    def _show_report(self, result: FileImport, *, done: bool) -> None:
        report = result.report
        text = self._done_counts(report) if done else self._check_counts(report)
        if report.replaced:
            replaced = (
                self.tr("%n stored reading(s) replaced.", "", report.replaced)
                if done
                else self.tr("%n stored reading(s) will be replaced.", "", report.replaced)
            )
            text += " " + replaced
        if result.rejected_problem:
            problem = self.tr("The rejected rows could not be written beside the file: {problem}")
            text += "\n" + problem.format(problem=result.rejected_problem)
        self.summary.setText(text)
        beyond = any(note.template in BEYOND_SAID for note in report.rejected)
        self.keep_high.setVisible(beyond or self.keep_high.isChecked())
        self.report_shown = report
        self._show_notes()
        self.rejected_file = result.rejected_file
        self.open_rejected.setVisible(self.rejected_file is not None)

    def _check_counts(self, report: ImportReport) -> str:
        """What the check found, each count in its own number ("1 fila", "2 filas")."""
        n = report.counts()
        return self.tr(
            "{rows}: {accepted}, {duplicates}, {skipped}, {rejected} and {warnings}."
        ).format(
            rows=self.tr("%n rows", "", n["rows"]),
            accepted=self.tr("%n will be imported", "", n["accepted"]),
            duplicates=self.tr("%n are already there", "", n["duplicates"]),
            skipped=self.tr("%n are blank or totals", "", n["skipped"]),
            rejected=self.tr("%n are rejected", "", n["rejected"]),
            warnings=self.tr("%n have a warning", "", n["warnings"]),
        )

    def _done_counts(self, report: ImportReport) -> str:
        n = report.counts()
        return self.tr("{imported} {duplicates}, {rejected}, {warnings}.").format(
            imported=self.tr("Imported: %n readings.", "", n["accepted"]),
            duplicates=self.tr("%n were already there", "", n["duplicates"]),
            rejected=self.tr("%n rejected", "", n["rejected"]),
            warnings=self.tr("%n warnings", "", n["warnings"]),
        )

    def _show_notes(self) -> None:
        report = self.report_shown
        if report is None:
            return
        wanted = self.show_only.currentData()
        rows = []
        if wanted in ("all", "rejected"):
            rows += [NoteRow(note, rejected=True) for note in report.rejected]
        if wanted in ("all", "warnings"):
            rows += [NoteRow(note, rejected=False) for note in report.warnings]
        rows.sort(key=lambda n: (n.note.row, not n.rejected))
        self.notes_model.set_rows(rows)

    def _on_open_rejected_clicked(self) -> None:
        if self.rejected_file is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.rejected_file)))
