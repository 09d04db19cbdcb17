"""Every file the app writes with people's text in it, read back as a spreadsheet would:
names that start like a formula stay names, and a failed or killed write leaves neither a
half file under the target's name nor a temporary file."""

import csv
import os
import re
import signal
import subprocess
import sys
from dataclasses import replace
from datetime import date
from decimal import Decimal
from itertools import islice

import pytest
from openpyxl import load_workbook

from usagebill_desktop.atomic_files import atomic_open
from usagebill_desktop.cli import main
from usagebill_desktop.domain.invoices import month_span
from usagebill_desktop.domain.readings import SheetLine
from usagebill_desktop.exporters.books_csv import write_books_csv
from usagebill_desktop.exporters.read_sheet_file import write_read_sheet
from usagebill_desktop.exporters.xlsx_summary import write_books_xlsx
from usagebill_desktop.importers.tables import read_table
from usagebill_desktop.services.books import export_books

TODAY = date(2026, 11, 24)
# A name for each character that makes a spreadsheet evaluate a cell.
NAMES = (
    '=HYPERLINK("http://x","pay here")',
    "+1+cmd|' /C calc'!A0",
    "-2+3",
    "@SUM(1,2)",
    "\t=1+1",
    "\r=1+1",
)
TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
NUMBER = re.compile(r"-?\d+(?:[.,]\d+)?")


def evaluated(text: str) -> bool:
    """Would a spreadsheet opening this CSV cell take it for a formula?"""
    return text.startswith(TRIGGERS) and not NUMBER.fullmatch(text)


def csv_rows(path) -> list[list[str]]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.reader(handle, delimiter=";" if b";" in path.read_bytes() else ","))


def check_csv(path, names) -> None:
    """No cell is a formula; each name is there behind one space, and no apostrophe."""
    cells = [cell for row in csv_rows(path) for cell in row]
    assert [c for c in cells if evaluated(c)] == []
    for name in names:
        assert " " + name in cells and "'" + name not in cells
    # The app's own import takes the space off again: the name comes back exactly.
    read_back = [cell for _, row in read_table(path).iter_rows() for cell in row]
    assert set(names) <= set(read_back)


def check_xlsx(path, names, formulas=()) -> None:
    """No cell is a formula (but the totals rows'); each name is a string cell with the
    quote prefix, showing the name (XML keeps a carriage return as a line break)."""
    book = load_workbook(path)
    cells = [cell for sheet in book for row in sheet.iter_rows() for cell in row]
    assert [c.value for c in cells if c.data_type == "f" and not c.value.startswith(formulas)] == []
    shown = {name.replace("\r", "\n") for name in names}
    found = [c for c in cells if c.value in shown]
    assert {c.value for c in found} == shown
    assert all(c.data_type == "s" and c.quotePrefix for c in found)


def renamed_books(books):
    """The first invoices, lines, meters and customers of the month under those names."""

    def named(rows, field):
        return [
            replace(row, **{field: NAMES[i % len(NAMES)]})
            for i, row in enumerate(islice(rows, 2 * len(NAMES)))
        ]

    return replace(
        books,
        invoices=named(books.invoices, "name"),
        lines=named(books.lines, "meter"),
        consumption=named(books.consumption, "name"),
        customers=named(books.customers, "name"),
    )


def books_workbook(demo, tmp_path):
    target = tmp_path / "books.xlsx"
    export_books(
        demo.open_uow,
        span=month_span(2026, 10),
        today=TODAY,
        write=lambda b: write_books_xlsx(renamed_books(b), target, "en"),
    )
    check_xlsx(target, NAMES, formulas=("=SUBTOTAL(",))


def books_csv(demo, tmp_path):
    written = export_books(
        demo.open_uow,
        span=month_span(2026, 10),
        today=TODAY,
        write=lambda b: write_books_csv(renamed_books(b), tmp_path, "es"),
    )
    for path in written:  # invoices (customer names) and lines (meters)
        check_csv(path, NAMES)


def rejected_rows(demo, tmp_path):
    source = tmp_path / "lecturas.csv"
    with source.open("w", encoding="utf-8", newline="") as handle:
        out = csv.writer(handle, delimiter=";")
        out.writerow(["meter", "date", "reading"])
        out.writerows([name, "05/10/2026", "-5"] for name in NAMES)  # unknown meters
    # Every date reads two ways (05/10/2026) and no meter is known: the order is given.
    assert main(["--db", demo.location, "readings", "import", str(source), "--dates", "dmy"]) == 1
    rejected = tmp_path / "lecturas.rejected.csv"
    check_csv(rejected, NAMES)
    # A number is not text: the negative reading is written as it was, unguarded.
    assert [row[2] for row in csv_rows(rejected)[1:]] == ["-5"] * len(NAMES)


