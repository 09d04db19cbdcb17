"""`usagebill`: the command line. With no command it opens the window.

Every command calls the same services the GUI calls.
"""

import argparse
import json
import os
import sys
from collections.abc import Callable, Sequence
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from . import __version__
from .bootstrap import Workspace, database_url, demo_url, open_workspace, workspace_exists
from .domain.customers import Customer
from .domain.errors import DomainError, InvalidValue
from .domain.meters import MeterListing
from .domain.money import plain, to_decimal
from .domain.periods import Span
from .exporters.quote_output import quote_json, quote_text, wording_for
from .exporters.tariff_file import tariff_json
from .importers.tariff_file import read_tariff_file
from .services import customers, demo, meters, tariffs
from .services.ports import Page


class LazyWorkspace:
    """Opens the database on first use: `quote --tariff FILE` needs none."""

    def __init__(self, url: str) -> None:
        self._url = url
        self._opened: Workspace | None = None

    def __call__(self) -> Workspace:
        if self._opened is None:
            self._opened = open_workspace(self._url)
        return self._opened

    def close(self) -> None:
        if self._opened is not None:
            self._opened.close()


Handler = Callable[[argparse.Namespace, LazyWorkspace], int]


def main(argv: Sequence[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    url = database_url(args.db)
    if args.command is None or args.command == "gui":
        from .ui.app import run_gui  # Qt loads only when a window is wanted

        return run_gui(url, is_new=not workspace_exists(url), open_workspace=open_workspace,
                       demo=demo_url(url), language=args.lang)  # fmt: skip
    workspace = LazyWorkspace(url)
    try:
        handler: Handler = args.handler
        return handler(args, workspace)
    except DomainError as error:
        print(f"usagebill: error: {error}", file=sys.stderr)
        return 1
    except BrokenPipeError:  # `usagebill customers list | head`: the reader has gone
        sys.stdout = open(os.devnull, "w")  # noqa: SIM115 (Python's own recipe)
        return 0
    finally:
        workspace.close()


def _parser() -> argparse.ArgumentParser:
    # --db is accepted before the command and after it; the later one wins.
    db_after = argparse.ArgumentParser(add_help=False)
    db_after.add_argument("--db", default=argparse.SUPPRESS, help=argparse.SUPPRESS)

    parser = argparse.ArgumentParser(
        prog="usagebill",
        description="Bill customers for what they use. Without a command, opens the window.",
        epilog="The data lives in one SQLite file; --db or $USAGEBILL_DB chooses another "
        "file or a SQLAlchemy URL.",
    )
    parser.add_argument("--db", metavar="PATH", help="database file or SQLAlchemy URL")
    parser.add_argument("--lang", choices=("en", "es"), help="window language (default: system)")
    parser.add_argument("--version", action="version", version=f"usagebill {__version__}")
    commands = parser.add_subparsers(dest="command", title="commands", metavar="COMMAND")

    commands.add_parser("gui", parents=[db_after], help="open the window (the default)")

    customers_cmd = commands.add_parser("customers", help="add and list customers")
    customer_actions = customers_cmd.add_subparsers(dest="action", required=True, metavar="ACTION")
    add = customer_actions.add_parser("add", parents=[db_after], help="add a customer")
    add.add_argument("--name", required=True)
    add.add_argument("--account", default="", help="account number (default: next free)")
    add.add_argument("--tax-id", default="")
    add.add_argument("--email", default="")
    add.add_argument("--language", choices=("es", "en"), default="")
    add.add_argument("--address", default="")
    add.set_defaults(handler=_customers_add)
    listing = customer_actions.add_parser("list", parents=[db_after], help="list customers")
    listing.add_argument("--json", action="store_true", help="machine-readable output")
    listing.set_defaults(handler=_customers_list)

    meters_cmd = commands.add_parser("meters", help="add and list meters")
    meter_actions = meters_cmd.add_subparsers(dest="action", required=True, metavar="ACTION")
    add = meter_actions.add_parser("add", parents=[db_after], help="install a meter")
    add.add_argument("serial")
    add.add_argument("--customer", required=True, metavar="ACCOUNT")
    add.add_argument("--kind", required=True, choices=("cumulative", "interval"))
    add.add_argument("--unit", required=True, help="m³, kWh, h, page, …")
    add.add_argument("--digits", type=int, help="register digits (rollover at 10^N)")
    add.add_argument("--multiplier", type=_decimal, default=Decimal(1))
    add.add_argument("--install-read", type=_decimal, default=Decimal(0), metavar="V")
    add.add_argument("--date", type=date.fromisoformat, default=None, metavar="YYYY-MM-DD",
                     help="install date (default: today)")  # fmt: skip
    add.set_defaults(handler=_meters_add)
    listing = meter_actions.add_parser("list", parents=[db_after], help="list meters")
    listing.add_argument("--json", action="store_true", help="machine-readable output")
    listing.set_defaults(handler=_meters_list)

    _tariff_commands(commands, db_after)

    build = commands.add_parser("demo", parents=[db_after], help="build the demo workspace")
    build.add_argument("--seed", type=int, default=2026, help=argparse.SUPPRESS)
    build.set_defaults(handler=_demo)
    return parser


def _tariff_commands(commands: Any, db_after: argparse.ArgumentParser) -> None:
    tariffs_cmd = commands.add_parser("tariffs", help="import, export, list and assign tariffs")
    actions = tariffs_cmd.add_subparsers(dest="action", required=True, metavar="ACTION")
    listing = actions.add_parser("list", parents=[db_after], help="list tariffs")
    listing.add_argument("--json", action="store_true", help="machine-readable output")
    listing.set_defaults(handler=_tariffs_list)
    load = actions.add_parser(
        "import", parents=[db_after], help="add a tariff file (or its new versions)"
    )
    load.add_argument("file", type=Path)
    load.set_defaults(handler=_tariffs_import)
    save = actions.add_parser("export", parents=[db_after], help="write a tariff as a file")
    save.add_argument("name")
    save.add_argument("-o", "--output", type=Path, help="file to write (default: print)")
    save.set_defaults(handler=_tariffs_export)
    assign = actions.add_parser("assign", parents=[db_after], help="rate a meter with a tariff")
    assign.add_argument("meter")
    assign.add_argument("tariff")
    assign.add_argument("--from", dest="valid_from", required=True, type=date.fromisoformat,
                        metavar="YYYY-MM-DD")  # fmt: skip
    assign.set_defaults(handler=_tariffs_assign)

    quote = commands.add_parser("quote", parents=[db_after], help="what a quantity would cost")
    quote.add_argument("--tariff", required=True, metavar="FILE_OR_NAME")
    quote.add_argument("--quantity", required=True, type=_decimal)
    quote.add_argument("--from", dest="first", type=date.fromisoformat, metavar="YYYY-MM-DD",
                       help="first day (inclusive); without dates: one whole period")  # fmt: skip
    quote.add_argument("--to", dest="last", type=date.fromisoformat, metavar="YYYY-MM-DD",
                       help="last day (inclusive)")  # fmt: skip
    quote.add_argument("--json", action="store_true", help="machine-readable output")
    quote.set_defaults(handler=_quote)


def _decimal(text: str) -> Decimal:
    try:
        return to_decimal(text)
    except ValueError as error:
        raise argparse.ArgumentTypeError(str(error)) from None


def _customers_add(args: argparse.Namespace, workspace: LazyWorkspace) -> int:
    customer = customers.add_customer(
        workspace().open_uow,
        name=args.name,
        account=args.account,
        tax_id=args.tax_id,
        email=args.email,
        language=args.language,
        address=args.address,
    )
    print(f"added customer {customer.account}: {customer.name}")
    return 0


def _customer_json(customer: Customer) -> dict[str, Any]:
    fields = ("account", "name", "tax_id", "email", "language", "address")
    return {name: getattr(customer, name) for name in fields}


def _customers_list(args: argparse.Namespace, workspace: LazyWorkspace) -> int:
    everyone = Page(limit=10**9, sort="account")
    found = [
        _customer_json(c) for c in customers.list_customers(workspace().open_uow, page=everyone)
    ]
    return _print_list(found, ("account", "name", "tax_id", "email", "language"), args.json)


def _meters_add(args: argparse.Namespace, workspace: LazyWorkspace) -> int:
    meter = meters.add_meter(
        workspace().open_uow,
        serial=args.serial,
        customer_account=args.customer,
        kind=args.kind,
        unit=args.unit,
        digits=args.digits,
        multiplier=args.multiplier,
        install_read=args.install_read,
        install_date=args.date or date.today(),
    )
    print(f"added meter {meter.serial} for customer {meter.customer_account}")
    return 0


def _meter_json(listing: MeterListing) -> dict[str, Any]:
    meter = listing.meter
    return {
        "serial": meter.serial,
        "customer_account": meter.customer_account,
        "kind": meter.kind.value,
        "unit": meter.unit,
        "digits": meter.digits,
        "multiplier": plain(meter.multiplier),
        "install_read": plain(meter.install_read),
        "install_date": meter.install_date.isoformat(),
    }


def _meters_list(args: argparse.Namespace, workspace: LazyWorkspace) -> int:
    every_meter = Page(limit=10**9, sort="serial")
    found = [_meter_json(m) for m in meters.list_meters(workspace().open_uow, page=every_meter)]
    return _print_list(
        found, ("serial", "customer_account", "kind", "unit", "install_read"), args.json
    )


def _demo(args: argparse.Namespace, workspace: LazyWorkspace) -> int:
    summary = demo.build_demo(workspace().open_uow, today=date.today(), seed=args.seed)
    print(
        f"demo workspace ready in {workspace().location}: {summary.customers} customers, "
        f"{summary.meters} meters, {summary.readings} readings ({summary.estimates} estimated); "
        f"rollover on {summary.rollover_meter}, "
        f"{summary.replaced_meter} replaced by {summary.replacement_meter}"
    )
    return 0


def _tariffs_list(args: argparse.Namespace, workspace: LazyWorkspace) -> int:
    found = [
        {"name": t.name, "currency": t.currency, "unit": t.unit, "period": t.period.value,
         "versions": [d.isoformat() for d in t.versions], "meters": t.meters}
        for t in tariffs.list_tariffs(workspace().open_uow, today=date.today())
    ]  # fmt: skip
    return _print_list(found, ("name", "currency", "unit", "period", "meters"), args.json)


def _tariffs_import(args: argparse.Namespace, workspace: LazyWorkspace) -> int:
    tariff = read_tariff_file(args.file)
    result = tariffs.import_tariff(workspace().open_uow, tariff=tariff)
    added = ", ".join(d.isoformat() for d in result.added) or "none"
    print(f"tariff {result.name}: versions added: {added}"
          + (f"; already there: {len(result.unchanged)}" if result.unchanged else ""))  # fmt: skip
    return 0


def _tariffs_export(args: argparse.Namespace, workspace: LazyWorkspace) -> int:
    text = tariff_json(tariffs.get_tariff(workspace().open_uow, name=args.name))
    if args.output is None:
        sys.stdout.write(text)
    else:
        args.output.write_text(text, encoding="utf-8")
        print(f"wrote {args.output}")
    return 0


def _tariffs_assign(args: argparse.Namespace, workspace: LazyWorkspace) -> int:
    done = tariffs.assign_tariff(workspace().open_uow, meter=args.meter, tariff=args.tariff,
                                 valid_from=args.valid_from)  # fmt: skip
    print(f"meter {done.meter_serial} is rated with {done.tariff} from {done.valid_from}")
    return 0


def _quote(args: argparse.Namespace, workspace: LazyWorkspace) -> int:
    path = Path(args.tariff)
    if path.suffix.lower() == ".json" or path.exists():
        tariff = read_tariff_file(path)
    else:
        tariff = tariffs.get_tariff(workspace().open_uow, name=args.tariff)
    if (args.first is None) != (args.last is None):
        raise InvalidValue(field="--from/--to", reason="give both dates, or neither")
    span = Span(args.first, args.last) if args.first else None
    bill = tariffs.quote(tariff, quantity=args.quantity, span=span, today=date.today())
    wording = wording_for(bill, tariff.period, args.lang or "en")
    if args.json:
        print(json.dumps(quote_json(bill, wording), ensure_ascii=False, indent=2))
    else:
        print(quote_text(bill, wording))
    return 0


def _print_list(rows: list[dict[str, Any]], columns: Sequence[str], as_json: bool) -> int:
    """All fields as JSON for scripts, or the main columns as a table for people."""
    if as_json:
        print(json.dumps(rows, ensure_ascii=False, indent=2))
    else:
        _print_table(rows, columns)
    return 0


def _print_table(rows: list[dict[str, Any]], columns: Sequence[str]) -> None:
    cells = [[str(row[c] if row[c] is not None else "") for c in columns] for row in rows]
    widths = [max([len(c), *(len(r[i]) for r in cells)]) for i, c in enumerate(columns)]
    print("  ".join(c.upper().ljust(w) for c, w in zip(columns, widths, strict=True)).rstrip())
    for row in cells:
        print("  ".join(v.ljust(w) for v, w in zip(row, widths, strict=True)).rstrip())
    print(f"({len(rows)})")
