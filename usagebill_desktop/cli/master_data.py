"""Master data from the command line: customers, meters, the demo workspace."""

import argparse
import json
from datetime import date
from decimal import Decimal
from typing import Any

from ..demo.workspace import build_demo
from ..domain.customers import Customer
from ..domain.marks import N_
from ..domain.meters import MeterListing
from ..domain.money import plain, trim
from ..importers.demo_files import read_demo_tariffs
from ..services import customers, invoices, meters
from ..services.ports import Page
from . import import_commands
from .common import LazyWorkspace, Voice, decimal_arg, print_list


def register(commands: Any, shared: argparse.ArgumentParser) -> None:
    customers_cmd = commands.add_parser("customers", help="add and list customers")
    customer_actions = customers_cmd.add_subparsers(dest="action", required=True, metavar="ACTION")
    add = customer_actions.add_parser("add", parents=[shared], help="add a customer")
    add.add_argument("--name", required=True)
    add.add_argument("--account", default="", help="account number (default: next free)")
    add.add_argument("--tax-id", default="")
    add.add_argument("--email", default="")
    add.add_argument("--language", choices=("es", "en"), default="")
    add.add_argument("--address", default="")
    add.set_defaults(handler=_customers_add)
    import_commands.register_customers(customer_actions, shared)
    owed = customer_actions.add_parser(
        "balance", parents=[shared], help="invoiced, credited, paid and outstanding"
    )
    owed.add_argument("account")
    owed.add_argument("--json", action="store_true", help="machine-readable output")
    owed.set_defaults(handler=_customers_balance)
    listing = customer_actions.add_parser("list", parents=[shared], help="list customers")
    listing.add_argument("--json", action="store_true", help="machine-readable output")
    listing.set_defaults(handler=_customers_list)

    meters_cmd = commands.add_parser("meters", help="add and list meters")
    meter_actions = meters_cmd.add_subparsers(dest="action", required=True, metavar="ACTION")
    add = meter_actions.add_parser("add", parents=[shared], help="install a meter")
    add.add_argument("serial")
    add.add_argument("--customer", required=True, metavar="ACCOUNT")
    add.add_argument("--kind", required=True, choices=("cumulative", "interval"))
    add.add_argument("--unit", required=True, help="m³, kWh, h, page, …")
    add.add_argument("--digits", type=int, help="register digits (rollover at 10^N)")
    add.add_argument("--multiplier", type=decimal_arg, default=Decimal(1))
    add.add_argument("--install-read", type=decimal_arg, default=Decimal(0), metavar="V")
    add.add_argument(
        "--date",
        type=date.fromisoformat,
        default=None,
        metavar="YYYY-MM-DD",
        help="install date (default: today)",
    )
    add.set_defaults(handler=_meters_add)
    swap = meter_actions.add_parser("replace", parents=[shared], help="replace a meter")
    swap.add_argument("old", metavar="OLD")
    swap.add_argument("--final-read", required=True, type=decimal_arg, metavar="V")
    swap.add_argument("--new-serial", required=True, metavar="S")
    swap.add_argument("--install-read", required=True, type=decimal_arg, metavar="V")
    swap.add_argument("--date", required=True, type=date.fromisoformat, metavar="YYYY-MM-DD")
    swap.add_argument("--digits", type=int, help="the new register's digits (default: as the old)")
    swap.add_argument(
        "--keep-lower",
        action="store_true",
        help="keep a final read lower than the one before (billing holds it until checked)",
    )
    swap.add_argument(
        "--keep-high",
        action="store_true",
        help="keep a final read hundreds of times the usual use (you have checked it)",
    )
    swap.set_defaults(handler=_meters_replace)
    listing = meter_actions.add_parser("list", parents=[shared], help="list meters")
    listing.add_argument("--json", action="store_true", help="machine-readable output")
    listing.set_defaults(handler=_meters_list)

    build = commands.add_parser("demo", parents=[shared], help="build the demo workspace")
    build.add_argument("--seed", type=int, default=2026, help=argparse.SUPPRESS)
    build.set_defaults(handler=_demo, creates=True)
    init = commands.add_parser(
        "init", parents=[shared], help="start a new, empty workspace in the data file"
    )
    init.set_defaults(handler=_init, creates=True)


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
    said = N_("added customer {account}: {name}")
    print(Voice(args.lang)(said, account=customer.account, name=customer.name))
    return 0


