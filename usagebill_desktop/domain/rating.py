"""Rating: a quantity over a span, through a tariff, into explained lines that add up.

The rounding policy (see `round_money`): every line is rounded to the currency's minor
unit, half-up; a graduated charge gives one line per tier reached and a tier's flat fee
its own line; the subtotal is the sum of the rounded lines; each tax is its base × rate,
rounded; the total is the subtotal plus the taxes. So every printed line adds up.
"""

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta
from decimal import Decimal
from fractions import Fraction
from functools import lru_cache
from typing import Any

from .line_details import (
    Block,
    FixedDetails,
    LineDetails,
    MinimumDetails,
    PackageDetails,
    PercentageDetails,
    PerUnitDetails,
    StairstepDetails,
    TierDetails,
    TierFeeDetails,
    VolumeDetails,
)
from .money import round_money, round_quantity
from .periods import Proration, Span, full_period, prorate
from .tariffs import (
    Charge,
    FixedCharge,
    GraduatedCharge,
    MinimumCharge,
    PackageCharge,
    PercentageCharge,
    PerUnitCharge,
    StairstepCharge,
    Step,
    Tariff,
    TariffVersion,
    Tier,
    VolumeCharge,
)


@dataclass(frozen=True, slots=True)
class RatedLine:
    """One printed line. `details` say how the amount came about (their type is the
    line's kind), so the sentence can be written in the customer's language (see
    exporters/explanations.py)."""

    charge: str  # the charge type: fixed, graduated, …
    label: str
    quantity: Decimal | None
    unit_price: Decimal | None
    amount: Decimal
    details: LineDetails
    proration: Proration | None = None  # set when a per-period amount was prorated
    version_from: date | None = None  # set when the span crossed a tariff version change
    # The label as the tariff writes it, when `label` is worded for the customer: the
    # bookkeeper's workbook keeps one name per charge, whichever language each reads.
    as_written: str | None = None

    @property
    def kind(self) -> str:
        """fixed, per_unit, tier, tier_fee, volume, stairstep, package, minimum, percentage
        or credit."""
        return self.details.kind

    @property
    def written_label(self) -> str:
        return self.label if self.as_written is None else self.as_written


@dataclass(frozen=True, slots=True)
class TaxLine:
    name: str
    rate: Decimal
    base: Decimal
    amount: Decimal


@dataclass(frozen=True, slots=True)
class Bill:
    tariff: str
    currency: str
    unit: str
    quantity: Decimal
    factor: Fraction
    span: Span | None
    lines: tuple[RatedLine, ...]
    subtotal: Decimal
    taxes: tuple[TaxLine, ...]
    total: Decimal


@dataclass(frozen=True, slots=True)
class _Part:
    """A piece of the span rated with one tariff version."""

    version: TariffVersion
    proration: Proration
    quantity: Decimal
    split_from: date | None


def rate(tariff: Tariff, quantity: Decimal, span: Span | None = None, *, today: date) -> Bill:
    """Rate `quantity` used over `span` (None: one whole period with today's version)."""
    if span is None:
        parts = [_Part(tariff.version_on(today), full_period(tariff.period), quantity, None)]
    else:
        parts = _split_by_version(tariff, quantity, span)
    lines: list[RatedLine] = []
    bases: dict[tuple[str, Decimal], Decimal] = {}
    for part in parts:
        part_lines = _rate_version(part, tariff.currency)
        lines += part_lines
        base = sum((line.amount for line in part_lines), Decimal(0))
        for tax in part.version.taxes:
            bases[(tax.name, tax.rate)] = bases.get((tax.name, tax.rate), Decimal(0)) + base
    taxes = tuple(
        TaxLine(name, rate_, base, round_money(base * rate_ / 100, tariff.currency))
        for (name, rate_), base in bases.items()
    )
    subtotal = sum((line.amount for line in lines), Decimal(0))
    # Fractions add slowly; most bills have one part.
    factor = (
        parts[0].proration.factor
        if len(parts) == 1
        else sum((p.proration.factor for p in parts), Fraction(0))
    )
    total = subtotal + sum((t.amount for t in taxes), Decimal(0))
    return Bill(
        tariff.name,
        tariff.currency,
        tariff.unit,
        quantity,
        factor,
        span,
        tuple(lines),
        subtotal,
        taxes,
        total,
    )


