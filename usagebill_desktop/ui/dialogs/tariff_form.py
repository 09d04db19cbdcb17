"""From what the tariff editor holds as typed to the domain's charges, and back.

Numbers are read in the user's language ("0,90" in Spanish); a number that cannot be read
is an `InvalidValue` naming its field, like any other problem, so the editor shows it at
the field. Every rule beyond "is it a number" is the domain's (`check_tariff`).
"""

from collections.abc import Callable
from decimal import Decimal

from ...domain.errors import InvalidValue
from ...domain.marks import N_
from ...domain.tariffs import (
    Charge,
    FixedCharge,
    GraduatedCharge,
    MinimumCharge,
    PackageCharge,
    PercentageCharge,
    PerUnitCharge,
    StairstepCharge,
    Step,
    Tier,
    VolumeCharge,
)
from .charge_editor import ChargeDraft

Parse = Callable[[str], Decimal]
Show = Callable[[Decimal], str]


def build_charge(path: str, draft: ChargeDraft, parse: Parse) -> Charge:
    def number(name: str, text: str | None = None, default: str | None = None) -> Decimal:
        typed = draft.values.get(name, "") if text is None else text
        return typed_number(f"{path}.{name}", typed, parse, default)

    def bound(i: int, text: str) -> Decimal | None:
        return number(f"tiers[{i}].up_to", text) if text.strip() else None

    label, kind = draft.label.strip(), draft.type
    if kind in ("graduated", "volume"):
        tiers = tuple(
            Tier(
                bound(i, up_to),
                number(f"tiers[{i}].unit_price", price),
                number(f"tiers[{i}].flat_fee", fee, "0"),
            )
            for i, (up_to, price, fee) in enumerate(draft.tiers)
        )
        _some(path, tiers)
        return GraduatedCharge(label, tiers) if kind == "graduated" else VolumeCharge(label, tiers)
    if kind == "stairstep":
        steps = tuple(
            Step(bound(i, up_to), number(f"tiers[{i}].price", price))
            for i, (up_to, price, _) in enumerate(draft.tiers)
        )
        _some(path, steps)
        return StairstepCharge(label, steps)
    if kind == "package":
        return PackageCharge(
            label, number("package_size"), number("package_price"), number("free_units", None, "0")
        )
    if kind == "percentage":
        of = tuple(n.strip() for n in draft.values.get("of", "").split(",") if n.strip())
        return PercentageCharge(label, number("rate"), of)
    if kind == "per_unit":
        return PerUnitCharge(label, number("unit_price"))
    if kind == "minimum":
        return MinimumCharge(label, number("amount"))
    return FixedCharge(label, number("amount"))


def typed_number(where: str, text: str, parse: Parse, default: str | None = None) -> Decimal:
    """A number as typed in the user's language; empty is `default` (or required)."""
    typed = text.strip()
    if not typed and default is not None:
        return Decimal(default)
    if not typed:
        raise InvalidValue(field=where, reason=N_("required"))
    try:
        return parse(typed)
    except ValueError:
        raise InvalidValue(field=where, reason=N_("not a number: {value}"), value=typed) from None


def _some(path: str, tiers: tuple[object, ...]) -> None:
    if not tiers:
        raise InvalidValue(field=f"{path}.tiers", reason=N_("must be a non-empty list"))


def charge_draft(charge: Charge, show: Show) -> ChargeDraft:
    """A stored charge as the editor shows it, numbers in the user's language."""
    draft = ChargeDraft(charge.type, charge.label)

    def opt(value: Decimal | None) -> str:
        return "" if value is None else show(value)

    match charge:
        case FixedCharge() | MinimumCharge():
            draft.values["amount"] = show(charge.amount)
        case PerUnitCharge():
            draft.values["unit_price"] = show(charge.unit_price)
        case GraduatedCharge() | VolumeCharge():
            draft.tiers = [
                [opt(t.up_to), show(t.unit_price), show(t.flat_fee) if t.flat_fee else ""]
                for t in charge.tiers
            ]
        case StairstepCharge():
            draft.tiers = [[opt(s.up_to), show(s.price), ""] for s in charge.steps]
        case PackageCharge():
            draft.values |= {
                "package_size": show(charge.package_size),
                "package_price": show(charge.package_price),
                "free_units": show(charge.free_units) if charge.free_units else "",
            }
        case PercentageCharge():
            draft.values |= {"rate": show(charge.rate), "of": ", ".join(charge.of)}
    return draft
