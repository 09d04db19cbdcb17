"""Reading and writing tariff files: every mistake is named by its place in the file (the
domain's rules and the file's own); files round-trip."""

import copy
import json
from decimal import Decimal
from pathlib import Path

import pytest

from usagebill_desktop.domain.errors import InvalidValue
from usagebill_desktop.exporters.tariff_file import tariff_to_document
from usagebill_desktop.importers.tariff_file import tariff_from_document

EXAMPLES = Path(__file__).resolve().parents[2] / "docs" / "examples"
WATER = json.loads((EXAMPLES / "water.json").read_text())


def broken(change) -> str:
    document = copy.deepcopy(WATER)
    change(document)
    with pytest.raises(InvalidValue) as caught:
        tariff_from_document(document)
    return str(caught.value)


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (
            lambda d: d["charges"][1]["tiers"][1].update(up_to="5"),
            "charges[1].tiers[1]: up_to 5 is not above the previous 10",
        ),
        (
            lambda d: d["charges"][1]["tiers"][2].update(up_to="30"),
            "charges[1].tiers[2]: the last tier must have up_to null",
        ),
        (
            lambda d: d["charges"][1]["tiers"][0].update(up_to=None),
            "charges[1].tiers[0]: only the last tier may have no up_to",
        ),
        (lambda d: d["charges"][0].update(amount="6,50"), "charges[0].amount: not a number: 6,50"),
        (lambda d: d["charges"][0].update(amount="-1"), "charges[0].amount: must not be negative"),
        (
            lambda d: d["charges"][0].update(type="flat"),
            "charges[0].type: must be one of fixed, "
            "per_unit, graduated, volume, package, stairstep, minimum, percentage",
        ),
        (
            lambda d: d["charges"][0].update(amuont="1"),
            "charges[0].amuont: unknown field (allowed: amount, label, type)",
        ),
        (
            lambda d: d["charges"][1].update(label="Service charge"),
            "charges[1].label: Service charge is used by an earlier charge",
        ),
        (lambda d: d.update(period="week"), "period: must be month, quarter or year"),
        (lambda d: d.update(valid_from="2026-13-01"), "valid_from: a date such as 2026-01-01"),
        (lambda d: d.update(format="tariff/2"), "format: must be usagebill.tariff/1"),
        (lambda d: d["taxes"][0].pop("rate"), "taxes[0].rate: required"),
        (
            lambda d: d["charges"].append(
                {"type": "percentage", "label": "Tax", "rate": "5", "of": ["Sewage"]}
            ),
            "charges[2].of[0]: Sewage is not an earlier charge",
        ),
        (
            lambda d: d.update(translations={"es": {"Sewage": "Alcantarillado"}}),
            "translations.es.Sewage: not the name, unit or a charge label of this tariff",
        ),
        (
            lambda d: d.update(translations={"ES": {"Water": "Agua"}}),
            "translations.ES: a two-letter language code such as en",
        ),
        (
            lambda d: d.update(translations={"es": {"Water": " "}}),
            "translations.es.Water: required text",
        ),
        (
            lambda d: d.update(translations={"bogus": "1"}),
            "translations.bogus: a two-letter language code such as en",
        ),
        (lambda d: d.update(currency="EURO"), "currency: a three-letter ISO code such as EUR"),
        (
            lambda d: d["charges"].insert(0, {"type": "minimum", "label": "Min", "amount": "5"}),
            "charges[0]: a minimum must follow the charges it tops up",
        ),
        (
            lambda d: d["charges"].insert(0, {"type": "percentage", "label": "P", "rate": "5"}),
            "charges[0]: a percentage must follow the charges it is of",
        ),
        (
            lambda d: d["charges"].append(
                {"type": "package", "label": "P", "package_size": "0", "package_price": "5"}
            ),
            "charges[2].package_size: must be greater than zero",
        ),
        (
            lambda d: d["charges"][1]["tiers"][0].update(up_to="10.12345"),
            "charges[1].tiers[0].up_to: at most 4 decimals",
        ),
        (
            lambda d: d["charges"][1]["tiers"][0].update(flat_fee="-1"),
            "charges[1].tiers[0].flat_fee: must not be negative",
        ),
        (
            lambda d: d["charges"].append(
                {"type": "stairstep", "label": "S", "tiers": [{"up_to": None, "price": "-1"}]}
            ),
            "charges[2].tiers[0].price: must not be negative",
        ),
        (lambda d: d["taxes"][0].update(rate="-21"), "taxes[0].rate: must not be negative"),
    ],
)
def test_a_mistake_is_named_by_its_place_in_the_file(change, message):
    assert broken(change) == message


def test_floats_from_a_careless_json_reader_are_refused():
    document = copy.deepcopy(WATER)
    document["charges"][0]["amount"] = 6.5
    with pytest.raises(InvalidValue, match="write decimals as strings"):
        tariff_from_document(document)


@pytest.mark.parametrize("name", ["water", "water-2027", "coworking", "printing", "electricity"])
def test_every_example_file_round_trips_exactly(name):
    text = (EXAMPLES / f"{name}.json").read_text()
    document = json.loads(text, parse_float=Decimal)
    assert tariff_to_document(tariff_from_document(document)) == json.loads(text)


def test_a_translated_label_is_read_in_its_language_and_the_rest_as_written():
    document = {
        **WATER,
        "translations": {
            "es": {
                "Service charge": "Cuota de servicio",
                "m³": "m³",
                "Water – domestic 2026": "Agua",
            }
        },
    }
    tariff = tariff_from_document(document)
    assert tariff.in_language("es", "Service charge") == "Cuota de servicio"
    assert tariff.in_language("es", "Water") == "Water"  # not translated: as written
    assert tariff.in_language("en", "Service charge") == "Service charge"
    assert tariff_to_document(tariff) == document
