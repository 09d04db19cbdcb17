"""Importing the files people actually have: the corpus in tests/data/imports."""

import hashlib
import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
import zipfile
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from usagebill_desktop.cli import main
from usagebill_desktop.importers.readings_parser import NoHeader, parse_readings
from usagebill_desktop.importers.tables import UnreadableFile, read_table
from usagebill_desktop.services.file_imports import read_readings_file
from usagebill_desktop.services.imports import ImportCancelled, import_readings
from usagebill_desktop.services.readings import meter_readings

CORPUS = Path(__file__).resolve().parents[1] / "data" / "imports"


def run_import(desk, tmp_path, name, *options, capsys):
    copy = tmp_path / name
    copy.write_bytes((CORPUS / name).read_bytes())
    code = main(["--db", desk.location, "readings", "import", str(copy), "--json", *options])
    out = capsys.readouterr().out
    return code, (json.loads(out) if out.strip() else None)


@pytest.mark.parametrize(
    ("name", "options", "expected"),
    [
        (
            "es_excel.csv",
            (),
            {
                "encoding": "UTF-8 (BOM)",
                "delimiter": ";",
                "rows": 6,
                "accepted": 4,
                "skipped": 2,
                "warnings": 1,
                "rejected": 0,
            },
        ),
        (
            "us_export.csv",
            ("--locale", "en_US"),
            {"encoding": "UTF-8", "delimiter": ",", "rows": 3, "accepted": 3, "rejected": 0},
        ),
        (
            "windows1252.txt",
            (),
            {
                "encoding": "Windows-1252",
                "delimiter": "\t",
                "rows": 2,
                "accepted": 2,
                "rejected": 0,
            },
        ),
        ("utf16.txt", (), {"encoding": "UTF-16", "delimiter": "\t", "rows": 2, "accepted": 2}),
        ("no_header.csv", ("--map", "date=1,meter=2,value=3"), {"rows": 2, "accepted": 2}),
        (
            "readings.xlsx",
            (),
            {
                "encoding": None,
                "delimiter": None,
                "rows": 5,
                "accepted": 3,
                "skipped": 2,
                "rejected": 0,
            },
        ),
        (
            "with_problems.csv",
            (),
            {"rows": 11, "accepted": 3, "duplicates": 1, "warnings": 1, "rejected": 7},
        ),
    ],
)
def test_the_corpus_imports_with_the_expected_counts_and_twice_adds_nothing(
    desk, tmp_path, capsys, name, options, expected
):
    code, report = run_import(desk, tmp_path, name, *options, capsys=capsys)
    summary = {key: (len(v) if isinstance(v, list) else v) for key, v in report.items()}
    assert {key: summary[key] for key in expected} == expected
    assert code == (1 if expected.get("rejected") else 0)
    code, again = run_import(desk, tmp_path, name, *options, capsys=capsys)
    assert (
        again["accepted"] == 0 and again["duplicates"] == report["accepted"] + report["duplicates"]
    )


def test_values_and_types_arrive_exactly(desk, tmp_path, capsys):
    run_import(desk, tmp_path, "es_excel.csv", capsys=capsys)
    wm1 = meter_readings(desk.open_uow, meter="WM1")
    assert [(r.read_on, r.value, r.type.letter, r.note) for r in wm1] == [
        (date(2026, 10, 5), Decimal(1050), "A", ""),
        (date(2026, 11, 5), Decimal("1100.5"), "C", "foto del cliente"),
    ]
    assert [r.value for r in meter_readings(desk.open_uow, meter="ROOM-1")] == [Decimal("2.5")]


def test_every_problem_is_named_by_its_row_and_written_beside_the_file(desk, tmp_path, capsys):
    _, report = run_import(desk, tmp_path, "with_problems.csv", capsys=capsys)
    rejected = {n["row"]: n["message"] for n in report["rejected"]}
    assert rejected == {
        4: "row 2 has another reading for WM1 on 2026-10-05",
        5: "unknown meter NOPE",
        6: "not a date: '32/10/2026'",
        7: "not a number: '12,5,3'",
        8: "900 is lower than the previous reading 1050 on 2026-10-05, and not a plausible "
        "rollover",
        9: "dated 2099-01-01, in the future",
        12: "no reading",
    }
    assert report["warnings"] == [
        {"row": 11, "message": "the register of WM2 rolled over after 99995: 8 used"}
    ]
    written = (tmp_path / "with_problems.rejected.csv").read_text(encoding="utf-8-sig")
    assert written.splitlines()[0] == "meter;date;reading;reason"
    assert "NOPE;05/10/2026;5;unknown meter NOPE" in written