def in_language(bill: Bill, tariff: Tariff, language: str) -> Bill:
    """The bill with the tariff's name, unit and charge labels as a customer speaking
    `language` reads them (the tariff's translations; what has none stays as written)."""
    if language not in tariff.translations:
        return bill
    return replace(
        bill,
        tariff=tariff.in_language(language, bill.tariff),
        unit=tariff.in_language(language, bill.unit),
        lines=tuple(_said(line, tariff, language) for line in bill.lines),
    )


def _said(line: RatedLine, tariff: Tariff, language: str) -> RatedLine:
    said = tariff.in_language(language, line.label)
    if said == line.label:
        return line
    return replace(line, label=said, as_written=line.label)


def _split_by_version(tariff: Tariff, quantity: Decimal, span: Span) -> list[_Part]:
    """One part per version in force during the span; the quantity is shared by days
    (use is assumed even), the last part taking the rounding remainder."""
    starts = [span.first] + [
        v.valid_from for v in tariff.versions if span.first < v.valid_from <= span.last
    ]
    pieces = [
        Span(start, (starts[i + 1] - timedelta(days=1)) if i + 1 < len(starts) else span.last)
        for i, start in enumerate(starts)
    ]
    parts, left = [], quantity
    for i, piece in enumerate(pieces):
        last = i == len(pieces) - 1
        share = left if last else round_quantity(Fraction(quantity) * piece.days / span.days)
        left -= share
        split_from = piece.first if len(pieces) > 1 else None
        version = tariff.version_on(piece.first)
        parts.append(_Part(version, prorate(piece, tariff.period), share, split_from))
    return parts


def _rate_version(part: _Part, currency: str) -> list[RatedLine]:
    lines: list[RatedLine] = []
    for charge in part.version.charges:
        rater = _RATERS[type(charge)]
        for line in rater(charge, part, lines, currency):
            lines.append(_with_version(line, part.split_from))
    return lines


def _with_version(line: RatedLine, split_from: date | None) -> RatedLine:
    if split_from is None:
        return line
    return replace(line, version_from=split_from)


def _prorated(part: _Part) -> Proration | None:
    return None if part.proration.is_whole else part.proration


@lru_cache(maxsize=4096)
def _scaled(value: Decimal | None, factor: Fraction) -> Decimal | None:
    """A per-period quantity bound for this span (10 m³ a month → 5.4839 m³ for 17 days)."""
    return None if value is None else round_quantity(Fraction(value) * factor)


@lru_cache(maxsize=4096)
def _prorated_money(amount: Decimal, factor: Fraction, currency: str) -> Decimal:
    """A per-period amount for this span, rounded (6.50 € × 17/31 → 3.56 €). Remembered:
    a route's meters share their read dates, so the same spans come back meter after meter."""
    return round_money(Fraction(amount) * factor, currency)


Earlier = Sequence[RatedLine]


def _fixed(charge: FixedCharge, part: _Part, _: Earlier, currency: str) -> list[RatedLine]:
    amount = _prorated_money(charge.amount, part.proration.factor, currency)
    details = FixedDetails(charge.amount)
    return [RatedLine(charge.type, charge.label, None, None, amount, details, _prorated(part))]


def _per_unit(charge: PerUnitCharge, part: _Part, _: Earlier, currency: str) -> list[RatedLine]:
    amount = round_money(part.quantity * charge.unit_price, currency)
    return [
        RatedLine(
            charge.type, charge.label, part.quantity, charge.unit_price, amount, PerUnitDetails()
        )
    ]


def _block(
    number: int, lower: Decimal, upper: Decimal | None, limits: Sequence[Tier] | Sequence[Step]
) -> Block:
    """Where a block starts and ends in this span, and per period as the tariff says it."""
    per_period_lower = limits[number - 2].up_to if number > 1 else Decimal(0)
    return Block(lower, upper, number, per_period_lower, limits[number - 1].up_to)


def _tier_fee(
    charge: Charge, part: _Part, tier: Tier, block: Block, currency: str
) -> list[RatedLine]:
    if not tier.flat_fee:
        return []
    amount = _prorated_money(tier.flat_fee, part.proration.factor, currency)
    details = TierFeeDetails(block, tier.flat_fee)
    return [RatedLine(charge.type, charge.label, None, None, amount, details, _prorated(part))]


