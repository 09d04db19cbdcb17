"""Everything a printed invoice shows, as plain values: the invoice, who issues it, the
reader's language, and how the customer's use compares."""

from collections.abc import Mapping
from dataclasses import dataclass

from .company import CompanyProfile
from .invoices import Invoice
from .usage import PeerComparison, UsageTrend


@dataclass(frozen=True, slots=True)
class MeterUsage:
    serial: str
    unit: str
    trend: UsageTrend
    peers: PeerComparison | None  # None: switched off, or too few similar customers


@dataclass(frozen=True, slots=True)
class InvoiceDocument:
    invoice: Invoice
    company: CompanyProfile
    language: str  # the customer's, else the company's
    corrected: Invoice | None = None  # what a credit note corrects (its number and date)
    usage: tuple[MeterUsage, ...] = ()  # invoices only; credit notes correct money, not use
    # An issued document's labels and logo as issued (`Issuer`); None: a draft, which
    # follows today's catalogue and the logo file Settings name.
    texts: Mapping[str, Mapping[str, Mapping[str, str]]] | None = None  # language, book, key
    logo: bytes | None = None
