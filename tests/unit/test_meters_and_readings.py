from datetime import date
from decimal import Decimal

import pytest

from usagebill_desktop.domain.errors import InvalidValue
from usagebill_desktop.domain.meters import MeterKind, make_meter
from usagebill_desktop.domain.readings import ReadType, make_reading

INSTALLED = date(2025, 1, 10)


def water_meter(**changes):
    values = {
        "serial": "WM1",
        "customer_account": "000001",
        "kind": "cumulative",
        "unit": "m³",
        "install_date": INSTALLED,
        "digits": 5,
        **changes,
    }
    return make_meter(**values)


def test_a_five_digit_register_wraps_at_one_hundred_thousand():
    assert water_meter().register_limit == Decimal(100_000)
    assert water_meter().kind is MeterKind.CUMULATIVE


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"install_read": Decimal(100_000)}, "install_read"),
        ({"multiplier": Decimal(0)}, "multiplier"),
        ({"multiplier": Decimal("1.00001")}, "multiplier"),
        ({"kind": "smart"}, "kind"),
        ({"digits": 13}, "digits"),
        ({"kind": "interval"}, "digits"),  # interval meters have no register
        ({"unit": " "}, "unit"),
    ],
)
def test_a_meter_that_cannot_exist_is_refused_naming_the_field(changes, field):
    with pytest.raises(InvalidValue) as caught:
        water_meter(**changes)
    assert caught.value.field == field


def test_a_reading_past_the_register_or_before_installation_is_refused():
    meter = water_meter()
    with pytest.raises(InvalidValue, match="does not fit in 5 digits"):
        make_reading(meter, read_on=date(2025, 2, 1), value=Decimal(100_000))
    with pytest.raises(InvalidValue, match="before the meter was installed"):
        make_reading(meter, read_on=date(2025, 1, 1), value=Decimal(5))


@pytest.mark.parametrize(
    ("text", "expected"),
    [("E", ReadType.ESTIMATED), ("actual", ReadType.ACTUAL), (" c ", ReadType.CUSTOMER)],
)
def test_read_types_are_understood_by_name_or_letter(text, expected):
    assert ReadType.parse(text) is expected
    assert expected.letter == expected.value[0].upper()
