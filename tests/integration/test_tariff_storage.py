"""Tariffs stored before migration 0010 (charges as tariff-file fragments) come through
the upgrade the same: equal tariffs, the same quotes, the same exported files."""

import json
import sqlite3
from datetime import date
from decimal import Decimal
from pathlib import Path

from alembic import command

from usagebill_desktop.bootstrap import database_url, open_workspace
from usagebill_desktop.domain.money import trim
from usagebill_desktop.domain.tariffs import Tariff
from usagebill_desktop.exporters.tariff_file import tariff_json
from usagebill_desktop.importers.demo_files import read_demo_tariffs
from usagebill_desktop.importers.tariff_file import read_tariff_file, tariff_from_document
from usagebill_desktop.persistence.database import make_engine, writer
from usagebill_desktop.persistence.migrations_runner import alembic_config, upgrade_database
from usagebill_desktop.services.tariffs import get_tariff, import_tariff, quote

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "docs" / "examples"
TODAY = date(2026, 6, 1)

# The charge types and optional fields the examples do not show.
EVERY_KIND = {
    "format": "usagebill.tariff/1",
    "name": "Every kind",
    "currency": "EUR",
    "unit": "kWh",
    "period": "quarter",
    "translations": {"en": {"Every kind": "All kinds"}, "es": {"Steps": "Escalones"}},
    "versions": [
        {
            "valid_from": "2026-01-01",
            "charges": [
                {
                    "type": "volume",
                    "label": "Volume",
                    "tiers": [
                        {"up_to": "100.5", "unit_price": "0.1450", "flat_fee": "2.00"},
                        {"up_to": None, "unit_price": "0.12"},
                    ],
                },
                {
                    "type": "stairstep",
                    "label": "Steps",
                    "tiers": [{"up_to": "10", "price": "5.00"}, {"up_to": None, "price": "20.00"}],
                },
                {"type": "package", "label": "Packs", "package_size": "50", "package_price": "3"},
                {"type": "minimum", "label": "Minimum", "amount": "40.00"},
                {"type": "percentage", "label": "Levy", "rate": "5.11269632"},
            ],
            "taxes": [{"name": "IVA", "rate": "21"}, {"name": "Local", "rate": "0.50"}],
        },
        {
            "valid_from": "2026-07-01",
            "charges": [
                {
                    "type": "graduated",
                    "label": "Blocks",
                    "tiers": [
                        {"up_to": "10", "unit_price": "0", "flat_fee": "0.00"},
                        {"up_to": None, "unit_price": "1.60"},
                    ],
                },
                {"type": "percentage", "label": "Levy", "rate": "2", "of": ["Blocks"]},
            ],
        },
    ],
}


def _tariffs(tmp_path: Path) -> list[Tariff]:
    every_kind = tmp_path / "every-kind.json"
    every_kind.write_text(json.dumps(EVERY_KIND, ensure_ascii=False), encoding="utf-8")
    examples = [EXAMPLES / f"{name}.json" for name in ("water", "electricity", "printing")]
    return [*read_demo_tariffs(), *map(read_tariff_file, [*examples, every_kind])]


def _store_at_0009(path: Path, tariffs: list[Tariff]) -> list[tuple[int, str]]:
    """The tariffs written as the code before 0010 wrote them, each charge as its fragment
    of the tariff file; returns the charge rows."""
    engine = make_engine(f"sqlite:///{path}")
    upgrade_database(engine, target="0009")
    engine.dispose()
    with sqlite3.connect(path) as db:
        for tariff_id, tariff in enumerate(tariffs, start=1):
            document = json.loads(tariff_json(tariff))
            translations = json.dumps(tariff.translations, ensure_ascii=False, sort_keys=True)
            db.execute(
                "INSERT INTO tariffs VALUES (?, ?, ?, ?, ?, '2026-01-02 00:00:00', ?)",
                (
                    tariff_id,
                    tariff.name,
                    tariff.currency,
                    tariff.unit,
                    tariff.period.value,
                    translations,
                ),
            )
            for version in document.get("versions", [document]):
                version_id = db.execute(
                    "INSERT INTO tariff_versions (tariff_id, valid_from) VALUES (?, ?)",
                    (tariff_id, version["valid_from"]),
                ).lastrowid
                for n, charge in enumerate(version["charges"]):
                    db.execute(
                        "INSERT INTO tariff_charges (version_id, position, type, label,"
                        " spec) VALUES (?, ?, ?, ?, ?)",
                        (
                            version_id,
                            n,
                            charge["type"],
                            charge["label"],
                            json.dumps(charge, ensure_ascii=False),
                        ),
                    )
                for n, tax in enumerate(version.get("taxes", [])):
                    db.execute(
                        "INSERT INTO tariff_taxes (version_id, position, name, rate)"
                        " VALUES (?, ?, ?, ?)",
                        (version_id, n, tax["name"], int(Decimal(tax["rate"]).scaleb(8))),
                    )
        return db.execute("SELECT id, spec FROM tariff_charges ORDER BY id").fetchall()


