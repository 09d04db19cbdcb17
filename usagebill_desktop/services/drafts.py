"""A month's drafts as the operator reviews them before issuing: each with what the checks
found on it (stored with the draft, so a restart loses nothing), the worst first.

A draft whose use is hundreds of times the usual (`BEYOND_USE`: a mistyped read, as a
rule) comes first, then the others a check flagged, the largest ratio first, then the
rest by name. A flagged draft names the reading to fix: the end read of its worst block.
"""

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from ..domain.consumption import Check, Finding
from ..domain.errors import NotFound
from ..domain.invoices import InvoiceState, InvoiceSummary, MeterBlock
from ..domain.periods import Span
from ..domain.readings import ReadingListing
from ..domain.register import BEYOND_USE
from .invoices import Issued, issue_invoices
from .ports import OpenUnitOfWork


@dataclass(frozen=True, slots=True)
class Flagged:
    """One finding on a draft, with the unit its numbers are in."""

    finding: Finding
    unit: str

    @property
    def ratio(self) -> Decimal | None:
        """How many times the usual use a finding of high use says was billed."""
        ratio = self.finding.values.get("ratio")
        if self.finding.check is not Check.HIGH_USE or ratio is None:
            return None
        return Decimal(str(ratio))


@dataclass(frozen=True, slots=True)
class DraftReview:
    """A draft of the month, what the checks found on it, and the reading to fix (the end
    read of the block found worst; None when nothing was found or it is gone)."""

    draft: InvoiceSummary
    found: tuple[Flagged, ...] = ()
    to_fix: ReadingListing | None = None

    @property
    def ratio(self) -> Decimal | None:
        ratios = [f.ratio for f in self.found if f.ratio is not None]
        return max(ratios, default=None)

    @property
    def beyond(self) -> bool:
        """Hundreds of times the usual use: not to be issued unseen."""
        return self.ratio is not None and self.ratio >= BEYOND_USE

    @property
    def order(self) -> tuple[int, Decimal, str, int]:
        rank = 0 if self.beyond else (1 if self.found else 2)
        return rank, -(self.ratio or Decimal(0)), self.draft.customer.name, self.draft.id


def month_drafts(open_uow: OpenUnitOfWork, *, period: Span) -> list[DraftReview]:
    """The period's drafts, worst first, in three queries whatever their number: the
    drafts, the blocks a check flagged, the readings those blocks ended on."""
    with open_uow() as uow:
        drafts = [d for d in uow.invoices.summaries(period, InvoiceState.DRAFT)]
        drafts = [d for d in drafts if d.period == period]
        flagged = uow.invoices.draft_findings(period)
        worst = {i: max(blocks, key=_badness) for i, blocks in flagged.items()}
        ends = [(b.meter_serial, b.end.on) for b in worst.values() if b.end is not None]
        since = min((on for _, on in ends), default=period.first)
        serials = {serial for serial, _ in ends}
        reads = uow.readings.of_meters(since, period.last, serials) if ends else {}
    reviews = []
    for draft in drafts:
        blocks = flagged.get(draft.id, [])
        found = tuple(Flagged(f, b.unit) for b in blocks for f in b.consumption.findings)
        block = worst.get(draft.id)
        to_fix = None
        if block is not None and block.end is not None:
            end = block.end.on
            read = next((r for r in reads.get(block.meter_serial, []) if r.read_on == end), None)
            if read is not None:
                who = draft.customer
                to_fix = ReadingListing(0, read, who.account, who.name, block.unit)
        reviews.append(DraftReview(draft, found, to_fix))
    return sorted(reviews, key=lambda r: r.order)


def _badness(block: MeterBlock) -> Decimal:
    ratios = [Flagged(f, block.unit).ratio for f in block.consumption.findings]
    return max((r for r in ratios if r is not None), default=Decimal(0))


def issue_month(
    open_uow: OpenUnitOfWork,
    *,
    period: Span,
    leave_out: Sequence[str] = (),
    issue_date: date,
    today: date | None = None,
) -> Issued:
    """The period's drafts issued, but those `leave_out` names (a draft id or a customer
    account) stay drafts. A key that names no draft of the period is refused, nothing
    issued: a typo must not issue the draft it meant to hold back."""
    drafts = month_drafts(open_uow, period=period)
    held = set()
    for key in leave_out:
        named = [r.draft.id for r in drafts if key in (str(r.draft.id), r.draft.customer.account)]
        if not named:
            raise NotFound(what="invoice", key=key)
        held.update(named)
    ids = [r.draft.id for r in drafts]
    return issue_invoices(
        open_uow, ids=ids, leave_out=sorted(held), issue_date=issue_date, today=today
    )
