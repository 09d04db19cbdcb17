"""Documents from the command line: `usagebill export pdf`."""

import argparse
import signal
import sys
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date
from functools import partial
from pathlib import Path
from typing import Any

from ..bootstrap import open_for_worker
from ..domain.books import Books
from ..domain.marks import N_
from ..exporters.books_csv import write_books_csv
from ..exporters.invoice_pdf import write_invoice_pdf
from ..exporters.pdf_join import join_pdfs
from ..exporters.xlsx_summary import write_books_xlsx
from ..services.books import export_books
from ..services.company import get_company
from ..services.document_batch import ExportInterrupted, export_invoice_pdfs
from ..services.documents import period_invoice_keys
from .common import LazyWorkspace, Voice, period_arguments, span_of


def register(commands: Any, shared: argparse.ArgumentParser, month: Any) -> None:
    group = commands.add_parser("export", help="invoices as PDF, the books as XLSX or CSV")
    formats = group.add_subparsers(dest="format", required=True, metavar="FORMAT")
    pdf = formats.add_parser("pdf", parents=[shared], help="invoices as PDF files")
    which = pdf.add_mutually_exclusive_group(required=True)
    which.add_argument("--invoice", metavar="NUMBER_OR_ID")
    which.add_argument("--period", type=month, metavar="YYYY-MM")
    pdf.add_argument("--out", required=True, type=Path, metavar="DIR")
    pdf.add_argument(
        "--combined",
        type=Path,
        metavar="FILE",
        help="also join them, in number order, into one PDF for printing",
    )
    pdf.add_argument("--workers", type=int, metavar="N", help="processes (default: all cores)")
    pdf.set_defaults(handler=_pdf)
    about = "the period's books as one workbook for the bookkeeper"
    xlsx = formats.add_parser("xlsx", parents=[shared], help=about)
    period_arguments(xlsx)
    xlsx.add_argument("--out", required=True, type=Path, metavar="FILE")
    xlsx.set_defaults(handler=_xlsx)
    csv_files = formats.add_parser(
        "csv", parents=[shared], help="the period's invoices and lines as CSV files"
    )
    period_arguments(csv_files)
    csv_files.add_argument("--out", required=True, type=Path, metavar="DIR")
    csv_files.set_defaults(handler=_csv)


def _xlsx(args: argparse.Namespace, workspace: LazyWorkspace) -> int:
    totals = _books(args, workspace, write_books_xlsx)
    said = N_("{file}: {invoices} invoices, {credit_notes} credit notes, total {total}")
    print(
        Voice(args.lang)(
            said,
            file=args.out,
            invoices=totals.invoices,
            credit_notes=totals.credit_notes,
            total=totals.total,
        )
    )
    return 0


def _csv(args: argparse.Namespace, workspace: LazyWorkspace) -> int:
    for path in _books(args, workspace, write_books_csv):
        print(path)
    return 0


def _books[T](
    args: argparse.Namespace, workspace: LazyWorkspace, writer: Callable[[Books, Path, str], T]
) -> T:
    """The period's books written by `writer` to --out, in the company's language."""
    open_uow = workspace().open_uow
    language = get_company(open_uow).language
    return export_books(
        open_uow,
        span=span_of(args),
        today=date.today(),
        write=lambda books: writer(books, args.out, language),
    )


def _pdf(args: argparse.Namespace, workspace: LazyWorkspace) -> int:
    if args.invoice:
        keys = [args.invoice]
    else:
        keys = period_invoice_keys(workspace().open_uow, period=args.period)
    say = Voice(args.lang)
    try:
        with _terminate_as_interrupt():
            result = export_invoice_pdfs(
                keys,
                args.out,
                open_factory=partial(open_for_worker, workspace().url),
                render=write_invoice_pdf,
                join=join_pdfs,
                combined=args.combined,
                workers=args.workers,
            )
    except ExportInterrupted as stop:
        for path in stop.result.written:
            print(path)
        said = N_("interrupted: {written} of {total} PDF files written, each complete, in {folder}")
        done = len(stop.result.written)
        print(
            "usagebill: " + say(said, written=done, total=len(keys), folder=args.out),
            file=sys.stderr,
        )
        return 130
    for message in dict.fromkeys(result.warnings):  # the same logo warning once, not per page
        print("usagebill: " + say(N_("warning: {message}"), message=message), file=sys.stderr)
    for path in result.written:
        print(path)
    for key, why in result.failed:
        print(f"usagebill: {key}: {why}", file=sys.stderr)
    if result.combined is not None:
        print(say(N_("combined: {file}"), file=result.combined))
    return 1 if result.failed else 0


@contextmanager
def _terminate_as_interrupt() -> Iterator[None]:
    """Inside, SIGTERM stops the command as Ctrl+C does, so it can still say what it
    finished before it ends."""
    if threading.current_thread() is not threading.main_thread():
        yield  # only the main thread may set a signal handler
        return

    def interrupt(_number: int, _frame: object) -> None:
        raise KeyboardInterrupt

    before = signal.signal(signal.SIGTERM, interrupt)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, before)
