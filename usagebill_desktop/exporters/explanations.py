"""Rated lines as sentences a customer can check, in the document's language.

"10–25 m³: 15 m³ × 0,90 € = 13,50 €". The engine gives the numbers (RatedLine.details,
one type per kind of line); here they become words and locale-formatted numbers (Babel). The
words are a Phrasebook (English msgids; Spanish in the gettext catalogue, `texts.py`).
"""

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from fractions import Fraction
from functools import cache, lru_cache

from babel import Locale
from babel.dates import format_date
from babel.numbers import format_currency, format_decimal

from ..domain.consumption import Finding
from ..domain.line_details import (
    Block,
    CreditDetails,
    FixedDetails,
    MinimumDetails,
    PackageDetails,
    PercentageDetails,
    PerUnitDetails,
    StairstepDetails,
    TierDetails,
    TierFeeDetails,
    VolumeDetails,
)
from ..domain.marks import NP_
from ..domain.periods import Period, Proration
from ..domain.rating import RatedLine
from ..texts import FORMAT_LOCALES, Phrasebook

TEXTS = Phrasebook(
    "explanations",
    {
        "fixed": NP_("explanations", "{amount} per {period}"),
        "fixed_prorated": NP_("explanations", "{amount} × {share} = {total}"),
        "per_unit": NP_("explanations", "{quantity} × {price} = {total}"),
        "tier": NP_("explanations", "{range}: {quantity} × {price} = {total}"),
        "tier_included": NP_("explanations", "{quantity} included in the plan ({limits})"),
        "overage": NP_("explanations", "Over the allowance ({limits})"),
        "tier_fee": NP_("explanations", "{range}: block fee {fee}"),
        "tier_fee_prorated": NP_("explanations", "{range}: block fee {fee} × {share} = {total}"),
        "volume": NP_("explanations", "{quantity} in {range}, all at {price} = {total}"),
        "block": NP_("explanations", "Block {n} ({limits})"),
        "block_lower": NP_("explanations", "block {n} ({limits})"),
        "step_block": NP_("explanations", "step {n} ({limits})"),
        "limits_here": NP_("explanations", "{limits}; {here} in this period"),
        "range_per": NP_("explanations", "{lower}–{upper} {unit}/{period}"),
        "range_open_per": NP_("explanations", "over {lower} {unit}/{period}"),
        "package": NP_(
            "explanations",
            "{used} − {free} included{per} = {billable} → {packages} × {size} × {price} = {total}",
        ),
        "free_per": NP_("explanations", " ({free} per {period})"),
        "package_none": NP_("explanations", "{used}, {free} included: nothing to pay"),
        "stairstep": NP_("explanations", "{quantity} is in {range}: {price}"),
        "stairstep_prorated": NP_(
            "explanations", "{quantity} is in {range}: {price} × {share} = {total}"
        ),
        "minimum": NP_(
            "explanations", "minimum bill {minimum}, charges so far {so_far}: {total} added"
        ),
        "percentage": NP_("explanations", "{rate} of {base} = {total}"),
        "range": NP_("explanations", "{lower}–{upper} {unit}"),
        "range_open": NP_("explanations", "over {lower} {unit}"),
        "share_days": NP_("explanations", "{parts} days"),
        "share_periods": NP_("explanations", "{parts} {periods}"),
        "months": NP_("explanations", "months"),
        "quarters": NP_("explanations", "quarters"),
        "years": NP_("explanations", "years"),
        "from": NP_("explanations", "from {date}: "),
        "credit": NP_("explanations", "credited {total}"),
        "month": NP_("explanations", "month"),
        "quarter": NP_("explanations", "quarter"),
        "year": NP_("explanations", "year"),
        "unexplained_drop": NP_(
            "explanations",
            "the register went down from {start} to {end} on {on}, more than a plausible "
            "rollover: check the read",
        ),
        "future_read": NP_("explanations", "a read is dated {on}, after today"),
        "no_end_read": NP_("explanations", "no read in the period: enter a read or an estimate"),
        "unratable": NP_(
            "explanations",
            "{name} ({account}) cannot be billed: a read or a tariff price is larger than an "
            "invoice can carry; check the meter's reads and its tariff",
        ),
        "high_use": NP_(
            "explanations",
            "{quantity} used, {ratio} times the usual {expected}: a leak or a misread?",
        ),
        "low_use": NP_(
            "explanations", "{quantity} used, far below the usual {expected}: a stuck meter?"
        ),
    },
)


@cache
def _locale(name: str) -> Locale:
    """Parsed once: Babel parses a locale name on every call otherwise (30 % of the time)."""
    return Locale.parse(name)


