"""Meter blocks and rated lines as JSON columns, losing nothing: decimals stay exact,
dates stay dates, so an issued invoice can be explained again in any language."""

import json
from dataclasses import fields
from datetime import date
from decimal import Decimal
from typing import Any

from ..domain.consumption import Check, Consumption, Finding, Read, Segment
from ..domain.invoices import MeterBlock
from ..domain.line_details import BY_KIND, Block, LineDetails
from ..domain.periods import FactorPart, Period, Proration, Span
from ..domain.rating import RatedLine
from ..domain.readings import ReadType

# A line's details are stored as their fields, in order; a block as an object inside.
_FIELDS: dict[type, tuple[str, ...]] = {
    cls: tuple(f.name for f in fields(cls)) for cls in (Block, *BY_KIND.values())
}
_BLOCKS: dict[type, tuple[str, ...]] = {
    cls: tuple(f.name for f in fields(cls) if f.type is Block) for cls in BY_KIND.values()
}


def _encode(value: Any) -> Any:
    """What JSON has no type for (json.dumps walks lists and dicts itself, in C)."""
    if isinstance(value, Decimal):
        return {"d": str(value)}
    if isinstance(value, date):
        return {"date": value.isoformat()}
    names = _FIELDS.get(type(value))
    if names is not None:
        return {name: getattr(value, name) for name in names}
    raise TypeError(f"not stored as JSON: {type(value).__name__}")


def _decode(value: Any) -> Any:
    if isinstance(value, dict) and value.keys() == {"d"}:
        return Decimal(value["d"])
    if isinstance(value, dict) and value.keys() == {"date"}:
        return date.fromisoformat(value["date"])
    if isinstance(value, list):
        return tuple(_decode(v) for v in value)
    if isinstance(value, dict):
        return {k: _decode(v) for k, v in value.items()}
    return value


def dumps(value: Any) -> str:
    return json.dumps(value, default=_encode, ensure_ascii=False, separators=(",", ":"))


def loads(text: str) -> Any:
    return _decode(json.loads(text))


def line_detail(line: RatedLine) -> str:
    """A line's details, proration, version and label as written; its kind is stored
    beside them (the `kind` column) and says which details they are."""
    # The same blocks and prorations come back on thousands of lines of a billing run:
    # their JSON is remembered, keyed by the details as written (10 and 10.0 differ).
    key = (_written(line.details), line.proration, line.version_from, line.as_written)
    found = _LINE_DETAILS.get(key)
    if found is None:
        found = _encode_line(line)
        if len(_LINE_DETAILS) >= _REMEMBERED:
            _LINE_DETAILS.clear()
        _LINE_DETAILS[key] = found
    return found


_REMEMBERED = 4096
_LINE_DETAILS: dict[Any, str] = {}


def _written(value: Any) -> Any:
    """A value as it will be written: equal decimals may be written apart (10, 10.0)."""
    if isinstance(value, Decimal):
        return str(value)
    names = _FIELDS.get(type(value))
    if names is None:
        return value
    return (type(value), *(_written(getattr(value, name)) for name in names))


def _encode_line(line: RatedLine) -> str:
    proration = line.proration
    parts = (
        None
        if proration is None
        else [(p.period_start, p.days, p.days_in_period) for p in proration.parts]
    )
    return dumps(
        {
            "details": line.details,
            "proration": parts,
            "version_from": line.version_from,
            "as_written": line.as_written,
        }
    )


def rated_line(
    charge: str,
    label: str,
    kind: str,
    quantity: Decimal | None,
    unit_price: Decimal | None,
    amount: Decimal,
    detail: str,
) -> RatedLine:
    data = loads(detail)
    proration = data["proration"]
    parts = None if proration is None else Proration(tuple(FactorPart(*p) for p in proration))
    return RatedLine(
        charge,
        label,
        quantity,
        unit_price,
        amount,
        _details(kind, data["details"]),
        parts,
        data["version_from"],
        data["as_written"],
    )


def _details(kind: str, values: dict[str, Any]) -> LineDetails:
    cls = BY_KIND[kind]
    for name in _BLOCKS[cls]:
        values[name] = Block(**values[name])
    return cls(**values)


def block_detail(block: MeterBlock) -> str:
    used = block.consumption
    return dumps(
        {
            "span": (used.span.first, used.span.last),
            "tariff_period": block.tariff_period.value,
            "segments": [
                {
                    "meter": s.meter_serial,
                    "start": _read(s.start),
                    "end": _read(s.end),
                    "multiplier": s.multiplier,
                    "difference": s.difference,
                    "rolled_over": s.rolled_over,
                }
                for s in used.segments
            ],
            "findings": [
                {"check": f.check.value, "meter": f.meter_serial, "values": f.values}
                for f in used.findings
            ],
            "said": [block.said_tariff, block.said_unit],
        }
    )


def meter_block(serial: str, unit: str, tariff: str, quantity: Decimal, detail: str) -> MeterBlock:
    data = loads(detail)
    segments = tuple(
        Segment(
            s["meter"],
            _unread(s["start"]),
            _unread(s["end"]),
            s["multiplier"],
            s["difference"],
            s["rolled_over"],
        )
        for s in data["segments"]
    )
    findings = tuple(
        Finding(Check(f["check"]), f["meter"], dict(f["values"])) for f in data["findings"]
    )
    span = Span(*data["span"])
    used = Consumption(serial, span, quantity, segments, findings)
    said_tariff, said_unit = data.get("said", ("", ""))  # blocks billed before 0009 have none
    return MeterBlock(used, unit, tariff, Period(data["tariff_period"]), said_tariff, said_unit)


def _read(read: Read) -> dict[str, Any]:
    return {"on": read.on, "value": read.value, "type": read.type.value}


def _unread(data: dict[str, Any]) -> Read:
    return Read(data["on"], data["value"], ReadType(data["type"]))
