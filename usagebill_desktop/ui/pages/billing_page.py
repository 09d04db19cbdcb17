"""Billing: draft a month's invoices, see what the reads said, and issue the drafts.

The month's drafts are listed with the ones a read far beyond the usual use made first
(the customer's name and the amount: a mistyped 9800 must not be issued unseen). A draft
can be discarded, its customer billed again after a reading is corrected, or held back
from issuing; issuing numbers the others.
"""

from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
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
from ...domain.invoices import InvoiceSummary, month_span
from ...domain.periods import Period, Span
from ...exporters.explanations import Wording, finding_text
from ...services.billing import BillingRun, rebill_customer, run_billing
from ...services.company import get_company
from ...services.corrections import Discarded, discard_draft
from ...services.drafts import DraftReview, month_drafts
from ...services.invoices import Issued, issue_invoices
from ...services.ports import OpenUnitOfWork
from .. import styles
from ..dialogs.reading_dialog import ReadingDialog
from ..formatting import Formatter
from ..operations import Operation, set_enabled
from ..styles import Tone
from ..table_model import RIGHT, Column, RowsTableModel

MONTHS_SHOWN = 24


@dataclass(frozen=True)
class FindingRow:
    """A finding of a billing run as the page lists it."""

    finding: Finding
    said: str  # the finding in the window's language
    billed: bool  # a warning: the meter was billed; else its reads block its bill
    customer: str = ""  # the meter's customer: name and account
    account: str = ""


@dataclass(frozen=True)
class DraftRow:
    """A draft of the month as the page lists it (in the order `month_drafts` gives)."""

    review: DraftReview
    said: str  # what the checks found on it, in the window's language ("": nothing)
    held: bool  # held back from issuing by the operator

    @property
    def draft(self) -> InvoiceSummary:
        return self.review.draft


@dataclass(frozen=True)
class _Ran:
    run: BillingRun
    currency: str
    account: str | None = None  # one customer billed again; None: the whole month


@dataclass
class _Month:
    """What the page knows of the chosen month: its drafts, with what the checks found
    on them (stored with each draft), and the drafts held back."""

    period: Span
    drafts: list[DraftReview] = field(default_factory=list)
    held: set[int] = field(default_factory=set)


