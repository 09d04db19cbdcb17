"""The period's books as one workbook a bookkeeper can use without retyping (openpyxl,
write-only: rows stream to disk, memory stays flat however long the month).

Numbers are numbers and dates are dates; every data sheet has a bold frozen header, an
Excel table (filter buttons) and a totals row of SUBTOTAL formulas, so filtering keeps
the totals true; the Summary sheet repeats the totals as values. Text typed by users is
always stored as text, even when it starts like a formula."""

import warnings
from collections.abc import Iterable, Sequence
from datetime import date
from decimal import Decimal
from itertools import islice
from pathlib import Path
from typing import Any

from ..domain.books import Books, Totals
from ..domain.marks import NP_
from ..domain.text import ascii_only
from ..spreadsheet_cells import needs_xlsx_text, xlsx_text
from ..texts import Phrasebook
from .books_columns import COUNT, DATE, MONEY, QUANTITY, RATE, TEXT, Catalogue, Column
from .workbooks import write_only_workbook

SHEETS = Phrasebook(
    "xlsx_summary",
    {
        0: NP_("xlsx_summary", "Summary"),
        1: NP_("xlsx_summary", "Invoices"),
        2: NP_("xlsx_summary", "Lines"),
        3: NP_("xlsx_summary", "Consumption"),
        4: NP_("xlsx_summary", "Taxes"),
        5: NP_("xlsx_summary", "Customers"),
    },
)
SUMMARY = Phrasebook(
    "xlsx_summary",
    {
        "title": NP_("xlsx_summary", "Books {period}"),
        "company": NP_("xlsx_summary", "Company"),
        "tax_id": NP_("xlsx_summary", "Tax ID"),
        "period": NP_("xlsx_summary", "Period"),
        "exported": NP_("xlsx_summary", "Exported on"),
        "invoices": NP_("xlsx_summary", "Invoices"),
        "credit_notes": NP_("xlsx_summary", "Credit notes"),
        "subtotal": NP_("xlsx_summary", "Net"),
        "tax": NP_("xlsx_summary", "Tax"),
        "total": NP_("xlsx_summary", "Total"),
        "paid": NP_("xlsx_summary", "Paid"),
        "outstanding": NP_("xlsx_summary", "Outstanding"),
        "lines": NP_("xlsx_summary", "Lines"),
        "consumption": NP_("xlsx_summary", "Meters billed"),
        "customers": NP_("xlsx_summary", "Customers"),
        "until": NP_("xlsx_summary", "to"),
        "base": NP_("xlsx_summary", "base"),
        "quota": NP_("xlsx_summary", "tax"),
        "note": NP_(
            "xlsx_summary",
            "Invoices and credit notes belong to the period of their issue date. Paid, "
            "outstanding, status and overdue days are as of the export date. Amounts in "
            "{currency}.",
        ),
    },
)
# Quantities in General: a read of 2424 shows as 2424, a prorated 10.3978 as it is.
FORMATS = {DATE: "yyyy-mm-dd", MONEY: "#,##0.00", QUANTITY: "General", RATE: "0.00##", COUNT: "0"}
WIDTH_SAMPLE = 200  # rows measured for the column widths, before any is written


def write_books_xlsx(books: Books, target: Path, language: str) -> Totals:
    """Write the workbook (whole or not at all) and return the totals it shows."""
    with write_only_workbook(target) as book:
        return _fill(book, books, Catalogue(language, books.company.currency, books.tax_rates))


