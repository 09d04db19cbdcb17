"""Issue 14, defect 14: plausible hostile input gets one sentence, in the user's language,
never a traceback; a padded workbook is refused before it fills the memory."""

import csv
import json
import shutil
import subprocess
import sys
import tracemalloc
import zipfile
from pathlib import Path

import pytest
from openpyxl import Workbook

from usagebill_desktop.cli import main
from usagebill_desktop.exporters.rejected_rows import write_rejected
from usagebill_desktop.importers.customers_file import parse_customers
from usagebill_desktop.importers.readings_parser import parse_readings
from usagebill_desktop.importers.tables import UnreadableFile, read_table
from usagebill_desktop.sentences import note_sentence

TARIFF = {
    "format": "usagebill.tariff/1",
    "name": "Agua",
    "currency": "EUR",
    "unit": "m3",
    "period": "month",
    "valid_from": "2026-01-01",
    "charges": [{"type": "per_unit", "label": "Agua", "unit_price": "0.90"}],
    "taxes": [{"name": "IVA", "rate": "21"}],
}


def said(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def one_sentence(err: str) -> str:
    """The error as a person reads it: one line, no traceback."""
    lines = err.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in err, err
    assert lines[0].startswith("usagebill: error: ")
    return lines[0]


def tariff_file(tmp_path: Path, file_name: str = "t.json", /, **changes: object) -> Path:
    path = tmp_path / file_name
    path.write_text(json.dumps({**TARIFF, **changes}, ensure_ascii=False), encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def workspace_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A workspace with customer 000001 and cumulative meter M1, installed 2025-01-01,
    made once; each test works on a copy."""
    path = str(tmp_path_factory.mktemp("workspace") / "data.db")
    assert main(["--db", path, "init"]) == 0
    assert main(["--db", path, "customers", "add", "--name", "Ana"]) == 0
    meter = ["M1", "--customer", "000001", "--kind", "cumulative", "--unit", "m3"]
    assert main(["--db", path, "meters", "add", *meter, "--date", "2025-01-01"]) == 0
    return Path(path)


@pytest.fixture
def db(workspace_file: Path, tmp_path: Path, capsys) -> str:
    capsys.readouterr()
    return str(shutil.copy(workspace_file, tmp_path / "data.db"))


def test_a_tariff_nested_a_hundred_thousand_deep_is_one_sentence(tmp_path, capsys, db):
    nested = tmp_path / "nested.json"
    nested.write_text("[" * 100_000 + "]" * 100_000)
    code, _, err = said(capsys, "--lang", "es", "quote", "--tariff", str(nested), "--quantity", "1")
    assert code == 1 and "nested.json" in one_sentence(err) and "anidado" in err
    code, _, err = said(capsys, "--db", db, "tariffs", "import", str(nested))
    assert code == 1 and "nested too deeply" in one_sentence(err)


def test_a_tax_rate_with_nine_decimals_is_refused_naming_the_place(tmp_path, capsys, db):
    rates = [{"name": "IVA", "rate": "21.123456789"}]
    path = tariff_file(tmp_path, taxes=rates)
    code, _, err = said(capsys, "--lang", "es", "--db", db, "tariffs", "import", str(path))
    assert code == 1
    assert "t.json: taxes[0].rate: como máximo 8 decimales" in one_sentence(err)
    code, _, err = said(capsys, "quote", "--tariff", str(path), "--quantity", "10")
    assert code == 1 and "at most 8 decimals" in one_sentence(err)
    price = [{"type": "per_unit", "label": "Agua", "unit_price": "0.123456789"}]
    code, _, err = said(
        capsys, "quote", "--tariff", str(tariff_file(tmp_path, charges=price)), "--quantity", "1"
    )
    assert code == 1 and "charges[0].unit_price: at most 8 decimals" in one_sentence(err)


@pytest.mark.parametrize(
    ("first", "last"),
    [("9999-12-01", "9999-12-31"), ("0001-01-01", "0001-01-31"), ("0001-01-01", "9999-12-31")],
)
@pytest.mark.parametrize("language", ["en", "es"])
def test_a_quote_in_year_1_or_9999_is_one_sentence(tmp_path, capsys, first, last, language):
    path = str(tariff_file(tmp_path))
    args = ["--lang", language, "quote", "--tariff", path, "--quantity", "10"]
    code, _, err = said(capsys, *args, "--from", first, "--to", last)
    sentence = one_sentence(err)
    assert code == 1 and "1900-01-01" in sentence and "2199-12-31" in sentence
    assert ("Fecha" if language == "es" else "Date") in sentence


@pytest.mark.parametrize("quantity", ["1e30", "12345678901234567", "1e999999"])
def test_a_quote_of_a_huge_quantity_is_one_sentence(tmp_path, capsys, quantity):
    path = str(tariff_file(tmp_path))
    code, _, err = said(capsys, "quote", "--tariff", path, f"--quantity={quantity}")
    assert code == 1 and "Quantity: must be below" in one_sentence(err)


def test_a_reading_typed_for_year_1_or_with_16_digits_is_one_sentence(capsys, db):
    for value, day in (("10", "0001-01-01"), ("1234567890123456", "2025-06-01")):
        code, _, err = said(capsys, "--db", db, "readings", "add", "M1", value, "--date", day)
        assert code == 1 and len(err.strip().splitlines()) == 1 and "Traceback" not in err


def test_a_readings_file_dated_year_1_or_with_16_digit_values_rejects_those_rows(
    tmp_path, capsys, db
):
    rows = [
        "meter;date;reading",
        "M1;0001-01-01;10",
        "M1;2025-06-03;1234567890123456789",
        "M1;9999-12-31;5",
        "M1;2025-06-05;99999999999999999999999999999999999999999999",
        "M1;2025-06-06;12",
    ]
    path = tmp_path / "reads.csv"
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    code, out, err = said(capsys, "--lang", "es", "--db", db, "readings", "import", str(path))
    assert code == 1 and err == ""  # 1: rows were rejected
    assert "fila 2: rechazada: Fecha: debe estar entre el 1900-01-01 y el 2199-12-31" in out
    assert "fila 3: rechazada: Lectura: debe ser menor que 1000000000000" in out
    assert "fila 4: rechazada: Fecha: debe estar entre" in out
    assert "fila 5: rechazada: Lectura: debe ser menor" in out
    rejected = (tmp_path / "reads.rejected.csv").read_text(encoding="utf-8-sig")
    assert len(rejected.splitlines()) == 5  # the header and the four rows


def padded_workbook(path: Path, megabytes: int, where: str) -> Path:
    """A small valid workbook whose sheet is padded with a run of `megabytes` of spaces
    (`where="spaces"`) or holds one text cell that long (`"text"`): it zips to almost
    nothing and stays under the unpacked limit."""
    book = Workbook()
    book.active.append(["meter", "date", "reading"])
    book.active.append(["M1", "2025-06-01", 5])
    plain = path.with_suffix(".plain.xlsx")
    book.save(plain)
    filler = (b" " if where == "spaces" else b"x") * 2**20
    with zipfile.ZipFile(plain) as source, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for info in source.infolist():
            data = source.read(info)
            if info.filename != "xl/worksheets/sheet1.xml":
                out.writestr(info, data)
                continue
            cut = b"</sheetData>" if where == "spaces" else b"<t>M1</t>"
            head, tail = data.split(cut)
            with out.open(info.filename, "w") as part:
                part.write(head + (b"" if where == "spaces" else b"<t>"))
                for _ in range(megabytes):
                    part.write(filler)
                part.write((cut if where == "spaces" else b"</t>") + tail)
    return path


@pytest.mark.parametrize("where", ["spaces", "text"])
def test_a_padded_workbook_is_refused_before_it_is_parsed(tmp_path, where):
    # Hundreds of MB of such padding took up to 1.48 GB to read (the XML parser keeps a
    # run of text whole); 24 MB shows the same growth in a test's time.
    path = padded_workbook(tmp_path / "padded.xlsx", 24, where)
    tracemalloc.start()
    with pytest.raises(UnreadableFile) as refused:
        read_table(path)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert peak < 4 * 2**20  # bytes: blocks streamed through, never the padding whole
    assert "padded.xlsx" in str(refused.value) and "100,000" in str(refused.value)
    spanish = note_sentence(refused.value.note, "es")
    assert spanish.startswith("padded.xlsx: ") and "100,000" in spanish


def test_a_workbook_with_ordinary_texts_still_reads(tmp_path):
    path = padded_workbook(tmp_path / "ordinary.xlsx", 0, "spaces")
    assert [cells for _, cells in read_table(path).rows] == [
        ["meter", "date", "reading"],
        ["M1", "2025-06-01", 5],
    ]


def test_the_rejected_rows_file_keeps_minus_and_tab_formulas_as_text(tmp_path):
    rows = ["meter;date;reading", "-1+A1;2025-06-05;x", "\t=1+1;2025-06-05;x", "@SUM(1);x;x"]
    path = tmp_path / "reads.csv"
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    table = read_table(path)
    parsed = parse_readings(table)
    written = write_rejected(path, table, parsed.header_row, parsed.problems)
    assert written is not None
    with written.open(encoding="utf-8-sig", newline="") as handle:
        cells = [row[0] for row in csv.reader(handle, delimiter=";")][1:]
    assert cells == [" -1+A1", " \t=1+1", " @SUM(1)"]  # a spreadsheet reads them as text


def test_the_rejected_rows_file_guards_a_workbook_number_shown_with_an_exponent(tmp_path):
    # Found by the fuzz: a workbook's numbers were written as str() gives them, unguarded;
    # -1e16 is "-1e+16", a cell starting with "-" that the guard's plain numbers miss.
    book = Workbook()
    book.active.append(["meter", "date", "reading"])
    book.active.append([-1e16, "2025-06-05", -0.5])
    path = tmp_path / "reads.xlsx"
    book.save(path)
    table = read_table(path)
    parsed = parse_readings(table)
    written = write_rejected(path, table, parsed.header_row, parsed.problems)
    assert written is not None
    with written.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle, delimiter=";"))
    assert rows[1][:3] == [" -1e+16", "2025-06-05", "-0.5"]


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"currency": "ＥＵＲ"}, "currency"),
        ({"name": "Agua\u200b"}, "name"),
        ({"name": "Agua\x07"}, "name"),
        ({"unit": "m\u200d3"}, "unit"),
        ({"charges": [{"type": "fixed", "label": "Cuota\u200b", "amount": "1"}]}, "label"),
    ],
)
def test_a_tariff_with_full_width_or_invisible_characters_is_one_sentence(
    tmp_path, capsys, changes, field
):
    path = tariff_file(tmp_path, **changes)
    code, _, err = said(capsys, "--lang", "es", "quote", "--tariff", str(path), "--quantity", "1")
    assert code == 1 and field in one_sentence(err)


def test_tariff_names_equal_once_composed_are_one_tariff(tmp_path, capsys, db):
    composed = tariff_file(tmp_path, "a.json", name="Tarifa José")
    decomposed = tariff_file(tmp_path, "b.json", name="Tarifa Jose\u0301")
    assert said(capsys, "--db", db, "tariffs", "import", str(composed))[0] == 0
    code, out, _ = said(capsys, "--db", db, "tariffs", "import", str(decomposed))
    assert code == 0 and "already there: 1" in out
    code, out, _ = said(capsys, "--db", db, "tariffs", "list", "--json")
    assert [t["name"] for t in json.loads(out)] == ["Tarifa José"]


def unprivileged(*args: str) -> subprocess.CompletedProcess[str]:
    """`usagebill …` in a user namespace of its own: even run by root, the files keep
    their permission bits (root outside the namespace is no one inside)."""
    command = [sys.executable, "-m", "usagebill_desktop", *args]
    return subprocess.run(
        ["unshare", "--user", *command], capture_output=True, text=True, timeout=60, check=False
    )


@pytest.mark.skipif(shutil.which("unshare") is None, reason="needs unshare (util-linux)")
def test_a_read_only_data_folder_is_read_and_a_write_is_one_sentence(tmp_path, db):
    folder = tmp_path / "read only #1"
    folder.mkdir()
    shutil.copy(db, folder / "data.db")
    folder.chmod(0o555)
    try:
        probe = ["unshare", "--user", "true"]
        if subprocess.run(probe, capture_output=True, check=False).returncode != 0:
            pytest.skip("user namespaces are not available here")
        data = ["--lang", "es", "--db", str(folder / "data.db")]
        listed = unprivileged(*data, "customers", "list")
        assert listed.returncode == 0 and listed.stderr == ""
        assert listed.stdout.splitlines()[1].split() == ["000001", "Ana", "es"]
        added = unprivileged(*data, "customers", "add", "--name", "Bob")
        assert added.returncode == 1 and added.stdout == ""
        assert added.stderr == "usagebill: error: el archivo de datos es de solo lectura\n"
        assert sorted(p.name for p in folder.iterdir()) == ["data.db"]
    finally:
        folder.chmod(0o755)


def test_a_customer_sheet_with_odd_or_endless_digits_notes_the_rows(tmp_path):
    # Found by the fuzz: "²" is a digit to str.isdigit but not to int(), and int() refuses
    # more than 4,300 digits; both ended in a ValueError traceback.
    path = tmp_path / "customers.csv"
    path.write_text("account;name;digits\n1;Ana;²\n2;Bo;" + "9" * 5000 + "\n", encoding="utf-8")
    sheet = parse_customers(read_table(path))
    lines, problems = sheet.lines, sheet.problems
    assert lines == [] and [note.row for note in problems] == [2, 3]
    assert note_sentence(problems[0], "es") == "register digits '²' no es un número entero"
    assert "'99999999999999999999…'" in note_sentence(problems[1], "en")


def test_a_workbook_reading_of_1e999_is_rejected_where_it_is_read(tmp_path):
    book = Workbook()
    book.active.append(["meter", "date", "reading"])
    book.active.append(["M1", "2025-06-01", 12345])
    plain = tmp_path / "plain.xlsx"
    book.save(plain)
    path = tmp_path / "infinite.xlsx"
    with zipfile.ZipFile(plain) as source, zipfile.ZipFile(path, "w") as out:
        for info in source.infolist():
            out.writestr(info, source.read(info).replace(b"<v>12345</v>", b"<v>1E999</v>"))
    parsed = parse_readings(read_table(path))
    assert list(parsed.readings) == []
    assert [note_sentence(n, "es") for n in parsed.problems] == [
        "Lectura: debe ser menor que 1000000000000"
    ]


def test_a_meter_installed_in_year_1_or_9999_is_refused_naming_the_row(tmp_path, capsys, db):
    sheet = tmp_path / "meters.csv"
    rows = ["account;name;serial;kind;unit;install_date"]
    rows += [f"{n};Ana;S{n};cumulative;m3;{day}" for n, day in enumerate(DAYS, 1)]
    sheet.write_text("\n".join(rows) + "\n", encoding="utf-8")
    code, out, _ = said(capsys, "--lang", "es", "--db", db, "customers", "import", str(sheet))
    window = "debe estar entre el 1900-01-01 y el 2199-12-31"
    assert f"fila 2: Fecha de instalación: {window}" in out
    assert f"fila 3: Fecha de instalación: {window}" in out
    typed = ["meters", "add", "S9", "--customer", "000001", "--kind", "cumulative", "--unit", "m3"]
    code, _, err = said(capsys, "--db", db, *typed, "--date", "0001-01-01")
    assert code == 1 and "Install date: must be between" in one_sentence(err)


DAYS = ("0001-01-01", "9999-12-31", "2025-01-01")


@pytest.mark.parametrize(
    "command",
    [
        ["bill", "--from", "9999-12-01", "--to", "9999-12-31"],
        ["bill", "--from", "0001-01-01", "--to", "0001-01-31"],
        ["readings", "sheet", "--out", "{tmp}/sheet.csv", "--date", "0001-01-01"],
    ],
)
def test_a_billing_run_or_read_sheet_in_year_1_or_9999_is_one_sentence(
    tmp_path, capsys, db, command
):
    args = [part.replace("{tmp}", str(tmp_path)) for part in command]
    code, _, err = said(capsys, "--lang", "es", "--db", db, *args)
    assert code == 1
    assert one_sentence(err).endswith("Fecha: debe estar entre el 1900-01-01 y el 2199-12-31")


@pytest.mark.skipif(shutil.which("unshare") is None, reason="needs unshare (util-linux)")
def test_a_read_only_data_file_is_read_and_a_write_is_one_sentence(tmp_path, db):
    path = tmp_path / "kept" / "data.db"
    path.parent.mkdir()
    shutil.copy(db, path)
    before = path.read_bytes()
    path.chmod(0o444)
    try:
        probe = ["unshare", "--user", "true"]
        if subprocess.run(probe, capture_output=True, check=False).returncode != 0:
            pytest.skip("user namespaces are not available here")
        data = ["--lang", "es", "--db", str(path)]
        listed = unprivileged(*data, "customers", "list")
        assert listed.returncode == 0 and listed.stderr == ""
        added = unprivileged(*data, "customers", "add", "--name", "Bob")
        assert added.returncode == 1 and added.stdout == ""
        assert added.stderr == "usagebill: error: el archivo de datos es de solo lectura\n"
        assert path.read_bytes() == before
    finally:
        path.chmod(0o644)
