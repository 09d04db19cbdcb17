"""Issue 14, item 7: every importer, fed arbitrary bytes and almost-valid files, either
gives rows and row notes or raises its documented error; each says itself as a sentence
in Spanish and English through `sentences.py`; no other exception ever escapes. The
readings that are read lie within the app's bounds, a tariff that is read can be quoted,
and the rejected-rows file written beside a readings file holds no live formula.

Bounded: a fixed number of examples per importer (the file runs in seconds);
`RELIABILITY_SCALE=20` multiplies them (and the timeout) for a deep run. Hypothesis
prints the seed and the smallest failing file when one fails.
"""

import csv
import json
import os
import re
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import Workbook

from usagebill_desktop.domain.errors import InvalidValue
from usagebill_desktop.domain.imports import RowNote
from usagebill_desktop.exporters.rejected_rows import write_rejected
from usagebill_desktop.importers.customers_file import parse_customers
from usagebill_desktop.importers.readings_parser import NoHeader, ParsedFile, parse_readings
from usagebill_desktop.importers.tables import Table, UnreadableFile, read_table
from usagebill_desktop.importers.tariff_file import read_tariff_file
from usagebill_desktop.sentences import error_sentence, note_sentence
from usagebill_desktop.services.tariffs import quote
from usagebill_desktop.spreadsheet_cells import CSV_GUARD, XML_ILLEGAL, is_risky

SCALE = int(os.environ.get("RELIABILITY_SCALE", "1"))
pytestmark = pytest.mark.timeout(120 * SCALE)  # a deep run takes SCALE times as long
LANGUAGES = ("en", "es")
PLACEHOLDER = re.compile(r"\{[a-z_]+\}")  # a template value left unfilled


def fuzz(examples: int) -> settings:
    return settings(
        max_examples=examples * SCALE,
        deadline=None,
        derandomize=False,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    )


@contextmanager
def written(data: bytes, suffix: str) -> Iterator[Path]:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"fuzzed{suffix}"
        path.write_bytes(data)
        yield path


def sentence_of(said: str) -> None:
    """What a person reads: some words, every placeholder filled."""
    assert said.strip() and not PLACEHOLDER.search(said), said


def notes_said(notes: list[RowNote], rows: int) -> None:
    for note in notes:
        assert 1 <= note.row <= max(rows, 1)
        for language in LANGUAGES:
            sentence_of(note_sentence(note, language))


def refused(error: UnreadableFile, path: Path) -> None:
    for language in LANGUAGES:
        said = note_sentence(error.note, language)
        sentence_of(said)
        assert said.startswith(path.name), said  # the file is named


def import_readings(path: Path) -> None:
    """The readings importer as the doors call it: a header found, or the columns mapped."""
    try:
        table = read_table(path)
        try:
            parsed = parse_readings(table)
        except NoHeader:
            parsed = parse_readings(table, mapping={"meter": 0, "date": 1, "value": 2})
    except UnreadableFile as error:
        refused(error, path)
        return
    rows = len(table.rows)
    notes_said(parsed.problems, rows)
    for reading in parsed.readings:
        assert 1 <= reading.row <= rows and abs(reading.value) < Decimal(10) ** 12
        assert date(1900, 1, 1) <= reading.read_on <= date(2199, 12, 31)
    rejected_rows_stay_text(path, table, parsed)


def rejected_rows_stay_text(path: Path, table: Table, parsed: ParsedFile) -> None:
    """The rejected rows, written beside the file, hold no cell a spreadsheet evaluates."""
    written = write_rejected(path, table, parsed.header_row, parsed.problems, language="es")
    if written is None:
        return
    delimiter = table.delimiter or ";"
    with written.open(encoding="utf-8-sig", newline="") as handle:
        for cells in csv.reader(handle, delimiter=delimiter):
            assert all(cell.startswith(CSV_GUARD) or not is_risky(cell) for cell in cells), cells


def import_customers(path: Path) -> None:
    try:
        table = read_table(path)
        sheet = parse_customers(table)
    except UnreadableFile as error:
        refused(error, path)
        return
    question = sheet.undecided()  # a sheet that reads two ways is asked about, not guessed
    if question is not None:
        refused(question, path)
    rows = len(table.rows)
    notes_said(sheet.problems + sheet.unused, rows)
    assert all(1 <= line.row <= rows for line in sheet.lines)


