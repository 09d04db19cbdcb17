"""Billing: draft a month's invoices, see what the reads said, and issue the drafts."""

from dataclasses import dataclass
from datetime import date, timedelta

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...domain.consumption import Finding
from ...domain.invoices import InvoiceState, month_span
from ...domain.periods import Period, Span
from ...exporters.explanations import Wording, finding_text
from ...services.billing import BillingRun, run_billing
from ...services.company import get_company
from ...services.invoices import Issued, issue_invoices, list_invoices
from ...services.ports import OpenUnitOfWork
from .. import styles
from ..formatting import Formatter
from ..operations import Operation, set_enabled
from ..styles import Tone
from ..table_model import Column, RowsTableModel

MONTHS_SHOWN = 24


@dataclass(frozen=True)
class FindingRow:
    """A finding of a billing run as the page lists it."""

    finding: Finding
    said: str  # the finding in the window's language
    billed: bool  # a warning: the meter was billed; else its reads block its bill


@dataclass(frozen=True)
class _Ran:
    run: BillingRun
    currency: str


class BillingPage(QWidget):
    """Signals: message(str) — a confirmation for the status bar.

    Operations (see `ui.operations`): `billing` (a month's run), `issuing` (the drafts),
    `counting` (the month's drafts, on refresh).
    """

    message = Signal(str)

    def __init__(
        self,
        open_uow: OpenUnitOfWork,
        formatter: Formatter,
        parent: QWidget | None = None,
        *,
        today: date | None = None,
    ) -> None:
        super().__init__(parent)
        self._open_uow, self._f = open_uow, formatter
        self._drafts: list[int] = []
        title = QLabel(self.tr("Billing"), styleSheet=styles.PAGE_TITLE)
        intro = QLabel(
            self.tr(
                "Each meter is billed from where its last bill ended to its last "
                "read in the month. Drafts can be billed again until they are "
                "issued."
            ),
            wordWrap=True,
        )
        self.month = QComboBox()
        for span in _recent_months(today or date.today(), MONTHS_SHOWN):
            self.month.addItem(formatter.span(span), span)
        self.month.setCurrentIndex(1)  # last month: this one is rarely read yet
        self.run_button = QPushButton(self.tr("&Bill this month"))
        self.issue_button = QPushButton(enabled=False)
        self.run_button.clicked.connect(self._on_run_clicked)
        self.issue_button.clicked.connect(self._on_issue_clicked)
        self.month.currentIndexChanged.connect(self.refresh)
        choose = QHBoxLayout()
        for widget in (QLabel(self.tr("Month")), self.month, self.run_button, self.issue_button):
            choose.addWidget(widget)
        choose.addStretch(1)
        self.summary = QLabel(wordWrap=True, styleSheet=styles.STRONG)
        self.findings_model = self._findings_model()
        self.findings = QTableView()
        self.findings.setModel(self.findings_model)
        self.findings.verticalHeader().hide()
        header = self.findings.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)  # the sentence
        self.status = QLabel(wordWrap=True)
        body = QWidget(maximumWidth=980)
        column = QVBoxLayout(body)
        column.setContentsMargins(0, 0, 0, 0)
        for item in (title, intro):
            column.addWidget(item)
        column.addLayout(choose)
        column.addWidget(self.summary)
        column.addWidget(self.findings, 1)
        column.addWidget(self.status)
        layout = QVBoxLayout(self)
        layout.addWidget(body, 1)
        waiting = (self.month, self.run_button, self.issue_button)
        failure = self.tr("Nothing was changed: {error}")
        self.billing = Operation(self, waiting=waiting, status=self.status, failure=failure)
        self.issuing = Operation(self, waiting=waiting, status=self.status, failure=failure)
        uncounted = self.tr("The drafts could not be counted: {error}")
        self.counting = Operation(
            self, waiting=(self.issue_button,), status=self.status, failure=uncounted
        )
        self.billing.succeeded.connect(self._on_billing_succeeded)
        self.issuing.succeeded.connect(self._on_issuing_succeeded)
        self.counting.succeeded.connect(self._on_counting_succeeded)
        for operation in (self.billing, self.issuing):
            operation.failed.connect(self._on_work_failed)
            operation.finished.connect(self.refresh)

    def _findings_model(self) -> RowsTableModel[FindingRow]:
        no, yes = self.tr("No: fix the reads and bill again"), self.tr("Yes: check it")
        F = Column[FindingRow]
        columns = (
            F(self.tr("Meter"), "", lambda r: r.finding.meter_serial),
            F(self.tr("What the reads say"), "", lambda r: r.said),
            F(self.tr("Billed?"), "", lambda r: yes if r.billed else no),
        )
        return RowsTableModel(
            columns, self, tone=lambda r: Tone.PLAIN if r.billed else Tone.PROBLEM
        )

    def period(self) -> Span:
        found: Span = self.month.currentData()
        return found

    def refresh(self) -> None:
        """The chosen month's drafts waiting to be issued."""
        period, open_uow = self.period(), self._open_uow

        def drafts() -> tuple[Span, list[int]]:
            found = list_invoices(open_uow, period=period, state=InvoiceState.DRAFT)
            return period, [s.id for s in found if s.period == period]

        self.counting.start(drafts)

    def _on_counting_succeeded(self, counted: tuple[Span, list[int]]) -> None:
        period, drafts = counted
        if period != self.period():
            return  # the operator has chosen another month since: its count follows
        self._drafts = drafts
        self.issue_button.setText(self.tr("&Issue %n draft(s)…", "", len(drafts)))
        set_enabled(self.issue_button, bool(drafts))

    def _on_run_clicked(self) -> None:
        period, open_uow = self.period(), self._open_uow

        def bill() -> _Ran:
            run = run_billing(open_uow, period=period, today=date.today())
            return _Ran(run, get_company(open_uow).currency)

        busy = self.tr("Billing {month}…").format(month=self._f.span(period))
        self.billing.start(bill, busy=busy)

    def _on_billing_succeeded(self, ran: _Ran) -> None:
        run, currency = ran.run, ran.currency
        month = self._f.span(run.period)
        money = self._f.money(run.total, currency)
        text = self.tr("{month}: %n draft(s), total {amount}", "", run.drafts).format(
            month=month, amount=money
        )
        if run.nothing_to_bill:
            text += " · " + self.tr(
                "%n customer(s) with nothing to bill", "", len(run.nothing_to_bill)
            )
        self.summary.setText(text[:1].upper() + text[1:])  # "octubre…" opens the line

        def row(finding: Finding, billed: bool) -> FindingRow:
            unit = run.units.get(finding.meter_serial, "")
            wording = Wording(self._f.language, currency, unit, Period.MONTH)
            return FindingRow(finding, finding_text(finding, wording), billed)

        self.findings_model.set_rows(
            [*(row(f, False) for f in run.blocked), *(row(f, True) for f in run.warnings)]
        )
        if run.drafts:
            done = self.tr(
                "Billed {month}: review the drafts on the Invoices page, then issue them here."
            ).format(month=month)
        else:
            done = self.tr("Nothing to bill in {month}.").format(month=month)
        self.status.setText(done)
        self.message.emit(done)

    def _on_issue_clicked(self) -> None:
        count, month = len(self._drafts), self._f.span(self.period())
        answer = QMessageBox.question(
            self,
            self.tr("Issue the drafts"),
            self.tr(
                "Issue %n draft(s) of {month}, dated today? Issued invoices get their numbers and "
                "are never changed again; a correction is a credit note.",
                "",
                count,
            ).format(month=month),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        ids, today, open_uow = list(self._drafts), date.today(), self._open_uow
        self.issuing.start(
            lambda: issue_invoices(open_uow, ids=ids, issue_date=today), busy=self.tr("Issuing…")
        )

    def _on_issuing_succeeded(self, issued: Issued) -> None:
        numbers = issued.numbers
        if numbers:
            text = self.tr("Issued %n invoice(s): {first} to {last}.", "", len(numbers))
            self.status.setText(text.format(first=numbers[0], last=numbers[-1]))
            self.message.emit(self.status.text())

    def _on_work_failed(self, _error: str) -> None:
        self.summary.clear()  # what an earlier run found no longer stands
        self.findings_model.set_rows([])


def _recent_months(today: date, count: int) -> list[Span]:
    """This month and the ones before it, newest first."""
    months, first = [], today.replace(day=1)
    for _ in range(count):
        months.append(month_span(first.year, first.month))
        first = (first - timedelta(days=1)).replace(day=1)
    return months
