"""The read sheet: the month's round typed at the desk, row by row, from the keyboard.

Choose which meters (those needing a read, a route's stops, all) and the sheet's day;
type a value and press Enter: the row is saved at once by the one rule
(`services.read_sheets.save_sheet_read`) and the cursor goes to the next row's value. A
refused value stays in its cell with the reason at the row; a lower read asks "rollover or
mistake?"; a read far beyond the usual asks to be confirmed. The sheet loads off the GUI
thread; a row saves on it (a few milliseconds: `bench/read_sheet.py`), so the answer is
there before the next key.
"""

from collections.abc import Callable
from datetime import date
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import DomainError
from ...domain.readings import ReadType
from ...domain.register import ReadRefused, Why
from ...exporters.read_sheet_file import write_read_sheet
from ...services.ports import OpenUnitOfWork
from ...services.read_sheets import Choice, SheetRow, save_sheet_read, sheet_rows, weigh
from ...services.readings import Recorded, estimate_reading
from .. import styles
from ..date_edits import date_edit, day_of
from ..formatting import Formatter
from ..messages import error_text, note_text
from ..operations import Operation
from ..read_sheet_model import WARNING_COLOUR, Entry, ReadSheetModel, State
from ..table_model import LEFT, RIGHT, Column
from ..wording import read_types