def test_strict_and_dry_run_write_nothing(desk, tmp_path, capsys):
    run_import(desk, tmp_path, "with_problems.csv", "--strict", capsys=capsys)
    run_import(desk, tmp_path, "es_excel.csv", "--dry-run", capsys=capsys)
    assert meter_readings(desk.open_uow, meter="WM1") == []


def test_a_conflicting_value_is_rejected_unless_replace(desk, tmp_path, capsys):
    run_import(desk, tmp_path, "es_excel.csv", capsys=capsys)
    changed = tmp_path / "fix.csv"
    changed.write_text("contador;fecha;lectura\nWM1;05/11/2026;1.101\n", encoding="utf-8")
    main(["--db", desk.location, "readings", "import", str(changed), "--json"])
    assert "already has the reading 1100.5" in capsys.readouterr().out
    main(["--db", desk.location, "readings", "import", str(changed), "--replace", "--json"])
    assert meter_readings(desk.open_uow, meter="WM1")[-1].value == Decimal(1101)


def test_an_import_can_be_undone_while_not_invoiced(desk, tmp_path, capsys):
    run_import(desk, tmp_path, "es_excel.csv", capsys=capsys)
    assert main(["--db", desk.location, "readings", "undo-import", "1"]) == 0
    assert meter_readings(desk.open_uow, meter="WM1") == []
    assert main(["--db", desk.location, "readings", "undo-import", "1"]) == 1  # already undone


@pytest.mark.parametrize(
    ("name", "sentence"),
    [
        ("empty.csv", "empty.csv: the file is empty."),
        ("binary.bin", "binary.bin: this is not a text or spreadsheet file."),
        (
            "old.xls",
            "old.xls: this is an encrypted or old-style Excel file (.xls); save it as "
            ".xlsx or CSV and import that.",
        ),
    ],
)
def test_a_file_that_cannot_be_read_is_refused_in_one_sentence(
    desk, tmp_path, capsys, name, sentence
):
    code = main(["--db", desk.location, "readings", "import", str(CORPUS / name)])
    assert (code, capsys.readouterr().err.strip()) == (2, f"usagebill: {sentence}")


@pytest.mark.parametrize(
    ("name", "sentence"),
    [
        ("empty.csv", "empty.csv: el archivo está vacío."),
        (
            "old.xls",
            "old.xls: es un archivo de Excel cifrado o antiguo (.xls); guárdelo como .xlsx o "
            "CSV e importe ese.",
        ),
    ],
)
def test_with_lang_es_a_file_that_cannot_be_read_is_refused_in_one_spanish_sentence(
    desk, capsys, name, sentence
):
    code = main(["--lang", "es", "--db", desk.location, "readings", "import", str(CORPUS / name)])
    assert (code, capsys.readouterr().err.strip()) == (2, f"usagebill: {sentence}")


def test_with_lang_es_an_import_reports_its_counts_and_rows_in_spanish(desk, tmp_path, capsys):
    copy = tmp_path / "with_problems.csv"
    copy.write_bytes((CORPUS / "with_problems.csv").read_bytes())
    code = main(["--lang", "es", "--db", desk.location, "readings", "import", str(copy)])
    said = capsys.readouterr().out.splitlines()
    assert code == 1
    assert said[:3] == [
        "with_problems.csv (UTF-8, separador ';'; fechas día/mes (la fila 12 dice 14/10/2026, "
        "que solo se lee así); coma decimal (la de la configuración regional; ningún valor "
        "se lee de dos maneras))",
        "11 filas: 3 aceptadas, 1 ya estaba, 0 vacías o de totales, 7 rechazadas, 1 aviso",
        "  fila 11: aviso: el totalizador de WM2 dio la vuelta después de 99.995: consumo 8",
    ]
    assert "  fila 5: rechazada: contador desconocido: NOPE" in said
    assert "  fila 12: rechazada: falta la lectura" in said
    assert said[-2:] == [
        "importación 1 guardada (para deshacerla: readings undo-import 1)",
        f"filas rechazadas guardadas en {tmp_path / 'with_problems.rejected.csv'}",
    ]
    # The file the reader corrects says why in the reader's language too.
    rejected = (tmp_path / "with_problems.rejected.csv").read_text(encoding="utf-8-sig")
    assert rejected.splitlines()[0].endswith(";motivo")
    assert "NOPE;05/10/2026;5;contador desconocido: NOPE" in rejected


