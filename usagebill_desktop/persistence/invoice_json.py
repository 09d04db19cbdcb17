"""Meter blocks and rated lines as JSON columns, losing nothing: decimals stay exact,
dates stay dates, so an issued invoice can be explained again in any language."""

import json
from datetime import date
from decimal import Decimal
from typing import Any

from ..domain.consumption import Check, Consumption, Finding, Read, Segment
from ..domain.invoices import MeterBlock
from ..domain.periods import FactorPart, Period, Proration, Span
from ..domain.rating import RatedLine
from ..domain.readings import ReadType


def _encode(value: Any) -> Any:
    """What JSON has no type for (json.dumps walks lists and dicts itself, in C)."""
    if isinstance(value, Decimal):
        return {"d": str(value)}
    if isinstance(value, date):
        return {"date": value.isoformat()}
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
    # The same blocks and prorations come back on thousands of lines of a billing run:
    # their JSON is remembered, keyed by the details as written (10 and 10.0 differ,
    # and so do 1 and True).
    try:
        written = tuple((k, type(v), str(v) if isinstance(v, Decimal) else v)
                        for k, v in line.details.items())  # fmt: skip
        key = (written, line.proration, line.version_from)
        found = _LINE_DETAILS.get(key)
    except TypeError:  # a value that cannot be a key (a list): encoded every time
        return _encode_line(line.details, line.proration, line.version_from)
    if found is None:
        found = _encode_line(line.details, line.proration, line.version_from)
        if len(_LINE_DETAILS) >= _REMEMBERED:
            _LINE_DETAILS.clear()
        _LINE_DETAILS[key] = found
    return found


_REMEMBERED = 4096
_LINE_DETAILS: dict[Any, str] = {}


def _encode_line(details: dict[str, Any], proration: Proration | None,
                 version_from: date | None) -> str:  # fmt: skip
    parts = None if proration is None else [
        (p.period_start, p.days, p.days_in_period) for p in proration.parts
    ]  # fmt: skip
    return dumps({"details": details, "proration": parts, "version_from": version_from})


def rated_line(charge: str, label: str, kind: str, quantity: Decimal | None,
               unit_price: Decimal | None, amount: Decimal, detail: str) -> RatedLine:  # fmt: skip
    data = loads(detail)
    proration = data["proration"]
    parts = None if proration is None else Proration(tuple(FactorPart(*p) for p in proration))
    return RatedLine(charge, label, kind, quantity, unit_price, amount, dict(data["details"]),
                     parts, data["version_from"])  # fmt: skip


def block_detail(block: MeterBlock) -> str:
    used = block.consumption
    return dumps({
        "span": (used.span.first, used.span.last),
        "tariff_period": block.tariff_period.value,
        "segments": [
            {"meter": s.meter_serial, "start": _read(s.start), "end": _read(s.end),
             "multiplier": s.multiplier, "difference": s.difference, "rolled_over": s.rolled_over}
            for s in used.segments
        ],
        "findings": [{"check": f.check.value, "meter": f.meter_serial, "values": f.values}
                     for f in used.findings],
        "said": [block.said_tariff, block.said_unit],
    })  # fmt: skip


def meter_block(serial: str, unit: str, tariff: str, quantity: Decimal, detail: str) -> MeterBlock:
    data = loads(detail)
    segments = tuple(
        Segment(s["meter"], _unread(s["start"]), _unread(s["end"]), s["multiplier"],
                s["difference"], s["rolled_over"])
        for s in data["segments"]
    )  # fmt: skip
    findings = tuple(Finding(Check(f["check"]), f["meter"], dict(f["values"]))
                     for f in data["findings"])  # fmt: skip
    span = Span(*data["span"])
    used = Consumption(serial, span, quantity, segments, findings)
    said_tariff, said_unit = data.get("said", ("", ""))  # blocks billed before 0009 have none
    return MeterBlock(used, unit, tariff, Period(data["tariff_period"]), said_tariff, said_unit)


def _read(read: Read) -> dict[str, Any]:
    return {"on": read.on, "value": read.value, "type": read.type.value}


def _unread(data: dict[str, Any]) -> Read:
    return Read(data["on"], data["value"], ReadType(data["type"]))
