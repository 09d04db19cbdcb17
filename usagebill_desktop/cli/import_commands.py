"""Importing readings from the command line: `usagebill readings import FILE`.

Exit status: 0 nothing rejected, 1 rows rejected, 2 the file could not be read at all.
"""

import argparse
import json
import sys
from datetime import date
from operator import attrgetter
from pathlib import Path
from typing import Any

from ..domain.imports import ImportReport
from ..domain.marks import N_, NN_
from ..domain.register import BEYOND_SAID, SAME_DAY
from ..importers.conventions import Convention
from ..importers.customers_file import parse_customers
from ..importers.readings_parser import NoHeader, parse_mapping
from ..importers.tables import UnreadableFile, read_table
from ..importers.values import conventions
from ..services import imports, onboarding
from ..services.company import get_company
from ..services.file_imports import FileImport, import_readings_file
from ..texts import say_count
from .common import LazyWorkspace, Voice


def register(actions: Any, shared: argparse.ArgumentParser) -> None:
    """Adds `import`, `imports` and `undo-import` to the `readings` command."""
    load = actions.add_parser("import", parents=[shared], help="import readings from CSV/XLSX")
    load.add_argument("file", type=Path)
    load.add_argument("--dry-run", action="store_true", help="check only, write nothing")
    load.add_argument("--map", help="columns by hand: meter=2,date=1,value=4[,type=5,note=6]")
    load.add_argument(
        "--locale",
        help="how the file writes dates and numbers (default: "
        "the company's), e.g. es_ES, en_GB, en_US",
    )
    _convention_options(load)
    load.add_argument("--strict", action="store_true", help="write nothing if a row is rejected")
    load.add_argument(
        "--replace", action="store_true", help="overwrite stored readings that the file contradicts"
    )
    load.add_argument(
        "--keep-high",
        action="store_true",
        help="keep reads hundreds of times the usual use (you have checked them)",
    )
    load.add_argument("--json", action="store_true", help="machine-readable output")
    load.set_defaults(handler=_import)
    done = actions.add_parser("imports", parents=[shared], help="the files imported")
    done.set_defaults(handler=_imports)
    undo = actions.add_parser("undo-import", parents=[shared], help="remove an import")
    undo.add_argument("import_id", type=int, metavar="ID")
    undo.set_defaults(handler=_undo)


def _import(args: argparse.Namespace, workspace: LazyWorkspace) -> int:
    say, open_uow = Voice(args.lang), workspace().open_uow
    try:
        mapping = parse_mapping(args.map) if args.map else None
        done = import_readings_file(
            open_uow,
            path=args.file,
            locale=args.locale or get_company(open_uow).locale,
            mapping=mapping,
            decimal=args.decimal,
            dates=args.dates,
            today=date.today(),
            dry_run=args.dry_run,
            strict=args.strict,
            replace=args.replace,
            keep_high=args.keep_high,
            language=say.language,
        )
    except NoHeader as problem:
        print(f"usagebill: {say.note(problem.note)} (--map)", file=sys.stderr)
        return 2
    except UnreadableFile as problem:
        print(f"usagebill: {say.note(problem.note)}", file=sys.stderr)
        return 2
    if args.json:
        said = _conventions(done.parsed.dates, done.parsed.decimal, say)
        found = _json(done.report, say) | {"conventions": said}
        print(json.dumps(found, ensure_ascii=False, indent=2))
    else:
        _print(done, say, dry_run=args.dry_run)
    return 1 if done.report.rejected else 0


def _json(report: ImportReport, say: Voice) -> dict[str, Any]:
    return {
        "file": report.file,
        "encoding": report.encoding,
        "delimiter": report.delimiter,
        "rows": report.rows,
        "accepted": report.accepted,
        "duplicates": report.duplicates,
        "skipped": report.skipped,
        "warnings": [{"row": n.row, "message": say.json_note(n)} for n in report.warnings],
        "rejected": [{"row": n.row, "message": say.json_note(n)} for n in report.rejected],
    }


# What an import did, each count said by its number ("1 row", "2 rows"), then joined.
_COUNTS = (
    ("accepted", NN_("{n} accepted", "{n} accepted")),
    ("duplicates", NN_("{n} already present", "{n} already present")),
    ("skipped", NN_("{n} blank or totals", "{n} blank or totals")),
    ("rejected", NN_("{n} rejected", "{n} rejected")),
    ("warnings", NN_("{n} warning", "{n} warnings")),
)
_WOULD_BE = NN_("{n} would be accepted", "{n} would be accepted")
_ROWS = NN_("{n} row", "{n} rows")
_NOTES = (
    (N_("row {row}: warning: {note}"), attrgetter("warnings")),
    (N_("row {row}: rejected: {note}"), attrgetter("rejected")),
)


def _print(done: FileImport, say: Voice, *, dry_run: bool) -> None:
    report, rejected_file, parsed = done.report, done.rejected_file, done.parsed
    print(f"{report.file} ({_how_read(report, parsed.dates, parsed.decimal, say)})")
    print(_counts(report, say, dry_run=dry_run))
    for title, notes in _NOTES:
        for note in notes(report):
            print("  " + say(title, row=note.row, note=say.note(note)))
    if report.import_id is not None:
        undo = N_("import {id} written (undo with: readings undo-import {id})")
        print(say(undo, id=report.import_id))
    if rejected_file is not None:
        print(say(N_("rejected rows written to {file}"), file=rejected_file))
    if done.rejected_problem:
        said = N_("the rejected rows could not be written beside the file: {problem}")
        print(say(said, problem=done.rejected_problem))
    if any(note.template == SAME_DAY for note in report.rejected):
        print(say(N_("to overwrite readings already stored, import again with --replace")))
    if any(note.template in BEYOND_SAID for note in report.rejected):
        kept = N_(
            "if you have checked the reads far beyond the usual use, import again with --keep-high"
        )
        print(say(kept))


