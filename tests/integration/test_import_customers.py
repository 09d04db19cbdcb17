"""Onboarding from a spreadsheet: customers and meters in one go, re-importable."""

import hashlib
import json
from decimal import Decimal
from pathlib import Path

from usagebill_desktop.cli import main
from usagebill_desktop.importers.tariff_file import read_tariff_file
from usagebill_desktop.services.customers import get_customer
from usagebill_desktop.services.imports import imports_done
from usagebill_desktop.services.meters import list_meters
from usagebill_desktop.services.tariffs import import_tariff, meter_assignments

DATA = Path(__file__).resolve().parents[1] / "data"
EXAMPLES = Path(__file__).resolve().parents[2] / "docs" / "examples"


def run(workspace, path, capsys, *options):
    code = main(["--db", workspace.location, "customers", "import", str(path), "--json", *options])
    return code, json.loads(capsys.readouterr().out)


def test_customers_and_meters_arrive_and_a_second_import_changes_nothing(workspace, capsys):
    import_tariff(workspace.open_uow, tariff=read_tariff_file(EXAMPLES / "water.json"))
    code, report = run(workspace, DATA / "imports" / "customers.csv", capsys)
    assert (code, report["rows"], report["accepted"]) == (1, 6, 4)
    assert [(n["row"], n["message"]) for n in report["rejected"]] == [
        (6, "name: required"),
        (7, "no tariff called Tarifa inexistente"),
    ]
    meters = {m.meter.serial: m.meter for m in list_meters(workspace.open_uow)}
    assert meters["WM100"].install_read == Decimal(1250)  # "1.250" in a decimal-comma file
    assert meters["WM102"].install_read == Decimal("12.5") and meters["WM102"].digits == 6
    assert meter_assignments(workspace.open_uow, meter="WM101")[0].tariff == "Water – domestic 2026"
    assert get_customer(workspace.open_uow, account="102").language == "en"
    _, again = run(workspace, DATA / "imports" / "customers.csv", capsys)
    assert (again["accepted"], again["duplicates"]) == (0, 4)


def test_a_corrected_file_updates_the_customer_instead_of_adding_one(workspace, capsys, tmp_path):
    first = tmp_path / "c.csv"
    first.write_text("abonado;nombre;correo\n7;Ana Ruiz;ana@old.es\n", encoding="utf-8")
    run(workspace, first, capsys)
    first.write_text("abonado;nombre;correo\n7;Ana Ruiz;ana@new.es\n", encoding="utf-8")
    _, report = run(workspace, first, capsys)
    assert report["warnings"] == [{"row": 2, "message": "customer 7 updated: email"}]
    assert get_customer(workspace.open_uow, account="7").email == "ana@new.es"


def test_a_dry_run_writes_nothing(workspace, capsys, tmp_path):
    path = tmp_path / "c.csv"
    path.write_text("account;name\n9;Luis\n", encoding="utf-8")
    _, report = run(workspace, path, capsys, "--dry-run")
    assert report["accepted"] == 1 and list_meters(workspace.open_uow) == []
    assert main(["--db", workspace.location, "customers", "list", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == []


def test_the_import_is_recorded_with_the_hash_of_the_file_it_read(workspace, capsys):
    path = DATA / "imports" / "customers.csv"
    import_tariff(workspace.open_uow, tariff=read_tariff_file(EXAMPLES / "water.json"))
    run(workspace, path, capsys)
    [record] = imports_done(workspace.open_uow)
    assert record.kind == "customers" and record.file_name == "customers.csv"
    assert record.sha256 == hashlib.sha256(path.read_bytes()).hexdigest()
