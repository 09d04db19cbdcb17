"""Read a `usagebill.tariff/1` JSON file. Numbers are read exactly (never as floats).

Reading checks the file's shape (known fields, text, numbers, dates) and, as it reads,
the domain's rules for tariffs (`domain/tariffs.py`: `check_*`), and names the place of
the first problem, JSON-path style: "charges[1].tiers[2]: up_to 20 is not above the
previous 25". Decimals are strings (or exact numbers) and are kept as written, so a
file round-trips (`exporters/tariff_file.py`). See docs/tariff-format.md.
"""

import json
from collections.abc import Callable, Mapping
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from ..domain.errors import InvalidValue
from ..domain.marks import N_
from ..domain.money import to_decimal
from ..domain.periods import Period
from ..domain.tariffs import (
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
    check_charge,
    check_currency,
    check_language,
    check_tax,
    check_translations,
    check_valid_from,
)
from ..domain.text import person_text

FORMAT = "usagebill.tariff/1"
_HEAD = {"format", "name", "currency", "unit", "period", "translations"}
_VERSION = {"valid_from", "charges", "taxes"}
# What the JSON reader found wrong, said for people, by the start of its English message.
_JSON = N_("not valid JSON: a mistake at line {line}, column {column}")
_JSON_PROBLEMS = (
    ("Expecting value", N_("not valid JSON: a value is missing at line {line}, column {column}")),
    (
        "Expecting ',' delimiter",
        N_("not valid JSON: a comma is missing at line {line}, column {column}"),
    ),
    (
        "Expecting ':' delimiter",
        N_("not valid JSON: a colon is missing at line {line}, column {column}"),
    ),
    (
        "Expecting property name",
        N_("not valid JSON: a name in double quotes is missing at line {line}, column {column}"),
    ),
    (
        "Unterminated string",
        N_("not valid JSON: a text not closed by a double quote at line {line}, column {column}"),
    ),
    ("Extra data", N_("not valid JSON: more text after the end at line {line}, column {column}")),
)


