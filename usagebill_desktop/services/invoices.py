"""Invoices: issue drafts with gapless numbers, find, list."""

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

from ..domain.audit import StoredPayment
from ..domain.company import CompanyProfile, format_document_number
from ..domain.errors import InvalidValue, NotFound
from ..domain.invoices import (
    Balance,
    Invoice,
    InvoiceFilter,
    InvoiceKind,
    InvoiceState,
    InvoiceSummary,
    InvoiceTotals,
    Numbering,
    Payment,
    balance_of,
    check_date_window,
    check_issue_date,
    full_credit,
    partial_credit,
)
from ..domain.issuer import Issuer
from ..domain.marks import N_
from ..domain.money import check_amount, round_money
from ..domain.periods import Span
from ..exporters.invoice_pdf import document_texts
from ..texts import LANGUAGES
from .ports import OpenUnitOfWork, Page, UnitOfWork
from .usage import compare_use


@dataclass(frozen=True, slots=True)
class Issued:
    numbers: tuple[str, ...]


def issue_invoices(
    open_uow: OpenUnitOfWork,
    *,
    ids: Sequence[int] = (),
    all_drafts: bool = False,
    leave_out: Sequence[int] = (),
    issue_date: date,
    today: date | None = None,
    actor: str = "operator",
) -> Issued:
    """Give drafts their numbers and make them final, in one transaction. The issue date
    is checked against `today` (the clock's when not given) and the series' last date.
    The drafts in `leave_out` (ids the operator holds back) stay drafts.

    The write lock is taken when the transaction begins, so two windows or two
    processes issuing at once get consecutive numbers, never the same one; the unique
    constraint on (series, year, sequence) stands behind that."""
    with open_uow(write=True) as uow:
        held = set(leave_out)
        chosen = [i for i in (uow.invoices.draft_ids() if all_drafts else ids) if i not in held]
        numbers = _issue(uow, uow.company.get(), chosen, issue_date, today, actor)
        uow.commit()
    return Issued(numbers)


def _issue(
    uow: UnitOfWork,
    company: CompanyProfile,
    chosen: Sequence[int],
    issue_date: date,
    today: date | None,
    actor: str,
) -> tuple[str, ...]:
    """Number the drafts in the order given, each series counting on from its highest
    number this year; all in the caller's transaction, written in one batch."""
    heads = uow.invoices.draft_heads(chosen)
    kinds = {kind for kind, _, _ in heads.values()}
    for template in {_series(company, kind) for kind in kinds}:
        last = uow.invoices.last_issue_date(template, issue_date.year)
        check_issue_date(issue_date, today=today or date.today(), last_in_series=last)
    for invoice_id in chosen:
        if invoice_id not in heads:
            found = uow.invoices.get(str(invoice_id))
            if found is None:
                raise NotFound(what="invoice", key=str(invoice_id))
            raise InvalidValue(
                field="invoice", reason=N_("{number} is already issued"), number=found.number
            )
    next_seq: dict[str, int] = {}
    due = issue_date + timedelta(days=company.payment_terms_days)
    issues, audit = [], []
    for invoice_id in chosen:
        kind, account, total = heads[invoice_id]
        template = _series(company, kind)
        if template not in next_seq:
            next_seq[template] = uow.invoices.next_seq(template, issue_date.year)
        seq = next_seq[template]
        next_seq[template] += 1
        number = format_document_number(template, year=issue_date.year, seq=seq)
        issues.append((invoice_id, Numbering(template, issue_date.year, seq, number)))
        audit.append(
            (number, {"id": invoice_id, "total": total, "customer": account, "date": issue_date})
        )
    _refuse_taken(uow, company, issues)
    # Each invoice's use as compared now, kept with it: a reprint says what was known.
    billed = uow.usage.billed([invoice_id for invoice_id, _ in issues])
    usage = compare_use(uow.usage, billed, compare=company.compare_with_peers, cache={})
    uow.invoices.issue_many(issues, issue_date, due, _issuers(uow, company), usage)
    uow.audit.record_many(actor, "issue", audit)
    return tuple(numbering.number for _, numbering in issues)


def _issuers(uow: UnitOfWork, company: CompanyProfile) -> dict[str, int]:
    """The issuer as documents issued now print it, one version per language: kept with
    each document, so a later change of Settings, the logo file or a translation does not
    change what it reprints."""
    try:
        logo = Path(company.logo_path).read_bytes() if company.logo_path else b""
    except OSError:  # missing or unreadable: printed without it, as the PDF says
        logo = b""
    texts = {language: document_texts(language) for language in LANGUAGES}
    return {
        language: uow.company.keep(Issuer(company, language, texts, logo)) for language in LANGUAGES
    }


