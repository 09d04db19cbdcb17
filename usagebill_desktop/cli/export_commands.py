"""Documents from the command line: `usagebill export pdf`."""

import argparse
import sys
from pathlib import Path
from typing import Any

from ..exporters.invoice_pdf import write_invoice_pdf
from ..services.documents import invoice_document, period_invoices
from .common import LazyWorkspace


def register(commands: Any, db_after: argparse.ArgumentParser, month: Any) -> None:
    group = commands.add_parser("export", help="invoices as PDF")
    formats = group.add_subparsers(dest="format", required=True, metavar="FORMAT")
    pdf = formats.add_parser("pdf", parents=[db_after], help="invoices as PDF files")
    which = pdf.add_mutually_exclusive_group(required=True)
    which.add_argument("--invoice", metavar="NUMBER_OR_ID")
    which.add_argument("--period", type=month, metavar="YYYY-MM")
    pdf.add_argument("--out", required=True, type=Path, metavar="DIR")
    pdf.set_defaults(handler=_pdf)


def _warn(message: str) -> None:
    print(f"usagebill: warning: {message}", file=sys.stderr)


def _pdf(args: argparse.Namespace, workspace: LazyWorkspace) -> int:
    args.out.mkdir(parents=True, exist_ok=True)
    if args.invoice:
        keys = [args.invoice]
    else:
        keys = [s.number or str(s.id) for s in period_invoices(workspace().open_uow,
                                                               period=args.period)]  # fmt: skip
    failed = 0
    for key in keys:
        try:
            document = invoice_document(workspace().open_uow, key=key)
            path = write_invoice_pdf(document, args.out, warn=_warn)
        except Exception as error:  # one bad invoice must not stop the others
            failed += 1
            print(f"usagebill: {key}: {error}")
            continue
        print(path)
    return 1 if failed else 0
