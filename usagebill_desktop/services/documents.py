"""What a document needs: the invoice, the issuer's profile, the reader's language, and
how the customer's use compares with their past and with similar customers. An issued
document's issuer, language, labels and logo are the version kept when it was issued,
and its use as compared when it was issued (`services/usage.py` says why it is kept)."""

from dataclasses import replace

from ..domain.errors import NotFound
from ..domain.invoice_document import InvoiceDocument, MeterUsage
from ..domain.invoices import Invoice, InvoiceKind, InvoiceState
from ..domain.periods import Span
from ..domain.usage import BilledBlock, BilledUse, UsagePoint
from .ports import OpenUnitOfWork, PeerCache, UnitOfWork
from .usage import compare_use


def invoice_document(
    open_uow: OpenUnitOfWork, *, key: str, peers: PeerCache | None = None
) -> InvoiceDocument:
    with open_uow() as uow:
        invoice = uow.invoices.get(key)
        if invoice is None:
            raise NotFound(what="invoice", key=key)
        # An issued document prints its issuer as issued; a draft, today's Settings.
        issuer = None if invoice.id is None else uow.company.issued_by(invoice.id)
        company = uow.company.get() if issuer is None else issuer.profile
        customer = uow.customers.get(invoice.customer.account)
        corrected = uow.invoices.get(invoice.credited_number) if invoice.credited_number else None
        usage = _usage(uow, invoice, company.compare_with_peers, {} if peers is None else peers)
        language = customer.language if customer is not None else company.language
    # The tariff's name and unit as the customer was told when billed (kept with the invoice).
    invoice = replace(invoice, blocks=tuple(b.as_said() for b in invoice.blocks))
    if issuer is not None:
        logo = issuer.logo if company.logo_path else None
        return InvoiceDocument(
            invoice, company, issuer.language, corrected, usage, issuer.texts, logo
        )
    return InvoiceDocument(invoice, company, language, corrected, usage)


def _usage(
    uow: UnitOfWork, invoice: Invoice, compare: bool, cache: PeerCache
) -> tuple[MeterUsage, ...]:
    """An issued invoice's use as kept when it was issued; a draft's from today's data."""
    if invoice.kind is not InvoiceKind.INVOICE:
        return ()
    kept = None
    if invoice.id is not None and invoice.state is not InvoiceState.DRAFT:
        kept = uow.usage.kept(invoice.id)
    if kept is None:  # a draft, or a document from a fake store
        kept = compare_use(uow.usage, {0: billed_use(invoice)}, compare=compare, cache=cache)[0]
    return tuple(
        MeterUsage(block.meter_serial, block.as_said().unit, compared.trend, compared.peers)
        for block, compared in zip(invoice.blocks, kept, strict=True)
    )


def billed_use(invoice: Invoice) -> BilledUse:
    """What an invoice's usage section compares, from the invoice itself."""
    return BilledUse(
        invoice.customer.account,
        invoice.period.first,
        tuple(
            BilledBlock(
                block.meter_serial,
                block.tariff,
                block.unit,
                UsagePoint(
                    block.consumption.span.first,
                    block.consumption.span.last,
                    block.consumption.quantity,
                ),
                bool(block.consumption.segments),
            )
            for block in invoice.blocks
        ),
    )


def period_invoice_keys(open_uow: OpenUnitOfWork, *, period: Span) -> list[str]:
    """The issued invoices and credit notes of a period by number, and its drafts by id:
    what `invoice_document` takes, for a batch."""
    with open_uow() as uow:
        return [s.number or str(s.id) for s in uow.invoices.summaries(period)]
