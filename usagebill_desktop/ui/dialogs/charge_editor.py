"""A version's charges as a person edits them: a list to add, remove and reorder, and the
chosen charge's type and fields, with tiers in a table (from, up to, price).

What is typed is kept as typed (`ChargeDraft`); `tariff_form.build_charges` makes the
domain's charges from it, and the domain's checks say what is wrong, at the field.
"""

from dataclasses import dataclass, field

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...domain.tariffs import CHARGE_TYPES
from .. import styles

# The fields each type has, besides its label; "tiers" is the tier table.
FIELDS: dict[str, tuple[str, ...]] = {
    "fixed": ("amount",),
    "per_unit": ("unit_price",),
    "graduated": ("tiers",),
    "volume": ("tiers",),
    "package": ("package_size", "package_price", "free_units"),
    "stairstep": ("tiers",),
    "minimum": ("amount",),
    "percentage": ("rate", "of"),
}
# The tier table's columns: from (shown, not typed), up to, price, block fee.
UP_TO, PRICE, FEE = 1, 2, 3


def cell_text(table: QTableWidget, row: int, column: int) -> str:
    """What is typed in a cell, without the spaces around it."""
    item = table.item(row, column)
    return "" if item is None else item.text().strip()


@dataclass
class ChargeDraft:
    type: str = "fixed"
    label: str = ""
    values: dict[str, str] = field(default_factory=dict)
    tiers: list[list[str]] = field(default_factory=list)  # [up_to, price, fee] as typed


