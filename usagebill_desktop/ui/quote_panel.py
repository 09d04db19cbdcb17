"""Try a quote: type a quantity (and, optionally, the days) and see the bill, line by line."""

from datetime import date
from decimal import Decimal

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..domain.errors import DomainError
from ..domain.periods import Span
from ..domain.tariffs import Tariff
from ..exporters.explanations import Wording
from ..services.ports import OpenUnitOfWork
from ..services.tariffs import get_tariff, quote
from . import styles
from .bill_model import BillTableModel
from .date_edits import date_edit, day_of
from .formatting import Formatter
from .messages import error_text


class QuotePanel(QWidget):
    """Type a quantity (and, optionally, the days) and see the bill, line by line."""

    def __init__(self, open_uow: OpenUnitOfWork, formatter: Formatter) -> None:
        super().__init__()
        self._open_uow = open_uow
        self._formatter = formatter
        self._tariff: Tariff | None = None
        self.title = QLabel(styleSheet=styles.STRONG)
        self.quantity = QLineEdit(placeholderText=self.tr("e.g. 27"))
        self.unit = QLabel()
        self.partial = QCheckBox(self.tr("Only part of a period:"))
        today = QDate.currentDate()
        self.first = date_edit(QDate(today.year(), today.month(), 1))
        self.last = date_edit(QDate(today.year(), today.month(), today.daysInMonth()))
        self.problem = QLabel(styleSheet=styles.PROBLEM, wordWrap=True)
        self.bill = BillTableModel(self)
        table = QTableView()
        table.setModel(self.bill)
        table.verticalHeader().hide()
        table.setWordWrap(True)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table = table
        self._lay_out()
        for signal in (
            self.quantity.textChanged,
            self.partial.toggled,
            self.first.dateChanged,
            self.last.dateChanged,
        ):
            signal.connect(self._on_input_changed)
        self.show_tariff(None)

    def _lay_out(self) -> None:
        amount = QHBoxLayout()
        amount.addWidget(self.quantity, 1)
        amount.addWidget(self.unit)
        days = QHBoxLayout()
        days.addWidget(self.partial)
        days.addWidget(self.first)
        days.addWidget(QLabel("–"))
        days.addWidget(self.last)
        days.addStretch(1)
        form = QFormLayout()
        form.addRow(self.tr("Quantity"), amount)
        form.addRow("", days)
        column = QVBoxLayout(self)
        column.setContentsMargins(8, 0, 0, 0)
        column.addWidget(self.title)
        column.addLayout(form)
        column.addWidget(self.problem)
        column.addWidget(self.table, 1)

    def show_tariff(self, name: str | None) -> None:
        """The stored tariff `name`, or none."""
        self.quote_with(None if name is None else get_tariff(self._open_uow, name=name))

    def quote_with(self, tariff: Tariff | None) -> None:
        """Quotes with `tariff` (also one being edited, not stored)."""
        self._tariff = tariff
        name = None if tariff is None else tariff.name
        self.setEnabled(self._tariff is not None)
        self.title.setText(
            self.tr("Try a quote with {name}").format(name=name)
            if name
            else self.tr("Choose a tariff to try a quote")
        )
        self.unit.setText(
            self._tariff.in_language(self._formatter.language, self._tariff.unit)
            if self._tariff
            else ""
        )
        self._on_input_changed()

    def _on_input_changed(self) -> None:
        self.first.setEnabled(self.partial.isChecked())
        self.last.setEnabled(self.partial.isChecked())
        self.problem.clear()
        tariff, text = self._tariff, self.quantity.text()
        if tariff is None or not text.strip():
            self.bill.show(None, None, {})
            return
        try:
            quantity = self._formatter.parse_number(text)
            span = (
                Span(day_of(self.first), day_of(self.last)) if (self.partial.isChecked()) else None
            )
            bill = quote(
                tariff,
                quantity=quantity,
                span=span,
                today=date.today(),
                language=self._formatter.language,
            )
        except ValueError:
            example = self._formatter.number(Decimal("27.5"))
            self.problem.setText(
                self.tr("Type a quantity, such as {example}.").format(example=example)
            )
            self.bill.show(None, None, {})
            return
        except DomainError as error:
            self.problem.setText(error_text(error))
            self.bill.show(None, None, {})
            return
        wording = Wording(self._formatter.language, tariff.currency, bill.unit, tariff.period)
        headings = {
            "subtotal": self.tr("Subtotal"),
            "tax": self.tr("{name} {rate}"),
            "tax_base": self.tr("on {base}"),
            "total": self.tr("Total"),
        }
        self.bill.show(bill, wording, headings)
        self.table.resizeRowsToContents()
