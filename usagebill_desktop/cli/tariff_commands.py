"""Tariffs from the command line: import, export, list, assign, and quote a bill."""

import argparse
import json
import sys
from datetime import date
from pathlib import Path
from typing import Any

from ..domain.errors import InvalidValue
from ..domain.marks import N_
from ..domain.periods import Span
from ..exporters.quote_output import quote_json, quote_text, wording_for
from ..exporters.tariff_file import tariff_json
from ..importers.tariff_file import read_tariff_file
from ..services import tariffs
from ..texts import spoken
from .common import LazyWorkspace, Voice, decimal_arg, print_list


def register(commands: Any, shared: argparse.ArgumentParser) -> None:
    tariffs_cmd = commands.add_parser("tariffs", help="import, export, list and assign tariffs")
    actions = tariffs_cmd.add_subparsers(dest="action", required=True, metavar="ACTION")
    listing = actions.add_parser("list", parents=[shared], help="list tariffs")
    listing.add_argument("--json", action="store_true", help="machine-readable output")
    listing.set_defaults(handler=_tariffs_list)
    load = actions.add_parser(
        "import", parents=[shared], help="add a tariff file (or its new versions)"
    )
    load.add_argument("file", type=Path)
    load.set_defaults(handler=_tariffs_import)
    save = actions.add_parser("export", parents=[shared], help="write a tariff as a file")
    save.add_argument("name")
    save.add_argument("-o", "--output", type=Path, help="file to write (default: print)")
    save.set_defaults(handler=_tariffs_export)
    assign = actions.add_parser("assign", parents=[shared], help="rate a meter with a tariff")
    assign.add_argument("meter")
    assign.add_argument("tariff")
    assign.add_argument(
        "--from", dest="valid_from", required=True, type=date.fromisoformat, metavar="YYYY-MM-DD"
    )
    assign.set_defaults(handler=_tariffs_assign)

    quote = commands.add_parser("quote", parents=[shared], help="what a quantity would cost")
    quote.add_argument("--tariff", required=True, metavar="FILE_OR_NAME")
    quote.add_argument("--quantity", required=True, type=decimal_arg)
    quote.add_argument(
        "--from",
        dest="first",
        type=date.fromisoformat,
        metavar="YYYY-MM-DD",
        help="first day (inclusive); without dates: one whole period",
    )
    quote.add_argument(
        "--to",
        dest="last",
        type=date.fromisoformat,
        metavar="YYYY-MM-DD",
        help="last day (inclusive)",
    )
    quote.add_argument("--json", action="store_true", help="machine-readable output")
    quote.set_defaults(handler=_quote)


def _tariffs_list(args: argparse.Namespace, workspace: LazyWorkspace) -> int:
    found = [
        {
            "name": t.name,
            "currency": t.currency,
            "unit": t.unit,
            "period": t.period.value,
            "versions": [d.isoformat() for d in t.versions],
            "meters": t.meters,
        }
        for t in tariffs.list_tariffs(workspace().open_uow, today=date.today())
    ]
    return print_list(found, ("name", "currency", "unit", "period", "meters"), args.json)


def _tariffs_import(args: argparse.Namespace, workspace: LazyWorkspace) -> int:
    tariff = read_tariff_file(args.file)
    result = tariffs.import_tariff(workspace().open_uow, tariff=tariff)
    say = Voice(args.lang)
    added = ", ".join(str(spoken(d, say.language)) for d in result.added) or say(N_("none"))
    text = say(N_("tariff {name}: versions added: {added}"), name=result.name, added=added)
    if result.unchanged:
        text += say(N_("; already there: {count}"), count=len(result.unchanged))
    if result.reworded:
        text += say(N_("; translations updated"))
    print(text)
    return 0


def _tariffs_export(args: argparse.Namespace, workspace: LazyWorkspace) -> int:
    if args.output is None:
        sys.stdout.write(tariff_json(tariffs.get_tariff(workspace().open_uow, name=args.name)))
    else:
        tariffs.export_tariff(workspace().open_uow, name=args.name, path=args.output)
        print(Voice(args.lang)(N_("wrote {file}"), file=args.output))
    return 0


def _tariffs_assign(args: argparse.Namespace, workspace: LazyWorkspace) -> int:
    done = tariffs.assign_tariff(
        workspace().open_uow, meter=args.meter, tariff=args.tariff, valid_from=args.valid_from
    )
    said = N_("meter {serial} is rated with {tariff} from {on}")
    print(Voice(args.lang)(said, serial=done.meter_serial, tariff=done.tariff, on=done.valid_from))
    return 0


def _quote(args: argparse.Namespace, workspace: LazyWorkspace) -> int:
    path = Path(args.tariff)
    if path.suffix.lower() == ".json" or path.exists():
        tariff = read_tariff_file(path)
    else:
        tariff = tariffs.get_tariff(workspace().open_uow, name=args.tariff)
    if (args.first is None) != (args.last is None):
        raise InvalidValue(field="--from/--to", reason=N_("give both dates, or neither"))
    span = Span(args.first, args.last) if args.first else None
    language = args.lang or "en"
    bill = tariffs.quote(
        tariff, quantity=args.quantity, span=span, today=date.today(), language=language
    )
    wording = wording_for(bill, tariff.period, language)
    if args.json:
        print(json.dumps(quote_json(bill, wording), ensure_ascii=False, indent=2))
    else:
        print(quote_text(bill, wording))
    return 0