@lru_cache(maxsize=8192)
def _formatted(value: str, currency: str, locale: str, quantized: bool) -> str:
    """Babel's formatting, remembered: a month's books repeat the same prices and amounts
    thousands of times. Keyed by the decimal's text, so 0.9 and 0.90 stay apart."""
    number = Decimal(value)
    if not currency:
        return format_decimal(number, locale=_locale(locale), decimal_quantization=False)
    return format_currency(number, currency, locale=_locale(locale), decimal_quantization=quantized)


@dataclass(frozen=True)
class Wording:
    """How numbers and words look in one document language."""

    language: str
    currency: str
    unit: str
    period: Period
    # An issued document's texts as issued, by phrasebook (`Phrasebook.context`), in this
    # language; a phrasebook not here speaks as today's catalogue does.
    said: Mapping[str, Mapping[str, str]] = field(default_factory=dict, compare=False)

    @property
    def locale(self) -> Locale:
        return _locale(FORMAT_LOCALES[self.language])

    def book(self, phrasebook: Phrasebook[str]) -> Mapping[str, str]:
        """A phrasebook's texts in this language: as issued, else as the catalogue says."""
        today = phrasebook(self.language)
        kept = self.said.get(phrasebook.context)
        return today if not kept else {**today, **kept}

    def text(self, key: str, **values: object) -> str:
        return self.book(TEXTS)[key].format(**values)

    def money(self, amount: Decimal) -> str:
        return _formatted(str(amount), self.currency, FORMAT_LOCALES[self.language], True)

    def price(self, amount: Decimal) -> str:
        """A unit price keeps all its decimals: 0,1234 €."""
        return _formatted(str(amount), self.currency, FORMAT_LOCALES[self.language], False)

    def number(self, value: Decimal) -> str:
        return _formatted(str(value), "", FORMAT_LOCALES[self.language], False)

    def hundredths(self, value: Decimal) -> str:
        """A prorated limit to the hundredth: 10,3978 → "10,40"; whole numbers stay whole."""
        if value == value.to_integral_value():
            return self.number(value)
        return format_decimal(round(value, 2), format="#,##0.00", locale=self.locale)

    def quantity(self, value: Decimal) -> str:
        # A no-break space: "10 m³" never splits across lines.
        return f"{self.number(value)}\u00a0{self.unit}" if self.unit else self.number(value)

    def percent(self, rate: Decimal) -> str:
        # English writes 10%; Spanish 10 % (with a space that does not break).
        return f"{self.number(rate)}%" if self.language == "en" else f"{self.number(rate)}\u00a0%"

    def day(self, value: date) -> str:
        return format_date(value, "medium", locale=self.locale)

    def factor(self, value: Fraction) -> str:
        return self.number(round(Decimal(value.numerator) / value.denominator, 6).normalize())

    def share(self, proration: Proration) -> str:
        """ "17/31 days"; over several periods "(17/31 + 14/28) months", whole periods
        counted: "(24/30 + 12 + 8/31) months"."""
        parts = proration.parts
        if len(parts) == 1:
            return self.text("share_days", parts=f"{parts[0].days}/{parts[0].days_in_period}")
        terms: list[str] = []
        whole = 0
        for part in parts:
            if part.days == part.days_in_period:
                whole += 1
                continue
            if whole:
                terms.append(str(whole))
                whole = 0
            terms.append(f"{part.days}/{part.days_in_period}")
        if whole:
            terms.append(str(whole))
        joined = terms[0] if len(terms) == 1 else "(" + " + ".join(terms) + ")"
        return self.text("share_periods", parts=joined, periods=self.text(f"{self.period.value}s"))