def _refuse_taken(
    uow: UnitOfWork, company: CompanyProfile, issues: Sequence[tuple[int, Numbering]]
) -> None:
    """Each series is unique in itself; two formats (an earlier one, or the invoices' and
    the credit notes') may still spell the same number, which the law and the books
    cannot have twice: said, before anything is numbered."""
    numbers = Counter(numbering.number for _, numbering in issues)
    twice = {number for number, count in numbers.items() if count > 1}
    clash = sorted(twice | uow.invoices.numbers_taken(list(numbers)))
    if clash:
        series = next(n.series for _, n in issues if n.number == clash[0])
        field = (
            "credit_note_number_format"
            if series == company.credit_note_number_format
            else "invoice_number_format"
        )
        raise InvalidValue(
            field=field,
            reason=N_(
                "{format} would give {number}, which another document already has; choose a "
                "format in Settings that no other series spells the same way"
            ),
            format=series,
            number=clash[0],
        )


def _series(company: CompanyProfile, kind: InvoiceKind) -> str:
    if kind is InvoiceKind.CREDIT_NOTE:
        return company.credit_note_number_format
    return company.invoice_number_format


def get_invoice(open_uow: OpenUnitOfWork, *, key: str) -> Invoice:
    with open_uow() as uow:
        invoice = uow.invoices.get(key)
    if invoice is None:
        raise NotFound(what="invoice", key=key)
    return invoice


def invoice_page(
    open_uow: OpenUnitOfWork, *, page: Page, filters: InvoiceFilter | None = None
) -> Sequence[InvoiceSummary]:
    """One page of the Invoices list: invoices, credit notes and drafts, those `filters`
    admits (all of them without)."""
    with open_uow() as uow:
        return uow.invoices.fetch(page, filters)


def count_invoices(
    open_uow: OpenUnitOfWork, *, search: str = "", filters: InvoiceFilter | None = None
) -> int:
    with open_uow() as uow:
        return uow.invoices.count(search, filters)


def invoice_totals(
    open_uow: OpenUnitOfWork, *, search: str = "", filters: InvoiceFilter | None = None
) -> InvoiceTotals:
    """What the rows the Invoices list shows add up to, worked out by storage."""
    with open_uow() as uow:
        return uow.invoices.totals(search, filters)


def invoice_periods(open_uow: OpenUnitOfWork) -> list[Span]:
    """The billed periods there are documents for, newest first."""
    with open_uow() as uow:
        return uow.invoices.periods()


def list_invoices(
    open_uow: OpenUnitOfWork, *, period: Span | None = None, state: InvoiceState | None = None
) -> Sequence[InvoiceSummary]:
    with open_uow() as uow:
        return uow.invoices.summaries(period, state)


def credit_invoice(
    open_uow: OpenUnitOfWork,
    *,
    number: str,
    reason: str,
    issue_date: date,
    amount: Decimal | None = None,
    today: date | None = None,
    actor: str = "operator",
) -> str:
    """Correct an issued invoice with a credit note in its own series. Without an amount
    the whole invoice is cancelled (void) and its meters are billed again next run; with
    one, that amount before tax is credited. Never more than what remains creditable."""
    if not reason.strip():
        raise InvalidValue(field="reason", reason=N_("required"))
    with open_uow(write=True) as uow:
        original = _issued_invoice(uow, number)
        assert original.id is not None
        remaining = original.total - original.credited
        if amount is None and remaining != original.total:
            reason = N_("part is already credited: give an amount, at most {remaining}")
            raise InvalidValue(field="amount", reason=reason, remaining=remaining)
        if amount is not None:
            check_amount("amount", amount, original.currency)
        note = (
            full_credit(original, reason.strip())
            if amount is None
            else partial_credit(original, amount, reason.strip())
        )
        if -note.total > remaining:
            raise InvalidValue(
                field="amount",
                reason=N_("more than remains creditable ({remaining})"),
                remaining=remaining,
            )
        note_id = uow.invoices.add_draft(note)
        [note_number] = _issue(uow, uow.company.get(), [note_id], issue_date, today, actor)
        uow.audit.record(
            actor, "credit", note_number, {"invoice": number, "total": note.total, "reason": reason}
        )
        if amount is None:  # after the credit note is issued: a trigger refuses it before
            uow.invoices.void(original.id)
            uow.audit.record(actor, "void", number, {"credit_note": note_number})
        uow.commit()
    return note_number


