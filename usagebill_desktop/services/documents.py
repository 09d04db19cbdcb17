"""What a document needs: the invoice, the issuer's profile and the reader's language."""

from dataclasses import dataclass

from ..domain.company import CompanyProfile
from ..domain.errors import NotFound
from ..domain.invoices import Invoice, InvoiceSummary
from ..domain.periods import Span
from .ports import OpenUnitOfWork


@dataclass(frozen=True, slots=True)
class InvoiceDocument:
    invoice: Invoice
    company: CompanyProfile
    language: str  # the customer's, else the company's
    corrected: Invoice | None = None  # what a credit note corrects (its number and date)


def invoice_document(open_uow: OpenUnitOfWork, *, key: str) -> InvoiceDocument:
    with open_uow() as uow:
        invoice = uow.invoices.get(key)
        if invoice is None:
            raise NotFound(what="invoice", key=key)
        company = uow.company.get()
        customer = uow.customers.get(invoice.customer.account)
        corrected = uow.invoices.get(invoice.credited_number) if invoice.credited_number else None
    language = customer.language if customer is not None else company.language
    return InvoiceDocument(invoice, company, language, corrected)


def period_invoices(open_uow: OpenUnitOfWork, *, period: Span) -> list[InvoiceSummary]:
    """The issued invoices and credit notes of a period, and its drafts."""
    with open_uow() as uow:
        return list(uow.invoices.summaries(period))
