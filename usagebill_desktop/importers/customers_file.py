"""Rows of a customers-and-meters spreadsheet (moving from spreadsheets to the app):
one row per meter, the customer's details repeated, or a row per customer alone.

Columns are found by their headers in English or Spanish or by the names the app itself
writes (the keys of `customers list --json` and `meters list --json`), so what the app
exports imports back. A column no field reads is named in the report, never dropped in
silence. Each line says which fields its sheet has (`CustomerLine.present`): an update
changes those only."""

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from ..domain.imports import RowNote
from ..domain.marks import N_
from ..domain.text import fold
from .headers import Header, find_header
from .tables import Table, UnreadableFile
from .values import ValueProblem, cell_date, cell_number, decimal_comma_in

MOST_DIGITS = 9  # a register's digits or a place on a route: a small whole number
HEADERS = {
    "account": (
        "account",
        "account number",
        "customer",
        "customer account",
        "abonado",
        "n abonado",
        "no abonado",
        "numero de abonado",
        "cliente",
        "n cliente",
        "numero de cliente",
    ),
    "name": ("name", "customer name", "nombre", "nombre y apellidos", "razon social", "titular"),
    "tax_id": ("tax id", "vat number", "nif", "cif", "nif/cif", "dni", "nie"),
    "address": ("address", "direccion", "domicilio"),
    "email": ("email", "e-mail", "mail", "correo", "correo electronico"),
    "language": ("language", "idioma", "lang"),
    "serial": (
        "meter",
        "serial",
        "serial number",
        "meter serial",
        "contador",
        "n contador",
        "numero de serie",
    ),
    "kind": ("kind", "meter kind", "tipo de contador", "clase"),
    "unit": ("unit", "unidad"),
    "digits": ("digits", "register digits", "digitos", "cifras"),
    "multiplier": ("multiplier", "multiplicador", "factor"),
    "install_read": ("install read", "initial read", "lectura inicial", "lectura de instalacion"),
    "install_date": ("install date", "installed", "fecha de instalacion", "fecha alta", "alta"),
    "route": ("route", "route order", "ruta", "orden de ruta"),
    "tariff": ("tariff", "tarifa"),
}
KINDS = {
    "cumulative": "cumulative",
    "acumulativo": "cumulative",
    "totalizador": "cumulative",
    "interval": "interval",
    "usage": "interval",
    "por uso": "interval",
    "uso": "interval",
}


@dataclass(frozen=True, slots=True)
class CustomerLine:
    row: int
    account: str
    name: str
    tax_id: str
    address: str
    email: str
    language: str
    serial: str = ""
    kind: str = ""
    unit: str = ""
    digits: int | None = None
    multiplier: Decimal = Decimal(1)
    install_read: Decimal = Decimal(0)
    install_date: date | None = None
    route: int | None = None
    tariff: str = ""
    present: frozenset[str] = frozenset()  # the fields the sheet has a column for


@dataclass(frozen=True)
class _Row:
    """One row's cells, read by field name."""

    number: int
    cells: list[object]
    columns: dict[str, int]

    def raw(self, field: str) -> object:
        position = self.columns.get(field)
        return None if position is None or position >= len(self.cells) else self.cells[position]

    def text(self, field: str) -> str:
        value = self.raw(field)
        return "" if value is None else str(value).strip()


def parse_customers(
    table: Table, *, day_first: bool = True, decimal_comma: bool = True
) -> tuple[list[CustomerLine], list[RowNote], int, list[RowNote]]:
    """(lines, the rows that cannot be read, blank rows skipped, a warning on the header
    row for each column that is not used)."""
    header = _header(table)
    unused = [
        RowNote(
            header.row,
            N_("column {column} is not used: the import does not know it"),
            {"column": column},
        )
        for column in header.unused
    ]
    rows = [_Row(n, c, header.columns) for n, c in table.iter_rows() if n > header.row]
    texts = [r.raw(f) for r in rows for f in ("multiplier", "install_read")]
    told = decimal_comma_in([t for t in texts if isinstance(t, str)])
    comma = decimal_comma if told is None else told
    lines, problems, skipped = [], [], 0
    for row in rows:
        if not any(row.text(f) for f in row.columns):
            skipped += 1
            continue
        try:
            lines.append(_line(row, day_first, comma))
        except ValueProblem as problem:
            problems.append(RowNote(row.number, problem.template, problem.values))
    return lines, problems, skipped, unused


def _header(table: Table) -> Header:
    """The row naming the account and name columns; or, for a meter sheet (as `meters
    list` writes it), the account and serial columns."""
    found = find_header(table, HEADERS, ("account", "name")) or find_header(
        table, HEADERS, ("account", "serial")
    )
    if found is None:
        raise UnreadableFile(
            N_("{file}: no header names the account and name columns."), file=table.file
        )
    return found


def _whole(row: _Row, field: str, what: str) -> int | None:
    text = row.text(field).removesuffix(".0")
    if not text:
        return None
    if not (text.isascii() and text.isdigit()):  # "²" and "١٢" are digits to `isdigit`
        raise ValueProblem(N_("{what} {text} is not a whole number"), what=what, text=repr(text))
    if len(text) > MOST_DIGITS:
        raise ValueProblem(N_("{what} {text} is too large"), what=what, text=repr(text[:20] + "…"))
    return int(text)


def _line(row: _Row, day_first: bool, comma: bool) -> CustomerLine:
    kind = row.text("kind")
    if kind and fold(kind) not in KINDS:
        raise ValueProblem(
            N_("meter kind {text} is neither cumulative nor interval"), text=repr(kind)
        )
    return CustomerLine(
        row=row.number,
        account=row.text("account"),
        name=row.text("name"),
        tax_id=row.text("tax_id"),
        address=row.text("address"),
        email=row.text("email"),
        language=row.text("language").lower()[:2],
        serial=row.text("serial"),
        kind=KINDS[fold(kind)] if kind else "",
        unit=row.text("unit"),
        digits=_whole(row, "digits", "register digits"),
        multiplier=cell_number(row.raw("multiplier"), comma)
        if row.text("multiplier")
        else Decimal(1),
        install_read=cell_number(row.raw("install_read"), comma)
        if row.text("install_read")
        else Decimal(0),
        install_date=cell_date(row.raw("install_date"), day_first)
        if row.text("install_date")
        else None,
        route=_whole(row, "route", "route order"),
        tariff=row.text("tariff"),
        present=frozenset(row.columns),
    )
