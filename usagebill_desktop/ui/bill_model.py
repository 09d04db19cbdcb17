"""A rated bill as a table: one row per line, then subtotal, taxes and total.

The rows are exactly the engine's rounded amounts, so what the screen shows adds up.
"""

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from ..domain.rating import Bill
from ..exporters.explanations import Wording, explain
from .table_model import LEFT, RIGHT

Index = QModelIndex | QPersistentModelIndex


class BillTableModel(QAbstractTableModel):
    COLUMNS = 3  # concept, how it was computed, amount

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[str, str, str, bool]] = []  # label, detail, amount, is_total

    def show(self, bill: Bill | None, wording: Wording | None, headings: dict[str, str]) -> None:
        """`headings`: translated "subtotal", "tax" ({name} {rate}), "tax_base" ({base})
        and "total"."""
        self.beginResetModel()
        self._rows = (
            [] if bill is None or wording is None else self._bill_rows(bill, wording, headings)
        )
        self.endResetModel()

    @staticmethod
    def _bill_rows(
        bill: Bill, w: Wording, headings: dict[str, str]
    ) -> list[tuple[str, str, str, bool]]:
        rows = [(line.label, explain(line, w), w.money(line.amount), False) for line in bill.lines]
        rows.append((headings["subtotal"], "", w.money(bill.subtotal), True))
        for tax in bill.taxes:
            label = headings["tax"].format(name=tax.name, rate=w.percent(tax.rate))
            base = headings["tax_base"].format(base=w.money(tax.base))
            rows.append((label, base, w.money(tax.amount), False))
        rows.append((headings["total"], "", w.money(bill.total), True))
        return rows

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt signature)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMNS

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return row[index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return RIGHT if index.column() == 2 else LEFT
        if role == Qt.ItemDataRole.FontRole and row[3]:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        if not 0 <= section < self.COLUMNS:
            return None
        return (self.tr("Charge"), self.tr("How it is worked out"), self.tr("Amount"))[section]
