"""Billing: draft a month's invoices, see what the reads said, and issue the drafts."""

from datetime import date, timedelta

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import DomainError
from ...domain.invoices import InvoiceState, month_span
from ...domain.periods import Period, Span
from ...exporters.explanations import Wording, finding_text
from ...services.billing import BillingRun, run_billing
from ...services.company import get_company
from ...services.invoices import Issued, issue_invoices, list_invoices
from ...services.ports import OpenUnitOfWork
from ..formatting import Formatter
from ..messages import error_text
from ..workers import Job, start

MONTHS_SHOWN = 24


class BillingPage(QWidget):
    """Signals: message(str) — a confirmation for the status bar."""

    message = Signal(str)

    def __init__(self, open_uow: OpenUnitOfWork, formatter: Formatter,
                 parent: QWidget | None = None, *, today: date | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self._open_uow, self._f = open_uow, formatter
        self._drafts: list[int] = []
        self._working = False  # a run or an issue is under way: nothing else may start
        title = QLabel(self.tr("Billing"), styleSheet="font-size: 16pt; font-weight: 600;")
        intro = QLabel(self.tr("Each meter is billed from where its last bill ended to its last "
                               "read in the month. Drafts can be billed again until they are "
                               "issued."), wordWrap=True)  # fmt: skip
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
        self.summary = QLabel(wordWrap=True, styleSheet="font-weight: 600;")
        self.findings = QTableWidget(0, 3)
        self.findings.setHorizontalHeaderLabels([self.tr("Meter"), self.tr("What the reads say"),
                                                 self.tr("Billed?")])  # fmt: skip
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

    def period(self) -> Span:
        found: Span = self.month.currentData()
        return found

    def refresh(self) -> None:
        """The chosen month's drafts waiting to be issued."""
        period = self.period()
        drafts = list_invoices(self._open_uow, period=period, state=InvoiceState.DRAFT)
        self._drafts = [s.id for s in drafts if s.period == period]
        self.issue_button.setText(self.tr("&Issue %n draft(s)…", "", len(self._drafts)))
        self.issue_button.setEnabled(bool(self._drafts) and not self._working)

    def _on_run_clicked(self) -> None:
        period = self.period()
        self._busy(self.tr("Billing {month}…").format(month=self._f.span(period)))
        job = Job(lambda: run_billing(self._open_uow, period=period, today=date.today()))
        job.signals.done.connect(self._show_run)
        job.signals.failed.connect(self._on_failed)
        start(job)

    def _show_run(self, run: BillingRun) -> None:
        company = get_company(self._open_uow)
        month = self._f.span(run.period)
        money = self._f.money(run.total, company.currency)
        text = self.tr("{month}: %n draft(s), total {amount}", "", run.drafts).format(
            month=month, amount=money
        )
        if run.nothing_to_bill:
            text += " · " + self.tr("%n customer(s) with nothing to bill", "",
                                    len(run.nothing_to_bill))  # fmt: skip
        self.summary.setText(text[:1].upper() + text[1:])  # "octubre…" opens the line
        rows = [(f, self.tr("No: fix the reads and bill again")) for f in run.blocked]
        rows += [(f, self.tr("Yes: check it")) for f in run.warnings]
        self.findings.setRowCount(len(rows))
        for row, (finding, billed) in enumerate(rows):
            unit = run.units.get(finding.meter_serial, "")
            wording = Wording(self._f.language, company.currency, unit, Period.MONTH)
            cells = (finding.meter_serial, finding_text(finding, wording), billed)
            for column, value in enumerate(cells):
                self.findings.setItem(row, column, QTableWidgetItem(value))
        self._idle()
        if run.drafts:
            done = self.tr("Billed {month}: review the drafts on the Invoices page, then issue "
                           "them here.").format(month=month)  # fmt: skip
        else:
            done = self.tr("Nothing to bill in {month}.").format(month=month)
        self.status.setText(done)
        self.message.emit(done)

    def _on_issue_clicked(self) -> None:
        count, month = len(self._drafts), self._f.span(self.period())
        answer = QMessageBox.question(self, self.tr("Issue the drafts"), self.tr(
            "Issue %n draft(s) of {month}, dated today? Issued invoices get their numbers and "
            "are never changed again; a correction is a credit note.", "", count).format(
                month=month))  # fmt: skip
        if answer != QMessageBox.StandardButton.Yes:
            return
        ids, today = list(self._drafts), date.today()
        self._busy(self.tr("Issuing…"))
        job = Job(lambda: issue_invoices(self._open_uow, ids=ids, issue_date=today))
        job.signals.done.connect(self._on_issued)
        job.signals.failed.connect(self._on_failed)
        start(job)

    def _on_issued(self, issued: Issued) -> None:
        self._idle()
        numbers = issued.numbers
        if numbers:
            text = self.tr("Issued %n invoice(s): {first} to {last}.", "", len(numbers))
            self.status.setText(text.format(first=numbers[0], last=numbers[-1]))
            self.message.emit(self.status.text())

    def _busy(self, text: str) -> None:
        self._working = True
        for widget in (self.month, self.run_button, self.issue_button):
            widget.setEnabled(False)
        self.status.setStyleSheet("")
        self.status.setText(text)

    def _idle(self) -> None:
        self._working = False
        self.month.setEnabled(True)
        self.run_button.setEnabled(True)
        self.refresh()

    def _on_failed(self, error: Exception) -> None:
        self._idle()
        self.summary.clear()  # what an earlier run found no longer stands
        self.findings.setRowCount(0)
        said = error_text(error) if isinstance(error, DomainError) else str(error)
        self.status.setStyleSheet("color: #b00020;")
        self.status.setText(self.tr("Nothing was changed: {error}").format(error=said))


def _recent_months(today: date, count: int) -> list[Span]:
    """This month and the ones before it, newest first."""
    months, first = [], today.replace(day=1)
    for _ in range(count):
        months.append(month_span(first.year, first.month))
        first = (first - timedelta(days=1)).replace(day=1)
    return months
