"""Corrections and money in: credit notes and payments from the command line."""

import argparse
from datetime import date
from typing import Any

from ..domain.invoices import Payment
from ..domain.marks import N_
from ..services import invoices
from .common import LazyWorkspace, Voice, decimal_arg


def register(actions: Any, shared: argparse.ArgumentParser) -> None:
    """Adds `credit` and `pay` to the `invoices` command's actions."""
    credit = actions.add_parser(
        "credit", parents=[shared], help="correct an issued invoice with a credit note"
    )
    credit.add_argument("number")
    credit.add_argument("--amount", type=decimal_arg, help="before tax (default: all of it)")
    credit.add_argument("--reason", required=True)
    credit.add_argument("--date", type=date.fromisoformat, metavar="YYYY-MM-DD")
    credit.set_defaults(handler=_credit)
    pay = actions.add_parser("pay", parents=[shared], help="record a payment")
    pay.add_argument("number")
    pay.add_argument("amount", type=decimal_arg)
    pay.add_argument("--date", type=date.fromisoformat, metavar="YYYY-MM-DD")
    pay.add_argument("--method", default="", help="transfer, direct debit, cash, card…")
    pay.add_argument("--reference", default="")
    pay.set_defaults(handler=_pay)


def _credit(args: argparse.Namespace, workspace: LazyWorkspace) -> int:
    number = invoices.credit_invoice(
        workspace().open_uow,
        number=args.number,
        reason=args.reason,
        amount=args.amount,
        issue_date=args.date or date.today(),
    )
    said = N_("credit note {number} issued for {invoice}")
    print(Voice(args.lang)(said, number=number, invoice=args.number))
    return 0


def _pay(args: argparse.Namespace, workspace: LazyWorkspace) -> int:
    payment = Payment(args.date or date.today(), args.amount, args.method, args.reference)
    left = invoices.record_payment(workspace().open_uow, number=args.number, payment=payment)
    said = N_("payment of {amount} recorded on {invoice}; outstanding {left}")
    print(Voice(args.lang)(said, amount=args.amount, invoice=args.number, left=left))
    return 0
