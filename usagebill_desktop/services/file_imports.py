"""Importing a readings file, the one use case behind both doors (`usagebill readings
import` and the import wizard): read the file, decide how it writes numbers and dates (by
its cells, the meters' history or the person's answer; never in silence), parse its rows
while hashing its bytes, check every row and write the accepted ones
(`imports.import_readings`), and write the rejected rows beside the file."""

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from ..domain.imports import ImportReport
from ..exporters.rejected_rows import write_rejected
from ..importers.readings_parser import ParsedFile, parse_readings
from ..importers.tables import read_table
from ..importers.values import conventions
from .conventions import settle_conventions
from .imports import ImportCancelled, import_readings
from .ports import OpenUnitOfWork

FileProgress = Callable[[int, int | None], bool]
"""`progress(rows done, of how many)`: None while the file is still being read; answering
False stops the import (`ImportCancelled`) with nothing written."""


@dataclass(frozen=True)
class FileImport:
    parsed: ParsedFile  # how the file read: conventions, columns, header row, hash
    report: ImportReport
    rejected_file: Path | None  # `<name>.rejected.csv`, when rows were rejected
    # Why the rejected rows could not be written (a read-only folder, the file open in a
    # spreadsheet): the import stands all the same, and the doors say both.
    rejected_problem: str = ""


def read_readings_file(
    path: Path,
    *,
    locale: str,
    mapping: Mapping[str, int] | None = None,
    decimal: str | None = None,
    dates: str | None = None,
    progress: FileProgress | None = None,
) -> ParsedFile:
    """Every row of the file as candidate readings; `UnreadableFile` (`NoHeader` when the
    columns must be mapped) when it cannot be read at all."""
    table = read_table(path)
    day_first, decimal_comma = conventions(locale)

    def reading(rows: int) -> None:
        if progress is not None and not progress(rows, None):
            raise ImportCancelled

    return parse_readings(
        table,
        mapping=mapping,
        day_first=day_first,
        decimal_comma=decimal_comma,
        decimal=decimal,
        dates=dates,
        progress=reading,
    )


def import_readings_file(
    open_uow: OpenUnitOfWork,
    *,
    path: Path,
    locale: str,
    today: date,
    mapping: Mapping[str, int] | None = None,
    decimal: str | None = None,
    dates: str | None = None,
    dry_run: bool = False,
    strict: bool = False,
    replace: bool = False,
    keep_high: bool = False,
    progress: FileProgress | None = None,
    parsed: ParsedFile | None = None,
    language: str = "en",
) -> FileImport:
    """Read `path` and import it (see `import_readings` for `dry_run`, `strict`, `replace`,
    `keep_high`).

    `parsed` is the same file as an earlier call read it (`FileImport.parsed`): the wizard
    checks it again, or imports it after its dry run, without reading it again. The
    rejected rows file gives its reasons in `language`. `decimal` ("," or ".") and `dates`
    ("dmy" or "mdy") overrule what the file tells; what neither the file nor the meters'
    history decides stops the import before anything is written (`ConventionUndecided`)."""
    if parsed is None:
        parsed = read_readings_file(
            path, locale=locale, mapping=mapping, decimal=decimal, dates=dates, progress=progress
        )
    parsed = settle_conventions(open_uow, parsed, today=today)
    assert parsed.sha256 is not None, "a preview is not a file read to the end"
    total = len(parsed.readings)

    def checking(rows: int) -> bool:
        return progress is None or progress(rows, total)

    report = import_readings(
        open_uow,
        parsed=parsed,
        sha256=parsed.sha256,
        today=today,
        dry_run=dry_run,
        strict=strict,
        replace=replace,
        keep_high=keep_high,
        progress=checking,
    )
    try:
        rejected_file = write_rejected(
            path, parsed.table, parsed.header_row, report.rejected, language=language
        )
    except OSError as problem:
        return FileImport(parsed, report, None, problem.strerror or str(problem))
    return FileImport(parsed, report, rejected_file)
