"""How a rated line's amount came about: one frozen record per kind of line.

The kind is the record's type (`kind` names it where it is stored); the explanation
(exporters/explanations.py) is chosen by the type, and the stored JSON has exactly these
fields (persistence/invoice_json.py; migration 0010 upgraded what was stored before).
"""

from dataclasses import dataclass
from decimal import Decimal
from typing import ClassVar


@dataclass(frozen=True, slots=True)
class Block:
    """Where a tier or step starts and ends in the rated span (`lower`, `upper`: prorated)
    and, by its number, per period as the tariff says it, so the invoice can name
    "block 2 (10–25 m³/month)". Lines billed before blocks were named have only the span's
    limits: `number` and the per-period limits are None."""

    lower: Decimal
    upper: Decimal | None  # None: open
    number: int | None  # from 1
    per_period_lower: Decimal | None
    per_period_upper: Decimal | None  # None: open, or not known


@dataclass(frozen=True, slots=True)
class FixedDetails:
    kind: ClassVar[str] = "fixed"
    amount: Decimal  # per period, before proration


@dataclass(frozen=True, slots=True)
class PerUnitDetails:
    kind: ClassVar[str] = "per_unit"


@dataclass(frozen=True, slots=True)
class TierDetails:
    """Units used within one block of a graduated charge."""

    kind: ClassVar[str] = "tier"
    block: Block
    after_allowance: bool  # the block before it was free: this one is the overage


@dataclass(frozen=True, slots=True)
class TierFeeDetails:
    """The flat fee of a block reached (graduated or volume)."""

    kind: ClassVar[str] = "tier_fee"
    block: Block
    flat_fee: Decimal  # per period, before proration


@dataclass(frozen=True, slots=True)
class VolumeDetails:
    """All units at the price of the block the quantity reached."""

    kind: ClassVar[str] = "volume"
    block: Block


@dataclass(frozen=True, slots=True)
class StairstepDetails:
    kind: ClassVar[str] = "stairstep"
    block: Block
    price: Decimal  # the step's price per period, before proration


@dataclass(frozen=True, slots=True)
class PackageDetails:
    kind: ClassVar[str] = "package"
    used: Decimal
    free: Decimal  # included in this span (prorated)
    billable: Decimal
    package_size: Decimal
    # As the tariff says it; None on lines billed before it was kept.
    free_per_period: Decimal | None


@dataclass(frozen=True, slots=True)
class MinimumDetails:
    kind: ClassVar[str] = "minimum"
    minimum: Decimal  # for this span
    so_far: Decimal  # the charges before it


@dataclass(frozen=True, slots=True)
class PercentageDetails:
    kind: ClassVar[str] = "percentage"
    rate: Decimal
    base: Decimal
    of: tuple[str, ...]  # the labels it applies to (none: every charge before it)


@dataclass(frozen=True, slots=True)
class CreditDetails:
    """A share of a partial credit note."""

    kind: ClassVar[str] = "credit"


LineDetails = (
    FixedDetails
    | PerUnitDetails
    | TierDetails
    | TierFeeDetails
    | VolumeDetails
    | StairstepDetails
    | PackageDetails
    | MinimumDetails
    | PercentageDetails
    | CreditDetails
)

BY_KIND: dict[str, type[LineDetails]] = {
    cls.kind: cls
    for cls in (
        FixedDetails,
        PerUnitDetails,
        TierDetails,
        TierFeeDetails,
        VolumeDetails,
        StairstepDetails,
        PackageDetails,
        MinimumDetails,
        PercentageDetails,
        CreditDetails,
    )
}