def import_tariff(path: Path) -> None:
    """A tariff file is read whole or refused with `InvalidValue` naming the file and the
    place; a tariff that is read can be quoted, or the quote names what it cannot carry."""
    try:
        tariff = read_tariff_file(path)
    except InvalidValue as error:
        assert error.field.startswith(path.name)
        for language in LANGUAGES:
            sentence_of(error_sentence(error, language))
        return
    for quantity in (Decimal(0), Decimal("12.5"), Decimal(10) ** 11):
        try:
            quote(tariff, quantity=quantity, today=date(2026, 6, 1), language="es")
        except InvalidValue as error:
            sentence_of(error_sentence(error, "es"))


# --- (a) arbitrary bytes ------------------------------------------------------------------

PREFIXES = st.sampled_from([b"", b"\xef\xbb\xbf", b"\xff\xfe", b"PK\x03\x04", b"\xd0\xcf\x11\xe0"])


@fuzz(60)
@given(prefix=PREFIXES, body=st.binary(max_size=600), suffix=st.sampled_from([".csv", ".xlsx"]))
def test_any_bytes_as_a_readings_file(prefix, body, suffix):
    with written(prefix + body, suffix) as path:
        import_readings(path)


@fuzz(40)
@given(prefix=PREFIXES, body=st.binary(max_size=600))
def test_any_bytes_as_a_customer_sheet(prefix, body):
    with written(prefix + body, ".csv") as path:
        import_customers(path)


@fuzz(60)
@given(body=st.one_of(st.binary(max_size=400), st.text(max_size=400).map(str.encode)))
def test_any_bytes_as_a_tariff_file(body):
    with written(body, ".json") as path:
        import_tariff(path)


# --- (b) almost-valid files ---------------------------------------------------------------

ODD_TEXT = st.sampled_from(
    [
        "",
        " ",
        "1" * 16,
        "9" * 40,
        "-5",
        "1.234,5",
        "1,234.5",
        "1.234.5",
        "12,5,3",
        "1 234,5",
        "1'234.5",
        "1e30",
        "1E999999",
        "NaN",
        "Infinity",
        "²",
        "١٢٣",
        "０１２",
        "0001-01-01",
        "9999-12-31",
        "31/02/2025",
        "01/01/0001",
        "2025-13-01",
        "00/00/00",
        "=1+1",
        "\t=1+1",
        "-1+A1",
        "@SUM(1)",
        "a\x00b",
        "x\x07y",
        "\u200bML1",
        "ML\u0301",
        "total",
        "Suma:",
        "A",
        "E",
        "C",
        "cumulative",
        "acumulativo",
        "interval",
        "es",
        "EN",
    ]
)
CELL = st.one_of(
    ODD_TEXT,
    st.text(max_size=12),
    st.from_regex(r"[0-9]{1,25}([.,][0-9]{1,12})?", fullmatch=True),
    st.dates().map(date.isoformat),
    st.dates().map(lambda d: d.strftime("%d/%m/%Y")),
)
READINGS_HEADERS = [
    ["meter", "date", "reading"],
    ["Contador", "Fecha", "Lectura", "Tipo", "Notas"],
    ["serial", "read date", "value", "type"],
]
CUSTOMER_HEADERS = [
    ["account", "name", "tax_id", "email", "language", "address"],
    ["account", "name", "serial", "kind", "unit", "digits", "multiplier", "install_read"],
    ["abonado", "nombre", "contador", "tipo", "unidad", "fecha de alta", "ruta", "tarifa"],
]


def rows_of(headers: list[list[str]]) -> st.SearchStrategy[list[list[str]]]:
    """A header the importer knows, then rows of odd cells, some short, some long."""
    header = st.sampled_from(headers)
    body = st.lists(st.lists(CELL, min_size=0, max_size=9), max_size=8)
    return st.tuples(header, body).map(lambda parts: [parts[0], *parts[1]])


@st.composite
def csv_bytes(draw: st.DrawFn, headers: list[list[str]]) -> bytes:
    rows = draw(rows_of(headers))
    lines = []
    for cells in rows:
        delimiter = draw(st.sampled_from([";", ";", ",", "\t", "|"]))  # now and then mixed
        quote = draw(st.booleans())
        lines.append(delimiter.join(f'"{c}"' if quote else c for c in cells))
    newline = draw(st.sampled_from(["\n", "\r\n", "\r"]))
    text = newline.join(lines)
    encoding = draw(st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "cp1252"]))
    return text.encode(encoding, errors="replace")


