"""A customer's account at a glance: who they are, their meters and use, their
invoices, payments and balance — "why is my bill so high?" in one window."""

from datetime import date
from decimal import Decimal

from PySide6.QtCore import QAbstractItemModel, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...domain.accounts import CustomerAccount, MeterAccount
from ...domain.audit import StoredPayment
from ...domain.customers import Customer, grouped_iban
from ...domain.invoices import InvoiceKind, InvoiceStatus, InvoiceSummary, status
from ...services.accounts import customer_account
from ...services.ports import OpenUnitOfWork
from .. import styles
from ..consumption_chart import ConsumptionChart
from ..formatting import Formatter
from ..operations import Operation
from ..styles import Tone
from ..table_model import RIGHT, Column, RowsTableModel
from ..wording import invoice_states
from .customer_dialog import LANGUAGES, CustomerDialog, payment_methods
from .new_reading_dialog import NewReadingDialog


class AccountView(QDialog):
    """One customer's account; it loads off the GUI thread and again after a change.

    Signals: loaded() — the account is on screen (its chart follows: chart_shown());
    open_invoice(str) — the operator asked
    for an invoice's PDF (its number); customer_saved(str) — the customer (account) was
    edited here.
    Operations (see `ui.operations`): `loading` (the account).
    """

    loaded = Signal()
    chart_shown = Signal()
    open_invoice = Signal(str)
    customer_saved = Signal(str)

    def __init__(
        self,
        open_uow: OpenUnitOfWork,
        formatter: Formatter,
        account: str,
        parent: QWidget | None = None,
        *,
        today: date | None = None,
    ) -> None:
        super().__init__(parent)
        self._open_uow, self._formatter, self._today = open_uow, formatter, today
        self.account_number = account
        self.account: CustomerAccount | None = None
        self.setWindowTitle(self.tr("Account {account}").format(account=account))
        self.resize(1280, 700)
        self._build()
        self.loading = Operation(
            self,
            waiting=(self.reading_button, self.edit_button, self.invoice_button),
            status=self.status,
            failure=self.tr("This account cannot be shown: {error}"),
        )
        self.loading.succeeded.connect(self._on_loading_succeeded)
        self.load()

    # Building -------------------------------------------------------------------------

    def _build(self) -> None:
        f = self._formatter
        self.name_label = QLabel()
        self.name_label.setStyleSheet(styles.PAGE_TITLE)
        self.name_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.summary_label = QLabel()
        self.summary_label.setStyleSheet(styles.QUIET)
        self.details = QGridLayout()
        self.details.setHorizontalSpacing(24)
        self.owed_label, self.overdue_label, self.favour_label = QLabel(), QLabel(), QLabel()
        balance = QFormLayout()
        for text, label in (
            (self.tr("Owed"), self.owed_label),
            (self.tr("Past due"), self.overdue_label),
            (self.tr("In their favour"), self.favour_label),
        ):
            label.setStyleSheet(styles.STRONG)
            label.setAlignment(Qt.AlignmentFlag.AlignRight)
            balance.addRow(text, label)
        balance_box = QGroupBox(self.tr("Balance"))
        balance_box.setLayout(balance)
        balance_box.setMinimumWidth(260)
        head = QHBoxLayout()
        who = QVBoxLayout()
        who.addWidget(self.name_label)
        who.addWidget(self.summary_label)
        who.addLayout(self.details)
        head.addLayout(who, 1)
        head.addWidget(balance_box, 0, Qt.AlignmentFlag.AlignTop)

        self.meters_model: RowsTableModel[MeterAccount] = RowsTableModel(
            self._meter_columns(f), self
        )
        self.meters_table = _table(self.meters_model)
        # The chart (a pyqtgraph plot, the costliest widget here) is made once the account
        # is shown: the first paint has who they are, their balance and lists without it.
        self.chart: ConsumptionChart | None = None
        self._chart_place = QWidget()
        self._chart_place.setMinimumHeight(180)
        QVBoxLayout(self._chart_place).setContentsMargins(0, 0, 0, 0)
        self.chart_caption = QLabel(
            self.tr("Use per month over the last two years; shaded: the periods invoiced.")
        )
        self.chart_caption.setStyleSheet(styles.QUIET)
        self.chart_caption.setWordWrap(True)
        left = _boxed(
            self.tr("Meters"),
            self.meters_table,
            self._chart_place,
            self.chart_caption,
            stretch=(1, 3, 0),
        )
        self.documents_model: RowsTableModel[InvoiceSummary] = RowsTableModel(
            self._document_columns(f), self, tone=self._document_tone
        )
        self.documents_table = _table(self.documents_model)
        self.payments_model: RowsTableModel[StoredPayment] = RowsTableModel(
            self._payment_columns(f), self
        )
        self.payments_table = _table(self.payments_model)
        right = QSplitter(Qt.Orientation.Vertical)
        right.addWidget(_boxed(self.tr("Invoices and credit notes"), self.documents_table))
        right.addWidget(_boxed(self.tr("Payments"), self.payments_table))
        right.setSizes([300, 160])
        body = QSplitter(Qt.Orientation.Horizontal)
        body.addWidget(left)
        body.addWidget(right)
        body.setSizes([560, 700])
        body.setChildrenCollapsible(False)

        self.reading_button = QPushButton(self.tr("New &reading…"))
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.invoice_button = QPushButton(self.tr("Open &invoice"))
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.setShortcut(QKeySequence.StandardKey.Close)
        self.status = QLabel()
        self.status.setWordWrap(True)
        buttons = QHBoxLayout()
        for button in (self.reading_button, self.edit_button, self.invoice_button):
            button.setAutoDefault(False)
            buttons.addWidget(button)
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.close_button)
        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addWidget(line)
        layout.addWidget(body, 1)
        layout.addLayout(buttons)

        self.reading_button.clicked.connect(self._on_reading_clicked)
        self.edit_button.clicked.connect(self._on_edit_clicked)
        self.invoice_button.clicked.connect(self._on_invoice_clicked)
        self.close_button.clicked.connect(self.close)
        self.documents_table.activated.connect(self._on_invoice_clicked)
        self.meters_table.selectionModel().currentRowChanged.connect(self._on_meter_changed)
        self.documents_table.selectionModel().currentRowChanged.connect(self._enable)

    def _meter_columns(self, f: Formatter) -> tuple[Column[MeterAccount], ...]:
        C = Column[MeterAccount]
        none = self.tr("None")

        def last(m: MeterAccount) -> str:
            read = m.last_read
            return "" if read is None else f"{f.number(read.value)} {m.meter.unit}"

        return (
            C(self.tr("Meter"), "", lambda m: m.meter.serial),
            C(self.tr("Tariff"), "", lambda m: m.tariff or none),
            C(self.tr("Last read"), "", last, RIGHT),
            C(self.tr("On"), "", lambda m: f.day(m.last_read.read_on if m.last_read else None)),
        )

    def _document_columns(self, f: Formatter) -> tuple[Column[InvoiceSummary], ...]:
        states = invoice_states()
        credit = self.tr("Credit note")

        def state(s: InvoiceSummary) -> str:
            if s.kind is InvoiceKind.CREDIT_NOTE:
                return credit
            return states[status(s, self._day())]

        C = Column[InvoiceSummary]
        return (
            C(self.tr("Number"), "", lambda s: s.number or self.tr("Draft")),
            C(self.tr("Date"), "", lambda s: f.day(s.issue_date)),
            C(self.tr("Period"), "", lambda s: f.span(s.period)),
            C(self.tr("Total"), "", lambda s: f.money(s.total, s.currency), RIGHT),
            C(self.tr("Status"), "", state),
        )

    def _document_tone(self, document: InvoiceSummary) -> Tone:
        overdue = status(document, self._day()) is InvoiceStatus.OVERDUE
        return Tone.PROBLEM if overdue else Tone.PLAIN

    def _payment_columns(self, f: Formatter) -> tuple[Column[StoredPayment], ...]:
        C = Column[StoredPayment]
        methods = {m.value: label for m, label in payment_methods().items() if m.value}

        def method(p: StoredPayment) -> str:
            # A payment's method is free text; the methods the app knows read in the
            # window's language ("direct debit" → "Domiciliación bancaria").
            return methods.get(p.method.strip().lower().replace(" ", "_"), p.method)

        return (
            C(self.tr("Date"), "", lambda p: f.day(p.paid_on)),
            C(self.tr("Invoice"), "", lambda p: p.invoice_number),
            C(self.tr("Amount"), "", lambda p: f.money(p.amount, p.currency), RIGHT),
            C(self.tr("Method"), "", method),
        )

    # Loading and showing ---------------------------------------------------------------

    def _day(self) -> date:
        return self._today or date.today()

    def load(self) -> None:
        """Read the account again (off the GUI thread); `loaded` once it is shown."""
        open_uow, account, today = self._open_uow, self.account_number, self._day()
        self.loading.start(
            lambda: customer_account(open_uow, account=account, today=today),
            busy=self.tr("Loading the account…"),
        )

    def _on_loading_succeeded(self, account: CustomerAccount) -> None:
        self.account = account
        self._show_customer(account.customer)
        self._show_balance(account)
        self.meters_model.set_rows(account.meters)
        self.documents_model.set_rows(account.documents)
        self.payments_model.set_rows(account.payments)
        for table in (self.meters_table, self.documents_table, self.payments_table):
            table.resizeColumnsToContents()
        if account.meters:
            self.meters_table.selectRow(0)
        self._enable()
        self.loaded.emit()
        QTimer.singleShot(0, self, self._show_chart)  # after the first paint

    def _show_chart(self) -> None:
        """The chosen meter's use, the chart made on the first call; `chart_shown` then."""
        if self.chart is None:
            self.chart = ConsumptionChart(self._formatter)
            layout = self._chart_place.layout()
            assert layout is not None
            layout.addWidget(self.chart)
        chosen = self._chosen_meter()
        if chosen is None:
            self.chart.show_use((), (), "")
        else:
            self.chart.show_use(chosen.months, chosen.billed, chosen.meter.unit)
        self.chart_shown.emit()

    def _show_customer(self, c: Customer) -> None:
        self.name_label.setText(c.name)
        language = dict(LANGUAGES).get(c.language, c.language)
        active = self.tr("Active") if c.active else self.tr("Not active")
        summary = self.tr("Account {account} · {active} · {language}")
        self.summary_label.setText(
            summary.format(account=c.account, active=active, language=language)
        )
        method = payment_methods()[c.payment_method]
        if c.iban:
            method = f"{method} · {grouped_iban(c.iban)}"
        rows = (
            (self.tr("Tax ID"), c.tax_id),
            (self.tr("Phone"), c.phone),
            (self.tr("E-mail"), c.email),
            (self.tr("Payment"), method),
            (self.tr("Billing address"), c.address),
            (self.tr("Supply address"), c.supply_address or self.tr("As billing address")),
        )
        _clear(self.details)
        for n, (title, text) in enumerate(rows):
            label = QLabel(title)
            label.setStyleSheet(styles.QUIET)
            value = QLabel(text or "—")
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            value.setAlignment(Qt.AlignmentFlag.AlignTop)
            label.setAlignment(Qt.AlignmentFlag.AlignTop)
            self.details.addWidget(label, n % 3, (n // 3) * 2)
            self.details.addWidget(value, n % 3, (n // 3) * 2 + 1)
        self.details.setColumnStretch(1, 1)
        self.details.setColumnStretch(3, 2)

    def _show_balance(self, account: CustomerAccount) -> None:
        b, f = account.balance, self._formatter
        currency = account.documents[0].currency if account.documents else "EUR"
        # What they owe, or (below zero) what they paid beyond it: as it stands, no rule added.
        self.owed_label.setText(f.money(max(b.outstanding, Decimal(0)), currency))
        self.overdue_label.setText(f.money(b.overdue, currency))
        self.favour_label.setText(f.money(max(-b.outstanding, Decimal(0)), currency))
        self.overdue_label.setStyleSheet(styles.STRONG + (styles.PROBLEM if b.overdue > 0 else ""))

    def _on_meter_changed(self) -> None:
        chosen = self.meters_model.row_at(self.meters_table.currentIndex().row())
        if chosen is not None and self.chart is not None:
            self.chart.show_use(chosen.months, chosen.billed, chosen.meter.unit)
        self._enable()

    def _enable(self) -> None:
        loaded = self.account is not None
        self.edit_button.setEnabled(loaded)
        self.reading_button.setEnabled(self._chosen_meter() is not None)
        document = self._chosen_document()
        self.invoice_button.setEnabled(document is not None and document.number is not None)

    def _chosen_meter(self) -> MeterAccount | None:
        return self.meters_model.row_at(self.meters_table.currentIndex().row())

    def _chosen_document(self) -> InvoiceSummary | None:
        return self.documents_model.row_at(self.documents_table.currentIndex().row())

    # Actions ---------------------------------------------------------------------------

    def _on_reading_clicked(self) -> None:
        meter = self._chosen_meter()
        if meter is not None and NewReadingDialog.ask(
            self, self._open_uow, self._formatter, meter.meter, today=self._day()
        ):
            self.load()

    def _on_edit_clicked(self) -> None:
        if self.account is None:
            return
        saved = CustomerDialog.ask(self, self._open_uow, self.account.customer)
        if saved is not None:
            self.customer_saved.emit(saved.account)
            self.load()

    def _on_invoice_clicked(self) -> None:
        document = self._chosen_document()
        if document is not None and document.number is not None:
            self.open_invoice.emit(document.number)


def _table(model: QAbstractItemModel) -> QTableView:
    table = QTableView()
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
    table.horizontalHeader().setStretchLastSection(True)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    table.setAlternatingRowColors(True)
    return table


def _boxed(title: str, *widgets: QWidget, stretch: tuple[int, ...] = ()) -> QGroupBox:
    box = QGroupBox(title)
    layout = QVBoxLayout(box)
    for n, widget in enumerate(widgets):
        layout.addWidget(widget, stretch[n] if n < len(stretch) else 0)
    return box


def _clear(layout: QGridLayout) -> None:
    while layout.count():
        item = layout.takeAt(0)
        if item is not None and (widget := item.widget()) is not None:
            widget.deleteLater()
