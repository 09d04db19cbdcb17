"""Rated lines kept as JSON: what is read back is what was rated, to the last digit, and
explains in the same words."""

from datetime import date
from decimal import Decimal

import pytest

from usagebill_desktop.domain.invoices import CustomerSnapshot, Invoice, partial_credit
from usagebill_desktop.domain.line_details import BY_KIND, Block, TierDetails
from usagebill_desktop.domain.periods import Period, Span, prorate
from usagebill_desktop.domain.rating import RatedLine, in_language, rate
from usagebill_desktop.exporters.explanations import Wording, explain
from usagebill_desktop.importers.tariff_file import tariff_from_document
from usagebill_desktop.persistence.invoice_json import line_detail, rated_line

D = Decimal
TODAY = date(2026, 6, 1)
TARIFF = tariff_from_document(
    {
        "format": "usagebill.tariff/1",
        "name": "T",
        "currency": "EUR",
        "unit": "m³",
        "period": "month",
        "translations": {"en": {"Agua": "Water"}},
        "versions": [
            {
                "valid_from": "2026-01-01",
                "charges": [
                    {"type": "fixed", "label": "Cuota", "amount": "6.50"},
                    {"type": "per_unit", "label": "Canon", "unit_price": "0.0123"},
                    {
                        "type": "graduated",
                        "label": "Agua",
                        "tiers": [
                            {"up_to": "10", "unit_price": "0"},
                            {"up_to": "25", "unit_price": "0.90", "flat_fee": "1.20"},
                            {"up_to": None, "unit_price": "1.60"},
                        ],
                    },
                    {
                        "type": "volume",
                        "label": "Volumen",
                        "tiers": [
                            {"up_to": "100", "unit_price": "0.1450", "flat_fee": "2.00"},
                            {"up_to": None, "unit_price": "0.1300"},
                        ],
                    },
                    {
                        "type": "stairstep",
                        "label": "Alquiler",
                        "tiers": [
                            {"up_to": "50", "price": "1.00"},
                            {"up_to": None, "price": "4.00"},
                        ],
                    },
                    {
                        "type": "package",
                        "label": "Impresión",
                        "package_size": "100",
                        "package_price": "5.00",
                        "free_units": "50",
                    },
                    {
                        "type": "percentage",
                        "label": "Impuesto",
                        "rate": "5.11269632",
                        "of": ["Cuota", "Agua"],
                    },
                    {"type": "minimum", "label": "Mínimo", "amount": "500.00"},
                ],
                "taxes": [{"name": "IVA", "rate": "10"}],
            },
            {
                "valid_from": "2026-02-15",
                "charges": [{"type": "fixed", "label": "Cuota", "amount": "6.80"}],
                "taxes": [],
            },
        ],
    }
)


def _rated(quantity: str, first: date, last: date) -> list[RatedLine]:
    bill = rate(TARIFF, D(quantity), Span(first, last), today=TODAY)
    return list(in_language(bill, TARIFF, "en").lines)


# Whole months, part of one, and a span across the price change of 15 February.
LINES = (
    _rated("40", date(2026, 1, 1), date(2026, 1, 31))
    + _rated("12", date(2026, 1, 10), date(2026, 1, 31))
    + _rated("7", date(2026, 2, 1), date(2026, 2, 28))
)
CUSTOMER = CustomerSnapshot("1", "Ana")
CREDIT = (
    partial_credit(
        Invoice(CUSTOMER, Span(TODAY, TODAY), "EUR", (), (), (), D(20), D(20)),
        D("10.00"),
        "Descuento",
    )
    .lines[0]
    .rated
)


def _back(line: RatedLine) -> RatedLine:
    return rated_line(
        line.charge,
        line.label,
        line.kind,
        line.quantity,
        line.unit_price,
        line.amount,
        line_detail(line),
    )


def test_the_lines_rated_here_cover_every_kind():
    assert {line.kind for line in [*LINES, CREDIT]} == set(BY_KIND)


@pytest.mark.parametrize("line", [*LINES, CREDIT], ids=lambda line: line.kind)
def test_every_kind_of_line_reads_back_equal_and_explains_the_same(line: RatedLine):
    back = _back(line)
    assert back == line
    for language in ("es", "en"):
        wording = Wording(language, "EUR", "m³", Period.MONTH)
        assert explain(back, wording) == explain(line, wording)


def test_a_label_worded_for_the_customer_keeps_the_tariffs_own():
    [water, *_] = [line for line in LINES if line.kind == "tier"]
    assert (water.label, water.written_label) == ("Water", "Agua")
    assert _back(water).written_label == "Agua"


def _tier(lower: Decimal) -> RatedLine:
    proration = prorate(Span(date(2026, 10, 2), date(2026, 10, 31)), Period.MONTH)
    details = TierDetails(Block(lower, None, 1, D(0), None), False)
    return RatedLine("graduated", "Agua", D("3"), D("0.9"), D("2.70"), details, proration)


def test_remembered_details_keep_how_each_value_was_written():
    lines = [_tier(D("10")), _tier(D("10.0")), _tier(D("10")), _tier(D("10.00"))]
    for line in lines:
        back = _back(line)
        assert back == line and str(back.details.block.lower) == str(line.details.block.lower)
    assert len({line_detail(line) for line in lines}) == 3  # 10, 10.0 and 10.00 apart


def test_a_line_across_a_price_change_keeps_its_date():
    split = [line for line in LINES if line.version_from is not None]
    assert split and all(_back(line).version_from == line.version_from for line in split)
