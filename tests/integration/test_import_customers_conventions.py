"""A customers-and-meters sheet never guesses a number or a date in silence: every value of
its install read, multiplier and install date columns is weighed, with its delimiter and
the meters already stored; what nothing decides stops the import before writing and asks,
as a readings file does. The report says which conventions were used and why."""

import csv
import json
from datetime import date
from decimal import Decimal

import pytest

from usagebill_desktop.cli import main
from usagebill_desktop.services.meters import list_meters


def _run(workspace, capsys, path, *options, lang="en"):
    args = ["--lang", lang, "--db", workspace.location, "customers", "import", str(path)]
    code = main([*args, "--json", *options])
    captured = capsys.readouterr()
    return code, (json.loads(captured.out) if captured.out.strip() else None), captured.err


def _meters(workspace):
    return {m.meter.serial: m.meter for m in list_meters(workspace.open_uow)}


def test_a_comma_separated_sheet_with_decimal_points_is_read_as_written(
    workspace, tmp_path, capsys
):
    path = tmp_path / "alta.csv"
    path.write_text("account,name,serial,install_read\n1,Ana Ruiz,WM1,236.619\n")
    code, report, _ = _run(workspace, capsys, path)
    assert (code, report["accepted"]) == (0, 1)
    assert _meters(workspace)["WM1"].install_read == Decimal("236.619")
    said = report["conventions"]
    assert (said["decimal"], said["decimal_from"]) == (".", "file")
    assert said["decimal_why"] == "the file is comma-separated and no value has a comma"
    assert (said["dates"], said["dates_from"]) == ("dmy", "locale")


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        (
            "en",
            "usagebill: alta.csv: the values of column 'lectura inicial' read two ways (row 2: "
            "1.234 is 1234 or 1.234); say which with --decimal . or --decimal ,",
        ),
        (
            "es",
            "usagebill: alta.csv: los valores de la columna 'lectura inicial' se leen de dos "
            "maneras (fila 2: 1.234 es 1234 o 1.234); indique cuál con --decimal . o --decimal ,",
        ),
    ],
)
def test_a_spanish_install_read_nothing_decides_is_asked_then_read_as_told(
    workspace, tmp_path, capsys, lang, sentence
):
    path = tmp_path / "alta.csv"
    path.write_text("abonado;nombre;contador;lectura inicial\n1;Ana Ruiz;WM1;1.234\n")
    code, report, err = _run(workspace, capsys, path, lang=lang)
    assert (code, report, err) == (2, None, sentence + "\n")
    assert _meters(workspace) == {}  # nothing written
    code, report, _ = _run(workspace, capsys, path, "--decimal", ",")
    assert (code, report["accepted"]) == (0, 1)
    assert _meters(workspace)["WM1"].install_read == Decimal(1234)
    assert (report["conventions"]["decimal"], report["conventions"]["decimal_from"]) == (
        ",",
        "option",
    )


def test_install_dates_that_read_two_ways_are_asked_then_read_as_told(workspace, tmp_path, capsys):
    path = tmp_path / "alta.csv"
    path.write_text("abonado;nombre;contador;fecha de instalación\n1;Ana Ruiz;WM1;03/04/2026\n")
    code, _, err = _run(workspace, capsys, path)
    assert code == 2
    assert (
        "alta.csv: the dates of column 'fecha de instalación' read two ways (row 2: "
        "03/04/2026 is 2026-04-03 or 2026-03-04); say which with --dates dmy or --dates mdy"
    ) in err
    assert _meters(workspace) == {}
    code, report, _ = _run(workspace, capsys, path, "--dates", "dmy")
    assert (code, report["conventions"]["dates_from"]) == (0, "option")
    assert _meters(workspace)["WM1"].install_date == date(2026, 4, 3)


def test_values_that_contradict_each_other_are_refused_naming_both_rows(
    workspace, tmp_path, capsys
):
    path = tmp_path / "alta.csv"
    path.write_text(
        "abonado;nombre;contador;lectura inicial\n1;Ana Ruiz;WM1;1.5\n2;Luis Gil;WM2;2,5\n"
    )
    code, report, err = _run(workspace, capsys, path)
    assert (code, report) == (2, None)
    assert (
        "alta.csv: the values of column 'lectura inicial' disagree on the decimal mark "
        "(row 2: 1.5; row 3: 2,5)"
    ) in err
    assert _meters(workspace) == {}


def test_a_value_against_the_option_is_named_by_its_row(workspace, tmp_path, capsys):
    path = tmp_path / "alta.csv"
    path.write_text(
        "abonado;nombre;contador;lectura inicial\n1;Ana Ruiz;WM1;1.234\n2;Luis Gil;WM2;1,5\n"
    )
    code, report, _ = _run(workspace, capsys, path, "--decimal", ".")
    assert code == 1
    assert report["rejected"] == [
        {"row": 3, "message": "1,5 has a decimal comma, not the decimal point asked for"}
    ]
    assert _meters(workspace)["WM1"].install_read == Decimal("1.234")


def test_a_stored_meter_decides_what_its_row_leaves_open(workspace, tmp_path, capsys):
    path = tmp_path / "alta.csv"
    path.write_text("abonado;nombre;contador;lectura inicial\n1;Ana Ruiz;WM1;1234\n")
    _run(workspace, capsys, path)
    path.write_text("abonado;nombre;contador;lectura inicial\n1;Ana Ruiz;WM1;1.234\n")
    code, report, _ = _run(workspace, capsys, path)
    assert (code, report["duplicates"], report["warnings"]) == (0, 1, [])
    assert (report["conventions"]["decimal"], report["conventions"]["decimal_from"]) == (
        ",",
        "history",
    )


def test_the_text_report_says_which_conventions_and_why(workspace, tmp_path, capsys):
    path = tmp_path / "alta.csv"
    path.write_text("account,name,serial,install_read\n1,Ana Ruiz,WM1,236.619\n")
    assert main(["--db", workspace.location, "customers", "import", str(path)]) == 0
    first = capsys.readouterr().out.splitlines()[0]
    assert first == (
        "alta.csv (UTF-8, delimiter ','; dates day/month (the locale's; no value reads "
        "two ways); decimal point (the file is comma-separated and no value has a comma))"
    )


@pytest.mark.parametrize("delimiter", [",", ";"])
def test_what_meters_list_writes_imports_back_unchanged_whatever_the_delimiter(
    workspace, tmp_path, capsys, delimiter
):
    path = tmp_path / "alta.csv"
    path.write_text(
        "abonado;nombre;contador;lectura inicial;multiplicador;fecha de instalación\n"
        "3;Rosa;WM3;1,234;2,5;03/04/2024\n"
    )
    _run(workspace, capsys, path, "--decimal", ",", "--dates", "dmy")
    assert main(["--db", workspace.location, "meters", "list", "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert (listed[0]["install_read"], listed[0]["install_date"]) == ("1.234", "2024-04-03")
    back = tmp_path / "meters.csv"
    with back.open("w", encoding="utf-8", newline="") as out:
        writer = csv.DictWriter(out, fieldnames=list(listed[0]), delimiter=delimiter)
        writer.writeheader()
        writer.writerows(listed)
    code, report, _ = _run(workspace, capsys, back)  # 1.234: the delimiter or WM3 decides
    assert (code, report["duplicates"], report["warnings"]) == (0, 1, [])
    assert main(["--db", workspace.location, "meters", "list", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == listed