class ChargeEditor(QWidget):
    """Signals: changed(): a charge was added, removed, moved or typed in."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._drafts: list[ChargeDraft] = []
        self._loading = False
        self.charges = QListWidget()
        self.add_button = QPushButton(self.tr("Add charge"))
        self.remove_button = QPushButton(self.tr("Remove"))
        self.up_button = QPushButton(self.tr("Move up"))
        self.down_button = QPushButton(self.tr("Move down"))
        self.other_problem = QLabel(styleSheet=styles.PROBLEM, wordWrap=True)
        self.type = QComboBox()
        for kind, name in self.type_names().items():
            self.type.addItem(name, kind)
        self.label = QLineEdit()
        self.fields = {
            "amount": QLineEdit(),
            "unit_price": QLineEdit(),
            "package_size": QLineEdit(),
            "package_price": QLineEdit(),
            "free_units": QLineEdit(),
            "rate": QLineEdit(),
            "of": QLineEdit(placeholderText=self.tr("all the charges before it")),
        }
        self.tiers = QTableWidget(0, 4)
        self.tiers.setHorizontalHeaderLabels(
            [self.tr("From"), self.tr("Up to"), self.tr("Unit price"), self.tr("Block fee")]
        )
        self.tiers.verticalHeader().hide()
        header = self.tiers.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)  # its title
        self.add_tier_button = QPushButton(self.tr("Add block"))
        self.remove_tier_button = QPushButton(self.tr("Remove block"))
        self.problem = QLabel(styleSheet=styles.PROBLEM, wordWrap=True)
        self._lay_out()
        self._connect()
        self._show_current()

    def type_names(self) -> dict[str, str]:
        names = {
            "fixed": self.tr("Fixed amount per period"),
            "per_unit": self.tr("Price per unit"),
            "graduated": self.tr("Blocks, each unit at its block's price"),
            "volume": self.tr("Volume, all units at the block reached"),
            "package": self.tr("Packages of units"),
            "stairstep": self.tr("Steps, one price per step"),
            "minimum": self.tr("Minimum bill"),
            "percentage": self.tr("Percentage of charges"),
        }
        assert tuple(names) == CHARGE_TYPES  # every charge the engine has, no other
        return names

    def _lay_out(self) -> None:
        self.form = QFormLayout()
        self.form.addRow(self.tr("Type"), self.type)
        self.form.addRow(self.tr("Label"), self.label)
        names = {
            "amount": self.tr("Amount"),
            "unit_price": self.tr("Unit price"),
            "package_size": self.tr("Package size"),
            "package_price": self.tr("Package price"),
            "free_units": self.tr("Units included"),
            "rate": self.tr("Rate (%)"),
            "of": self.tr("Of the charges"),
        }
        for name, edit in self.fields.items():
            self.form.addRow(names[name], edit)
        tier_buttons = QHBoxLayout()
        tier_buttons.addWidget(self.add_tier_button)
        tier_buttons.addWidget(self.remove_tier_button)
        tier_buttons.addStretch(1)
        detail = QVBoxLayout()
        detail.addLayout(self.form)
        detail.addWidget(self.tiers, 1)
        detail.addLayout(tier_buttons)
        detail.addWidget(self.problem)
        buttons = QGridLayout()
        buttons.addWidget(self.add_button, 0, 0)
        buttons.addWidget(self.remove_button, 0, 1)
        buttons.addWidget(self.up_button, 1, 0)
        buttons.addWidget(self.down_button, 1, 1)
        listing = QVBoxLayout()
        listing.addWidget(self.charges, 1)
        listing.addLayout(buttons)
        listing.addWidget(self.other_problem)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(listing, 2)
        layout.addLayout(detail, 3)

    def _connect(self) -> None:
        self.charges.currentRowChanged.connect(self._on_charges_row_changed)
        self.add_button.clicked.connect(self._on_add_clicked)
        self.remove_button.clicked.connect(self._on_remove_clicked)
        self.up_button.clicked.connect(lambda: self._move(-1))
        self.down_button.clicked.connect(lambda: self._move(1))
        self.add_tier_button.clicked.connect(self._on_add_tier_clicked)
        self.remove_tier_button.clicked.connect(self._on_remove_tier_clicked)
        self.type.currentIndexChanged.connect(self._on_form_edited)
        self.label.textChanged.connect(self._on_form_edited)
        for edit in self.fields.values():
            edit.textChanged.connect(self._on_form_edited)
        self.tiers.itemChanged.connect(self._on_form_edited)

    def drafts(self) -> list[ChargeDraft]:
        return list(self._drafts)

    def load(self, drafts: list[ChargeDraft]) -> None:
        self._drafts = drafts
        self.charges.clear()
        self.charges.addItems([self._item_text(d) for d in drafts])
        self.charges.setCurrentRow(0 if drafts else -1)
        self._show_current()

    def current(self) -> int:
        return self.charges.currentRow()

    def _item_text(self, draft: ChargeDraft) -> str:
        return draft.label or self.tr("(no label)")

    def _on_add_clicked(self) -> None:
        self._drafts.append(ChargeDraft())
        self.charges.addItem(self._item_text(self._drafts[-1]))
        self.charges.setCurrentRow(len(self._drafts) - 1)
        self.label.setFocus()
        self.changed.emit()

    def _on_remove_clicked(self) -> None:
        row = self.current()
        if row < 0:
            return
        del self._drafts[row]
        self.charges.takeItem(row)
        self._show_current()
        self.changed.emit()

    def _move(self, by: int) -> None:
        row, to = self.current(), self.current() + by
        if row < 0 or not 0 <= to < len(self._drafts):
            return
        drafts = self._drafts
        drafts[row], drafts[to] = drafts[to], drafts[row]
        for index in (row, to):
            item = self.charges.item(index)
            item.setText(self._item_text(drafts[index]))
        self.charges.setCurrentRow(to)
        self.changed.emit()

    def _on_add_tier_clicked(self) -> None:
        row = self.tiers.rowCount()
        self._loading = True
        self.tiers.insertRow(row)
        for column in range(4):
            self.tiers.setItem(row, column, QTableWidgetItem(""))
        self._loading = False
        self._on_form_edited()
        self.tiers.setCurrentCell(row, UP_TO)
        self.tiers.setFocus()

    def _on_remove_tier_clicked(self) -> None:
        row = self.tiers.currentRow()
        if row >= 0:
            self.tiers.removeRow(row)
            self._on_form_edited()

    def _on_charges_row_changed(self) -> None:
        self._show_current()

    def _show_current(self) -> None:
        """The chosen charge's fields in the form, only those its type has."""
        row = self.current()
        draft = self._drafts[row] if 0 <= row < len(self._drafts) else None
        self._loading = True
        for widget in (self.type, self.label, *self.fields.values(), self.tiers):
            widget.setEnabled(draft is not None)
        shown = draft or ChargeDraft()
        self.type.setCurrentIndex(CHARGE_TYPES.index(shown.type))
        self.label.setText(shown.label)
        for name, edit in self.fields.items():
            edit.setText(shown.values.get(name, ""))
        self.tiers.setRowCount(0)
        for r, (up_to, price, fee) in enumerate(shown.tiers):
            self.tiers.insertRow(r)
            for column, text in enumerate(("", up_to, price, fee)):
                self.tiers.setItem(r, column, QTableWidgetItem(text))
        self._loading = False
        self._show_fields(shown.type)
        self.remove_button.setEnabled(draft is not None)
        self.clear_problems()

    def _show_fields(self, kind: str) -> None:
        own = FIELDS[kind]
        for name, edit in self.fields.items():
            self.form.setRowVisible(edit, name in own)
        tiered = "tiers" in own
        for widget in (self.tiers, self.add_tier_button, self.remove_tier_button):
            widget.setVisible(tiered)
        stairs = kind == "stairstep"
        self.tiers.setColumnHidden(FEE, stairs)
        price = self.tr("Price") if stairs else self.tr("Unit price")
        self.tiers.setHorizontalHeaderItem(PRICE, QTableWidgetItem(price))
        self._show_lower_bounds()

    def _show_lower_bounds(self) -> None:
        """Each tier starts where the one before ends: the From column is not typed."""
        self._loading = True
        lower = "0"
        for row in range(self.tiers.rowCount()):
            item = QTableWidgetItem(lower)
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.tiers.setItem(row, 0, item)
            lower = self._cell(row, UP_TO) or lower
        self._loading = False

    def _cell(self, row: int, column: int) -> str:
        return cell_text(self.tiers, row, column)

    def _on_form_edited(self) -> None:
        row = self.current()
        if self._loading or row < 0:
            return
        draft = self._drafts[row]
        kind = str(self.type.currentData())
        draft.type, draft.label = kind, self.label.text()
        draft.values = {name: edit.text() for name, edit in self.fields.items()}
        draft.tiers = [
            [self._cell(r, UP_TO), self._cell(r, PRICE), self._cell(r, FEE)]
            for r in range(self.tiers.rowCount())
        ]
        self.charges.item(row).setText(self._item_text(draft))
        self._show_fields(kind)
        self.changed.emit()

    def clear_problems(self) -> None:
        for widget in (self.label, *self.fields.values()):
            widget.setStyleSheet("")
            widget.setToolTip("")
        self._loading = True
        for r in range(self.tiers.rowCount()):
            for c in range(4):
                item = self.tiers.item(r, c)
                if item is not None:
                    item.setBackground(self.palette().base())
        self._loading = False
        self.problem.clear()
        self.other_problem.clear()

    def show_problem(self, charge: int, where: str, text: str) -> None:
        """`text` at the field `where` ("tiers[2].up_to", "label") of charge `charge`."""
        if charge != self.current():
            name = self._item_text(self._drafts[charge])
            self.other_problem.setText(f"{name}: {text}")
            return
        self.problem.setText(text)
        head, _, rest = where.partition(".")
        if head == "label" or head in self.fields:
            widget = self.label if head == "label" else self.fields[head]
            widget.setStyleSheet(f"border: 1px solid {styles.PROBLEM_COLOUR};")
            widget.setToolTip(text)
        elif head.startswith("tiers[") and head.endswith("]"):
            row = int(head[len("tiers[") : -1])
            column = {"unit_price": PRICE, "price": PRICE, "flat_fee": FEE}.get(rest, UP_TO)
            item = self.tiers.item(row, column)
            if item is not None:
                self._loading = True
                tint = QColor(styles.PROBLEM_COLOUR)
                tint.setAlpha(48)  # the text stays readable on it
                item.setBackground(tint)
                item.setToolTip(text)
                self._loading = False
