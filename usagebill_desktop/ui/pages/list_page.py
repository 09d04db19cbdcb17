"""The shared frame of a list page: title, search box, table, count."""

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QHeaderView, QWidget

from ...services.ports import Page
from .. import remembered
from ..forms.ui_list_page import Ui_ListPage
from ..table_model import Column, PagedTableModel

SEARCH_DELAY_MS = 250  # wait for the user to stop typing before asking the database


class ListPage(QWidget):
    """Signals: message(str) — a confirmation for the status bar ("Customer 000241 saved")."""

    message = Signal(str)

    def __init__(
        self,
        title: str,
        columns: Sequence[Column[Any]],
        fetch: Callable[[Page], Sequence[Any]],
        count: Callable[[str], int],
        parent: QWidget | None = None,
        *,
        stretch_column: int = 1,
        count_text: Callable[[int], str] | None = None,
    ) -> None:
        super().__init__(parent)
        self._count_text = count_text  # what a page built around this list calls its rows
        self.ui = Ui_ListPage()
        self.ui.setupUi(self)
        self.ui.titleLabel.setText(title)
        self.ui.searchEdit.setPlaceholderText(self.tr("Search…"))
        self.model: PagedTableModel[Any] = PagedTableModel(columns, fetch, count, self)
        table = self.ui.table
        table.setModel(self.model)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        # Fit columns to the first rows only: measuring more would fetch more pages.
        table.horizontalHeader().setResizeContentsPrecision(100)
        self._stretch_column = stretch_column
        table.verticalHeader().hide()
        # Compact rows: more of the list fits on the screen.
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
        table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._on_search_timer_timeout)
        self.ui.searchEdit.textChanged.connect(self._search_timer.start)
        self.model.modelReset.connect(self._on_model_reset)
        self._on_model_reset()

    def count_text(self, count: int) -> str:
        if self._count_text is not None:
            return self._count_text(count)
        return self.tr("%Ln row(s)", "", count)

    def selected_row(self) -> Any:
        rows = self.ui.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def refresh(self) -> None:
        self.model.refresh()

    def select(self, predicate: Callable[[Any], bool]) -> None:
        row = self.model.row_of(predicate)
        if row is not None:
            self.ui.table.selectRow(row)
            self.ui.table.scrollTo(self.model.index(row, 0))

    def show_only(self, text: str) -> None:
        """The rows found by `text`, typed in the search box, the first one selected."""
        self.ui.searchEdit.setText(text)
        self._search_timer.stop()
        self.model.set_search(text)
        if self.model.rowCount():
            self.ui.table.selectRow(0)
        self.ui.table.setFocus()

    def _on_search_timer_timeout(self) -> None:
        self.model.set_search(self.ui.searchEdit.text())

    def _on_model_reset(self) -> None:
        self.ui.countLabel.setText(self.count_text(self.model.rowCount()))
        table = self.ui.table
        remembered.fit_columns(table)  # to the content, unless the user set the widths
        # The widest text column takes the spare room; the others fit their content.
        table.horizontalHeader().setSectionResizeMode(
            self._stretch_column, QHeaderView.ResizeMode.Stretch
        )
