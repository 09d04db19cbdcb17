"""The read sheet's grid: one row per meter, the value and the date typed in place.

A row holds what the sheet brought (`SheetRow`) and what happened to it at the desk: the
day and type of its read, the text typed, and its state with the sentence that says it.
Editing the value cell emits `typed(row)` once the editor has closed (queued), so the page
saves the row and moves on without reaching into a closing editor.
"""

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from enum import StrEnum
from typing import Any

from PySide6.QtCore import (
    QDate,
    QModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor

from ..domain.readings import ReadType
from ..services.read_sheets import SheetRow
from .styles import PROBLEM_COLOUR
from .table_model import Column, ColumnsModel, Index

WARNING_COLOUR = "#8a5a00"  # amber, readable on white


class State(StrEnum):
    TO_READ = "to_read"
    SAVED = "saved"
    WARNED = "warned"  # saved, with something worth a look
    REFUSED = "refused"  # not saved: the reason shows at the row


@dataclass
class Entry:
    """A row of the sheet as the operator works on it."""

    sheet: SheetRow
    day: date
    type: ReadType = ReadType.ACTUAL
    typed: str = ""
    state: State = State.TO_READ
    said: str = ""
    saved: tuple[date, Decimal] | None = None  # the read stored for this row (day, value)

    @property
    def done(self) -> bool:
        return self.state in (State.SAVED, State.WARNED)


class ReadSheetModel(ColumnsModel[Entry]):
    """Signals: typed(int) — the value cell of a row was typed in (connect it queued, so
    the page acts once the editor has closed)."""

    typed = Signal(int)
    VALUE, DAY = "value", "day"  # the editable columns' keys
    EXPECTED = "expected"  # the column shown from the meter's history, weighed on demand
    BATCH = 40  # rows weighed at once: more than a screen shows

    def __init__(self, columns: Sequence[tuple[str, Column[Entry]]], parent: Any = None) -> None:
        super().__init__([column for _, column in columns], parent)
        self._keys = tuple(key for key, _ in columns)
        self.entries: list[Entry] = []
        # Adds the expected range to rows not weighed yet (`services.read_sheets.weigh`):
        # asked as the rows are shown, a batch at a time, so a sheet of thousands opens
        # without weighing them all.
        self.weigher: Callable[[list[SheetRow]], list[SheetRow]] | None = None

    def column_of(self, key: str) -> int:
        return self._keys.index(key)

    def set_entries(self, entries: list[Entry]) -> None:
        self.beginResetModel()
        self.entries = entries
        self.endResetModel()

    def changed(self, row: int) -> None:
        """Row `row`'s entry changed: show it again."""
        self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))

    def row_at(self, row: int) -> Entry | None:
        return self.entries[row] if 0 <= row < len(self.entries) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt signature)
        return 0 if parent.isValid() else len(self.entries)

    def flags(self, index: Index) -> Qt.ItemFlag:
        found = super().flags(index)
        if index.isValid() and self._keys[index.column()] in (self.VALUE, self.DAY):
            return found | Qt.ItemFlag.ItemIsEditable
        return found

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        entry = self.row_at(index.row()) if index.isValid() else None
        if entry is None:
            return None
        key = self._keys[index.column()]
        if key == self.EXPECTED and not entry.sheet.weighed and self.weigher is not None:
            self._weigh(index.row())
        if role == Qt.ItemDataRole.EditRole:
            return QDate(entry.day) if key == self.DAY else entry.typed
        if role == Qt.ItemDataRole.ToolTipRole:
            return entry.said or None
        if role == Qt.ItemDataRole.ForegroundRole:
            tone = {State.REFUSED: PROBLEM_COLOUR, State.WARNED: WARNING_COLOUR}.get(entry.state)
            return QColor(tone) if tone and key in ("state", self.VALUE) else None
        return super().data(index, role)

    def _weigh(self, row: int) -> None:
        batch = [
            n
            for n in range(row, min(row + self.BATCH, len(self.entries)))
            if not self.entries[n].sheet.weighed
        ]
        assert self.weigher is not None
        weighed = self.weigher([self.entries[n].sheet for n in batch])
        for n, sheet in zip(batch, weighed, strict=True):
            self.entries[n].sheet = sheet

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        entry, key = self.entries[index.row()], self._keys[index.column()]
        if key == self.DAY and isinstance(value, QDate):
            entry.day = value.toPython()  # type: ignore[assignment]
        elif key == self.VALUE:
            entry.typed = str(value).strip()
            if entry.typed:
                self.typed.emit(index.row())
        else:
            return False
        self.changed(index.row())
        return True