class ReadSheetPage(QWidget):
    """Signals: loaded() — the sheet's rows are shown; message(str) — for the status bar."""

    loaded = Signal()
    message = Signal(str)

    def __init__(
        self, open_uow: OpenUnitOfWork, formatter: Formatter, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._open_uow, self._f = open_uow, formatter
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Read sheet"), styleSheet=styles.PAGE_TITLE))
        top.addStretch(1)
        self.counter = QLabel(styleSheet=styles.STRONG)
        top.addWidget(self.counter)
        layout.addLayout(top)
        layout.addLayout(self._choice_bar())
        self.status = QLabel(wordWrap=True)  # making the sheet, or why it is empty
        layout.addWidget(self.status)
        self.model = ReadSheetModel(self._columns(), self)
        self._shown_on = date.today()  # the day the rows shown were made for
        self.model.weigher = self._weigh
        self.model.typed.connect(self._on_model_typed, Qt.ConnectionType.QueuedConnection)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        layout.addWidget(self.table, 1)
        self.row_note = QLabel(wordWrap=True)  # the current row's sentence, in full
        layout.addWidget(self.row_note)
        self.table.selectionModel().currentRowChanged.connect(self._on_current_row_changed)
        self.model.dataChanged.connect(self._on_current_row_changed)
        layout.addLayout(self._action_bar())
        self._loading = Operation(
            self,
            waiting=(self.table,),
            status=self.status,
            failure=self.tr("The sheet could not be made: {error}"),
        )
        self._loading.succeeded.connect(self._on_loading_succeeded)
        self._export = Operation(
            self,
            waiting=(self.export_button,),
            status=self.status,
            failure=self.tr("The sheet was not exported: {error}"),
        )
        self._export.succeeded.connect(self._on_export_succeeded)
        self._update_counter()

    # Building the page.

    def _choice_bar(self) -> QHBoxLayout:
        bar = QHBoxLayout()
        self.choice = QComboBox()
        self.choice.addItem(self.tr("Meters needing a read"), Choice.NEEDING)
        self.choice.addItem(self.tr("Route stops"), Choice.ROUTE)
        self.choice.addItem(self.tr("All active meters"), Choice.ALL)
        self.first_stop, self.last_stop = QSpinBox(), QSpinBox()
        for stop in (self.first_stop, self.last_stop):
            stop.setRange(1, 999_999)
        self.last_stop.setValue(999_999)
        self.sheet_day = date_edit(QDate.currentDate())
        self.sheet_day.setMaximumDate(QDate.currentDate())
        self.show_button = QPushButton(self.tr("&Show"))
        self.show_button.clicked.connect(self.refresh)
        self.choice.currentIndexChanged.connect(self._on_choice_current_index_changed)
        bar.addWidget(QLabel(self.tr("Meters:")))
        bar.addWidget(self.choice)
        self.stops = QWidget()
        stops = QHBoxLayout(self.stops)
        stops.setContentsMargins(0, 0, 0, 0)
        stops.addWidget(QLabel(self.tr("from stop")))
        stops.addWidget(self.first_stop)
        stops.addWidget(QLabel(self.tr("to")))
        stops.addWidget(self.last_stop)
        self.stops.hide()
        bar.addWidget(self.stops)
        bar.addSpacing(16)
        bar.addWidget(QLabel(self.tr("Read on:")))
        bar.addWidget(self.sheet_day)
        bar.addWidget(self.show_button)
        bar.addStretch(1)
        return bar

    def _action_bar(self) -> QHBoxLayout:
        bar = QHBoxLayout()
        self.estimate_button = QPushButton(self.tr("&Estimate"))
        self.estimate_button.setToolTip(
            self.tr("Could not be read: estimate it (E) from its usual use")
        )
        self.estimate_button.setShortcut(QKeySequence("Ctrl+E"))
        self.estimate_button.clicked.connect(self._on_estimate_clicked)
        self.customer_button = QPushButton(self.tr("C&ustomer read"))
        self.customer_button.setToolTip(self.tr("The customer gave this read (C), or not"))
        self.customer_button.setShortcut(QKeySequence("Ctrl+U"))
        self.customer_button.clicked.connect(self._on_customer_clicked)
        self.export_button = QPushButton(self.tr("E&xport sheet…"))
        self.export_button.setToolTip(
            self.tr("The sheet to print or fill in (XLSX or CSV); it imports back as it is")
        )
        self.export_button.clicked.connect(self._on_export_clicked)
        bar.addWidget(self.estimate_button)
        bar.addWidget(self.customer_button)
        bar.addStretch(1)
        bar.addWidget(self.export_button)
        return bar

    def _columns(self) -> list[tuple[str, Column[Entry]]]:
        f = self._f

        def C(
            title: str, text: Callable[[Entry], str], align: Qt.AlignmentFlag = LEFT
        ) -> Column[Entry]:
            return Column(title, "", text, align)

        types = read_types()
        states = {
            State.TO_READ: "",
            State.SAVED: self.tr("Saved"),
            State.WARNED: self.tr("Saved"),
            State.REFUSED: self.tr("Not saved"),
        }

        def expected(e: Entry) -> str:
            line = e.sheet.line
            if line.low is None or line.high is None:
                return ""
            return f"{f.number(line.low)} – {f.number(line.high)}"

        def state(e: Entry) -> str:
            return f"{states[e.state]}: {e.said}" if e.said else states[e.state]

        return [
            ("route", C(self.tr("Stop"), lambda e: f.number(e.sheet.line.route), RIGHT)),
            ("serial", C(self.tr("Meter"), lambda e: e.sheet.line.serial)),
            ("customer", C(self.tr("Customer"), lambda e: e.sheet.line.customer)),
            ("address", C(self.tr("Address"), lambda e: e.sheet.line.address.replace("\n", ", "))),
            (
                "previous",
                C(
                    self.tr("Previous"),
                    lambda e: f"{f.number(e.sheet.line.previous)} {e.sheet.unit}",
                    RIGHT,
                ),
            ),
            (
                "previous_on",
                C(self.tr("Previous date"), lambda e: f.day(e.sheet.line.previous_on), RIGHT),
            ),
            (ReadSheetModel.EXPECTED, C(self.tr("Expected"), expected, RIGHT)),
            ("day", C(self.tr("Date"), lambda e: f.day(e.day), RIGHT)),
            ("value", C(self.tr("Reading"), lambda e: e.typed, RIGHT)),
            ("type", C(self.tr("Type"), lambda e: types[e.type])),
            ("state", C(self.tr("State"), state)),
        ]

    # Loading the sheet.

    def refresh(self) -> None:
        """Make the sheet again for the choice and day shown (off the GUI thread)."""
        choice = Choice(self.choice.currentData())
        stops = (self.first_stop.value(), self.last_stop.value())
        on: date = day_of(self.sheet_day)
        open_uow = self._open_uow
        self._loading.start(
            lambda: sheet_rows(open_uow, on=on, choice=choice, stops=stops),
            busy=self.tr("Making the sheet…"),
        )

    def show_rows(self, rows: list[SheetRow]) -> None:
        """Show the sheet's rows, the cursor in the first row's value cell."""
        on: date = day_of(self.sheet_day)
        self._shown_on = on
        entries = [self._entry(row, on) for row in rows]
        self.model.set_entries(entries)
        self._fit_columns()
        self._update_counter()
        if not entries:
            self.status.setStyleSheet(styles.STRONG)
            self.status.setText(
                self.tr("No meter on this sheet: choose all active meters, or a route's stops.")
            )
        else:
            first = next((n for n, e in enumerate(entries) if not e.done), 0)
            self._edit(first)
        self.loaded.emit()

    def _entry(self, row: SheetRow, on: date) -> Entry:
        if row.read is None:
            return Entry(row, on)
        read = row.read
        typed, saved = self._f.ungrouped(read.value), (read.read_on, read.value)
        return Entry(row, read.read_on, read.type, typed, State.SAVED, saved=saved)

    def _weigh(self, rows: list[SheetRow]) -> list[SheetRow]:
        """The expected range of rows coming into view: one indexed query for a batch of
        meters' year, a few milliseconds (`bench/read_sheet.py`)."""
        return weigh(self._open_uow, rows, on=self._shown_on)

    def _fit_columns(self) -> None:
        widths = {
            "route": 50,
            "serial": 95,
            "customer": 140,
            "address": 140,
            "previous": 85,
            "previous_on": 105,
            "expected": 100,
            "day": 95,
            "value": 80,
            "type": 75,
        }
        for key, width in widths.items():
            self.table.setColumnWidth(self.model.column_of(key), width)

    def _on_loading_succeeded(self, rows: object) -> None:
        self.show_rows(rows)  # type: ignore[arg-type]

    def _on_choice_current_index_changed(self) -> None:
        self.stops.setVisible(self.choice.currentData() == Choice.ROUTE)

    def _on_current_row_changed(self) -> None:
        row = self._current_row()
        entry = None if row is None else self.model.entries[row]
        if entry is None or not entry.said:
            self.row_note.setText("")
            return
        look = styles.PROBLEM if entry.state is State.REFUSED else f"color: {WARNING_COLOUR};"
        self.row_note.setStyleSheet(look)
        self.row_note.setText(f"{entry.sheet.line.serial}: {entry.said}")

    # Typing a row.

    def _edit(self, row: int) -> None:
        index = self.model.index(row, self.model.column_of(ReadSheetModel.VALUE))
        self.table.setCurrentIndex(index)
        self.table.scrollTo(index)
        self.table.setFocus()
        self.table.edit(index)

    def _on_model_typed(self, row: int) -> None:
        entry = self.model.entries[row]
        try:
            value = self._f.parse_number(entry.typed)
        except ValueError:
            self._refuse(
                row,
                self.tr("type a number, such as {example}").format(
                    example=self._f.number(Decimal("1234"))
                ),
            )
            return
        if entry.saved == (entry.day, value):
            return  # the saved read, left as it was (the editor closed over it)
        self._save(row, value)  # typed again over a saved read: a correction

    def _save(
        self, row: int, value: Decimal, *, rollover: bool = False, confirmed: bool = False
    ) -> None:
        entry = self.model.entries[row]
        try:
            done = save_sheet_read(
                self._open_uow,
                meter=entry.sheet.line.serial,
                value=value,
                read_on=entry.day,
                today=date.today(),
                type=entry.type,
                rollover=rollover,
                confirmed=confirmed,
                replaces=entry.saved is not None and entry.saved[0] == entry.day,
            )
        except ReadRefused as refused:
            self._on_refused(row, value, refused, rollover=rollover, confirmed=confirmed)
            return
        except DomainError as error:
            self._refuse(row, error_text(error))
            return
        self._saved(row, done)
        self._edit(self._next(row))

    def _on_refused(
        self, row: int, value: Decimal, refused: ReadRefused, *, rollover: bool, confirmed: bool
    ) -> None:
        said = note_text(refused.note)
        why = refused.check.why
        if why is Why.LOWER and not rollover and self.ask_rollover(said):
            self._save(row, value, rollover=True, confirmed=confirmed)
        elif why is Why.BEYOND and not confirmed and self.confirm_beyond(said):
            self._save(row, value, rollover=rollover, confirmed=True)
        else:
            self._refuse(row, said)

    def _saved(self, row: int, done: Recorded) -> None:
        entry = self.model.entries[row]
        entry.typed = self._f.ungrouped(done.reading.value)
        entry.type = done.reading.type
        entry.state = State.WARNED if done.notes else State.SAVED
        entry.saved = (done.reading.read_on, done.reading.value)
        entry.said = "; ".join(note_text(n) for n in done.notes)
        self.model.changed(row)
        self._update_counter()

    def _refuse(self, row: int, said: str) -> None:
        entry = self.model.entries[row]
        entry.state, entry.said = State.REFUSED, said
        self.model.changed(row)
        self._update_counter()
        self._edit(row)  # the cursor back in the cell, the value still there to correct

    def _next(self, row: int) -> int:
        following = [n for n, e in enumerate(self.model.entries) if n > row and not e.done]
        return following[0] if following else min(row + 1, len(self.model.entries) - 1)

    def _update_counter(self) -> None:
        done = sum(1 for e in self.model.entries if e.done)
        total = len(self.model.entries)
        self.counter.setText(
            self.tr("{done} of {total} read").format(
                done=self._f.number(done), total=self._f.number(total)
            )
        )

    # The row's actions.

    def _current_row(self) -> int | None:
        index = self.table.currentIndex()
        return index.row() if index.isValid() else None

    def _on_estimate_clicked(self) -> None:
        row = self._current_row()
        if row is None:
            return
        entry = self.model.entries[row]
        try:
            done = estimate_reading(
                self._open_uow, meter=entry.sheet.line.serial, on=entry.day, today=date.today()
            )
        except DomainError as error:
            self._refuse(row, error_text(error))
            return
        self._saved(row, done)
        self._edit(self._next(row))

    def _on_customer_clicked(self) -> None:
        row = self._current_row()
        if row is None:
            return
        entry = self.model.entries[row]
        if entry.done:
            return  # a saved read keeps its type: change it in the readings list
        entry.type = ReadType.ACTUAL if entry.type is ReadType.CUSTOMER else ReadType.CUSTOMER
        self.model.changed(row)
        self._edit(row)

    def _on_export_clicked(self) -> None:
        chosen, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export the read sheet"),
            self.tr("read-sheet") + ".xlsx",
            self.tr("Workbook (*.xlsx);;CSV (*.csv)"),
        )
        if chosen:
            self.export(Path(chosen))

    def export(self, target: Path) -> None:
        """Write the rows shown as a read sheet file (XLSX or CSV), off the GUI thread."""
        rows = [e.sheet for e in self.model.entries]
        language, open_uow, on = self._f.language, self._open_uow, self._shown_on

        def write() -> Path:
            lines = [row.line for row in weigh(open_uow, rows, on=on)]  # each with its range
            return write_read_sheet(lines, target, language)

        self._export.start(write, busy=self.tr("Exporting…"))

    def _on_export_succeeded(self, written: object) -> None:
        self.message.emit(self.tr("Read sheet written to {file}").format(file=written))

    def ask_rollover(self, said: str) -> bool:
        """A lower read: True when the person says the register rolled over, False for a
        mistake (the cursor goes back to the cell)."""
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Lower read"), said, parent=self)
        box.setInformativeText(self.tr("Did the register roll over, or is it a mistake?"))
        rolled = box.addButton(self.tr("&Rollover"), QMessageBox.ButtonRole.AcceptRole)
        mistake = box.addButton(self.tr("&Mistake"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(mistake)
        box.exec()
        return box.clickedButton() is rolled

    def confirm_beyond(self, said: str) -> bool:
        """A read far beyond the usual use: True when the person confirms it."""
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Check the read"), said, parent=self)
        keep = box.addButton(self.tr("&Keep it, it is right"), QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(
            box.addButton(self.tr("&Correct it"), QMessageBox.ButtonRole.RejectRole)
        )
        box.exec()
        return box.clickedButton() is keep