def test_without_lang_an_import_reports_in_english(desk, tmp_path, capsys):
    copy = tmp_path / "with_problems.csv"
    copy.write_bytes((CORPUS / "with_problems.csv").read_bytes())
    assert main(["--db", desk.location, "readings", "import", str(copy), "--dry-run"]) == 1
    said = capsys.readouterr().out.splitlines()
    assert said[:3] == [
        "with_problems.csv (UTF-8, delimiter ';'; dates day/month (row 12 reads 14/10/2026 only "
        "this way); decimal comma (the locale's; no value reads two ways))",
        "11 rows: 3 would be accepted, 1 already present, 0 blank or totals, 7 rejected, 1 warning",
        "  row 11: warning: the register of WM2 rolled over after 99995: 8 used",
    ]
    assert "  row 5: rejected: unknown meter NOPE" in said


def test_json_keeps_its_keys_and_says_its_messages_in_the_language_asked(desk, tmp_path, capsys):
    code, report = run_import(desk, tmp_path, "with_problems.csv", "--lang", "es", capsys=capsys)
    assert code == 1 and report["rows"] == 11
    assert {"row": 5, "message": "contador desconocido: NOPE"} in report["rejected"]


def test_a_zip_bomb_is_refused_before_it_is_unpacked(tmp_path):
    bomb = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/workbook.xml", b"<workbook/>")
        archive.writestr("xl/worksheets/sheet1.xml", b"\0" * (3 * 2**20))
    with pytest.raises(UnreadableFile, match="unpacks to more than 2 MB"):
        read_table(bomb, max_unpacked=2 * 2**20)


def test_a_ten_megabyte_line_is_refused_not_crashed_on(tmp_path):
    huge = tmp_path / "huge.csv"
    huge.write_text("meter;date;reading\n" + "x" * (10 * 2**20) + "\n")
    with pytest.raises(UnreadableFile, match="longer than"):
        read_table(huge)


def test_a_kill_during_a_large_import_leaves_the_database_as_it_was(desk, tmp_path):
    big = tmp_path / "big.csv"
    rows = (
        f"ROOM-1;{date.fromordinal(date(2026, 1, 1).toordinal() + n % 300)};{n % 7 + 1};booking {n}"
        for n in range(300_000)
    )
    big.write_text("meter;date;reading;note\n" + "\n".join(rows) + "\n")
    script = Path(sys.executable).with_name("usagebill")
    command = [str(script), "--db", desk.location, "readings", "import", str(big)]
    worker = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    wal = Path(desk.location + "-wal")
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and worker.poll() is None:
        if wal.exists() and wal.stat().st_size > 4 * 2**20:  # in the middle of writing
            break
        time.sleep(0.01)
    assert worker.poll() is None, "the import ended before it could be interrupted"
    os.kill(worker.pid, signal.SIGKILL)
    worker.wait()
    pending = "import_id IN (SELECT id FROM imports WHERE state = 'pending')"
    with sqlite3.connect(desk.location) as db:
        assert db.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        # What was written, if anything, belongs to a pending import: no reader sees it.
        assert db.execute(f"SELECT count(*) FROM readings WHERE NOT {pending}").fetchone() == (0,)
        assert db.execute("SELECT count(*) FROM imports WHERE state = 'done'").fetchone() == (0,)


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_a_read_sheet_imports_back_as_it_is_and_filled_in(demo, tmp_path, capsys, suffix):
    sheet = tmp_path / f"ruta{suffix}"
    assert (
        main(
            [
                "--db",
                demo.location,
                "readings",
                "sheet",
                "--out",
                str(sheet),
                "--date",
                "2026-11-20",
            ]
        )
        == 0
    )
    capsys.readouterr()
    code = main(["--db", demo.location, "readings", "import", str(sheet), "--json"])
    untouched = json.loads(capsys.readouterr().out)
    assert (code, untouched["accepted"], untouched["rejected"]) == (0, 0, [])
    assert untouched["skipped"] == 200  # every water meter in service, not read yet
    if suffix == ".csv":
        lines = sheet.read_text(encoding="utf-8-sig").splitlines()
        header, first = lines[0].split(";"), lines[1].split(";")
        assert header[1:3] == ["Contador", "Cliente"]
        first[8], first[9] = "20/11/2026", first[6]  # read within the expected range
        sheet.write_text("\n".join([lines[0], ";".join(first), *lines[2:]]), encoding="utf-8-sig")
        assert main(["--db", demo.location, "readings", "import", str(sheet), "--json"]) == 0
        filled = json.loads(capsys.readouterr().out)
        assert (filled["accepted"], filled["warnings"], filled["rejected"]) == (1, [], [])


