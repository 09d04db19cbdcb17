"""The rows an import rejected, beside the original file, with a `reason` column: the
reader fixes them and imports just that file again (the text guard comes off on import)."""

import csv
from pathlib import Path

from ..atomic_files import atomic_open
from ..domain.imports import RowNote
from ..importers.tables import Table
from ..spreadsheet_cells import csv_text


def _cells(cells: list[object], reason: str) -> list[str]:
    """Text guarded, numbers (from a workbook) as they are."""
    return [
        csv_text(c) if isinstance(c, str) else "" if c is None else str(c) for c in [*cells, reason]
    ]


def write_rejected(original: Path, table: Table, header_row: int | None,
                   rejected: list[RowNote]) -> Path | None:  # fmt: skip
    """`meters.csv` → `meters.rejected.csv`; None when nothing was rejected."""
    if not rejected:
        return None
    target = original.with_name(f"{original.stem}.rejected.csv")
    wanted = {note.row for note in rejected} | {header_row}
    rows = {number: cells for number, cells in table.iter_rows() if number in wanted}
    delimiter = table.delimiter or ";"
    with atomic_open(target, "w", encoding="utf-8-sig", newline="") as handle:
        out = csv.writer(handle, delimiter=delimiter)
        if header_row is not None:
            out.writerow(_cells(rows[header_row], "reason"))
        for note in rejected:
            out.writerow(_cells(rows.get(note.row, []), note.message))
    return target