def _fill(book: Any, books: Books, catalogue: Catalogue) -> Totals:
    names = SHEETS(catalogue.language)
    summary = book.create_sheet(names[0])  # first in the workbook, written last
    totals = Totals()
    counts = {}
    counts["invoices"] = _Sheet(book, names[1], catalogue.invoices()).write(
        totals.add(entry) for entry in books.invoices
    )
    counts["lines"] = _Sheet(book, names[2], catalogue.lines()).write(books.lines)
    counts["consumption"] = _Sheet(book, names[3], catalogue.consumption()).write(books.consumption)
    _Sheet(book, names[4], catalogue.taxes()).write(totals.tax_totals())
    counts["customers"] = _Sheet(book, names[5], catalogue.customers()).write(books.customers)
    _write_summary(summary, books, totals, counts, catalogue)
    period = f"{books.span.first.isoformat()} – {books.span.last.isoformat()}"
    book.properties.title = SUMMARY(catalogue.language)["title"].format(period=period)
    book.properties.creator = books.company.name or "UsageBill"
    book.properties.subject = period
    return totals


class _Sheet:
    """One data sheet: header, rows, an Excel table and a totals row."""

    def __init__(self, book: Any, title: str, columns: Sequence[Column]) -> None:
        self.sheet = book.create_sheet(title)
        self.title, self.columns = title, columns
        # One cell per column, reused row after row: write-only rows are written out at
        # once, and a fresh styled cell per value would cost more than the value itself.
        self.cells = [self._cell(column.kind) for column in columns]
        # Columns without a number format take plain values: openpyxl handles a value
        # directly, and a cell object only after a failed attempt at it (a third slower).
        self.formatted = [FORMATS.get(column.kind, "General") != "General" for column in columns]

    def _cell(self, kind: str) -> Any:
        from openpyxl.cell import WriteOnlyCell

        cell = WriteOnlyCell(self.sheet)
        if kind in FORMATS:
            cell.number_format = FORMATS[kind]
        return cell

    def write(self, rows: Iterable[Any]) -> int:
        rows = iter(rows)
        first = [self._values(row) for row in islice(rows, WIDTH_SAMPLE)]
        self._layout(first)
        count = 0
        for values in first:
            self._append(values)
            count += 1
        for row in rows:
            self._append(self._values(row))
            count += 1
        self._finish(count)
        return count

    def _values(self, row: Any) -> list[Any]:
        return [column.value(row) for column in self.columns]

    def _layout(self, sample: list[list[Any]]) -> None:
        from openpyxl.cell import WriteOnlyCell
        from openpyxl.styles import Font
        from openpyxl.utils import get_column_letter

        for index, column in enumerate(self.columns):
            widest = max([len(column.heading)] + [len(_shown(r[index])) for r in sample])
            letter = get_column_letter(index + 1)
            least = 14 if column.kind == TEXT else 10  # words longer than the sample's
            self.sheet.column_dimensions[letter].width = min(60, max(least, widest + 3))
        self.sheet.freeze_panes = "A2"
        # On paper: landscape, as wide as the page, the header on every page.
        self.sheet.print_title_rows = "1:1"
        self.sheet.page_setup.orientation = "landscape"
        self.sheet.page_setup.fitToWidth = 1
        self.sheet.page_setup.fitToHeight = 0
        self.sheet.sheet_properties.pageSetUpPr.fitToPage = True
        bold = Font(bold=True)
        header = []
        for column in self.columns:
            cell = xlsx_text(WriteOnlyCell(self.sheet), column.heading)
            cell.font = bold
            header.append(cell)
        self.sheet.append(header)

    def _append(self, values: list[Any]) -> None:
        row: list[Any] = []
        for cell, formatted, value in zip(self.cells, self.formatted, values, strict=True):
            if formatted and value is not None:
                cell.value = value
                row.append(cell)
            elif isinstance(value, str) and needs_xlsx_text(value):
                row.append(xlsx_text(cell, value))  # "=HYPERLINK(…)" stays a name, "\x07" a mark
            else:
                row.append(value)
        self.sheet.append(row)

    def _finish(self, count: int) -> None:
        from openpyxl.cell import WriteOnlyCell
        from openpyxl.styles import Font
        from openpyxl.utils import get_column_letter
        from openpyxl.worksheet.filters import AutoFilter
        from openpyxl.worksheet.table import Table, TableColumn, TableStyleInfo

        last = get_column_letter(len(self.columns))
        if count == 0:
            return  # a table needs a row; an empty sheet keeps just its header
        table = Table(displayName=_table_name(self.title), ref=f"A1:{last}{count + 1}")
        table.tableColumns = [
            TableColumn(id=n + 1, name=c.heading) for n, c in enumerate(self.columns)
        ]
        table.tableStyleInfo = TableStyleInfo(name="TableStyleLight9", showRowStripes=True)
        table.autoFilter = AutoFilter(ref=table.ref)  # the filter buttons
        with warnings.catch_warnings():  # the columns are given, as write-only mode asks
            warnings.simplefilter("ignore", UserWarning)
            self.sheet.add_table(table)
        bold = Font(bold=True)
        totals = []
        for index, column in enumerate(self.columns):
            letter = get_column_letter(index + 1)
            if column.kind == MONEY:
                # 109: the sum of the rows the filter shows.
                cell = WriteOnlyCell(
                    self.sheet, value=f"=SUBTOTAL(109,{letter}2:{letter}{count + 1})"
                )
                cell.number_format = FORMATS[MONEY]
            else:
                cell = WriteOnlyCell(self.sheet, value="Total" if index == 0 else None)
            cell.font = bold
            totals.append(cell)
        self.sheet.append(totals)


