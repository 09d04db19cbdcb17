"""Table models on columns declared as data.

`PagedTableModel` shows any number of rows by fetching pages from a service: it asks
the source for the row count and for one page (offset/limit, search text, sort key)
when a row becomes visible, so a million readings open as fast as ten. Sorting is done
by the database. `RowsTableModel` shows a short list the page already has (a billing
run's findings, a period's taxes).
"""

from collections import OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from ..services.ports import Page
from .styles import Tone, colour

Row = TypeVar("Row")
Index = QModelIndex | QPersistentModelIndex
LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
CENTER = Qt.AlignmentFlag.AlignCenter


@dataclass(frozen=True)
class Column[Row]:
    title: str  # already translated
    sort_key: str  # the service's sort key; "" when the column cannot be sorted
    text: Callable[[Row], str]  # what the cell shows
    align: Qt.AlignmentFlag = LEFT
    tooltip: Callable[[Row], str] | None = None


class ColumnsModel[Row](QAbstractTableModel):
    """Rows shown through their columns; a subclass says how many there are and where.

    `tone` (optional) says how a row reads at a glance, from its data; the row's text
    takes that tone's colour.
    """

    ROW_ROLE = Qt.ItemDataRole.UserRole  # the whole row object, for the page's actions
    TONE_ROLE = Qt.ItemDataRole.UserRole + 1  # the row's Tone

    def __init__(
        self,
        columns: Sequence[Column[Row]],
        parent: Any = None,
        *,
        tone: Callable[[Row], Tone] | None = None,
    ) -> None:
        super().__init__(parent)
        self._columns = tuple(columns)
        self._tone = tone

    def row_at(self, row: int) -> Row | None:
        raise NotImplementedError

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt signature)
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < self.rowCount():
            return None
        column = self._columns[index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return column.align
        item = self.row_at(index.row())
        if item is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(item)
        if role == Qt.ItemDataRole.ToolTipRole and column.tooltip is not None:
            return column.tooltip(item)
        if role == self.ROW_ROLE:
            return item
        tone = Tone.PLAIN if self._tone is None else self._tone(item)
        if role == self.TONE_ROLE:
            return tone
        if role == Qt.ItemDataRole.ForegroundRole:
            return colour(tone)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self._columns):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._columns[section].title
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return self._columns[section].align
        return None


class RowsTableModel[Row](ColumnsModel[Row]):
    """A short list of rows the page already holds, shown as they come."""

    def __init__(
        self,
        columns: Sequence[Column[Row]],
        parent: Any = None,
        *,
        tone: Callable[[Row], Tone] | None = None,
    ) -> None:
        super().__init__(columns, parent, tone=tone)
        self._rows: tuple[Row, ...] = ()

    def set_rows(self, rows: Sequence[Row]) -> None:
        self.beginResetModel()
        self._rows = tuple(rows)
        self.endResetModel()

    def row_at(self, row: int) -> Row | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt signature)
        return 0 if parent.isValid() else len(self._rows)


class PagedTableModel[Row](ColumnsModel[Row]):
    PAGE_SIZE = 200
    CACHED_PAGES = 50

    def __init__(
        self,
        columns: Sequence[Column[Row]],
        fetch: Callable[[Page], Sequence[Row]],
        count: Callable[[str], int],
        parent: Any = None,
    ) -> None:
        super().__init__(columns, parent)
        self._fetch = fetch
        self._count_rows = count
        self._search = ""
        self._sort = columns[0].sort_key
        self._descending = False
        self._pages: OrderedDict[int, Sequence[Row]] = OrderedDict()
        self._count = count("")

    # --- what the page calls -------------------------------------------------
    def set_search(self, text: str) -> None:
        self._search = text
        self.refresh()

    def set_sort(self, key: str, *, descending: bool) -> None:
        self._sort, self._descending = key, descending
        self.refresh()

    def refresh(self) -> None:
        """Drop cached pages and re-count: after a change or a new filter."""
        self.beginResetModel()
        self._pages.clear()
        self._count = self._count_rows(self._search)
        self.endResetModel()

    def row_at(self, row: int) -> Row | None:
        """The row object, or None when the data shrank since it was counted."""
        rows = self._page(row // self.PAGE_SIZE)
        offset = row % self.PAGE_SIZE
        return rows[offset] if offset < len(rows) else None

    def row_of(self, predicate: Callable[[Row], bool]) -> int | None:
        """The position of the first row that matches, loading pages as needed."""
        for number in range(-(-self._count // self.PAGE_SIZE)):
            for offset, item in enumerate(self._page(number)):
                if predicate(item):
                    return number * self.PAGE_SIZE + offset
        return None

    # --- Qt's side ------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt signature)
        return 0 if parent.isValid() else self._count

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if 0 <= column < len(self._columns) and self._columns[column].sort_key:
            descending = order == Qt.SortOrder.DescendingOrder
            self.set_sort(self._columns[column].sort_key, descending=descending)

    def _page(self, number: int) -> Sequence[Row]:
        if number in self._pages:
            self._pages.move_to_end(number)
            return self._pages[number]
        page = Page(
            offset=number * self.PAGE_SIZE,
            limit=self.PAGE_SIZE,
            search=self._search,
            sort=self._sort,
            descending=self._descending,
        )
        rows = self._fetch(page)
        self._pages[number] = rows
        if len(self._pages) > self.CACHED_PAGES:
            self._pages.popitem(last=False)
        return rows
