"""A new tariff, or new prices for one from a date, with the quote and its chart beside.

A stored tariff is never changed in place: what the editor saves for it is a new version
from the date chosen (`services.tariffs.add_tariff_version`), so what was billed with the
earlier prices stays as it was. Each edit is checked by the domain's rules
(`domain.tariffs.check_tariff`) and a problem is said at the field it names.
"""

import re
from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import DomainError, InvalidValue
from ...domain.periods import Period
from ...domain.tariffs import Charge, Tariff, TariffVersion, Tax, check_tariff
from ...services.ports import OpenUnitOfWork
from ...services.tariffs import add_tariff_version, create_tariff
from .. import styles
from ..date_edits import date_edit, day_of
from ..formatting import Formatter
from ..messages import error_text, reason_text
from ..quote_panel import QuotePanel
from ..tariff_chart import TariffChart
from .charge_editor import ChargeEditor, cell_text
from .tariff_form import build_charge, charge_draft, typed_number

LANGUAGES = ("es", "en")
_CHARGE = re.compile(r"charges\[(\d+)\]\.?(.*)")
_TAX = re.compile(r"taxes\[(\d+)\]\.?(.*)")


class TariffEditor(QDialog):
    """Edit a draft; Save stores it (a new tariff, or a new version of `stored`)."""

    def __init__(
        self,
        open_uow: OpenUnitOfWork,
        formatter: Formatter,
        stored: Tariff | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._open_uow, self._formatter, self._stored = open_uow, formatter, stored
        self.saved_name: str | None = None
        self.setWindowTitle(
            self.tr("New tariff")
            if stored is None
            else self.tr("New prices for {name}").format(name=stored.name)
        )
        self.name = QLineEdit()
        self.currency = QLineEdit("EUR", maxLength=3)
        self.unit = QLineEdit(placeholderText=self.tr("e.g. m³"))
        self.period = QComboBox()
        for period, text in (
            (Period.MONTH, self.tr("month")),
            (Period.QUARTER, self.tr("quarter")),
            (Period.YEAR, self.tr("year")),
        ):
            self.period.addItem(text, period)
        self.valid_from = date_edit(QDate(2000, 1, 1))  # QDateEdit's own first day
        self.head_problem = QLabel(styleSheet=styles.PROBLEM, wordWrap=True)
        self.charges = ChargeEditor()
        self.taxes = QTableWidget(0, 2)
        self.taxes.setHorizontalHeaderLabels([self.tr("Tax"), self.tr("Rate (%)")])
        self.add_tax_button = QPushButton(self.tr("Add tax"))
        self.remove_tax_button = QPushButton(self.tr("Remove tax"))
        self.taxes_problem = QLabel(styleSheet=styles.PROBLEM, wordWrap=True)
        self.translations = QTableWidget(0, 3)
        self.translations.setHorizontalHeaderLabels(
            [self.tr("As written"), self.tr("Spanish"), self.tr("English")]
        )
        self.translations_problem = QLabel(styleSheet=styles.PROBLEM, wordWrap=True)
        self.tabs = QTabWidget()
        self.quote_panel = QuotePanel(open_uow, formatter)
        self.chart = TariffChart()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("&Save"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self._lay_out()
        self._fill(stored)
        self._connect()
        self._check(quiet=stored is None)  # an empty form is not yet a mistake

    def _lay_out(self) -> None:
        head = QFormLayout()
        head.addRow(self.tr("Name"), self.name)
        units = QHBoxLayout()
        for label, widget in (
            (self.tr("Currency"), self.currency),
            (self.tr("Unit"), self.unit),
            (self.tr("Per"), self.period),
        ):
            units.addWidget(QLabel(label))
            units.addWidget(widget, 1)
        head.addRow("", units)
        head.addRow(self.tr("Prices from"), self.valid_from)
        taxes = QWidget()
        tax_column = QVBoxLayout(taxes)
        tax_column.addWidget(self.taxes, 1)
        tax_buttons = QHBoxLayout()
        tax_buttons.addWidget(self.add_tax_button)
        tax_buttons.addWidget(self.remove_tax_button)
        tax_buttons.addStretch(1)
        tax_column.addLayout(tax_buttons)
        tax_column.addWidget(self.taxes_problem)
        words = QWidget()
        word_column = QVBoxLayout(words)
        word_column.addWidget(self.translations, 1)
        word_column.addWidget(self.translations_problem)
        for table in (self.taxes, self.translations):
            table.verticalHeader().hide()
            table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.tabs.addTab(self.charges, self.tr("Charges"))
        self.tabs.addTab(taxes, self.tr("Taxes"))
        self.tabs.addTab(words, self.tr("Translations"))
        left = QWidget()
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(head)
        column.addWidget(self.head_problem)
        column.addWidget(self.tabs, 1)
        right = QWidget()
        side = QVBoxLayout(right)
        side.setContentsMargins(0, 0, 0, 0)
        side.addWidget(self.quote_panel, 3)
        side.addWidget(self.chart, 2)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setSizes([640, 520])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.buttons)
        self.resize(1240, 700)

    def _fill(self, stored: Tariff | None) -> None:
        today = QDate.currentDate()
        if stored is None:
            self.valid_from.setDate(QDate(today.year(), today.month(), 1))
            self._load_translations({})
            return
        month = today.addMonths(1)
        self.valid_from.setDate(QDate(month.year(), month.month(), 1))
        self.name.setText(stored.name)
        self.currency.setText(stored.currency)
        self.unit.setText(stored.unit)
        self.period.setCurrentIndex(self.period.findData(stored.period))
        for widget in (self.name, self.currency, self.unit, self.period):
            widget.setEnabled(False)  # a version changes prices, not what the tariff is
        latest = stored.versions[-1]
        show = self._formatter.ungrouped
        self.charges.load([charge_draft(c, show) for c in latest.charges])
        for tax in latest.taxes:
            self._add_tax_row(tax.name, show(tax.rate))
        self._load_translations(stored.translations)

    def _connect(self) -> None:
        for edit in (self.name, self.currency, self.unit):
            edit.textChanged.connect(self._on_edited)
        self.period.currentIndexChanged.connect(self._on_edited)
        self.valid_from.dateChanged.connect(self._on_edited)
        self.charges.changed.connect(self._on_edited)
        self.taxes.itemChanged.connect(self._on_edited)
        self.translations.itemChanged.connect(self._on_edited)
        self.add_tax_button.clicked.connect(self._on_add_tax_clicked)
        self.remove_tax_button.clicked.connect(self._on_remove_tax_clicked)
        self.buttons.accepted.connect(self._on_save_clicked)
        self.buttons.rejected.connect(self.reject)

    def _add_tax_row(self, name: str = "", rate: str = "") -> None:
        row = self.taxes.rowCount()
        self.taxes.insertRow(row)
        self.taxes.setItem(row, 0, QTableWidgetItem(name))
        self.taxes.setItem(row, 1, QTableWidgetItem(rate))

    def _on_add_tax_clicked(self) -> None:
        self._add_tax_row()
        self.taxes.setCurrentCell(self.taxes.rowCount() - 1, 0)
        self.taxes.setFocus()
        self._on_edited()

    def _on_remove_tax_clicked(self) -> None:
        if self.taxes.currentRow() >= 0:
            self.taxes.removeRow(self.taxes.currentRow())
            self._on_edited()

    def _load_translations(self, translations: dict[str, dict[str, str]] | object) -> None:
        """One row per text a customer reads (name, unit, labels), kept as typed."""
        known = dict(translations) if isinstance(translations, dict) else {}
        texts = [self.name.text(), self.unit.text()] + [d.label for d in self.charges.drafts()]
        for texts_of in known.values():
            texts += [t for t in texts_of if t not in texts]
        wanted = list(dict.fromkeys(t.strip() for t in texts if t.strip()))
        shown = [cell_text(self.translations, r, 0) for r in range(self.translations.rowCount())]
        if wanted == shown:  # a translation typed: the rows stay (one is being edited)
            return
        self.translations.blockSignals(True)
        typed = self._typed_translations()
        self.translations.setRowCount(0)
        for text in wanted:
            row = self.translations.rowCount()
            self.translations.insertRow(row)
            item = QTableWidgetItem(text)
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.translations.setItem(row, 0, item)
            for column, language in enumerate(LANGUAGES, start=1):
                said = typed.get(language, {}).get(text) or known.get(language, {}).get(text, "")
                self.translations.setItem(row, column, QTableWidgetItem(said))
        self.translations.blockSignals(False)

    def _typed_translations(self) -> dict[str, dict[str, str]]:
        found: dict[str, dict[str, str]] = {}
        for row in range(self.translations.rowCount()):
            text = cell_text(self.translations, row, 0)
            for column, language in enumerate(LANGUAGES, start=1):
                item = self.translations.item(row, column)
                if item is not None and item.text().strip():
                    found.setdefault(language, {})[text] = item.text().strip()
        return found

    def _on_edited(self) -> None:
        self._check(quiet=False)

    def _check(self, *, quiet: bool) -> None:
        """The draft checked by the domain: its quote and chart, or the problem at its
        field (`quiet`: no problem said)."""
        if self._stored is None:
            self._load_translations(self._typed_translations())
        else:
            self._load_translations(self._stored.translations)
        self._clear_problems()
        try:
            tariff = self.draft()
            check_tariff(tariff)
        except InvalidValue as error:
            if not quiet:
                self._show_problem(error)
            self._show_quote(None)
            return
        self._show_quote(tariff)

    def _show_quote(self, tariff: Tariff | None) -> None:
        self.quote_panel.quote_with(tariff)
        self.chart.show_tariff(
            tariff, today=date.today(), unit=self.unit.text(), currency=self.currency.text()
        )

    def draft(self) -> Tariff:
        """The tariff as typed, with this one version; translations of its own texts."""
        parse = self._formatter.parse_number
        built: list[Charge] = [
            build_charge(f"charges[{i}]", d, parse) for i, d in enumerate(self.charges.drafts())
        ]
        taxes = []
        for row in range(self.taxes.rowCount()):
            name, rate = (cell_text(self.taxes, row, c) for c in (0, 1))
            taxes.append(Tax(name, typed_number(f"taxes[{row}].rate", rate, parse)))
        version = TariffVersion(day_of(self.valid_from), tuple(built), tuple(taxes))
        own = {self.name.text().strip(), self.unit.text().strip()} | {c.label for c in built}
        translations = {
            language: {t: s for t, s in texts.items() if t in own}
            for language, texts in self._typed_translations().items()
        }
        return Tariff(
            self.name.text().strip(),
            self.currency.text().strip().upper(),
            self.unit.text().strip(),
            Period(self.period.currentData()),
            (version,),
            {language: texts for language, texts in translations.items() if texts},
        )

    def _clear_problems(self) -> None:
        self.charges.clear_problems()
        for label in (self.head_problem, self.taxes_problem, self.translations_problem):
            label.clear()
        for widget in (self.name, self.currency, self.unit, self.valid_from):
            widget.setStyleSheet("")
            widget.setToolTip("")

    def _show_problem(self, error: InvalidValue) -> None:
        """The domain's reason, in the window's language, at the field it names."""
        text, where = reason_text(error), error.field
        if found := _CHARGE.fullmatch(where):
            self.charges.show_problem(int(found[1]), found[2], text)
            return
        if where == "charges":
            self.charges.other_problem.setText(text)
            return
        if found := _TAX.fullmatch(where):
            self.taxes_problem.setText(text)
            row, column = int(found[1]), 0 if found[2] == "name" else 1
            item = self.taxes.item(row, column)
            if item is not None:
                item.setToolTip(text)
            return
        if where.startswith("translations"):
            self.translations_problem.setText(text)
            return
        widget = {
            "name": self.name,
            "currency": self.currency,
            "unit": self.unit,
            "valid_from": self.valid_from,
            "versions": self.valid_from,
        }.get(where)
        self.head_problem.setText(text)
        if widget is not None:
            widget.setStyleSheet(f"border: 1px solid {styles.PROBLEM_COLOUR};")
            widget.setToolTip(text)

    def _on_save_clicked(self) -> None:
        try:
            tariff = self.draft()
            if self._stored is None:
                create_tariff(self._open_uow, tariff=tariff)
            else:
                add_tariff_version(
                    self._open_uow,
                    name=self._stored.name,
                    version=tariff.versions[0],
                    translations=self._typed_translations(),
                )
        except InvalidValue as error:
            self._show_problem(error)
            return
        except DomainError as error:
            self.head_problem.setText(error_text(error))
            return
        self.saved_name = tariff.name
        self.accept()