def _write_summary(
    sheet: Any, books: Books, totals: Totals, counts: dict[str, int], catalogue: Catalogue
) -> None:
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font

    t = SUMMARY(catalogue.language)
    sheet.column_dimensions["A"].width = 28
    sheet.column_dimensions["B"].width = 22
    title = WriteOnlyCell(
        sheet,
        value=t["title"].format(
            period=f"{books.span.first.isoformat()} – {books.span.last.isoformat()}"
        ),
    )
    title.font = Font(bold=True, size=14)
    sheet.append([title])
    rows: list[tuple[str, Any, str | None]] = [
        (t["company"], books.company.name, None),
        (t["tax_id"], books.company.tax_id, None),
        (t["period"], books.span.first, DATE),
        (t["until"], books.span.last, DATE),
        (t["exported"], books.today, DATE),
        ("", None, None),
        (t["invoices"], totals.invoices, COUNT),
        (t["credit_notes"], totals.credit_notes, COUNT),
        (t["subtotal"], totals.subtotal, MONEY),
        (t["tax"], totals.tax, MONEY),
        (t["total"], totals.total, MONEY),
        (t["paid"], totals.paid, MONEY),
        (t["outstanding"], totals.outstanding, MONEY),
        ("", None, None),
        (t["lines"], counts["lines"], COUNT),
        (t["consumption"], counts["consumption"], COUNT),
        (t["customers"], counts["customers"], COUNT),
        ("", None, None),
    ]
    for tax in totals.tax_totals():
        label = (
            f"{catalogue.kind_name(tax.kind)} · {tax.name} {catalogue.wording.percent(tax.rate)}"
        )
        rows.append((f"{label} · {t['base']}", tax.base, MONEY))
        rows.append((f"{label} · {t['quota']}", tax.tax, MONEY))
    rows.append(("", None, None))
    for sentence in t["note"].format(currency=books.company.currency).split(". "):
        rows.append((sentence.rstrip(".") + ".", None, None))  # a line each: it prints whole
    for label, value, kind in rows:
        cell = WriteOnlyCell(sheet, value=value)
        if kind in FORMATS:
            cell.number_format = FORMATS[kind]
        if isinstance(value, str):
            xlsx_text(cell, value)
        sheet.append([xlsx_text(WriteOnlyCell(sheet), label), cell])  # a stored tax name


def _shown(value: Any) -> str:
    if isinstance(value, date):
        return "2026-01-01"
    if isinstance(value, Decimal):
        return f"{value:,.2f}"
    return "" if value is None else str(value)


def _table_name(title: str) -> str:
    """A table's name: letters, digits and underscores, starting with a letter."""
    return "T_" + "".join(c if c.isalnum() else "_" for c in ascii_only(title))
