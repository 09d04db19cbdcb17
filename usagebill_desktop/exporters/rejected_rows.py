"""The rows an import rejected, beside the original file, with a `reason` column: the
reader fixes them and imports just that file again."""

import csv
from pathlib import Path

from ..domain.imports import RowNote
from ..importers.tables import Table

_FORMULA_START = ("=", "+", "@")  # a spreadsheet would evaluate these; "-" is a number sign


def _safe(cell: object) -> str:
    text = "" if cell is None else str(cell)
    return "'" + text if text.startswith(_FORMULA_START) else text


def write_rejected(original: Path, table: Table, header_row: int | None,
                   rejected: list[RowNote]) -> Path | None:  # fmt: skip
    """`meters.csv` → `meters.rejected.csv`; None when nothing was rejected."""
    if not rejected:
        return None
    target = original.with_name(f"{original.stem}.rejected.csv")
    wanted = {note.row for note in rejected} | {header_row}
    rows = {number: cells for number, cells in table.iter_rows() if number in wanted}
    delimiter = table.delimiter or ";"
    with target.open("w", encoding="utf-8-sig", newline="") as handle:
        out = csv.writer(handle, delimiter=delimiter)
        if header_row is not None:
            out.writerow([_safe(c) for c in rows[header_row]] + ["reason"])
        for note in rejected:
            out.writerow([_safe(c) for c in rows.get(note.row, [])] + [note.message])
    return target