def _counts(report: ImportReport, say: Voice, *, dry_run: bool) -> str:
    """ "11 rows: 3 accepted, 1 already present, …, 1 warning"."""
    counts = report.counts()
    parts = [
        say_count(
            say.language, _WOULD_BE if dry_run and name == "accepted" else words, counts[name]
        )
        for name, words in _COUNTS
    ]
    rows = say_count(say.language, _ROWS, counts["rows"])
    return say(N_("{rows}: {counts}"), rows=rows, counts=", ".join(parts))


def _how_read(report: ImportReport, dates: Convention, decimal: Convention, say: Voice) -> str:
    """How the file was read: its encoding and delimiter, dates and decimals (each
    decided by then)."""
    how = report.encoding or "Excel"
    if report.delimiter:
        delimiter = repr(report.delimiter)
        how = say(N_("{encoding}, delimiter {delimiter}"), encoding=how, delimiter=delimiter)
    order = say(N_("day/month") if dates.choice == "dmy" else N_("month/day"))
    said_dates = say(N_("dates {order}"), order=order)
    mark = say(N_("decimal comma") if decimal.choice == "," else N_("decimal point"))
    return f"{how}; {_why(said_dates, dates, say)}; {_why(mark, decimal, say)}"


def _why(what: str, said: Convention, say: Voice) -> str:
    return f"{what} ({say.note(said.why)})" if said.why is not None else what


def _conventions(dates: Convention, decimal: Convention, say: Voice) -> dict[str, str | None]:
    """How the file's numbers and dates were read, and what decided."""
    why = {
        k: say.json_note(c.why) if c.why else None
        for k, c in (("dates", dates), ("decimal", decimal))
    }
    return {
        "decimal": decimal.choice,
        "decimal_from": decimal.source,
        "decimal_why": why["decimal"],
        "dates": dates.choice,
        "dates_from": dates.source,
        "dates_why": why["dates"],
    }


def _imports(args: argparse.Namespace, workspace: LazyWorkspace) -> int:
    say = Voice(args.lang)
    for r in imports.imports_done(workspace().open_uow):
        line = say(
            N_("{id}: {at} {file}: {accepted} accepted, {rejected} rejected"),
            id=r.id,
            at=f"{r.at:%Y-%m-%d %H:%M}",
            file=r.file_name,
            accepted=r.accepted,
            rejected=r.rejected,
        )
        if r.undone_at:
            line += say(N_(", undone {on}"), on=f"{r.undone_at:%Y-%m-%d}")
        print(line)
    return 0


def _undo(args: argparse.Namespace, workspace: LazyWorkspace) -> int:
    removed = imports.undo_import(workspace().open_uow, import_id=args.import_id)
    print(
        Voice(args.lang)(
            N_("import {id} undone: {removed} readings removed"), id=args.import_id, removed=removed
        )
    )
    return 0


def register_customers(actions: Any, shared: argparse.ArgumentParser) -> None:
    """Adds `import` to the `customers` command."""
    load = actions.add_parser(
        "import", parents=[shared], help="add or update customers and meters from CSV/XLSX"
    )
    load.add_argument("file", type=Path)
    load.add_argument("--dry-run", action="store_true", help="check only, write nothing")
    load.add_argument("--locale", help="how the file writes dates and numbers")
    _convention_options(load)
    load.add_argument("--json", action="store_true", help="machine-readable output")
    load.set_defaults(handler=_import_customers)


def _convention_options(load: argparse.ArgumentParser) -> None:
    """`--decimal` and `--dates`: a person's answer when the file's values read two ways."""
    load.add_argument(
        "--decimal", choices=(".", ","), help="the file's decimal mark (overrules the file)"
    )
    load.add_argument(
        "--dates", choices=("dmy", "mdy"), help="the file's date order (overrules the file)"
    )


def _import_customers(args: argparse.Namespace, workspace: LazyWorkspace) -> int:
    say = Voice(args.lang)
    try:
        table = read_table(args.file)
        locale = args.locale or get_company(workspace().open_uow).locale
        day_first, decimal_comma = conventions(locale)
        sheet = parse_customers(
            table,
            day_first=day_first,
            decimal_comma=decimal_comma,
            decimal=args.decimal,
            dates=args.dates,
        )
        sheet = onboarding.settle_sheet(workspace().open_uow, sheet)
    except UnreadableFile as problem:
        print(f"usagebill: {say.note(problem.note)}", file=sys.stderr)
        return 2
    report = onboarding.import_customers(
        workspace().open_uow, sheet=sheet, today=date.today(), dry_run=args.dry_run
    )
    if args.json:
        said = _conventions(sheet.dates, sheet.decimal, say)
        print(json.dumps(_json(report, say) | {"conventions": said}, ensure_ascii=False, indent=2))
    else:
        print(f"{report.file} ({_how_read(report, sheet.dates, sheet.decimal, say)})")
        print(
            say(
                N_(
                    "{rows} rows: {accepted} added or updated, {duplicates} unchanged, "
                    "{skipped} blank, {rejected} rejected"
                ),
                rows=report.rows,
                accepted=report.accepted,
                duplicates=report.duplicates,
                skipped=report.skipped,
                rejected=len(report.rejected),
            )
        )
        for note in report.warnings + report.rejected:
            print("  " + say(N_("row {row}: {note}"), row=note.row, note=say.note(note)))
    return 1 if report.rejected else 0
