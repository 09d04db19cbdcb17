"""Corrections and money in: credit notes and payments from the command line."""

import argparse
from datetime import date
from typing import Any

from ..domain.invoices import Payment
from ..domain.marks import N_
from ..services import invoices
from .common import LazyWorkspace, Voice, decimal_arg


def register(actions: Any, shared: argparse.ArgumentParser) -> None:
    """Adds `credit`, `pay` and `reverse` to the `invoices` command's actions."""
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
    reverse = actions.add_parser(
        "reverse",
        parents=[shared],
        help="undo a mistaken payment by a reversal (payments are never changed)",
    )
    reverse.add_argument("number")
    reverse.add_argument("--reason", required=True)
    reverse.add_argument("--payment", type=int, metavar="ID", help="default: the latest one")
    reverse.add_argument("--amount", type=decimal_arg, help="default: all that is left of it")
    reverse.add_argument("--date", type=date.fromisoformat, metavar="YYYY-MM-DD")
    reverse.set_defaults(handler=_reverse)


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


def _reverse(args: argparse.Namespace, workspace: LazyWorkspace) -> int:
    reversed_, left = invoices.reverse_payment(
        workspace().open_uow,
        number=args.number,
        reason=args.reason,
        payment_id=args.payment,
        amount=args.amount,
        on=args.date,
    )
    said = N_("payment {payment} of {amount} on {invoice} reversed; outstanding {left}")
    voice = Voice(args.lang)
    print(
        voice(said, payment=reversed_.id, amount=reversed_.amount, invoice=args.number, left=left)
    )
    return 0
