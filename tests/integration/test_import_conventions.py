"""A number or a date that reads two ways is never decided in silence: the file's cells,
its delimiter and the meters' history decide, or the import stops before writing and asks.
The report always says which conventions were used and why."""

import json
from datetime import date
from decimal import Decimal

import pytest
from openpyxl import Workbook

from usagebill_desktop.cli import main
from usagebill_desktop.importers.conventions import ConventionUndecided
from usagebill_desktop.services.file_imports import import_readings_file
from usagebill_desktop.services.meters import add_meter
from usagebill_desktop.services.readings import meter_readings, record_reading

TODAY = date(2026, 11, 24)


def _meter(desk, serial, install_read, *, read=None):
    """A meter with no digit limit installed on 1 January 2025 (and a stored read)."""
    add_meter(
        desk.open_uow,
        serial=serial,
        customer_account="1",
        kind="cumulative",
        unit="m³",
        install_date=date(2025, 1, 1),
        install_read=Decimal(install_read),
    )
    if read is not None:
        record_reading(
            desk.open_uow,
            meter=serial,
            read_on=read[0],
            value=Decimal(read[1]),
            today=date(2026, 1, 1),
        )


def _import(desk, capsys, path, *options):
    code = main(["--db", desk.location, "readings", "import", str(path), "--json", *options])
    captured = capsys.readouterr()
    return code, (json.loads(captured.out) if captured.out.strip() else None), captured.err


def _stored(desk, serial):
    return [(r.read_on, r.value) for r in meter_readings(desk.open_uow, meter=serial)]


def test_a_comma_separated_file_with_decimal_points_is_read_as_written(desk, tmp_path, capsys):
    _meter(desk, "ML1", 200)
    path = tmp_path / "lecturas.csv"
    path.write_text("meter,date,value\nML1,2025-11-08,236.619\n", encoding="utf-8")
    code, report, _ = _import(desk, capsys, path)
    assert (code, report["accepted"]) == (0, 1)
    assert _stored(desk, "ML1") == [(date(2025, 11, 8), Decimal("236.619"))]
    said = report["conventions"]
    assert (said["decimal"], said["decimal_from"]) == (".", "file")
    assert said["decimal_why"] == "the file is comma-separated and no value has a comma"


def test_a_tab_separated_file_is_decided_by_the_meters_previous_read(desk, tmp_path, capsys):
    _meter(desk, "ML1", 200)
    path = tmp_path / "lecturas.txt"
    path.write_text("meter\tdate\tvalue\nML1\t2025-11-08\t236.619\n", encoding="utf-8")
    code, report, _ = _import(desk, capsys, path)
    assert (code, report["accepted"]) == (0, 1)
    assert _stored(desk, "ML1") == [(date(2025, 11, 8), Decimal("236.619"))]
    assert report["conventions"]["decimal_from"] == "history"


def test_a_workbook_of_text_cells_is_decided_by_the_meters_previous_read(desk, tmp_path, capsys):
    _meter(desk, "ML1", 200)
    book = Workbook()
    book.active.append(["meter", "date", "value"])
    book.active.append(["ML1", "2025-11-08", "236.619"])
    path = tmp_path / "lecturas.xlsx"
    book.save(path)
    code, report, _ = _import(desk, capsys, path)
    assert (code, report["accepted"]) == (0, 1)
    assert _stored(desk, "ML1") == [(date(2025, 11, 8), Decimal("236.619"))]


def test_a_spanish_file_reads_thousands_where_the_meter_says_so(desk, tmp_path, capsys):
    _meter(desk, "ML1", 1000, read=(date(2025, 10, 1), "1200"))
    path = tmp_path / "lecturas.csv"
    path.write_text("contador;fecha;lectura\nML1;08/11/2025;1.234\n", encoding="utf-8")
    code, report, _ = _import(desk, capsys, path)
    assert (code, report["accepted"]) == (0, 1)
    assert _stored(desk, "ML1")[-1] == (date(2025, 11, 8), Decimal(1234))
    said = report["conventions"]
    assert (said["dates"], said["dates_from"]) == ("dmy", "history")  # 11 Aug: before 1 Oct
    assert (said["decimal"], said["decimal_from"]) == (",", "history")  # 1.234 < 1.200


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        (
            "en",
            "usagebill: lecturas.csv: the values of column 'lectura' read two ways (row 2: "
            "1.234 is 1234 or 1.234); say which with --decimal . or --decimal ,",
        ),
        (
            "es",
            "usagebill: lecturas.csv: los valores de la columna 'lectura' se leen de dos "
            "maneras (fila 2: 1.234 es 1234 o 1.234); indique cuál con --decimal . o --decimal ,",
        ),
    ],
)
def test_a_value_nothing_decides_stops_the_import_and_names_the_option(
    desk, tmp_path, capsys, lang, sentence
):
    _meter(desk, "ML1", 0)  # a new meter: 1.234 and 1234 both fit its register
    path = tmp_path / "lecturas.csv"
    path.write_text("contador;fecha;lectura\nML1;2025-11-08;1.234\n", encoding="utf-8")
    code = main(["--lang", lang, "--db", desk.location, "readings", "import", str(path)])
    captured = capsys.readouterr()
    assert (code, captured.out, captured.err) == (2, "", sentence + "\n")
    assert _stored(desk, "ML1") == []  # nothing written


