"""Billing from the command line: run a period, list, show and issue invoices."""

import argparse
import json
import sys
from datetime import date
from typing import Any

from ..domain.consumption import Finding
from ..domain.invoices import InvoiceStatus, InvoiceSummary, status
from ..domain.marks import N_
from ..domain.periods import Period, Span
from ..exporters.explanations import Wording, finding_text
from ..exporters.invoice_text import invoice_text
from ..services import billing, corrections, drafts, invoices
from . import export_commands, payment_commands
from .common import LazyWorkspace, Voice, month_arg, period_arguments, print_list, span_of

STATUSES = tuple(s.value for s in InvoiceStatus)


def register(commands: Any, shared: argparse.ArgumentParser) -> None:
    bill = commands.add_parser("bill", parents=[shared], help="draft the invoices of a period")
    period_arguments(bill)
    bill.add_argument(
        "--customer",
        metavar="ACCOUNT",
        help="bill this customer again (after a correction); the other drafts stay",
    )
    bill.add_argument("--json", action="store_true", help="machine-readable output")
    bill.set_defaults(handler=_bill)

    group = commands.add_parser("invoices", help="list, show and issue invoices")
    actions = group.add_subparsers(dest="action", required=True, metavar="ACTION")
    listing = actions.add_parser("list", parents=[shared], help="list invoices")
    listing.add_argument("--period", type=month_arg, metavar="YYYY-MM")
    listing.add_argument("--status", choices=STATUSES)
    listing.add_argument("--json", action="store_true", help="machine-readable output")
    listing.set_defaults(handler=_list)
    show = actions.add_parser("show", parents=[shared], help="one invoice in full")
    show.add_argument("key", metavar="NUMBER_OR_ID")
    show.set_defaults(handler=_show)
    issue = actions.add_parser("issue", parents=[shared], help="number drafts and make them final")
    chosen = issue.add_mutually_exclusive_group(required=True)
    chosen.add_argument("--all-drafts", action="store_true")
    chosen.add_argument("ids", nargs="*", type=int, default=[], metavar="ID")
    chosen.add_argument(
        "--period", type=month_arg, metavar="YYYY-MM", help="the drafts of this month"
    )
    issue.add_argument(
        "--leave-out",
        nargs="+",
        default=[],
        metavar="KEY",
        help="with --period: these drafts (id or customer account) stay drafts",
    )
    issue.add_argument(
        "--date", type=date.fromisoformat, metavar="YYYY-MM-DD", help="issue date (default: today)"
    )
    issue.set_defaults(handler=_issue)
    discard = actions.add_parser("discard", parents=[shared], help="remove one draft")
    discard.add_argument("key", metavar="DRAFT_ID")
    discard.set_defaults(handler=_discard)
    payment_commands.register(actions, shared)
    export_commands.register(commands, shared, month_arg)


def _bill(args: argparse.Namespace, workspace: LazyWorkspace) -> int:
    if args.customer is None:
        run = billing.run_billing(workspace().open_uow, period=span_of(args), today=date.today())
    else:
        run = billing.rebill_customer(
            workspace().open_uow, period=span_of(args), account=args.customer, today=date.today()
        )

    def said(finding: Finding) -> dict[str, str]:
        unit = run.units.get(finding.meter_serial, "")
        wording = Wording(args.lang or "en", "EUR", unit, Period.MONTH)
        return {"meter": finding.meter_serial, "message": finding_text(finding, wording)}

    warnings = [said(f) for f in run.warnings]
    blocked = [said(f) for f in run.blocked]
    if args.json:
        print(
            json.dumps(
                {
                    "period_start": run.period.first.isoformat(),
                    "period_end": run.period.last.isoformat(),
                    "drafts": run.drafts,
                    "total": str(run.total),
                    "warnings": warnings,
                    "blocked": blocked,
                },
                ensure_ascii=False,
                indent=2,
            )
        )
        return 0
    say = Voice(args.lang)
    summary = N_(
        "{first} – {last}: {drafts} drafts, total {total}; {idle} customers with nothing to bill"
    )
    print(
        say(
            summary,
            first=run.period.first,
            last=run.period.last,
            drafts=run.drafts,
            total=run.total,
            idle=len(run.nothing_to_bill),
        )
    )
    _print_flagged(say, workspace, run.period, args.customer)
    for title, found in (
        (N_("warning: {meter}: {finding}"), warnings),
        (N_("blocked: {meter}: {finding}"), blocked),
    ):
        for item in found:
            print("  " + say(title, meter=item["meter"], finding=item["message"]))
    return 0