def read_tariff_file(path: Path) -> Tariff:
    """The tariff in `path`, or `InvalidValue` whose field starts with the file's name."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise InvalidValue(field=path.name, reason=N_("no such file")) from None
    except UnicodeDecodeError:
        raise InvalidValue(field=path.name, reason=N_("not a UTF-8 text file")) from None
    try:
        document = json.loads(text, parse_float=Decimal, parse_int=Decimal)
    except json.JSONDecodeError as error:
        reason = next((r for start, r in _JSON_PROBLEMS if error.msg.startswith(start)), _JSON)
        raise InvalidValue(
            field=path.name, reason=reason, line=error.lineno, column=error.colno
        ) from None
    except RecursionError:  # [[[[…]]]] thousands deep: no tariff is nested like that
        raise InvalidValue(field=path.name, reason=N_("nested too deeply to be a tariff")) from None
    try:
        return tariff_from_document(document)
    except InvalidValue as error:
        raise InvalidValue(
            field=f"{path.name}: {error.field}", reason=error.reason, **error.values
        ) from None


def tariff_from_document(document: object) -> Tariff:
    """The tariff in a parsed file (dicts and lists, decimals as `str` or `Decimal`)."""
    doc = _mapping("", document)
    if doc.get("format") != FORMAT:
        raise InvalidValue(field="format", reason=N_("must be {expected}"), expected=FORMAT)
    multi = "versions" in doc
    _only(doc, "", _HEAD | ({"versions"} if multi else _VERSION))
    currency = _text(doc, "", "currency").upper()
    check_currency(currency)
    try:
        period = Period(_text(doc, "", "period"))
    except ValueError:
        raise InvalidValue(field="period", reason=N_("must be month, quarter or year")) from None
    if multi:
        raw = doc["versions"]
        if not isinstance(raw, list) or not raw:
            raise InvalidValue(field="versions", reason=N_("must be a non-empty list"))
        versions = [
            _version(_mapping(f"versions[{i}]", v), f"versions[{i}].") for i, v in enumerate(raw)
        ]
    else:
        versions = [_version(doc, "")]
    check_valid_from([v.valid_from for v in versions])
    name, unit = _text(doc, "", "name"), _text(doc, "", "unit")
    translations = _translations(doc.get("translations", {}))
    tariff = Tariff(name, currency, unit, period, tuple(versions), translations)
    check_translations(tariff)
    return tariff


def _translations(value: object) -> dict[str, dict[str, str]]:
    """{"en": {"Cuota de servicio": "Service charge", "pág": "pages"}}"""
    translations: dict[str, dict[str, str]] = {}
    for language, texts in _mapping("translations", value).items():
        where = f"translations.{language}"
        check_language(where, language)
        translations[language] = {}
        for text, translated in _mapping(where, texts).items():
            if not isinstance(translated, str):
                raise InvalidValue(field=f"{where}.{text}", reason=N_("required text"))
            key = person_text(f"{where}.{text}", text)
            translations[language][key] = person_text(f"{where}.{text}", translated)
    return translations


def _version(doc: Mapping[str, Any], prefix: str) -> TariffVersion:
    if prefix:
        _only(doc, prefix.rstrip("."), _VERSION)
    valid_from = _date(doc, prefix, "valid_from")
    raw = doc.get("charges")
    if not isinstance(raw, list) or not raw:
        raise InvalidValue(field=f"{prefix}charges", reason=N_("must be a non-empty list"))
    charges: list[Charge] = []
    for i, item in enumerate(raw):
        path = f"{prefix}charges[{i}]"
        charge = _charge(_mapping(path, item), path)
        check_charge(path, charge, [c.label for c in charges])
        charges.append(charge)
    taxes = []
    for i, item in enumerate(_list(doc, prefix, "taxes")):
        path = f"{prefix}taxes[{i}]"
        tax = _tax(_mapping(path, item), path)
        check_tax(path, tax)
        taxes.append(tax)
    return TariffVersion(valid_from, tuple(charges), tuple(taxes))


def _charge(doc: Mapping[str, Any], path: str) -> Charge:
    kind = doc.get("type")
    if kind not in CHARGE_TYPES:
        raise InvalidValue(
            field=f"{path}.type",
            reason=N_("must be one of {choices}"),
            choices=", ".join(CHARGE_TYPES),
        )
    label = _text(doc, path + ".", "label")
    reader, fields = _CHARGES[str(kind)]
    _only(doc, path, {"type", "label", *fields})
    return reader(doc, path, label)


def _fixed(doc: Mapping[str, Any], path: str, label: str) -> Charge:
    return FixedCharge(label, _amount(doc, path, "amount"))


def _per_unit(doc: Mapping[str, Any], path: str, label: str) -> Charge:
    return PerUnitCharge(label, _amount(doc, path, "unit_price"))


def _tiers(doc: Mapping[str, Any], path: str) -> tuple[Tier, ...]:
    tiers = []
    for i, raw in enumerate(_list(doc, path + ".", "tiers", required=True)):
        where = f"{path}.tiers[{i}]"
        tier = _mapping(where, raw)
        _only(tier, where, {"up_to", "unit_price", "flat_fee"})
        tiers.append(
            Tier(
                _bound(tier, where),
                _amount(tier, where, "unit_price"),
                _amount(tier, where, "flat_fee", Decimal(0)),
            )
        )
    return tuple(tiers)


def _graduated(doc: Mapping[str, Any], path: str, label: str) -> Charge:
    return GraduatedCharge(label, _tiers(doc, path))


def _volume(doc: Mapping[str, Any], path: str, label: str) -> Charge:
    return VolumeCharge(label, _tiers(doc, path))


def _package(doc: Mapping[str, Any], path: str, label: str) -> Charge:
    return PackageCharge(
        label,
        _amount(doc, path, "package_size"),
        _amount(doc, path, "package_price"),
        _amount(doc, path, "free_units", Decimal(0)),
    )


def _stairstep(doc: Mapping[str, Any], path: str, label: str) -> Charge:
    steps = []
    for i, raw in enumerate(_list(doc, path + ".", "tiers", required=True)):
        where = f"{path}.tiers[{i}]"
        step = _mapping(where, raw)
        _only(step, where, {"up_to", "price"})
        steps.append(Step(_bound(step, where), _amount(step, where, "price")))
    return StairstepCharge(label, tuple(steps))


def _minimum(doc: Mapping[str, Any], path: str, label: str) -> Charge:
    return MinimumCharge(label, _amount(doc, path, "amount"))


def _percentage(doc: Mapping[str, Any], path: str, label: str) -> Charge:
    of = tuple(
        person_text(f"{path}.of[{i}]", name) if isinstance(name, str) else name
        for i, name in enumerate(_list(doc, path + ".", "of"))
    )
    return PercentageCharge(label, _amount(doc, path, "rate"), of)


_Reader = Callable[[Mapping[str, Any], str, str], Charge]
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
        raise InvalidValue(field=path or "document", reason=N_("must be an object {{…}}"))
    return value


def _only(doc: Mapping[str, Any], path: str, allowed: set[str]) -> None:
    for key in doc:
        if key not in allowed:
            where = f"{path}.{key}" if path else str(key)
            raise InvalidValue(
                field=where,
                reason=N_("unknown field (allowed: {allowed})"),
                allowed=", ".join(sorted(allowed)),
            )


def _text(doc: Mapping[str, Any], prefix: str, key: str) -> str:
    value = doc.get(key)
    if not isinstance(value, str) or not value.strip():
        raise InvalidValue(field=prefix + key, reason=N_("required text"))
    return person_text(prefix + key, value)


def _list(doc: Mapping[str, Any], prefix: str, key: str, required: bool = False) -> list[Any]:
    value = doc.get(key, None if required else [])
    if required and (not isinstance(value, list) or not value):
        raise InvalidValue(field=prefix + key, reason=N_("must be a non-empty list"))
    if not isinstance(value, list):
        raise InvalidValue(field=prefix + key, reason=N_("must be a list"))
    return value


def _date(doc: Mapping[str, Any], prefix: str, key: str) -> date:
    try:
        return date.fromisoformat(str(doc.get(key)))
    except ValueError:
        raise InvalidValue(field=prefix + key, reason=N_("a date such as 2026-01-01")) from None


def _number(value: object, where: str) -> Decimal:
    if isinstance(value, float):  # json.loads without parse_float=Decimal
        raise InvalidValue(field=where, reason=N_('write decimals as strings, e.g. "0.90"'))
    try:
        return to_decimal(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        raise InvalidValue(field=where, reason=N_("not a number: {value}"), value=value) from None


def _amount(doc: Mapping[str, Any], path: str, key: str, default: Decimal | None = None) -> Decimal:
    where = f"{path}.{key}" if path else key
    if key not in doc and default is not None:
        return default
    if key not in doc:
        raise InvalidValue(field=where, reason=N_("required"))
    return _number(doc[key], where)


def _bound(doc: Mapping[str, Any], path: str) -> Decimal | None:
    if "up_to" not in doc:
        raise InvalidValue(field=f"{path}.up_to", reason=N_("required (null for the last tier)"))
    if doc["up_to"] is None:
        return None
    return _number(doc["up_to"], f"{path}.up_to")
