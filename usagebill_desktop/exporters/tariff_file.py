"""Write a tariff as a `usagebill.tariff/1` JSON file (what `read_tariff_file` reads back).

Decimals are written as they were read ("6.50" stays "6.50"), without an exponent, so a
file round-trips. See docs/tariff-format.md.
"""

import json
from decimal import Decimal
from typing import Any

from ..domain.money import plain
from ..domain.tariffs import (
    Charge,
    FixedCharge,
    GraduatedCharge,
    MinimumCharge,
    PackageCharge,
    PercentageCharge,
    PerUnitCharge,
    StairstepCharge,
    Tariff,
    TariffVersion,
    Tier,
    VolumeCharge,
)
from ..importers.tariff_file import FORMAT


def tariff_json(tariff: Tariff) -> str:
    return json.dumps(tariff_to_document(tariff), ensure_ascii=False, indent=2) + "\n"


def tariff_to_document(tariff: Tariff) -> dict[str, Any]:
    head: dict[str, Any] = {
        "format": FORMAT,
        "name": tariff.name,
        "currency": tariff.currency,
        "unit": tariff.unit,
        "period": tariff.period.value,
    }
    if tariff.translations:
        head["translations"] = {
            language: dict(texts) for language, texts in tariff.translations.items()
        }
    versions = [_version_document(v) for v in tariff.versions]
    if len(versions) == 1:
        return {**head, **versions[0]}
    return {**head, "versions": versions}


def _version_document(version: TariffVersion) -> dict[str, Any]:
    document: dict[str, Any] = {
        "valid_from": version.valid_from.isoformat(),
        "charges": [_charge_document(c) for c in version.charges],
    }
    if version.taxes:
        document["taxes"] = [{"name": t.name, "rate": _str(t.rate)} for t in version.taxes]
    return document


def _charge_document(charge: Charge) -> dict[str, Any]:
    out: dict[str, Any] = {"type": charge.type, "label": charge.label}
    match charge:
        case FixedCharge() | MinimumCharge():
            out["amount"] = _str(charge.amount)
        case PerUnitCharge():
            out["unit_price"] = _str(charge.unit_price)
        case GraduatedCharge() | VolumeCharge():
            out["tiers"] = [_tier_document(t) for t in charge.tiers]
        case PackageCharge():
            out |= {
                "package_size": _str(charge.package_size),
                "package_price": _str(charge.package_price),
            }
            if charge.free_units:
                out["free_units"] = _str(charge.free_units)
        case StairstepCharge():
            out["tiers"] = [{"up_to": _opt(s.up_to), "price": _str(s.price)} for s in charge.steps]
        case PercentageCharge():
            out["rate"] = _str(charge.rate)
            if charge.of:
                out["of"] = list(charge.of)
    return out


def _tier_document(tier: Tier) -> dict[str, Any]:
    out: dict[str, Any] = {"up_to": _opt(tier.up_to), "unit_price": _str(tier.unit_price)}
    if tier.flat_fee:
        out["flat_fee"] = _str(tier.flat_fee)
    return out


def _str(value: Decimal) -> str:
    """As written ("6.50" stays "6.50"), without an exponent."""
    text = str(value)
    return plain(value) if "E" in text else text


def _opt(value: Decimal | None) -> str | None:
    return None if value is None else _str(value)