XLSX_CELL = st.one_of(
    CELL.map(lambda text: XML_ILLEGAL.sub("", text)),
    st.integers(min_value=-(10**20), max_value=10**20),
    st.floats(allow_nan=False, allow_infinity=False),
    st.sampled_from([1e30, -0.0, 5e-324, 1.7976931348623157e308]),
    st.dates(min_value=date(1900, 1, 1)),
    st.sampled_from([datetime(1900, 1, 1), datetime(9999, 12, 31, 23, 59), True, None]),
)


@st.composite
def xlsx_bytes(draw: st.DrawFn, headers: list[list[str]]) -> bytes:
    book = Workbook()
    book.active.append(draw(st.sampled_from(headers)))
    for cells in draw(st.lists(st.lists(XLSX_CELL, max_size=9), max_size=6)):
        book.active.append(cells)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "book.xlsx"
        book.save(path)
        return path.read_bytes()


def spreadsheet(headers: list[list[str]]) -> st.SearchStrategy[tuple[bytes, str]]:
    return st.one_of(
        csv_bytes(headers).map(lambda data: (data, ".csv")),
        xlsx_bytes(headers).map(lambda data: (data, ".xlsx")),
    )


@fuzz(100)
@given(file=spreadsheet(READINGS_HEADERS))
def test_almost_valid_readings_files(file):
    with written(*file) as path:
        import_readings(path)


@fuzz(80)
@given(file=spreadsheet(CUSTOMER_HEADERS))
def test_almost_valid_customer_and_meter_sheets(file):
    with written(*file) as path:
        import_customers(path)


TARIFF = {
    "format": "usagebill.tariff/1",
    "name": "Agua",
    "currency": "EUR",
    "unit": "m³",
    "period": "month",
    "valid_from": "2026-01-01",
    "charges": [
        {"type": "fixed", "label": "Cuota", "amount": "6.50"},
        {
            "type": "graduated",
            "label": "Agua",
            "tiers": [
                {"up_to": "10", "unit_price": "0.50"},
                {"up_to": None, "unit_price": "0.90"},
            ],
        },
        {"type": "percentage", "label": "Canon", "rate": "2", "of": ["Agua"]},
    ],
    "taxes": [{"name": "IVA", "rate": "10"}],
}
# JSON text put in place of a value, as it would appear in a file.
ODD_JSON = st.sampled_from(
    [
        '"1e30"',
        '"1E999999"',
        "1e400",
        '"21.123456789"',
        '"-1"',
        '"NaN"',
        '"Infinity"',
        "null",
        "true",
        "[]",
        "{}",
        '""',
        '"ＥＵＲ"',
        '"EUR\\u200b"',
        '"Agua\\u0007"',
        '"Agua\\u200b"',
        '"Agua\\ud800"',
        '"0001-01-01"',
        '"9999-12-31"',
        '"2026-02-30"',
        "99999999999999999999999999999999",
        "0.1",
        "[" * 3000 + "]" * 3000,
        '"quarter"',
        '"decade"',
    ]
)


def _places(document: object, path: tuple[object, ...] = ()) -> Iterator[tuple[object, ...]]:
    yield path
    if isinstance(document, dict):
        for key, value in document.items():
            yield from _places(value, (*path, key))
    elif isinstance(document, list):
        for index, value in enumerate(document):
            yield from _places(value, (*path, index))


PLACES = [place for place in _places(TARIFF) if place]
MARK = "@@MUTATED@@"


@st.composite
def tariff_text(draw: st.DrawFn) -> str:
    document = json.loads(json.dumps(TARIFF))
    for _ in range(draw(st.integers(1, 3))):
        place = draw(st.sampled_from(PLACES))
        holder: object = document
        try:
            for step in place[:-1]:
                holder = holder[step]  # type: ignore[index]
            holder[place[-1]] = MARK  # type: ignore[index]
        except (KeyError, IndexError, TypeError):
            continue  # an earlier mutation took this place away
    if draw(st.booleans()):
        document[draw(st.sampled_from(["extra", "versions", "translations"]))] = MARK
    text = json.dumps(document, ensure_ascii=False)
    while f'"{MARK}"' in text:
        text = text.replace(f'"{MARK}"', draw(ODD_JSON), 1)
    return draw(st.sampled_from(["", "\ufeff"])) + text


@fuzz(150)
@given(text=tariff_text())
def test_almost_valid_tariff_files(text):
    with written(text.encode("utf-8", errors="surrogatepass"), ".json") as path:
        import_tariff(path)
