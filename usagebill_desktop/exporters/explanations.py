"""Rated lines as sentences a customer can check, in the document's language.

"10–25 m³: 15 m³ × 0,90 € = 13,50 €". The engine gives the numbers (RatedLine.kind
and details); here they become words and locale-formatted numbers (Babel). English
and Spanish catalogues live side by side so a missing phrase is easy to see.
"""

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from fractions import Fraction
from functools import cache

from babel import Locale
from babel.dates import format_date
from babel.numbers import format_currency, format_decimal

from ..domain.periods import Period, Proration
from ..domain.rating import RatedLine

LOCALES = {"en": "en_GB", "es": "es_ES"}

TEXTS: dict[str, dict[str, str]] = {
    "en": {
        "fixed": "{amount} per {period}",
        "fixed_prorated": "{amount} × {share} = {total}",
        "per_unit": "{quantity} × {price} = {total}",
        "tier": "{range}: {quantity} × {price} = {total}",
        "tier_included": "{range}: {quantity} included",
        "tier_fee": "{range}: block fee {fee}",
        "tier_fee_prorated": "{range}: block fee {fee} × {share} = {total}",
        "volume": "{quantity} in the {range} block, all at {price} = {total}",
        "package": "{used} − {free} included = {billable} → "
        "{packages} × {size} × {price} = {total}",
        "package_none": "{used}, {free} included: nothing to pay",
        "stairstep": "{quantity} is in the {range} step: {price}",
        "stairstep_prorated": "{quantity} is in the {range} step: {price} × {share} = {total}",
        "minimum": "minimum bill {minimum}, charges so far {so_far}: {total} added",
        "percentage": "{rate} of {base} = {total}",
        "range": "{lower}–{upper} {unit}",
        "range_open": "over {lower} {unit}",
        "range_prorated": " (block limits × {share})",
        "share_days": "{parts} days",
        "from": "from {date}: ",
        "month": "month",
        "quarter": "quarter",
        "year": "year",
    },
    "es": {
        "fixed": "{amount} por {period}",
        "fixed_prorated": "{amount} × {share} = {total}",
        "per_unit": "{quantity} × {price} = {total}",
        "tier": "{range}: {quantity} × {price} = {total}",
        "tier_included": "{range}: {quantity} incluidos",
        "tier_fee": "{range}: cuota del bloque {fee}",
        "tier_fee_prorated": "{range}: cuota del bloque {fee} × {share} = {total}",
        "volume": "{quantity} en el bloque {range}, todo a {price} = {total}",
        "package": "{used} − {free} incluidos = {billable} → "
        "{packages} × {size} × {price} = {total}",
        "package_none": "{used}, {free} incluidos: nada que pagar",
        "stairstep": "{quantity} está en el escalón {range}: {price}",
        "stairstep_prorated": "{quantity} está en el escalón {range}: {price} × {share} = {total}",
        "minimum": "consumo mínimo {minimum}, conceptos anteriores {so_far}: se añaden {total}",
        "percentage": "{rate} de {base} = {total}",
        "range": "{lower}–{upper} {unit}",
        "range_open": "más de {lower} {unit}",
        "range_prorated": " (límites de bloque × {share})",
        "share_days": "{parts} días",
        "from": "desde el {date}: ",
        "month": "mes",
        "quarter": "trimestre",
        "year": "año",
    },
}


@cache
def _locale(name: str) -> Locale:
    """Parsed once: Babel parses a locale name on every call otherwise (30 % of the time)."""
    return Locale.parse(name)