def _print_flagged(say: Voice, workspace: LazyWorkspace, period: Span, account: str | None) -> None:
    """The drafts a check flagged, worst first, with the customer and the amount: the
    ones to look at before issuing (only the customer billed again, with --customer)."""
    flagged = [r for r in drafts.month_drafts(workspace().open_uow, period=period) if r.found]
    if account is not None:
        flagged = [r for r in flagged if r.draft.customer.account == account]
    if flagged:
        print(say(N_("to check before issuing:")))
    for review in flagged:
        d, ratio = review.draft, review.ratio
        values = dict(
            name=d.customer.name,
            account=d.customer.account,
            id=d.id,
            total=d.total,
            currency=d.currency,
        )
        if ratio is not None:
            times = ratio.to_integral_value()
            said = say(
                N_("{name} ({account}), draft {id}: {total} {currency}, {ratio} times usual use"),
                ratio=times,
                **values,
            )
        else:
            wording = Wording(say.language, d.currency, review.found[0].unit, Period.MONTH)
            finding = finding_text(review.found[0].finding, wording)
            said = say(
                N_("{name} ({account}), draft {id}: {total} {currency}, {finding}"),
                finding=finding,
                **values,
            )
        print("  " + said)


def _discard(args: argparse.Namespace, workspace: LazyWorkspace) -> int:
    done = corrections.discard_draft(workspace().open_uow, key=args.key)
    said = N_("draft {id} of customer {account} ({total}) discarded")
    print(Voice(args.lang)(said, id=done.id, account=done.account, total=done.total))
    return 0


def _summary_json(s: InvoiceSummary, today: date) -> dict[str, Any]:
    return {
        "id": s.id,
        "number": s.number,
        "kind": s.kind.value,
        "status": status(s, today).value,
        "customer_account": s.customer.account,
        "customer_name": s.customer.name,
        "issue_date": s.issue_date.isoformat() if s.issue_date else None,
        "period_start": s.period.first.isoformat(),
        "period_end": s.period.last.isoformat(),
        "subtotal": str(s.subtotal),
        "tax": str(s.tax_total),
        "total": str(s.total),
        "paid": str(s.paid),
    }


def _list(args: argparse.Namespace, workspace: LazyWorkspace) -> int:
    today = date.today()
    listed = invoices.list_invoices(workspace().open_uow, period=args.period)
    found = [_summary_json(s, today) for s in listed]
    if args.status:
        found = [row for row in found if row["status"] == args.status]
    return print_list(
        found,
        ("id", "number", "status", "customer_account", "customer_name", "total", "paid"),
        args.json,
    )


def _show(args: argparse.Namespace, workspace: LazyWorkspace) -> int:
    invoice = invoices.get_invoice(workspace().open_uow, key=args.key)
    print(invoice_text(invoice, args.lang or "en"))
    return 0


def _issue(args: argparse.Namespace, workspace: LazyWorkspace) -> int:
    say = Voice(args.lang)
    if args.leave_out and args.period is None:
        print(say(N_("--leave-out goes with --period")), file=sys.stderr)
        return 2
    if args.period is not None:
        done = drafts.issue_month(
            workspace().open_uow,
            period=args.period,
            leave_out=args.leave_out,
            issue_date=args.date or date.today(),
        )
    else:
        done = invoices.issue_invoices(
            workspace().open_uow,
            ids=args.ids,
            all_drafts=args.all_drafts,
            issue_date=args.date or date.today(),
        )
    if done.numbers:
        print(
            say(
                N_("issued {count}: {first} … {last}"),
                count=len(done.numbers),
                first=done.numbers[0],
                last=done.numbers[-1],
            )
        )
    else:
        print(say(N_("no drafts to issue")))
    return 0
