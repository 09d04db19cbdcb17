"""Tariffs: how consumption becomes money. Every amount and bound is a `Decimal`.

A tariff has a currency, a unit (m³, kWh, h…), a period (month, quarter, year) and
versions from dates. Each version lists charges, rated in order, and taxes on their sum.
Amounts stated per period (fixed amounts, minimums, tier bounds and flat fees,
stairstep prices, free units) are prorated for partial periods; unit prices, package
size and price, and percentage rates are not.
"""

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from .errors import InvalidValue
from .periods import Period


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
    for kind in (FixedCharge, PerUnitCharge, GraduatedCharge, VolumeCharge, PackageCharge,
                 StairstepCharge, MinimumCharge, PercentageCharge)
}  # fmt: skip
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


def check_tiers(path: str, bounds: list[Decimal | None]) -> None:
    """Bounds rise strictly, and only the last is open (None)."""
    previous = Decimal(0)
    for index, bound in enumerate(bounds):
        where = f"{path}[{index}]"
        last = index == len(bounds) - 1
        if bound is None and not last:
            raise InvalidValue(field=where, reason="only the last tier may have no up_to")
        if bound is not None and last:
            raise InvalidValue(field=where, reason="the last tier must have up_to null")
        if bound is not None and index == 0 and bound <= 0:
            raise InvalidValue(field=where, reason="up_to must be above zero")
        if bound is not None and bound <= previous:
            raise InvalidValue(
                field=where,
                reason="up_to {value} is not above the previous {previous}",
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
