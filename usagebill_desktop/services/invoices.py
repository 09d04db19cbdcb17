"""Invoices: issue drafts with gapless numbers, find, list."""

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from ..domain.company import format_document_number
from ..domain.errors import InvalidValue, NotFound
from ..domain.invoices import (
    CustomerSnapshot,
    Invoice,
    InvoiceKind,
    InvoiceState,
    InvoiceSummary,
    Numbering,
)
from ..domain.periods import Span
from .ports import OpenUnitOfWork, UnitOfWork


@dataclass(frozen=True, slots=True)
class Issued:
    numbers: tuple[str, ...]


def issue_invoices(
    open_uow: OpenUnitOfWork, *, ids: Sequence[int] = (), all_drafts: bool = False,
    issue_date: date, actor: str = "operator",
) -> Issued:  # fmt: skip
    """Give drafts their numbers and make them final, in one transaction.

    The write lock is taken when the transaction begins, so two windows or two
    processes issuing at once get consecutive numbers, never the same one; the unique
    constraint on (series, year, sequence) stands behind that."""
    with open_uow(write=True) as uow:
        chosen = uow.invoices.draft_ids() if all_drafts else list(ids)
        numbers = tuple(_issue_one(uow, invoice_id, issue_date, actor) for invoice_id in chosen)
        uow.commit()
    return Issued(numbers)


def _issue_one(uow: UnitOfWork, invoice_id: int, issue_date: date, actor: str) -> str:
    invoice = uow.invoices.get(str(invoice_id))
    if invoice is None:
        raise NotFound(what="invoice", key=str(invoice_id))
    if invoice.state is not InvoiceState.DRAFT:
        raise InvalidValue(field="invoice", reason="{number} is already issued",
                           number=invoice.number)  # fmt: skip
    company = uow.company.get()
    template = (company.credit_note_number_format if invoice.kind is InvoiceKind.CREDIT_NOTE
                else company.invoice_number_format)  # fmt: skip
    seq = uow.invoices.next_seq(template, issue_date.year)
    number = format_document_number(template, year=issue_date.year, seq=seq)
    customer = uow.customers.get(invoice.customer.account)
    snapshot = invoice.customer if customer is None else CustomerSnapshot(
        customer.account, customer.name, customer.tax_id, customer.address)  # fmt: skip
    due = issue_date + timedelta(days=company.payment_terms_days)
    uow.invoices.issue(invoice_id, Numbering(template, issue_date.year, seq, number), snapshot,
                       issue_date, due)  # fmt: skip
    uow.invoices.audit(actor, "issue", number, {"id": invoice_id, "total": invoice.total,
                                                 "customer": snapshot.account})  # fmt: skip
    return number


def get_invoice(open_uow: OpenUnitOfWork, *, key: str) -> Invoice:
    with open_uow() as uow:
        invoice = uow.invoices.get(key)
    if invoice is None:
        raise NotFound(what="invoice", key=key)
    return invoice


def list_invoices(
    open_uow: OpenUnitOfWork, *, period: Span | None = None, state: InvoiceState | None = None
) -> Sequence[InvoiceSummary]:
    with open_uow() as uow:
        return uow.invoices.summaries(period, state)
