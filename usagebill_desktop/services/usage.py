"""How each meter of an invoice compares with its own past and with similar customers,
for many invoices at once: issuing keeps it with every invoice it issues (20,000 in a
batch), and a draft's document asks the same for one.

An issued invoice prints what was known when it was issued, never what is known now: a
later invoice of the same period changes the peers' median, a credit note or a void
takes a period out of the history, a re-billed period adds one. Of the two ways to
reprint the same numbers, recomputing with a cut-off (documents issued up to this one,
each in its state of then) would have to rebuild the past from later facts (when a void
happened, which drafts there were) and gives a batch's first invoice no peers at all;
keeping the numbers is exact and cheap: one JSON column written in the same executemany
that issues (`invoices.kept_usage`, migration 0014, frozen by a trigger), computed with a
handful of queries per batch (what it billed, one per similar-customer group, one per
5,000 meters for the histories)."""

from collections.abc import Mapping, Sequence

from ..domain.usage import (
    HISTORY_PERIODS,
    BilledBlock,
    BilledUse,
    Compared,
    PeerComparison,
    PeerGroup,
    UsagePoint,
    usage_trend,
)
from .ports import PeerCache, Usage


def compare_use(
    usage: Usage, billed: Mapping[int, BilledUse], *, compare: bool, cache: PeerCache
) -> dict[int, tuple[Compared, ...]]:
    """Each invoice's blocks compared, by the invoice's key in `billed`, from the data
    as it is now. `compare`: the company prints the comparison with similar customers."""
    wanted = {(b.serial, b.point.first) for use in billed.values() for b in use.blocks}
    histories = usage.histories(wanted, HISTORY_PERIODS)
    return {
        key: tuple(
            Compared(
                usage_trend([*_earlier(histories[b.serial, b.point.first], b), b.point]),
                _peers(usage, use, b, cache) if compare and b.metered else None,
            )
            for b in use.blocks
        )
        for key, use in billed.items()
    }


def _earlier(history: Sequence[UsagePoint], block: BilledBlock) -> list[UsagePoint]:
    return [p for p in history if p.last < block.point.first]  # this invoice's own aside


def _peers(
    usage: Usage, use: BilledUse, block: BilledBlock, cache: PeerCache
) -> PeerComparison | None:
    """Only metered supplies: for booked hours or printed pages, using less than others
    is not "efficient", and the plan has paid for them anyway."""
    group = (block.tariff, block.unit, use.period_start)
    if group not in cache:
        cache[group] = PeerGroup.of(
            (account, point.daily) for account, point in usage.peers(*group)
        )
    return cache[group].compare(use.account, block.point.daily)
