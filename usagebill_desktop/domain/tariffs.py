"""Tariffs: how consumption becomes money. Every amount and bound is a `Decimal`.

A tariff has a currency, a unit (m³, kWh, h…), a period (month, quarter, year) and
versions from dates. Each version lists charges, rated in order, and taxes on their sum.
Amounts stated per period (fixed amounts, minimums, tier bounds and flat fees,
stairstep prices, free units) are prorated for partial periods; unit prices, package
size and price, and percentage rates are not.

The `check_*` functions are the rules a tariff must obey, whoever builds it (the tariff
file reader calls them as it reads). Each names the place of a problem by the `path`
it is given, JSON-path style: "charges[1].tiers[2]".
"""

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from .errors import InvalidValue
from .marks import N_
from .money import (
    MOST_PRICE,
    MOST_QUANTITY,
    PRICE_PLACES,
    QUANTITY_PLACES,
    check_size,
    decimal_places,
)
from .periods import Period
from .text import person_text

_CURRENCY = re.compile(r"[A-Z]{3}")


@dataclass(frozen=True, slots=True)
class Tier:
    """Units in (previous up_to, up_to]; `up_to` None is the open last tier."""

    up_to: Decimal | None
    unit_price: Decimal = Decimal(0)
    flat_fee: Decimal = Decimal(0)


@dataclass(frozen=True, slots=True)
class Step:
    """Stairstep: one price for any quantity up to `up_to`."""

    up_to: Decimal | None
    price: Decimal


@dataclass(frozen=True, slots=True)
class FixedCharge:
    label: str
    amount: Decimal
    type = "fixed"


@dataclass(frozen=True, slots=True)
class PerUnitCharge:
    label: str
    unit_price: Decimal
    type = "per_unit"


@dataclass(frozen=True, slots=True)
class GraduatedCharge:
    """Each unit priced in its own tier: water blocks; an allowance is a free first tier."""

    label: str
    tiers: tuple[Tier, ...]
    type = "graduated"


@dataclass(frozen=True, slots=True)
class VolumeCharge:
    """All units priced at the tier the quantity reaches."""

    label: str
    tiers: tuple[Tier, ...]
    type = "volume"


@dataclass(frozen=True, slots=True)
class PackageCharge:
    label: str
    package_size: Decimal
    package_price: Decimal
    free_units: Decimal = Decimal(0)
    type = "package"


@dataclass(frozen=True, slots=True)
class StairstepCharge:
    label: str
    steps: tuple[Step, ...]
    type = "stairstep"


@dataclass(frozen=True, slots=True)
class MinimumCharge:
    """Tops the earlier charges up to `amount` (a minimum bill)."""

    label: str
    amount: Decimal
    type = "minimum"


@dataclass(frozen=True, slots=True)
class PercentageCharge:
    """`rate`% of the earlier charges named in `of` (all earlier ones when empty)."""

    label: str
    rate: Decimal
    of: tuple[str, ...] = ()
    type = "percentage"


Charge = (
    FixedCharge
    | PerUnitCharge
    | GraduatedCharge
    | VolumeCharge
    | PackageCharge
    | StairstepCharge
    | MinimumCharge
    | PercentageCharge
)
CHARGE_CLASSES: dict[str, type[Charge]] = {
    kind.type: kind
    for kind in (
        FixedCharge,
        PerUnitCharge,
        GraduatedCharge,
        VolumeCharge,
        PackageCharge,
        StairstepCharge,
        MinimumCharge,
        PercentageCharge,
    )
}
CHARGE_TYPES = tuple(CHARGE_CLASSES)


@dataclass(frozen=True, slots=True)
class Tax:
    name: str
    rate: Decimal  # percent: 21 means 21 %


@dataclass(frozen=True, slots=True)
class TariffVersion:
    valid_from: date
    charges: tuple[Charge, ...]
    taxes: tuple[Tax, ...] = ()


