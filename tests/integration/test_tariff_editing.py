"""Tariffs made and given new prices outside a file (the window's editor): checked by the
domain's rules, stored as versions, audited, and written as a file the import reads back."""

from dataclasses import replace
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from usagebill_desktop.domain.errors import AlreadyExists, InvalidValue
from usagebill_desktop.domain.periods import Period
from usagebill_desktop.domain.tariffs import (
    FixedCharge,
    PerUnitCharge,
    Tariff,
    TariffVersion,
    Tax,
    Tier,
    VolumeCharge,
)
from usagebill_desktop.importers.tariff_file import read_tariff_file
from usagebill_desktop.services.tariffs import (
    add_tariff_version,
    create_tariff,
    export_tariff,
    get_tariff,
    quote_curve,
)

JAN = date(2026, 1, 1)
VOLUME = VolumeCharge(
    "Agua",
    (
        Tier(Decimal(10), Decimal(1)),
        Tier(Decimal(20), Decimal("0.80")),
        Tier(None, Decimal("0.60")),
    ),
)
RURAL = Tariff(
    "Agua rural",
    "EUR",
    "m³",
    Period.MONTH,
    (
        TariffVersion(
            JAN, (FixedCharge("Cuota fija", Decimal(5)), VOLUME), (Tax("IVA", Decimal(10)),)
        ),
    ),
    {"en": {"Agua": "Water"}},
)


def _audited(workspace, action):
    with workspace.open_uow() as uow:
        return [(e.actor, e.subject) for e in uow.audit.entries() if e.action == action]


def test_a_new_tariff_is_stored_as_made_and_audited(workspace):
    create_tariff(workspace.open_uow, tariff=RURAL, actor="ana")
    assert get_tariff(workspace.open_uow, name="Agua rural") == RURAL
    assert _audited(workspace, "create tariff") == [("ana", "Agua rural")]
    with pytest.raises(AlreadyExists):
        create_tariff(workspace.open_uow, tariff=RURAL)


def test_a_tariff_the_rules_refuse_is_not_stored_and_the_field_is_named(workspace):
    overlapping = replace(
        VOLUME, tiers=(Tier(Decimal(10), Decimal(1)), Tier(Decimal(5), Decimal(1)), VOLUME.tiers[2])
    )
    bad = replace(RURAL, versions=(TariffVersion(JAN, (overlapping,)),))
    with pytest.raises(InvalidValue) as refused:
        create_tariff(workspace.open_uow, tariff=bad)
    assert refused.value.field == "charges[0].tiers[1]"
    negative = replace(RURAL, versions=(TariffVersion(JAN, (FixedCharge("Cuota", Decimal(-1)),)),))
    with pytest.raises(InvalidValue) as refused:
        create_tariff(workspace.open_uow, tariff=negative)
    assert refused.value.field == "charges[0].amount"
    with workspace.open_uow() as uow:
        assert uow.tariffs.get("Agua rural") is None


def test_new_prices_are_a_version_added_and_the_billed_one_stays(workspace):
    create_tariff(workspace.open_uow, tariff=RURAL)
    dearer = TariffVersion(date(2027, 1, 1), (PerUnitCharge("Agua", Decimal("1.10")),))
    changed = add_tariff_version(
        workspace.open_uow,
        name="Agua rural",
        version=dearer,
        translations={"en": {"Agua": "Water used"}},
        actor="ana",
    )
    stored = get_tariff(workspace.open_uow, name="Agua rural")
    assert stored == changed
    assert stored.versions == (RURAL.versions[0], dearer)
    assert stored.translations == {"en": {"Agua": "Water used"}}
    assert _audited(workspace, "add tariff version") == [("ana", "Agua rural 2027-01-01")]


def test_a_version_on_a_stored_date_or_breaking_a_rule_is_refused(workspace):
    create_tariff(workspace.open_uow, tariff=RURAL)
    with pytest.raises(InvalidValue) as refused:
        add_tariff_version(
            workspace.open_uow, name="Agua rural", version=replace(RURAL.versions[0], taxes=())
        )
    assert refused.value.field == "valid_from"
    broken = TariffVersion(date(2027, 1, 1), (PerUnitCharge("Agua", Decimal(-1)),))
    with pytest.raises(InvalidValue):
        add_tariff_version(workspace.open_uow, name="Agua rural", version=broken)
    assert get_tariff(workspace.open_uow, name="Agua rural") == RURAL
    assert _audited(workspace, "add tariff version") == []


def test_an_exported_tariff_file_imports_back_equal(workspace, tmp_path: Path):
    create_tariff(workspace.open_uow, tariff=RURAL)
    add_tariff_version(
        workspace.open_uow,
        name="Agua rural",
        version=TariffVersion(date(2027, 1, 1), (PerUnitCharge("Agua", Decimal("1.10")),)),
    )
    path = tmp_path / "rural.json"
    export_tariff(workspace.open_uow, name="Agua rural", path=path)
    assert read_tariff_file(path) == get_tariff(workspace.open_uow, name="Agua rural")


def test_the_curve_shows_a_volume_cliff_with_the_quotes_totals():
    points = dict(quote_curve(RURAL, today=JAN))
    assert points[Decimal(20)] == Decimal("23.10")  # (5 + 20 × 0.80) + 10 %
    assert points[Decimal("20.01")] == Decimal("18.71")  # (5 + 12.01) + 1.70
    assert max(points) == Decimal(30)  # half again the highest bound