def sheet_lines():
    return [
        SheetLine(
            route=n,
            serial=name,
            customer=name,
            address="C/ Mayor 1",
            previous=Decimal("-1.5"),
            previous_on=date(2026, 10, 1),
            low=None,
            high=None,
        )
        for n, name in enumerate(NAMES, 1)
    ]


def read_sheet_csv(demo, tmp_path):
    target = write_read_sheet(sheet_lines(), tmp_path / "ruta.csv", "es")
    check_csv(target, NAMES)
    assert {row[4] for row in csv_rows(target)[1:]} == {"-1.5"}  # a number, unguarded


def read_sheet_xlsx(demo, tmp_path):
    check_xlsx(write_read_sheet(sheet_lines(), tmp_path / "ruta.xlsx", "es"), NAMES)


@pytest.mark.parametrize(
    "exporter", [books_workbook, books_csv, rejected_rows, read_sheet_csv, read_sheet_xlsx]
)
def test_names_that_start_like_a_formula_are_read_back_as_names(demo, tmp_path, exporter):
    exporter(demo, tmp_path)


def test_the_read_sheet_command_writes_a_hyperlink_name_as_text_and_imports_it_back(
    demo, tmp_path, capsys
):
    name = '=HYPERLINK("http://x","pay here")'
    assert main(["--db", demo.location, "customers", "add", "--name", name]) == 0
    account = capsys.readouterr().out.split()[2].rstrip(":")
    assert (
        main(
            [
                "--db",
                demo.location,
                "meters",
                "add",
                "X-1",
                "--customer",
                account,
                "--kind",
                "cumulative",
                "--unit",
                "m3",
                "--install-read",
                "1",
                "--date",
                "2026-10-01",
            ]
        )
        == 0
    )
    sheet = tmp_path / "x.csv"
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
    assert next(row for row in csv_rows(sheet) if row[1] == "X-1")[2] == " " + name
    assert main(["--db", demo.location, "readings", "import", str(sheet)]) == 0


def files_in(folder) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def failing_lines():
    yield sheet_lines()[0]
    raise OSError("the disk is full")


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_a_failed_export_leaves_the_old_file_and_no_temporary_file(tmp_path, suffix):
    target = tmp_path / f"ruta{suffix}"
    target.write_bytes(b"the sheet of last month")
    with pytest.raises(OSError, match="disk is full"):
        write_read_sheet(failing_lines(), target, "es")
    assert files_in(tmp_path) == [target.name]
    assert target.read_bytes() == b"the sheet of last month"


def test_a_workbook_that_fails_while_saved_leaves_nothing_behind(tmp_path, monkeypatch):
    from openpyxl import Workbook

    def save_half(book, path):
        path.write_bytes(b"PK\x03\x04 half a workbook")
        raise OSError("the disk is full")

    monkeypatch.setattr(Workbook, "save", save_half)
    with pytest.raises(OSError, match="disk is full"):
        write_read_sheet(sheet_lines(), tmp_path / "ruta.xlsx", "es")
    assert files_in(tmp_path) == []


def test_a_killed_write_never_leaves_a_half_file_under_the_target_name(tmp_path):
    target = tmp_path / "books.csv"
    script = (
        "import sys, time\nfrom pathlib import Path\n"
        "from usagebill_desktop.atomic_files import atomic_open\n"
        "with atomic_open(Path(sys.argv[1]), 'w') as handle:\n"
        "    handle.write('half of it'); handle.flush(); print('writing', flush=True)\n"
        "    time.sleep(60)\n"
    )
    writer = subprocess.Popen(
        [sys.executable, "-c", script, str(target)], stdout=subprocess.PIPE, text=True
    )
    assert writer.stdout.readline() == "writing\n"
    os.kill(writer.pid, signal.SIGKILL)
    writer.wait()
    writer.stdout.close()
    assert not target.exists()
    (left,) = tmp_path.iterdir()  # the temporary file, hidden, never the target's name
    assert left.name.startswith(".books.csv.") and left.name.endswith(".part")


def test_a_finished_write_replaces_the_target_whole_with_the_usual_permissions(tmp_path):
    target, usual = tmp_path / "tariff.json", tmp_path / "usual.json"
    target.write_text("old", encoding="utf-8")
    with atomic_open(target, "w", encoding="utf-8") as handle:
        handle.write("new")
        assert target.read_text(encoding="utf-8") == "old"  # not until it is complete
    assert files_in(tmp_path) == ["tariff.json"]
    assert target.read_text(encoding="utf-8") == "new"
    usual.write_text("made as any file is", encoding="utf-8")
    assert target.stat().st_mode == usual.stat().st_mode  # not a private temporary file's