def _graduated(charge: GraduatedCharge, part: _Part, _: Earlier, currency: str) -> list[RatedLine]:
    lines, lower, q = [], Decimal(0), part.quantity
    for index, tier in enumerate(charge.tiers):
        upper = _scaled(tier.up_to, part.proration.factor)
        if index > 0 and q <= lower:
            break  # not reached
        used = max(Decimal(0), (q if upper is None else min(q, upper)) - lower)
        amount = round_money(used * tier.unit_price, currency)
        block = _block(index + 1, lower, upper, charge.tiers)
        # Overage: units beyond what the plan includes.
        overage = index > 0 and not (
            charge.tiers[index - 1].unit_price or charge.tiers[index - 1].flat_fee
        )
        lines.append(
            RatedLine(
                charge.type,
                charge.label,
                used,
                tier.unit_price,
                amount,
                TierDetails(block, overage),
                _prorated(part),
            )
        )
        lines += _tier_fee(charge, part, tier, block, currency)
        if upper is None:
            break
        lower = upper
    return lines


def _volume(charge: VolumeCharge, part: _Part, _: Earlier, currency: str) -> list[RatedLine]:
    lower, q = Decimal(0), part.quantity
    for index, tier in enumerate(charge.tiers):
        upper = _scaled(tier.up_to, part.proration.factor)
        if upper is None or q <= upper:
            amount = round_money(q * tier.unit_price, currency)
            block = _block(index + 1, lower, upper, charge.tiers)
            line = RatedLine(
                charge.type,
                charge.label,
                q,
                tier.unit_price,
                amount,
                VolumeDetails(block),
                _prorated(part),
            )
            return [line, *_tier_fee(charge, part, tier, block, currency)]
        lower = upper
    raise AssertionError("the last tier is open")  # guaranteed by check_tiers


def _package(charge: PackageCharge, part: _Part, _: Earlier, currency: str) -> list[RatedLine]:
    free = _scaled(charge.free_units, part.proration.factor) or Decimal(0)
    billable = max(Decimal(0), part.quantity - free)
    packages = Decimal(math.ceil(billable / charge.package_size))
    amount = round_money(packages * charge.package_price, currency)
    details = PackageDetails(part.quantity, free, billable, charge.package_size, charge.free_units)
    return [
        RatedLine(
            charge.type,
            charge.label,
            packages,
            charge.package_price,
            amount,
            details,
            _prorated(part) if charge.free_units else None,
        )
    ]


def _stairstep(charge: StairstepCharge, part: _Part, _: Earlier, currency: str) -> list[RatedLine]:
    lower, q = Decimal(0), part.quantity
    for index, step in enumerate(charge.steps):
        upper = _scaled(step.up_to, part.proration.factor)
        if upper is None or q <= upper:
            amount = _prorated_money(step.price, part.proration.factor, currency)
            details = StairstepDetails(_block(index + 1, lower, upper, charge.steps), step.price)
            return [RatedLine(charge.type, charge.label, q, None, amount, details, _prorated(part))]
        lower = upper
    raise AssertionError("the last step is open")


def _minimum(
    charge: MinimumCharge, part: _Part, earlier: Earlier, currency: str
) -> list[RatedLine]:
    minimum = _prorated_money(charge.amount, part.proration.factor, currency)
    so_far = sum((line.amount for line in earlier), Decimal(0))
    if minimum <= so_far:
        return []
    details = MinimumDetails(minimum, so_far)
    return [
        RatedLine(charge.type, charge.label, None, None, minimum - so_far, details, _prorated(part))
    ]


def _percentage(
    charge: PercentageCharge, part: _Part, earlier: Earlier, currency: str
) -> list[RatedLine]:
    base = sum(
        (line.amount for line in earlier if not charge.of or line.label in charge.of), Decimal(0)
    )
    amount = round_money(base * charge.rate / 100, currency)
    details = PercentageDetails(charge.rate, base, charge.of)
    return [RatedLine(charge.type, charge.label, None, None, amount, details)]


_RATERS: dict[type, Callable[[Any, _Part, Earlier, str], list[RatedLine]]] = {
    FixedCharge: _fixed,
    PerUnitCharge: _per_unit,
    GraduatedCharge: _graduated,
    VolumeCharge: _volume,
    PackageCharge: _package,
    StairstepCharge: _stairstep,
    MinimumCharge: _minimum,
    PercentageCharge: _percentage,
}
