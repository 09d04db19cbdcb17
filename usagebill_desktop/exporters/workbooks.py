"""A write-only workbook (openpyxl: rows stream to temporary files, memory stays flat),
saved to its target whole or not at all."""

from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import Any

from ..atomic_files import atomic_path


@contextmanager
def write_only_workbook(target: Path) -> Iterator[Any]:
    """A new workbook to fill, saved to `target` when the block ends. If the export fails
    first, its sheets' streams are closed and their temporary files removed at once,
    rather than at exit with a complaint about a stream left open."""
    from openpyxl import Workbook  # heavy: only when a workbook is written

    book = Workbook(write_only=True)
    try:
        yield book
        with atomic_path(target) as partial:
            book.save(partial)
    except BaseException:
        for sheet in book.worksheets:
            _discard(sheet)
        raise


def _discard(sheet: Any) -> None:
    if sheet.closed:  # saved already
        return
    with suppress(Exception):  # it failed once: close what can be closed
        sheet.close()
    writer = getattr(sheet, "_writer", None)  # created with the first row
    if writer is not None:
        with suppress(OSError, ValueError):
            writer.cleanup()
