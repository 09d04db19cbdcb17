"""The tariff file format `usagebill.tariff/1` as plain data (dicts), both ways.

Reading checks everything and names the place of the first problem, JSON-path style:
"charges[1].tiers[2]: up_to 20 is not above the previous 25". Decimals are strings
(or exact numbers); they are written back as given, so a file round-trips.
See docs/tariff-format.md.
"""

from collections.abc import Callable, Mapping
from datetime import date
from decimal import Decimal
from typing import Any

from .errors import InvalidValue
from .money import QUANTITY_PLACES, decimal_places, plain, to_decimal
from .periods import Period
from .tariffs import (
    CHARGE_TYPES,
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
    Tax,
    Tier,
    VolumeCharge,
    check_tiers,
)

FORMAT = "usagebill.tariff/1"
_HEAD = {"format", "name", "currency", "unit", "period", "translations"}
_VERSION = {"valid_from", "charges", "taxes"}


# --- reading ----------------------------------------------------------------------------


def tariff_from_document(document: object) -> Tariff:
    doc = _mapping("", document)
    if doc.get("format") != FORMAT:
        raise InvalidValue(field="format", reason="must be {expected}", expected=FORMAT)
    multi = "versions" in doc
    _only(doc, "", _HEAD | ({"versions"} if multi else _VERSION))
    currency = _text(doc, "", "currency").upper()
    if len(currency) != 3 or not currency.isalpha():
        raise InvalidValue(field="currency", reason="a three-letter ISO code such as EUR")
    try:
        period = Period(_text(doc, "", "period"))
    except ValueError:
        raise InvalidValue(field="period", reason="must be month, quarter or year") from None
    if multi:
        raw = doc["versions"]
        if not isinstance(raw, list) or not raw:
            raise InvalidValue(field="versions", reason="must be a non-empty list")
        versions = [
            _version(_mapping(f"versions[{i}]", v), f"versions[{i}].") for i, v in enumerate(raw)
        ]
    else:
        versions = [_version(doc, "")]
    dates = [v.valid_from for v in versions]
    if dates != sorted(set(dates)):
        raise InvalidValue(field="versions", reason="valid_from dates must rise, each once")
    name, unit = _text(doc, "", "name"), _text(doc, "", "unit")
    translations = _translations(doc.get("translations", {}), versions, name, unit)
    return Tariff(name, currency, unit, period, tuple(versions), translations)


def _translations(value: object, versions: list[TariffVersion], name: str, unit: str
                  ) -> dict[str, dict[str, str]]:  # fmt: skip
    """{"en": {"Cuota de servicio": "Service charge", "pág": "pages"}}: only this
    tariff's name, unit and charge labels can be translated."""
    known = {name, unit} | {c.label for v in versions for c in v.charges}
    translations: dict[str, dict[str, str]] = {}
    for language, texts in _mapping("translations", value).items():
        where = f"translations.{language}"
        if not (isinstance(language, str) and len(language) == 2 and language.isalpha()
                and language.islower()):  # fmt: skip
            raise InvalidValue(field=where, reason="a two-letter language code such as en")
        translations[language] = {}
        for text, translated in _mapping(where, texts).items():
            if text not in known:
                reason = "not the name, unit or a charge label of this tariff"
                raise InvalidValue(field=f"{where}.{text}", reason=reason)
            if not isinstance(translated, str) or not translated.strip():
                raise InvalidValue(field=f"{where}.{text}", reason="required text")
            translations[language][text] = translated.strip()
    return translations


def _version(doc: Mapping[str, Any], prefix: str) -> TariffVersion:
    if prefix:
        _only(doc, prefix.rstrip("."), _VERSION)
    valid_from = _date(doc, prefix, "valid_from")
    raw = doc.get("charges")
    if not isinstance(raw, list) or not raw:
        raise InvalidValue(field=f"{prefix}charges", reason="must be a non-empty list")
    charges: list[Charge] = []
    for i, item in enumerate(raw):
        path = f"{prefix}charges[{i}]"
        charge = _charge(_mapping(path, item), path, [c.label for c in charges])
        charges.append(charge)
    taxes = tuple(
        _tax(_mapping(f"{prefix}taxes[{i}]", t), f"{prefix}taxes[{i}]")
        for i, t in enumerate(_list(doc, prefix, "taxes"))
    )
    return TariffVersion(valid_from, tuple(charges), taxes)


