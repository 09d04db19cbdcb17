"""A read sheet as CSV or XLSX, with headers the readings import recognises, so the
filled-in sheet imports back as it is (rows left empty count as not read). Names stay
text in both (`spreadsheet_cells`); the file is written whole or not at all."""

import csv
from decimal import Decimal
from pathlib import Path

from ..atomic_files import atomic_open
from ..domain.money import plain
from ..domain.readings import SheetLine
from ..spreadsheet_cells import csv_text, xlsx_text
from .workbooks import write_only_workbook

HEADINGS = {
    "en": ("Route", "Meter", "Customer", "Address", "Previous reading", "Previous date",
           "Expected from", "Expected to", "Date", "Reading", "Note"),
    "es": ("Ruta", "Contador", "Cliente", "Dirección", "Lectura anterior", "Fecha anterior",
           "Esperada desde", "Esperada hasta", "Fecha", "Lectura", "Observaciones"),
}  # fmt: skip


def _cells(line: SheetLine) -> list[object]:
    return [line.route, line.serial, line.customer, line.address.replace("\n", ", "),
            line.previous, line.previous_on, line.low, line.high, None, None, None]  # fmt: skip


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
            sheet = book.create_sheet("Lecturas" if language == "es" else "Readings")
            sheet.append(list(HEADINGS[language]))
            for line in lines:
                sheet.append([_xlsx_cell(sheet, c) for c in _cells(line)])
        return target
    with atomic_open(target, "w", encoding="utf-8-sig", newline="") as handle:
        out = csv.writer(handle, delimiter=";")
        out.writerow(HEADINGS[language])
        for line in lines:
            out.writerow([_csv_cell(c) for c in _cells(line)])
    return target
