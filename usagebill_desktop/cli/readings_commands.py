"""Readings from the command line: enter one, list a meter's."""

import argparse
import sys
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from ..domain.marks import N_
from ..domain.money import plain, trim
from ..domain.readings import ReadType
from ..domain.register import ReadRefused, Why
from ..exporters.read_sheet_file import write_read_sheet
from ..services import corrections, readings
from ..services.company import get_company
from ..services.read_sheets import read_sheet
from ..texts import LANGUAGES
from . import import_commands
from .common import LazyWorkspace, Voice, decimal_arg, period_option, print_list


def register(commands: Any, shared: argparse.ArgumentParser) -> None:
    group = commands.add_parser("readings", help="enter and list meter readings")
    actions = group.add_subparsers(dest="action", required=True, metavar="ACTION")
    add = actions.add_parser("add", parents=[shared], help="enter one reading")
    add.add_argument("meter")
    add.add_argument("value", type=decimal_arg)
    _read_arguments(add)
    _answers(add)
    add.set_defaults(handler=_add)
    guess = actions.add_parser(
        "estimate", parents=[shared], help="record an estimate from the meter's usual use"
    )
    guess.add_argument("meter")
    guess.add_argument("--date", required=True, type=date.fromisoformat, metavar="YYYY-MM-DD")
    guess.set_defaults(handler=_estimate)
    edit = actions.add_parser(
        "edit", parents=[shared], help="correct a stored reading that no issued invoice billed"
    )
    edit.add_argument("meter")
    edit.add_argument("--value", required=True, type=decimal_arg)
    _read_arguments(edit)
    _answers(edit)
    edit.set_defaults(handler=_edit)
    remove = actions.add_parser(
        "delete", parents=[shared], help="remove a stored reading that no issued invoice billed"
    )
    remove.add_argument("meter")
    remove.add_argument("--date", required=True, type=date.fromisoformat, metavar="YYYY-MM-DD")
    remove.set_defaults(handler=_delete)
    listing = actions.add_parser("list", parents=[shared], help="a meter's readings")
    listing.add_argument("meter")
    listing.add_argument("--json", action="store_true", help="machine-readable output")
    listing.set_defaults(handler=_list)
    import_commands.register(actions, shared)
    sheet = actions.add_parser(
        "sheet", parents=[shared], help="a read sheet for the route (CSV or XLSX)"
    )
    sheet.add_argument("--out", required=True, type=Path, help="file.csv or file.xlsx")
    sheet.add_argument(
        "--date",
        type=date.fromisoformat,
        metavar="YYYY-MM-DD",
        help="the day of the round (default: today)",
    )
    sheet.set_defaults(handler=_sheet)


def _read_arguments(parser: argparse.ArgumentParser) -> None:
    """A read's date, type and note, as `readings add` and `readings edit` take them."""
    parser.add_argument("--date", required=True, type=date.fromisoformat, metavar="YYYY-MM-DD")
    kind = parser.add_mutually_exclusive_group()
    kind.add_argument("--estimated", action="store_true", help="an estimate (marked E)")
    kind.add_argument("--customer-read", action="store_true", help="read by the customer (C)")
    parser.add_argument("--note", default="")


def _answers(parser: argparse.ArgumentParser) -> None:
    """The person's answers to a read the register would refuse, as `readings add` and
    `readings edit` take them."""
    parser.add_argument(
        "--keep-lower",
        action="store_true",
        help="keep a read lower than the one before that is not a plausible "
        "rollover (billing holds the meter until it is checked)",
    )
    parser.add_argument(
        "--keep-high",
        action="store_true",
        help="keep a read hundreds of times the usual use (you have checked the register)",
    )


def _kind(args: argparse.Namespace) -> ReadType:
    if args.estimated:
        return ReadType.ESTIMATED
    return ReadType.CUSTOMER if args.customer_read else ReadType.ACTUAL


def _add(args: argparse.Namespace, workspace: LazyWorkspace) -> int:
    say = Voice(args.lang)
    kind = _kind(args)
    try:
        done = readings.record_reading(
            workspace().open_uow,
            meter=args.meter,
            value=args.value,
            read_on=args.date,
            today=date.today(),
            type=kind,
            note=args.note,
            keep_lower=args.keep_lower,
            keep_high=args.keep_high,
        )
    except ReadRefused as refused:
        return _refused(refused, say)
    print(f"{args.meter}: {_recorded(done, say)}")
    for said in done.notes:
        print("  " + say(N_("check: {note}"), note=say.note(said)))
    return 0


