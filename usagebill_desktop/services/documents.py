"""What a document needs: the invoice, the issuer's profile, the reader's language, and
how the customer's use compares with their past and with similar customers. An issued
document's issuer, language, labels and logo are the version kept when it was issued."""

from dataclasses import replace
from datetime import date
from decimal import Decimal

from ..domain.errors import NotFound
from ..domain.invoice_document import InvoiceDocument, MeterUsage
from ..domain.invoices import Invoice, InvoiceKind
from ..domain.periods import Span
from ..domain.usage import (
    HISTORY_PERIODS,
    UsagePoint,
    compare_with_peers,
    usage_trend,
)
from .ports import OpenUnitOfWork, UnitOfWork

# Similar customers' use per (tariff, unit, period start): (account, use per day). A batch
# of a period's invoices asks the same question for every invoice; ask the database once.
PeerCache = dict[tuple[str, str, date], list[tuple[str, Decimal]]]


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
    if invoice.kind is not InvoiceKind.INVOICE:
        return ()
    found = []
    for block in invoice.blocks:
        span = block.consumption.span
        current = UsagePoint(span.first, span.last, block.consumption.quantity)
        history = uow.usage.history(block.meter_serial, span.first, HISTORY_PERIODS)
        earlier = [p for p in history if p.last < span.first]  # this invoice's own block aside
        peers = None
        # Only metered supplies: for booked hours or printed pages, using less than others
        # is not "efficient", and the plan has paid for them anyway.
        if compare and block.consumption.segments:
            group = (block.tariff, block.unit, invoice.period.first)
            if group not in cache:
                cache[group] = [
                    (account, point.daily) for account, point in uow.usage.peers(*group)
                ]
            others = [
                daily for account, daily in cache[group] if account != invoice.customer.account
            ]
            peers = compare_with_peers(current.daily, others)
        found.append(
            MeterUsage(
                block.meter_serial, block.as_said().unit, usage_trend([*earlier, current]), peers
            )
        )
    return tuple(found)


def period_invoice_keys(open_uow: OpenUnitOfWork, *, period: Span) -> list[str]:
    """The issued invoices and credit notes of a period by number, and its drafts by id:
    what `invoice_document` takes, for a batch."""
    with open_uow() as uow:
        return [s.number or str(s.id) for s in uow.invoices.summaries(period)]