def _charge(doc: Mapping[str, Any], path: str, earlier: list[str]) -> Charge:
    kind = doc.get("type")
    if kind not in CHARGE_TYPES:
        raise InvalidValue(field=f"{path}.type", reason="must be one of {choices}",
                           choices=", ".join(CHARGE_TYPES))  # fmt: skip
    label = _text(doc, path + ".", "label")
    if label in earlier:
        raise InvalidValue(field=f"{path}.label", reason="{label} is used by an earlier charge",
                           label=label)  # fmt: skip
    reader, fields = _CHARGES[str(kind)]
    _only(doc, path, {"type", "label", *fields})
    return reader(doc, path, label, earlier)


def _fixed(doc: Mapping[str, Any], path: str, label: str, _: list[str]) -> Charge:
    return FixedCharge(label, _amount(doc, path, "amount"))


def _per_unit(doc: Mapping[str, Any], path: str, label: str, _: list[str]) -> Charge:
    return PerUnitCharge(label, _amount(doc, path, "unit_price"))


def _tiers(doc: Mapping[str, Any], path: str) -> tuple[Tier, ...]:
    tiers = []
    for i, raw in enumerate(_list(doc, path + ".", "tiers", required=True)):
        where = f"{path}.tiers[{i}]"
        tier = _mapping(where, raw)
        _only(tier, where, {"up_to", "unit_price", "flat_fee"})
        tiers.append(Tier(_bound(tier, where), _amount(tier, where, "unit_price"),
                          _amount(tier, where, "flat_fee", Decimal(0))))  # fmt: skip
    check_tiers(f"{path}.tiers", [t.up_to for t in tiers])
    return tuple(tiers)


def _graduated(doc: Mapping[str, Any], path: str, label: str, _: list[str]) -> Charge:
    return GraduatedCharge(label, _tiers(doc, path))


def _volume(doc: Mapping[str, Any], path: str, label: str, _: list[str]) -> Charge:
    return VolumeCharge(label, _tiers(doc, path))


def _package(doc: Mapping[str, Any], path: str, label: str, _: list[str]) -> Charge:
    size = _amount(doc, path, "package_size")
    if size <= 0:
        raise InvalidValue(field=f"{path}.package_size", reason="must be greater than zero")
    return PackageCharge(label, size, _amount(doc, path, "package_price"),
                         _amount(doc, path, "free_units", Decimal(0)))  # fmt: skip


def _stairstep(doc: Mapping[str, Any], path: str, label: str, _: list[str]) -> Charge:
    steps = []
    for i, raw in enumerate(_list(doc, path + ".", "tiers", required=True)):
        where = f"{path}.tiers[{i}]"
        step = _mapping(where, raw)
        _only(step, where, {"up_to", "price"})
        steps.append(Step(_bound(step, where), _amount(step, where, "price")))
    check_tiers(f"{path}.tiers", [s.up_to for s in steps])
    return StairstepCharge(label, tuple(steps))


def _minimum(doc: Mapping[str, Any], path: str, label: str, earlier: list[str]) -> Charge:
    if not earlier:
        raise InvalidValue(field=path, reason="a minimum must follow the charges it tops up")
    return MinimumCharge(label, _amount(doc, path, "amount"))


def _percentage(doc: Mapping[str, Any], path: str, label: str, earlier: list[str]) -> Charge:
    of = tuple(_list(doc, path + ".", "of"))
    for i, name in enumerate(of):
        if name not in earlier:
            raise InvalidValue(field=f"{path}.of[{i}]", reason="{label} is not an earlier charge",
                               label=name)  # fmt: skip
    if not earlier:
        raise InvalidValue(field=path, reason="a percentage must follow the charges it is of")
    return PercentageCharge(label, _amount(doc, path, "rate"), of)


_Reader = Callable[[Mapping[str, Any], str, str, list[str]], Charge]
_CHARGES: dict[str, tuple[_Reader, set[str]]] = {
    "fixed": (_fixed, {"amount"}),
    "per_unit": (_per_unit, {"unit_price"}),
    "graduated": (_graduated, {"tiers"}),
    "volume": (_volume, {"tiers"}),
    "package": (_package, {"package_size", "package_price", "free_units"}),
    "stairstep": (_stairstep, {"tiers"}),
    "minimum": (_minimum, {"amount"}),
    "percentage": (_percentage, {"rate", "of"}),
}


