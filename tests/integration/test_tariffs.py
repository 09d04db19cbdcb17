"""Tariffs in the workspace: import, new versions, assignment, export, quotes by name."""

import json
from dataclasses import replace
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from usagebill_desktop.cli import main
from usagebill_desktop.domain.errors import AlreadyExists, InvalidValue, NotFound
from usagebill_desktop.importers.tariff_file import read_tariff_file
from usagebill_desktop.services.tariffs import (
    assign_tariff,
    get_tariff,
    import_tariff,
    list_tariffs,
    meter_assignments,
)

EXAMPLES = Path(__file__).resolve().parents[2] / "docs" / "examples"


def test_a_stored_tariff_comes_back_equal_and_a_reimport_changes_nothing(workspace):
    tariff = read_tariff_file(EXAMPLES / "water.json")
    first = import_tariff(workspace.open_uow, tariff=tariff)
    again = import_tariff(workspace.open_uow, tariff=tariff)
    assert first.added == (date(2026, 1, 1),) and again.added == ()
    assert get_tariff(workspace.open_uow, name=tariff.name) == tariff


def test_next_years_prices_are_added_as_a_new_version(workspace):
    single = read_tariff_file(EXAMPLES / "water-2027.json")
    first_year = replace(single, versions=single.versions[:1])
    import_tariff(workspace.open_uow, tariff=first_year)
    result = import_tariff(workspace.open_uow, tariff=single)
    assert (result.added, result.unchanged) == ((date(2027, 1, 1),), (date(2026, 1, 1),))
    assert len(get_tariff(workspace.open_uow, name=single.name).versions) == 2


def test_billed_prices_are_never_changed_in_place(workspace):
    tariff = read_tariff_file(EXAMPLES / "water.json")
    import_tariff(workspace.open_uow, tariff=tariff)
    version = tariff.versions[0]
    dearer = replace(
        version, charges=(replace(version.charges[0], amount=Decimal("7.00")), *version.charges[1:])
    )
    with pytest.raises(InvalidValue, match="new prices need a new date"):
        import_tariff(workspace.open_uow, tariff=replace(tariff, versions=(dearer,)))
    assert get_tariff(workspace.open_uow, name=tariff.name) == tariff


def test_a_meter_is_assigned_a_tariff_from_a_date(demo):
    tariff = read_tariff_file(EXAMPLES / "water.json")
    import_tariff(demo.open_uow, tariff=tariff)
    assign_tariff(demo.open_uow, meter="WM1800074", tariff=tariff.name, valid_from=date(2026, 1, 1))
    with pytest.raises(AlreadyExists):
        assign_tariff(
            demo.open_uow, meter="WM1800074", tariff=tariff.name, valid_from=date(2026, 1, 1)
        )
    with pytest.raises(NotFound):
        assign_tariff(demo.open_uow, meter="NOPE", tariff=tariff.name, valid_from=date(2026, 1, 1))
    listed = {t.name: t for t in list_tariffs(demo.open_uow, today=date(2026, 6, 1))}
    assert (listed[tariff.name].meters, listed[tariff.name].versions) == (1, (date(2026, 1, 1),))
    assert listed["Agua – uso comercial"].meters == 4  # the farm moved to the new tariff
    history = meter_assignments(demo.open_uow, meter="WM1800074")
    assert [a.tariff for a in history] == ["Agua – uso comercial", tariff.name]


def test_the_command_line_imports_exports_and_quotes_by_name(tmp_path, capsys):
    db, out = str(tmp_path / "x.db"), tmp_path / "exported.json"
    assert main(["--db", db, "init"]) == 0
    assert main(["--db", db, "tariffs", "import", str(EXAMPLES / "electricity.json")]) == 0
    assert main(["--db", db, "tariffs", "export", "Marina shore power", "-o", str(out)]) == 0
    original = json.loads((EXAMPLES / "electricity.json").read_text())
    assert json.loads(out.read_text()) == original
    capsys.readouterr()
    assert (
        main(["--db", db, "quote", "--tariff", "Marina shore power", "--quantity", "250", "--json"])
        == 0
    )
    assert json.loads(capsys.readouterr().out)["total"] == "66.55"


def test_a_broken_tariff_file_is_one_line_naming_file_and_place(tmp_path, capsys):
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "usagebill.tariff/1", "name": "X"')
    assert main(["--db", str(tmp_path / "x.db"), "tariffs", "import", str(bad)]) == 1
    assert capsys.readouterr().err.strip() == (
        "usagebill: error: bad.json: not valid JSON: a comma is missing at line 1, column 45"
    )


def test_a_broken_tariff_file_is_said_in_spanish_with_its_line_and_column(tmp_path, capsys):
    bad = tmp_path / "mala.json"
    bad.write_text('{"format": "usagebill.tariff/1",\n "name": }')
    db = str(tmp_path / "x.db")
    assert main(["--lang", "es", "--db", db, "tariffs", "import", str(bad)]) == 1
    assert capsys.readouterr().err.strip() == (
        "usagebill: error: mala.json: no es JSON válido: falta un valor en la línea 2, columna 10"
    )


def test_a_quote_from_a_file_creates_no_database(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("USAGEBILL_DB", str(tmp_path / "never.db"))
    assert main(["quote", "--tariff", str(EXAMPLES / "water.json"), "--quantity", "5"]) == 0
    assert not (tmp_path / "never.db").exists()


def test_a_quote_is_worded_in_the_language_asked_for(capsys):
    printing = str(EXAMPLES / "printing.json")  # written in English, with Spanish words
    assert main(["--lang", "es", "quote", "--tariff", printing, "--quantity", "120"]) == 0
    spanish = capsys.readouterr().out
    assert spanish.startswith("Impresión – packs de 100: 120\xa0pág") and "\nImpresión " in spanish
    assert main(["quote", "--tariff", printing, "--quantity", "120"]) == 0
    english = capsys.readouterr().out
    assert english.startswith("Printing – packs of 100: 120\xa0pág") and "\nPrinting " in english


def test_new_translations_reword_a_tariff_and_say_so(workspace):
    tariff = read_tariff_file(EXAMPLES / "water.json")
    import_tariff(workspace.open_uow, tariff=tariff)
    spanish = replace(tariff, translations={"es": {"Water": "Agua"}})
    first = import_tariff(workspace.open_uow, tariff=spanish)
    again = import_tariff(workspace.open_uow, tariff=spanish)
    assert (first.added, first.reworded, again.reworded) == ((), True, False)
    assert get_tariff(workspace.open_uow, name=tariff.name).in_language("es", "Water") == "Agua"
