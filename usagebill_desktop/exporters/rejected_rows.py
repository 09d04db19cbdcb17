"""The rows an import rejected, beside the original file, with a `reason` column: the
reader fixes them and imports just that file again (the text guard comes off on import)."""

import csv
from pathlib import Path

from ..atomic_files import atomic_open
from ..domain.imports import RowNote
from ..domain.marks import NP_
from ..importers.tables import Table
from ..sentences import note_sentence
from ..spreadsheet_cells import csv_text
from ..texts import texts

REASON = NP_("rejected_rows", "reason")  # the heading of the column that says why


def _cells(cells: list[object], reason: str) -> list[str]:
    """Every cell through the one guard, a workbook's numbers and dates as their text too:
    `str(-1e16)` is "-1e+16", which the guard's plain numbers do not include."""
    return [csv_text("" if c is None else str(c)) for c in [*cells, reason]]


def write_rejected(
    original: Path,
    table: Table,
    header_row: int | None,
    rejected: list[RowNote],
    *,
    language: str = "en",
) -> Path | None:
    """`meters.csv` → `meters.rejected.csv`, the reasons in `language`; None when nothing
    was rejected."""
    if not rejected:
        return None
    target = original.with_name(f"{original.stem}.rejected.csv")
    wanted = {note.row for note in rejected} | {header_row}
    rows = {number: cells for number, cells in table.iter_rows() if number in wanted}
    delimiter = table.delimiter or ";"
    with atomic_open(target, "w", encoding="utf-8-sig", newline="") as handle:
        out = csv.writer(handle, delimiter=delimiter)
        if header_row is not None:
            heading = texts(language).pgettext("rejected_rows", REASON)
            out.writerow(_cells(rows[header_row], heading))
        for note in rejected:
            out.writerow(_cells(rows.get(note.row, []), note_sentence(note, language)))
    return target
