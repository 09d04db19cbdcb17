"""A tariff's rules hold however it is built: in code as when read from a file."""

from decimal import Decimal

import pytest

from usagebill_desktop.domain.errors import InvalidValue
from usagebill_desktop.domain.tariffs import (
    FixedCharge,
    GraduatedCharge,
    PercentageCharge,
    PerUnitCharge,
)

from .tariff_builder import tariff, tiers, version

D = Decimal


def refused(build) -> str:
    with pytest.raises(InvalidValue) as caught:
        build()
    return str(caught.value)


def test_a_percentage_must_follow_the_charges_it_is_of():
    levy = PercentageCharge("Levy", D(5), of=("Water",))
    water = PerUnitCharge("Water", D("0.90"))
    assert (
        refused(lambda: tariff(levy, water)) == "charges[0].of[0]: Water is not an earlier charge"
    )
    assert tariff(water, levy).versions[0].charges == (water, levy)


def test_tier_bounds_rise_and_only_the_last_is_open():
    falling = GraduatedCharge("Water", tiers(("25", "0.50"), ("10", "0.90"), (None, "1.60")))
    assert refused(lambda: tariff(falling)) == (
        "charges[0].tiers[1]: up_to 10 is not above the previous 25"
    )


def test_versions_are_in_date_order_one_a_day():
    first = version("2026-01-01", FixedCharge("Service", D("6.50")))
    later = version("2026-07-01", FixedCharge("Service", D("7.00")))
    assert refused(lambda: tariff(versions=[later, first])) == (
        "versions: valid_from dates must rise, each once"
    )
    assert tariff(versions=[first, later]).version_on(later.valid_from) == later


def test_only_the_name_unit_and_labels_are_translated():
    service = FixedCharge("Service", D("6.50"))
    assert refused(lambda: tariff(service, translations={"es": {"Sewage": "Saneamiento"}})) == (
        "translations.es.Sewage: not the name, unit or a charge label of this tariff"
    )
    spanish = tariff(service, translations={"es": {"Service": "Cuota de servicio"}})
    assert spanish.in_language("es", "Service") == "Cuota de servicio"
    assert spanish.in_language("en", "Service") == "Service"
