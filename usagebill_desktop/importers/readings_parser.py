"""Rows of a readings file as candidate readings: columns found by their headers (English
or Spanish, any case, with or without accents) or mapped by hand, values parsed exactly.
Blank rows and totals rows are skipped and counted; a cell that cannot be read is a
problem for that row only, named by the file's own row number."""

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from itertools import islice

from ..domain.errors import InvalidValue
from ..domain.imports import RowNote, rule_note
from ..domain.marks import N_
from ..domain.meters import check_quantity
from ..domain.periods import check_day
from ..domain.readings import ReadType
from ..domain.text import fold
from .conventions import (
    DATES,
    DECIMAL,
    OTHER_MARK,
    SAMPLE,
    UNDECIDED,
    Convention,
    ConventionUndecided,
    Evidence,
    decide_all,
)
from .headers import find_columns
from .reading_rows import FileReadings
from .tables import Table, UnreadableFile
from .values import ValueProblem, cell_date, cell_number, date_told, mark_told, plain

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
    day_first: bool  # what the rows were read with
    decimal_comma: bool
    readings: FileReadings
    problems: list[RowNote]
    skipped: int  # blank and totals rows
    sha256: str | None = None  # the file's, when every row was read (not for a preview)
    dates: Convention = UNDECIDED  # what decided, and why (None: undecided)
    decimal: Convention = UNDECIDED
    evidence: dict[str, Evidence] = field(default_factory=dict)  # by DATES and DECIMAL
    limit: int | None = None  # a preview: the first rows only
    dates_seen: dict[str, str | None] = field(default_factory=dict)  # text → date_told
    asked: bool = False  # the decimal mark was given: a value that shows the other is a problem

    def undecided(self) -> ConventionUndecided | None:
        """The question the import must ask before writing, if any (dates first)."""
        for kind, said in ((DATES, self.dates), (DECIMAL, self.decimal)):
            if said.choice is None:
                column = self.mapping["date" if kind == DATES else "value"]
                return ConventionUndecided(
                    kind, self.evidence[kind], file=self.table.file, column=self._name(column)
                )
        return None

    def _name(self, column: int) -> str:
        """A column as its header names it, or by its number."""
        if self.header_row is not None:
            cells = dict(self.table.head(self.header_row)).get(self.header_row, [])
            if column < len(cells) and str(cells[column] or "").strip():
                return repr(str(cells[column]).strip())
        return str(column + 1)


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
    decimal: str | None = None,
    dates: str | None = None,
    limit: int | None = None,
    progress: Callable[[int], object] | None = None,
) -> ParsedFile:
    """`day_first` and `decimal_comma` are the locale's, which decide only where no cell
    reads two ways; `decimal` ("," or ".") and `dates` ("dmy" or "mdy") are a person's
    answer and overrule the file (a value that says otherwise is a problem of its row).
    Every cell of the date and value columns is weighed; what they leave open is left
    undecided (`ParsedFile.undecided`), the rows read meanwhile the locale's way. `limit`
    reads only the first rows (a preview); `progress(rows read)` is called every few
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
    locale = {DATES: "dmy" if day_first else "mdy", DECIMAL: "," if decimal_comma else "."}
    options = {DATES: dates, DECIMAL: decimal}
    # The rows are read the way the first rows tell (a sample), and read again in the
    # rare file whose later rows decide otherwise.
    sample = ParsedFile(table, dict(mapping), None, day_first, decimal_comma, FileReadings(), [], 0)
    for number, cells in table.head(first + SAMPLE_ROWS):
        if number > first:
            _parse_row(sample, number, cells)
    told = _decide(sample, options, locale)
    result = ParsedFile(
        table,
        dict(mapping),
        header[0] if header else None,
        (told[DATES].choice or locale[DATES]) == "dmy",
        (told[DECIMAL].choice or locale[DECIMAL]) == ",",
        FileReadings(),
        [],
        0,
        limit=limit,
        asked=decimal is not None,
    )
    _read_rows(result, first, progress)
    result.dates, result.decimal = (d := _decide(result, options, locale))[DATES], d[DECIMAL]
    return reread(result, progress) if _misread(result) else result


def reread(
    parsed: ParsedFile,
    progress: Callable[[int], object] | None = None,
    **decided: Convention,
) -> ParsedFile:
    """The file read again with the conventions decided (`dates=`, `decimal=`: by the
    meters' history); the same file when its rows were read that way already."""
    parsed = replace(parsed, **decided)  # type: ignore[arg-type]
    if not _misread(parsed):
        return parsed
    again = replace(
        parsed,
        day_first=(parsed.dates.choice or ("dmy" if parsed.day_first else "")) == "dmy",
        decimal_comma=(parsed.decimal.choice or ("," if parsed.decimal_comma else "")) == ",",
        readings=FileReadings(),
        problems=[],
        skipped=0,
        evidence={},
        dates_seen={},
    )
    _read_rows(again, parsed.header_row or 0, progress)
    return again


def _misread(parsed: ParsedFile) -> bool:
    """Whether a decided convention is not the one the rows were read with."""
    dates, decimal = parsed.dates.choice, parsed.decimal.choice
    return (dates is not None and (dates == "dmy") != parsed.day_first) or (
        decimal is not None and (decimal == ",") != parsed.decimal_comma
    )


def _decide(
    parsed: ParsedFile, options: dict[str, str | None], locale: dict[str, str]
) -> dict[str, Convention]:
    delimiter = parsed.table.delimiter
    return decide_all(parsed.evidence, options=options, locale=locale, delimiter=delimiter)


def _read_rows(result: ParsedFile, first: int, progress: Callable[[int], object] | None) -> None:
    table, limit = result.table, result.limit
    rows = table.iter_rows() if limit is None else islice(table.iter_rows(), first + limit)
    for number, cells in rows:
        if progress is not None and number % PROGRESS_EVERY == 0:
            progress(number)
        if number > first:
            _parse_row(result, number, cells)
    if limit is None:
        result.sha256 = table.sha256


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
    if isinstance(when, str):
        _weigh_date(result, number, when, meter)
    try:
        if meter in (None, ""):
            raise ValueProblem(N_("no meter serial"))
        if when in (None, ""):
            raise ValueProblem(N_("no date"))
        if value in (None, ""):
            raise ValueProblem(N_("no reading"))
        read_on = cell_date(when, result.day_first)
        check_day("date", read_on)
        if isinstance(value, str) and ("." in value or "," in value):
            _weigh_value(result, number, value, meter, when)
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


def _weigh_date(result: ParsedFile, number: int, text: str, meter: object) -> None:
    """A date cell as evidence of the order. A text seen before adds nothing, except a
    two-way one while the history's sample of such rows is not full."""
    seen = result.dates_seen
    if text in seen:
        told = seen[text]
        if told is not None or len(result.evidence[DATES].two_ways) >= SAMPLE:
            return
    else:
        told = seen[text] = date_told(text)
        if told == "":
            return
    result.evidence.setdefault(DATES, Evidence()).add(told, number, text, meter, text)


def _weigh_value(result: ParsedFile, number: int, text: str, meter: object, when: object) -> None:
    """A value cell as evidence of the decimal mark. Once the column has shown the mark
    the rows are read with, a cell written with that mark alone cannot add anything."""
    comma = result.decimal_comma
    evidence = result.evidence.get(DECIMAL)
    if evidence is not None and ("," if comma else ".") in evidence.told and plain(text, comma):
        return
    told = mark_told(text)
    if told and result.asked and (told == ",") != comma:
        raise ValueProblem(OTHER_MARK[told], text=text)
    if evidence is None:
        evidence = result.evidence[DECIMAL] = Evidence()
    evidence.add(told, number, text, meter, when)