def test_the_decimal_option_overrules_and_a_value_against_it_is_named_by_its_row(
    desk, tmp_path, capsys
):
    _meter(desk, "ML1", 0)
    path = tmp_path / "lecturas.csv"
    path.write_text(
        "contador;fecha;lectura\nML1;2025-11-08;1.234\nML1;2025-11-09;1,5\n", encoding="utf-8"
    )
    code, report, _ = _import(desk, capsys, path, "--decimal", ".")
    assert code == 1
    assert report["rejected"] == [
        {"row": 3, "message": "1,5 has a decimal comma, not the decimal point asked for"}
    ]
    assert _stored(desk, "ML1")[-1] == (date(2025, 11, 8), Decimal("1.234"))
    said = report["conventions"]
    assert (said["decimal"], said["decimal_from"]) == (".", "option")


def test_values_that_contradict_each_other_are_asked_not_guessed(desk, tmp_path, capsys):
    _meter(desk, "ML1", 0)
    path = tmp_path / "lecturas.csv"
    path.write_text(
        "contador;fecha;lectura\nML1;2025-11-08;1.5\nML1;2025-11-09;2,5\n", encoding="utf-8"
    )
    code, report, err = _import(desk, capsys, path)
    assert (code, report) == (2, None)
    assert "disagree on the decimal mark (row 2: 1.5; row 3: 2,5)" in err
    assert "--decimal" in err


def test_dates_that_read_two_ways_are_asked_unless_one_way_is_to_come(desk, tmp_path, capsys):
    _meter(desk, "ML1", 0)
    path = tmp_path / "lecturas.csv"
    path.write_text("contador;fecha;lectura\nML1;03/04/2025;7\n", encoding="utf-8")
    code, _, err = _import(desk, capsys, path)
    assert code == 2
    assert "the dates of column 'fecha' read two ways (row 2: 03/04/2025 is 2025-04-03 or " in err
    assert "--dates dmy or --dates mdy" in err
    code, report, _ = _import(desk, capsys, path, "--dates", "mdy")
    assert (code, report["conventions"]["dates_from"]) == (0, "option")
    assert _stored(desk, "ML1")[-1] == (date(2025, 3, 4), Decimal(7))


def test_a_date_is_decided_by_the_meters_last_read_or_by_what_is_to_come(desk, tmp_path):
    _meter(desk, "ML1", 0, read=(date(2025, 6, 1), "5"))
    path = tmp_path / "lecturas.csv"
    # 2025-03-07 would be before the stored read of 1 June; 2026-12-11 is to come.
    path.write_text("contador;fecha;lectura\nML1;03/07/2025;7\nML1;11/12/2026;9\n")
    with pytest.raises(ConventionUndecided):  # the two rows disagree: asked
        import_readings_file(desk.open_uow, path=path, locale="es_ES", today=TODAY)
    path.write_text("contador;fecha;lectura\nML1;03/07/2025;7\n")
    done = import_readings_file(desk.open_uow, path=path, locale="en_US", today=TODAY)
    assert (done.parsed.dates.choice, done.parsed.dates.source) == ("dmy", "history")
    assert _stored(desk, "ML1")[-1] == (date(2025, 7, 3), Decimal(7))
    path.write_text("contador;fecha;lectura\nML1;11/12/2026;9\n")
    done = import_readings_file(desk.open_uow, path=path, locale="es_ES", today=TODAY)
    assert (done.parsed.dates.choice, done.parsed.dates.source) == ("mdy", "history")
    assert _stored(desk, "ML1")[-1] == (date(2026, 11, 12), Decimal(9))


def test_the_text_report_says_which_conventions_and_why(desk, tmp_path, capsys):
    _meter(desk, "ML1", 200)
    path = tmp_path / "lecturas.csv"
    path.write_text("meter,date,value\nML1,2025-11-08,236.619\n", encoding="utf-8")
    assert main(["--db", desk.location, "readings", "import", str(path), "--dry-run"]) == 0
    first = capsys.readouterr().out.splitlines()[0]
    assert first == (
        "lecturas.csv (UTF-8, delimiter ','; dates day/month (the locale's; no value reads "
        "two ways); decimal point (the file is comma-separated and no value has a comma))"
    )
