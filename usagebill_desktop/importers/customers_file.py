"""Rows of a customers-and-meters spreadsheet (moving from spreadsheets to the app):
one row per meter, the customer's details repeated, or a row per customer alone.

Columns are found by their headers in English or Spanish or by the names the app itself
writes (the keys of `customers list --json` and `meters list --json`), so what the app
exports imports back. A column no field reads is named in the report, never dropped in
silence. Each line says which fields its sheet has (`CustomerLine.present`): an update
changes those only. Its numbers and dates are read as a readings file's are
(`conventions.py`): every value weighed, never decided in silence."""

from dataclasses import dataclass, field, replace
from datetime import date
from decimal import Decimal

from ..domain.imports import RowNote
from ..domain.marks import N_
from ..domain.text import fold
from .conventions import (
    DATES,
    DECIMAL,
    OTHER_MARK,
    UNDECIDED,
    Convention,
    ConventionUndecided,
    Evidence,
    decide_all,
)
from .headers import Header, find_header
from .tables import Table, UnreadableFile
from .values import ValueProblem, cell_date, cell_number, date_told, mark_told

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
        "cuenta",
        "n cuenta",
        "numero de cuenta",
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
    "kind": ("kind", "meter kind", "tipo", "tipo de contador", "clase"),
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


# The columns whose text may read two ways, and what they tell about. The number columns
# are weighed together: a sheet writes its decimals one way.
WEIGHED = {"install_read": DECIMAL, "multiplier": DECIMAL, "install_date": DATES}


@dataclass
class CustomersSheet:
    """A sheet's rows read: its lines, the rows that cannot be read, blank rows skipped, a
    warning on the header row for each column that is not used, and how its numbers and
    dates were read and why (`dates`, `decimal`; None: the sheet cannot tell, see
    `undecided`). The evidence's sample rows carry the meter's serial and the field."""

    table: Table
    header: Header
    rows: list[_Row]
    unused: list[RowNote]
    evidence: dict[str, Evidence]
    locale: dict[str, str]
    dates: Convention = UNDECIDED
    decimal: Convention = UNDECIDED
    asked: bool = False  # the decimal mark was given: a value that shows the other is a problem
    lines: list[CustomerLine] = field(default_factory=list)
    problems: list[RowNote] = field(default_factory=list)
    skipped: int = 0

    def undecided(self) -> ConventionUndecided | None:
        """The question the import must ask before writing, if any (dates first)."""
        for kind, said in ((DATES, self.dates), (DECIMAL, self.decimal)):
            if said.choice is None:
                evidence = self.evidence[kind]
                cited = list(evidence.told.values()) or [evidence.two_ways[0][:2]]
                named = dict.fromkeys(self._column(row, text) for row, text in cited)
                column = ", ".join(named)
                return ConventionUndecided(kind, evidence, file=self.table.file, column=column)
        return None

    def _column(self, number: int, text: str) -> str:
        """The weighed column of row `number` that holds `text`, as its header names it."""
        row = next(r for r in self.rows if r.number == number)
        weighed = next(f for f in WEIGHED if f in row.columns and row.text(f) == text)
        cells = dict(self.table.head(self.header.row))[self.header.row]
        return repr(str(cells[row.columns[weighed]]).strip())


def parse_customers(
    table: Table,
    *,
    day_first: bool = True,
    decimal_comma: bool = True,
    decimal: str | None = None,
    dates: str | None = None,
) -> CustomersSheet:
    """`day_first` and `decimal_comma` are the locale's, which decide only where no cell
    reads two ways; `decimal` ("," or ".") and `dates` ("dmy" or "mdy") are a person's
    answer and overrule the sheet (a value that says otherwise is a problem of its row).
    Every text cell of the install read, multiplier and install date columns is weighed
    (`conventions.decide`); what they leave open is left undecided, for the stored meters
    to settle (`services/onboarding.py`) or the person to answer."""
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
    evidence = _weigh(rows)
    locale = {DATES: "dmy" if day_first else "mdy", DECIMAL: "," if decimal_comma else "."}
    options = {DATES: dates, DECIMAL: decimal}
    told = decide_all(evidence, options=options, locale=locale, delimiter=table.delimiter)
    sheet = CustomersSheet(table, header, rows, unused, evidence, locale, asked=decimal is not None)
    return settled(sheet, dates=told[DATES], decimal=told[DECIMAL])


def settled(sheet: CustomersSheet, **decided: Convention) -> CustomersSheet:
    """The sheet's rows read again with the conventions decided (`dates=`, `decimal=`)."""
    sheet = replace(sheet, **decided)  # type: ignore[arg-type]
    day_first = (sheet.dates.choice or sheet.locale[DATES]) == "dmy"
    comma = (sheet.decimal.choice or sheet.locale[DECIMAL]) == ","
    lines, problems, skipped = [], [], 0
    for row in sheet.rows:
        if not any(row.text(f) for f in row.columns):
            skipped += 1
            continue
        try:
            lines.append(_line(row, day_first, comma, sheet.asked))
        except ValueProblem as problem:
            problems.append(RowNote(row.number, problem.template, problem.values))
    return replace(sheet, lines=lines, problems=problems, skipped=skipped)


def _weigh(rows: list[_Row]) -> dict[str, Evidence]:
    """What every text cell of the weighed columns says about the decimal mark and the
    date order."""
    evidence: dict[str, Evidence] = {}
    for row in rows:
        for weighed, kind in WEIGHED.items():
            value = row.raw(weighed)
            if not isinstance(value, str) or not value.strip():
                continue
            text = value.strip()
            told = mark_told(text) if kind == DECIMAL else date_told(text)
            if told != "":
                found = evidence.setdefault(kind, Evidence())
                found.add(told, row.number, text, row.text("serial"), weighed)
    return evidence


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


def _number(row: _Row, field: str, comma: bool, asked: bool, blank: Decimal) -> Decimal:
    """A number column's value (`blank` for an empty cell); with a decimal mark asked, a
    value that shows the other mark is a problem of its row."""
    if not row.text(field):
        return blank
    told = mark_told(row.text(field))
    if asked and told and (told == ",") != comma:
        raise ValueProblem(OTHER_MARK[told], text=row.text(field))
    return cell_number(row.raw(field), comma)


def _line(row: _Row, day_first: bool, comma: bool, asked: bool) -> CustomerLine:
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
        multiplier=_number(row, "multiplier", comma, asked, Decimal(1)),
        install_read=_number(row, "install_read", comma, asked, Decimal(0)),
        install_date=cell_date(row.raw("install_date"), day_first)
        if row.text("install_date")
        else None,
        route=_whole(row, "route", "route order"),
        tariff=row.text("tariff"),
        present=frozenset(row.columns),
    )