def _loaded_as_before_0010(path: Path) -> list[Tariff]:
    """What the code before 0010 loaded: the stored rows made into a tariff file again."""
    with sqlite3.connect(path) as db:
        heads = db.execute("SELECT id, name, currency, unit, period, translations FROM tariffs")
        found = []
        for tariff_id, name, currency, unit, period, translations in heads.fetchall():
            versions = []
            for version_id, valid_from in db.execute(
                "SELECT id, valid_from FROM tariff_versions WHERE tariff_id = ?"
                " ORDER BY valid_from",
                (tariff_id,),
            ).fetchall():
                charges = db.execute(
                    "SELECT spec FROM tariff_charges WHERE version_id = ? ORDER BY position",
                    (version_id,),
                )
                taxes = db.execute(
                    "SELECT name, rate FROM tariff_taxes WHERE version_id = ? ORDER BY position",
                    (version_id,),
                )
                versions.append(
                    {
                        "valid_from": valid_from,
                        "charges": [json.loads(spec) for (spec,) in charges],
                        "taxes": [
                            {"name": tax, "rate": trim(Decimal(rate).scaleb(-8))}
                            for tax, rate in taxes
                        ],
                    }
                )
            found.append(
                tariff_from_document(
                    {
                        "format": "usagebill.tariff/1",
                        "name": name,
                        "currency": currency,
                        "unit": unit,
                        "period": period,
                        "translations": json.loads(translations),
                        "versions": versions,
                    }
                )
            )
    return found


def test_tariffs_stored_before_0011_upgrade_to_the_same_tariffs_quotes_and_files(tmp_path):
    tariffs = _tariffs(tmp_path)
    path = tmp_path / "old.db"
    _store_at_0009(path, tariffs)
    exported_before = {t.name: tariff_json(t) for t in _loaded_as_before_0010(path)}

    workspace = open_workspace(database_url(str(path)))

    for tariff in tariffs:
        stored = get_tariff(workspace.open_uow, name=tariff.name)
        assert stored == tariff
        assert tariff_json(stored) == exported_before[tariff.name]  # byte for byte
        for quantity in ("0", "9.5", "137.25", "2500"):
            for language in (None, "en", "es"):
                asked = {"quantity": Decimal(quantity), "today": TODAY, "language": language}
                assert quote(stored, **asked) == quote(tariff, **asked)
        unchanged = import_tariff(workspace.open_uow, tariff=tariff)  # re-import: nothing new
        assert (unchanged.added, unchanged.reworded) == ((), False)
    workspace.close()


def test_a_downgrade_from_0011_gives_back_the_file_fragments(tmp_path):
    path = tmp_path / "old.db"
    before = _store_at_0009(path, _tariffs(tmp_path))
    engine = writer(make_engine(f"sqlite:///{path}"))
    upgrade_database(engine)
    with engine.begin() as connection:
        command.downgrade(alembic_config(connection), "0009")
    engine.dispose()
    with sqlite3.connect(path) as db:
        after = db.execute("SELECT id, spec FROM tariff_charges ORDER BY id").fetchall()
    assert after == before  # the very text the code before 0011 wrote