@dataclass(frozen=True, slots=True)
class Tariff:
    name: str
    currency: str
    unit: str
    period: Period
    versions: tuple[TariffVersion, ...] = field(default=())
    # The name, unit and charge labels in other languages: language → {as written →
    # translated}. Each customer's invoice is worded in the customer's language.
    translations: Mapping[str, Mapping[str, str]] = field(default_factory=dict, hash=False)

    def in_language(self, language: str, text: str) -> str:
        """The name, the unit or a charge label as a customer speaking `language` reads it."""
        return self.translations.get(language, {}).get(text, text)

    def version_on(self, day: date) -> TariffVersion:
        """The version in force on `day`; before the first, the first."""
        current = self.versions[0]
        for version in self.versions:
            if version.valid_from <= day:
                current = version
        return current


def check_currency(code: str) -> None:
    """Three ASCII capitals (ISO 4217): "ＥＵＲ" in full-width letters passes `isalpha` but
    is no code a bank or a spreadsheet knows."""
    if not _CURRENCY.fullmatch(code):
        raise InvalidValue(field="currency", reason=N_("a three-letter ISO code such as EUR"))


def check_valid_from(dates: Sequence[date]) -> None:
    """Versions in date order, at most one a day."""
    if list(dates) != sorted(set(dates)):
        raise InvalidValue(field="versions", reason=N_("valid_from dates must rise, each once"))


def check_charge(path: str, charge: Charge, earlier: Sequence[str]) -> None:
    """One charge of a version, rated after the charges labelled `earlier`."""
    if charge.label in earlier:
        reason = N_("{label} is used by an earlier charge")
        raise InvalidValue(field=f"{path}.label", reason=reason, label=charge.label)
    match charge:
        case FixedCharge():
            _not_negative(f"{path}.amount", charge.amount)
        case PerUnitCharge():
            _not_negative(f"{path}.unit_price", charge.unit_price)
        case GraduatedCharge() | VolumeCharge():
            prices = [{"unit_price": t.unit_price, "flat_fee": t.flat_fee} for t in charge.tiers]
            _check_tiered(path, [t.up_to for t in charge.tiers], prices)
        case StairstepCharge():
            prices = [{"price": s.price} for s in charge.steps]
            _check_tiered(path, [s.up_to for s in charge.steps], prices)
        case PackageCharge():
            _not_negative(f"{path}.package_size", charge.package_size, MOST_QUANTITY)
            if charge.package_size == 0:
                reason = N_("must be greater than zero")
                raise InvalidValue(field=f"{path}.package_size", reason=reason)
            _not_negative(f"{path}.package_price", charge.package_price)
            _not_negative(f"{path}.free_units", charge.free_units, MOST_QUANTITY)
        case MinimumCharge():
            _check_follows(path, N_("a minimum must follow the charges it tops up"), earlier)
            _not_negative(f"{path}.amount", charge.amount)
        case PercentageCharge():
            for i, name in enumerate(charge.of):
                if name not in earlier:
                    reason = N_("{label} is not an earlier charge")
                    raise InvalidValue(field=f"{path}.of[{i}]", reason=reason, label=name)
            _check_follows(path, N_("a percentage must follow the charges it is of"), earlier)
            _not_negative(f"{path}.rate", charge.rate)


def _check_tiered(
    path: str, bounds: list[Decimal | None], prices: list[dict[str, Decimal]]
) -> None:
    for i, (bound, amounts) in enumerate(zip(bounds, prices, strict=True)):
        _check_bound(f"{path}.tiers[{i}]", bound)
        for name, amount in amounts.items():
            _not_negative(f"{path}.tiers[{i}].{name}", amount)
    check_tiers(f"{path}.tiers", bounds)


def _check_follows(path: str, reason: str, earlier: Sequence[str]) -> None:
    if not earlier:
        raise InvalidValue(field=path, reason=reason)


def check_tax(path: str, tax: Tax) -> None:
    _not_negative(f"{path}.rate", tax.rate)


def check_version(path: str, version: TariffVersion) -> None:
    """A version's charges (at least one), each after the ones before it, and its taxes;
    `path` is its place with a trailing dot ("versions[1].") or empty."""
    if not version.charges:
        raise InvalidValue(field=f"{path}charges", reason=N_("must be a non-empty list"))
    for i, charge in enumerate(version.charges):
        _check_text(f"{path}charges[{i}].label", charge.label)
        check_charge(f"{path}charges[{i}]", charge, [c.label for c in version.charges[:i]])
    for i, tax in enumerate(version.taxes):
        _check_text(f"{path}taxes[{i}].name", tax.name)
        check_tax(f"{path}taxes[{i}]", tax)


