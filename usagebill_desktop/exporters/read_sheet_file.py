"""A read sheet as CSV or XLSX, with headers the readings import recognises, so the
filled-in sheet imports back as it is (rows left empty count as not read)."""

import csv
from pathlib import Path

from ..domain.money import plain
from ..domain.readings import SheetLine

HEADINGS = {
    "en": ("Route", "Meter", "Customer", "Address", "Previous reading", "Previous date",
           "Expected from", "Expected to", "Date", "Reading", "Note"),
    "es": ("Ruta", "Contador", "Cliente", "Dirección", "Lectura anterior", "Fecha anterior",
           "Esperada desde", "Esperada hasta", "Fecha", "Lectura", "Observaciones"),
}  # fmt: skip


def _cells(line: SheetLine) -> list[object]:
    return [line.route, line.serial, line.customer, line.address.replace("\n", ", "),
            line.previous, line.previous_on, line.low, line.high, None, None, None]  # fmt: skip


def _text_cell(sheet: object, value: object) -> object:
    """Text stays text: a customer called "=HYPERLINK(…)" must not become a formula."""
    if not isinstance(value, str):
        return value
    from openpyxl.cell import WriteOnlyCell

    cell = WriteOnlyCell(sheet, value=value)
    cell.data_type = "s"
    return cell


def write_read_sheet(lines: list[SheetLine], target: Path, language: str) -> Path:
    if target.suffix.lower() == ".xlsx":
        from openpyxl import Workbook  # heavy: only when a workbook is written

        book = Workbook(write_only=True)
        sheet = book.create_sheet("Lecturas" if language == "es" else "Readings")
        sheet.append(list(HEADINGS[language]))
        for line in lines:
            sheet.append([_text_cell(sheet, c) for c in _cells(line)])
        book.save(target)
        return target
    with target.open("w", encoding="utf-8-sig", newline="") as handle:
        out = csv.writer(handle, delimiter=";")
        out.writerow(HEADINGS[language])
        for line in lines:
            out.writerow(["" if c is None else plain(c) if hasattr(c, "normalize") else c
                          for c in _cells(line)])  # fmt: skip
    return target
