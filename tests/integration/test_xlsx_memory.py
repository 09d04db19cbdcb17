"""A long month streams to disk: the workbook writer's memory does not grow with lines."""

import tracemalloc
from datetime import date
from decimal import Decimal

import pytest
from openpyxl import load_workbook

from usagebill_desktop.domain.books import BookLine, Books
from usagebill_desktop.domain.company import CompanyProfile
from usagebill_desktop.domain.line_details import PerUnitDetails
from usagebill_desktop.domain.periods import Period, Span
from usagebill_desktop.domain.rating import RatedLine
from usagebill_desktop.exporters.xlsx_summary import write_books_xlsx


def lines(count: int):
    for n in range(count):
        rated = RatedLine(
            "per_unit",
            "Energía",
            Decimal("15.5"),
            Decimal("0.145"),
            Decimal("2.25"),
            PerUnitDetails(),
        )
        yield BookLine(f"F-2026-{n:06d}", f"EM{n:07d}", rated, "kWh", Period.MONTH, Decimal(21))


def peak_mb(count: int, tmp_path) -> float:
    books = Books(
        CompanyProfile(name="Marina"),
        Span(date(2026, 9, 1), date(2026, 9, 30)),
        date(2026, 11, 24),
        (),
        [],
        lines(count),
        [],
        [],
    )
    tracemalloc.start()
    write_books_xlsx(books, tmp_path / f"{count}.xlsx", "en")
    peak = tracemalloc.get_traced_memory()[1] / 2**20
    tracemalloc.stop()
    return peak


@pytest.mark.slow  # seconds: tracing every allocation of 4,500 rows
def test_eight_times_the_lines_take_no_more_memory(tmp_path):
    # Rows kept in memory would cost several kB each (a cell object per value): 3,500 more
    # rows would add well over 3 MB.
    peak_mb(10, tmp_path)  # the writer's modules and caches, loaded once, are not rows
    small, large = peak_mb(500, tmp_path), peak_mb(4_000, tmp_path)
    assert large < small + 3  # megabytes: the rows are on disk, not in memory
    book = load_workbook(tmp_path / "4000.xlsx", read_only=True)
    rows = sum(1 for _ in book["Lines"].iter_rows())
    book.close()
    assert rows == 4_002  # header, the lines, the totals row
