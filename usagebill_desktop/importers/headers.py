"""Finding a file's columns by their headers: English or Spanish, any case, with or
without accents, "Nº" and abbreviation dots ignored, "_" read as a space (so the app's
own JSON keys, `install_read`, `tax_id`, name the columns they hold)."""

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from ..domain.text import fold
from .tables import Table

HEADER_ROWS = 20  # a header further down than this is not a header


@dataclass(frozen=True, slots=True)
class Header:
    """The header row: its number, each named field's column, and the headers of the
    columns no field reads (unknown, or a second column for a field already found)."""

    row: int
    columns: dict[str, int]
    unused: tuple[str, ...]


def _key(cell: object) -> str:
    text = fold(str(cell or "").replace("_", " "))
    return " ".join(text.replace("º", "").replace(".", "").split())


def find_header(
    table: Table, names: Mapping[str, Sequence[str]], required: Sequence[str]
) -> Header | None:
    """The first row that names every `required` field, as a `Header`."""
    known = {_key(name): field for field, aliases in names.items() for name in aliases}
    for number, cells in table.head(HEADER_ROWS):
        found: dict[str, int] = {}
        unused: list[str] = []
        for position, cell in enumerate(cells):
            field = known.get(_key(cell))
            if field and field not in found:
                found[field] = position
            elif _key(cell):
                unused.append(str(cell).strip())
        if all(f in found for f in required):
            return Header(number, found, tuple(unused))
    return None


def find_columns(
    table: Table, names: Mapping[str, Sequence[str]], required: Sequence[str]
) -> tuple[int, dict[str, int]] | None:
    """The first row that names every `required` field, and each named field's column."""
    header = find_header(table, names, required)
    return None if header is None else (header.row, header.columns)