def _customer_json(customer: Customer) -> dict[str, Any]:
    fields = ("account", "name", "tax_id", "email", "language", "address")
    return {name: getattr(customer, name) for name in fields}


def _customers_list(args: argparse.Namespace, workspace: LazyWorkspace) -> int:
    everyone = Page(limit=10**9, sort="account")
    found = [
        _customer_json(c) for c in customers.list_customers(workspace().open_uow, page=everyone)
    ]
    return print_list(found, ("account", "name", "tax_id", "email", "language"), args.json)


def _customers_balance(args: argparse.Namespace, workspace: LazyWorkspace) -> int:
    b = invoices.customer_balance(workspace().open_uow, account=args.account, today=date.today())
    row = {
        "account": b.account,
        "invoiced": str(b.invoiced),
        "credited": str(b.credited),
        "paid": str(b.paid),
        "outstanding": str(b.outstanding),
        "overdue": str(b.overdue),
    }
    if args.json:
        print(json.dumps(row, indent=2))
    else:
        print("  ".join(f"{key}: {value}" for key, value in row.items()))
    return 0


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
    said = N_("added meter {serial} for customer {account}")
    print(Voice(args.lang)(said, serial=meter.serial, account=meter.customer_account))
    return 0


def _meters_replace(args: argparse.Namespace, workspace: LazyWorkspace) -> int:
    new = meters.replace_meter(
        workspace().open_uow,
        old=args.old,
        final_read=args.final_read,
        new_serial=args.new_serial,
        install_read=args.install_read,
        on=args.date,
        today=date.today(),
        digits=args.digits,
        keep_lower=args.keep_lower,
        keep_high=args.keep_high,
    )
    said = N_("meter {old} removed on {on} at {final_read}; {new} installed at {install_read}")
    print(
        Voice(args.lang)(
            said,
            old=args.old,
            on=args.date,
            final_read=trim(args.final_read),
            new=new.serial,
            install_read=trim(new.install_read),
        )
    )
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
    return print_list(
        found, ("serial", "customer_account", "kind", "unit", "install_read"), args.json
    )


def _init(args: argparse.Namespace, workspace: LazyWorkspace) -> int:
    print(Voice(args.lang)(N_("workspace ready in {location}"), location=workspace().location))
    return 0


def _demo(args: argparse.Namespace, workspace: LazyWorkspace) -> int:
    summary = build_demo(
        workspace().open_uow, today=date.today(), seed=args.seed, tariffs=read_demo_tariffs()
    )
    say = Voice(args.lang)
    said = N_(
        "demo workspace ready in {location}: {customers} customers, {meters} meters, "
        "{readings} readings ({estimates} estimated); rollover on {rollover}, {replaced} "
        "replaced by {replacement}; {tariffs} tariffs assigned to the meters; {months} months "
        "billed: {invoices} invoices, {unpaid} unpaid, credit note {credit_note}"
    )
    history = summary.history
    print(
        say(
            said,
            location=workspace().location,
            customers=summary.customers,
            meters=summary.meters,
            readings=summary.readings,
            estimates=summary.estimates,
            rollover=summary.rollover_meter,
            replaced=summary.replaced_meter,
            replacement=summary.replacement_meter,
            tariffs=summary.tariffs,
            months=history.months,
            invoices=history.invoices,
            unpaid=history.unpaid,
            credit_note=history.credit_note or say(N_("none")),
        )
    )
    return 0