def _check_text(where: str, text: str) -> None:
    if not text.strip():
        raise InvalidValue(field=where, reason=N_("required text"))
    person_text(where, text)


def check_tariff(tariff: Tariff) -> None:
    """Every rule a whole tariff obeys, for a tariff built other than from a file (the
    editor): the same checks the file's reader makes as it reads."""
    _check_text("name", tariff.name)
    _check_text("unit", tariff.unit)
    check_currency(tariff.currency)
    for i, version in enumerate(tariff.versions):
        check_version(f"versions[{i}]." if len(tariff.versions) > 1 else "", version)
    check_valid_from([v.valid_from for v in tariff.versions])
    check_translations(tariff)


def check_translations(tariff: Tariff) -> None:
    """Only the tariff's name, unit and charge labels are translated, into languages named
    by two lowercase letters, each into some text."""
    known = {tariff.name, tariff.unit} | {c.label for v in tariff.versions for c in v.charges}
    for language, texts in tariff.translations.items():
        where = f"translations.{language}"
        check_language(where, language)
        for text, translated in texts.items():
            if text not in known:
                reason = N_("not the name, unit or a charge label of this tariff")
                raise InvalidValue(field=f"{where}.{text}", reason=reason)
            if not translated.strip():
                raise InvalidValue(field=f"{where}.{text}", reason=N_("required text"))


def check_language(where: str, language: str) -> None:
    if not (len(language) == 2 and language.isalpha() and language.islower()):
        raise InvalidValue(field=where, reason=N_("a two-letter language code such as en"))


def _not_negative(where: str, amount: Decimal, most: Decimal = MOST_PRICE) -> None:
    """A price, amount or rate (or, with `most`, a quantity): not negative, and within
    what billing can carry, with no more decimals than it is kept with."""
    if amount < 0:
        raise InvalidValue(field=where, reason=N_("must not be negative"))
    _within(where, amount, most, QUANTITY_PLACES if most == MOST_QUANTITY else PRICE_PLACES)


def _within(where: str, amount: Decimal, most: Decimal, places: int) -> None:
    """Below `most`, with at most `places` decimals: what its column keeps (a tax rate of
    21.123456789 % would otherwise reach the database and fail there)."""
    check_size(where, amount, most)
    if decimal_places(amount) > places:
        raise InvalidValue(field=where, reason=N_("at most {places} decimals"), places=places)


def _check_bound(path: str, bound: Decimal | None) -> None:
    """A tier bound is a quantity: within bounds, no more decimals than quantities are
    kept with."""
    if bound is not None:
        _within(f"{path}.up_to", bound, MOST_QUANTITY, QUANTITY_PLACES)


def check_tiers(path: str, bounds: list[Decimal | None]) -> None:
    """Bounds rise strictly, and only the last is open (None)."""
    previous = Decimal(0)
    for index, bound in enumerate(bounds):
        where = f"{path}[{index}]"
        last = index == len(bounds) - 1
        if bound is None and not last:
            raise InvalidValue(field=where, reason=N_("only the last tier may have no up_to"))
        if bound is not None and last:
            raise InvalidValue(field=where, reason=N_("the last tier must have up_to null"))
        if bound is not None and index == 0 and bound <= 0:
            raise InvalidValue(field=where, reason=N_("up_to must be above zero"))
        if bound is not None and bound <= previous:
            raise InvalidValue(
                field=where,
                reason=N_("up_to {value} is not above the previous {previous}"),
                value=bound,
                previous=previous,
            )
        previous = bound if bound is not None else previous


@dataclass(frozen=True, slots=True)
class TariffSummary:
    """A tariff as the tariffs list shows it."""

    name: str
    currency: str
    unit: str
    period: Period
    versions: tuple[date, ...]
    meters: int  # meters whose current assignment is this tariff


@dataclass(frozen=True, slots=True)
class Assignment:
    meter_serial: str
    tariff: str
    valid_from: date
