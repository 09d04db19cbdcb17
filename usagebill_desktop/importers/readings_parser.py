"""Rows of a readings file as candidate readings: columns found by their headers (English
or Spanish, any case, with or without accents) or mapped by hand, values parsed exactly.
Blank rows and totals rows are skipped and counted; a cell that cannot be read is a
problem for that row only, named by the file's own row number."""

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from itertools import islice

from ..domain.errors import InvalidValue
from ..domain.imports import RowNote, rule_note
from ..domain.marks import N_
from ..domain.meters import check_quantity
from ..domain.periods import check_day
from ..domain.readings import ReadType
from ..domain.text import fold
from .headers import find_columns
from .reading_rows import FileReadings
from .tables import Table, UnreadableFile
from .values import ValueProblem, cell_date, cell_number, date_order, decimal_comma_in

FIELDS = ("meter", "date", "value", "type", "note")
REQUIRED = ("meter", "date", "value")
HEADERS = {
    "meter": (
        "meter",
        "meter serial",
        "serial",
        "serial number",
        "contador",
        "n contador",
        "no contador",
        "numero de contador",
        "numero de serie",
        "n serie",
        "medidor",
    ),
    "date": (
        "date",
        "read date",
        "reading date",
        "fecha",
        "fecha de lectura",
        "fecha lectura",
        "dia",
        "day",
    ),
    "value": (
        "reading",
        "read",
        "value",
        "index",
        "lectura",
        "valor",
        "indice",
        "usage",
        "quantity",
        "cantidad",
        "consumo",
        "hours",
        "horas",
        "pages",
        "paginas",
    ),
    "type": ("type", "read type", "reading type", "tipo", "tipo de lectura", "tipo lectura"),
    "note": (
        "note",
        "notes",
        "comment",
        "comments",
        "nota",
        "notas",
        "observaciones",
        "comentario",
        "comentarios",
    ),
}
TOTALS = ("total", "totals", "totales", "suma", "sum", "subtotal")
_TOTALS_START = frozenset("tTsS")
SAMPLE_ROWS = 5_000
PROGRESS_EVERY = 5_000


class NoHeader(UnreadableFile):
    """No row names the meter, date and reading columns: the columns must be mapped."""


@dataclass
class ParsedFile:
    table: Table
    mapping: dict[str, int]  # field → column (0-based)
    header_row: int | None
    day_first: bool
    date_order_from: str  # "file" or "locale": the preview says which decided
    decimal_comma: bool
    readings: FileReadings
    problems: list[RowNote]
    skipped: int  # blank and totals rows
    sha256: str | None = None  # the file's, when every row was read (not for a preview)


def parse_mapping(text: str) -> dict[str, int]:
    """`meter=2,date=1,value=4` (columns counted from 1) → field → column (0-based)."""
    mapping = {}
    for part in text.split(","):
        field, _, column = part.partition("=")
        field = field.strip().lower()
        if field not in FIELDS or not column.strip().isdigit() or int(column) < 1:
            raise UnreadableFile(
                N_("the mapping {part} is not like meter=2 (fields: {fields}; columns from 1)."),
                part=repr(part.strip()),
                fields=", ".join(FIELDS),
            )
        mapping[field] = int(column) - 1
    return mapping


def find_header(table: Table) -> tuple[int, dict[str, int]] | None:
    """The first row that names the meter, date and value columns, with their positions."""
    return find_columns(table, HEADERS, REQUIRED)


def parse_readings(
    table: Table,
    *,
    mapping: Mapping[str, int] | None = None,
    day_first: bool = True,
    decimal_comma: bool = True,
    limit: int | None = None,
    progress: Callable[[int], object] | None = None,
) -> ParsedFile:
    """`day_first` and `decimal_comma` are the locale's; the file's own dates and numbers
    overrule them when they tell. `limit` reads only the first rows (a preview: the
    conventions are told by those rows anyway); `progress(rows read)` is called every few
    thousand rows and may raise to stop."""
    header = find_header(table) if mapping is None else None
    if mapping is None:
        if header is None:
            raise NoHeader(
                N_(
                    "{file}: no header names the meter, date and reading columns; "
                    "give a mapping such as meter=1,date=2,value=3."
                ),
                file=table.file,
            )
        mapping = header[1]
    missing = [f for f in REQUIRED if f not in mapping]
    if missing:
        raise UnreadableFile(
            N_("the mapping has no column for {fields}."), fields=", ".join(missing)
        )
    first = header[0] if header else 0
    # The conventions are told by the first rows that show them (a sample, not the file).
    sample = [(n, cells) for n, cells in table.head(first + SAMPLE_ROWS) if n > first]
    told = date_order(_texts(sample, mapping["date"]))
    comma = decimal_comma_in(_texts(sample, mapping["value"]))
    result = ParsedFile(
        table,
        dict(mapping),
        header[0] if header else None,
        day_first if told is None else told,
        "locale" if told is None else "file",
        decimal_comma if comma is None else comma,
        FileReadings(),
        [],
        0,
    )
    rows = table.iter_rows() if limit is None else islice(table.iter_rows(), first + limit)
    for number, cells in rows:
        if progress is not None and number % PROGRESS_EVERY == 0:
            progress(number)
        if number > first:
            _parse_row(result, number, cells)
    if limit is None:
        result.sha256 = table.sha256
    return result


def _texts(body: list[tuple[int, list[object]]], column: int) -> list[str]:
    """A column's text cells (real date and number cells tell nothing about conventions)."""
    cells = (c[column] for _, c in body if column < len(c))
    return [cell for cell in cells if isinstance(cell, str)]


def _cell(cells: list[object], position: int | None) -> object:
    if position is None or position >= len(cells):
        return None
    value = cells[position]
    return value.strip() if isinstance(value, str) else value


def _first_text(cells: list[object]) -> str | None:
    """The row's first non-blank cell, as text; None for a blank row."""
    for cell in cells:
        if cell is not None:
            text = cell.strip() if isinstance(cell, str) else str(cell).strip()
            if text:
                return text
    return None


def _parse_row(result: ParsedFile, number: int, cells: list[object]) -> None:
    first = _first_text(cells)
    if first is None:
        result.skipped += 1
        return
    # Folding accents costs; only a cell that starts like "Total"/"Suma" can be one.
    if first[0] in _TOTALS_START and fold(first).rstrip(":") in TOTALS:
        result.skipped += 1
        return
    m = result.mapping
    meter, when, value = _cell(cells, m["meter"]), _cell(cells, m["date"]), _cell(cells, m["value"])
    if meter not in (None, "") and when in (None, "") and value in (None, ""):
        result.skipped += 1  # a read sheet's line left empty: not read this time
        return
    try:
        if meter in (None, ""):
            raise ValueProblem(N_("no meter serial"))
        if when in (None, ""):
            raise ValueProblem(N_("no date"))
        if value in (None, ""):
            raise ValueProblem(N_("no reading"))
        read_on = cell_date(when, result.day_first)
        check_day("date", read_on)
        amount = cell_number(value, result.decimal_comma)
        check_quantity("value", amount)  # 16 digits or 1E999 never reach the register
        kind_text = _cell(cells, m.get("type"))
        kind = ReadType.parse(str(kind_text)) if kind_text not in (None, "") else ReadType.ACTUAL
    except ValueProblem as problem:
        result.problems.append(RowNote(number, problem.template, problem.values))
        return
    except InvalidValue as error:
        result.problems.append(rule_note(number, error.field, error.reason, error.values))
        return
    note = _cell(cells, m.get("note"))
    result.readings.add(
        number, str(meter), read_on, amount, kind, "" if note is None else str(note)
    )