@dataclass(frozen=True)
class Wording:
    """How numbers and words look in one document language."""

    language: str
    currency: str
    unit: str
    period: Period

    @property
    def locale(self) -> Locale:
        return _locale(LOCALES[self.language])

    def text(self, key: str, **values: object) -> str:
        return TEXTS[self.language][key].format(**values)

    def money(self, amount: Decimal) -> str:
        return format_currency(amount, self.currency, locale=self.locale)

    def price(self, amount: Decimal) -> str:
        """A unit price keeps all its decimals: 0,1234 €."""
        return format_currency(
            amount, self.currency, locale=self.locale, decimal_quantization=False
        )

    def number(self, value: Decimal) -> str:
        return format_decimal(value, locale=self.locale, decimal_quantization=False)

    def quantity(self, value: Decimal) -> str:
        return f"{self.number(value)} {self.unit}"

    def percent(self, rate: Decimal) -> str:
        return f"{self.number(rate)} %"

    def day(self, value: date) -> str:
        return format_date(value, "medium", locale=self.locale)

    def factor(self, value: Fraction) -> str:
        return self.number(round(Decimal(value.numerator) / value.denominator, 6).normalize())

    def share(self, proration: Proration) -> str:
        """ "17/31 days", or "(17/31 + 14/28 days)" for a span over two months."""
        parts = [f"{p.days}/{p.days_in_period}" for p in proration.parts]
        joined = parts[0] if len(parts) == 1 else "(" + " + ".join(parts) + ")"
        return self.text("share_days", parts=joined)


def explain(line: RatedLine, wording: Wording) -> str:
    """The sentence printed under a line's label."""
    w, d = wording, line.details
    total = w.money(line.amount)
    share = w.share(line.proration) if line.proration else ""
    prefix = w.text("from", date=w.day(line.version_from)) if line.version_from else ""
    match line.kind:
        case "fixed" if line.proration:
            text = w.text("fixed_prorated", amount=w.money(d["amount"]), share=share, total=total)
        case "fixed":
            text = w.text("fixed", amount=total, period=w.text(w.period.value))
        case "per_unit":
            text = w.text("per_unit", quantity=w.quantity(_q(line)), price=w.price(_p(line)),
                          total=total)  # fmt: skip
        case "tier" if not line.unit_price:  # an allowance: "0–10 h: 10 h included"
            text = w.text("tier_included", range=_range(line, w), quantity=w.quantity(_q(line)))
        case "tier":
            text = w.text("tier", range=_range(line, w), quantity=w.quantity(_q(line)),
                          price=w.price(_p(line)), total=total)  # fmt: skip
        case "tier_fee":
            key = "tier_fee_prorated" if line.proration else "tier_fee"
            text = w.text(key, range=_range(line, w, limits=False), fee=w.money(d["flat_fee"]),
                          share=share, total=total)  # fmt: skip
        case "volume":
            text = w.text("volume", quantity=w.quantity(_q(line)), range=_range(line, w),
                          price=w.price(_p(line)), total=total)  # fmt: skip
        case "package":
            text = _package(line, w, total)
        case "stairstep":
            key = "stairstep_prorated" if line.proration else "stairstep"
            text = w.text(key, quantity=w.quantity(_q(line)), range=_range(line, w),
                          price=w.money(d["price"]), share=share, total=total)  # fmt: skip
        case "minimum":
            text = w.text("minimum", minimum=w.money(d["minimum"]), so_far=w.money(d["so_far"]),
                          total=total)  # fmt: skip
        case "percentage":
            text = w.text("percentage", rate=w.percent(d["rate"]), base=w.money(d["base"]),
                          total=total)  # fmt: skip
        case _:
            raise ValueError(f"no wording for {line.kind}")
    return prefix + text


def _q(line: RatedLine) -> Decimal:
    assert line.quantity is not None
    return line.quantity


def _p(line: RatedLine) -> Decimal:
    assert line.unit_price is not None
    return line.unit_price


def _range(line: RatedLine, w: Wording, *, limits: bool = True) -> str:
    lower, upper = line.details["lower"], line.details["upper"]
    if upper is None:
        text = w.text("range_open", lower=w.number(lower), unit=w.unit)
    else:
        text = w.text("range", lower=w.number(lower), upper=w.number(upper), unit=w.unit)
    if limits and line.proration is not None:
        text += w.text("range_prorated", share=w.share(line.proration))
    return text


def _package(line: RatedLine, w: Wording, total: str) -> str:
    d = line.details
    if not _q(line):
        return w.text("package_none", used=w.quantity(d["used"]), free=w.quantity(d["free"]))
    return w.text("package", used=w.quantity(d["used"]), free=w.quantity(d["free"]),
                  billable=w.quantity(d["billable"]), packages=w.number(_q(line)),
                  size=w.quantity(d["package_size"]), price=w.price(_p(line)),
                  total=total)  # fmt: skip
