"""Importing readings from the command line: `usagebill readings import FILE`.

Exit status: 0 nothing rejected, 1 rows rejected, 2 the file could not be read at all.
"""

import argparse
import json
import sys
from datetime import date
from pathlib import Path
from typing import Any

from ..domain.imports import ImportReport
from ..domain.register import SAME_DAY
from ..importers.customers_file import parse_customers
from ..importers.readings_parser import NoHeader, parse_mapping
from ..importers.tables import UnreadableFile, read_table
from ..importers.values import conventions
from ..services import imports, onboarding
from ..services.company import get_company
from ..services.file_imports import FileImport, import_readings_file
from .common import LazyWorkspace


def register(actions: Any, db_after: argparse.ArgumentParser) -> None:
    """Adds `import`, `imports` and `undo-import` to the `readings` command."""
    load = actions.add_parser("import", parents=[db_after], help="import readings from CSV/XLSX")
    load.add_argument("file", type=Path)
    load.add_argument("--dry-run", action="store_true", help="check only, write nothing")
    load.add_argument("--map", help="columns by hand: meter=2,date=1,value=4[,type=5,note=6]")
    load.add_argument("--locale", help="how the file writes dates and numbers (default: "
                                      "the company's), e.g. es_ES, en_GB, en_US")  # fmt: skip
    load.add_argument("--strict", action="store_true", help="write nothing if a row is rejected")
    load.add_argument("--replace", action="store_true",
                      help="overwrite stored readings that the file contradicts")  # fmt: skip
    load.add_argument("--json", action="store_true", help="machine-readable output")
    load.set_defaults(handler=_import)
    done = actions.add_parser("imports", parents=[db_after], help="the files imported")
    done.set_defaults(handler=_imports)
    undo = actions.add_parser("undo-import", parents=[db_after], help="remove an import")
    undo.add_argument("import_id", type=int, metavar="ID")
    undo.set_defaults(handler=_undo)


def _import(args: argparse.Namespace, workspace: LazyWorkspace) -> int:
    open_uow = workspace().open_uow
    try:
        mapping = parse_mapping(args.map) if args.map else None
        done = import_readings_file(
            open_uow,
            path=args.file,
            locale=args.locale or get_company(open_uow).locale,
            mapping=mapping,
            today=date.today(),
            dry_run=args.dry_run,
            strict=args.strict,
            replace=args.replace,
        )
    except NoHeader as problem:
        print(f"usagebill: {problem} (--map)", file=sys.stderr)
        return 2
    except UnreadableFile as problem:
        print(f"usagebill: {problem}", file=sys.stderr)
        return 2
    if args.json:
        print(json.dumps(_json(done.report), ensure_ascii=False, indent=2))
    else:
        _print(done, dry_run=args.dry_run)
    return 1 if done.report.rejected else 0


def _json(report: ImportReport) -> dict[str, Any]:
    return {
        "file": report.file, "encoding": report.encoding, "delimiter": report.delimiter,
        "rows": report.rows, "accepted": report.accepted, "duplicates": report.duplicates,
        "skipped": report.skipped,
        "warnings": [{"row": n.row, "message": n.message} for n in report.warnings],
        "rejected": [{"row": n.row, "message": n.message} for n in report.rejected],
    }  # fmt: skip


def _print(done: FileImport, *, dry_run: bool) -> None:
    report, parsed, rejected_file = done.report, done.parsed, done.rejected_file
    how = f"{report.encoding or 'Excel'}" + (f", delimiter {report.delimiter!r}"
                                             if report.delimiter else "")  # fmt: skip
    order = "day/month" if parsed.day_first else "month/day"
    mark = "decimal comma" if parsed.decimal_comma else "decimal point"
    print(f"{report.file} ({how}; dates {order} from the {parsed.date_order_from}; {mark})")
    verb = "would be accepted" if dry_run else "accepted"
    print(f"{report.rows} rows: {report.accepted} {verb}, {report.duplicates} already present, "
          f"{report.skipped} blank or totals, {len(report.rejected)} rejected, "
          f"{len(report.warnings)} warnings")  # fmt: skip
    for title, notes in (("warning", report.warnings), ("rejected", report.rejected)):
        for note in notes:
            print(f"  row {note.row}: {title}: {note.message}")
    if report.import_id is not None:
        print(f"import {report.import_id} written (undo with: readings undo-import "
              f"{report.import_id})")  # fmt: skip
    if rejected_file is not None:
        print(f"rejected rows written to {rejected_file}")
    if any(note.template == SAME_DAY for note in report.rejected):
        print("to overwrite readings already stored, import again with --replace")


def _imports(args: argparse.Namespace, workspace: LazyWorkspace) -> int:
    for r in imports.imports_done(workspace().open_uow):
        undone = f", undone {r.undone_at:%Y-%m-%d}" if r.undone_at else ""
        print(f"{r.id}: {r.at:%Y-%m-%d %H:%M} {r.file_name}: {r.accepted} accepted, "
              f"{r.rejected} rejected{undone}")  # fmt: skip
    return 0


def _undo(args: argparse.Namespace, workspace: LazyWorkspace) -> int:
    removed = imports.undo_import(workspace().open_uow, import_id=args.import_id)
    print(f"import {args.import_id} undone: {removed} readings removed")
    return 0


def register_customers(actions: Any, db_after: argparse.ArgumentParser) -> None:
    """Adds `import` to the `customers` command."""
    load = actions.add_parser("import", parents=[db_after],
                              help="add or update customers and meters from CSV/XLSX")  # fmt: skip
    load.add_argument("file", type=Path)
    load.add_argument("--dry-run", action="store_true", help="check only, write nothing")
    load.add_argument("--locale", help="how the file writes dates and numbers")
    load.add_argument("--json", action="store_true", help="machine-readable output")
    load.set_defaults(handler=_import_customers)


def _import_customers(args: argparse.Namespace, workspace: LazyWorkspace) -> int:
    try:
        table = read_table(args.file)
        locale = args.locale or get_company(workspace().open_uow).locale
        day_first, decimal_comma = conventions(locale)
        lines, problems, skipped = parse_customers(table, day_first=day_first,
                                                   decimal_comma=decimal_comma)  # fmt: skip
    except UnreadableFile as problem:
        print(f"usagebill: {problem}", file=sys.stderr)
        return 2
    report = onboarding.import_customers(workspace().open_uow, table=table, lines=lines,
                                         problems=problems, skipped=skipped,
                                         today=date.today(), dry_run=args.dry_run)  # fmt: skip
    if args.json:
        print(json.dumps(_json(report), ensure_ascii=False, indent=2))
    else:
        print(f"{report.rows} rows: {report.accepted} added or updated, {report.duplicates} "
              f"unchanged, {report.skipped} blank, {len(report.rejected)} rejected")  # fmt: skip
        for note in report.warnings + report.rejected:
            print(f"  row {note.row}: {note.message}")
    return 1 if report.rejected else 0