def _tax(doc: Mapping[str, Any], path: str) -> Tax:
    _only(doc, path, {"name", "rate"})
    return Tax(_text(doc, path + ".", "name"), _amount(doc, path, "rate"))


def _mapping(path: str, value: object) -> Mapping[str, Any]:
    if not isinstance(value, Mapping):
        raise InvalidValue(field=path or "document", reason="must be an object {{…}}")
    return value


def _only(doc: Mapping[str, Any], path: str, allowed: set[str]) -> None:
    for key in doc:
        if key not in allowed:
            where = f"{path}.{key}" if path else str(key)
            raise InvalidValue(field=where, reason="unknown field (allowed: {allowed})",
                               allowed=", ".join(sorted(allowed)))  # fmt: skip


def _text(doc: Mapping[str, Any], prefix: str, key: str) -> str:
    value = doc.get(key)
    if not isinstance(value, str) or not value.strip():
        raise InvalidValue(field=prefix + key, reason="required text")
    return value.strip()


def _list(doc: Mapping[str, Any], prefix: str, key: str, required: bool = False) -> list[Any]:
    value = doc.get(key, None if required else [])
    if required and (not isinstance(value, list) or not value):
        raise InvalidValue(field=prefix + key, reason="must be a non-empty list")
    if not isinstance(value, list):
        raise InvalidValue(field=prefix + key, reason="must be a list")
    return value


def _date(doc: Mapping[str, Any], prefix: str, key: str) -> date:
    try:
        return date.fromisoformat(str(doc.get(key)))
    except ValueError:
        raise InvalidValue(field=prefix + key, reason="a date such as 2026-01-01") from None


def _number(value: object, where: str) -> Decimal:
    if isinstance(value, float):  # json.loads without parse_float=Decimal
        raise InvalidValue(field=where, reason='write decimals as strings, e.g. "0.90"')
    try:
        return to_decimal(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        raise InvalidValue(field=where, reason="not a number: {value}", value=value) from None


def _amount(doc: Mapping[str, Any], path: str, key: str, default: Decimal | None = None) -> Decimal:
    where = f"{path}.{key}" if path else key
    if key not in doc and default is not None:
        return default
    if key not in doc:
        raise InvalidValue(field=where, reason="required")
    value = _number(doc[key], where)
    if value < 0:
        raise InvalidValue(field=where, reason="must not be negative")
    return value


def _bound(doc: Mapping[str, Any], path: str) -> Decimal | None:
    if "up_to" not in doc:
        raise InvalidValue(field=f"{path}.up_to", reason="required (null for the last tier)")
    if doc["up_to"] is None:
        return None
    bound = _number(doc["up_to"], f"{path}.up_to")
    if decimal_places(bound) > QUANTITY_PLACES:
        raise InvalidValue(field=f"{path}.up_to", reason="at most {places} decimals",
                           places=QUANTITY_PLACES)  # fmt: skip
    return bound


# --- writing ----------------------------------------------------------------------------


def tariff_to_document(tariff: Tariff) -> dict[str, Any]:
    head: dict[str, Any] = {"format": FORMAT, "name": tariff.name, "currency": tariff.currency,
            "unit": tariff.unit, "period": tariff.period.value}  # fmt: skip
    if tariff.translations:
        head["translations"] = {language: dict(texts)
                                for language, texts in tariff.translations.items()}  # fmt: skip
    versions = [_version_document(v) for v in tariff.versions]
    if len(versions) == 1:
        return {**head, **versions[0]}
    return {**head, "versions": versions}


def _version_document(version: TariffVersion) -> dict[str, Any]:
    document: dict[str, Any] = {
        "valid_from": version.valid_from.isoformat(),
        "charges": [charge_to_document(c) for c in version.charges],
    }
    if version.taxes:
        document["taxes"] = [{"name": t.name, "rate": _str(t.rate)} for t in version.taxes]
    return document


def charge_to_document(charge: Charge) -> dict[str, Any]:
    out: dict[str, Any] = {"type": charge.type, "label": charge.label}
    match charge:
        case FixedCharge() | MinimumCharge():
            out["amount"] = _str(charge.amount)
        case PerUnitCharge():
            out["unit_price"] = _str(charge.unit_price)
        case GraduatedCharge() | VolumeCharge():
            out["tiers"] = [_tier_document(t) for t in charge.tiers]
        case PackageCharge():
            out |= {"package_size": _str(charge.package_size),
                    "package_price": _str(charge.package_price)}  # fmt: skip
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
