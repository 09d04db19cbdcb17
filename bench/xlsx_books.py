"""Workbook speed: a period with 100,000 invoice lines through the real books writer
(explanations in Spanish, number formats, table, totals row), write-only.

The limit is openpyxl write-only with the same rows as plain values: no formats, no
table, no explanations worked out. Peak memory is the process's high-water mark,
measured in a child process each."""

import subprocess
import sys
import tempfile
from pathlib import Path

from .import_readings import has_pandas
from .timing import PEAK_MB, Figure

LINES = 100_000
CHILD = """
import sys, time
from datetime import date
from decimal import Decimal
from pathlib import Path
count, target, kind = int(sys.argv[1]), Path(sys.argv[2]), sys.argv[3]
start = time.perf_counter()
if kind == "app":
    from usagebill_desktop.domain.books import BookLine, Books
    from usagebill_desktop.domain.company import CompanyProfile
    from usagebill_desktop.domain.periods import Period, Span
    from usagebill_desktop.domain.line_details import Block, TierDetails
    from usagebill_desktop.domain.rating import RatedLine
    from usagebill_desktop.exporters.xlsx_summary import write_books_xlsx

    def lines():
        for n in range(count):
            used = Decimal(n % 40) + Decimal("0.5")
            rated = RatedLine("graduated", "Consumo de agua", used, Decimal("0.90"),
                              (used * Decimal("0.90")).quantize(Decimal("0.01")),
                              TierDetails(Block(Decimal(10), Decimal(25), 2, Decimal(10),
                                                Decimal(25)), False))
            yield BookLine(f"F-2026-{n:06d}", f"WM{n % 20000:07d}", rated, "m³", Period.MONTH,
                           Decimal(10))

    books = Books(CompanyProfile(name="Bench"), Span(date(2026, 9, 1), date(2026, 9, 30)),
                  date(2026, 11, 24), (), [], lines(), [], [])
    write_books_xlsx(books, target, "es")
elif kind == "pandas":
    import pandas as pd
    rows = []
    for n in range(count):
        used = Decimal(n % 40) + Decimal("0.5")
        rows.append((f"F-2026-{n:06d}", f"WM{n % 20000:07d}", "Consumo de agua",
                     "Bloque 2 (10–25 m³/mes): 15,5 m³ × 0,90 € = 13,95 €", float(used), "m³",
                     0.90, float(used * Decimal("0.90")), 10.0))
    frame = pd.DataFrame(rows, columns=["Number", "Meter", "Charge", "Explanation", "Quantity",
                                        "Unit", "Unit price", "Amount", "Tax rate"])
    frame.to_excel(target, sheet_name="Lines", index=False)
else:
    from openpyxl import Workbook
    book = Workbook(write_only=True)
    sheet = book.create_sheet("Lines")
    sheet.append(["Number", "Meter", "Charge", "Explanation", "Quantity", "Unit", "Unit price",
                  "Amount", "Tax rate"])
    for n in range(count):
        used = Decimal(n % 40) + Decimal("0.5")
        sheet.append([f"F-2026-{n:06d}", f"WM{n % 20000:07d}", "Consumo de agua",
                      "Bloque 2 (10–25 m³/mes): 15,5 m³ × 0,90 € = 13,95 €", used, "m³",
                      Decimal("0.90"), used * Decimal("0.90"), Decimal(10)])
    book.save(target)
print(time.perf_counter() - start, PEAK)
"""


def _child(kind: str, count: int, target: Path) -> tuple[float, float]:
    code = CHILD.replace("PEAK", PEAK_MB)
    out = subprocess.run(
        [sys.executable, "-c", code, str(count), str(target), kind],
        capture_output=True,
        text=True,
        check=True,
        cwd=Path(__file__).resolve().parents[1],
    ).stdout.split()
    return float(out[0]), float(out[1])


def run(*, scale: float, runs: int) -> list[Figure]:
    count = max(1_000, int(LINES * scale))
    with tempfile.TemporaryDirectory() as folder:
        app_s, app_mb = _child("app", count, Path(folder) / "app.xlsx")
        limit_s, limit_mb = _child("limit", count, Path(folder) / "limit.xlsx")
        peer = _child("pandas", count, Path(folder) / "pandas.xlsx") if has_pandas() else None
    note = f"{count:,} lines"
    peers = []
    if peer is not None:
        peers.append(
            Figure(
                "xlsx: peer (pandas DataFrame.to_excel)",
                count / peer[0],
                "1/s",
                peer[0] / limit_s,
                f"{note}; {peer[1]:.0f} MB peak",
            )
        )
    return [
        *peers,
        Figure(
            "xlsx: lines per second",
            count / app_s,
            "1/s",
            app_s / limit_s,
            note,
            target=("ratio", 1.25),
        ),
        Figure("xlsx: peak memory", app_mb, "MB", None, note, target=("max", 150)),
        Figure(
            "xlsx: limit (write-only, plain values)",
            count / limit_s,
            "1/s",
            1.0,
            f"{note}; {limit_mb:.0f} MB peak",
        ),
    ]
