"""Rated lines kept as JSON: what is read back is what was rated, to the last digit."""

from datetime import date
from decimal import Decimal

from usagebill_desktop.domain.periods import Period, Span, prorate
from usagebill_desktop.domain.rating import RatedLine
from usagebill_desktop.persistence.invoice_json import line_detail, rated_line


def _line(**details) -> RatedLine:
    proration = prorate(Span(date(2026, 10, 2), date(2026, 10, 31)), Period.MONTH)
    return RatedLine("graduated", "Agua", "tier", Decimal("3"), Decimal("0.9"), Decimal("2.70"),
                     details, proration)  # fmt: skip


def _back(line: RatedLine) -> RatedLine:
    return rated_line(line.charge, line.label, line.kind, line.quantity, line.unit_price,
                      line.amount, line_detail(line))  # fmt: skip


def test_remembered_details_keep_how_each_value_was_written():
    lines = [_line(lower=Decimal("10")), _line(lower=Decimal("10.0")), _line(flag=True),
             _line(flag=1), _line(lower=Decimal("10"))]  # fmt: skip
    for line in lines:
        back = _back(line)
        assert back.details == line.details and back.proration == line.proration
        assert [(k, type(v), str(v)) for k, v in back.details.items()] == [
            (k, type(v), str(v)) for k, v in line.details.items()
        ]


def test_details_that_cannot_be_remembered_are_still_stored():
    line = _line(of=["fixed", "graduated"])
    assert _back(line).details == {"of": ("fixed", "graduated")}  # lists come back as tuples
