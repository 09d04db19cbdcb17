"""Tariffs for domain tests, built from the domain's own classes (no file, no reader)
and checked by the domain's rules, so a test cannot rate a tariff no one could import:

    tariff(FixedCharge("Service", D("6.50")),
           GraduatedCharge("Water", tiers(("10", "0.50"), (None, "1.60"))),
           taxes={"IVA": "21"})
"""

from collections.abc import Mapping, Sequence
from datetime import date
from decimal import Decimal

from usagebill_desktop.domain.periods import Period
from usagebill_desktop.domain.tariffs import (
    Charge,
    Step,
    Tariff,
    TariffVersion,
    Tax,
    Tier,
    check_charge,
    check_currency,
    check_tax,
    check_translations,
    check_valid_from,
)

D = Decimal


def tiers(*rows: tuple[str | None, str] | tuple[str | None, str, str]) -> tuple[Tier, ...]:
    """("10", "0.50"): up to 10 units at 0.50 each; a third value is the tier's flat fee;
    None is the open last tier."""
    return tuple(
        Tier(_bound(up_to), D(price), D(fee[0] if fee else 0)) for up_to, price, *fee in rows
    )


def steps(*rows: tuple[str | None, str]) -> tuple[Step, ...]:
    """("10", "5.00"): 5.00 for anything up to 10 units."""
    return tuple(Step(_bound(up_to), D(price)) for up_to, price in rows)


def version(
    valid_from: str, *charges: Charge, taxes: Mapping[str, str] | None = None
) -> TariffVersion:
    """Charges in rating order; `taxes` {"IVA": "21"}, rates in percent."""
    for i, charge in enumerate(charges):
        check_charge(f"charges[{i}]", charge, [c.label for c in charges[:i]])
    built = tuple(Tax(name, D(rate)) for name, rate in (taxes or {}).items())
    for i, tax in enumerate(built):
        check_tax(f"taxes[{i}]", tax)
    return TariffVersion(date.fromisoformat(valid_from), charges, built)


def tariff(
    *charges: Charge,
    taxes: Mapping[str, str] | None = None,
    period: str = "month",
    versions: Sequence[TariffVersion] = (),
    name: str = "T",
    unit: str = "m³",
    translations: Mapping[str, Mapping[str, str]] | None = None,
) -> Tariff:
    """One version from 2026-01-01 with `charges` and `taxes`, or the `versions` given."""
    built = tuple(versions) or (version("2026-01-01", *charges, taxes=taxes),)
    check_currency("EUR")
    check_valid_from([v.valid_from for v in built])
    made = Tariff(name, "EUR", unit, Period(period), built, translations or {})
    check_translations(made)
    return made


def _bound(up_to: str | None) -> Decimal | None:
    return None if up_to is None else D(up_to)
