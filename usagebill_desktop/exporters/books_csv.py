"""The period's invoices and lines as CSV for accounting packages: UTF-8 with a
byte-order mark (so Excel reads the accents), `;` and decimal commas in Spanish, `,`
and decimal points in English. Text that a spreadsheet would take for a formula is
guarded by `spreadsheet_cells.csv_text` (a leading space, no apostrophe); amounts stay
plain numbers. Each file is written whole or not at all."""

import csv
from collections.abc import Iterable, Sequence
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from ..atomic_files import atomic_open
from ..domain.books import Books
from ..domain.marks import NP_
from ..domain.money import trim
from ..spreadsheet_cells import csv_text
from ..texts import Phrasebook
from .books_columns import MONEY, TEXT, Catalogue, Column

NAMES = Phrasebook(
    "books_csv",
    {
        0: NP_("books_csv", "invoices"),
        1: NP_("books_csv", "lines"),
    },
)


def write_books_csv(books: Books, folder: Path, language: str) -> list[Path]:
    """Two files in `folder`, named after the period: invoices and lines."""
    catalogue = Catalogue(language, books.company.currency, books.tax_rates)
    spanish = catalogue.language == "es"
    stamp = f"{books.span.first.isoformat()}_{books.span.last.isoformat()}"
    folder.mkdir(parents=True, exist_ok=True)
    names = NAMES(catalogue.language)
    written = []
    for name, columns, rows in (
        (names[0], catalogue.invoices(), books.invoices),
        (names[1], catalogue.lines(), books.lines),
    ):
        target = folder / f"{name}_{stamp}.csv"
        _write(target, columns, rows, spanish)
        written.append(target)
    return written


def _write(target: Path, columns: Sequence[Column], rows: Iterable[Any], spanish: bool) -> None:
    with atomic_open(target, "w", encoding="utf-8-sig", newline="") as handle:
        out = csv.writer(handle, delimiter=";" if spanish else ",")
        out.writerow([csv_text(column.heading) for column in columns])
        for row in rows:
            out.writerow([_cell(column, column.value(row), spanish) for column in columns])


def _cell(column: Column, value: Any, spanish: bool) -> str:
    if value is None:
        return ""
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Decimal | int) and column.kind != TEXT:
        if column.kind == MONEY:
            text = f"{Decimal(value):.2f}"
        else:
            text = f"{trim(value):f}" if isinstance(value, Decimal) else str(value)
        return text.replace(".", ",") if spanish else text
    return csv_text(str(value))
