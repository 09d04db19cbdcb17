"""Onboarding from a spreadsheet: customers and meters in one go, re-importable."""

import csv
import hashlib
import json
from datetime import date
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


def test_columns_named_as_the_app_names_them_are_read(workspace, capsys, tmp_path):
    path = tmp_path / "c.csv"
    path.write_text(
        "account,name,tax_id,serial,install_read,install_date,route_order\n"
        "21,Eva Gil,b12345678,WM21,1234.5,2024-03-01,7\n",
        encoding="utf-8",
    )
    _, report = run(workspace, path, capsys, "--locale", "en_GB")
    assert (report["accepted"], report["warnings"], report["rejected"]) == (1, [], [])
    meter = list_meters(workspace.open_uow)[0].meter
    assert (meter.install_read, meter.install_date) == (Decimal("1234.5"), date(2024, 3, 1))
    assert meter.route_order == 7
    assert get_customer(workspace.open_uow, account="21").tax_id == "B12345678"


def test_a_spanish_sheet_with_cuenta_and_tipo_is_read(workspace, capsys, tmp_path):
    path = tmp_path / "c.csv"
    path.write_text(
        "cuenta;nombre;contador;tipo;unidad\n9;Sala Norte;ROOM-9;por uso;h\n", encoding="utf-8"
    )
    _, report = run(workspace, path, capsys)
    assert (report["accepted"], report["warnings"], report["rejected"]) == (1, [], [])
    meter = list_meters(workspace.open_uow)[0].meter
    assert (meter.customer_account, meter.kind.value) == ("9", "interval")


def test_a_column_not_used_is_named_in_the_report(workspace, capsys, tmp_path):
    path = tmp_path / "c.csv"
    path.write_text("account;name;color\n8;Rosa;azul\n", encoding="utf-8")
    _, report = run(workspace, path, capsys)
    assert report["accepted"] == 1
    assert report["warnings"] == [
        {"row": 1, "message": "column color is not used: the import does not know it"}
    ]
    assert main(["--db", workspace.location, "customers", "import", str(path)]) == 0
    assert "row 1: column color is not used" in capsys.readouterr().out


def test_an_update_changes_only_the_columns_the_sheet_has(workspace, capsys, tmp_path):
    path = tmp_path / "c.csv"
    path.write_text(
        "account;name;tax_id;address;email;language\n"
        "5;Ana Ruiz;X1234567L;Calle Mayor 1;ana@example.es;en\n",
        encoding="utf-8",
    )
    run(workspace, path, capsys)
    path.write_text("account;name\n5;Ana Ruiz Gil\n", encoding="utf-8")
    _, report = run(workspace, path, capsys)
    assert report["warnings"] == [{"row": 2, "message": "customer 5 updated: name"}]
    ana = get_customer(workspace.open_uow, account="5")
    assert (ana.name, ana.tax_id, ana.address, ana.email, ana.language) == (
        "Ana Ruiz Gil",
        "X1234567L",
        "Calle Mayor 1",
        "ana@example.es",
        "en",
    )
    path.write_text("account;name;email\n5;Ana Ruiz Gil;\n", encoding="utf-8")
    _, report = run(workspace, path, capsys)  # an empty cell in a present column clears it
    assert report["warnings"] == [{"row": 2, "message": "customer 5 updated: email"}]
    assert get_customer(workspace.open_uow, account="5").email == ""


def test_what_customers_list_writes_imports_back_unchanged(workspace, capsys, tmp_path):
    path = tmp_path / "c.csv"
    path.write_text(
        "abonado;nombre;nif;direccion;correo;idioma\n"
        "1;Ana Ruiz;X1234567L;Calle Mayor 1;ana@example.es;en\n"
        "2;Luis Gil;;;;es\n",
        encoding="utf-8",
    )
    run(workspace, path, capsys)
    assert main(["--db", workspace.location, "customers", "list", "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    back = tmp_path / "back.csv"
    with back.open("w", encoding="utf-8", newline="") as out:
        writer = csv.DictWriter(out, fieldnames=list(listed[0]))
        writer.writeheader()
        writer.writerows(listed)
    _, report = run(workspace, back, capsys)
    assert (report["accepted"], report["duplicates"], report["warnings"]) == (0, 2, [])
    assert main(["--db", workspace.location, "customers", "list", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == listed


def test_what_meters_list_writes_imports_back_unchanged(workspace, capsys, tmp_path):
    path = tmp_path / "c.csv"
    path.write_text("account;name;serial\n3;Rosa;WM3\n", encoding="utf-8")
    run(workspace, path, capsys)
    assert main(["--db", workspace.location, "meters", "list", "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    back = tmp_path / "meters.csv"
    with back.open("w", encoding="utf-8", newline="") as out:
        writer = csv.DictWriter(out, fieldnames=list(listed[0]))
        writer.writeheader()
        writer.writerows(listed)
    _, report = run(workspace, back, capsys)
    assert (report["accepted"], report["duplicates"], report["warnings"]) == (0, 1, [])
    assert get_customer(workspace.open_uow, account="3").name == "Rosa"


def test_a_sheet_that_says_otherwise_about_a_stored_meter_is_told_it_was_not_applied(
    workspace, tmp_path, capsys
):
    header = "account;name;serial;install_read;install_date\n"
    first, second = tmp_path / "alta.csv", tmp_path / "correccion.csv"
    first.write_text(header + "1;Ana Ruiz;WM1;1000;01/03/2024\n", encoding="utf-8")
    second.write_text(header + "1;Ana Ruiz;WM1;1200;01/03/2024\n", encoding="utf-8")
    run(workspace, first, capsys, "--dates", "dmy")  # 01/03/2024 reads two ways: asked
    code, report = run(workspace, second, capsys)  # the stored meter's date decides
    assert code == 0 and report["accepted"] == 0
    assert [w["message"] for w in report["warnings"]] == [
        "meter WM1 is already stored, so the sheet's values for install_read were not "
        "applied (a stored meter is changed at the desk, or replaced)"
    ]
    [meter] = [m.meter for m in list_meters(workspace.open_uow)]
    assert meter.install_read == 1000  # kept, and said