def _refused(refused: ReadRefused, say: Voice) -> int:
    """Why the register refused a read, and how to keep it if the register shows it."""
    print(f"usagebill: {say.error(refused)}", file=sys.stderr)
    if refused.check.why is Why.LOWER:
        hint = say(N_("if the register really shows this, add --keep-lower"))
        print(f"usagebill: {hint}", file=sys.stderr)
    if refused.check.why is Why.BEYOND:
        hint = say(N_("if the register really shows this, add --keep-high"))
        print(f"usagebill: {hint}", file=sys.stderr)
    return 1


def _edit(args: argparse.Namespace, workspace: LazyWorkspace) -> int:
    try:
        done = corrections.edit_reading(
            workspace().open_uow,
            meter=args.meter,
            read_on=args.date,
            value=args.value,
            today=date.today(),
            type=_kind(args),
            note=args.note,
            keep_lower=args.keep_lower,
            keep_high=args.keep_high,
        )
    except ReadRefused as refused:
        return _refused(refused, Voice(args.lang))
    said = N_("{meter}: reading on {on} changed from {old} to {new}")
    _corrected(done, said, args, new=trim(args.value))
    return 0


def _delete(args: argparse.Namespace, workspace: LazyWorkspace) -> int:
    open_uow, say = workspace().open_uow, Voice(args.lang)
    try:
        done = corrections.delete_reading(
            open_uow, meter=args.meter, read_on=args.date, today=date.today()
        )
    except ReadRefused as refused:
        print(f"usagebill: {say.error(refused)}", file=sys.stderr)
        return 1
    _corrected(done, N_("{meter}: reading {old} on {on} deleted"), args)
    return 0


def _corrected(
    done: corrections.Corrected, said: str, args: argparse.Namespace, **values: object
) -> None:
    say = Voice(args.lang)
    print(say(said, meter=args.meter, on=args.date, old=trim(done.old.value), **values))
    again = N_("draft {draft} billed this reading: bill it again with {command}")
    for draft, period in done.drafts:
        command = f"bill {period_option(period)} --customer {done.account}"
        print("  " + say(again, draft=draft, command=command))


def _recorded(done: readings.Recorded, say: Voice) -> str:
    read = {"value": trim(done.reading.value), "mark": done.reading.type.letter}
    if done.used is None:
        return say(N_("reading {value} ({mark}) on {on}"), on=done.reading.read_on, **read)
    return say(
        N_("reading {value} ({mark}) on {on}; used since the previous read: {used}"),
        on=done.reading.read_on,
        used=trim(done.used),
        **read,
    )


def _estimate(args: argparse.Namespace, workspace: LazyWorkspace) -> int:
    done = readings.estimate_reading(
        workspace().open_uow, meter=args.meter, on=args.date, today=date.today()
    )
    said = N_("{meter}: estimated {value} (E) on {on}; used since the previous read: {used}")
    print(
        Voice(args.lang)(
            said,
            meter=args.meter,
            value=trim(done.reading.value),
            on=args.date,
            used=trim(done.used or Decimal(0)),
        )
    )
    return 0


def _sheet(args: argparse.Namespace, workspace: LazyWorkspace) -> int:
    lines = read_sheet(workspace().open_uow, on=args.date or date.today())
    language = get_company(workspace().open_uow).language
    written = write_read_sheet(lines, args.out, language if language in LANGUAGES else "en")
    said = N_("read sheet with {meters} meters written to {file}")
    print(Voice(args.lang)(said, meters=len(lines), file=written))
    return 0


def _list(args: argparse.Namespace, workspace: LazyWorkspace) -> int:
    rows = [
        {
            "date": r.read_on.isoformat(),
            "value": plain(r.value),
            "type": r.type.value,
            "mark": r.type.letter,
            "source": r.source,
            "note": r.note,
        }
        for r in readings.meter_readings(workspace().open_uow, meter=args.meter)
    ]
    return print_list(rows, ("date", "value", "mark", "source", "note"), args.json)