def test_a_workbook_with_an_entity_bomb_is_refused_not_expanded(tmp_path):
    laughs = (
        b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
        + b"".join(
            b'<!ENTITY lol%d "%s">' % (n, b"&lol%d;" % (n - 1) * 10 if n > 1 else b"&lol;" * 10)
            for n in range(1, 10)
        )
        + b']><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        + b'<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&lol9;</t></is></c></row>'
        + b"</sheetData></worksheet>"
    )
    bomb = tmp_path / "laughs.xlsx"
    source = CORPUS / "readings.xlsx"
    with zipfile.ZipFile(source) as original, zipfile.ZipFile(bomb, "w") as copy:
        for item in original.infolist():
            data = original.read(item.filename)
            if item.filename == "xl/worksheets/sheet1.xml":
                data = laughs
            copy.writestr(item, data)
    started = time.monotonic()
    with pytest.raises(UnreadableFile, match="cannot be read"):
        read_table(bomb)
    assert time.monotonic() - started < 5  # refused, not expanded to gigabytes


def test_a_stopped_import_writes_nothing(desk, tmp_path):
    big = tmp_path / "usage.csv"
    rows = (
        f"ROOM-1;{date.fromordinal(date(2026, 1, 1).toordinal() + n % 300)};1;b{n}"
        for n in range(12_000)
    )
    big.write_text("meter;date;reading;note\n" + "\n".join(rows) + "\n")
    parsed = parse_readings(read_table(big))
    seen = []

    def stop_after_the_first_batch(rows_checked: int) -> bool:
        seen.append(rows_checked)
        return rows_checked < 5_000

    with pytest.raises(ImportCancelled):
        import_readings(
            desk.open_uow,
            parsed=parsed,
            sha256="x",
            today=date(2026, 11, 24),
            progress=stop_after_the_first_batch,
        )
    assert seen == [0, 5_000]
    assert meter_readings(desk.open_uow, meter="ROOM-1") == []


@pytest.mark.parametrize("name", ["es_excel.csv", "readings.xlsx"])
def test_the_file_is_hashed_as_its_rows_are_read(name):
    parsed = read_readings_file(CORPUS / name, locale="es_ES")
    assert parsed.sha256 == hashlib.sha256((CORPUS / name).read_bytes()).hexdigest()


def test_a_file_without_headers_asks_for_its_columns_by_type(desk, tmp_path, capsys):
    with pytest.raises(NoHeader):
        read_readings_file(CORPUS / "no_header.csv", locale="es_ES")
    code, report = run_import(desk, tmp_path, "no_header.csv", capsys=capsys)
    assert code == 2 and report is None


def test_with_lang_es_the_rejected_rows_file_writes_the_reasons_numbers_and_days_in_spanish(
    desk, tmp_path, capsys
):
    sheet = tmp_path / "ronda.csv"
    sheet.write_text("Contador;Fecha;Lectura\nWM1;14/11/2026;902,5\n", encoding="utf-8")
    main(["--lang", "es", "--db", desk.location, "readings", "import", str(sheet)])
    capsys.readouterr()
    rejected = (tmp_path / "ronda.rejected.csv").read_text(encoding="utf-8-sig").splitlines()
    assert rejected[0] == "Contador;Fecha;Lectura;motivo"
    assert rejected[1].startswith(
        "WM1;14/11/2026;902,5;902,5 es menor que la lectura anterior, 1.000 del 01/01/2026"
    )
