"""Finding a file's columns by their headers: English or Spanish, any case, with or
without accents, "Nº" and abbreviation dots ignored."""

from collections.abc import Mapping, Sequence

from ..domain.text import fold
from .tables import Table

HEADER_ROWS = 20  # a header further down than this is not a header


def _key(cell: object) -> str:
    return fold(str(cell or "")).replace("º", "").replace(".", "").strip()


def find_columns(
    table: Table, names: Mapping[str, Sequence[str]], required: Sequence[str]
) -> tuple[int, dict[str, int]] | None:
    """The first row that names every `required` field, and each named field's column."""
    known = {fold(name): field for field, aliases in names.items() for name in aliases}
    for number, cells in table.head(HEADER_ROWS):
        found: dict[str, int] = {}
        for position, cell in enumerate(cells):
            field = known.get(_key(cell))
            if field and field not in found:
                found[field] = position
        if all(f in found for f in required):
            return number, found
    return None
