"""A tariff's prices in words and numbers, as a person reads them at a glance.

"Water used: 0–10 m³: 0,50 € per m³; over 10 m³: 0,90 € per m³". The numbers are formatted
as the bill's explanations format them (`explanations.Wording`), and the ranges are said
with the same phrases.
"""

from decimal import Decimal

from ..domain.marks import NP_
from ..domain.tariffs import (
    Charge,
    FixedCharge,
    GraduatedCharge,
    MinimumCharge,
    PackageCharge,
    PercentageCharge,
    PerUnitCharge,
    StairstepCharge,
    Tax,
    VolumeCharge,
)
from ..texts import Phrasebook
from .explanations import Wording

PRICES = Phrasebook(
    "tariff_prices",
    {
        "per_unit": NP_("tariff_prices", "{price} per {unit}"),
        "tier": NP_("tariff_prices", "{range}: {price} per {unit}"),
        "tier_fee": NP_("tariff_prices", "{range}: {price} per {unit} + {fee}"),
        "volume": NP_("tariff_prices", "all units at the price of the block reached"),
        "package": NP_("tariff_prices", "{price} per {size}"),
        "package_free": NP_("tariff_prices", "{price} per {size}, {free} included"),
        "step": NP_("tariff_prices", "{range}: {price}"),
        "minimum": NP_("tariff_prices", "at least {amount} in all"),
        "percentage": NP_("tariff_prices", "{rate} of the charges before it"),
        "percentage_of": NP_("tariff_prices", "{rate} of {labels}"),
        "tax": NP_("tariff_prices", "{name} {rate}"),
    },
)


def charge_prices(charge: Charge, wording: Wording) -> str:
    """What `charge` asks, in one line: "0–10 m³: 0,50 € per m³; over 10 m³: …"."""
    w = wording
    said = PRICES(w.language)
    match charge:
        case FixedCharge(amount=amount):
            return w.text("fixed", amount=w.money(amount), period=w.text(w.period.value))
        case PerUnitCharge(unit_price=price):
            return said["per_unit"].format(price=w.price(price), unit=w.unit)
        case GraduatedCharge(tiers=tiers) | VolumeCharge(tiers=tiers):
            lower, parts = Decimal(0), []
            for tier in tiers:
                key = "tier_fee" if tier.flat_fee else "tier"
                parts.append(
                    said[key].format(
                        range=_range(lower, tier.up_to, w),
                        price=w.price(tier.unit_price),
                        unit=w.unit,
                        fee=w.money(tier.flat_fee),
                    )
                )
                lower = tier.up_to if tier.up_to is not None else lower
            if isinstance(charge, VolumeCharge):
                parts.insert(0, said["volume"])
            return "; ".join(parts)
        case PackageCharge(package_size=size, package_price=price, free_units=free):
            key = "package_free" if free else "package"
            return said[key].format(
                price=w.price(price), size=w.quantity(size), free=w.quantity(free)
            )
        case StairstepCharge(steps=steps):
            lower, parts = Decimal(0), []
            for step in steps:
                range_ = _range(lower, step.up_to, w)
                parts.append(said["step"].format(range=range_, price=w.money(step.price)))
                lower = step.up_to if step.up_to is not None else lower
            return "; ".join(parts)
        case MinimumCharge(amount=amount):
            return said["minimum"].format(amount=w.money(amount))
        case PercentageCharge(rate=rate, of=of):
            if of:
                return said["percentage_of"].format(rate=w.percent(rate), labels=", ".join(of))
            return said["percentage"].format(rate=w.percent(rate))


def tax_prices(tax: Tax, wording: Wording) -> str:
    return PRICES(wording.language)["tax"].format(name=tax.name, rate=wording.percent(tax.rate))


def _range(lower: Decimal, upper: Decimal | None, w: Wording) -> str:
    period = w.text(w.period.value)
    if upper is None:
        return w.text("range_open_per", lower=w.number(lower), unit=w.unit, period=period)
    return w.text(
        "range_per", lower=w.number(lower), upper=w.number(upper), unit=w.unit, period=period
    )