def explain(line: RatedLine, wording: Wording) -> str:
    """The sentence printed under a line's label."""
    w = wording
    total = w.money(line.amount)
    share = w.share(line.proration) if line.proration else ""
    prefix = w.text("from", date=w.day(line.version_from)) if line.version_from else ""
    match line.details:
        case FixedDetails(amount) if line.proration:
            text = w.text("fixed_prorated", amount=w.money(amount), share=share, total=total)
        case FixedDetails():
            text = w.text("fixed", amount=total, period=w.text(w.period.value))
        case PerUnitDetails():
            text = w.text(
                "per_unit", quantity=w.quantity(_q(line)), price=w.price(_p(line)), total=total
            )
        case TierDetails(block) if not line.unit_price:  # an allowance: "0–10 h: 10 h included"
            text = w.text(
                "tier_included", limits=_block_limits(block, line, w), quantity=w.quantity(_q(line))
            )
        case TierDetails(block, after_allowance):
            name = "overage" if after_allowance else "block"
            text = w.text(
                "tier",
                range=_range(block, line, w, name),
                quantity=w.quantity(_q(line)),
                price=w.price(_p(line)),
                total=total,
            )
        case TierFeeDetails(block, flat_fee):
            key = "tier_fee_prorated" if line.proration else "tier_fee"
            text = w.text(
                key,
                range=_range(block, line, w, "block", here=False),
                fee=w.money(flat_fee),
                share=share,
                total=total,
            )
        case VolumeDetails(block):
            text = w.text(
                "volume",
                quantity=w.quantity(_q(line)),
                range=_range(block, line, w, "block_lower"),
                price=w.price(_p(line)),
                total=total,
            )
        case PackageDetails() as package:
            text = _package(package, line, w, total)
        case StairstepDetails(block, price):
            key = "stairstep_prorated" if line.proration else "stairstep"
            text = w.text(
                key,
                quantity=w.quantity(_q(line)),
                range=_range(block, line, w, "step_block"),
                price=w.money(price),
                share=share,
                total=total,
            )
        case MinimumDetails(minimum, so_far):
            text = w.text("minimum", minimum=w.money(minimum), so_far=w.money(so_far), total=total)
        case PercentageDetails(rate, base):
            text = w.text("percentage", rate=w.percent(rate), base=w.money(base), total=total)
        case CreditDetails():
            text = w.text("credit", total=w.money(-line.amount))
    return prefix + text


def finding_text(finding: Finding, wording: Wording) -> str:
    """What a check found, in one sentence for the operator."""
    w, v = wording, finding.values
    values: dict[str, str] = {}
    for key, value in v.items():
        if isinstance(value, date):
            values[key] = w.day(value)
        elif key == "ratio" and isinstance(value, Decimal):
            values[key] = w.number(round(value, 1))
        elif key == "expected" and isinstance(value, Decimal):
            values[key] = w.quantity(round(value, 1))
        elif isinstance(value, Decimal):
            values[key] = w.quantity(value) if key == "quantity" else w.number(value)
        elif isinstance(value, str):
            values[key] = value
    return w.text(finding.check.value, **values)


def _q(line: RatedLine) -> Decimal:
    assert line.quantity is not None
    return line.quantity


def _p(line: RatedLine) -> Decimal:
    assert line.unit_price is not None
    return line.unit_price


def _range(block: Block, line: RatedLine, w: Wording, name: str, *, here: bool = True) -> str:
    """ "Block 2 (10–25 m³/month)", the name of a block or step with its limits."""
    if block.number is None:  # a line billed before blocks were named
        return _limits(block.lower, block.upper, w)
    return w.text(name, n=block.number, limits=_block_limits(block, line, w, here=here))


def _block_limits(block: Block, line: RatedLine, w: Wording, *, here: bool = True) -> str:
    """ "10–25 m³/month"; prorated, with this span's limits to the hundredth:
    "10–25 m³/month; 10.40–25.99 m³ in this period"."""
    if block.per_period_lower is None:  # a line billed before blocks were named
        return _limits(block.lower, block.upper, w)
    limits = _limits(block.per_period_lower, block.per_period_upper, w, per_period=True)
    if here and line.proration is not None:
        here_limits = _limits(block.lower, block.upper, w, hundredths=True)
        limits = w.text("limits_here", limits=limits, here=here_limits)
    return limits


def _limits(
    lower: Decimal,
    upper: Decimal | None,
    w: Wording,
    *,
    per_period: bool = False,
    hundredths: bool = False,
) -> str:
    suffix = "_per" if per_period else ""
    period = w.text(w.period.value)
    number = w.hundredths if hundredths else w.number
    if upper is None:
        return w.text("range_open" + suffix, lower=number(lower), unit=w.unit, period=period)
    return w.text(
        "range" + suffix, lower=number(lower), upper=number(upper), unit=w.unit, period=period
    )


def _package(d: PackageDetails, line: RatedLine, w: Wording, total: str) -> str:
    if not _q(line):
        return w.text("package_none", used=w.quantity(d.used), free=w.quantity(d.free))
    per = ""
    nominal = d.free_per_period
    if nominal is not None and nominal != d.free:  # several periods' allowance, or part of one
        per = w.text("free_per", free=w.quantity(nominal), period=w.text(w.period.value))
    return w.text(
        "package",
        used=w.quantity(d.used),
        free=w.quantity(d.free),
        per=per,
        billable=w.quantity(d.billable),
        packages=w.number(_q(line)),
        size=w.quantity(d.package_size),
        price=w.price(_p(line)),
        total=total,
    )
