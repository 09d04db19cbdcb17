"""A read sheet as CSV or XLSX, with headers the readings import recognises, so the
filled-in sheet imports back as it is (rows left empty count as not read). Names stay
text in both (`spreadsheet_cells`); the file is written whole or not at all."""

import csv
from decimal import Decimal
from pathlib import Path

from ..atomic_files import atomic_open
from ..domain.marks import NP_
from ..domain.money import plain
from ..domain.readings import SheetLine
from ..spreadsheet_cells import csv_text, xlsx_text
from ..texts import Phrasebook
from .workbooks import write_only_workbook

HEADINGS = Phrasebook(
    "read_sheet_file",
    {
        0: NP_("read_sheet_file", "Route"),
        1: NP_("read_sheet_file", "Meter"),
        2: NP_("read_sheet_file", "Customer"),
        3: NP_("read_sheet_file", "Address"),
        4: NP_("read_sheet_file", "Previous reading"),
        5: NP_("read_sheet_file", "Previous date"),
        6: NP_("read_sheet_file", "Expected from"),
        7: NP_("read_sheet_file", "Expected to"),
        8: NP_("read_sheet_file", "Date"),
        9: NP_("read_sheet_file", "Reading"),
        10: NP_("read_sheet_file", "Note"),
    },
)
SHEET_NAME = Phrasebook("read_sheet_file", {"sheet": NP_("read_sheet_file", "Readings")})


def _cells(line: SheetLine) -> list[object]:
    return [
        line.route,
        line.serial,
        line.customer,
        line.address.replace("\n", ", "),
        line.previous,
        line.previous_on,
        line.low,
        line.high,
        None,
        None,
        None,
    ]


def _xlsx_cell(sheet: object, value: object) -> object:
    if not isinstance(value, str):
        return value
    from openpyxl.cell import WriteOnlyCell

    return xlsx_text(WriteOnlyCell(sheet), value)


def _csv_cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        return csv_text(value)
    return plain(value) if isinstance(value, Decimal) else str(value)


def write_read_sheet(lines: list[SheetLine], target: Path, language: str) -> Path:
    if target.suffix.lower() == ".xlsx":
        with write_only_workbook(target) as book:
            sheet = book.create_sheet(SHEET_NAME(language)["sheet"])
            sheet.append(list(HEADINGS(language).values()))
            for line in lines:
                sheet.append([_xlsx_cell(sheet, c) for c in _cells(line)])
        return target
    with atomic_open(target, "w", encoding="utf-8-sig", newline="") as handle:
        out = csv.writer(handle, delimiter=";")
        out.writerow(HEADINGS(language).values())
        for line in lines:
            out.writerow([_csv_cell(c) for c in _cells(line)])
    return target