def record_payment(
    open_uow: OpenUnitOfWork,
    *,
    number: str,
    payment: Payment,
    actor: str = "operator",
    today: date | None = None,
) -> Decimal:
    """Record money received against an issued invoice; returns what is still outstanding.
    The payment's date is from 2000 to today: money is not received in the future."""
    check_date_window("date", payment.paid_on, last=today or date.today())
    with open_uow(write=True) as uow:
        invoice = _issued_invoice(uow, number)
        assert invoice.id is not None
        check_amount("amount", payment.amount, invoice.currency)
        outstanding = invoice.total - invoice.credited - invoice.paid
        if payment.amount > outstanding:
            raise InvalidValue(
                field="amount",
                reason=N_("more than is outstanding ({outstanding})"),
                outstanding=outstanding,
            )
        payment_id = uow.invoices.add_payment(invoice.id, payment)
        uow.audit.record(
            actor,
            "payment",
            number,
            {
                "id": payment_id,
                "amount": payment.amount,
                "paid_on": payment.paid_on,
                "method": payment.method,
            },
        )
        uow.commit()
    return outstanding - payment.amount


def reverse_payment(
    open_uow: OpenUnitOfWork,
    *,
    number: str,
    reason: str,
    payment_id: int | None = None,
    amount: Decimal | None = None,
    on: date | None = None,
    actor: str = "operator",
) -> tuple[StoredPayment, Decimal]:
    """Undo a mistaken payment (the invoice's latest not yet reversed, unless one is
    named) by a reversal: a negative payment naming it, with the reason; payments are
    never changed. Returns the reversed payment and what is outstanding now."""
    if not reason.strip():
        raise InvalidValue(field="reason", reason=N_("required"))
    on = on or date.today()
    with open_uow(write=True) as uow:
        invoice = _issued_invoice(uow, number)
        assert invoice.id is not None
        reversed_, left = _reversible(uow.invoices.stored_payments(invoice.id), payment_id, number)
        amount = left if amount is None else check_amount("amount", amount, invoice.currency)
        if amount > left:
            reason_ = N_("more than is left of that payment ({left})")
            raise InvalidValue(field="amount", reason=reason_, left=left)
        reversal = Payment(on, -amount, reversed_.method, reversed_.reference)
        reversal_id = uow.invoices.add_payment(
            invoice.id, reversal, reverses=reversed_.id, reason=reason.strip()
        )
        uow.audit.record(
            actor,
            "reverse payment",
            number,
            {"id": reversal_id, "reverses": reversed_.id, "amount": -amount, "paid_on": on}
            | {"reason": reason.strip()},
        )
        uow.commit()
    return replace(reversed_, amount=round_money(reversed_.amount, invoice.currency)), (
        invoice.total - invoice.credited - invoice.paid + amount
    )


def _reversible(
    payments: Sequence[StoredPayment], payment_id: int | None, number: str
) -> tuple[StoredPayment, Decimal]:
    """The payment to reverse and what is left of it after earlier reversals."""
    left = {p.id: p.amount for p in payments if p.reverses is None}
    for p in payments:
        if p.reverses is not None:
            left[p.reverses] += p.amount
    if payment_id is not None:
        if payment_id not in left:
            raise NotFound(what="payment", key=f"{payment_id} ({number})")
        chosen = payment_id
    else:
        open_ = [i for i, amount in left.items() if amount > 0]
        if not open_:
            raise InvalidValue(
                field="invoice", reason=N_("{number} has no payment to reverse"), number=number
            )
        chosen = open_[-1]
    if left[chosen] <= 0:
        raise InvalidValue(
            field="payment", reason=N_("payment {payment} is already reversed"), payment=chosen
        )
    return next(p for p in payments if p.id == chosen), left[chosen]


def _issued_invoice(uow: UnitOfWork, number: str) -> Invoice:
    invoice = uow.invoices.get(number)
    if invoice is None:
        raise NotFound(what="invoice", key=number)
    if invoice.kind is not InvoiceKind.INVOICE or invoice.state is not InvoiceState.ISSUED:
        raise InvalidValue(
            field="invoice", reason=N_("{number} is not an issued invoice"), number=number
        )
    return invoice


def customer_balance(open_uow: OpenUnitOfWork, *, account: str, today: date) -> Balance:
    """What a customer has been invoiced, credited and has paid, and what is overdue."""
    with open_uow() as uow:
        if uow.customers.get(account) is None:
            raise NotFound(what="customer", key=account)
        documents = uow.invoices.summaries(account=account)
    return balance_of(account, documents, today)