class BillingPage(QWidget):
    """Signals: message(str) — a confirmation for the status bar; open_account(str) — the
    operator asks to see a customer (to fix a reading of theirs).

    Operations (see `ui.operations`): `billing` (a month's run, or one customer billed
    again), `issuing` (the drafts not held back), `discarding` (one draft), `counting`
    (the month's drafts, on refresh).
    """

    message = Signal(str)
    open_account = Signal(str)

    def __init__(
        self,
        open_uow: OpenUnitOfWork,
        formatter: Formatter,
        parent: QWidget | None = None,
        *,
        today: date | None = None,
    ) -> None:
        super().__init__(parent)
        self._open_uow, self._f, self._today = open_uow, formatter, today
        self._month = _Month(month_span(2000, 1))
        self._found: list[FindingRow] = []  # what the runs found, as listed
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
        self.findings.hide()  # shown once a run found something
        self.findings.setModel(self.findings_model)
        self.findings.verticalHeader().hide()
        header = self.findings.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)  # the sentence
        self.findings.doubleClicked.connect(self._on_finding_double_clicked)
        self.drafts_model = self._drafts_model()
        self.drafts = QTableView()
        self.drafts.setModel(self.drafts_model)
        self.drafts.verticalHeader().hide()
        self.drafts.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.drafts.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.drafts.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)  # what a check found
        self.drafts.doubleClicked.connect(self._on_open_clicked)
        self.open_button = QPushButton(self.tr("&Open the customer"))
        self.rebill_button = QPushButton(self.tr("Bill this customer &again"))
        self.discard_button = QPushButton(self.tr("&Discard this draft"))
        self.hold_button = QPushButton(self.tr("&Hold back from issuing"))
        self.fix_button = QPushButton(self.tr("&Correct the reading"), enabled=False)
        self.fix_button.setToolTip(
            self.tr("Opens the reading the checks flagged; once corrected, bills it again")
        )
        self.fix_button.clicked.connect(self._on_fix_clicked)
        self.open_button.clicked.connect(self._on_open_clicked)
        self.rebill_button.clicked.connect(self._on_rebill_clicked)
        self.discard_button.clicked.connect(self._on_discard_clicked)
        self.hold_button.clicked.connect(self._on_hold_clicked)
        self._draft_buttons = (
            self.open_button,
            self.rebill_button,
            self.discard_button,
            self.hold_button,
        )
        actions = QHBoxLayout()
        for button in (self.fix_button, *self._draft_buttons):
            button.setEnabled(False)
            actions.addWidget(button)
        actions.addStretch(1)
        self.drafts.selectionModel().selectionChanged.connect(self._on_draft_selection_changed)
        self.status = QLabel(wordWrap=True)
        body = QWidget(maximumWidth=1100)
        column = QVBoxLayout(body)
        column.setContentsMargins(0, 0, 0, 0)
        for item in (title, intro):
            column.addWidget(item)
        column.addLayout(choose)
        column.addWidget(self.summary)
        column.addWidget(self.findings, 1)
        column.addWidget(QLabel(self.tr("Drafts of the month"), styleSheet=styles.STRONG))
        column.addWidget(self.drafts, 2)
        column.addLayout(actions)
        column.addWidget(self.status)
        layout = QVBoxLayout(self)
        layout.addWidget(body, 1)
        waiting = (
            self.month,
            self.run_button,
            self.issue_button,
            self.fix_button,
            *self._draft_buttons,
        )
        failure = self.tr("Nothing was changed: {error}")
        self.billing = Operation(self, waiting=waiting, status=self.status, failure=failure)
        self.issuing = Operation(self, waiting=waiting, status=self.status, failure=failure)
        self.discarding = Operation(self, waiting=waiting, status=self.status, failure=failure)
        uncounted = self.tr("The drafts could not be counted: {error}")
        self.counting = Operation(
            self, waiting=(self.issue_button,), status=self.status, failure=uncounted
        )
        self.billing.succeeded.connect(self._on_billing_succeeded)
        self.issuing.succeeded.connect(self._on_issuing_succeeded)
        self.counting.succeeded.connect(self._on_counting_succeeded)
        self.discarding.succeeded.connect(self._on_discarding_succeeded)
        for operation in (self.billing, self.issuing):
            operation.failed.connect(self._on_work_failed)
        for operation in (self.billing, self.issuing, self.discarding):
            operation.finished.connect(self.refresh)

    def _findings_model(self) -> RowsTableModel[FindingRow]:
        no, yes = self.tr("No: fix the reads and bill again"), self.tr("Yes: check it")
        F = Column[FindingRow]
        columns = (
            F(self.tr("Meter"), "", lambda r: r.finding.meter_serial),
            F(self.tr("What the reads say"), "", lambda r: r.said),
            F(self.tr("Billed?"), "", lambda r: yes if r.billed else no),
            F(self.tr("Customer"), "", lambda r: r.customer),
        )
        return RowsTableModel(
            columns, self, tone=lambda r: Tone.PLAIN if r.billed else Tone.PROBLEM
        )

    def _drafts_model(self) -> RowsTableModel[DraftRow]:
        f, held, issued = self._f, self.tr("Held back"), self.tr("Yes")
        D = Column[DraftRow]
        columns = (
            D(self.tr("Issue?"), "", lambda r: held if r.held else issued),
            D(self.tr("Customer"), "", lambda r: r.draft.customer.name),
            D(self.tr("Account"), "", lambda r: r.draft.customer.account),
            D(self.tr("Amount"), "", lambda r: f.money(r.draft.total, r.draft.currency), RIGHT),
            D(self.tr("What the reads say"), "", lambda r: r.said),
        )
        beyond = Tone.PROBLEM
        return RowsTableModel(
            columns, self, tone=lambda r: beyond if r.review.beyond else Tone.PLAIN
        )

    def period(self) -> Span:
        found: Span = self.month.currentData()
        return found

    def refresh(self) -> None:
        """The chosen month's drafts waiting to be issued."""
        period, open_uow = self.period(), self._open_uow

        self.counting.start(lambda: (period, month_drafts(open_uow, period=period)))

    def _on_counting_succeeded(self, counted: tuple[Span, list[DraftReview]]) -> None:
        period, drafts = counted
        if period != self.period():
            return  # the operator has chosen another month since: its count follows
        if self._month.period != period:
            self._month = _Month(period)
        month = self._month
        month.drafts = drafts
        month.held &= {d.draft.id for d in drafts}
        self._show_drafts()

    def _show_drafts(self) -> None:
        month, chosen = self._month, self._chosen()
        ordered = [DraftRow(d, self._said(d), d.draft.id in month.held) for d in month.drafts]
        self.drafts_model.set_rows(ordered)
        if chosen is not None:
            found = next((n for n, r in enumerate(ordered) if r.draft.id == chosen.draft.id), None)
            if found is not None:
                self.drafts.selectRow(found)
        self._on_draft_selection_changed()
        count = len(month.drafts) - len(month.held)
        self.issue_button.setText(self.tr("&Issue %n draft(s)…", "", count))
        set_enabled(self.issue_button, count > 0)

    def _said(self, review: DraftReview) -> str:
        """The worst of what the checks found on a draft, as a sentence naming the meter."""
        if not review.found:
            return ""
        worst = max(review.found, key=lambda f: f.ratio or Decimal(0))
        unit, currency = worst.unit, review.draft.currency
        said = finding_text(worst.finding, Wording(self._f.language, currency, unit, Period.MONTH))
        return f"{worst.finding.meter_serial}: {said}"

    def _chosen(self) -> DraftRow | None:
        rows = self.drafts.selectionModel().selectedRows()
        return self.drafts_model.row_at(rows[0].row()) if rows else None

    def _on_draft_selection_changed(self) -> None:
        chosen = self._chosen()
        for button in self._draft_buttons:
            set_enabled(button, chosen is not None)
        set_enabled(self.fix_button, chosen is not None and chosen.review.to_fix is not None)
        if chosen is not None and chosen.held:
            self.hold_button.setText(self.tr("&Issue it with the others"))
        else:
            self.hold_button.setText(self.tr("&Hold back from issuing"))

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

        def row(finding: Finding, billed: bool) -> FindingRow:
            unit = run.units.get(finding.meter_serial, "")
            wording = Wording(self._f.language, currency, unit, Period.MONTH)
            account, name = run.owners.get(finding.meter_serial, ("", ""))
            who = f"{name} ({account})" if account else ""
            return FindingRow(finding, finding_text(finding, wording), billed, who, account)

        found = [*(row(f, False) for f in run.blocked), *(row(f, True) for f in run.warnings)]
        if ran.account is None:
            self._found = found
        else:  # one customer billed again: their findings replace what was known of them
            self._found = [*found, *(r for r in self._found if r.account != ran.account)]
        self.findings_model.set_rows(self._found)
        self.findings.setVisible(bool(self._found))
        if ran.account is not None:
            self._say_rebilled(ran)
            return
        money = self._f.money(run.total, currency)
        text = self.tr("{month}: %n draft(s), total {amount}", "", run.drafts).format(
            month=month, amount=money
        )
        if run.nothing_to_bill:
            text += " · " + self.tr(
                "%n customer(s) with nothing to bill", "", len(run.nothing_to_bill)
            )
        self.summary.setText(text[:1].upper() + text[1:])  # "octubre…" opens the line
        if run.drafts:
            done = self.tr(
                "Billed {month}: review the drafts below (the ones to check come first), "
                "then issue them."
            ).format(month=month)
        else:
            done = self.tr("Nothing to bill in {month}.").format(month=month)
        self.status.setText(done)
        self.message.emit(done)

    def _say_rebilled(self, ran: _Ran) -> None:
        drafted = (d.draft for d in self._month.drafts if d.draft.customer.account == ran.account)
        name = next((d.customer.name for d in drafted), ran.account or "")
        if ran.run.drafts:
            text = self.tr("{name} billed again: {amount}.").format(
                name=name, amount=self._f.money(ran.run.total, ran.currency)
            )
        else:
            text = self.tr("{name} billed again: nothing to bill.").format(name=name)
        self.status.setText(text)
        self.message.emit(text)

    def _on_open_clicked(self) -> None:
        chosen = self._chosen()
        if chosen is not None:
            self.open_account.emit(chosen.draft.customer.account)

    def _on_finding_double_clicked(self) -> None:
        shown = self.findings_model.row_at(self.findings.currentIndex().row())
        if shown is not None and shown.account:
            self.open_account.emit(shown.account)

    def _on_rebill_clicked(self) -> None:
        chosen = self._chosen()
        if chosen is not None:
            self._rebill(chosen.draft.customer.account, chosen.draft.customer.name)

    def _on_fix_clicked(self) -> None:
        """The reading the checks flagged, in the correction dialog; once corrected (or
        deleted) the customer is billed again, so the draft shows the fix."""
        chosen = self._chosen()
        to_fix = chosen.review.to_fix if chosen is not None else None
        if chosen is None or to_fix is None:
            return
        today = self._today or date.today()
        done = ReadingDialog.ask(self, self._open_uow, self._f, to_fix, today=today)
        if done is not None:
            self._rebill(chosen.draft.customer.account, chosen.draft.customer.name)

    def _rebill(self, account: str, name: str) -> None:
        period, open_uow = self.period(), self._open_uow

        def bill() -> _Ran:
            run = rebill_customer(open_uow, period=period, account=account, today=date.today())
            return _Ran(run, get_company(open_uow).currency, account)

        self.billing.start(bill, busy=self.tr("Billing {name} again…").format(name=name))

    def _on_discard_clicked(self) -> None:
        chosen, open_uow = self._chosen(), self._open_uow
        if chosen is None:
            return
        key = str(chosen.draft.id)
        self.discarding.start(lambda: discard_draft(open_uow, key=key))

    def _on_discarding_succeeded(self, done: Discarded) -> None:
        drafted = next((d.draft for d in self._month.drafts if d.draft.id == done.id), None)
        name = drafted.customer.name if drafted is not None else done.account
        text = self.tr("The draft of {name} was discarded.").format(name=name)
        self.status.setText(text)
        self.message.emit(text)

    def _on_hold_clicked(self) -> None:
        chosen = self._chosen()
        if chosen is None:
            return
        self._month.held ^= {chosen.draft.id}
        self._show_drafts()

    def _on_issue_clicked(self) -> None:
        month = self._month
        beyond = [d for d in month.drafts if d.beyond and d.draft.id not in month.held]
        if beyond:
            kept = self._ask_beyond(beyond)
            if kept is None:
                return
            month.held |= {d.draft.id for d in beyond if d not in kept}
            self._show_drafts()
        held = sorted(month.held)
        count = len(month.drafts) - len(held)
        if count == 0:
            return
        if not beyond and not self._ask_issue(count):
            return
        ids, today, open_uow = [d.draft.id for d in month.drafts], date.today(), self._open_uow
        self.issuing.start(
            lambda: issue_invoices(open_uow, ids=ids, leave_out=held, issue_date=today),
            busy=self.tr("Issuing…"),
        )

    def _ask_issue(self, count: int) -> bool:
        month = self._f.span(self.period())
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
        return answer == QMessageBox.StandardButton.Yes

    def _ask_beyond(self, beyond: list[DraftReview]) -> list[DraftReview] | None:
        """Drafts hundreds of times the usual use are never issued unseen: they are named
        with their amounts, and Enter holds them back while the rest are issued; issuing
        them takes a click on its own button. The ones to issue anyway are returned (None:
        nothing issued)."""
        f = self._f
        line = self.tr("{name} ({account}): {amount}, {ratio} times the usual use")
        names = "\n".join(
            "• "
            + line.format(
                name=d.draft.customer.name,
                account=d.draft.customer.account,
                amount=f.money(d.draft.total, d.draft.currency),
                ratio=f.number((d.ratio or Decimal(0)).to_integral_value()),
            )
            for d in beyond
        )
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Issue the drafts"), "", parent=self)
        box.setText(
            self.tr(
                "%n draft(s) bill hundreds of times the usual use, a mistyped read as a rule:",
                "",
                len(beyond),
            )
        )
        box.setInformativeText(
            names
            + "\n\n"
            + self.tr(
                "Issued invoices get their numbers and are never changed again; a correction "
                "is a credit note."
            )
        )
        hold = box.addButton(
            self.tr("&Hold them back, issue the rest"), QMessageBox.ButtonRole.AcceptRole
        )
        everything = box.addButton(self.tr("Issue them &too"), QMessageBox.ButtonRole.YesRole)
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(hold)
        box.setEscapeButton(cancel)
        box.exec()
        clicked = box.clickedButton()
        box.deleteLater()
        if clicked is hold:
            return []
        return list(beyond) if clicked is everything else None

    def _on_issuing_succeeded(self, issued: Issued) -> None:
        numbers = issued.numbers
        if numbers:
            text = self.tr("Issued %n invoice(s): {first} to {last}.", "", len(numbers))
            self.status.setText(text.format(first=numbers[0], last=numbers[-1]))
            self.message.emit(self.status.text())

    def _on_work_failed(self, _error: str) -> None:
        self.summary.clear()  # what an earlier run found no longer stands
        self._found = []
        self.findings_model.set_rows([])
        self.findings.hide()


def _recent_months(today: date, count: int) -> list[Span]:
    """This month and the ones before it, newest first."""
    months, first = [], today.replace(day=1)
    for _ in range(count):
        months.append(month_span(first.year, first.month))
        first = (first - timedelta(days=1)).replace(day=1)
    return months
