"""Readings from the command line: enter one, list a meter's."""

import argparse
import sys
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from ..domain.money import plain
from ..domain.readings import ReadType
from ..domain.register import ReadRefused, Why
from ..exporters.read_sheet_file import write_read_sheet
from ..services import readings
from ..services.company import get_company
from ..services.read_sheets import read_sheet
from . import import_commands
from .common import LazyWorkspace, decimal_arg, print_list


def register(commands: Any, db_after: argparse.ArgumentParser) -> None:
    group = commands.add_parser("readings", help="enter and list meter readings")
    actions = group.add_subparsers(dest="action", required=True, metavar="ACTION")
    add = actions.add_parser("add", parents=[db_after], help="enter one reading")
    add.add_argument("meter")
    add.add_argument("value", type=decimal_arg)
    add.add_argument("--date", required=True, type=date.fromisoformat, metavar="YYYY-MM-DD")
    kind = add.add_mutually_exclusive_group()
    kind.add_argument("--estimated", action="store_true", help="an estimate (marked E)")
    kind.add_argument("--customer-read", action="store_true", help="read by the customer (C)")
    add.add_argument("--note", default="")
    add.add_argument(
        "--keep-lower",
        action="store_true",
        help="keep a read lower than the one before that is not a plausible "
        "rollover (billing holds the meter until it is checked)",
    )
    add.set_defaults(handler=_add)
    guess = actions.add_parser("estimate", parents=[db_after],
                               help="record an estimate from the meter's usual use")  # fmt: skip
    guess.add_argument("meter")
    guess.add_argument("--date", required=True, type=date.fromisoformat, metavar="YYYY-MM-DD")
    guess.set_defaults(handler=_estimate)
    listing = actions.add_parser("list", parents=[db_after], help="a meter's readings")
    listing.add_argument("meter")
    listing.add_argument("--json", action="store_true", help="machine-readable output")
    listing.set_defaults(handler=_list)
    import_commands.register(actions, db_after)
    sheet = actions.add_parser("sheet", parents=[db_after],
                               help="a read sheet for the route (CSV or XLSX)")  # fmt: skip
    sheet.add_argument("--out", required=True, type=Path, help="file.csv or file.xlsx")
    sheet.add_argument("--date", type=date.fromisoformat, metavar="YYYY-MM-DD",
                       help="the day of the round (default: today)")  # fmt: skip
    sheet.set_defaults(handler=_sheet)


def _add(args: argparse.Namespace, workspace: LazyWorkspace) -> int:
    kind = ReadType.ESTIMATED if args.estimated else (
        ReadType.CUSTOMER if args.customer_read else ReadType.ACTUAL)  # fmt: skip
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
        )
    except ReadRefused as refused:
        print(f"usagebill: {args.meter}: {refused}", file=sys.stderr)
        if refused.check.why is Why.LOWER:
            print("usagebill: if the register really shows this, add --keep-lower", file=sys.stderr)
        return 1
    text = f"reading {plain(done.reading.value)} ({done.reading.type.letter}) on {args.date}"
    if done.used is not None:
        text += f"; used since the previous read: {plain(done.used)}"
    print(f"{args.meter}: {text}")
    for said in done.notes:
        print(f"  check: {said.message}")
    return 0


def _estimate(args: argparse.Namespace, workspace: LazyWorkspace) -> int:
    done = readings.estimate_reading(workspace().open_uow, meter=args.meter, on=args.date,
                                     today=date.today())  # fmt: skip
    print(f"{args.meter}: estimated {plain(done.reading.value)} (E) on {args.date}; "
          f"used since the previous read: {plain(done.used or Decimal(0))}")  # fmt: skip
    return 0


def _sheet(args: argparse.Namespace, workspace: LazyWorkspace) -> int:
    lines = read_sheet(workspace().open_uow, on=args.date or date.today())
    language = get_company(workspace().open_uow).language
    written = write_read_sheet(lines, args.out, language if language in ("en", "es") else "en")
    print(f"read sheet with {len(lines)} meters written to {written}")
    return 0


def _list(args: argparse.Namespace, workspace: LazyWorkspace) -> int:
    rows = [
        {"date": r.read_on.isoformat(), "value": plain(r.value), "type": r.type.value,
         "mark": r.type.letter, "source": r.source, "note": r.note}
        for r in readings.meter_readings(workspace().open_uow, meter=args.meter)
    ]  # fmt: skip
    return print_list(rows, ("date", "value", "mark", "source", "note"), args.json)
